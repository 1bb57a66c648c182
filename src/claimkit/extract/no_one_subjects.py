"""Subjects that no one fills: "no reasonable prosecutor would bring charges".

A cue whose subject opens with "no", "nobody" or "none" reports no one's claim ("No one
has accused him", "None of his rivals attacked him"); the cue grammar's negation check
(:func:`claimkit.extract.cue_grammar.governing_negation`) asks this module for such a "no".
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.segment import words as _words

__all__ = ["no_one_subject"]


_NOBODY = frozenset(_words("nobody none"))
_NO_IDIOMS = frozenset(_words("wonder doubt matter surprise question"))
"""Words after "no" that make an aside, not a subject: "No wonder critics accused him"."""
_NO_SUBJECT_OPENERS = frozenset(_words("that , and but because since if when while as ; :"))


def no_one_subject(lowers: Sequence[str], last: int) -> int | None:
    """The "no" of a subject ending at ``last`` that no one fills ("no reasonable prosecutor").

    "no reasonable prosecutor would bring charges against them", "No one has accused him":
    nobody acts. Not "a lawyer with no experience accused him" (the "no" is inside a
    phrase after a preposition).
    """
    for index in range(last, max(-1, last - 4), -1):
        word = lowers[index]
        if not word[:1].isalpha():
            return None
        if word in _NOBODY or (word == "no" and lowers[index + 1] not in _NO_IDIOMS):
            opener = lowers[index - 1] if index > 0 else ","
            return index if opener in _NO_SUBJECT_OPENERS else None
    return None
