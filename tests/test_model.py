from __future__ import annotations

import datetime as dt

import attrs
import pytest

from claimkit import InvalidValueError
from claimkit.model import (
    Actor,
    ActorKind,
    Claim,
    ClaimKind,
    Corpus,
    CueEffect,
    Document,
    Evidence,
    EvidenceCue,
    EvidenceStrength,
    Provenance,
    Region,
    RegionKind,
    Span,
    actor_id,
    slugify,
    stable_id,
)


def test_span_recovers_its_text() -> None:
    text = "North Korea denies the claim."
    assert Span(start=12, end=18).text(text) == "denies"
    assert len(Span(start=12, end=18)) == 6


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 2), (1.5, 3)])
def test_span_rejects_bad_offsets(start: object, end: object) -> None:
    with pytest.raises(InvalidValueError):
        Span(start=start, end=end)  # type: ignore[arg-type]


def test_span_outside_text_is_an_error() -> None:
    with pytest.raises(InvalidValueError, match="outside"):
        Span(start=0, end=50).text("short")


def test_span_relations() -> None:
    outer, inner, apart = Span(start=0, end=10), Span(start=2, end=5), Span(start=10, end=12)
    assert outer.contains(inner) and outer.overlaps(inner)
    assert not outer.overlaps(apart)
    assert inner.shift(3) == Span(start=5, end=8)


def test_models_are_frozen_slotted_and_keyword_only() -> None:
    span = Span(start=0, end=1)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 3  # type: ignore[misc]
    assert not hasattr(span, "__dict__")
    with pytest.raises(TypeError):
        Span(0, 1)  # type: ignore[misc]


def test_document_regions_must_fit_text() -> None:
    with pytest.raises(InvalidValueError, match="outside its text"):
        Document(
            id="d", text="abc", regions=[Region(kind=RegionKind.BODY, span=Span(start=0, end=9))]
        )


def test_document_without_regions_is_all_body() -> None:
    doc = Document(id="d", text="Some text.")
    (region,) = doc.content_regions()
    assert region.kind is RegionKind.BODY and doc.span_text(region.span) == "Some text."


def test_document_content_regions_skip_boilerplate_and_byline() -> None:
    text = "Title\nBody.\nBy Editor\nLeave a Reply"
    regions = [
        Region(kind=RegionKind.TITLE, span=Span(start=0, end=5)),
        Region(kind=RegionKind.BODY, span=Span(start=6, end=11)),
        Region(kind=RegionKind.BYLINE, span=Span(start=12, end=21)),
        Region(kind=RegionKind.BOILERPLATE, span=Span(start=22, end=35)),
    ]
    doc = Document(id="d", text=text, regions=regions, published=dt.date(2022, 9, 22))
    assert [r.kind for r in doc.content_regions()] == [RegionKind.TITLE, RegionKind.BODY]


def test_empty_optional_strings_become_none() -> None:
    assert Document(id="d", text="x", title="").title is None
    assert Actor(id="a", name="A", role="").role is None


def test_actor_validation() -> None:
    with pytest.raises(InvalidValueError, match="alpha-2"):
        Actor(id="state:x", name="X", country="USA")
    with pytest.raises(InvalidValueError, match="empty"):
        Actor(id="a", name="  ")
    with pytest.raises(InvalidValueError):
        Actor(id="a", name="A", kind="state")  # type: ignore[arg-type]


def test_actor_affiliation_chain(small_corpus: Corpus) -> None:
    denial = small_corpus.denials[0]
    official = denial.claimant
    assert official.anonymous
    assert [a.id for a in official.affiliations()] == ["state:kp"]
    assert official.principal.id == "state:kp"
    assert official.speaks_for("state:kp") and not official.speaks_for("state:us")


def test_actor_circular_affiliation_is_rejected() -> None:
    inner = Actor(id="b", name="B", affiliation=Actor(id="a", name="A"))
    with pytest.raises(InvalidValueError, match="circular"):
        Actor(id="a", name="A", affiliation=inner)


def test_evidence_strength_is_ordinal() -> None:
    scale = list(EvidenceStrength)
    assert scale == sorted(scale)
    assert EvidenceStrength.NO_EVIDENCE < EvidenceStrength.ASSERTION < EvidenceStrength.REPORTED
    assert EvidenceStrength.DOCUMENTED < EvidenceStrength.CORROBORATED
    assert [s.rank for s in scale] == [0, 1, 2, 3, 4]


def test_evidence_score_and_weights_are_bounded() -> None:
    with pytest.raises(InvalidValueError):
        Evidence(score=1.5)
    with pytest.raises(InvalidValueError):
        EvidenceCue(text="x", span=Span(start=0, end=1), effect=CueEffect.RAISES, weight=2)
    cue = EvidenceCue(
        text="no evidence", span=Span(start=0, end=11), effect=CueEffect.ABSENCE, weight=-1
    )
    assert cue.weight == -1.0
    assert (
        "absence 'no evidence' -1.00"
        in Evidence(strength=EvidenceStrength.NO_EVIDENCE, score=0.0, cues=[cue]).explain()
    )


def test_claim_requires_an_actor_claimant() -> None:
    with pytest.raises(InvalidValueError, match="claimant"):
        Claim(
            id="c",
            kind=ClaimKind.DENIAL,
            claimant="North Korea",  # type: ignore[arg-type]
            proposition="p",
            provenance=Provenance(document_id="d", span=Span(start=0, end=1)),
        )


def test_ids_are_deterministic() -> None:
    assert stable_id("claim", "doc", 3, "denial") == stable_id("claim", "doc", 3, "denial")
    assert stable_id("claim", "doc", 3) != stable_id("claim", "doc", 4)
    assert slugify("Kim Jong Un") == "kim-jong-un"
    assert slugify("Côte d’Ivoire") == "cote-divoire"
    assert actor_id(ActorKind.STATE, "North Korea", country="KP") == "state:kp"
    assert actor_id(ActorKind.PERSON, "Vedant Patel") == "person:vedant-patel"
    anon = actor_id(ActorKind.PERSON, "defense official", anonymous=True, scope="doc 1")
    assert anon == "person:anon:doc-1:defense-official"


def test_corpus_lookups(small_corpus: Corpus) -> None:
    corpus = small_corpus
    assert {a.id for a in corpus.actors} == {
        "state:us",
        "state:kp",
        "person:anon:b:defense-official",
    }
    assert corpus.document("a").title == "Shells"
    assert [c.id for c in corpus.claims_in("b")] == ["claim:b1"]
    assert [c.id for c in corpus.claims_by("state:us")] == ["claim:a1"]
    # claims by an official count as claims by the state it speaks for
    assert [c.id for c in corpus.claims_by("state:kp")] == ["claim:b1"]
    assert [c.id for c in corpus.claims_against("state:kp")] == ["claim:a1"]
    assert corpus.claims_of_kind("denial") == corpus.denials
    assert [c.id for c in corpus.responses_to("claim:a1")] == ["claim:b1"]
    with pytest.raises(KeyError):
        corpus.claim("missing")


def test_corpus_disputes_join_documents(small_corpus: Corpus) -> None:
    (dispute,) = small_corpus.disputes()
    assert [c.id for c in dispute.allegations] == ["claim:a1"]
    assert [c.id for c in dispute.denials] == ["claim:b1"]
    assert dispute.document_ids == ("a", "b")


def test_unanswered_allegation_is_a_thread_but_not_a_dispute(small_corpus: Corpus) -> None:
    lone = Corpus.build(small_corpus.documents, small_corpus.allegations)
    assert len(lone.threads()) == 1
    assert lone.disputes() == ()


def test_same_allegation_in_two_documents_is_one_thread(small_corpus: Corpus) -> None:
    first = small_corpus.allegations[0]
    second = attrs.evolve(
        first, id="claim:b0", provenance=attrs.evolve(first.provenance, document_id="b")
    )
    denial = attrs.evolve(small_corpus.denials[0], responds_to=("claim:a1", "claim:b0"))
    corpus = Corpus.build(small_corpus.documents, [first, second, denial])
    (thread,) = corpus.disputes()
    assert {c.id for c in thread.allegations} == {"claim:a1", "claim:b0"}


def test_corpus_rejects_duplicate_ids(small_corpus: Corpus) -> None:
    claim = small_corpus.claims[0]
    with pytest.raises(InvalidValueError, match="duplicate claim id"):
        Corpus(claims=[claim, claim])


def test_corpus_merge(small_corpus: Corpus) -> None:
    left = Corpus.build(small_corpus.documents[:1], small_corpus.claims[:1])
    right = Corpus.build(small_corpus.documents[1:], small_corpus.claims[1:])
    merged = left.merge(right)
    assert merged.claims == small_corpus.claims
    assert {a.id for a in merged.actors} == {a.id for a in small_corpus.actors}
