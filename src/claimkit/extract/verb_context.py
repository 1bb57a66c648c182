"""What surrounds a verb cue: tests the verb drafts ask before they read a claim.

Whether a participle is an adjective ("the alleged plot"), a quotation before the source a
title, "charged with" a duty, a subject a class of people ("immigrants convicted of
crimes"), the cue inside an aside, after "to", or after "was quoted as"; and the subject a
coordinated verb shares inside a subordinate clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.claim_drafts import two_objects
from claimkit.extract.content_spans import _cited_aside_end
from claimkit.extract.cue_grammar import CHARGE_PREPOSITIONS, DETERMINERS, IRREGULAR_PAST
from claimkit.extract.cues import CueMatch
from claimkit.extract.noun_phrases import _np_left
from claimkit.extract.object_readings import condemned_scourge
from claimkit.extract.segment import words as _words
from claimkit.extract.sentence_view import _HAVE_BE, _TIME_TAIL, SentenceView
from claimkit.extract.source_spans import _source_left
from claimkit.extract.speaker_words import names_someone
from claimkit.model import ClaimKind

__all__ = [
    "accusers",
    "after_to",
    "aside",
    "attributive",
    "ATTRIBUTIVE_BEFORE",
    "bare_plural",
    "class_of_people",
    "charged_deed",
    "citing_aside",
    "embedded_quote",
    "ends_with_speaker",
    "first_conjunct_subject",
    "NOUN_PREPOSITIONS",
    "object_head",
    "object_kind",
    "object_names",
    "past_amount",
    "quoted_as",
    "tasked",
    "unreal",
]

ATTRIBUTIVE_BEFORE = frozenset(
    _words(
        """
        the a an his her its their our my your this that these those of for about over with
        on in against to from by any some no such under
        """
    )
)


NOUN_PREPOSITIONS = frozenset(
    _words("in on at with from by for into over under about against up among after before")
)
_OBJECT_PRONOUNS = frozenset(_words("him her me us you"))


def attributive(view: SentenceView, cue: CueMatch) -> bool:
    """Whether a participle cue modifies the noun after it ("the alleged plot")."""
    if cue.last - cue.first != 1 or cue.first == 0 or cue.last >= view.size:
        return False
    word = view.lowers[cue.first]
    if not word.endswith(("ed", "en")) or not view.is_word(cue.last):
        return False
    before = view.lowers[cue.first - 1]
    after = view.lowers[cue.last]
    if after in ATTRIBUTIVE_BEFORE or after in ("that", "to", "as", "by", "it", "them"):
        return False
    if before == "that" and (after in _OBJECT_PRONOUNS or view.is_capital(cue.last)):
        return False  # "critics that accused him", "a suit that alleged Trump": a relative
    return before in ATTRIBUTIVE_BEFORE or (
        before.endswith("ing") and len(before) > 4 and (
            not view.is_capital(cue.first - 1)
            or (cue.first >= 2 and view.lowers[cue.first - 2] in _GERUND_LEADS)
        )
    )  # "for hyping alleged audio", "For Hyping Alleged Audio"; not "Beijing accused"


_GERUND_LEADS = frozenset({"for", "of", "by", "after", "about", "on", "in", "from", "with",
                           "without", "over", "while", "before"})
"""Prepositions before a gerund ("for hyping"), which a capitalised name never follows."""


def charged_deed(view: SentenceView, cue: CueMatch, before: Sequence[CueMatch]) -> bool:
    """Whether a participle cue is the deed an earlier accusation charges.

    "accused Buttigieg of belittling lawmakers": the belittling is what Klobuchar charges,
    no claim of Buttigieg's; not "criticized Manafort for accusing the campaign", whose
    accusation was made.
    """
    return cue.participle and cue.first > 0 and any(
        c.frame in ("accuse", "charge", "blame")
        and CHARGE_PREPOSITIONS[c.frame] == view.lowers[cue.first - 1]
        and c.last <= cue.first - 1 and cue.first - c.last <= 8
        for c in before
    )


def citing_aside(view: SentenceView, cue: CueMatch) -> bool:
    """Whether "citing" or "quoting" after a comma is the aside of the cue before it.

    "Reuters reported, citing three sources, that ...": the report's source, no claim.
    """
    return cue.first > 0 and view.tokens[cue.first - 1].text == "," and view.lowers[
        cue.first] in ("citing", "quoting") and bool(_cited_aside_end(view, cue.first))


def embedded_quote(view: SentenceView, source_first: int) -> bool:
    """Whether the quotation closing before a source is a short title inside the sentence.

    A quotation that is the content opens its clause ("“We are ready,” he said"); one of a
    few words opened after a word ("on Fox's “Sunday Morning Futures,” Issa said ...") names
    a show, a book or a phrase and leaves the content to follow the verb.
    """
    close = source_first - 1
    if close > 0 and view.tokens[close].text == ",":
        close -= 1
    opener = view.quote_pairs.get(close)
    if opener is None or opener >= close or opener == 0:
        return False
    words = sum(1 for i in range(opener + 1, close) if view.is_word(i))
    return view.is_word(opener - 1) and words <= 4 and view.lowers[opener - 1] not in (
        "that", "said", "says", "say", "and", "but")


def bare_plural(view: SentenceView, span: tuple[int, int], rule_after: int | None = None
                ) -> bool:
    """Whether a noun phrase ends in a bare plural of common nouns ("first-time offenders").

    "people convicted of crimes", "for illegal immigrants convicted of crimes" name a
    class; "seven men convicted of", "the officers charged with" and names do not. With
    ``rule_after`` (the token after the cue), a plural that opens the sentence names a
    class too when a modal or a present verb states a rule after it ("Immigrants found
    guilty of crimes will be deported", "Foreigners convicted of drug offences face
    death"); a headline's "Protesters found guilty over blockade" still names a party.
    """
    last = view.lowers[span[1] - 1]
    opening = span[1] - 1 == _first_word(view) and rule_after is not None and (
        states_rule(view, rule_after))
    if not (last.endswith("s") or last in _IRREGULAR_PLURALS) or last.endswith(("'s", "ss")) or (
        view.is_capital(span[1] - 1) and not opening
    ):
        return False
    index = span[1] - 1
    while index > span[0] and view.is_word(index - 1) and (
        index == 1 or not view.is_capital(index - 1)  # a capital opens the sentence
    ) and (
        view.lowers[index - 1] not in ATTRIBUTIVE_BEFORE
        and view.lowers[index - 1] not in _NUMBER_WORDS
        and not view.lowers[index - 1].isdigit()
    ):
        index -= 1
    before = view.lowers[index - 1] if index > span[0] else ""
    return not (before in DETERMINERS or before in _NUMBER_WORDS or before.isdigit()
                or (index > span[0] and view.is_capital(index - 1)))


_IRREGULAR_PLURALS = frozenset(_words("people men women children"))
_RULE_VERBS = frozenset(_words("will would shall should must can may face faces are get gets "
                                 "lose loses"))
"""Words after a class of people that make a rule of what happens to it."""


def states_rule(view: SentenceView, after: int) -> bool:
    """Whether a modal or a present verb after ``after`` states a rule ("will be deported")."""
    return any(view.lowers[i] in _RULE_VERBS for i in range(after, view.size))


def class_of_people(view: SentenceView, subject: tuple[int, int], after: int) -> bool:
    """Whether a reduced relative's subject is a class of people under a rule, not a party.

    "immigrants convicted of crimes", "Anyone convicted of fraud faces ten years", "Those
    found guilty will be deported"; not "Seven men found guilty of fraud were jailed" nor
    "Those found guilty were jailed on Monday".

    Args:
        view: The sentence.
        subject: The subject before the participle, token indices.
        after: The token after the participle's cue.
    """
    if subject[1] - subject[0] == 1 and view.lowers[subject[0]] in _ANY_PEOPLE:
        return states_rule(view, after)
    return bare_plural(view, subject, after)


_ANY_PEOPLE = frozenset(_words("those anyone anybody everyone everybody whoever"))


def _first_word(view: SentenceView) -> int:
    """The sentence's first word, after any opening quotation mark."""
    index = 0
    while index < view.size and not view.is_word(index):
        index += 1
    return index
_NUMBER_WORDS = frozenset(_words("two three four five six seven eight nine ten dozens many "
                                 "several both all most some few hundreds thousands"))


def tasked(view: SentenceView, cue: CueMatch) -> bool:
    """Whether "charged with" gives a duty: a gerund that names no wrongdoing follows.

    "the agency is charged with protecting the president" is a task; "charged with
    murdering his wife" and "charged with stealing cars" are charges.
    """
    with_at = cue.last
    if with_at + 1 >= view.size or view.lowers[with_at] != "with":
        return False
    gerund = view.lowers[with_at + 1]
    if not gerund.endswith("ing") or len(gerund) < 5:
        return False
    end = with_at + 1
    while end < view.size and end < with_at + 8 and view.is_word(end):
        end += 1
    words = list(view.lowers[with_at + 1 : end])
    return not any(True for _ in view.kinds.wrongdoing.find((), words))  # the handed lexicons


def first_conjunct_subject(view: SentenceView, back: int) -> tuple[int, int] | None:
    """The subject of the verb a coordinated cue follows, inside a subordinate clause.

    "... when golfer Dan Olsen went on a radio show with David DeMarco and claimed that
    ...": the name just before the first past-tense verb of the clause before "and".
    """
    for index in range(back - 1, 0, -1):
        word = view.lowers[index]
        if view.tokens[index].text in (";", ":") or word in ("when", "while", "because"):
            break  # the clause's start: no subject found in it
        if view.is_capital(index) or not view.is_word(index):
            continue
        if not (word.endswith("ed") or word in IRREGULAR_PAST):
            continue
        if view.is_capital(index - 1) and view.is_word(index - 1):
            return _np_left(view, index - 1, limit=8)
        if view.lowers[index - 1] in ("he", "she", "they", "it"):
            return index - 1, index
    return None


def aside(view: SentenceView, cue: CueMatch) -> bool:
    """Whether a cue speaks in an aside: "X -- as the campaign noted -- promoted ...".

    An "as" right after a dash, a parenthesis or a comma opens an aside whose speaker is
    not the subject that verbs after the aside share.
    """
    for index in range(cue.first - 1, max(0, cue.first - 7), -1):
        if view.lowers[index] == "as":
            return view.tokens[index - 1].text in ("-", "--", "\u2014", "\u2013", "(", ",")
        if not view.is_word(index) and view.tokens[index].text[:1] not in ("'", "\u2019", "."):
            return False
    return False


def quoted_as(view: SentenceView, cue: CueMatch) -> tuple[tuple[int, int] | None, int] | None:
    """The subject of "was quoted (by ...) as saying": the one quoted says it."""
    if cue.first < 3 or view.lowers[cue.first - 1] != "as":
        return None
    for quoted in range(cue.first - 2, max(0, cue.first - 10), -1):
        if view.lowers[quoted] == "quoted" and view.lowers[quoted - 1] in _HAVE_BE:
            return _source_left(view, quoted)[0], cue.first
        if not view.is_word(quoted) and view.tokens[quoted].text != ".":
            return None  # "Interfax" after "by" may carry a dot, a clause break may not
    return None


def after_to(view: SentenceView, index: int) -> bool:
    """Whether "to" (and "have", "have been") comes just before token ``index``."""
    back = index - 1
    while back > 0 and (view.lowers[back] in ("have", "been", "be", "again", "also", "then")
                        or (view.lowers[back].endswith("ly") and len(view.lowers[back]) > 4)):
        back -= 1  # "to again respond", "to publicly deny"
    return view.lowers[back] == "to"


def accusers(view: SentenceView, content: tuple[int, int]) -> tuple[int, int] | None:
    """The accusers a rebuttal answers: "critics who accused her of lip-syncing".

    A noun phrase that opens the content, followed by "who" (or "that") and a verb of
    accusing or claiming, or a noun for such people on its own ("pushed back against his
    critics"); ``None`` when the content does not open so.
    """
    head = content[0]
    while head < min(content[1], content[0] + 3) - 1 and view.lowers[head] in _CRITIC_LEADS:
        head += 1
    if view.lowers[head] in _CRITICS and (head + 1 >= content[1] or not view.is_word(head + 1)):
        return content[0], head + 1  # "hit back at critics", "fired back at her detractors"
    index, end = content[0], min(content[1], content[0] + 8) - 1
    while index + 1 < end:
        index += 1
        if view.lowers[index] not in ("who", "that"):
            if view.tokens[index].text in _ASIDE_DASHES:
                # "candidates -- like front-runner Donald Trump -- who say": an aside ("--"
                # is two tokens)
                opened = index + 1 if view.tokens[index + 1].text == "-" else index
                close = next((at for at in range(opened + 1, min(content[1], index + 14))
                              if view.tokens[at].text in _ASIDE_DASHES), None)
                if close is None:
                    return None
                if view.tokens[close].text == "-" and close + 1 < content[1] and (
                    view.tokens[close + 1].text == "-"
                ):
                    close += 1
                end, index = min(content[1], end + close - index + 1), close
            elif not view.is_word(index):
                return None
            continue
        verb = index + 1
        while verb < content[1] - 1 and view.lowers[verb] in _HAVE_BE:
            verb += 1
        cue = view.lexicon.verbs.get(view.lowers[verb])
        if cue is not None and (cue.kind is ClaimKind.ALLEGATION or cue.lemma in _CLAIMING):
            return content[0], index
        return None
    return None


_CLAIMING = frozenset(_words("claim allege suggest say insist argue question"))
_CRITICS = frozenset(_words("critics detractors naysayers nay-sayers sceptics skeptics doubters "
                            "accusers"))
"""Nouns for the people who made a charge: answering them rejects it."""
_ASIDE_DASHES = frozenset({"-", "\u2014", "\u2013"})
_CRITIC_LEADS = frozenset(_words("the his her their its my our your some many those these "
                                 "fierce harsh vocal conservative liberal republican "
                                 "democratic"))
"""Words before a critics noun ("his fiercest critics" is not read: only plain modifiers)."""


def object_head(view: SentenceView, index: int) -> str:
    """The first word of the object at ``index`` past determiners and an indirect object.

    "denied him entry": "entry"; "claimed the lives of": "lives"; "" at the end.
    """
    while index < view.size and (
        view.lowers[index] in _OBJECT_LEADS
        or (view.lowers[index] in _INDIRECT and index + 1 < view.size
            and view.is_word(index + 1) and view.lowers[index + 1] not in ("to", "that"))
    ):
        index += 1
    return view.lowers[index] if index < view.size else ""


def object_names(view: SentenceView, index: int, words: frozenset[str]) -> bool:
    """Whether the object at ``index`` has one of ``words`` before its end.

    The object is read over at most six tokens, up to a preposition other than "of", a
    relative word or a claim noun: "defending 24 of the 34 Senate seats" names "seats",
    "denying additional security requests" names "requests", "denied the claims that he
    requested funding" names no refused object.
    """
    for at in range(index, min(index + 6, view.size)):
        word = view.lowers[at]
        if word in words:
            return True
        if word in NOUN_PREPOSITIONS or word in _OBJECT_ENDS or not view.is_word(at) or (
            word in view.lexicon.claim_nouns
        ):
            return False
    return False


_OBJECT_ENDS = frozenset(_words("that which who whom whose because when while as"))


_OBJECT_LEADS = frozenset(_words("the a an his her its their our my your any further new"))
_INDIRECT = frozenset(_words("him them us me"))


_DEONTIC = frozenset(_words("must should ought"))
"""Modals that prescribe: a claim verb after them tells what someone should say."""


def prescribed(view: SentenceView, aux_start: int, cue_first: int) -> bool:
    """Whether a deontic modal ("must", "should", "needs to") governs the cue."""
    for index in range(max(0, min(aux_start, cue_first - 3)), cue_first):
        word = view.lowers[index]
        if word in _DEONTIC and not (
            index + 1 < cue_first and view.lowers[index + 1] == "have"
        ):  # "should have denied" tells what was not done: left to the content
            return True
        if word in ("need", "needs", "has", "have") and index + 2 == cue_first and (
            view.lowers[index + 1] == "to"
        ):
            return True
    return False


SANCTIONS = frozenset(_words("fine indict arraign jail sentence arrest suspend strip ban expel "
                               "punish "
                               "penalize penalise sanction discipline fire sack disqualify "
                               "prosecute sue detain"))
"""Cues of a sanction: agentless, they still tell of an authority's charge ("was jailed
for taking bribes")."""
CRITICISM = frozenset(_words("criticize criticise critique condemn denounce slam fault vilify "
                             "disparage denigrate deride lampoon pillory blast lambast lambaste "
                             "decry deplore castigate censure rebuke chastise excoriate assail "
                             "ridicule berate"))
"""Cues of criticism in words: agentless ("has been widely criticised for ...", "was condemned
as fearmongering"), they tell of unnamed critics' charge. Not the cues that also tell of
blows or shots ("was attacked", "was hit")."""


UNDONE_NOUNS = frozenset(_words("refusal refusals failure failures reluctance unwillingness "
                                  "inability"))
"""Nouns before "to" whose verb names what was not done ("refusal to disavow")."""


_CLAUSE_LINKS = frozenset(_words("so but and though although because while adding saying"))
"""Words after a comma that start a clause of their own, not a reported one."""


def time_then_break(view: SentenceView, after: int) -> bool:
    """Whether only a time, then a comma and a new clause or the end, follow a cue.

    "Kim's health is just fine, his government said Thursday evening, so his sister ...":
    nothing after "said" is reported, the content is before the speaker.
    """
    index = skip_time(view, after)
    if index >= view.size or view.tokens[index].text in (".", "!", "?", ";"):
        return index > after
    return view.tokens[index].text == "," and index + 1 < view.size and (
        view.lowers[index + 1] in _CLAUSE_LINKS
    )


_TIME_LEADS = frozenset(_words("on last this earlier later"))
"""Words that open or close a time phrase after a cue ("on Monday", "last week")."""


def skip_time(view: SentenceView, index: int, limit: int = 6) -> int:
    """The index after the time phrase at ``index`` ("this week", "Thursday evening").

    At most ``limit`` tokens are passed over; ``index`` itself when no time phrase starts
    there.
    """
    start = index
    while index < view.size and index - start < limit and (
        view.lowers[index] in _TIME_TAIL or view.lowers[index] in _TIME_LEADS
    ):
        index += 1
    return index


def past_amount(view: SentenceView, index: int) -> int:
    """The token after an amount of money opening at ``index`` ("500 million euros", "$1.1bn").

    ``index`` itself when no amount opens there.
    """
    probe = index
    while probe < view.size and probe < index + 6 and (
        view.lowers[probe] in _AMOUNT_WORDS or view.lowers[probe][:1].isdigit()
        or view.tokens[probe].text in _CURRENCY_SIGNS
    ):
        probe += 1
    return probe if probe > index and any(
        view.lowers[i][:1].isdigit() for i in range(index, probe)
    ) else index


_AMOUNT_WORDS = frozenset(_words(
    "million millions billion billions trillion m bn mn k thousand hundred crore crores lakh "
    "lakhs dollars dollar euros euro pounds pound sterling rupees rupee naira rand yuan yen won "
    "reais real shillings shilling pesos peso francs franc ringgit rubles roubles ruble rouble "
    "dirhams riyals us usd eur gbp"
))
"""Words of an amount of money ("500 million euros", "Rs 10 crore")."""
_CURRENCY_SIGNS = frozenset({"$", "\u00a3", "\u20ac", "\u00a5", "\u20b9", "\u20a6", "US$", "A$",
                             "C$", "HK$", "R", "Rs", "Rs.", "Sh", "KSh"})


def unreal(view: SentenceView, source: tuple[int, int] | None, aux_start: int, cue: int) -> bool:
    """Whether a charge or denial is made by no one or only might be.

    "Nobody has accused the company", "No one has suggested that ...": no one speaks;
    "Critics may accuse the firm of hypocrisy": a charge that could be made, not one made.
    """
    if source is not None and " ".join(view.lowers[source[0] : source[1]]) in _NO_ONE:
        return True
    return not _MAYBE.isdisjoint(view.lowers[aux_start:cue])


_NO_ONE = frozenset({"nobody", "no one", "no-one", "none", "neither", "none of them"})
_MAYBE = frozenset(_words("may might could"))


def object_kind(view: SentenceView, cue: CueMatch, after: int, kind: ClaimKind
                ) -> ClaimKind | None:
    """The kind a verb's object leaves a draft, or ``None`` when the object makes it no claim.

    "the blast claimed the lives of 20 people", "called attention to", "deny Sanders the
    nomination" make no claim; "the judge denied the motion" and "defending 24 Senate seats"
    are statements; "denies receiving foreign funding" stays a denial of the act.
    """
    head = object_head(view, after)
    lemma = cue.word.lemma
    if lemma == "claim" and (head in view.lexicon.taken_objects or taken_noun(view, after)):
        return None  # "the blast claimed the lives of 20 people", "claimed victory"
    if lemma == "call" and head == "attention":
        return None  # "the rhetoric has called attention to Islamophobia": no one called
    if cue.frame == "deny" and two_objects(view, after):
        return None  # "deny Sanders the nomination": a refusal, no claim
    if cue.frame == "deny" and object_names(view, after, view.lexicon.refused_objects) and not (
        after < view.size and view.lowers[after].endswith("ing") and len(view.lowers[after]) > 4
        and view.lowers[after] not in view.lexicon.refused_objects  # not "denied funding"
    ):  # "denies receiving foreign funding": the gerund is the act denied
        return ClaimKind.STATEMENT  # "the judge denied the motion", "denied him entry"
    if condemned_scourge(view, cue, after):
        return ClaimKind.STATEMENT  # "condemned racism in all its forms": no one charged
    if lemma == "defend" and object_names(view, after, view.lexicon.held_objects):
        return ClaimKind.STATEMENT  # "defending 24 Senate seats": held, not cleared
    return kind


def taken_noun(view: SentenceView, after: int) -> bool:
    """Whether "claim" takes a plain noun, as what is demanded or seized, not a clause.

    A determiner, one or two lowercase nouns, then the sentence's end or a relative "that"
    or "which" ("The landlord claimed rent that the tenants said they never owed",
    "claimed compensation."): a clause would go on with its verb ("claimed the tenants owed
    rent"). A time ("claimed on Monday that", "claimed last week that") is no object, and a
    wrong is asserted, not taken ("Officials claimed fraud", "claimed voter fraud that").
    """
    index = after
    if index < view.size and view.lowers[index] in _OBJECT_LEADS:
        index += 1
    nouns = 0
    while index < view.size and nouns < 3 and view.is_word(index) and not view.is_capital(
        index
    ) and view.lowers[index].isalpha() and view.lowers[index] not in _NOT_TAKEN:
        index += 1
        nouns += 1
    if not 1 <= nouns <= 2 or any(
        True for _wrong in view.kinds.wrongdoing.find((), view.lowers[index - nouns : index])
    ):
        return False  # "Officials claimed fraud": a wrong asserted, not a sum demanded
    if index >= view.size or view.tokens[index].text in (".", ";", "!"):
        return True
    return view.lowers[index] in ("that", "which") and index + 1 < view.size and (
        view.lowers[index + 1] in _SUBJECT_STARTS or view.is_capital(index + 1)
    )  # "rent that the tenants said": a relative clause with its own subject


_NOT_TAKEN = _TIME_TAIL | _HAVE_BE | frozenset(_words(
    "that which who this last next on in at to for from with by as also again repeatedly "
    "falsely wrongly previously earlier today yesterday"
))
"""Words that end or are no part of a plain noun object after "claim"."""
_SUBJECT_STARTS = frozenset(_words("the a an his her its their he she they we i it"))


def ends_with_speaker(view: SentenceView, right: tuple[int, int]) -> bool:
    """Whether a phrase after a cue ends its sentence and names someone who speaks.

    "The allegations are untrue, denied a spokesman for the company.": a speaker; "...,
    denies racist remark" names a thing denied.
    """
    if any(view.is_word(i) for i in range(right[1], view.size)):
        return False
    first, last = view.chars(*right)
    return names_someone(view.text[first:last], strict=True)
