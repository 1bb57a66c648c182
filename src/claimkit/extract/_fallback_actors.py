"""TEMPORARY stand-in for :mod:`claimkit.extract.actors` until that module lands.

Delete once ``claimkit.extract.actors`` is committed.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence

import pycountry
from attrs import frozen

from claimkit.model import Actor, ActorKind, Document, Span, actor_id

_NAME = re.compile(r"(?:[A-Z][\w\u2019'.-]*)(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\u2019'.-]*)*")
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
_EXTRA = {
    "US": "US", "U.S.": "US", "United States": "US", "Washington": "US", "America": "US",
    "American": "US", "North Korea": "KP", "Pyongyang": "KP", "DPRK": "KP", "North Korean": "KP",
    "Russia": "RU", "Moscow": "RU", "Kremlin": "RU", "Russian": "RU", "Iran": "IR",
    "Tehran": "IR", "Ukraine": "UA", "Kyiv": "UA", "China": "CN", "Beijing": "CN",
}


class MentionKind(enum.Enum):
    """How an actor is mentioned."""

    NAME = "name"
    PRONOUN = "pronoun"


@frozen
class Mention:
    """An actor mention."""

    span: Span
    actor: Actor
    kind: MentionKind


def _state(code: str) -> Actor | None:
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return None
    name = getattr(country, "common_name", None) or country.name
    return Actor(id=actor_id(ActorKind.STATE, name, country=code), name=name,
                 kind=ActorKind.STATE, country=code)


class ActorResolver:
    """A crude resolver: capitalised names, a few states, pronouns to the last name."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._mentions: list[Mention] = []
        for region in document.content_regions():
            for match in _NAME.finditer(document.text, region.span.start, region.span.end):
                actor = self._actor_for(match.group())
                if actor is not None:
                    self._mentions.append(Mention(Span(start=match.start(), end=match.end()),
                                                  actor, MentionKind.NAME))
        self._mentions.sort(key=lambda m: m.span.start)

    def _actor_for(self, name: str) -> Actor | None:
        for key in sorted(_EXTRA, key=len, reverse=True):
            if key in name:
                return _state(_EXTRA[key])
        if name.split()[0].lower() in {"the", "a", "an", "in", "on", "but", "and", "after"}:
            return None
        return Actor(id=actor_id(ActorKind.UNKNOWN, name), name=name)

    def mentions(self) -> Sequence[Mention]:
        """All mentions."""
        return tuple(self._mentions)

    def actors_in(self, span: Span) -> Sequence[Mention]:
        """Mentions inside a span."""
        return tuple(m for m in self._mentions if span.contains(m.span))

    def resolve(self, span: Span) -> Mention | None:
        """Resolve a noun phrase."""
        text = self.document.text[span.start : span.end].strip().lower()
        if text in _PRONOUNS:
            before = [m for m in self._mentions if m.span.end <= span.start]
            return Mention(span, before[-1].actor, MentionKind.PRONOUN) if before else None
        inside = self.actors_in(span)
        return inside[0] if inside else None
