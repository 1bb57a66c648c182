"""Linking denials to the allegations they answer, within and across documents."""

from __future__ import annotations

import random
from collections.abc import Sequence

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimkit
from claimkit import datasets
from claimkit.extract.linking import (
    _NEARBY,
    AllegationIndex,
    allegation_clusters,
    content_words,
    link,
)
from claimkit.extract.propositions import _common_words
from claimkit.model import Actor, ActorKind, Claim, ClaimKind, Corpus, Document, Provenance, Span


def corpus(*texts: str) -> Corpus:
    return claimkit.extract([Document(id=f"doc-{i}", text=t) for i, t in enumerate(texts)])


def test_denial_answers_the_allegation_in_the_same_document() -> None:
    found = corpus(
        "Ukraine accused Russia of shelling the Zaporizhzhia nuclear plant. "
        "Moscow denied shelling the plant."
    )
    denial = found.denials[0]
    allegation = found.allegations[0]
    assert denial.responds_to == (allegation.id,)
    assert denial.target is not None and denial.target.id == allegation.claimant.principal.id
    assert len(found.disputes()) == 1


def test_back_reference_answers_the_latest_allegation_before_it() -> None:
    found = corpus(
        "Washington has charged Iran with providing drones to Russia, a charge Tehran has "
        "refuted. Separately, Brazil accused Argentina of dumping steel."
    )
    denial = found.denials[0]
    charged = [a for a in found.allegations if a.target and a.target.id == "state:ir"]
    assert denial.responds_to == (charged[0].id,)


def test_same_allegation_in_two_documents_is_one_thread() -> None:
    found = corpus(
        "The United States accused North Korea of supplying artillery shells to Russia.",
        "North Korea denied supplying artillery shells to Russia, calling the US claims lies.",
    )
    threads = [t for t in found.threads() if t.denials]
    assert len(threads) == 1
    assert set(threads[0].document_ids) == {"doc-0", "doc-1"}


def test_unrelated_allegations_are_not_linked() -> None:
    found = corpus(
        "The United States accused North Korea of supplying artillery shells to Russia.",
        "Chile denied dumping copper on world markets.",
    )
    denial = next(c for c in found.claims if c.kind is ClaimKind.DENIAL)
    assert denial.responds_to == ()


def test_linking_is_deterministic_and_order_independent() -> None:
    found = corpus(
        "The United States accused North Korea of supplying artillery shells to Russia.",
        "North Korea denied supplying artillery shells to Russia.",
    )
    claims = list(found.claims)
    reset = [attrs.evolve(c, responds_to=()) for c in claims]
    forward = {c.id: c.responds_to for c in link(reset)}
    backward = {c.id: c.responds_to for c in link(list(reversed(reset)))}
    assert forward == backward == {c.id: c.responds_to for c in claims}


def test_clusters_group_reports_of_one_allegation_across_documents() -> None:
    found = corpus(
        "The United States accused North Korea of supplying artillery shells to Russia.",
        "Washington has accused Pyongyang of selling artillery shells to Moscow.",
    )
    clusters = allegation_clusters(found.claims)
    assert len(clusters) == 2 and len(set(clusters.values())) == 1


def test_content_words_drop_stop_words_and_stem() -> None:
    assert content_words("the claims that it is sending shells") == {"sendi", "shell"} or (
        content_words("the claims that it is sending shells") == {"send", "shell"}
    )


def test_seed_threads() -> None:
    found = datasets.example()
    disputes = found.disputes()
    arms = [d for d in disputes if any(a.target and a.target.id == "state:kp"
                                       for a in d.allegations)]
    drones = [d for d in disputes if any(a.target and a.target.id == "state:ir"
                                         for a in d.allegations)]
    assert len(arms) == 1 and len(drones) == 1 and arms[0] is not drones[0]
    assert set(arms[0].document_ids) == {"000_6bcb59690b46f811", "004_1a83e61fc4204547"}
    assert {c.claimant.principal.id for c in arms[0].denials} >= {"state:kp", "state:ru"}
    assert all(a.claimant.principal.id == "state:us" for a in arms[0].allegations
               if a.target and a.target.id == "state:kp")
    assert [c.claimant.principal.id for c in drones[0].denials] == ["state:ir"]
    assert [a.claimant.principal.id for a in drones[0].allegations] == ["state:us"]


# ------------------------------------------------------------ the allegation index

_STATES = {
    code: Actor(id=f"state:{code}", name=name, kind=ActorKind.STATE)
    for code, name in (("us", "United States"), ("kp", "North Korea"), ("ru", "Russia"))
}
_SPOKESPERSON = Actor(id="person:spokesperson", name="a spokesperson", kind=ActorKind.PERSON,
                      affiliation=_STATES["us"])
_VOCABULARY = ("shells", "rockets", "drones", "Moscow", "selling", "buying", "artillery",
               "supplied", "secretly", "Kremlin", "it", "the")


def _allegation(number: int, document: int, start: int, claimant: Actor, target: str,
                words: Sequence[str]) -> Claim:
    return Claim(
        id=f"claim:{number}",
        kind=ClaimKind.ALLEGATION,
        claimant=claimant,
        target=_STATES[target],
        proposition=" ".join(words),
        cue="accused",
        provenance=Provenance(document_id=f"doc-{document}", span=Span(start=start, end=start + 10),
                              cue=(Span(start=start, end=start + 3),)),
    )


_allegations = st.lists(
    st.tuples(
        st.integers(0, 5),
        st.integers(0, 500),
        st.sampled_from([_STATES["us"], _STATES["ru"], _SPOKESPERSON]),
        st.sampled_from(["kp", "ru"]),
        st.one_of(  # the same few propositions in many documents, and any others
            st.sampled_from([("selling", "artillery", "shells"), ("Moscow", "drones", "supplied"),
                             ("Moscow", "Kremlin"),  # names only: no common words
                             ("it", "buying", "rockets", "secretly", "Kremlin", "shells")]),
            st.lists(st.sampled_from(_VOCABULARY), max_size=7),
        ),
    ),
    max_size=40,
).map(lambda rows: [_allegation(n, *row) for n, row in enumerate(rows)])


def _all_pairs_clusters(claims: Sequence[Claim]) -> dict[str, int]:
    """The clusters by their definition, comparing every pair of a bucket."""
    alleged = sorted(claims, key=lambda c: (c.document_id, c.provenance.span.start, c.id))
    parent = list(range(len(alleged)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        parent[max(a, b)] = min(a, b)

    def opens_with_reference(text: str) -> bool:
        return text.split()[:1] in (["it"], ["these"], ["such"])

    for i, first in enumerate(alleged):
        for j, second in enumerate(alleged[i + 1 :], start=i + 1):
            if (first.claimant.principal.id, first.target) != (
                second.claimant.principal.id, second.target
            ):
                continue
            if first.document_id == second.document_id:
                in_bucket = [k for k in range(i + 1, j) if alleged[k].claimant.principal.id
                             == first.claimant.principal.id and alleged[k].target == first.target]
                if len(in_bucket) < _NEARBY and (
                    opens_with_reference(first.proposition)
                    or opens_with_reference(second.proposition)
                    or _common_words(first.proposition) & _common_words(second.proposition)
                ):
                    union(i, j)
                continue
            a, b = content_words(first.proposition), content_words(second.proposition)
            if len(a & b) >= 2 and len(a & b) / min(len(a), len(b)) >= 0.25:
                union(i, j)
    return {c.id: find(i) for i, c in enumerate(alleged)}


def _all_pairs_corroborators(claims: Sequence[Claim]) -> dict[str, dict[str, str]]:
    """Who else alleges each allegation alike, comparing every pair (first party name wins)."""
    found: dict[str, dict[str, str]] = {}
    for one in claims:
        for two in claims:
            if two is one or one.target != two.target:
                continue
            if one.claimant.principal.id == two.claimant.principal.id:
                continue
            a, b = _common_words(one.proposition), _common_words(two.proposition)
            if len(a & b) >= 3 and len(a & b) / min(len(a), len(b)) >= 0.5:
                found.setdefault(one.id, {}).setdefault(two.claimant.principal.id,
                                                        two.claimant.name)
    return found


@settings(deadline=None)
@given(_allegations)
def test_index_equals_comparing_every_pair(claims: list[Claim]) -> None:
    index = AllegationIndex(claims)
    assert index.clusters == _all_pairs_clusters(claims)
    assert index.corroborators == _all_pairs_corroborators(claims)
    on_disk = AllegationIndex(claims, on_disk=True)
    assert dict(on_disk.clusters) == index.clusters
    assert dict(on_disk.corroborators) == index.corroborators
    assert list(on_disk) == list(index)


def _replicas(claims: Sequence[Claim], copies: int) -> list[Claim]:
    """The claims again in ``copies`` more documents each (ids and links shifted)."""
    out = list(claims)
    for copy in range(1, copies + 1):
        out += [
            attrs.evolve(
                c, id=f"{c.id}~{copy}",
                provenance=attrs.evolve(c.provenance, document_id=f"{c.document_id}~{copy}"),
                responds_to=tuple(f"{r}~{copy}" for r in c.responds_to),
            )
            for c in claims
        ]
    return out


def test_identical_reports_are_compared_once() -> None:
    seeds = list(datasets.example().claims)
    many = _replicas(seeds, 20_000 // len(seeds))
    assert len(many) >= 20_000
    small, large = AllegationIndex(seeds), AllegationIndex(many)
    assert large.comparisons == small.comparisons > 0
    worded = [c.id for c in seeds if c.id in small and len(content_words(c.proposition)) >= 2]
    assert worded
    for claim_id in worded:  # every report of one allegation is in one cluster
        assert large.clusters[f"{claim_id}~7"] == large.clusters[claim_id]
    # (linking all 20k would be slow by its output alone: each denial answers every copy)
    linked = {c.id: c for c in link(_replicas(seeds, 9))}
    for claim in link(seeds):
        copy = linked[f"{claim.id}~7"]
        # each copy answers what its original answers, in its own and in other documents
        assert set(claim.responds_to) <= {r.partition("~")[0] for r in copy.responds_to}
        if claim.kind is ClaimKind.DENIAL and claim.responds_to:
            assert {r.partition("~")[2] for r in copy.responds_to} > {"7"}


def test_distinct_allegations_are_compared_through_shared_words_only() -> None:
    rng = random.Random(7)
    vocabulary = [a + b + c + d for a in "bcdfgklmnprstvwz" for b in "aeiou" for c in "dgklmnprstx"
                  for d in "aeiou"]
    seeds = [c for c in datasets.example().claims if c.kind is ClaimKind.ALLEGATION and c.target]
    many = [
        attrs.evolve(
            seed, id=f"{seed.id}~{n}", proposition=" ".join(rng.sample(vocabulary, 6)),
            provenance=attrs.evolve(seed.provenance, document_id=f"doc-{n // 20}"),
        )
        for n, seed in enumerate(seeds[i % len(seeds)] for i in range(20_000))
    ]
    index = AllegationIndex(many)
    buckets: dict[tuple[str, str], int] = {}
    for claim in many:
        key = (claim.claimant.principal.id, claim.target.principal.id)  # type: ignore[union-attr]
        buckets[key] = buckets.get(key, 0) + 1
    every_pair = sum(n * (n - 1) // 2 for n in buckets.values())
    assert every_pair > 10_000_000
    assert 0 < index.comparisons < every_pair / 10


def test_link_against_a_prebuilt_index_equals_linking_everything() -> None:
    claims = [attrs.evolve(c, responds_to=()) for c in datasets.example().claims]
    whole = link(claims)
    index = AllegationIndex(claims)
    by_document: dict[str, list[Claim]] = {}
    for claim in claims:
        by_document.setdefault(claim.document_id, []).append(claim)
    parts = [c for part in by_document.values() for c in link(part, index=index)]
    assert sorted(parts, key=lambda c: c.id) == sorted(whole, key=lambda c: c.id)
    assert any(c.responds_to for c in parts)
    alone = AllegationIndex(by_document[claims[0].document_id])
    other = next(part for document, part in by_document.items()
                 if document != claims[0].document_id)
    with pytest.raises(ValueError, match="lacks allegation"):
        link(other, index=alone)


def test_a_response_links_to_the_nearest_reports_of_a_widely_repeated_allegation() -> None:
    from claimkit.extract.linking import MAX_LINKS_PER_CLUSTER

    pair = "Officials said Iran supplied drones to Russia. Iran denied supplying drones to Russia."
    corpus = claimkit.extract("\n\n".join([pair] * 60))
    denials = [c for c in corpus.claims if c.kind.value == "denial"]
    allegations = {c.id: c for c in corpus.claims if c.kind.value == "allegation"}
    assert len(denials) == 60 and len(allegations) == 60
    for denial in denials:
        assert 1 <= len(denial.responds_to) <= MAX_LINKS_PER_CLUSTER
        # the allegation right before it is among those it answers
        starts = [allegations[i].provenance.span.start for i in denial.responds_to]
        before = max(s for s in (a.provenance.span.start for a in allegations.values())
                     if s < denial.provenance.span.start)
        assert before in starts
    # one thread still holds every report and every denial
    assert len(corpus.threads()) == 1


def _without_links(claims: Sequence[Claim]) -> list[Claim]:
    return [attrs.evolve(c, responds_to=()) for c in claims]


def test_an_index_on_disk_links_as_one_in_memory() -> None:
    pair = "Officials said Iran supplied drones to Russia. Iran denied supplying drones to Russia."
    repeated = list(claimkit.extract("\n\n".join([pair] * 40)).claims)  # > 16 reports
    for claims in (_replicas(list(datasets.example().claims), 6), repeated):
        claims = _without_links(claims)
        on_disk = AllegationIndex(claims, on_disk=True)
        assert on_disk.on_disk and len(on_disk) == len(AllegationIndex(claims)) > 0
        by_document: dict[str, list[Claim]] = {}
        for claim in claims:
            by_document.setdefault(claim.document_id, []).append(claim)
        parts = [c for part in by_document.values() for c in link(part, index=on_disk)]
        whole = link(claims)
        assert sorted(parts, key=lambda c: c.id) == sorted(whole, key=lambda c: c.id)
        assert any(c.responds_to for c in whole)


def test_an_index_keeps_compact_records_not_the_claims() -> None:
    import gc
    import pickle
    import weakref

    from claimkit.extract.allegations import IndexedAllegation

    claims = _without_links(datasets.example().claims)
    expected = link(claims)
    for on_disk in (False, True):
        fresh = _without_links(claims)
        alive = [weakref.ref(c) for c in fresh]
        index = AllegationIndex((c for c in fresh), on_disk=on_disk)
        del fresh
        gc.collect()
        assert all(ref() is None for ref in alive), "the index holds on to claims"
        records = list(index)
        assert records and all(type(r) is IndexedAllegation for r in records)
        assert not any(isinstance(value, Claim) for r in records for value in r)
        assert {r.id for r in records} == {
            c.id for c in claims if c.kind is ClaimKind.ALLEGATION and c.target
        }
        assert link(claims, index=index) == expected
        # an index travels to other processes (dask) whole
        assert link(claims, index=pickle.loads(pickle.dumps(index))) == expected
