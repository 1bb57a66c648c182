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

from collections.abc import Iterable, Iterator, Mapping, Sequence

from claimkit.extract.allegation_memory import _MemoryStore, _Store
from claimkit.extract.allegation_records import (
    MAX_LINKS_PER_CLUSTER,
    IndexedAllegation,
    _Against,
    _Group,
    _shared_counts,
    nearest_reports,
)
from claimkit.extract.propositions import (
    PropositionReading,
    _read,
    content_words,
)
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
















_NEARBY = 60
"""How many allegations before and after a claim in its document it may answer."""



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






# --------------------------------------------------------------------------- stores






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

        All of them, or the
        :data:`~claimkit.extract.allegation_records.MAX_LINKS_PER_CLUSTER` nearest (see
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
