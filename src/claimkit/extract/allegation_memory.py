"""An allegation index's records in memory: lists and dictionaries.

The memory store is the default store of
:class:`~claimkit.extract.allegations.AllegationIndex`; the on-disk one is in
:mod:`claimkit.extract.allegation_disk`. Both keep the compact records of
:mod:`claimkit.extract.allegation_records`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Protocol

from claimkit.extract.allegation_records import (
    MAX_LINKS_PER_CLUSTER,
    IndexedAllegation,
    _Against,
    _Bucket,
    _bucket_groups,
    _Group,
    _Interned,
    _position,
    _rank_key,
    _record,
    _shared_counts,
    nearest_reports,
)
from claimkit.extract.propositions import _read
from claimkit.model import Claim


class _Store(Protocol):
    """Where an index keeps its allegations: in memory or on disk."""

    def add(self, claim: Claim) -> None: ...
    def buckets(self) -> Iterator[_Bucket]: ...
    def set_clusters(self, bucket: _Bucket, clusters: Sequence[int]) -> None: ...
    def against(self) -> Iterator[_Against]: ...
    def set_corroborators(self, found: Mapping[str, dict[str, str]]) -> None: ...
    def finish(self) -> None: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[IndexedAllegation]: ...
    def __contains__(self, claim_id: object) -> bool: ...
    @property
    def clusters(self) -> Mapping[str, int]: ...
    @property
    def corroborators(self) -> Mapping[str, dict[str, str]]: ...
    def in_document(self, document: str) -> tuple[Sequence[IndexedAllegation], Sequence[int]]: ...
    def first(self, cluster: int) -> IndexedAllegation: ...
    def reports(self, cluster: int, document: str, here: int) -> Sequence[IndexedAllegation]: ...
    def elsewhere(self, words: frozenset[str], document: str, side: str,
                  target: str | None) -> Iterator[_Group]: ...


class _MemoryStore:
    """An index's allegations in memory: lists and dictionaries."""

    def __init__(self) -> None:
        self._records: list[IndexedAllegation] = []
        self._ranked: list[int] = []
        """The number of each record in (document, start, id) order."""
        self._shared = _Interned()
        self.clusters: dict[str, int] = {}
        self.corroborators: dict[str, dict[str, str]] = {}
        self._members: dict[int, list[IndexedAllegation]] = {}
        self._in_document: dict[str, list[IndexedAllegation]] = {}
        self._starts: dict[str, list[int]] = {}
        self._by_accused: dict[str, dict[str, list[int]]] = {}
        self._by_accuser: dict[str, dict[str, list[int]]] = {}
        self._groups: list[_Group] = []
        self._by_document: dict[int, dict[str, list[IndexedAllegation]]] = {}
        """The reports of each large cluster by document, by position (made when first asked)."""

    def add(self, claim: Claim) -> None:
        self._records.append(_record(claim, self._shared))

    def buckets(self) -> Iterator[_Bucket]:
        del self._shared
        records = self._records
        self._ranked = sorted(range(len(records)), key=lambda k: _rank_key(records[k]))
        buckets: dict[tuple[str, str], _Bucket] = {}
        for rank, number in enumerate(self._ranked):
            record = records[number]
            bucket = buckets.get((record.accuser, record.accused))
            if bucket is None:
                bucket = buckets[record.accuser, record.accused] = _Bucket(
                    record.accuser, record.accused, [], [], []
                )
            bucket.ranks.append(rank)
            bucket.documents.append(record.document)
            bucket.propositions.append(record.proposition)
        yield from buckets.values()

    def set_clusters(self, bucket: _Bucket, clusters: Sequence[int]) -> None:
        for rank, cluster in zip(bucket.ranks, clusters, strict=True):
            self.clusters[self._records[self._ranked[rank]].id] = cluster
        for first, documents in _bucket_groups(bucket, clusters):
            number = len(self._groups)
            text = _read(bucket.propositions[first])
            self._groups.append(_Group(text, bucket.accuser, bucket.accused, clusters[first],
                                       documents))
            for word in text.words:
                self._by_accused.setdefault(bucket.accused, {}).setdefault(word, []).append(
                    number
                )
                self._by_accuser.setdefault(bucket.accuser, {}).setdefault(word, []).append(
                    number
                )

    def against(self) -> Iterator[_Against]:
        self._records = [r._replace(cluster=self.clusters[r.id]) for r in self._records]
        self._ranked = []
        against: dict[str, _Against] = {}
        for record in self._records:
            members = against.get(record.accused)
            if members is None:
                members = against[record.accused] = _Against([], [], [], [])
            members.ids.append(record.id)
            members.accusers.append(record.accuser)
            members.claimants.append(record.claimant)
            members.propositions.append(record.proposition)
        yield from against.values()

    def set_corroborators(self, found: Mapping[str, dict[str, str]]) -> None:
        self.corroborators.update(found)

    def finish(self) -> None:
        for record in self._records:
            self._members.setdefault(record.cluster, []).append(record)
            self._in_document.setdefault(record.document, []).append(record)
        for items in self._in_document.values():
            items.sort(key=_position)
        self._starts = {document: [r.start for r in items]
                        for document, items in self._in_document.items()}

    def __len__(self) -> int:
        return len(self._records)

    def __iter__(self) -> Iterator[IndexedAllegation]:
        return iter(self._records)

    def __contains__(self, claim_id: object) -> bool:
        return claim_id in self.clusters

    def in_document(self, document: str) -> tuple[Sequence[IndexedAllegation], Sequence[int]]:
        return self._in_document.get(document, []), self._starts.get(document, [])

    def first(self, cluster: int) -> IndexedAllegation:
        return self._members[cluster][0]

    def reports(self, cluster: int, document: str, here: int) -> Sequence[IndexedAllegation]:
        members = self._members.get(cluster, [])
        if len(members) <= MAX_LINKS_PER_CLUSTER:
            return members
        by_document = self._by_document.get(cluster)
        if by_document is None:
            by_document = {}
            for report in members:
                by_document.setdefault(report.document, []).append(report)
            for items in by_document.values():
                items.sort(key=_position)
            self._by_document[cluster] = by_document
        others = (report for name in sorted(by_document) if name != document
                  for report in by_document[name])
        return nearest_reports(by_document.get(document, []), here, others)

    def elsewhere(self, words: frozenset[str], document: str, side: str,
                  target: str | None) -> Iterator[_Group]:
        buckets = [self._by_accused.get(side)]
        if target is not None:
            buckets.append(self._by_accuser.get(target))
        for postings in buckets:
            if not postings:
                continue
            for number, shared in _shared_counts(words, postings).items():
                group = self._groups[number]
                if shared >= 2 and group.elsewhere_than(document):
                    yield group
