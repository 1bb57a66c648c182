"""Anonymity clauses: the relative clause by which a source withholds its name.

Wire copy sets an unnamed source's terms in a relative clause on the source itself: "A
senior official who asked not to be named said Iran had supplied the drones", "A U.S.
official who spoke on condition of anonymity to discuss intelligence findings said ...",
"Two security sources, who requested anonymity, said ...". The clause describes the
source; its verbs ("asked", "declined", "requested") report nothing, and the main verb
after it ("said") is the cue, with the noun phrase before "who" its speaker.

:func:`anonymity_clauses` finds these clauses in a sentence's lowercase tokens, and
:func:`clause_before` tells the source finder that a cue follows one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_NAMED = r"(?:named|identified|quoted|quoted\sby\sname|cited|cited\sby\sname)"
_SPEAK = r"(?:speak|talk|comment|discuss|brief)"

_TERMS = (
    # "who asked for anonymity", "who spoke to Reuters on condition of anonymity"
    r"(?:asked|requested|sought|demanded|insisted|was\sgranted|were\sgranted|was\sgiven"
    r"|were\sgiven|spoke|talked|agreed\sto\sspeak)(?:\s\S+){0,3}?\s(?:on|for|under)\s"
    r"(?:the\s)?(?:condition\sof\s|cover\sof\s)?anonymity",
    r"(?:asked|requested|sought)\sanonymity",
    r"(?:spoke|talked)(?:\s\S+){0,3}?\son\sbackground",
    # "who asked not to be named", "who declined to be identified"
    rf"(?:asked|requested|demanded)\snot\sto\sbe\s{_NAMED}",
    r"(?:declined|refused|did\snot\swish|didn't\swish|did\snot\swant|didn't\swant"
    rf"|does\snot\swant|doesn't\swant|do\snot\swant|don't\swant)\sto\sbe\s{_NAMED}",
    r"(?:declined|refused)\sto\s(?:give|provide|disclose)\s(?:his|her|their)\s(?:full\s)?"
    r"names?",
    # "who could not be named", "who cannot be identified for security reasons"
    rf"(?:cannot|can't|couldn't|(?:could|can|may|would|must)\snot)\sbe\s{_NAMED}",
    # "who was not authorised to speak publicly", "who were not permitted to discuss it"
    r"(?:is|was|are|were|isn't|wasn't|aren't|weren't)(?:\snot)?\s(?:authori[sz]ed|permitted"
    rf"|allowed|cleared|empowered)\sto\s(?:publicly\s)?{_SPEAK}",
    rf"(?:lacked|lack|lacks)\s(?:the\s)?authori[sz]ation\sto\s{_SPEAK}",
)
_ANONYMITY = re.compile(r"(?:(?:has|had|have)\s)?(?:" + "|".join(_TERMS) + r")(?=\s|$)")
"""What a source's relative clause says when it withholds the source's name."""

_NEGATED_AUTHORITY = re.compile(r"(?:isn't|wasn't|aren't|weren't|\S+\snot)\s")
"""An authority clause must be negated: "who was authorised to speak" names no terms."""

_TAIL_STOPS = frozenset({",", ";", ":", "(", ")", '"', "\u201c", "\u201d", "who", "which",
                         "whose", "but", "and", "."})
"""Tokens that end an anonymity clause's tail ("to discuss intelligence findings")."""

_TAIL_LIMIT = 12
"""How many tokens a tail after the clause's terms may run before the main verb."""


def _match(lowers: Sequence[str], start: int) -> int | None:
    """Index just past the anonymity terms that open at ``start``, if they do."""
    window = list(lowers[start : start + 16])
    text = " ".join(window)
    found = _ANONYMITY.match(text)
    if found is None:
        return None
    terms = found.group(0)
    if any(f" {word} " in f" {terms} " for word in ("authorised", "authorized", "permitted",
                                                        "allowed", "cleared", "empowered")
           ) and not _NEGATED_AUTHORITY.match(terms):
        return None  # "who was authorised to speak": the source's standing, not its terms
    return start + len(terms.split(" "))


def anonymity_clauses(lowers: Sequence[str]) -> list[tuple[int, int]]:
    """The anonymity clauses of a sentence: (index of "who", index just past the terms).

    Examples:
        >>> words = "a senior official who asked not to be named said iran had".split()
        >>> anonymity_clauses(words)
        [(3, 9)]
        >>> anonymity_clauses("the official who asked the minister to resign said".split())
        []
    """
    found: list[tuple[int, int]] = []
    if "who" not in lowers:
        return found  # most sentences: one look-up, not a loop over the words
    for index, word in enumerate(lowers):
        if word == "who" and index > 0:
            end = _match(lowers, index + 1)
            if end is not None:
                found.append((index, end))
    return found


def clause_before(lowers: Sequence[str], cue_first: int) -> tuple[int, int] | None:
    """The anonymity clause that ends right before a cue: ("who" index, its speaker's end).

    The speaker's noun phrase ends just before "who" or, when a comma opens the clause
    ("Two security sources, who requested anonymity, said"), before that comma; a comma
    so opened must close the clause right before the cue. A tail may follow the terms
    ("who spoke on condition of anonymity to discuss intelligence findings said"), without
    another clause's punctuation or relative pronoun in it.

    Examples:
        >>> words = "an official who asked not to be named said".split()
        >>> clause_before(words, 8)
        (2, 2)
        >>> words = "an official , who requested anonymity , said".split()
        >>> clause_before(words, 7)
        (3, 2)
    """
    for who, end in anonymity_clauses(lowers):
        if end > cue_first:
            continue
        commas = who > 0 and lowers[who - 1] == ","
        last = cue_first - 1
        if commas and lowers[last] != ",":
            continue
        tail = range(end, last if commas else cue_first)
        if len(tail) > _TAIL_LIMIT or any(lowers[i] in _TAIL_STOPS for i in tail):
            continue
        return who, who - 1 if commas else who
    return None
