"""Filers: a lawsuit, complaint or petition speaks for whoever filed it.

A pass of the attribution stage (:mod:`claimkit.extract.attribution`). "The parents of two
men killed in Benghazi filed a lawsuit against Hillary Clinton ... The lawsuit faults
Clinton's use of a private email server": the second charge is the lawsuit's, and the
lawsuit is the parents'. The document nouns of ``data/roles.json`` become anonymous actors
affiliated to whoever the phrase says produced them ("a CNN poll"); a legal filing whose
phrase names no one ("the lawsuit", "the suit", "The complaint") is given the claimant of
the latest filing before it ("filed a lawsuit against", "sued", "filed a complaint"), so
that it speaks for the filer as a spokesperson speaks for a principal; a filer named right
after the filing's phrase gives it ("The November 23 lawsuit filed by a former staffer named
Bradley Podliska ... alleges"). A filing named before any filer, or filed by an unnamed
source or by another document, stays its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

import attrs

from claimkit.extract.claims import Draft
from claimkit.extract.speakers import SpeakerResolver
from claimkit.model import Actor, ActorKind

__all__ = ["filed_by"]


class _Item(Protocol):
    """What the pass reads and changes of an attributed draft."""

    draft: Draft
    claimant: Actor
    drop: bool
    unnamed: bool


_FILINGS = frozenset({"lawsuit", "lawsuits", "suit", "suits", "complaint", "complaints",
                      "petition", "petitions"})
"""Legal filings, which speak for whoever filed them."""
_FILING_VERBS = frozenset({"sue"})
"""Cue lemmas that file a legal action themselves ("sued the city")."""
_FILED_BY = re.compile(r"\s+(?:filed|brought|lodged)(?:\s+\w+){0,3}?\s+by\s+")
"""A filer named right after the filing ("lawsuit filed on Monday by")."""
_FILER_END = re.compile(r"[,;:.()\u2014]|\s(?:alleg|claim|says|said|accus|contend)")
"""Where the filer's phrase after "by" ends."""


def _files(item: _Item) -> bool:
    """Whether a claim reports its claimant filing a legal action ("filed a lawsuit against")."""
    word = item.draft.cue.word
    return word.lemma in _FILING_VERBS or not _FILINGS.isdisjoint(word.lemma.split())


def _unowned_filing(actor: Actor) -> bool:
    """Whether an actor is a legal filing whose phrase names no filer ("the lawsuit")."""
    head = (actor.role or actor.name or "").split()[-1:]
    return (
        actor.anonymous and actor.kind is ActorKind.UNKNOWN and actor.affiliation is None
        and bool(head) and head[0].lower() in _FILINGS
    )


def _named_after(item: _Item, resolver: SpeakerResolver, text: str) -> Actor | None:
    """The filer named right after a filing's phrase ("lawsuit filed by Bradley Podliska")."""
    source = item.draft.source
    if source is None:
        return None
    match = _FILED_BY.match(text, source[1])
    if match is None:
        return None
    end = _FILER_END.search(text, match.end())
    stop = end.start() if end is not None else len(text)
    if stop <= match.end():
        return None
    filer = resolver.actor((match.end(), stop))
    return filer if filer is not None and filer.kind is not ActorKind.UNKNOWN else None


def filed_by(built: Sequence[_Item], resolver: SpeakerResolver, text: str) -> None:
    """Affiliate each unowned legal filing that speaks in the story to its filer.

    Args:
        built: The attributed drafts of one document, in text order.
        resolver: The document's speaker resolver.
        text: The document's text.
    """
    filer: Actor | None = None
    for item in built:
        if item.drop:
            continue
        claimant = item.claimant
        if _files(item) and not item.unnamed and claimant.kind is not ActorKind.UNKNOWN:
            filer = claimant
            continue
        if not _unowned_filing(claimant):
            continue
        owner = _named_after(item, resolver, text) or filer
        if owner is not None:
            item.claimant = attrs.evolve(
                claimant, id=f"{claimant.id}:{owner.id}", affiliation=owner
            )
