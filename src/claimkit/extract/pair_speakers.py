"""Pair speakers: "Both women", "the pair", "the couple" for two people named together before.

"Mary Smith and Jane Doe sued the firm. Both women said the manager harassed them": the
phrase stands for the two people the story has just named with "and", and a claim made by
two is given to the one named first, as :mod:`claimkit.extract.joint_claimants` gives
"Kenya and Uganda accused ..." to Kenya. Nothing is read when no such pair was named in
the sentences just before ("Both women said ..." opening a story stays a group of women).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimkit.extract.actors import Mention, MentionKind
from claimkit.model import Actor, ActorKind

__all__ = ["names_pair", "pair_speaker"]

_PAIR = re.compile(
    r"(?:[Bb]oth(?:\s+the)?\s+(?:women|men|sisters|brothers|two)"
    r"|[Tt]he\s+two(?:\s+(?:women|men|sisters|brothers))?|[Tt]he\s+(?:pair|couple|duo))\s*\Z"
)
"""A phrase for two people: "Both women", "the two men", "the pair", "The couple" (not "the
women", which may be more)."""
_AND = re.compile(r"\s+and\s+\Z")
_REACH = 400
"""How far back (characters) the pair may have been named."""


def names_pair(text: str, span: tuple[int, int]) -> bool:
    """Whether a phrase is one for two people ("Both women", "the couple"): a quick test.

    Example:
        >>> names_pair("Both women said it", (0, 10)), names_pair("The women said", (0, 9))
        (True, False)
    """
    return _PAIR.match(text, span[0], span[1]) is not None


def pair_speaker(text: str, span: tuple[int, int], earlier: Sequence[Mention]) -> Actor | None:
    """The first of the two people a phrase for a pair stands for, or None.

    Args:
        text: The document's text.
        span: The phrase ("Both women").
        earlier: The document's mentions before the phrase, in text order.

    Returns:
        The person named first in the last "X and Y" of two named people within reach.

    Example:
        >>> from claimkit.extract.actors import ActorResolver
        >>> from claimkit.model import Document
        >>> text = "Mary Smith and Jane Doe sued the firm. Both women said it lied."
        >>> resolver = ActorResolver(Document(id="d", text=text))
        >>> mentions = [m for m in resolver.mentions() if m.span.end <= 39]
        >>> pair_speaker(text, (39, 50), mentions).name
        'Mary Smith'
    """
    if _PAIR.match(text, span[0], span[1]) is None:
        return None
    people = [m for m in earlier
              if m.kind is MentionKind.NAME and m.actor.kind is ActorKind.PERSON
              and span[0] - _REACH <= m.span.start]
    for first, second in zip(reversed(people[:-1]), reversed(people[1:]), strict=True):
        if first.actor.id != second.actor.id and _AND.fullmatch(
            text, first.span.end, second.span.start
        ):
            return first.actor
    return None
