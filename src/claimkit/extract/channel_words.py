"""The words of the channel a claim is made in: "said in a statement", "in a report".

A channel phrase after a cue is the claim's setting, never its content, and a participle that
dates or places the channel ("released", "published") reports nothing of its own:
"Security forces killed 40 protesters, Human Rights Watch said in a report released on
Thursday" is Human Rights Watch's allegation, made in the report.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.segment import words as _words

CHANNEL_NOUNS = frozenset(
    _words(
        """
        statement interview speech letter post tweet email e-mail message video call news
        conference briefing rally event appearance radio television op-ed report memo filing
        filings editorial column essay book memoir article blog podcast documentary hearing
        testimony complaint lawsuit document
        """
    )
)
"""Heads of the phrase after "in", "during", "on" or "at" that names a channel ("in an
interview", "at a news conference")."""

CHANNEL_PARTICIPLES = frozenset(
    _words("published released issued posted sent filed delivered broadcast aired made given")
)
"""Participles right after a channel noun that say when, how or to whom it came out ("in a
report published on Thursday", "in an interview given to the BBC")."""


def dated_channel(lowers: Sequence[str], index: int) -> bool:
    """Whether the participle at ``index`` dates a channel named after "in".

    "said in a report published on Thursday that ...": "published" modifies "report"
    and is no cue of its own; "The group published a report" and "a report published by
    HRW alleged" are left alone (no "in" before the noun).
    """
    if index < 2 or lowers[index] not in CHANNEL_PARTICIPLES or (
        lowers[index - 1] not in CHANNEL_NOUNS
    ):
        return False
    for back in range(index - 2, max(-1, index - 6), -1):
        word = lowers[back]
        if word == "in":
            return True
        if not word.isalpha() and "-" not in word:
            return False  # punctuation or a number: another phrase
    return False
