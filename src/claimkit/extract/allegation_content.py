"""Allegation content: a wrong done by another party, or a virtue denied or doubted.

Wrongdoing by category (violence, crime, deception, harm, arms transfers), "was not
truthful", "lacks the integrity"; not the speaker's own acts ("we bombed the bridge", "claims
to be holding a hostage"), wrongs named as what someone fights, events with no one charged
("the attacks are getting closer", "30 people were killed"). Part of the kind stage
(:mod:`claimkit.extract.kinds`).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence

from claimkit.extract.cue_grammar import AUXILIARIES
from claimkit.extract.kind_grammar import (
    _DETERMINERS,
    _PASSIVE,
    _SELF_PRONOUNS,
    _THIRD_PERSON,
    _Found,
    _governed,
    _infinitive,
    _is_negation,
    _neutral_tokens,
    _subject_start,
)
from claimkit.extract.kind_grammar import (
    CHARGE_NOUNS as _CHARGE_NOUNS,
)
from claimkit.extract.kind_lexicon import KindLexicon
from claimkit.extract.roles import names_people
from claimkit.extract.segment import MONTHS
from claimkit.extract.segment import words as _words
from claimkit.extract.sport_senses import sporting
from claimkit.extract.wrong_mentions import CLAUSE_BREAKS as _CLAUSE_BREAKS
from claimkit.extract.wrong_mentions import answered_call, discussed, permitted_use, trend
from claimkit.model import ClaimKind

_SOFTENERS = frozenset(
    _words("even really very entirely remotely particularly always ever quite so that")
)

_ASKING = frozenset(_words("how nobody no"))
"""First words of virtue phrases that doubt another party whoever asks ("I don't see how
anyone can trust her", "no one trusts him"): the speaker's "I" before them is no admission."""


def _negated_virtue(words: Sequence[str], lex: KindLexicon) -> _Found | None:
    """A good quality denied of a party: "was not truthful", "isn't even fit to be governor".

    Contracted negations count as "not", and softening adverbs after the negation are
    passed over.
    """
    if lex.negated_virtue.starts.isdisjoint(words) and "n't " not in " ".join(words) + " ":
        return None  # no phrase can start here and no word ends in "n't": most contents
    kept: list[int] = []
    plain: list[str] = []
    for index, word in enumerate(words):
        if word.endswith("n't") and word not in ("can't", "won't"):
            plain.append("not")
        elif plain and plain[-1] == "not" and word in _SOFTENERS:
            continue
        else:
            plain.append(word)
        kept.append(index)
    for start, end, _ in lex.negated_virtue.find((), plain):
        if start > 0 and plain[start - 1] in ("you", "one"):
            continue  # "you don't win the nomination by ...": anyone, no party
        after = end + 1 if end < len(plain) and plain[end] in _ARTICLES else end
        if after < len(plain) and (
            (plain[after] in _BRIBED and (after + 1 >= len(plain) or plain[after + 1] != "to"))
            or lex.wrongdoing.match_at(plain, after) or plain[after] in _RANSOMS
        ):
            continue  # "had never paid bribes", "never paid a ransom", "never paid anyone"
            # (not "never paid anyone to fix the heating": a debt left unpaid)
        trusting = "trust" in plain[start:end]  # "I don't trust him": distrust of another
        if plain[start] not in _ASKING and not trusting and not lex.own_side.isdisjoint(
            plain[max(0, start - 3) : start]
        ):
            return ClaimKind.ADMISSION, "admission", []  # "we were not honest with you"
        return ClaimKind.ALLEGATION, "negated-virtue", [(kept[start], kept[end - 1] + 1)]
    return None


_BRIBED = frozenset(_words("anyone anybody off"))
_ARTICLES = frozenset(_words("a an any"))
_RANSOMS = frozenset(_words("ransom ransoms bribe bribes kickback kickbacks"))
"""Objects after a negated payment that make it a bribe denied ("never paid anyone")."""

def _doubted_virtue(words: list[str], lex: KindLexicon) -> _Found | None:
    """A good quality of a party said to be missing or doubted.

    "lacks the integrity", "doubts about her qualifications", "her honesty is in question".
    The speaker's own side lacking something ("we lack the experience") is left alone.
    """
    for index, word in enumerate(words):
        if word not in lex.virtues:
            continue
        found: tuple[int, int] | None = None
        for back in range(index - 1, max(-1, index - 5), -1):
            if words[back] in _CLAUSE_BREAKS:
                break
            if words[back] in lex.doubts_before:
                found = (back, index + 1)
                break
            if words[back] in _HAVING and back > 0 and (
                _is_negation(words[back - 1]) or words[back - 1].endswith("n't")
            ):
                found = (back - 1, index + 1)  # "doesn't have the temperament"
                break
        if found is None:
            match = lex.doubts_after.match_at(words, index + 1) if index + 1 < len(words) else None
            if match is None:
                continue
            found = (index, match[0])
        if found[0] > 0 and _is_negation(words[found[0] - 1]):
            continue  # "no doubt about his integrity"
        opening = words[max(0, found[0] - 3) : found[0]]
        if not lex.own_side.isdisjoint(opening) or words[found[0] - 1 : found[0]] == ["our"]:
            continue  # "we lack the experience": the speaker's side
        return ClaimKind.ALLEGATION, "doubted-virtue", [found]
    return None

_HAVING = frozenset(_words("have has had having possess possesses"))


def _virtue_in_doubt(words: list[str], lex: KindLexicon) -> _Found | None:
    """A virtue named in what a doubting cue takes: "questioned her judgment"."""
    for index, word in enumerate(words):
        if (word in lex.virtues or word in lex.virtue_adjectives or _unvirtue(word, lex)) and not (
            _governed(words, index) is not None
        ):
            return ClaimKind.ALLEGATION, "doubted-virtue", [(index, index + 1)]
    return None

def _unvirtue(word: str, lex: KindLexicon) -> bool:
    """A virtue adjective with a negating prefix: "ineligible", "unqualified", "dishonest"."""
    return (word[:2] in ("un", "in") and word[2:] in lex.virtue_adjectives) or (
        word[:3] == "dis" and word[3:] in lex.virtue_adjectives
    )


_DENYING = frozenset(_words("deny denies denied denying rejects rejected rejecting disputes "
                            "disputed disputing"))
"""Verbs of denial that take a wrong as their object ("denies any wrongdoing")."""

_BEFORE_ATTRIBUTIVE = frozenset(
    _words("the a an some more than other those these its their his her our many")
)


def _attributive_participle(words: Sequence[str], start: int, end: int) -> bool:
    """Whether a wrongdoing participle only describes the noun after it ("abducted girls")."""
    if end - start != 1 or not words[start].endswith("ed") or end >= len(words):
        return False
    after = words[end]
    if not after.isalpha() or after in _NOT_NOUNS_AFTER:
        return False
    before = words[start - 1] if start > 0 else ""
    return before in _BEFORE_ATTRIBUTIVE or before.isdigit()


_NOT_NOUNS_AFTER = frozenset(
    _words("by the a an in on at to for with from of and or but that this his her their its "
           "him them it me us you")
)


def _allegation(words: list[str], lex: KindLexicon,
                others: frozenset[str] = frozenset()) -> _Found | None:
    subject = _subject_start(words)
    transfer = _transfer(words, lex)
    if transfer is not None and not _own_transfer(words, subject, transfer[0][0], lex, others):
        return ClaimKind.ALLEGATION, "wrongdoing:arms-transfer", transfer
    neutral = _neutral_tokens(words, lex)
    for start, end, category in lex.wrongdoing.find((), words):
        if _governed(words, start) is not None or start in neutral:
            continue
        window = words[max(0, start - 3) : start]
        if not _DENYING.isdisjoint(window):
            continue  # "the player denies any wrongdoing": a wrong denied, not charged
        if _countered(words, start, lex):
            continue  # "efforts to thwart provocations", "will fight corruption": no charge
        if _generic_wrong(words, start, lex):
            continue  # "any contractor found to have violated", "all reports of racism"
        if trend(words, start, end):
            continue  # "a sharp rise in crime", "violent crime fell by 12 percent"
        if end - start == 1 and words[start] in _CHARGE_NOUNS and (
            start == 0 or words[start - 1] not in _VERB_BEFORE
        ):
            continue  # "aware of the lawsuit", "surprised by the charges": a charge named;
            # not "preparing to charge him"
        if _PASSIVE.isdisjoint(window) and (
            _UNDERGOING.isdisjoint(window) or words[start] in _TAKEN
        ) and (
            _own_in(window, lex)
            or (subject < len(words) and words[subject] in _SELF_PRONOUNS
                and words[subject] not in others and (
                    subject < start <= subject + 4
                    # "it had killed 20 militants in the raid": the speaker's own event
                    or (category == "violence" and start > subject + 2
                        and words[start - 1] in _EVENT_DETERMINERS
                        and words[start - 2] in _OWN_EVENT_PREPOSITIONS)
                ))
            or _infinitive(words, subject)  # "claims to be holding a hostage"
        ):
            # the speaker's own side did it: an admission, not an allegation ("we hit
            # them"; "the army said it had struck targets")
            continue
        if _own_clause(words, subject, start, lex):
            continue  # "We are running a very radical campaign": the speaker's own doing
        if _infinitive(words, subject) and "by" not in words[end : end + 3]:
            continue  # "claims to be holding a hostage who was kidnapped": its own act
        if category == "violence" and start >= 2 and words[start - 1] in ("be", "been") and (
            not _WISHING.isdisjoint(words[max(0, start - 4) : start - 1])
        ):
            continue  # "he should have been roughed up": violence wished, no wrong done
            # ("should be disqualified" still asks for a penalty, which charges)
        if category in ("violence", "harm") and _natural_cause(words, subject, start, lex):
            continue  # "the earthquake killed 300 people", "cancelled because of the storm"
        if category == "violence" and _casualties(words, start, end):
            continue  # "at least 30 people were killed": a toll, no one charged
        if _attributive_participle(words, start, end) and (
            category == "violence" or (category == "crime" and names_people(words[end]))
        ):
            continue  # "to release 200 abducted schoolgirls": a description, not the charge
        if category == "violence" and _event_noun(words, start, end, lex):
            continue  # "the attacks are getting ever closer": an event, no one charged
        if sporting(words, start, end, lex):
            continue  # "beaten by the better side", "shot wide": a match, no one charged
        return ClaimKind.ALLEGATION, f"wrongdoing:{category}", [(start, end)]
    return _association(words, lex)


_WISHING = frozenset(_words("should shouldn't ought must deserved deserves deserve"))
"""Words before passive violence that make it wished, not done ("should have been beaten")."""


def _natural_cause(words: Sequence[str], subject: int, start: int, lex: KindLexicon) -> bool:
    """Whether a force of nature, a disease or an accident does the harm at ``start``.

    Its subject ("the earthquake killed", "the typhoon destroyed") or the word itself after
    a determiner ("because of the storm": the weather, not storming a building).
    """
    if not _HUMAN_CAUSE.isdisjoint(words[start:]):
        return False  # "the virus killed thousands because the government delayed": a cause
    hit = lex.natural_causes.match_at(words, start)
    if hit is not None and start > 0 and words[start - 1] in _DETERMINERS:
        return True
    for k in range(max(subject, start - 5), start):
        found = lex.natural_causes.match_at(words, k)
        opening = k - 1 if k > subject and words[k - 1] in _DETERMINERS else k
        if found is None or opening != subject:
            continue
        verb = found[0]
        while verb < start and words[verb] in AUXILIARIES:
            verb += 1
        if verb == start or (words[verb] in _CAUSING and start - verb <= 3):
            return True  # the hazard is the subject of the harm ("the storm caused widespread
            # damage"), not "handling of the floods"
    return False


_CAUSING = frozenset({"caused", "causes", "cause", "causing"})
"""Verbs between a hazard and the harm it does ("the rain caused damage")."""
_HUMAN_CAUSE = frozenset(_words("because after due blamed blame negligence failed failure"))
"""Words after a natural harm that bring in a cause someone may answer for."""



def _generic_wrong(words: Sequence[str], start: int, lex: KindLexicon) -> bool:
    """Whether a wrong is named of anyone at all, which charges no one.

    "would blacklist any contractor found to have violated its contract", "takes all
    reports of racism seriously": a rule or a policy, not an accusation.
    """
    window = words[max(0, start - 6) : start]
    if "found" in window and not _ANY.isdisjoint(window[: window.index("found")]):
        return True
    asked = start - 6 + window.index("who") if "who" in window else -1
    if asked > 0 and words[asked - 1] in _UNKNOWING:
        return True  # "it was not clear who was responsible for the attack": a doer asked for
    if "who" in window and not _ANY.isdisjoint(window[: window.index("who")]) and (
        not _CLAUSE_BREAKS.intersection(window[window.index("who") :])
    ) and not _RULE_MODALS.isdisjoint(words[start : start + 10]):
        return True  # "anyone who took bribes would be punished": a rule for whoever does
    if answered_call(words, start):
        return True
    if start >= 3 and words[start - 1] == "of" and words[start - 2] in lex.claim_refs and (
        words[start - 3] in _ANY
    ):
        return True
    return discussed(words, start) or permitted_use(words, start)


_UNKNOWING = frozenset(_words("clear unclear known unknown determine establish identify know "
                              "ascertain investigating investigate asked ask out whether"))
"""Words before "who" that ask who did a wrong ("determine who was responsible")."""


_ANY = frozenset(_words("any anyone anybody all every whoever"))
_RULE_MODALS = frozenset(_words("will would shall should must can could may"))
_VERB_BEFORE = frozenset(_words("""
    to will would may might could can should must did does do he she it they we i who
"""))
"""Words before "charge" or "claims" that make it a verb ("to charge him", "he claims")."""


def _association(words: list[str], lex: KindLexicon) -> _Found | None:
    """A party tied to a hostile group: "the founder of ISIS", "ISIS' best recruiter".

    The role comes right before "of", "for", "to" or "with" and the group within three
    more words, or within three words after the group (its possessive or modifier); a
    negated role ties no one.
    """
    starts = lex.hostile.starts
    if starts.isdisjoint(words) and _possessives(starts).isdisjoint(words):
        return None  # no group, bare or possessive, can start here (as below): most contents
    plain = [w[:-2] if w.endswith("'s") and len(w) > 2 else w for w in words]  # "isis's"
    for start, end, _ in lex.hostile.find((), plain):
        if _countered(words, start, lex):
            continue  # "the coalition against terrorism and its allies"
        for role in range(max(0, start - 4), min(len(words), end + 3)):
            if words[role] not in lex.association_roles or _governed(words, role) is not None:
                continue
            before = role < start and role + 1 < len(words) and words[role + 1] in _TIES and (
                start - role <= 4
            )
            after = role >= end and all(w in _RANKS for w in words[end:role])
            if before or after:
                return ClaimKind.ALLEGATION, "association", [(min(start, role),
                                                              max(end, role + 1))]
    return None


@functools.lru_cache(maxsize=8)  # pure: a few lexicons per process, each set built once
def _possessives(groups: frozenset[str]) -> frozenset[str]:
    """The possessives of words ("isis" -> "isis's"), which :func:`_association` strips."""
    return frozenset(f"{g}'s" for g in groups if g)


_TIES = frozenset(_words("of for to with"))
_RANKS = frozenset(_words("' 's \" \u201c \u201d best biggest top leading chief greatest main "
                          "key no. no 1 number one most effective favorite favourite"))

_UNDERGOING = frozenset(_words(
    "received receive receives receiving faced face faces facing suffered suffer suffers "
    "suffering endured endure endures enduring experienced experience experiences"
))
"""Verbs of undergoing: a wrong after one was done to the speaker ("I have received death
threats"), not by it."""
_TAKEN = frozenset(_words("bribe bribes bribery kickback kickbacks"))
"""Wrongs that whoever receives them commits ("we received bribes" admits)."""
_OWN_SUBJECTS = frozenset({"i", "we", "i'm", "we're", "i've", "we've", "i'd", "we'd"})

_COMPLEMENT_TAKERS = frozenset(
    _words("think thought believe believed know knew say said saw see heard hear feel felt "
           "suspect suspected found find learned told tell that because if when since as "
           "who which what how why whether while but")
)

_GERUND_HOSTS = frozenset(_words("of about with at over"))
_GERUND_SUBJECTS = frozenset(_words("the a an his her their its them him"))


def _inconsistency(words: Sequence[str], lex: KindLexicon) -> _Found | None:
    """An account said to contradict another: "his testimony differed from an earlier one".

    A verb or adjective of inconsistency and an account noun within six words of it,
    neither negated ("does not contradict"), charge the account's author with an
    inconsistency; "this conflicted with previous accounts" names only one account and
    counts as well.
    """
    if lex.accounts.isdisjoint(words):
        return None
    for start, end, _ in lex.inconsistency.find((), list(words)):
        if _governed(words, start, 2) is not None:
            continue
        window = words[max(0, start - 6) : end + 6]
        if not lex.accounts.isdisjoint(window):
            return ClaimKind.ALLEGATION, "inconsistency", [(start, end)]
    return None


def _own_in(window: Sequence[str], lex: KindLexicon) -> bool:
    """Whether a word of the speaker's side stands in ``window`` as the wrong's doer.

    "we hit them" is the speaker's own act; "I think that's shameful" hands the word to
    the clause after the verb of thinking.
    """
    return any(
        word in lex.own_side
        and not (index + 1 < len(window) and window[index + 1] in _COMPLEMENT_TAKERS)
        for index, word in enumerate(window)
    )


def _own_clause(words: Sequence[str], subject: int, start: int, lex: KindLexicon) -> bool:
    """Whether a wrongdoing word stands in a clause whose subject is the speaker ("I", "we").

    A verb that opens another clause on the way ("we believe the company defrauded") or a
    third-person pronoun hands the word to another subject.
    """
    if subject >= len(words) or words[subject] not in _OWN_SUBJECTS or start <= subject:
        return False
    between = words[subject + 1 : start]
    if not _PASSIVE.isdisjoint(between[-2:]) or (
        not _UNDERGOING.isdisjoint(between[-3:]) and words[start] not in _TAKEN
    ):
        return False  # "we were attacked by the rebels", "we received death threats": done
        # to the speaker
    if words[start].endswith("ing") and any(
        word in _GERUND_HOSTS and following in _GERUND_SUBJECTS
        for word, following in itertools.pairwise(between)
    ):
        return False  # "I am sick of the Sanders campaign lying about me": its own subject
    return len(between) <= 8 and _COMPLEMENT_TAKERS.isdisjoint(between) and (
        _THIRD_PERSON.isdisjoint(between) and "," not in between)

_NUMBERS = frozenset(
    _words("dozens hundreds thousands scores lots many several some most all two three four "
           "five six seven eight nine ten eleven twelve twenty fifty hundred thousand")
)
_COUNTED = _NUMBERS | frozenset(
    _words("people others civilians soldiers troops police officers residents children women "
           "men")
)

def _casualties(words: Sequence[str], start: int, end: int) -> bool:
    """Whether a violence word is a toll: an agentless passive of counted people.

    "at least 30 people were killed", "two others wounded": an event's casualties, not a
    charge; "Brown was struck in the back" (one person) and "were killed by the militants"
    (an agent) stay charges.
    """
    before = words[max(0, start - 6) : start]
    if "by" in words[end : end + 4] or not before:
        return False
    counted = any(w in _COUNTED or w.isdigit() for w in before)
    passive = before[-1] in _PASSIVE or (len(before) > 1 and before[-2] in _PASSIVE) or (
        # "two others wounded"; not "soldiers opened fire", an act with its doers
        before[-1] in _COUNTED and end - start == 1
        and any(w in _NUMBERS or w.isdigit() for w in before)
    )
    return counted and passive

_EVENT_DETERMINERS = frozenset(_words("the a an this these those that"))

_EVENT_BREAKS = frozenset(_words("for of in on at to with from by about against into after "
                                  "before during while since"))
_OWN_EVENT_PREPOSITIONS = frozenset(_words("in during after before at"))
"""Prepositions of an event the speaker's own clause took part in ("in the raid")."""
_OBJECT_OPENERS = frozenset(_words("the a an his her their its him them two three several "
                                   "dozens"))

def _event_noun(words: Sequence[str], start: int, end: int, lex: KindLexicon) -> bool:
    """Whether a violence word names an event with no one charged with it.

    "the recent massacre at a nightclub", "a series of coordinated attacks": a noun after a
    determiner (and adjectives), with no possessor before it and no "by" after it. A
    charge names the one who did it ("Russia's attack", "attacks by the militants") or
    uses a verb ("the militants attacked").
    """
    if words[start] not in lex.violence_nouns:
        return False
    if words[start].endswith("ing") and end < len(words) and words[end] in _OBJECT_OPENERS:
        return False  # "after stabbing the victim": a gerund with its object, an act
    back = start - 1
    while back >= 0 and back >= start - 4 and words[back] not in _EVENT_DETERMINERS:
        if words[back].endswith(("'s", "s'")) or not (
            words[back].isalpha() or _date_like(words, back)  # "the Sept. 11 attacks"
        ) or words[back] in _EVENT_BREAKS:
            return False  # "a penchant for terrorist activity": not the noun's own phrase
        if _perpetrating(words, back):
            return False  # "the army committed genocide": a doer and its deed
        back -= 1
    if back < 0 or words[back] not in _EVENT_DETERMINERS:
        return False
    if back > 0 and _perpetrating(words, back - 1):
        return False  # "Iran carried out the bombing", "was responsible for the attack"
    if back > 0 and words[start].endswith(_AGENT_ENDINGS) and words[back - 1] in _LABELLING:
        return False  # "called her an extremist", "he is a terrorist": a doer named, a charge
    return "by" not in words[end : end + 4]

def _perpetrating(words: Sequence[str], index: int) -> bool:
    """Whether ``words[index]`` ends a verb or phrase that gives a deed its doer.

    "committed", "orchestrated", "carried out", "was responsible for" before a violence
    noun charge someone with it ("Iran carried out the bombing").
    """
    word = words[index]
    if word in _PERPETRATING:
        return True
    previous = words[index - 1] if index > 0 else ""
    return (word == "out" and previous in _CARRYING) or (
        word == "for" and previous in _ANSWERABLE
    )


_PERPETRATING = frozenset(_words(
    "commit commits committed committing perpetrate perpetrates perpetrated perpetrating "
    "orchestrate orchestrates orchestrated orchestrating mastermind masterminds masterminded "
    "masterminding conduct conducts conducted conducting launch launches launched launching "
    "stage stages staged staging order orders ordered ordering unleash unleashes unleashed "
    "unleashing wage wages waged waging"
))
_CARRYING = frozenset(_words("carry carries carried carrying"))
_ANSWERABLE = frozenset(_words("responsible culpable"))

_AGENT_ENDINGS = ("ist", "ists", "er", "ers", "man", "men", "ant", "ants", "ent", "ents")
"""Endings of nouns for doers ("terrorist", "gunman", "militant"), not for events."""
_LABELLING = frozenset(_words("is was are were be been being as him her them 's 're"))
"""Words before a determiner that make the noun after it a label ("called her an ...")."""


def _date_like(words: Sequence[str], index: int) -> bool:
    """Whether a word is part of a date: "9/11", "2001", "Sept. 11" (not "10 terror suspects")."""
    word = words[index]
    if "/" in word or word == "." or (word.isdigit() and len(word) == 4):
        return True
    after = words[index + 1] if index + 1 < len(words) else ""
    return word.isdigit() and (after == "/" or (index > 0 and (
        words[index - 1] in (".", "/") or words[index - 1] in MONTHS)))


def _transfer(words: Sequence[str], lex: KindLexicon) -> list[tuple[int, int]] | None:
    """A transfer verb and a transfer object: moving arms or fighters to a party at war."""
    if lex.transfer_objects.isdisjoint(words) or lex.transfer_verbs.isdisjoint(words):
        return None
    verb = next(i for i, w in enumerate(words) if w in lex.transfer_verbs)
    if _governed(words, verb) is not None:
        return None
    thing = next(i for i, w in enumerate(words) if w in lex.transfer_objects)
    return [(verb, verb + 1), (thing, thing + 1)]

def _own_transfer(words: Sequence[str], subject: int, verb: int, lex: KindLexicon,
                  others: frozenset[str]) -> bool:
    """Whether the speaker's own side makes the transfer ("it would send more troops")."""
    if not lex.own_side.isdisjoint(words[max(0, verb - 3) : verb]):
        return True
    return subject < len(words) and words[subject] in _SELF_PRONOUNS and (
        words[subject] not in others and subject < verb <= subject + 4
    )


def _countered(words: Sequence[str], index: int, lex: KindLexicon) -> bool:
    """Whether a word of acting against a wrong governs ``index`` within its clause."""
    for back in range(index - 1, max(-1, index - 9), -1):
        word = words[back]
        if word in (",", ";", "but", "that", "which", "who", "while"):
            return False
        if word in lex.countering or (
            word == "down" and back > 0 and words[back - 1].startswith(("crack", "clamp"))
        ) or (word == "tolerance" and back > 0 and words[back - 1] in ("zero", "no")):
            return True  # "efforts to thwart", "cracking down on unauthorized immigration",
            # "zero tolerance for corruption"
    return False
