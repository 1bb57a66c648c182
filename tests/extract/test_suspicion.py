"""A suspicion that names a party and a wrong ("suspect X of Y") is an allegation."""

from __future__ import annotations

import pytest

import claimkit
from claimkit.model import ClaimKind


def kinds(text: str) -> list[tuple[str, str, str | None]]:
    """Each claim's kind, claimant and target, in text order."""
    claims = sorted(claimkit.extract(text).claims, key=lambda c: c.provenance.span.start)
    return [(c.kind.value, c.claimant.name, c.target.name if c.target else None)
            for c in claims]


@pytest.mark.parametrize(
    ("text", "claimant", "target"),
    [
        ("Police suspect the driver of drunk driving.", "Police", "driver"),
        ("Investigators suspect the firm of dumping waste into the river.", "investigators",
         "firm"),
        ("The FBI suspected Russia of hacking the emails.", "Federal Bureau of Investigation",
         "Russia"),
    ],
)
def test_suspecting_a_party_of_a_wrong_accuses_it(text: str, claimant: str,
                                                  target: str) -> None:
    assert kinds(text) == [("allegation", claimant, target)]


def test_suspecting_a_pronoun_of_a_wrong_accuses_it() -> None:
    claims = claimkit.extract("Police suspected him of fraud.").claims
    assert [(c.kind, c.cue) for c in claims] == [(ClaimKind.ALLEGATION, "suspected")]


def test_suspecting_that_still_reports_a_belief() -> None:
    claims = claimkit.extract("Police suspect that the driver was drunk.").claims
    assert [(c.claimant.name, c.cue) for c in claims] == [("Police", "suspect")]


@pytest.mark.parametrize(
    "text",
    [
        "The suspect of the robbery fled.",  # the noun, after a determiner
        "Police arrested a suspect in the case.",
        "Suspect of robbery arrested.",  # no party between the word and "of"
        "Officials suspect the involvement of foreign agents.",  # no party suspected
        "Police suspect the son of a senator.",  # a relation, not a wrong
        "Police suspect the leader of Hamas.",  # a name after "of"
        "Detectives suspect arson of the building.",
    ],
)
def test_no_party_suspected_of_a_wrong_gives_no_claim(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Coaches suspect the striker of carrying a hamstring injury into the final.",
        "Fans suspect the club of lacking ambition in the transfer market.",
    ],
)
def test_a_suspicion_of_no_wrong_charges_no_one(text: str) -> None:
    assert [c.kind for c in claimkit.extract(text).claims] == [ClaimKind.STATEMENT]
