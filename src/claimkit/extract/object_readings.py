"""What a cue verb's object says about the claim it makes.

A wrong named bare after a verb of condemning is a stance, not a charge ("condemned racism
in all its forms"); a participle after a filing addressed to a body is the filer's charge
("filed a complaint with the labour board accusing ..."); a claim that asks for money or a
right is a petition, which an institution may turn down without denying any charge ("an
insurance claim that the insurer denied").
"""

from __future__ import annotations

from claimkit.extract.cues import CueMatch
from claimkit.extract.segment import words as _words
from claimkit.extract.sentence_view import SentenceView

__all__ = ["addressed_filing", "condemned_scourge", "petition_claim"]


def condemned_scourge(view: SentenceView, cue: CueMatch, after: int) -> bool:
    """Whether a verb of condemning has a wrong named bare, with no one who did it.

    "condemned racism in all its forms", "talking about terrorism": a stance, which charges
    no one; "corruption in the ruling party", "violence against protesters by police" do.
    """
    return cue.frame == "condemn" and after < view.size and view.lowers[after] in _SCOURGES and (
        not _AGENT_MARKS.intersection(_clause_words(view, after + 1, after + 9))
    ) and not (
        after + 2 < view.size and view.lowers[after + 1] in ("in", "within", "among", "at")
        and view.lowers[after + 2] not in ("all", "any", "every")
    )


def _clause_words(view: SentenceView, start: int, end: int) -> list[str]:
    """The lowercase words from ``start`` up to ``end`` or the first punctuation mark."""
    words = []
    for index in range(start, min(end, view.size)):
        if not view.is_word(index):
            break
        words.append(view.lowers[index])
    return words


_SCOURGES = frozenset(_words("""
    racism violence terrorism corruption discrimination hatred hate antisemitism anti-semitism
    islamophobia extremism abuse harassment bullying sexism homophobia xenophobia vandalism
    bigotry intolerance misogyny
"""))
"""Wrongs that, named bare after "condemned", are a stance, not a charge against anyone."""
_AGENT_MARKS = frozenset({"by", "from", "of", "committed", "perpetrated", "against", "under"})
"""Words after a wrong that name who did it ("violence by police")."""
_FILING_PREPOSITIONS = frozenset({"with", "to", "in", "before", "at", "against"})
_FILING_VERBS = frozenset(_words("""
    file files filed filing lodge lodges lodged lodging send sends sent sending submit submits
    submitted submitting write writes wrote writing bring brings brought bringing
"""))
_FILINGS = frozenset({"complaint", "complaints", "lawsuit", "suit", "petition", "letter",
                      "claim", "case", "motion", "appeal", "application", "report"})


def addressed_filing(view: SentenceView, first: int) -> bool:
    """Whether a participle follows a filing and the body it went to or against.

    "The union filed a complaint with the labour board accusing ...", "sent a letter to
    the ministry accusing ...", "a suit in the High Court alleging ...": the filing
    charges, and its filer speaks.
    """
    for prep in range(first - 2, max(0, first - 8), -1):
        if not view.is_word(prep):
            return False
        if view.lowers[prep] in _FILING_PREPOSITIONS:
            if prep < 1 or view.lowers[prep - 1] not in _FILINGS:
                return False
            # filed by the speaker: "filed a complaint", "sent a letter", "lodged an appeal";
            # not "dismissed a report in the Guardian alleging ...", "is fighting a lawsuit"
            return any(view.lowers[i] in _FILING_VERBS for i in range(max(0, prep - 8), prep - 1))
    return False


_PETITIONS = frozenset(_words("""
    insurance asylum compensation damages pay benefit benefits expenses injury warranty refund
    pension tax visa patent trademark copyright title land wage wages
"""))
"""Words before "claim" that make it a demand for money or a right, not an allegation."""


def petition_claim(view: SentenceView, index: int) -> bool:
    """Whether the claim noun at ``index`` is a demand or a filing, not an allegation.

    "She filed an insurance claim that the insurer denied", "an asylum claim the Home
    Office rejected": an institution turning down a request denies no charge.
    """
    before = view.lowers[max(0, index - 3) : index]
    return not _PETITIONS.isdisjoint(before) or not _FILING_VERBS.isdisjoint(before)
