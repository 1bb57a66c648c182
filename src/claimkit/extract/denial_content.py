"""Denial content: a claim judged false, support said to be missing, one's own acts negated.

"that is incorrect", "the assertion that terrorists were arrested ... is categorically
false", "no credible intelligence", "we have not made a ceasefire with anyone". What another
party said, judged false ("tells everyone else it was a video ... they call that a lie"), is
an accusation of deceit instead. Part of the kind stage (:mod:`claimkit.extract.kinds`).
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.kind_grammar import (
    _BE,
    _DETERMINERS,
    _PAST_NEGATORS,
    _SELF_PRONOUNS,
    _THIRD_PERSON,
    MODALS,
    _Found,
    _governed,
    _neutral_tokens,
    _subject_start,
    _virtue_at,
)
from claimkit.extract.kind_grammar import (
    CHARGE_NOUNS as _CHARGE_NOUNS,
)
from claimkit.extract.kind_lexicon import KindLexicon
from claimkit.extract.others_falsehoods import anothers_falsehood
from claimkit.extract.own_negation import negation_after as _negation_after
from claimkit.extract.proper_conduct import _FAILING, COPULAS, asserted_at, proper_conduct
from claimkit.extract.segment import words as _words
from claimkit.model import ClaimKind

_GROUNDS = frozenset(_words("basis justification evidence proof foundation merit grounds"))
"""What a claim rests on: "no credible evidence", "no legal basis" deny it."""


_NO_SUBJECTS = frozenset({"no", "nobody", "none", "nothing"})
"""Negative words that open a clause's subject and negate its verb ("No tank was hit")."""
_TOPIC_NOUNS = frozenset({"policy", "policies", "rules", "law", "laws", "crackdown", "guidelines",
                          "measures", "campaign", "report", "stance", "views", "bill", "training"})
"""Nouns of policy after which "on" and a falsity word name a topic ("policies on
misinformation"), not a judgement."""
_FORGING = frozenset({"forged", "doctored", "fabricated", "faked", "falsified", "photoshopped",
                      "concocted", "invented", "manipulated"})
"""Participles of making evidence up: with "by" and an agent, the agent is charged."""
_CLAUSE_BREAKS = frozenset({"that", "which", "who", "whom", "whose", "but", "and", "or"})
_SANCTIONED = frozenset({"found", "charged", "convicted", "disciplined", "sacked", "fired",
                         "punished", "arrested", "prosecuted", "held", "jailed", "suspended",
                         "fined", "guilty", "accused", "blamed"})
"""Words of sanction or blame after a negative subject: a complaint of impunity or a plain
report, not a denial ("No player has been found guilty", "no one was held accountable")."""
_LINKING = frozenset({"for", "over", "of", "about", "after", "despite", "in", "with", "on"})
"""Prepositions that put a wrong after a negative subject outside its verb."""


_AFTER_INNOCENT = frozenset(_words("of and or but until man woman person people"))
"""Words after "innocent" that keep it a plea ("innocent of all charges", "an innocent man")."""


def _denial(words: list[str], lex: KindLexicon, others: frozenset[str] = frozenset(),
            *, itself: bool = False) -> _Found | None:
    for start, end, _ in lex.no_evidence.find((), words):
        if words[end - 1] == "happen" and end < len(words) and words[end] in _HOW_OFTEN:
            continue  # "they didn't happen every day": how often, not whether
        if words[end - 1] == "it" and end < len(words) and words[end].isalpha():
            continue  # "he didn't say it was easy": "it" opens a clause, it is no object
        if words[start:end] == ["innocent"] and end < len(words) and words[end].isalpha() and (
            words[end] not in _AFTER_INNOCENT
        ) and not (start > 1 and words[start - 1] in ("a", "an")
                   and words[start - 2] in COPULAS):  # "he was an innocent victim"
            continue  # "killed dozens of innocent civilians": a victim described, no plea
        if _governed(words, start, 2) is None:
            return ClaimKind.DENIAL, "no-evidence", [(start, end)]
    for start, end, _ in lex.own_part.find((), words):
        window = words[max(0, start - 4) : start]
        if (not lex.own_side.isdisjoint(window) or not _SELF_PRONOUNS.isdisjoint(window)
                or "its" in window) and MODALS.isdisjoint(window):
            return ClaimKind.DENIAL, "own-part", [(start, end)]  # "it had no hand in"
    for index, word in enumerate(words[:-2] if "no" in words else ()):  # none without "no"
        # "there is no feasible basis or reasonable justification": "no", one or two
        # qualifying words, a ground for the claim
        if word == "no" and _governed(words, index, 2) is None:
            for ground in (index + 2, index + 3):
                if ground < len(words) and words[ground] in _GROUNDS and all(
                    words[i].isalpha() and words[i] not in _GROUNDS
                    for i in range(index + 1, ground)
                ):
                    return ClaimKind.DENIAL, "no-evidence", [(index, ground + 1)]
    for index, word in enumerate(() if _FAIR.isdisjoint(words) else words[:-2]):
        # "I don't think it's fair to say that ...", "it is not accurate to suggest": saying
        # it is judged unfair or untrue
        if word in _FAIR and words[index + 1] == "to" and words[index + 2] in _TO_SAY and (
            _governed(words, index, 5) is not None and words[index - 1] != "politically"
        ):  # not "it's not politically correct to say anything against migrants"
            return ClaimKind.DENIAL, "falsity", [(index, index + 3)]
    virtue = _own_virtue(words, lex)
    if virtue is not None:
        return ClaimKind.DENIAL, "propriety", [virtue]
    misreported = _misreported(words, lex)
    if misreported is not None:
        return ClaimKind.DENIAL, "misrepresented", [misreported]
    for start, end, _ in lex.propriety.find((), words):
        if _governed(words, start, 2) is None and not (
            start >= 2 and words[start - 1] == "to" and words[start - 2].startswith(_FAILING)
        ) and asserted_at(words, start) and not (
            end < len(words) and words[end] in ("to", "for") and words[end - 1] in lex.proper_states
        ):  # not "did not follow protocol", "failed to act appropriately", "whether the
            # payments were lawful", "it was legal to carry knives"
            return ClaimKind.DENIAL, "propriety", [(start, end)]
    proper = proper_conduct(words, lex)
    if proper is not None:
        return ClaimKind.DENIAL, "propriety", [proper]
    neutral = _neutral_tokens(words, lex)
    for start, end, tag in lex.falsity.find((), words):
        if _governed(words, start, 2) is not None and (end - start) == 1:
            continue  # "not false"
        if start in neutral:
            continue  # "the states that lie ahead"
        if words[end - 1].startswith("recogni") and lex.accounts.isdisjoint(words[end : end + 3]):
            continue  # "does not recognise Kosovo's independence" (not "... his account")
        if start > 0 and (words[start - 1] in lex.countering or (
            start > 1 and words[start - 1] == "on" and words[start - 2] in _TOPIC_NOUNS
        )):
            continue  # "its policies on misinformation", "the fight against disinformation"
        deceit = _deceit(words, start) if end - start == 1 else None
        if deceit is not None:
            # "the officer forged documents", "used fake documents", "made false
            # statements": a party's deceit, charged, not a claim judged false
            return ClaimKind.ALLEGATION, "wrongdoing:deception", [(deceit, end)]
        if end - start == 1 and words[start].endswith("ed") and start > 0 and (
            words[start - 1] in _DOERS
        ):
            continue  # "he fabricated the story": a charge of deceit, not a claim judged false
        if words[start] in lex.claim_refs and _referred_to(words, start, lex):
            continue  # "does not comment on rumors": rumours referred to, not judged
        if start > 0 and words[start - 1] == "being":
            continue  # "they were being ridiculous": a party's conduct, not a claim judged
        if end < len(words) and words[end] == "by" and words[start] in _FORGING:
            continue  # "the documents were forged by the defendant": a charge of forgery
        if anothers_falsehood(words, start, end):
            # "Clinton's most infamous statements and lies", "the lie that Ted's campaign is
            # built on": another party's lies, a charge
            return ClaimKind.ALLEGATION, "falsity-of-another", [(start, end)]
        subject = _subject_start(words)
        before = words[max(subject, start - 15) : start]
        after = words[end : end + 2]
        if words[start] in ("no", "without") and _refers_to_claim(words, end, lex):
            after = words[end : end + 6]  # "no truth to the reports", "no basis for the claim"
        if tag == "noun-falsity" and not _judged_ref(
            [w for w in before if w not in _PRONOUN_REFS], lex
        ):
            continue  # "the study is flawed" judges a claim; "something that was flawed" no
        elided = subject < len(words) and words[subject] in _BE  # "said that is untrue"
        if words[start] in _MORAL_FALSITY and _judged_ref(before, lex, actions=True):
            continue  # "the decision was wrong" condemns a step taken, it rejects no claim
        if elided or _judged_ref(before, lex) or not lex.claim_refs.isdisjoint(after) \
                or _judged_subject(words, subject, start, lex):
            said = _someone_said(words[subject:start])
            if said is not None:
                # "who tells everyone else it was a video ... they call that a lie": what a
                # party said is judged false, an accusation of deceit, not a rejection
                return ClaimKind.ALLEGATION, "falsity-of-another", [
                    (subject + said, subject + said + 1), (start, end)]
            told = max((i for i in range(start) if words[i] in (".", "!", "?", ";")),
                       default=-1)  # the sentences before this one
            earlier = words[: told + 1]
            if words[start] in _MORAL_FALSITY and told > 0 and _SAYING.isdisjoint(earlier) and any(
                _governed(earlier, a) is None for a, _, _ in lex.wrongdoing.find((), earlier)
            ):
                continue  # "the right wing has demonized the workforce. That is wrong": a
                # wrong just told is condemned, no claim is judged false
            return ClaimKind.DENIAL, "falsity", [(start, end)]
        if words[start] in _PARTY_FALSITY and start > 0 and ((
            words[start - 1] in _BE and subject < start - 1
            and words[subject] not in lex.own_side and words[subject] not in lex.claim_refs
        ) or (words[start - 1] in _PARTY_CONTRACTIONS and subject == start - 1)):
            # "DHS — which oversees the Border Patrol — is incorrect", "she's wrong": another
            # party is wrong, which charges it, not a rejection of a claim
            return ClaimKind.ALLEGATION, "falsity-of-another", [(start, end)]
    for index, word in enumerate(() if lex.copular_falsity.isdisjoint(words) else words):
        if word in lex.copular_falsity and _predicated_of_claim(words, index, lex):
            return ClaimKind.DENIAL, "falsity", [(index, index + 1)]
    subject = _subject_start(words)
    if _represented(words, subject, lex):
        subject += 1  # "my client has never incited anyone": the speaker's own principal
    if subject < len(words):
        head = words[subject]
        if head in lex.own_side or (head in _THIRD_PERSON and head not in others) or (
            subject > 0 and _represented(words, subject - 1, lex)
        ) or (itself and head == "it"):  # "The company said it had never sold the data"
            # not "Mrs. Clinton said he had not done his homework": another party's omission
            negation = _negation_after(words, subject + 1, lex)
            verb = negation + 1 if negation is not None else len(words)
            while verb < len(words) and words[verb] in ("been", "be", "being"):
                verb += 1
            if negation is not None and "by" in words[verb + 1 : verb + 4] and (
                words[verb - 1] in ("been", "be", "being")
            ):
                negation = None  # "it had not been paid by the council": a wrong suffered
            progressive = negation is not None and head not in lex.own_side and (
                verb < len(words) and words[verb].endswith("ing")
            )  # "he was not releasing his taxes", "they have not been paying attention"
            if negation is not None and verb + 1 < len(words) and (
                words[verb + 1] in _HOW_OFTEN or words[verb] in _HOW_OFTEN
                or words[verb + 1] in ("whether", "if")
            ):
                negation = None  # "they didn't happen every day", "he didn't always pay", "it
                # has not analyzed whether ...": how often, or a question left open
            own_progressive = head in lex.own_side and negation is not None and (
                verb < len(words) and words[verb].endswith("ing")
                and words[negation - 1] not in _PAST_NEGATORS
            )  # "I'm not changing": what the speaker is doing, no act denied
            if negation is not None and not progressive and not own_progressive and (
                head in lex.own_side or head in _PRINCIPALS or words[negation] in _PAST_NEGATORS
                or words[negation - 1] in _PAST_NEGATORS
            ):
                rule = "own-negation" if head in lex.own_side else "negated-act"
                return ClaimKind.DENIAL, rule, [(subject, subject + 1), (negation, negation + 1)]
    for later in _later_own_sentences(words, subject, lex):
        # "I replied to the post. I didn't post that.": a later sentence of the quotation
        negation = _negation_after(words, later + 1, lex)
        if negation is not None and (
            words[negation] in _PAST_NEGATORS or words[negation - 1] in _PAST_NEGATORS
        ) and not (negation + 1 < len(words) and words[negation + 1] in _HOW_OFTEN):
            return ClaimKind.DENIAL, "own-negation", [(later, later + 1), (negation, negation + 1)]
    opening = _subject_start(words)
    for start, end, _ in lex.wrongdoing.find((), words):
        negation = _governed(words, start)
        if negation is None and opening < start and words[opening] in _NO_SUBJECTS and (
            start - opening <= 6
            and all(w.isalpha() for w in words[opening + 1 : start])
            and _CLAUSE_BREAKS.isdisjoint(words[opening + 1 : start])
            and "than" not in words[start : start + 12]  # "No state has been hurt more than"
            and _SANCTIONED.isdisjoint(words[opening + 1 : start + 1])  # "No player has been
            # found guilty of match-fixing": no one is punished, no wrong is denied
            and _LINKING.isdisjoint(words[opening + 1 : start])  # "Nobody was disciplined for
            # the cover-up": a complaint that no one answered for a wrong
        ):
            negation = opening  # "No council vehicle has dumped waste", "Nobody was evicted"
        if start in neutral:
            continue  # "no shot at winning"
        if negation is not None and words[start].startswith(_ENFORCEMENT) and (
            end - start == 1
        ):
            continue  # "he wouldn't recommend prosecuting her": no act of his own is denied;
            # "had not fired on civilians" is a shooting denied
        if negation is not None and (
            words[negation] in _PROMISING or words[negation - 1] in _PROMISING
        ):
            continue  # "we will not jeopardize our security": a promise, no act denied
        if negation is not None and not _TOLERATING.isdisjoint(words[negation + 1 : start]):
            continue  # "the government would not tolerate fraud": a stance, no act denied
        if negation is not None and start == negation + 2 and words[negation + 1] == "be" and (
            words[start] not in _SANCTIONED
        ):  # not "so he would not be accused of rigging the contest"
            continue  # "the commission would not be intimidated": suffering a wrong refused
        if negation is not None and not _virtue_at(words, negation, lex):
            return ClaimKind.DENIAL, "negated-wrongdoing", [(negation, negation + 1),
                                                            (start, end)]
    transfer = _negated_transfer(words, lex)
    if transfer is not None:
        return ClaimKind.DENIAL, "negated-wrongdoing", transfer
    return None


def _represented(words: Sequence[str], index: int, lex: KindLexicon) -> bool:
    """Whether ``words[index:]`` opens with the party the speaker answers for.

    "my client", "our clients", "his client" (said by a lawyer), "my son" (said by a parent).
    """
    if index + 1 >= len(words) or words[index + 1] not in _PRINCIPALS:
        return False
    return words[index] in lex.own_side or (
        words[index] in _THIRD_POSSESSIVES and words[index + 1] in _CLIENTS
    )


_CLIENTS = frozenset(_words("client clients"))
_PRINCIPALS = _CLIENTS | frozenset(_words("son daughter husband wife brother sister father "
                                          "mother family"))
_THIRD_POSSESSIVES = frozenset(_words("his her their"))


def _negated_transfer(words: Sequence[str], lex: KindLexicon) -> list[tuple[int, int]] | None:
    """Arms or fighters said not to have been sent: "it had not sent any missiles to Russia".

    A promise not to send them ("will not send troops") denies nothing.
    """
    if lex.transfer_verbs.isdisjoint(words):
        return None  # the usual case, found without a loop
    verb = next((i for i, w in enumerate(words) if w in lex.transfer_verbs), None)
    if verb is None:
        return None
    negation = _governed(words, verb)
    if negation is None or words[negation] in _PROMISING or words[negation - 1] in _PROMISING:
        return None
    thing = next((i for i in range(verb + 1, min(len(words), verb + 6))
                  if words[i] in lex.transfer_objects), None)
    if thing is None:
        return None
    return [(negation, negation + 1), (verb, verb + 1), (thing, thing + 1)]

_SAYING = frozenset(
    _words("say says said show shows showed shown find finds found suggest suggests suggested "
           "argue argues argued claim claims claimed state states stated allege alleges alleged "
           "conclude concludes concluded note notes noted")
)
"""Verbs after a claim noun that make it the speaker of what follows, not what is judged."""

_FAIR = frozenset(_words("fair accurate true correct right honest"))
_TO_SAY = frozenset(_words("say suggest claim imply characterize characterise describe call "
                           "portray paint assert argue conclude"))
"""Saying something is judged unfair or untrue when one of ``_FAIR``, negated, comes before
"to" and one of these ("it's not fair to say")."""

_HOW_OFTEN = frozenset(_words("every often always again overnight yet much very until as so"))
_REFERRING = frozenset(_words("to on about of for in behind amid despite over regarding"))
"""Prepositions that refer to a claim ("no truth to the reports", "comment on rumors")."""

def _referred_to(words: Sequence[str], index: int, lex: KindLexicon) -> bool:
    """Whether the claim noun at ``index`` is a preposition's object ("amid the rumours")."""
    back = index - 1
    while back >= 0 and index - back <= 4 and (
        words[back] in lex.claim_refs or words[back] in ("and", "or", "the", "these", "such")
    ):
        back -= 1
    return back >= 0 and words[back] in _REFERRING


def _refers_to_claim(words: Sequence[str], index: int, lex: KindLexicon) -> bool:
    """Whether a preposition at ``index`` takes a claim noun ("to the reports")."""
    if index >= len(words) or words[index] not in _REFERRING:
        return False
    noun = index + 1
    if noun + 1 < len(words) and words[noun] in _DETERMINERS and words[noun + 1] == "of":
        noun += 2  # "no truth to any of these charges"
    if noun < len(words) and words[noun] in _DETERMINERS:
        noun += 1
    if noun < len(words) and words[noun].endswith(("'s", "s'", "\u2019s")):
        noun += 1  # "no truth in the family's allegation"
    while noun < len(words) and words[noun] in _CLAIM_MODIFIERS:
        noun += 1  # "no basis for the latest allegations"
    return noun < len(words) and words[noun] in lex.claim_refs and words[noun] not in _DETERMINERS


_CLAIM_MODIFIERS = frozenset(_words("latest new recent fresh such these those other further"))


def _deceit(words: Sequence[str], start: int) -> int | None:
    """Where the words of a party's deceit begin, if a falsity word at ``start`` is one.

    A making-up verb with its subject and object ("officials doctored the photos"), or a
    falsity adjective on what a verb of making, using or spreading takes ("used fake
    documents", "spread false rumours"); not "the claims were fabricated", "a fabricated
    story", "the documents were forged by".
    """
    if start == 0 or start + 1 >= len(words) or not words[start + 1].isalpha() or (
        not _CHARGE_NOUNS.isdisjoint(words[:start])
    ):
        return None  # "disputing accusations that they produced inaccurate articles": the
        # charges rejected, as before
    after = words[start + 2 : start + 5]
    if any(w in _ABOUT and after[i + 1 : i + 2] and after[i + 1] in _OWNERS | _MISREPORTED_PEOPLE
           for i, w in enumerate(after)):
        return None  # "published false reports about his family": the speaker's side wronged,
        # the reports rejected
    if words[start] in _FORGING and words[start] != "invented" and words[start + 1] != "by":
        before = words[start - 1]  # not "we invented airplanes"
        acting = before.isalpha() and before not in _NOT_DOERS and not before.endswith("ly")
        return start if acting else None
    back = start - 1
    while back > 0 and words[back] in _OBJECT_LEADS:
        back -= 1
    return back if words[back] in _DECEIVING else None
_ABOUT = frozenset(_words("about against targeting on concerning"))
_NOT_DOERS = frozenset(_words(
    "a an the this that these those is are was were be been being as and or but not so "
    "quite utterly simply all its their his her our your my it's that's we i"
))
"""Words before a making-up participle that make it an adjective or a passive ("a
fabricated story", "were fabricated")."""
_OBJECT_LEADS = frozenset(_words(
    "a an the some several many numerous multiple his her their its two three various"
))
"""Words between a verb and the falsity adjective on its object ("submitted a fake ...")."""
_DECEIVING = frozenset(_words(
    """
    use used uses using make made makes making submit submitted submits submitting produce
    produced produces producing present presented presents presenting spread spreads
    spreading peddle peddled peddles peddling circulate circulated circulates circulating
    issue issued issues issuing file filed files filing provide provided provides providing
    post posted posts posting publish published publishes publishing supply supplied
    supplies supplying sell sold sells selling tell told tells telling
    """
))
"""Verbs of making, using or spreading whose object, called false, charges the maker."""


_DOERS = frozenset(_words("he she they it had has have who"))
"""Words before a past-tense falsity verb that make it an act ("he fabricated")."""
_OWN_BE = frozenset(_words("am 'm are 're was were"))
_VIRTUE_LEADS = frozenset(_words("a an very really completely totally entirely an honest"))




def _later_own_sentences(words: Sequence[str], first: int, lex: KindLexicon) -> list[int]:
    """Starts of the later sentences of a content whose first word is the speaker's side."""
    if _STOPS.isdisjoint(words):
        return []  # one sentence (the usual case): no later one, found without a loop
    return [
        index + 1
        for index in range(first, len(words) - 2)
        if words[index] in (".", "!", "?") and words[index + 1] in lex.own_side
    ]


_OWNERS = frozenset(_words("my our his her their"))
_MISREPORTED_PEOPLE = frozenset(_words("i we he she they me us him them"))
_MISREPORTED_OBJECTS = frozenset(_words("its me us him her them"))
"""Objects of a report said to misrepresent someone: "the article misrepresents us"."""


def _misreported(words: Sequence[str], lex: KindLexicon) -> tuple[int, int] | None:
    """The speaker's own words, or the speaker, said to be misreported.

    "his comments were mischaracterized", "I was quoted out of context", "they twisted my
    words", "the report mischaracterised its policies"; not another party's words ("the
    report misrepresented the data").
    """
    for start, end, _ in lex.misrepresented.find((), words):
        if _governed(words, start, 2) is not None:
            continue  # "my words were not twisted"
        before = words[max(0, start - 5) : start]
        after = words[end : end + 3]
        for index, word in enumerate(before):
            if word in lex.own_words and index > 0 and before[index - 1] in _OWNERS:
                return start, end  # "his comments were mischaracterized"
        if before and before[-1] in _BE and len(before) >= 2 and (
            before[-2] in _MISREPORTED_PEOPLE or before[-2] in lex.own_side
        ):
            return start, end  # "I was misquoted", "he was taken out of context"
        if len(after) >= 2 and after[0] in _OWNERS and after[1] in lex.own_words:
            return start, end  # "they twisted my words"
        if before and before[-1] in lex.claim_refs and after and (
            after[0] in _OWNERS or after[0] in _MISREPORTED_OBJECTS or after[0] in lex.own_side
        ):
            return start, end  # "the report mischaracterised its policies"
    return None


def _own_virtue(words: Sequence[str], lex: KindLexicon) -> tuple[int, int] | None:
    """First person said to be honest, truthful, ethical: "I'm an honest person"."""
    if _VIRTUE_SUBJECTS.isdisjoint(words):
        return None  # no first person (the usual case), found without a loop
    for index, word in enumerate(words[:-2]):
        if word not in ("i", "we", "i'm", "we're") or index + 1 >= len(words):
            continue
        at = index + 1 if word in ("i'm", "we're") else index + 2
        if word in ("i", "we") and words[index + 1] not in _OWN_BE:
            continue
        while at < len(words) and words[at] in _VIRTUE_LEADS and words[at] != "honest":
            at += 1
        if at < len(words) and words[at] in _OWN_VIRTUES and not (
            _governed(words, at, 3) is not None
        ):
            return index, at + 1
    return None


_OWN_VIRTUES = frozenset(_words("honest truthful trustworthy ethical innocent law-abiding"))
_VIRTUE_SUBJECTS = frozenset({"i", "we", "i'm", "we're"})
"""The first-person words :func:`_own_virtue` starts from."""
_STOPS = frozenset({".", "!", "?"})
"""The marks that end a sentence inside a content."""


_TOLD = frozenset(_words("tell tells told said says stated insisted insists claimed"))

_FIRST_PERSON = frozenset({"i", "we"})

def _someone_said(words: Sequence[str]) -> int | None:
    """Index of a verb by which someone other than the speaker said what is judged."""
    for index, word in enumerate(words):
        if word in _TOLD and (index == 0 or words[index - 1] not in _FIRST_PERSON):
            return index
    return None

_PRONOUN_REFS = frozenset({"that", "this", "it", "these", "those", "such", "it's", "that's",
                           "this's", "itself", "them", "they", "everything", "all"})
"""Claim references that are pronouns: they may stand for anything, not only a claim."""
_COPULAR_REFS = frozenset({"it's", "that's", "this's", "it", "that", "this", "claim", "claims",
                           "allegation", "allegations", "charge", "charges", "report", "story"})

def _predicated_of_claim(words: Sequence[str], index: int, lex: KindLexicon) -> bool:
    """Whether a soft judgement ("silly") is said of a claim word a few words before it."""
    for back in range(index - 1, max(-1, index - 6), -1):
        word = words[back]
        if word in (",", ";", "but", "and", "(", ")"):
            return False
        if word in ("it's", "that's") or (
            word in _BE and back > 0 and words[back - 1] in _COPULAR_REFS
        ):
            return True
    return False

def _judged_ref(before: Sequence[str], lex: KindLexicon, *, actions: bool = False) -> bool:
    """Whether a claim noun before a falsity word is what it judges.

    "the claims are baseless" judges the claims; in "the report says the policy was wrong"
    the report speaks and the policy is judged.  A step taken against a party ("the case",
    "the ban") counts only within three words of the judgement and not after "in" ("in this
    case"); with ``actions``, only such a step counts.
    """
    for index in range(len(before) - 1, -1, -1):
        if before[index] in lex.claim_refs:
            rest = before[index + 1 :]
            if before[index] in lex.action_refs:
                if len(rest) > 3 or (index > 0 and before[index - 1] in ("in", "for")) or (
                    index > 1 and before[index - 2] == "in"
                ):
                    continue
                return True
            if actions:
                continue
            if before[index] in _QUANTIFIED_REFS and len(rest) > 1:
                # "everything he said is false" judges what was said; "everything we're
                # doing is wrong" judges no claim
                return not _SAYING.isdisjoint(rest)
            return not any(  # "found to be unfounded" judges; "the report says" speaks
                word in _SAYING and tuple(rest[at + 1 : at + 2]) != ("to",)
                for at, word in enumerate(rest)
            )
    return False


_QUANTIFIED_REFS = frozenset({"everything", "all"})

def _judged_subject(words: Sequence[str], subject: int, judged: int, lex: KindLexicon) -> bool:
    """Whether the clause's subject is a claim noun that a copula judges, however long it is.

    "the assertion that terrorists were arrested while crossing the border is categorically
    false": the subject's head opens the content and its copula comes just before the judgement.
    """
    head = subject
    while head < len(words) and head < subject + 3 and words[head] in _DETERMINERS:
        head += 1
    if head >= len(words) or words[head] not in lex.claim_refs or head >= judged:
        return False
    if head + 1 < judged and words[head + 1] in _SAYING:
        return False  # "the report says the policy was wrong": the report speaks
    if words[head] in _QUANTIFIED_REFS and _SAYING.isdisjoint(words[head + 1 : judged]) and (
        judged - head > 3
    ):
        return False  # "everything we're doing is wrong": no claim is judged
    near = words[max(head, judged - 4) : judged]  # quotation marks are gone (content_kind)
    return not _BE.isdisjoint(near) and all(w not in (",", ";") for w in near)

_MORAL_FALSITY = frozenset({"wrong"})
"""Falsity words that also condemn an act ("that is wrong")."""
_TOLERATING = frozenset(_words("""
    tolerate tolerates tolerated condone condones condoned countenance permit permits allow
    allows excuse accept accepts
"""))
"""Verbs of standing a wrong: not tolerating fraud is a stance against it, not a denial."""
_PROMISING = frozenset(_words("will won't shall 'll must mustn't should shouldn't"))
"""Words of the future or of duty before a negation: "we will not jeopardize" promises and
"businesses must not mislead consumers" lays down a rule; neither denies an act."""
_PARTY_FALSITY = frozenset({"incorrect", "wrong", "mistaken", "lying"})
"""Falsity words that can be said of a party as well as of a claim ("DHS is incorrect")."""
_PARTY_CONTRACTIONS = frozenset(_words("he's she's they're"))
"""A third party's subject and copula in one word, before a falsity word ("she's wrong")."""
_ENFORCEMENT = ("prosecut", "indict", "convict", "sue", "suing", "sanction", "suspend", "fire",
                "firing", "sack", "expel", "arrest", "punish", "investigat", "charg")
"""Stems of acts against wrongdoing: negating one ("did not indict him") denies nothing."""
