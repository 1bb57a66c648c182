"""A body named without its state that denies a charge just made is the accused state's."""

from __future__ import annotations

import pytest

import claimkit
from claimkit.extract.denied_charges import charges_answered
from claimkit.extract.pipeline import extract_drafts
from claimkit.model import ClaimKind


def claims_of(text: str) -> list[tuple[str, str, str]]:
    """(kind, claimant's state or own id, claimant span) of every claim, in text order."""
    corpus = claimkit.extract(text)
    out = []
    for claim in sorted(corpus.claims, key=lambda c: c.provenance.span.start):
        actor = claim.claimant
        state = actor.affiliation.id if actor.affiliation is not None else actor.id
        span = claim.provenance.claimant
        out.append((claim.kind.value, state, text[span.start : span.end] if span else ""))
    return out


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Paris accused Bamako of expelling its ambassador. The Foreign Ministry said the "
         "claim was false.", "state:ml"),
        ("France accused Mali of expelling its ambassador. The Foreign Ministry denied the "
         "accusation.", "state:ml"),
        ("France accused Mali of expelling its ambassador. The ministry rejected the charge.",
         "state:ml"),
        ("France accused Mali of expelling its ambassador. The government said the claim was "
         "false.", "state:ml"),
        ("Moscow accused Kyiv of shelling the plant. The foreign ministry dismissed the "
         "allegation as absurd.", "state:ua"),
    ],
)
def test_a_body_denying_a_charge_is_the_accused_states(text: str, state: str) -> None:
    charge, denial = claims_of(text)
    assert charge[0] == "allegation"
    assert denial[0] == "denial" and denial[1] == state


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # named with its state: the name decides
        ("Paris accused Bamako of expelling its ambassador. The French Foreign Ministry said "
         "the claim was false.", "state:fr"),
        # the accused has no "foreign ministry" (its State Department goes by another name)
        ("Iran accused the United States of spying. The foreign ministry rejected the charge.",
         "state:ir"),
    ],
)
def test_a_named_state_or_a_body_named_otherwise_keeps_the_context(text: str,
                                                                   state: str) -> None:
    denial = claims_of(text)[-1]
    assert denial[0] == "denial" and denial[1] == state


def test_a_body_that_charges_again_stays_with_the_accuser() -> None:
    text = ("France accused Mali of expelling its ambassador. The Foreign Ministry said Mali "
            "had lied.")
    assert claims_of(text)[-1][:2] == ("allegation", "state:fr")


def test_charges_answered_pairs_a_denial_with_the_accused_of_the_charge_before_it() -> None:
    text = ("Paris accused Bamako of expelling its ambassador. It was the third expulsion. "
            "The Foreign Ministry said the claim was false.")
    document = claimkit.extract(text).documents[0]
    drafts = extract_drafts(document)
    assert [d.kind for d in drafts][-1] is ClaimKind.DENIAL
    # a sentence stands between the charge and the denial: no pairing
    assert charges_answered(drafts, text) == {}
    close = "Paris accused Bamako of expelling its ambassador. The ministry denied it."
    document = claimkit.extract(close).documents[0]
    pairs = charges_answered(extract_drafts(document), close)
    assert [(close[a:b], close[c:d]) for (a, b), (c, d) in pairs.items()] == [
        ("The ministry", "Bamako")
    ]
