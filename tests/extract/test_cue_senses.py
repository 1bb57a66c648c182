"""Words that look like cues but are not: a noun after a number, "claim" taking a noun."""

from __future__ import annotations

import pytest

import claimkit
from claimkit.model import Claim, ClaimKind


def _claims(text: str) -> list[Claim]:
    return [c for c in claimkit.extract(text).claims
            if c.kind in (ClaimKind.ALLEGATION, ClaimKind.DENIAL)]


@pytest.mark.parametrize(
    "text",
    [
        "A 2022 dispute with the regulator led the firm to say the fine was unfair.",
        "The firm's 2019 denial was ignored by the court.",
        "A 1990s dispute over the border still divides the two villages.",
    ],
)
def test_a_cue_word_after_a_number_and_its_determiner_is_a_noun(text: str) -> None:
    assert not any(c.claimant.name[:1].isdigit() for c in claimkit.extract(text).claims)
    assert not any(c.kind is ClaimKind.DENIAL for c in _claims(text))


def test_the_object_made_to_speak_is_the_speaker() -> None:
    claim = _claims("The ruling prompted the embattled minister to deny any wrongdoing.")[0]
    assert claim.kind is ClaimKind.DENIAL
    assert claim.claimant.name == "minister"
    (said,) = claimkit.extract(
        "A 2022 dispute with the regulator led the firm to say the fine was unfair.").claims
    assert said.claimant.name == "firm"


@pytest.mark.parametrize(
    "text",
    [  # near misses: a verb after a number is still a verb
        "In 2022 Acme disputed the fine, calling it unfair.",
        "The 12 accused denied the charges.",
    ],
)
def test_a_verb_after_a_number_is_still_a_cue(text: str) -> None:
    assert _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The landlord claimed rent that the tenants said they had never owed.",
        "The firm claimed rent arrears that the tenants denied owing.",
    ],
)
def test_claim_taking_a_plain_noun_is_no_speech(text: str) -> None:
    claims = claimkit.extract(text).claims
    assert all(c.cue != "claimed" for c in claims)
    assert any(c.claimant.name == "tenants" for c in claims)


@pytest.mark.parametrize(
    "text",
    [  # near misses: a clause, a time before "that", a wrong asserted
        "The landlord claimed the tenants owed rent.",
        "Smith claimed Monday that the money was stolen.",
        "Smith claimed last week that the money was stolen.",
        "Officials claimed fraud.",
    ],
)
def test_claim_with_a_clause_or_a_wrong_still_speaks(text: str) -> None:
    assert any(c.cue == "claimed" for c in claimkit.extract(text).claims)
