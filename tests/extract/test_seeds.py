"""The seeds against their gold annotations (``seeds/gold.json``), strictly.

Expectations come from the gold file, never from the extractor's own output: every
allegation, denial and warning a careful reader marked must be found with its kind,
claimant and target; no denial may be reported where the gold has none; and the gold
dispute threads must come out as threads.
"""

from __future__ import annotations

import pytest

from claimkit import datasets
from claimkit.model import Actor, Claim, ClaimKind, Corpus

GOLD = datasets.example_gold()
FOUND = datasets.example()
MARKED = (ClaimKind.ALLEGATION, ClaimKind.DENIAL, ClaimKind.WARNING)


def principal(actor: Actor | None) -> str | None:
    return actor.principal.id if actor is not None else None


def match(claim: Claim, corpus: Corpus) -> Claim | None:
    """The claim of ``corpus`` whose cue overlaps the cue of ``claim``."""
    for other in corpus.claims_in(claim.document_id):
        if any(a.overlaps(b) for a in other.provenance.cue for b in claim.provenance.cue):
            return other
    return None


@pytest.mark.parametrize("gold", [c for c in GOLD.claims if c.kind in MARKED],
                         ids=lambda c: c.id)
def test_every_gold_allegation_denial_and_warning_is_found(gold: Claim) -> None:
    found = match(gold, FOUND)
    assert found is not None, f"missed: {gold.cue!r} in {gold.document_id}"
    assert found.kind is gold.kind
    assert principal(found.claimant) == principal(gold.claimant)
    assert found.provenance.claimant is not None and gold.provenance.claimant is not None
    assert found.provenance.claimant.overlaps(gold.provenance.claimant)
    assert principal(found.target) == principal(gold.target)


@pytest.mark.parametrize("gold", [c for c in GOLD.claims if c.kind not in MARKED],
                         ids=lambda c: c.id)
def test_gold_statements_are_found(gold: Claim) -> None:
    found = match(gold, FOUND)
    assert found is not None and found.kind is gold.kind
    assert found.commitment is gold.commitment
    assert found.evidence.strength is gold.evidence.strength


def test_no_denial_that_the_gold_does_not_have() -> None:
    for claim in FOUND.denials:
        gold = match(claim, GOLD)
        assert gold is not None and gold.kind is ClaimKind.DENIAL, claim.cue


def test_gold_dispute_threads_come_out_as_threads() -> None:
    found_threads = FOUND.threads()
    for dispute in GOLD.disputes():
        members = [match(c, FOUND) for c in (*dispute.allegations, *dispute.denials)]
        assert all(m is not None for m in members)
        ids = {m.id for m in members if m is not None}
        holding = [t for t in found_threads
                   if ids <= {c.id for c in (*t.allegations, *t.responses)}]
        assert holding, f"gold thread over {dispute.document_ids} is split"
        assert set(holding[0].document_ids) == set(dispute.document_ids)
