"""The allegations of a corpus for linking: content words, clusters and their index.

Allegations are grouped into *clusters*, one per real-world allegation: the same
accuser (by principal: a spokesperson counts as their state) against the same target,
in one document, or in several documents when their propositions share content words
(:func:`content_words`).  :class:`AllegationIndex` does this once for a corpus, and
finds for each response the allegations of other documents it may answer;
:func:`claimkit.extract.linking.link` uses it.

**Scale.**  The corpus-wide work (clusters, the candidates of other documents,
corroboration) is done once by :class:`AllegationIndex`, through inverted indexes of
content words inside each (accuser, accused) bucket: two propositions are compared
only when they share a word, and identical ones (one wire story in many papers) only
once.  The result is the same as comparing every pair.  Work grows with the pairs of
allegations that share words, so near-identical reports of one allegation still cost
the square of their number (and every denial then answers all of them, so the output
grows alike).  To link a corpus in parts, build the index once and pass it to
:func:`claimkit.extract.linking.link` for each part, as
:func:`claimkit.stream.link_stream` does.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple, Protocol, TypeVar

from claimkit.extract.segment import words as _words
from claimkit.model import Actor, Claim, ClaimKind

__all__ = [
    "MAX_LINKS_PER_CLUSTER",
    "AllegationIndex",
    "IndexedAllegation",
    "PropositionReading",
    "allegation_clusters",
    "content_words",
    "nearest_reports",
]

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]+")
_STOPWORDS = frozenset(
    _words(
    """
    a an the and or but of to in on at for with by from as into about over that this these
    those it its it's is are was were be been being has have had do does did will would
    shall should can could may might must not no never any such some all other than then
    there their they them he she his her we our us you your i me my who whom which what when
    where why how also more most very so if after before while during against between up
    down out off again further once only own same too just now ever per both each few do so-
    called use used using plans plan said says say claims claim charges charge allegations
    allegation reports report
    """
)
)
_DISCREDIT = frozenset(
    _words(
    """
    rumor rumors rumour rumours lie lies lying lied liar smear smears slander tarnish
    tarnishing propaganda fabrication fabricated false fake baseless groundless allegations
    allegation claims accusations accusation charges remarks sentiments proof evidence
    disinformation misinformation hoax nonsense absurd
    """
)
)
_REFERS_BACK = frozenset(
    _words(
    """
    it this that these those such the a an any them claim claims charge charges allegation
    allegations accusation accusations report reports
    """
)
)


def _stem(word: str) -> str:
    word = word.lower().replace("\u2019", "'")
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in ("ing", "ies", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: len(word) - len(suffix)][:6]
    return word[:6]


@functools.lru_cache(maxsize=1 << 16)
def _token(word: str) -> tuple[str | None, str, bool]:
    """A word's stem (``None`` for a stop word), lower case, and whether it starts lower.

    Memoised: words repeat a lot.
    """
    lowered = word.lower()
    if lowered.replace("\u2019", "'") in _STOPWORDS:
        return None, lowered, word[:1].islower()
    return _stem(word), lowered, word[:1].islower()


def content_words(text: str) -> frozenset[str]:
    """The stemmed content words of a proposition (stop words left out).

    Example:
        >>> sorted(content_words("Russia is purchasing rockets from North Korea"))
        ['korea', 'north', 'purcha', 'rocket', 'russia']
    """
    stems = {_token(w)[0] for w in _WORD.findall(text)}
    stems.discard(None)
    return frozenset(stems)  # type: ignore[arg-type]


def _common_words(text: str) -> frozenset[str]:
    """Content words that are not names: what was done, not who was named."""
    return _read(text).common


class PropositionReading(NamedTuple):
    """What linking reads from one proposition, computed once per distinct text."""

    words: frozenset[str]
    """Its content words (:func:`content_words`)."""
    common: frozenset[str]
    """Those of them written in lower case: what was done, not who was named."""
    lowered: str
    """The proposition in lower case (where names of actors are looked for)."""
    opens_with_reference: bool
    """Whether it opens by referring back ("it is sending", "such transfers")."""
    names_claims: bool
    """Whether it speaks about claims ("US allegations of ...")."""
    refers_back: bool
    """Whether it is only a reference ("it", "the charges")."""


@functools.lru_cache(maxsize=1 << 12)
def _read(text: str) -> PropositionReading:
    tokens = list(map(_token, _WORD.findall(text)))
    lowered = [token[1] for token in tokens]
    first = _WORD.search(text[:40].lower())
    return PropositionReading(
        frozenset([stem for stem, _, _ in tokens if stem is not None]),
        frozenset([stem for stem, _, lower in tokens if stem is not None and lower]),
        text.lower(),
        first is not None and first.group() in _OPENERS,
        not _CLAIM_WORDS.isdisjoint(lowered),
        len(lowered) <= 4 and bool(lowered) and all(
            w in _REFERS_BACK or w in _BACK_FILLERS for w in lowered
        ),
    )


_OPENERS = frozenset(("it", "this", "that", "these", "those", "such", "they"))
"""First words by which a proposition refers back ("it is sending", "such transfers")."""

_BACK_FILLERS = frozenset(("to", "do", "so", "any", "plans"))

_CLAIM_WORDS = frozenset(
    _words("claim claims allegation allegations accusation accusations charge charges report "
           "reports rumor rumors rumour rumours remarks")
)
"""Words by which a proposition speaks about claims ("US allegations of ...", "such claims")."""


def _principal(actor: Actor | None) -> str | None:
    return actor.principal.id if actor is not None else None


def _names(actor: Actor) -> tuple[str, ...]:
    """The lower-cased names (three letters or more) of an actor and of its principal."""
    return tuple(
        lowered
        for candidate in (actor, actor.principal)
        for name in (candidate.name, *candidate.aliases)
        if len(lowered := name.lower()) >= 3
    )


def _mentions(claim: Claim, actor: Actor) -> bool:
    """Whether the claim's proposition names the actor (or its principal)."""
    text = _read(claim.proposition).lowered
    return any(name in text for name in _names(actor))


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


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


class _UnionFind:
    """Union-find over ``0..n-1`` whose roots are the smallest member of their set."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def join_across_documents(
        self, left: Sequence[int], right: Sequence[int], documents: Sequence[str]
    ) -> None:
        """Join as if every pair (one of ``left``, one of ``right``) of two documents were.

        Linear instead of ``len(left) * len(right)``: each item is joined to the first
        item of the other side and to the first one of another document than it
        (the two *hubs*), when its document differs.  That gives the same sets as
        joining every pair: an item with a partner in another document reaches a hub,
        and the hubs of both sides are joined through any item of a third document or
        directly.
        """
        for items, others in ((left, right), (right, left)):
            hubs = _hubs(others, documents)
            for item in items:
                document = documents[item]
                for hub in hubs:
                    if documents[hub] != document:
                        self.union(item, hub)


def _hubs(items: Sequence[int], documents: Sequence[str]) -> tuple[int, ...]:
    """The first item, and the first one of another document than it."""
    if not items:
        return ()
    first = items[0]
    for item in items:
        if documents[item] != documents[first]:
            return (first, item)
    return (first,)


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


_NEARBY = 60
"""How many allegations before and after a claim in its document it may answer."""

MAX_LINKS_PER_CLUSTER = 16
"""How many reports of one allegation a response links to at the most: the nearest ones.

A response answers the allegation, not each of its reports; without a bound, thousands of
identical reports and denials in one corpus would make a number of links that grows with
the square of their count.
"""


# --------------------------------------------------------------- one bucket at a time


def _cluster_bucket(
    documents: Sequence[str], texts: Sequence[PropositionReading]
) -> tuple[list[int], int]:
    """Cluster the allegations of one accuser against one accused.

    Args:
        documents: Each allegation's document, in (document, start, id) order.
        texts: Each allegation's text, in the same order.

    Returns:
        For each allegation the position of the first member of its cluster, and how
        many pairs of distinct propositions were compared.
    """
    sets = _UnionFind(len(texts))
    comparisons = 0
    # one accuser against one accused in one document: the same allegation when it
    # refers back ("it", "such transfers") or shares what was done ("purchasing") ...
    for i in range(len(texts)):
        for j in range(i + 1, min(len(texts), i + 1 + _NEARBY)):
            if documents[i] != documents[j]:
                break  # sorted by document: the rest are in others
            if (texts[i].opens_with_reference or texts[j].opens_with_reference
                    or not texts[i].common.isdisjoint(texts[j].common)):
                sets.union(i, j)
    # ... and across documents when the propositions agree: compared once per distinct
    # set of content words, through an inverted index of those words
    alike: dict[frozenset[str], list[int]] = {}
    for i, text in enumerate(texts):
        alike.setdefault(text.words, []).append(i)
    distinct = list(alike)
    postings: dict[str, list[int]] = {}
    for number, words in enumerate(distinct):
        for word in words:
            postings.setdefault(word, []).append(number)
    for number, words in enumerate(distinct):
        if len(words) >= 2:
            group = alike[words]
            sets.join_across_documents(group, group, documents)
        counts = _shared_counts(words, postings, number)
        comparisons += len(counts)
        for other, shared in counts.items():
            if shared >= 2 and shared / min(len(words), len(distinct[other])) >= 0.25:
                sets.join_across_documents(alike[words], alike[distinct[other]], documents)
    return [sets.find(i) for i in range(len(texts))], comparisons


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


def _corroborate_bucket(members: _Against) -> tuple[dict[int, dict[str, str]], int]:
    """Who else alleges each allegation against one accused alike.

    Args:
        members: The allegations against one accused, in corpus order.

    Returns:
        For the position of each corroborated allegation, the other parties (principal
        id to the name of its first claimant), and how many pairs were compared.
    """
    alike: dict[frozenset[str], list[int]] = {}
    for position, proposition in enumerate(members.propositions):
        alike.setdefault(_read(proposition).common, []).append(position)
    distinct = list(alike)
    postings: dict[str, list[int]] = {}
    parties: list[dict[str, tuple[int, str]]] = []
    for number, words in enumerate(distinct):
        for word in words:
            postings.setdefault(word, []).append(number)
        first: dict[str, tuple[int, str]] = {}
        for position in alike[words]:
            first.setdefault(members.accusers[position], (position, members.claimants[position]))
        parties.append(first)
    found: dict[int, dict[str, str]] = {}
    comparisons = 0
    for words in distinct:
        # the first claimant (in corpus order) of each party alleging it alike
        merged: dict[str, tuple[int, str]] = {}
        counts = _shared_counts(words, postings)
        comparisons += len(counts)
        for other, shared in counts.items():
            if shared < 3 or shared / min(len(words), len(distinct[other])) < 0.5:
                continue
            for party, seen in parties[other].items():
                if party not in merged or seen[0] < merged[party][0]:
                    merged[party] = seen
        if not merged:
            continue
        for position in alike[words]:
            own = members.accusers[position]
            names = {party: name for party, (_, name) in merged.items() if party != own}
            if names:
                found[position] = names
    return found, comparisons


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


def _start(record: IndexedAllegation) -> int:
    return record.start


# --------------------------------------------------------------------------- stores


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


# ---------------------------------------------------------------------------- index


class AllegationIndex:
    """The allegations of a corpus, clustered and indexed once for linking.

    Building it does all the corpus-wide work of linking: allegations (claims of kind
    ALLEGATION with a target) are clustered into real-world allegations, indexed by
    document, by accuser and accused and by content word, and checked for
    corroboration.  :func:`~claimkit.extract.linking.link` then links any claims of the
    corpus against it, so a corpus too large to link at once can be linked block by
    block against one index (:func:`claimkit.stream.link_stream` does this), with the
    same result as linking all of it together.

    Comparisons go through inverted indexes of content words inside each (accuser,
    accused) bucket, and allegations with the same proposition (or the same content
    words) are compared once, so the work grows with the allegations that share words,
    not with the square of the corpus.

    **Memory.**  The index keeps an :class:`IndexedAllegation` per allegation, never
    the claim, and reads the claims once, so they may come from a generator.  In memory
    (the default) it grows with the number of allegations.  With ``on_disk=True`` the
    records, clusters and word indexes are rows of a temporary SQLite database
    (deleted when the index is), of which at most
    :data:`~claimkit.extract.allegation_disk.DISK_CACHE_MB` stay in memory;
    the rest of the memory used is one bucket at a time while building (the
    allegations of one accuser against one accused, then those against one accused),
    and the claims being linked.  Both give the same links.

    Args:
        claims: Claims of one or many documents, in corpus order (any iterable, read
            once); only allegations with a target are kept.
        on_disk: Keep the allegations in a temporary database on disk.

    Example:
        >>> import claimkit
        >>> from claimkit.model import Document
        >>> found = claimkit.extract([Document(id="d", text=(
        ...     "Ukraine accused Russia of shelling the plant. Moscow denied shelling it."))])
        >>> index = AllegationIndex(found.claims)
        >>> len(index)
        1
        >>> [(a.accuser, a.accused, a.proposition) for a in index]
        [('state:ua', 'state:ru', 'Russia of shelling the plant')]
    """

    def __init__(self, claims: Iterable[Claim], *, on_disk: bool = False) -> None:
        store: _Store
        if on_disk:
            from claimkit.extract.allegation_disk import DiskStore

            store = DiskStore()
        else:
            store = _MemoryStore()
        self._store = store
        self.on_disk = on_disk
        """Whether the allegations are kept on disk."""
        for claim in claims:
            if claim.kind is ClaimKind.ALLEGATION and claim.target is not None:
                store.add(claim)
        self.comparisons = 0
        """How many pairs of distinct propositions building the index compared (the work
        that all-pairs clustering would do for every pair of allegations in a bucket)."""
        for bucket in store.buckets():
            roots, compared = _cluster_bucket(bucket.documents,
                                              [_read(p) for p in bucket.propositions])
            self.comparisons += compared
            store.set_clusters(bucket, [bucket.ranks[root] for root in roots])
        for members in store.against():
            found, compared = _corroborate_bucket(members)
            self.comparisons += compared
            store.set_corroborators({members.ids[p]: names for p, names in found.items()})
        store.finish()

    @property
    def clusters(self) -> Mapping[str, int]:
        """Each allegation's cluster number (see :func:`allegation_clusters`)."""
        return self._store.clusters

    @property
    def corroborators(self) -> Mapping[str, dict[str, str]]:
        """For each corroborated allegation, the others alleging it alike.

        The other parties map principal id to claimant name.
        """
        return self._store.corroborators

    def __len__(self) -> int:
        return len(self._store)

    def __iter__(self) -> Iterator[IndexedAllegation]:
        """The indexed allegations, in the order given."""
        return iter(self._store)

    def __contains__(self, claim_id: object) -> bool:
        return claim_id in self._store

    def in_document(self, document: str) -> tuple[Sequence[IndexedAllegation], Sequence[int]]:
        """The allegations of one document in text order, and where each starts."""
        return self._store.in_document(document)

    def first(self, cluster: int) -> IndexedAllegation:
        """The first allegation of a cluster, in corpus order."""
        return self._store.first(cluster)

    def reports(self, cluster: int, document: str, here: int) -> Sequence[IndexedAllegation]:
        """The reports of one cluster a response at ``here`` in ``document`` links to.

        All of them, or the :data:`MAX_LINKS_PER_CLUSTER` nearest (see
        :func:`nearest_reports`): an order that does not depend on how the claims
        arrive, so streamed linking gives the same links.
        """
        return self._store.reports(cluster, document, here)

    def elsewhere(
        self, words: frozenset[str], document: str, side: str, target: str | None
    ) -> Iterator[_Group]:
        """Alike allegations of other documents against ``side`` or by ``target``.

        Yields the groups of allegations that share two content words or more with
        ``words`` and are reported in some document other than ``document``.
        """
        return self._store.elsewhere(words, document, side, target)


def allegation_clusters(claims: Iterable[Claim]) -> dict[str, int]:
    """Group the allegations into clusters of one real-world allegation each.

    Args:
        claims: Claims of one or many documents.

    Returns:
        A map from allegation id to cluster number.
    """
    return dict(AllegationIndex(claims).clusters)
