"""Cue detection: the reporting verbs, nouns and phrases that signal an attribution.

The matcher is handed a :class:`~claimkit.extract.cue_lexicon.Lexicon` (the shipped
entries of ``claimkit/data/cues.json`` and ``claimkit/data/evidence.json``, extended by
the plugins' ``register_cues`` hook at the top, in :mod:`claimkit.extract.installed`)::

    @claimkit.hookimpl
    def register_cues(register):
        register(CueWord(lemma="aver", kind=ClaimKind.STATEMENT, pos="verb"))
        register(EvidencePhrase(phrase="leaked cables", effect=CueEffect.RAISES, weight=0.2))

Matching works on tokens, with dictionary look-ups rather than one long regular
expression, so its cost grows with the text and not with the lexicon.  Each match
records whether it is negated ("did not deny", "never confirmed", "refused to
comment"), passive ("was denied by"), a participle ("..., blaming the US") or a noun
("US allegations of ...").  The grammatical checks behind that (finite and base forms,
passives, governing negations, required words) are in :mod:`claimkit.extract.cue_grammar`.

The lexicon's types (:class:`~claimkit.lexicon.CueWord`,
:class:`~claimkit.lexicon.EvidencePhrase`, :class:`~claimkit.lexicon.HedgePhrase`,
:func:`~claimkit.lexicon.inflect`) live in :mod:`claimkit.lexicon` and the lexicon
itself in :mod:`claimkit.extract.cue_lexicon`; both are importable from here too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs
from attrs import frozen

from claimkit.extract.anonymous_sources import anonymity_clauses
from claimkit.extract.channel_words import dated_channel
from claimkit.extract.cue_grammar import (
    _SUBJECT_PRONOUNS,
    AUXILIARIES,
    DETERMINERS,
    FINITE_BE,
    LY_NOUNS,
    NAMED_THINGS,
    NAMING_FORMS,
    NEGATIONS,
    NOUN_GOVERNORS,
    governing_negation,
    is_passive,
    requirement_met,
)
from claimkit.extract.cue_lexicon import WORD as _WORD
from claimkit.extract.cue_lexicon import Lexicon, PhraseIndex, load_lexicon
from claimkit.extract.headline_colons import headline_colon, trailing_colon
from claimkit.extract.segment import Token
from claimkit.extract.segment import lowers as _lowers
from claimkit.extract.segment import words as _words
from claimkit.extract.verb_subjects import (
    base_form_ok,
    finite_ok,
    hyphenated_modifier,
    quantifier_subject,
)
from claimkit.lexicon import (
    COMMITMENTS,
    FRAMES,
    CueWord,
    EvidencePhrase,
    HedgePhrase,
    inflect,
)
from claimkit.model import ClaimKind

__all__ = [
    "AUXILIARIES",
    "COMMITMENTS",
    "CURRENCY_SIGNS",
    "DETERMINERS",
    "NEGATIONS",
    "FRAMES",
    "CueMatch",
    "COLON_CUE",
    "IN_SOURCE_CUE",
    "QUOTE_CUE",
    "TRAILING_COLON_CUE",
    "OPINION_CUE",
    "CueWord",
    "EvidencePhrase",
    "HedgePhrase",
    "Lexicon",
    "PhraseIndex",
    "find_cues",
    "inflect",
    "load_lexicon",
    "may_have_cues",
]

# ---------------------------------------------------------------------------- matching

def _as_charge(verb: CueWord) -> CueWord:
    """A belief verb read as a charge: "suspect the firm of dumping waste" accuses the firm.

    The verb keeps its commitment (a suspicion is probable, not certain).
    """
    return attrs.evolve(verb, kind=ClaimKind.STATEMENT, frame="accuse", requires=None)


@frozen
class CueMatch:
    """One cue found in a sentence.

    Attributes:
        first: Index of its first token in the sentence's token list.
        last: Index just past its last token.
        word: The lexicon entry.
        negated: A negation or refusal governs it ("did not deny", "refused to confirm").
        negation: Token index of the negation word, when negated.
        passive: It is a passive participle ("was denied by").
        participle: It is an -ing form ("..., blaming the US for ...").
        base: It is the bare base form ("say", "deny").
    """

    first: int
    last: int
    word: CueWord
    negated: bool = False
    negation: int | None = None
    passive: bool = False
    participle: bool = False
    base: bool = False

    @property
    def kind(self) -> ClaimKind:
        """The kind the cue signals on its own."""
        return self.word.kind

    @property
    def frame(self) -> str:
        """The cue's frame."""
        return self.word.frame


CURRENCY_SIGNS = frozenset("$\u00a3\u20ac\u00a5\u20b9")
"""Currency signs that open an amount ("fined £3.3m", "charged $5 for the tickets")."""


def may_have_cues(text: str, lexicon: Lexicon) -> bool:
    """A fast test: whether any word of ``text`` can start a cue.

    Example:
        >>> may_have_cues("Prices rose.", load_lexicon()), may_have_cues("He said so.",
        ...                                                               load_lexicon())
        (False, True)
    """
    if ":" in text[:80]:
        return True  # a headline attribution ("Graham: ...")
    lowered = text.lower().replace("\u2019", "'")
    if not lexicon.plain_forms.isdisjoint(lowered.split()):
        # a cue form standing between spaces ("said") is a word of its own: no regex needed
        return True
    words = set(_WORD.findall(lowered))
    if not lexicon.single_forms.isdisjoint(words):
        return True
    if "in" in words and not _SETTING_HEADS.isdisjoint(words):
        return True  # "In a CBS poll, ...", "in her view" (see _setting_cue)
    phrase_words = lexicon.phrase_words
    for first in phrase_words.keys() & words:  # the first words of cues found, in one step
        if any(needed <= words for needed in phrase_words[first]):
            return True  # every word of a multiword cue is there
    return False


COLON_CUE = CueWord(lemma=":", kind=ClaimKind.STATEMENT, pos="phrase", frame="say")
"""The colon of a headline attribution ("Graham: Trump's rhetoric is destroying the GOP")."""

TRAILING_COLON_CUE = CueWord(lemma=":", kind=ClaimKind.STATEMENT, pos="phrase",
                             frame="according")
"""The colon before a headline's source at its end ("Lenovo to buy BlackBerry: report")."""

QUOTE_CUE = CueWord(lemma="\u201c", kind=ClaimKind.STATEMENT, pos="phrase", frame="say")
"""The opening mark of a paragraph that is all quotation and goes on the speaker of the
paragraph before ("Trump attacked Clinton on Monday." then "“She is a liar.”")."""

IN_SOURCE_CUE = CueWord(lemma="in", kind=ClaimKind.STATEMENT, pos="phrase", frame="in")
"""The "in" of a finding set in its source: "In a Gallup poll released Monday, 52 percent ..."."""

OPINION_CUE = CueWord(lemma="in the view of", kind=ClaimKind.STATEMENT, pos="phrase",
                      frame="in")
"""The head of "in X's view/words/opinion, ...": the possessor holds the view."""

_FINDING_HEADS = frozenset(
    _words("poll polls polling survey surveys study studies census analysis tally")
)
_OPINION_HEADS = frozenset(_words("view words opinion estimation judgment judgement"))
_SETTING_HEADS = _FINDING_HEADS | _OPINION_HEADS
"""A word one of which an "in" setting (:func:`_setting_cue`) needs."""
_POSSESSIVES = frozenset(_words("his her their my our its your"))
_SETTING_OPENERS = frozenset(_words("a an the this that its their his her these those one"))


def _setting_cue(tokens: Sequence[Token], lowers: Sequence[str], index: int) -> CueMatch | None:
    """Find a finding or an opinion set in its source ("In a CBS poll, ...", "in her view").

    The phrase must open the sentence or follow a comma and be closed by a comma (or end
    the sentence after a comma).  Polls and surveys speak through "in" ("In a CBS poll
    last month, Clinton led by six points"); views, words and opinions through their
    possessor ("In the senator's words, ...", "..., in his view").
    """
    if index > 0 and lowers[index - 1] not in (",", "\u2014", "--"):
        return None
    count = len(tokens)
    end = index + 1
    while end < count and end < index + 16 and lowers[end] not in (",", ";", ":"):
        end += 1
    if end >= count or end >= index + 16:
        if index == 0 or not (end == count or (end == count - 1 and lowers[-1] in ".!?")):
            return None
    elif lowers[end] != ",":
        return None
    if end - index < 2:
        return None
    first = lowers[index + 1]
    head = end - 1
    if lowers[head] in _OPINION_HEADS and head - index <= 6 and (
        first in _POSSESSIVES or any(
            w.endswith(("'s", "\u2019s")) or w in ("'", "\u2019") for w in lowers[index + 1:head]
        )
    ):
        return CueMatch(head, head + 1, OPINION_CUE)
    if first in _SETTING_OPENERS or tokens[index + 1].text[:1].isupper():
        for probe in range(index + 1, end):
            if lowers[probe] in _FINDING_HEADS:
                return CueMatch(index, index + 1, IN_SOURCE_CUE)
    return None

def _shouted(tokens: Sequence[Token]) -> bool:
    """Whether a sentence is written in capitals throughout (four words or more)."""
    words = 0
    for token in tokens:
        text = token.text
        if text[:1].isalpha():
            if len(text) > 1 and not text.isupper():
                return False  # most sentences stop at their first or second word
            words += 1
    return words >= 4


_STATE_MODIFIED = frozenset(
    _words(
        "security media television tv radio news department police forces troops officials "
        "government legislature lawmakers senator senate house capitol law laws level budget "
        "agency agencies prosecutors attorney court courts election elections party parties "
        "funds funding employees workers"
    )
)
_NUMBER = re.compile(r"\d[\d,.]*s?")
"""A number or a year written in figures ("2022", "1990s", "1,200")."""
_ORDINALS = frozenset(
    _words(
        "first second third fourth fifth sixth seventh eighth ninth tenth last next only same "
        "other another every each one two three four five several many few both all"
    )
)


_HAVE = frozenset({"has", "have", "had", "having"})
_SAME_PARTICIPLES = frozenset({"cast", "hit"})
"""Cue verbs whose past participle is the lemma: after "has" they are verbs ("Republicans have
cast her as a reckless spender", "has hit Trump for"), not nouns as in "has support"."""
_GRADING = frozenset({"more", "most", "less", "least", "very", "too"})
"""Degree words before an -ing form that make it an adjective ("more challenging")."""
_FILINGS = frozenset({"lawsuit", "lawsuits", "suit", "petition", "indictment"})
"""Filings that a company or club "called" judges ("The firm called the lawsuit
frivolous"), as it judges a claim noun; not claim nouns elsewhere ("alleged in the suit
that ...")."""
_PLACE_PREPOSITIONS = frozenset({"near", "along", "across", "over", "into", "onto", "in",
                                 "on", "at", "around", "inside", "within", "toward", "towards"})
"""Prepositions after which an "-ed" form is an adjective ("near disputed shoal")."""
_LARGE_NUMBERS = frozenset({"million", "billion", "trillion", "thousand", "hundred", "dozen"})
"""Number words after which a plural is a noun ("10 million pounds", "a dozen charges")."""
_FILLERS = frozenset({("you", "know"), ("you", "see"), ("i", "mean"), ("i", "guess")})
"""Phrases of speech that attribute nothing ("..., you know, ...")."""
_MODIFIED_HEADS = frozenset(_words(
    "ad ads advert adverts advertisement advertisements commercial commercials helicopter "
    "helicopters submarine submarines dog dogs piece pieces"
))
"""Nouns a bare cue verb modifies as a noun ("attack ad", "attack dogs", "hit piece")."""


_FILED_HEADS = frozenset(_words("suit suits claim claims"))
"""Heads of a legal action filed against a party ("filed a wrongful-death claim against") that
are no cue nouns of legal action themselves ("lawsuit" and "complaint" are, with their
modifiers read by :mod:`claimkit.extract.nominal_drafts`)."""
_FILED_MODIFIERS = re.compile(r"[a-z][a-z'-]*|\d[\d,.]*|\$")
"""A modifier between "filed a" and the filing's head: a word, a figure or "$"."""
_UNFILED_MODIFIERS = frozenset(_words(
    "insurance tax benefit benefits unemployment pension warranty refund expense expenses "
    "disability bankruptcy creditor counter and or with that which who against for "
    "of in on at to from by over about into after before than"
))
"""Words that make the filed claim no charge of wrongdoing ("an insurance claim against the
policy", "a tax claim") or that leave the filing's phrase ("filed a motion and a suit")."""


def _modified_filing(lowers: Sequence[str], index: int, phrases: PhraseIndex
                     ) -> tuple[int, CueWord] | None:
    """A filing with modifiers read as "filed a lawsuit against" (end, cue), if any.

    "filed a $5 million federal civil-rights suit against the city", "filed a wrongful-death
    claim against the hospital": the filer charges the party the action is against, as in
    "filed a lawsuit against". Not "filed an insurance claim against the policy", "could
    file a suit against", nor "filed a motion and a suit against".
    """
    if index + 2 >= len(lowers) or lowers[index + 1] not in ("a", "an") or (
        index and lowers[index - 1] in _NOT_FILED
    ) or (index > 1 and lowers[index - 2] in _FILING_MODALS):
        return None  # "could file a suit", "threatened to file a claim", "can they file"
    for head in range(index + 2, min(index + 9, len(lowers) - 1)):
        word = lowers[head]
        if word in _FILED_HEADS:
            if lowers[head + 1] != "against":
                return None
            hit = phrases.match_at((lowers[index], "a", "lawsuit", "against"), 0)
            return (head + 2, hit[1]) if hit is not None and hit[0] == 4 else None
        if word in _UNFILED_MODIFIERS or not _FILED_MODIFIERS.fullmatch(word):
            return None
    return None


_FILING_MODALS = frozenset(_words("can cannot can't could couldn't will won't would wouldn't "
                                  "may might must should shouldn't shall"))
"""Modals before "file" (or its subject): the action is possible or asked, not filed."""
_NOT_FILED = _FILING_MODALS | {"to"}
"""Words before "file" that leave the action unfiled ("could file", "threatened to file")."""
_FILING_FORMS = frozenset(inflect("file"))
"""Forms of "file", which may start a filing's phrase with modifiers."""
_VERDICT_WORDS = frozenset({"guilty", "liable", "responsible", "culpable"})
"""The verdict that closes a finding's phrase ("found guilty", "found liable")."""
_SPLIT_OBJECTS = frozenset({"it", "that", "this"})
"""Pronouns that may split a phrasal verb from its particle ("brushed that off")."""
_UNSPLIT = frozenset(inflect("wave"))
"""Verbs whose split phrasal forms reject no claim ("the referee waved it away")."""


def find_cues(
    tokens: Sequence[Token],
    lexicon: Lexicon,
    *,
    title: bool = False,
    headline: bool = False,
    lowers: Sequence[str] | None = None,
) -> list[CueMatch]:
    """Find the attribution cues of one sentence.

    Args:
        tokens: The sentence's tokens.
        lexicon: The cue lexicon.
        title: The sentence is a headline (capitalised words may be cues).
        headline: The sentence may be a headline in sentence case (a first line without a
            final stop), where a source may follow a colon ("...: report").
        lowers: The tokens' lowercase forms (:func:`claimkit.extract.segment.lowers`),
            when the caller has them already.

    Returns:
        The cues in text order, multiword phrases preferred over single words.
    """
    if lowers is None:
        lowers = _lowers(tokens)
    count = len(tokens)
    found: list[CueMatch] = []
    if _shouted(tokens):
        return found  # "ELEVEN POLICE KILLED IN CAR BOMB ATTACK": a banner, no attribution
    colon = headline_colon(tokens, lowers)
    if colon is not None:
        found.append(CueMatch(colon, colon + 1, COLON_CUE))
    elif title or headline:
        colon = trailing_colon(tokens, lowers)
        if colon is not None:
            found.append(CueMatch(colon, colon + 1, TRAILING_COLON_CUE))
    first_words = lexicon.first_words
    # one pass finds the words that can start a cue and the "in" of settings
    openers = lexicon.cue_openers
    candidates = [i for i, w in enumerate(lowers) if w in openers]
    settings = [c for c in (_setting_cue(tokens, lowers, i)
                            for i in candidates if lowers[i] == "in") if c is not None]
    taken = {c.first for c in settings}
    covered = 0
    phrase_starts = lexicon.phrases.starts
    for index in candidates:
        if index < covered or index in taken:
            continue  # inside a phrase already matched
        lower = lowers[index]
        if lower not in first_words:
            continue  # an "in" that starts no cue of this lexicon
        if lower in phrase_starts and index + 2 < len(lowers) and lowers[index + 1] in (
            _SPLIT_OBJECTS
        ):
            # "Newsom brushed that off", "waved it away": the particle after the pronoun
            split = lexicon.phrases.match_at((lower, lowers[index + 2]), 0)
            if split is not None and split[0] == 2 and split[1].frame == "reject" and (
                lower not in _UNSPLIT  # "the referee waved it away": a penalty appeal
            ):
                negation = governing_negation(lowers, index)
                found.append(CueMatch(index, index + 1, split[1], negation is not None, negation))
                covered = index + 3
                continue
        if lower in phrase_starts:
            hit = lexicon.phrases.match_at(lowers, index)
            if hit is None and lower in _FILING_FORMS:
                hit = _modified_filing(lowers, index, lexicon.phrases)
            if hit is not None and hit[1].frame == "condemn" and index > 0 and (
                lowers[index - 1] in DETERMINERS or lowers[index - 1].endswith("'s")
            ):
                hit = None  # "making the rounds on the shows": a noun, not "rounds on"
            if hit is not None and hit[1].requires is not None and not requirement_met(
                hit[1].requires, lowers, hit[0], lexicon, tokens
            ):
                hit = None  # "struck down the law", "shot down a drone": no claim taken
            if hit is not None:
                end, word = hit
                negation = governing_negation(lowers, index)
                found.append(CueMatch(
                    index, end, word, negation is not None, negation,
                    participle=lowers[index].endswith("ing"),
                    # "was found guilty of fraud": a verdict's phrase can be passive; "found
                    # guilty" with nothing between is passive even with no auxiliary (the
                    # active finds someone guilty: "Former minister found guilty, says ...")
                    passive=word.frame == "accuse" and (
                        is_passive(lowers, index, reduced=False)
                        or (lowers[end - 1] in _VERDICT_WORDS and lowers[index] == "found")
                    ),
                ))
                covered = end
                continue
        verb = lexicon.verbs.get(lower)
        noun = lexicon.nouns.get(lower)
        token = tokens[index]
        capitalised = token.text[:1].isupper()
        if capitalised and index > 0 and not title and not (
            index > 0 and tokens[index - 1].text in "\"\u201c\u2018'(:"
        ):
            continue  # "United States", "Charges Dropped" inside a sentence
        previous = lowers[index - 1] if index else ""
        after_determiner = previous in DETERMINERS or previous.endswith("'s") or previous in (
            "'", "own") or (  # "his own brand of fiction"
            lower == "accused" and previous in _ORDINALS and index > 1
            and lowers[index - 2] in DETERMINERS
        )  # "Counsel for the first accused said": the defendant, a noun
        if previous == "that" and verb is not None and lower != verb.lemma and lower.endswith(
            ("s", "ed")
        ) and index > 1 and tokens[index - 2].text[:1].isalpha():
            after_determiner = False  # "an editorial that accuses", "a report that claims"
        if previous == "earlier" and verb is not None and lower != verb.lemma and not (
            lower.endswith("s") or lowers[index - 2] in DETERMINERS
            or lowers[index - 2].endswith("'s")
        ):
            after_determiner = False  # "had earlier denied", not "the earlier alleged abuse"
        if verb is not None and lower == verb.lemma and index and quantifier_subject(
            lowers, index - 1
        ):
            after_determiner = False  # "Some say": the quantifier is the subject
        if not after_determiner and index > 1 and (
            (previous.endswith("ly") and previous not in LY_NOUNS)
            or hyphenated_modifier(previous)
            or (previous.endswith("ing") and len(previous) > 5)
        ) and lowers[index - 2] in DETERMINERS:
            # "a widely denounced tweet", "a double-barreled attack"; not "The family said"
            after_determiner = True
        if not after_determiner and index > 1 and _NUMBER.fullmatch(previous) and (
            lowers[index - 2] in DETERMINERS or lowers[index - 2].endswith("'s")
        ):  # "a 2022 dispute", "the firm's 2019 denial": a year or a count is no subject
            after_determiner = True
        if noun is not None and not after_determiner:
            # "denies US claims that", "amid Russian charges of": a noun after a governor
            for back in range(index - 1, max(-1, index - 4), -1):
                word = lowers[back]
                if word in lexicon.verbs and back == index - 1 and back > 0 and (
                    lowers[back - 1] in DETERMINERS
                ) and word not in NOUN_GOVERNORS:
                    break  # "The report claims the agency failed": the report is the subject
                if word in NOUN_GOVERNORS or word in lexicon.verbs:
                    after_determiner = True
                    break
                if not tokens[back].text[:1].isupper():
                    break
        if verb is not None and (previous, lower) in _FILLERS and (
            index + 1 >= count or lowers[index + 1] in (",", ".", "?", "!")
            or (index > 1 and tokens[index - 2].text == ",")
        ):
            verb = None  # "and, you know, we're just going to stay here": a filler
        if verb is not None and lower == verb.lemma and lowers[index + 1 : index + 2] and (
            lowers[index + 1] in _MODIFIED_HEADS
        ):
            verb = None  # "Campaign Dismisses Attack Ad as 'Desperate'": a noun's modifier
        if verb is not None and lower.endswith("s") and (
            (any(c.isdigit() for c in previous) and not previous.endswith("-old"))
            or previous in _LARGE_NUMBERS
        ):
            verb = None  # "the 9/11 attacks", "300 claims": a noun after a number; not "The
            # 41-year-old denies"
        if verb is not None and dated_channel(lowers, index):
            verb = None  # "said in a report published on Thursday": the report's date
        if verb is not None and lower.endswith("ed") and previous in _PLACE_PREPOSITIONS:
            verb = None  # "near disputed shoal", "over disputed Kashmir": an adjective
        if verb is not None and lower.endswith("s") and lower != verb.lemma and (
            verb.frame in ("condemn", "accuse") and index + 1 < count
            and lowers[index + 1] in (",", ";", ".") and previous not in _SUBJECT_PRONOUNS
        ):  # not '"...," he mocks.'
            verb = None  # "Nord Stream blasts, London says": a plural noun, with no object
        if verb is not None and verb.frame in ("condemn", "accuse") and index + 1 < count and (
            lowers[index + 1] in FINITE_BE
        ):
            verb = None  # "the 2012 Benghazi terror attack is ...": a verb that takes its party
            # as object has none; the word is the subject's noun
        if verb is not None and previous in _HAVE and (
            (lower == verb.lemma and lower not in _SAME_PARTICIPLES) or lower.endswith("ing")
        ):
            verb = None  # "has support from 52 percent", "has backing from": a noun
        if verb is not None and lower.endswith("ing") and previous in _GRADING:
            verb = None  # "More challenging to the president's argument": an adjective
        if verb is not None and not after_determiner and (lower == "fined" or requirement_met(
            verb.requires, lowers, index + 1, lexicon, tokens
        )) and not (  # "was fined $1.1bn": the past of "fine" needs no "for" to be a penalty
            lower == "states" and (
            previous in ("united", "the")
            or (index + 1 < count and lowers[index + 1] not in ("that", ":"))
            or index + 1 >= count
        )) and not (lower in NAMING_FORMS and previous in NAMED_THINGS and not (
            index + 2 < count and lowers[index + 1] in ("the", "his", "her", "their", "its")
            and (lowers[index + 2] in lexicon.claim_nouns or lowers[index + 2] in _FILINGS)
        )) and not (  # "The club called the claims lies", "The firm called the lawsuit ..."
            lower == "state" and index > 1 and tokens[index - 1].text[:1].isupper()
        ) and not (lower in ("state", "states") and previous in _ORDINALS
                   ) and not (lower == "state" and index + 1 < count
                              and lowers[index + 1] in _STATE_MODIFIED
                              ):  # "in Borno state", "the fifth state that", "state security
                                  # forces": a noun
            is_base = lower == verb.lemma
            if verb.frame == "say" and "party-of" in (verb.requires or "").split("|") and (
                requirement_met("party-of", lowers, index + 1, lexicon, tokens)
            ):  # "Police suspect the driver of drunk driving": a suspicion that names a party
                verb = _as_charge(verb)  # and a wrong charges it, as "accuse" does
            if (not is_base or base_form_ok(lowers, index, lexicon, verb)) and finite_ok(
                tokens, lowers, index, verb, lexicon
            ):
                negation = governing_negation(lowers, index)
                passive = is_passive(
                    lowers, index, reduced=verb.kind is not ClaimKind.STATEMENT
                ) or (lower == "fined" and index + 1 < count
                      and tokens[index + 1].text[:1] in CURRENCY_SIGNS
                      )  # "Thames Water fined £3.3m over sewage spill": a headline's passive
                found.append(CueMatch(
                    index, index + 1, verb, negation is not None, negation,
                    passive=passive, participle=lower.endswith("ing"), base=is_base,
                ))
                continue
        if noun is not None and not (lower == "charge" and previous == "in"):
            found.append(CueMatch(index, index + 1, noun))  # not "the executive in charge"
    if settings:
        found.extend(settings)
        found.sort(key=lambda c: c.first)
    return _outside_anonymity(found, lowers)


def _outside_anonymity(found: list[CueMatch], lowers: Sequence[str]) -> list[CueMatch]:
    """The cues outside a source's anonymity clause ("who asked not to be named").

    In "A senior official who asked not to be named said Iran had supplied the drones" the
    clause describes the source; "asked" and any cue in the clause's tail, up to the main
    verb ("said"), report nothing.
    """
    clauses = anonymity_clauses(lowers)
    if not clauses or not found:
        return found
    dropped: set[int] = set()
    for who, end in clauses:
        main = next((c.first for c in found if c.first >= end and c.word.pos == "verb"
                     and lowers[c.first - 1] != "to"), end)
        dropped.update(i for i, c in enumerate(found) if who <= c.first < main)
    return [c for i, c in enumerate(found) if i not in dropped]
