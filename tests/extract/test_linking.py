"""Linking denials to the allegations they answer, within and across documents."""

from __future__ import annotations

import attrs

import claimkit
from claimkit import datasets
from claimkit.extract.linking import allegation_clusters, content_words, link
from claimkit.model import ClaimKind, Corpus, Document


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
