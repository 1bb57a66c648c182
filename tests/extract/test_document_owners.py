"""A document named by its owner's possessive speaks for the owner (document_owners)."""

from __future__ import annotations

import pytest

import claimkit
from claimkit.model import Actor, ClaimKind


def _claimant(text: str) -> Actor:
    claims = [c for c in claimkit.extract(text).claims
              if c.kind in (ClaimKind.ALLEGATION, ClaimKind.DENIAL)]
    return claims[-1].claimant


@pytest.mark.parametrize(
    ("text", "document", "owner"),
    [
        ("The union's lawsuit said the company lied.", "lawsuit", "union"),
        ("The company's report said the union lied.", "report", "company"),
        ("The party's report said the union lied.", "report", "party"),
        ("The group's lawsuit said the company lied.", "lawsuit", "group"),
        ("The agency's report said the company lied.", "report", "agency"),
        ("The council's report said the company lied.", "report", "council"),
        ("The committee's final report concluded that the agency lied.", "final report",
         "committee"),
        ("The court's ruling said the company lied.", "ruling", "court"),
        ("The campaign\u2019s statement says the reporter lied.", "statement", "campaign"),
        ("The union's 40-page lawsuit alleges that the company fired workers illegally.",
         "40-page lawsuit", "union"),
        ("The teachers union's lawsuit alleges that the district lied.", "lawsuit",
         "teachers union"),
        ("The city's lawsuit alleges that the company polluted the river.", "lawsuit", "city"),
        ("The family's lawsuit alleges that the hospital ignored warnings.", "lawsuit",
         "family"),
        ("The hospital's report said the doctor lied.", "report", "hospital"),
        # a phrase after the document modifies it
        ("The agency's report on the crash blamed the pilot.", "report", "agency"),
        ("The department's report released Monday said the officers lied.", "report",
         "department"),
        ("The union's letter to the company said managers lied.", "letter", "union"),
        # was the owner itself
        ("The nurses' lawsuit said the hospital lied.", "lawsuit", "nurses"),
        # the owner is the one the story named before
        ("Acme Corp fired 300 workers. The company's report said the union lied.", "report",
         "Acme Corp"),
        ("The EPA fined the firm. The agency's report said the company lied.", "report",
         "Environmental Protection Agency"),
    ],
)
def test_an_owned_document_speaks_for_its_owner(text: str, document: str, owner: str) -> None:
    claimant = _claimant(text)
    assert claimant.name == document
    assert claimant.affiliation is not None and claimant.affiliation.name == owner


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # a named owner speaks itself
        ("Google's complaint says Microsoft lied.", "Google"),
        ("Smith's lawsuit says the company lied.", "Smith"),
        ("Amnesty International's report says the army tortured prisoners.",
         "Amnesty International"),
        # no document: the possessive's own readings
        ("The president's lawyers said the prosecutor lied.", "president"),
        ("The victim's family said the police lied.", "victim's family"),
    ],
)
def test_named_owners_and_other_possessives_are_unchanged(text: str, claimant: str) -> None:
    assert _claimant(text).name == claimant


@pytest.mark.parametrize(
    "text",
    [
        "Monday's statement said the company lied.",  # a time is no owner
        "Last year's report said the company lied.",
        "The world's largest study found that the company lied.",  # nor is the world
        "The victim's autopsy found that police beat him.",  # about its owner, not by it
    ],
)
def test_times_and_non_actors_own_no_document(text: str) -> None:
    claimant = _claimant(text)
    assert claimant.affiliation is None


def test_a_document_that_modifies_another_noun_is_no_claimant_of_its_own() -> None:
    claimant = _claimant("The company's report card said the union lied.")
    assert claimant.name != "report card" and claimant.affiliation is None


def test_russias_critics_speak_for_no_one() -> None:
    claimant = _claimant("Russia's critics say the Kremlin lied.")
    assert claimant.affiliation is None


@pytest.mark.parametrize(
    ("text", "document", "publisher"),
    [
        ("The report, released by the Justice Department, said the officers beat the suspect.",
         "report", "US Department of Justice"),
        ("The study, published Tuesday by Human Rights Watch, found that the army tortured "
         "detainees.", "study", "Human Rights Watch"),
        ("The lawsuit, filed Monday by the American Civil Liberties Union, alleges the "
         "officers beat the suspect.", "lawsuit", "American Civil Liberties Union"),
    ],
)
def test_a_document_set_off_with_its_publisher_speaks_for_it(
    text: str, document: str, publisher: str
) -> None:
    claimant = _claimant(text)
    assert claimant.name == document
    assert claimant.affiliation is not None
    assert claimant.affiliation.name == publisher


@pytest.mark.parametrize(
    "text",
    [  # near misses: no publisher named, or none the story knows
        "The report, released Tuesday, said the officers beat the suspect.",
        "The report, written by its authors, said the officers beat the suspect.",
        "The report, published by a group of researchers, said the officers beat the suspect.",
    ],
)
def test_a_document_set_off_with_no_publisher_speaks_for_no_one(text: str) -> None:
    assert _claimant(text).affiliation is None


@pytest.mark.parametrize(
    ("text", "cue", "claimant"),
    [  # the participle describes the document: "said" is the cue, the publisher speaks
        ('"The security forces tortured detainees," said the report, published Tuesday by '
         "Human Rights Watch.", "said", "Human Rights Watch"),
        ("A report published Tuesday by Human Rights Watch said the army tortured detainees.",
         "said", "Human Rights Watch"),
        ("A report published by Human Rights Watch alleged that the army tortured detainees.",
         "alleged", "Human Rights Watch"),
    ],
)
def test_a_participle_with_its_publisher_is_no_cue(text: str, cue: str, claimant: str) -> None:
    claims = [c for c in claimkit.extract(text).claims
              if c.kind in (ClaimKind.ALLEGATION, ClaimKind.DENIAL)]
    assert [(c.cue, c.claimant.name) for c in claims] == [(cue, claimant)]


def test_a_publisher_that_publishes_a_claim_still_makes_it() -> None:
    claims = claimkit.extract("Human Rights Watch published by email a statement that the army "
                              "had tortured detainees.").claims
    assert [c.cue for c in claims] == ["published"]
