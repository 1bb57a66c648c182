"""Wrongs named with no one charged: a topic discussed, a use permitted.

"She had received a briefing on the death threats against judges" and "the loans could be
used for personal purposes" name a wrong without saying anyone did it. Part of the kind
stage's check for wrongs named of no one (:mod:`claimkit.extract.allegation_content`).
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.segment import words as _words

__all__ = ["discussed", "permitted_use"]


def discussed(words: Sequence[str], start: int) -> bool:
    """Whether the wrong at ``start`` is the topic of a meeting, a talk or a work.

    "had received a briefing on the death threats against judges", "attended a conference
    on corruption": a subject discussed, no one charged.

    Example:
        >>> discussed("attended a conference on corruption".split(), 4)
        True
        >>> discussed("he spoke about corruption".split(), 3)
        False
    """
    back = start - 1
    while back > 0 and start - back <= 3 and words[back] in _TOPIC_FILLERS:
        back -= 1  # "on the recent death threats"
    return back > 0 and words[back] in ("on", "about") and words[back - 1] in _TOPIC_NOUNS


_TOPIC_FILLERS = frozenset(_words("the a an recent latest alleged reported"))
_TOPIC_NOUNS = frozenset(_words("""
    briefing briefings conference conferences seminar seminars workshop workshops lecture
    lectures debate debates discussion discussions talk talks meeting meetings summit course
    courses training session sessions panel panels documentary documentaries film films book
    books exhibition class classes forum forums symposium webinar podcast
"""))
"""Nouns of a meeting, a talk or a work, whose topic ("a briefing on ...") charges no one."""


def permitted_use(words: Sequence[str], start: int) -> bool:
    """Whether the wrong at ``start`` is a use something can be put to, not one it was put to.

    "the loans could be used for personal purposes such as weddings": a permission or a
    possibility ("can", "could", "may", "might" with "be" and a participle right before).

    Example:
        >>> permitted_use("the loans could be used for personal purposes".split(), 5)
        True
        >>> permitted_use("the money could have been used for personal gain".split(), 6)
        False
    """
    return start >= 3 and words[start - 3] in _POSSIBLE and words[start - 2] == "be" and (
        words[start - 1].endswith("ed") or words[start - 1] in ("spent", "put")
    )


_POSSIBLE = frozenset(_words("can could may might cannot can't"))
