"""Another party's falsehoods: a noun of falsity that belongs to someone else charges them.

"Clinton's most infamous statements and lies", "the lie that Ted's campaign is built on",
"the lies that he told": the lies are another party's, which the kind stage reads as a charge
of deceit (``falsity-of-another`` in :mod:`claimkit.extract.denial_content`), not as a claim
judged false ("that is a lie", "it was a lie that the army shelled the town").
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.kind_grammar import _BE
from claimkit.extract.segment import words as _words

__all__ = ["anothers_falsehood"]

_FALSITY_NOUNS = frozenset(
    _words("lie lies falsehood falsehoods fabrication fabrications distortion distortions "
           "smears propaganda misinformation disinformation")
)
"""Falsity words that are nouns for what a party said ("his lies"), not judgements."""
_NOT_POSSESSORS = frozenset(
    _words("it's that's what's there's here's let's he's she's who's one's")
)


def anothers_falsehood(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the falsity match ``words[start:end]`` is a noun for another party's lies.

    Example:
        >>> anothers_falsehood("this is the lie that ted's campaign is built on".split(), 3, 4)
        True
        >>> anothers_falsehood("it was a lie that the army shelled the town".split(), 3, 4)
        False
    """
    return end - start == 1 and words[start] in _FALSITY_NOUNS and (
        _possessed(words, start) or _told_by_another(words, end)
    )


def _possessed(words: Sequence[str], index: int) -> bool:
    """Whether a noun belongs to another party's phrase: "Clinton's lies", "his lies".

    Adjectives and a coordinated noun may come between ("Clinton's most infamous
    statements and lies"); the speaker's own ("my lies") is not another party's.
    """
    for back in range(index - 1, max(-1, index - 6), -1):
        word = words[back]
        if word in ("his", "her", "their") or (
            word.endswith(("'s", "\u2019s")) and word not in _NOT_POSSESSORS
            and word.replace("\u2019", "'") not in _NOT_POSSESSORS
        ):
            return True
        if word in _BE or word in ("that", "my", "our", ",", "of", "to", "be"):
            return False
    return False


def _told_by_another(words: Sequence[str], after: int) -> bool:
    """Whether a relative clause after a falsity noun gives it to another party.

    "the lie that Ted's campaign is built on", "the lies that he told"; not "the lie that
    we spread" (the speaker's own), nor "a lie that the election was stolen" (what the lie
    says, read by the other rules).
    """
    if after >= len(words) or words[after] not in ("that", "which"):
        return False
    clause = words[after + 1 : after + 4]
    if any(w.endswith(("'s", "\u2019s")) and w not in _NOT_POSSESSORS for w in clause[:2]):
        return True
    return len(clause) >= 2 and clause[0] in _THIRD_PARTIES and clause[1] in _TELLING


_THIRD_PARTIES = frozenset(_words("he she they"))
_TELLING = frozenset(_words("told tells tell spread spreads peddled peddles repeated repeats "
                            "pushed pushes invented invents"))
"""Verbs of telling a lie ("the lies that he told")."""
