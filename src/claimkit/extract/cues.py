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
("US allegations of ...").

The lexicon's types (:class:`~claimkit.lexicon.CueWord`,
:class:`~claimkit.lexicon.EvidencePhrase`, :class:`~claimkit.lexicon.HedgePhrase`,
:func:`~claimkit.lexicon.inflect`) live in :mod:`claimkit.lexicon` and the lexicon
itself in :mod:`claimkit.extract.cue_lexicon`; both are importable from here too.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from claimkit.extract.cue_lexicon import WORD as _WORD
from claimkit.extract.cue_lexicon import Lexicon, PhraseIndex, load_lexicon
from claimkit.extract.segment import Token
from claimkit.extract.segment import lowers as _lowers
from claimkit.extract.segment import words as _words
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
    "COMMITMENTS",
    "FRAMES",
    "CueMatch",
    "COLON_CUE",
    "IN_SOURCE_CUE",
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

DETERMINERS = frozenset(
    _words(
    """
    the a an this that these those his her its their our my your whose such any no some
    every each another other recent earlier new latest repeated
    """
)
)
AUXILIARIES = frozenset(
    _words(
    """
    has have had having is are was were be been being will would shall should can could may
    might must do does did also then later again still repeatedly previously already once
    since publicly privately flatly strongly firmly openly quickly immediately further
    recently reportedly allegedly initially subsequently often frequently consistently
    vehemently angrily explicitly directly simply just even only long not never n't
    """
)
)
NEGATIONS = frozenset({"not", "never", "n't", "no", "neither", "nor"})
_REFUSAL = frozenset({"refused", "refuses", "refuse", "declined", "declines", "decline",
                      "failed", "fails", "fail", "won't", "wouldn't"})
_PASSIVE_AUX = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "got"})
_MODALS = frozenset(_words(
    """
    to will would shall should can could may might must do does did don't doesn't didn't
    won't wouldn't can't couldn't not never i we you they also
    """
))


_NOUN_GOVERNORS = frozenset(
    _words(
    """
    of about over against despite amid amidst following after before to with on from by
    denied denies deny denying rejected rejects dismissed dismisses
    """
)
)
_PARTICIPLE_ENDS = ("ed", "en", "wn")
_IRREGULAR_PARTICIPLES = frozenset({"told", "said", "found", "thought", "known", "felt", "shown"})


def _is_passive(lowers: Sequence[str], index: int) -> bool:
    word = lowers[index]
    if not (word.endswith(_PARTICIPLE_ENDS) or word in _IRREGULAR_PARTICIPLES):
        return False
    if index + 1 < len(lowers) and lowers[index + 1] == "by" and index > 0 and (
        lowers[index - 1] in ("as", ",", "first", "originally", "initially", "previously")
    ):
        return True  # "as first reported by the New York Times"
    back = index - 1
    while back >= 0 and index - back <= 4:
        if lowers[back] in _PASSIVE_AUX:
            return True
        if lowers[back] not in AUXILIARIES and not lowers[back].endswith("ly"):
            return False
        back -= 1
    return False


def _is_negation(lower: str) -> bool:
    return lower in NEGATIONS or lower.endswith("n't")


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


def _after_quote(lowers: Sequence[str], start: int) -> bool:
    """Whether a cue follows a closing quotation and a short speaker ("“...,” Smith wrote")."""
    for back in range(start - 1, max(-1, start - 8), -1):
        word = lowers[back]
        if word in ("\u201d", '"', "''"):
            return True
        if word in _NOT_SUBJECT or word in ("to", "according", ";", ":"):
            return False
    return False


def _requirement_met(
    requires: str | None, lowers: Sequence[str], end: int, lexicon: Lexicon,
    tokens: Sequence[Token] | None = None,
) -> bool:
    if requires is None:
        return True
    if "|" in requires:
        return any(_requirement_met(r, lowers, end, lexicon, tokens)
                   for r in requires.split("|"))
    start = end - 1
    if requires == "to":
        return "to" in lowers[end : end + 5]  # intentions are never inverted: "plans to"
    if start > 0 and lowers[start - 1] in (",", "\u201d", '"', "'", "''"):
        return True  # inverted: "..., wrote Smith", "“...,” he thought"
    window = lowers[end : end + 10]
    if _after_quote(lowers, start) or (
        (not window or window[0] in (".", ",", "!", "?", ";"))
        and "," in lowers[max(0, start - 7) : start]
    ):
        return True  # trailing: "“...,” he continued.", "“...,” she wrote in an email."
    if requires == "object":
        return bool(window) and (window[0][:1].isalpha() or window[0] in _QUOTE_OPENERS) and (
            window[0] not in ("for", "on", "off", "up", "in", "out", "back", "to"))
    if requires == "that" and any(w in _EVIDENCE_SUBJECTS for w in lowers[max(0, start - 4):start]):
        return True  # "a June poll found Trump receiving 20 percent"
    if requires == "that" and window and window[0] in _FINDING_SUBJECTS and (
        lowers[start] in _FINDING_FORMS
    ):
        return True  # "records showed she was fit for duty": a clause without "that"
    if requires == "that" and window and lowers[start] in _COGNITION_FORMS and (
        window[0] in _CLAUSE_OPENERS
        or (tokens is not None and lowers[start] in _OPINION_FORMS
            and tokens[end].text[:1].isupper() and len(window) > 1
            and window[1] not in (".", ",", ";", "!", "?"))
    ):
        return True  # "I think his comment is correct", "voters think Clinton is": no "that"
    if requires == "speech":
        return bool(window) and (window[0] in (",", ":", "\u201c", '"', "''")
                                 or window[0] in _QUOTE_OPENERS or "that" in window[:6]
                                 or window[0] in ("they", "he", "she", "it", "we", "i"))
    if requires == "claim":
        return any(w in lexicon.claim_nouns or w in ("it", "this", "that", "them")
                   for w in window[:4])
    return requires in window


_EVIDENCE_SUBJECTS = frozenset(
    _words(
        """
        poll polls survey surveys study studies report reports analysis data figures
        research audit review investigation census count tally results documents records
        emails e-mails video videos footage images photos photographs numbers polling
        estimates projections filings transcripts transcript memo memos letters
        """
    )
)
_CLAUSE_OPENERS = frozenset(
    _words(
        """
        i you he she it we they the this these those his her their our my there a an some
        most many all no every each nobody everyone everybody someone something nothing
        """
    )
)
_OPINION_FORMS = frozenset(
    _words("think thinks thought believe believes believed feel feels felt")
)
"""Cognition verbs whose clause may start with a name ("voters think Clinton is ...")."""
_COGNITION_FORMS = frozenset(
    _words(
        """
        think thinks thought believe believes believed know knows knew feel feels felt
        suppose supposes supposed guess guesses guessed
        """
    )
)
_FINDING_SUBJECTS = frozenset(_words("he she they we i there"))
_FINDING_FORMS = frozenset(
    _words(
        """
        show shows showed shown showing find finds found learn learns learned learnt
        discover discovers discovered realize realizes realized realise realises realised
        """
    )
)
_NAMING_FORMS = frozenset(_words("called named dubbed titled labeled labelled branded"))
_NAMED_THINGS = frozenset(
    _words(
        """
        group groups organization organisation party movement program programme plan bill
        book film movie show website site app company firm fund initiative operation project
        event move policy law town village city place area region network page account tool
        system document series song album game drug technique thing something so-called
        committee coalition caucus conference club foundation institute center centre
        """
    )
)
_QUOTE_OPENERS = frozenset({"\u201c", '"', "''", "'", "\u2018"})
_NOT_SUBJECT = frozenset(
    _words(
        """
        of in on at for with by from about as into over under after before than between
        is are was were be been being am 's
        """
    )
)


_PREPOSITIONS = frozenset(
    _words("of in on at for with from about into over under than between among per across")
)
_NUMBER_WORDS = frozenset(
    _words("two three four five six seven eight nine ten dozens hundreds thousands millions")
)
_SUBJECT_PRONOUNS = frozenset(_words("i you he she it we they who which that one"))
_NOUN_LIKE_FORMS = frozenset(
    _words(
        """
        comments remarks reports calls claims charges thanks states promises estimates
        tweets signals questions answers fears hopes doubts notes demands pledges posts
        warnings threats shows finds views words comment remark report call claim charge
        state promise estimate tweet signal question answer fear hope doubt note demand
        pledge post show find view word support
        """
    )
)
_COGNITIVE = frozenset(
    _words("believe think know want hope expect fear worry doubt wonder feel prefer")
)


_ADJECTIVE_CONTEXT = frozenset(_words("and or both include includes including among"))


_QUANTITIES = frozenset(_words("majority minority half third quarter most many few some"))


def _finite_ok(tokens: Sequence[Token], lowers: Sequence[str], index: int, verb: CueWord) -> bool:
    """Whether a present-tense or base form has a plausible subject before it.

    "in states that", "38 percent support", "a phone call" are nouns; "Clinton says",
    "officials say", "the report states" are verbs.
    """
    word = lowers[index]
    if word.endswith("ed") and index > 0 and (
        lowers[index - 1][:1].isdigit() or lowers[index - 1] in _NUMBER_WORDS
        or lowers[index - 1] in ("the", "a", "an", "their", "his", "her", "its", "our")
    ):
        return False  # "500 pledged delegates", "the reported talks"
    if word.endswith("ed") and index > 0 and index + 1 < len(lowers) and (
        lowers[index - 1] in _ADJECTIVE_CONTEXT or lowers[index - 1] in _PREPOSITIONS
    ) and lowers[index + 1].endswith("s") and lowers[index + 1].isalpha() and (
        tokens[index + 1].text.islower() and lowers[index + 1] not in _SUBJECT_PRONOUNS
    ):
        return False  # "of pledged delegates", "include pledged delegates"
    if word.endswith(("ing", "ed")) or (word != verb.lemma and not word.endswith("s")):
        return True
    back = index - 1
    while back >= 0 and (lowers[back] in AUXILIARIES or (lowers[back].endswith("ly")
                                                       and len(lowers[back]) > 4)):
        back -= 1
    if back < 0:
        return True
    previous = lowers[back]
    if previous in _PREPOSITIONS or previous in DETERMINERS:
        return False
    if previous in _EVIDENCE_SUBJECTS and word != "support":
        return True  # "one poll shows", "the data shows"
    if previous == "to":
        # an infinitive is a cue of its own only for speech: "declined to say"
        return verb.frame not in ("condemn",) and verb.lemma not in _COGNITIVE
    if word not in _NOUN_LIKE_FORMS:
        return True
    if tokens[back].text[:1].isupper() or previous in _SUBJECT_PRONOUNS or previous in (",", ")"):
        return True
    if word == "support" and index + 1 < len(lowers) and (
        tokens[index + 1].text[:1].isupper() or lowers[index + 1] in ("a", "an", "the")
    ) and (previous.endswith(("s", "percent")) or previous in _QUANTITIES):
        return True  # "most voters support a ban", "19 percent support Clinton"
    if previous.endswith("s") and previous.isalpha() and word != "support":
        return True  # "FEC records show", "polls show"
    if previous[:1].isdigit() or previous in _NUMBER_WORDS:
        return word != "support"  # "38 percent support" is a noun
    # "the report states": determiner, noun, verb; not "in his opening remarks"
    return back > 0 and lowers[back - 1] in DETERMINERS and previous not in _PREPOSITIONS and (
        back < 2 or lowers[back - 2] not in _PREPOSITIONS)


_INVERTED_SPEAKERS = frozenset(
    _words("some many most others critics experts analysts officials observers the")
)
"""Words that open a plural speaker after an inverted base form ("..., say some Democrats")."""


def _base_form_ok(
    lowers: Sequence[str], index: int, lexicon: Lexicon, verb: CueWord | None = None
) -> bool:
    """Whether a bare base form ("say", "deny") is a verb here: after a subject or modal.

    Forms that are also cue nouns ("report", "claim", "promise") need a pronoun, a
    modal or "to" before them; the others ("say", "think") only need the word before
    not to be a determiner, preposition or form of "be".
    """
    back = index - 1
    while back >= 0 and (
        (lowers[back].endswith("ly") and len(lowers[back]) > 4)
        or lowers[back] in ("and", "also", "firmly", "strongly", "flatly", "categorically")
        or (lowers[back] in lexicon.verbs and back < index - 1)
    ):
        back -= 1
    if back < 0:
        return True
    previous = lowers[back]
    if previous in _MODALS or (previous.endswith("s") and previous.isalpha()):
        return True
    if lowers[index] in lexicon.nouns:
        return False
    if previous == "," and verb is not None and verb.frame == "say" and (
        index + 1 < len(lowers) and lowers[index + 1][:1].isalnum()
        and ("," in lowers[max(0, back - 12):back] or lowers[index + 1] in _INVERTED_SPEAKERS)
    ):
        return True  # "Economists, like their rivals, say ...", "..., say some Democrats"
    return previous not in DETERMINERS and previous not in _NOT_SUBJECT and (
        previous[:1].isalnum()
    )


def _governing_negation(lowers: Sequence[str], first: int) -> int | None:
    """The index of a negation in the auxiliaries just before token ``first``."""
    index = first - 1
    steps = 0
    while index >= 0 and steps < 4:
        word = lowers[index]
        if _is_negation(word):
            return index
        if word == "to" and index > 0 and lowers[index - 1] in _REFUSAL:
            return index - 1
        if word not in AUXILIARIES and word != "to":
            return None
        index -= 1
        steps += 1
    return None




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
    for first in words.intersection(lexicon.phrase_words):
        if any(needed <= words for needed in lexicon.phrase_words[first]):
            return True  # every word of a multiword cue is there
    return False


COLON_CUE = CueWord(lemma=":", kind=ClaimKind.STATEMENT, pos="phrase", frame="say")
"""The colon of a headline attribution ("Graham: Trump's rhetoric is destroying the GOP")."""

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

_NAME_GLUE = frozenset(_words("of the for and camp campaign spokesman spokeswoman aide aides"))


def _headline_colon(tokens: Sequence[Token], lowers: Sequence[str]) -> int | None:
    """The index of a colon after a short sentence-initial name ("John McCain: ...")."""
    if ":" not in lowers[1 : min(7, len(tokens) - 1)]:
        return None  # the loop below would find no colon either
    for index in range(1, min(7, len(tokens) - 1)):
        if tokens[index].text == ":":
            if sum(1 for t in tokens[index + 1 :] if t.text[:1].isalpha()) < 3:
                return None  # "Clinton: 1,769." is a tally, not a quotation
            before = tokens[:index]
            if all(
                t.text[:1].isupper() or lowers[i] in _NAME_GLUE or t.text in ("'", "\u2019", ".")
                for i, t in enumerate(before)
            ) and tokens[0].text[:1].isupper() and _NOT_SOURCE_START.isdisjoint(lowers[:index]):
                return index
            return None
        if not tokens[index].text[:1].isalnum() and tokens[index].text not in ("'", "\u2019",
                                                                               ".", "-"):
            return None
    return None


_NOT_SOURCE_START = frozenset(
    _words(
        """
        update editor editor's note watch read photo video related breaking question answer
        latest live exclusive analysis opinion review interview transcript in out
        chapter part episode day q a bonus correction clarification
        """
    )
)


def find_cues(
    tokens: Sequence[Token],
    lexicon: Lexicon,
    *,
    title: bool = False,
    lowers: Sequence[str] | None = None,
) -> list[CueMatch]:
    """Find the attribution cues of one sentence.

    Args:
        tokens: The sentence's tokens.
        lexicon: The cue lexicon.
        title: The sentence is a headline (capitalised words may be cues).
        lowers: The tokens' lowercase forms (:func:`claimkit.extract.segment.lowers`),
            when the caller has them already.

    Returns:
        The cues in text order, multiword phrases preferred over single words.
    """
    if lowers is None:
        lowers = _lowers(tokens)
    count = len(tokens)
    found: list[CueMatch] = []
    colon = _headline_colon(tokens, lowers)
    if colon is not None:
        found.append(CueMatch(colon, colon + 1, COLON_CUE))
    first_words = lexicon.first_words
    # one pass finds the words that can start a cue and the "in" of settings
    candidates = [i for i, w in enumerate(lowers) if w in first_words or w == "in"]
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
        if lower in phrase_starts:
            hit = lexicon.phrases.match_at(lowers, index)
            if hit is not None:
                end, word = hit
                negation = _governing_negation(lowers, index)
                found.append(CueMatch(index, end, word, negation is not None, negation,
                                      participle=lowers[index].endswith("ing")))
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
        after_determiner = previous in DETERMINERS or previous.endswith("'s") or previous == "'"
        if noun is not None and not after_determiner:
            # "denies US claims that", "amid Russian charges of": a noun after a governor
            for back in range(index - 1, max(-1, index - 4), -1):
                word = lowers[back]
                if word in _NOUN_GOVERNORS or word in lexicon.verbs:
                    after_determiner = True
                    break
                if not tokens[back].text[:1].isupper():
                    break
        if verb is not None and not after_determiner and _requirement_met(
            verb.requires, lowers, index + 1, lexicon, tokens
        ) and not (lower == "states" and (
            previous in ("united", "the")
            or (index + 1 < count and lowers[index + 1] not in ("that", ":"))
            or index + 1 >= count
        )) and not (lower in _NAMING_FORMS and previous in _NAMED_THINGS):
            is_base = lower == verb.lemma
            if (not is_base or _base_form_ok(lowers, index, lexicon, verb)) and _finite_ok(
                tokens, lowers, index, verb
            ):
                negation = _governing_negation(lowers, index)
                passive = _is_passive(lowers, index)
                found.append(CueMatch(
                    index, index + 1, verb, negation is not None, negation,
                    passive=passive, participle=lower.endswith("ing"), base=is_base,
                ))
                continue
        if noun is not None:
            found.append(CueMatch(index, index + 1, noun))
    if settings:
        found.extend(settings)
        found.sort(key=lambda c: c.first)
    return found
