"""Whom an allegation accuses and whose charge a denial answers (claim_targets)."""

from __future__ import annotations

import pytest

import claimkit


def _kinds(text: str) -> list[tuple[str, str, str]]:
    return [(c.kind.value, c.claimant.name, c.cue) for c in claimkit.extract(text).claims]


@pytest.mark.parametrize(
    "text",
    [
        # the advisers' criticism stands between Carson's own charge and his denial
        ("Ben Carson blamed the national debt for keeping interest rates low. The New York "
         "Times quoted one of Carson's advisers as saying he is having trouble understanding "
         "foreign policy. He brushed off these concerns."),
        ("Senator Lee accused the agency of wasting money. Her rival said Lee had missed most "
         "votes this year. Lee dismissed those claims."),
    ],
)
def test_a_denial_after_another_voice_answers_it(text: str) -> None:
    denials = [k for k in _kinds(text) if k[0] == "denial"]
    assert len(denials) == 1


def test_an_actor_does_not_deny_the_charge_it_has_just_made() -> None:
    text = ("Senator Lee accused the agency of wasting money. Lee dismissed those claims.")
    assert [k for k in _kinds(text) if k[0] == "denial"] == []


def test_an_allegation_targets_the_accused_state() -> None:
    (claim,) = claimkit.extract("Washington accused Iran of providing drones to Russia.").claims
    assert claim.target is not None and claim.target.name == "Iran"


def test_a_claim_an_outlet_reports_stays_a_claim_of_its_speaker() -> None:
    text = ("CNN reported that some pundits are claiming the government has decided to charge "
            "the sergeant with desertion.")
    claims = claimkit.extract(text).claims
    assert [(c.kind.value, c.claimant.name) for c in claims] == [("allegation", "pundits")]
    assert claims[0].channel is not None and claims[0].channel.name == "CNN"


def test_a_denying_participle_after_a_denial_of_the_claims_is_one_denial() -> None:
    text = ('The official at the North Korean embassy denied the claims, saying "It\'s a '
            'nonsense", and refusing to comment further.')
    denials = [c for c in claimkit.extract(text).claims if c.kind.value == "denial"]
    assert [c.cue for c in denials] == ["denied"]
