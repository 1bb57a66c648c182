"""Shared fixtures and the hypothesis profiles of claimkit's test suite."""

from __future__ import annotations

import os
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import claimkit
from claimkit.model import (
    Actor,
    ActorKind,
    Claim,
    ClaimKind,
    Commitment,
    Corpus,
    CueEffect,
    Document,
    Evidence,
    EvidenceCue,
    EvidenceStrength,
    Provenance,
    Span,
    actor_id,
)

# The one place that says how hard hypothesis tries: no test sets max_examples itself.
# "ci" (what .ci/run uses, and any environment with CI set) is thorough and reproducible;
# "fast" (the default elsewhere) keeps a local run of the suite short.  Choose with
# HYPOTHESIS_PROFILE=ci|fast.
_BASE = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", _BASE, max_examples=60, derandomize=True)
settings.register_profile("fast", _BASE, max_examples=15)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "fast")
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds_dir() -> Path:
    """The folder of the example dataset."""
    return SEEDS


def _span_of(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start=start, end=start + len(phrase))


@pytest.fixture
def small_corpus() -> Corpus:
    """A hand-made corpus: one allegation and the denial that answers it, in two documents."""
    us = Actor(
        id=actor_id(ActorKind.STATE, "United States", country="US"),
        name="United States",
        kind=ActorKind.STATE,
        country="US",
        aliases=("US", "Washington"),
    )
    kp = Actor(id="state:kp", name="North Korea", kind=ActorKind.STATE, country="KP")
    official = Actor(
        id=actor_id(ActorKind.PERSON, "defense official", anonymous=True, scope="b"),
        name="defense official",
        kind=ActorKind.PERSON,
        affiliation=kp,
        anonymous=True,
        role="defense official",
    )
    text_a = "Washington accused North Korea of selling shells to Russia, citing satellite images."
    text_b = "An unnamed North Korean defense official denied selling shells to Russia."
    doc_a = Document(id="a", text=text_a, title="Shells")
    doc_b = Document(id="b", text=text_b)
    allegation = Claim(
        id="claim:a1",
        kind=ClaimKind.ALLEGATION,
        claimant=us,
        target=kp,
        proposition="North Korea sold shells to Russia",
        cue="accused",
        provenance=Provenance(
            document_id="a",
            span=Span(start=0, end=len(text_a)),
            cue=(_span_of(text_a, "accused"),),
            claimant=_span_of(text_a, "Washington"),
            content=_span_of(text_a, "selling shells to Russia"),
            target=_span_of(text_a, "North Korea"),
        ),
        evidence=Evidence(
            strength=EvidenceStrength.DOCUMENTED,
            score=0.7,
            cues=(
                EvidenceCue(
                    text="satellite images",
                    span=_span_of(text_a, "satellite images"),
                    effect=CueEffect.RAISES,
                    weight=0.3,
                ),
            ),
        ),
    )
    denial = Claim(
        id="claim:b1",
        kind=ClaimKind.DENIAL,
        claimant=official,
        target=us,
        proposition="selling shells to Russia",
        cue="denied",
        commitment=Commitment.CERTAIN,
        provenance=Provenance(
            document_id="b",
            span=Span(start=0, end=len(text_b)),
            cue=(_span_of(text_b, "denied"),),
            claimant=_span_of(text_b, "An unnamed North Korean defense official"),
            content=_span_of(text_b, "selling shells to Russia"),
        ),
        responds_to=("claim:a1",),
    )
    return Corpus.build([doc_a, doc_b], [allegation, denial])


@pytest.fixture
def reexport_peak() -> Callable[[Path, Path], int]:
    """A function that streams ``source`` into ``target`` and returns the peak traced memory.

    It re-exports with ``claimkit.dump(claimkit.iter_load(source), target)`` and checks that
    the copy is byte for byte the source.
    """

    def measure(source: Path, target: Path) -> int:
        tracemalloc.start()
        try:
            claimkit.dump(claimkit.iter_load(source), target)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert target.read_bytes() == source.read_bytes()
        return peak

    return measure
