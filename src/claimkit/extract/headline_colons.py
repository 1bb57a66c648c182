"""Colons that attribute a headline: "John McCain: ..." and "...: report".

A short capitalised name before a colon at a sentence's start speaks what follows it
("Limbaugh: CNN 'Flat-Out Irresponsible'"), unless it is a label ("WATCH:", "The Latest:");
one to four words after a colon at a headline's end name its source ("Lenovo to buy
BlackBerry: report"). :func:`claimkit.extract.cues.find_cues` turns either colon into a cue.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.roles import role_lexicon
from claimkit.extract.segment import Token
from claimkit.extract.segment import words as _words

__all__ = ["headline_colon", "trailing_colon"]


_NAME_GLUE = frozenset(_words("of the for and camp campaign spokesman spokeswoman aide aides"))


def headline_colon(tokens: Sequence[Token], lowers: Sequence[str]) -> int | None:
    """The index of a colon after a short sentence-initial name ("John McCain: ...").

    A label before it ("RELATED: Limbaugh: CNN 'Irresponsible'") is passed over.
    """
    start = 0
    if len(tokens) > 4 and lowers[0] in _NOT_SOURCE_START and tokens[1].text == ":":
        start = 2
    if ":" not in lowers[start + 1 : min(start + 7, len(tokens) - 1)]:
        return None  # the loop below would find no colon either
    for index in range(start + 1, min(start + 7, len(tokens) - 1)):
        if tokens[index].text == ":":
            if sum(1 for t in tokens[index + 1 :] if t.text[:1].isalpha()) < 3:
                return None  # "Clinton: 1,769." is a tally, not a quotation
            before = tokens[start:index]
            if all(
                t.text[:1].isupper() or lowers[start + i] in _NAME_GLUE
                or t.text in ("'", "\u2019", ".")
                or (  # "Former AG Mukasey at RNC: ...", "Clinton to Planned Parenthood: ..."
                    lowers[start + i] in ("at", "in", "on", "to") and 0 < i < len(before) - 1
                    and before[i + 1].text[:1].isupper()
                )
                or (  # "Army chief: ...", "Opposition leader: ...": a role ends the speaker
                    i == len(before) - 1 and i > 0
                    and (lowers[start + i],) in role_lexicon().person_heads
                )
                for i, t in enumerate(before)
            ) and tokens[start].text[:1].isupper() and not _label(lowers[start:index]) and (
                lowers[start] != "according"  # "According to HuffPo: ..." is an "according to"
            ):
                return index
            return None
        if not tokens[index].text[:1].isalnum() and tokens[index].text not in ("'", "\u2019",
                                                                               ".", "-"):
            return None
    return None


def _label(words: Sequence[str]) -> bool:
    """Whether the words before a headline colon are a label, not a speaker.

    A label holds a word of ``_NOT_SOURCE_START`` ("WATCH:", "The Latest:", "Editor's
    note:"); "Watch" that ends a longer name names a group ("Human Rights Watch:").
    """
    named = words[:-1] if len(words) > 1 and words[-1] == "watch" else words
    return not _NOT_SOURCE_START.isdisjoint(named)


def trailing_colon(tokens: Sequence[Token], lowers: Sequence[str]) -> int | None:
    """The colon of a headline whose source comes last ("Lenovo to buy BlackBerry: report").

    The words after the colon are one to four, a name or a word for a source document.
    """
    end = len(tokens)
    while end > 0 and tokens[end - 1].text in (".", "!", "?"):
        end -= 1
    for index in range(max(3, end - 5), end - 1):
        if tokens[index].text == ":":
            after = [t for t in tokens[index + 1 : end]]
            words = lowers[index + 1 : end]
            if all(t.text[:1].isupper() or t.text in (".", "&", "'", "\u2019") for t in after) or (
                words[-1] in _TRAILING_SOURCES
            ):
                return index
            return None
    return None


_TRAILING_SOURCES = frozenset(
    _words("report reports sources source study poll survey media officials official police")
)

_NOT_SOURCE_START = frozenset(
    _words(
        """
        remember consider imagine fact reality truth lesson hint tip spoiler warning boom wow
        whoa bombshell shocking
        update editor editor's note watch read photo video related breaking question answer
        latest live exclusive analysis opinion review interview transcript in out
        chapter part episode day q a bonus correction clarification
        """
    )
)
