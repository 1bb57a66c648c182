"""Single quotation marks read as quotations: "‘It is a lie,’ the minister said".

British, Irish, Australian and Indian newspapers quote with single marks, which are also
apostrophes ("don’t", "the players’ union", "the ‘90s"). The extractor's stages read
double marks as quotations; :func:`pair_single_quotes` gives them a copy of the text, of
the same length, in which only the single marks that open and close a quotation are made
double, so that every offset into it is an offset into the original text.
"""

from __future__ import annotations

import re

__all__ = ["pair_single_quotes"]

_OPENING = {"\u2018": "\u201c", "'": '"'}
_CLOSING = {"\u2019": "\u201d", "'": '"'}
_BEFORE_OPENING = frozenset(" \t\n([\u2014\u2013-:\u201c\"")
"""Characters a quotation's opening mark follows (or it opens the text)."""
_BEFORE_CLOSING = frozenset(",.!?\u2026")
"""Punctuation that closes the words inside a quotation, right before its closing mark."""
_AFTER_CLOSING = frozenset(" \t\n,.;:!?)\u2014\u2013\u201d\"")
"""Characters a quotation's closing mark comes before (or it ends the text)."""
_DOUBLE = frozenset('"\u201c\u201d')
"""Double quotation marks, inside which single marks quote within the quotation."""
_MARKS = re.compile("''|['\u2018\u201c\u201d\"\n]")
"""The marks the scan looks at: single marks, double marks (one or two apostrophes) and
line ends, which close every quotation."""
_CLOSER = re.compile("['\u2019]")
_STRAIGHT_CLOSER = re.compile("'")
_REACH = 1500
"""How far (characters) a closing mark is looked for, within the opening's paragraph."""


def pair_single_quotes(text: str) -> str:
    """The text with the single marks that quote made double, every offset kept.

    An opening mark follows a space, a bracket, a dash or a colon (or opens the text) and
    comes right before a letter; its closing mark is the first, in the same paragraph,
    that follows a letter or the punctuation ending the quoted words and comes before a
    space, punctuation or the end. A mark after an "s" and before a lowercase word is an
    apostrophe ("the players’ union"). Marks inside a double-quoted quotation, where they
    quote within it ("“He said, ‘no,’” she recalled"), and marks with no partner stay as
    they are.

    Example:
        >>> pair_single_quotes("‘It is a lie,’ the minister’s aide said.")
        '“It is a lie,” the minister’s aide said.'
        >>> pair_single_quotes("In the ‘90s the players’ union didn't exist.")
        "In the ‘90s the players’ union didn't exist."
    """
    if "\u2018" not in text and "'" not in text:
        return text
    chars: list[str] | None = None
    double = False  # inside a double-quoted quotation: its single marks nest, keep them
    resume = 0
    for found in _MARKS.finditer(text):
        index = found.start()
        if index < resume:
            continue  # inside a quotation already paired
        mark = found.group()
        if mark == "''":
            double = not double  # two apostrophes: a double mark in some newspapers
            continue
        if mark in _DOUBLE or mark == "\n":
            double = mark == "\u201c" or (mark == '"' and not double)
            continue
        if double or mark not in _OPENING or not _opens(text, index):
            continue
        close = _closing(text, index, mark)
        if close is None:
            continue
        if chars is None:
            chars = list(text)
        chars[index] = _OPENING[mark]
        chars[close] = _CLOSING[text[close]]
        resume = close + 1
    return text if chars is None else "".join(chars)


def _opens(text: str, index: int) -> bool:
    return (index == 0 or text[index - 1] in _BEFORE_OPENING) and (
        index + 1 < len(text) and text[index + 1].isalpha()
    )


def _closing(text: str, opening: int, mark: str) -> int | None:
    """The index of the mark that closes the quotation opened at ``opening``, if any."""
    end = text.find("\n", opening)
    end = min(len(text), opening + _REACH) if end < 0 else min(end, opening + _REACH)
    closers = _STRAIGHT_CLOSER if mark == "'" else _CLOSER
    for found in closers.finditer(text, opening + 2, end):
        index = found.start()
        before, after = text[index - 1], text[index + 1] if index + 1 < len(text) else " "
        if after not in _AFTER_CLOSING:
            continue  # "don’t", "Trump’s": an apostrophe inside a word
        if before in _BEFORE_CLOSING:
            return index
        if not before.isalpha():
            continue
        if before in "sS" and after == " " and text[index + 2 : index + 3].islower():
            continue  # "the players’ union": a plural's possessive
        return index
    return None
