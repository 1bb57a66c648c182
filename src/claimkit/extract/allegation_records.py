"""The compact record an allegation index keeps of each allegation.

:class:`IndexedAllegation` holds only what linking reads (ids, principals, content words,
offsets), not the whole claim, so an index of a large corpus stays small; used by
:mod:`claimkit.extract.allegations` and :mod:`claimkit.extract.allegation_disk`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple, TypeVar

from claimkit.extract.propositions import PropositionReading, _read
from claimkit.model import Actor, Claim

_T = TypeVar("_T")


class IndexedAllegation(NamedTuple):
    """What linking reads of one allegation: a compact record kept in place of the claim.

    :class:`AllegationIndex` keeps one per allegation (ids, offsets, the principals'
    ids and the proposition) instead of the :class:`~claimkit.model.Claim` with its
    actors, evidence and quote; on disk, it keeps them as rows.
    """

    id: str
    """The claim's id."""
    document: str
    """The id of its document."""
    start: int
    """Where its span starts in the document."""
    cue: tuple[int, int] | None
    """The start and end of its first cue span, if any."""
    accuser: str
    """The claimant's principal id."""
    accused: str
    """The target's principal id."""
    claimant: str
    """The claimant's name."""
    principal: Actor
    """The claimant's principal (what a denial answering it gets as its target)."""
    proposition: str
    """What is alleged."""
    text: PropositionReading
    """What linking reads from the proposition."""
    cluster: int = -1
    """Its cluster number (``-1`` until clustered)."""


class _Group(NamedTuple):
    """Allegations alike for linking across documents: one text, accuser, accused, cluster."""

    text: PropositionReading
    accuser: str
    accused: str
    cluster: int
    documents: frozenset[str]
    """Its documents (from an index on disk, only the first)."""

    def elsewhere_than(self, document: str) -> bool:
        """Whether the group has a report in another document than ``document``."""
        return len(self.documents) > 1 or document not in self.documents


class _Interned:
    """One shared object per distinct value (strings, actors) for the records of an index."""

    def __init__(self) -> None:
        self._seen: dict[object, object] = {}

    def __call__(self, value: _T) -> _T:
        return self._seen.setdefault(value, value)  # type: ignore[return-value]


def _record(claim: Claim, shared: Callable[[Any], Any] = lambda v: v) -> IndexedAllegation:
    """The compact record of one allegation (with a target)."""
    claimant = claim.claimant
    principal = shared(claimant.principal)
    cue = claim.provenance.cue
    return IndexedAllegation(
        id=claim.id,
        document=shared(claim.document_id),
        start=claim.provenance.span.start,
        cue=(cue[0].start, cue[0].end) if cue else None,
        accuser=shared(principal.id),
        accused=shared(claim.target.principal.id),  # type: ignore[union-attr]
        claimant=shared(claimant.name),
        principal=principal,
        proposition=claim.proposition,
        text=_read(claim.proposition),
    )


def _rank_key(record: IndexedAllegation) -> tuple[str, int, str]:
    return record.document, record.start, record.id


def _position(record: IndexedAllegation) -> tuple[int, str]:
    return record.start, record.id


def _start(record: IndexedAllegation) -> int:
    return record.start



def _shared_counts(
    words: frozenset[str], postings: dict[str, list[int]], below: int | None = None
) -> dict[int, int]:
    """How many of ``words`` each entry of an inverted index shares (entries < ``below``)."""
    counts: dict[int, int] = {}
    get = counts.get
    for word in words:
        for entry in postings.get(word, ()):
            if below is not None and entry >= below:
                break
            counts[entry] = get(entry, 0) + 1
    return counts


MAX_LINKS_PER_CLUSTER = 16
"""How many reports of one allegation a response links to at the most: the nearest ones.

A response answers the allegation, not each of its reports; without a bound, thousands of
identical reports and denials in one corpus would make a number of links that grows with
the square of their count.
"""


class _Bucket(NamedTuple):
    """The allegations of one accuser against one accused, in (document, start, id) order."""

    accuser: str
    accused: str
    ranks: list[int]
    """Each one's place in the corpus in that order (a cluster's number is its first's)."""
    documents: list[str]
    propositions: list[str]


class _Against(NamedTuple):
    """The allegations against one accused, in corpus order."""

    ids: list[str]
    accusers: list[str]
    claimants: list[str]
    propositions: list[str]


def _bucket_groups(
    bucket: _Bucket, clusters: Sequence[int]
) -> list[tuple[int, frozenset[str]]]:
    """The groups of one clustered bucket: one proposition and cluster each.

    Returns each group's first member (its position) and its documents.
    """
    groups: dict[tuple[str, int], tuple[int, set[str]]] = {}
    for position, (proposition, cluster, document) in enumerate(
        zip(bucket.propositions, clusters, bucket.documents, strict=True)
    ):
        groups.setdefault((proposition, cluster), (position, set()))[1].add(document)
    return [(first, frozenset(documents)) for first, documents in groups.values()]


def nearest_reports(
    same: Sequence[IndexedAllegation], here: int, others: Iterable[IndexedAllegation]
) -> list[IndexedAllegation]:
    """The :data:`MAX_LINKS_PER_CLUSTER` reports nearest to a response at ``here``.

    Args:
        same: The reports of the response's own document, by position.
        here: Where the response starts.
        others: The reports of other documents, by document id and position.

    Returns:
        Those of the response's own document closest to it, then those of other
        documents in order.
    """
    middle = bisect.bisect_left(same, here, key=_start)
    low, high = middle, middle
    chosen: list[IndexedAllegation] = []
    while len(chosen) < MAX_LINKS_PER_CLUSTER and (low > 0 or high < len(same)):
        if high >= len(same) or (low > 0 and here - same[low - 1].start
                                  <= same[high].start - here):
            low -= 1
            chosen.append(same[low])
        else:
            chosen.append(same[high])
            high += 1
    for report in others:
        if len(chosen) >= MAX_LINKS_PER_CLUSTER:
            break
        chosen.append(report)
    return chosen
