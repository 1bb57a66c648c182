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

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

import attrs

from claimkit.extract.segment import words as _words
from claimkit.model import Actor, Claim, ClaimKind

__all__ = ["AllegationIndex", "allegation_clusters", "content_words"]

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


class _Text(NamedTuple):
    """What linking reads from one proposition, computed once per distinct text."""

    words: frozenset[str]
    common: frozenset[str]
    lowered: str
    opens_with_reference: bool
    names_claims: bool
    refers_back: bool


@functools.lru_cache(maxsize=1 << 15)
def _read(text: str) -> _Text:
    tokens = list(map(_token, _WORD.findall(text)))
    lowered = [token[1] for token in tokens]
    first = _WORD.search(text[:40].lower())
    return _Text(
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


_NEARBY = 60
"""How many allegations before and after a claim in its document it may answer."""


@attrs.frozen
class _Group:
    """Allegations alike for linking across documents: one text, accuser, accused, cluster."""

    claim: Claim
    text: _Text
    accuser: str
    accused: str
    cluster: int
    documents: frozenset[str]


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

    Args:
        claims: Claims of one or many documents, in corpus order; only allegations
            with a target are kept.

    Example:
        >>> import claimkit
        >>> from claimkit.model import Document
        >>> found = claimkit.extract([Document(id="d", text=(
        ...     "Ukraine accused Russia of shelling the plant. Moscow denied shelling it."))])
        >>> index = AllegationIndex(found.claims)
        >>> len(index)
        1
    """

    def __init__(self, claims: Iterable[Claim]) -> None:
        allegations = [
            c for c in claims if c.kind is ClaimKind.ALLEGATION and c.target is not None
        ]
        self.allegations: tuple[Claim, ...] = tuple(allegations)
        """The indexed allegations, in the order given."""
        self._texts: dict[str, _Text] = {c.id: _read(c.proposition) for c in allegations}
        self.comparisons = 0
        """How many pairs of distinct propositions building the index compared (the work
        that all-pairs clustering would do for every pair of allegations in a bucket)."""
        self._accuser: dict[str, str] = {}
        """Each allegation's accuser, by principal id."""
        self._accused: dict[str, str] = {}
        """Each allegation's accused, by principal id."""
        for claim in allegations:
            self._accuser[claim.id] = claim.claimant.principal.id
            self._accused[claim.id] = claim.target.principal.id  # type: ignore[union-attr]
        self.clusters: dict[str, int] = self._cluster(allegations)
        """Each allegation's cluster number (see :func:`allegation_clusters`)."""
        self.members: dict[int, list[Claim]] = {}
        """The allegations of each cluster, in the order given."""
        self._in_document: dict[str, list[Claim]] = {}
        """The allegations of each document in text order."""
        for claim in allegations:
            self.members.setdefault(self.clusters[claim.id], []).append(claim)
            self._in_document.setdefault(claim.document_id, []).append(claim)
        for items in self._in_document.values():
            items.sort(key=lambda c: (c.provenance.span.start, c.id))
        self._starts: dict[str, list[int]] = {
            document: [c.provenance.span.start for c in items]
            for document, items in self._in_document.items()
        }
        self._index_groups(allegations)
        self.corroborators: dict[str, dict[str, str]] = self._corroboration(allegations)
        """For each corroborated allegation: the other parties alleging it alike (principal
        id to claimant name)."""

    def __len__(self) -> int:
        return len(self.allegations)

    def __contains__(self, claim_id: object) -> bool:
        return claim_id in self.clusters

    # ------------------------------------------------------------------ clusters

    def _cluster(self, allegations: Sequence[Claim]) -> dict[str, int]:
        ordered = sorted(allegations, key=lambda c: (c.document_id, c.provenance.span.start, c.id))
        texts = [self._texts[c.id] for c in ordered]
        documents = [c.document_id for c in ordered]
        sets = _UnionFind(len(ordered))
        buckets: dict[tuple[str, str], list[int]] = {}
        for index, claim in enumerate(ordered):
            key = (self._accuser[claim.id], self._accused[claim.id])
            buckets.setdefault(key, []).append(index)
        for members in buckets.values():
            # one accuser against one accused in one document: the same allegation when it
            # refers back ("it", "such transfers") or shares what was done ("purchasing") ...
            for position, i in enumerate(members):
                for j in members[position + 1 : position + 1 + _NEARBY]:
                    if documents[i] != documents[j]:
                        break  # sorted by document: the rest are in others
                    if (texts[i].opens_with_reference or texts[j].opens_with_reference
                            or not texts[i].common.isdisjoint(texts[j].common)):
                        sets.union(i, j)
            # ... and across documents when the propositions agree: compared once per
            # distinct set of content words, through an inverted index of those words
            alike: dict[frozenset[str], list[int]] = {}
            for i in members:
                alike.setdefault(texts[i].words, []).append(i)
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
                self.comparisons += len(counts)
                for other, shared in counts.items():
                    if shared >= 2 and shared / min(len(words), len(distinct[other])) >= 0.25:
                        sets.join_across_documents(alike[words], alike[distinct[other]], documents)
        return {c.id: sets.find(i) for i, c in enumerate(ordered)}

    # ----------------------------------------------------------- across documents

    def _index_groups(self, allegations: Sequence[Claim]) -> None:
        keys: dict[tuple[str, str, str, int], int] = {}
        documents: list[set[str]] = []
        firsts: list[Claim] = []
        self._by_accused: dict[str, dict[str, list[int]]] = {}
        self._by_accuser: dict[str, dict[str, list[int]]] = {}
        for claim in allegations:
            key = (claim.proposition, self._accuser[claim.id], self._accused[claim.id],
                   self.clusters[claim.id])
            number = keys.get(key)
            if number is None:
                number = keys[key] = len(firsts)
                firsts.append(claim)
                documents.append(set())
                for word in self._texts[claim.id].words:
                    self._by_accused.setdefault(key[2], {}).setdefault(word, []).append(number)
                    self._by_accuser.setdefault(key[1], {}).setdefault(word, []).append(number)
            documents[number].add(claim.document_id)
        self._groups = [
            _Group(claim=claim, text=self._texts[claim.id], accuser=key[1], accused=key[2],
                   cluster=key[3], documents=frozenset(docs))
            for (key, claim, docs) in zip(keys, firsts, documents, strict=True)
        ]

    def elsewhere(
        self, words: frozenset[str], document: str, side: str, target: str | None
    ) -> Iterator[_Group]:
        """Alike allegations of other documents against ``side`` or by ``target``.

        Yields the groups of allegations that share two content words or more with
        ``words`` and are reported in some document other than ``document``.
        """
        buckets = [self._by_accused.get(side)]
        if target is not None:
            buckets.append(self._by_accuser.get(target))
        for postings in buckets:
            if not postings:
                continue
            for number, shared in _shared_counts(words, postings).items():
                group = self._groups[number]
                if shared >= 2 and (len(group.documents) > 1 or document not in group.documents):
                    yield group

    # -------------------------------------------------------------- corroboration

    def _corroboration(self, allegations: Sequence[Claim]) -> dict[str, dict[str, str]]:
        """Who else alleges each allegation alike (see :func:`_corroborate`)."""
        against: dict[str, list[int]] = {}
        for position, claim in enumerate(allegations):
            against.setdefault(self._accused[claim.id], []).append(position)
        found: dict[str, dict[str, str]] = {}
        for members in against.values():
            alike: dict[frozenset[str], list[int]] = {}
            for position in members:
                alike.setdefault(self._texts[allegations[position].id].common, []).append(
                    position
                )
            distinct = list(alike)
            postings: dict[str, list[int]] = {}
            parties: list[dict[str, tuple[int, str]]] = []
            for number, words in enumerate(distinct):
                for word in words:
                    postings.setdefault(word, []).append(number)
                first: dict[str, tuple[int, str]] = {}
                for position in alike[words]:
                    claimant = allegations[position].claimant
                    first.setdefault(claimant.principal.id, (position, claimant.name))
                parties.append(first)
            for words in distinct:
                # the first claimant (in corpus order) of each party alleging it alike
                merged: dict[str, tuple[int, str]] = {}
                counts = _shared_counts(words, postings)
                self.comparisons += len(counts)
                for other, shared in counts.items():
                    if shared < 3 or shared / min(len(words), len(distinct[other])) < 0.5:
                        continue
                    for party, seen in parties[other].items():
                        if party not in merged or seen[0] < merged[party][0]:
                            merged[party] = seen
                if not merged:
                    continue
                for position in alike[words]:
                    claim = allegations[position]
                    own = self._accuser[claim.id]
                    names = {party: name for party, (_, name) in merged.items() if party != own}
                    if names:
                        found[claim.id] = names
        return found


def allegation_clusters(claims: Sequence[Claim]) -> dict[str, int]:
    """Group the allegations into clusters of one real-world allegation each.

    Args:
        claims: Claims of one or many documents.

    Returns:
        A map from allegation id to cluster number.
    """
    return dict(AllegationIndex(claims).clusters)
