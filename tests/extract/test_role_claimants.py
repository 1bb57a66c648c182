"""Claimants named by a role: affiliations from a modifier, compound roles, repeated roles."""

from __future__ import annotations

import pytest

import claimkit
from claimkit.extract.segment import lowers, tokenize
from claimkit.model import Claim, ClaimKind


def _claims(text: str) -> list[Claim]:
    return [c for c in claimkit.extract(text).claims
            if c.kind in (ClaimKind.ALLEGATION, ClaimKind.DENIAL)]


def _one(text: str) -> Claim:
    (claim,) = _claims(text)
    return claim


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("WHO officials said the government had hidden cases.", "World Health Organization"),
        ("WHO officials accused the government of hiding cases.", "World Health Organization"),
        ("The government hid cases, WHO officials said.", "World Health Organization"),
        ("UN officials said the army had shelled the camp.", "United Nations"),
        ("EU diplomats said Moscow had bribed the deputies.", "European Union"),
        ("NATO spokesman said Russian jets had violated the airspace.", "NATO"),
    ],
)
def test_an_organisation_before_a_role_is_its_affiliation(text: str, body: str) -> None:
    claim = _one(text)
    assert claim.claimant.affiliation is not None
    assert claim.claimant.affiliation.name == body


def test_who_alone_in_capitals_is_the_organisation() -> None:
    claim = _one("WHO said the government had hidden cases.")
    assert claim.claimant.name == "World Health Organization"


@pytest.mark.parametrize(
    "text",
    [
        "Officials who spoke to reporters said the government had hidden cases.",
        "Doctors who treated the patients said the ministry had hidden cases.",
    ],
)
def test_a_lowercase_who_is_still_a_relative_pronoun(text: str) -> None:
    claim = _one(text)
    assert claim.claimant.affiliation is None
    assert "World Health" not in claim.claimant.name


def test_only_an_acronym_in_a_mixed_case_sentence_keeps_its_capitals() -> None:
    assert lowers(tokenize("WHO officials said who knew"))[:1] == ["WHO"]
    assert lowers(tokenize("WHO officials said who knew"))[-2] == "who"
    assert lowers(tokenize("WHO KNEW")) == ["who", "knew"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Council member accuses mayor of lying about budget", "council member"),
        ("School board member accuses mayor of lying about budget", "school board member"),
        ("A school board member accused the mayor of lying.", "school board member"),
        ("Union leader accuses minister of betraying workers", "union leader"),
        ("Police chief accuses mayor of covering up the shooting", "police chief"),
        ("Party official accuses rival of vote buying", "party official"),
        ("School officials denied the allegations.", "school officials"),
    ],
)
def test_a_compound_role_is_kept_whole(text: str, name: str) -> None:
    assert _one(text).claimant.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [  # near misses: the noun before the role names its affiliation, or is no compound
        ("Harvard University officials denied the report.", "Harvard University officials"),
        ("The Clinton campaign chairman denied the report.", "Clinton campaign chairman"),
        ("Striking union leaders accused the minister of lying.", "striking union leaders"),
        ("The mayor accuses party officials of lying.", "mayor"),
    ],
)
def test_an_owner_or_a_verb_before_a_role_is_no_part_of_it(text: str, name: str) -> None:
    assert _one(text).claimant.name == name


def test_a_company_spokesman_still_speaks_for_the_company_named_before() -> None:
    claim = _claims("Acme Corp denied it. The company spokesman said the claims were false.")[-1]
    assert claim.claimant.affiliation is not None
    assert claim.claimant.affiliation.name == "Acme Corp"


_CHAFFETZ = ("Rep. Jason Chaffetz, the chairman of the House Oversight Committee, said the "
             "agency had misled Congress. ")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_CHAFFETZ + "The chairman said the FBI lied about the emails.", "Jason Chaffetz"),
        (_CHAFFETZ + "The committee chairman said the FBI lied about the emails.",
         "Jason Chaffetz"),
        ("Jane Doe, chief executive of Acme Corp, spoke on Monday. The chief executive said "
         "the regulator had fabricated the data.", "Jane Doe"),
        ("Sen. Dick Durbin, the top Democrat on the panel, spoke first. The top Democrat "
         "said the nominee lied to the committee.", "Dick Durbin"),
    ],
)
def test_a_role_repeated_refers_to_the_person_it_was_set_off_after(
    text: str, name: str
) -> None:
    assert _claims(text)[-1].claimant.name == name


def test_a_role_at_an_unknown_organisation_gives_the_person_its_affiliation() -> None:
    claim = _claims(_CHAFFETZ)[0]
    assert claim.claimant.name == "Jason Chaffetz"
    assert claim.claimant.affiliation is not None
    assert claim.claimant.affiliation.name == "House Oversight Committee"


@pytest.mark.parametrize(
    "text",
    [  # near misses: another role, a past holder, two holders, a role of another body
        _CHAFFETZ + "The vice chairman said the FBI lied about the emails.",
        _CHAFFETZ + "The spokesman said the FBI lied about the emails.",
        _CHAFFETZ + "The chairman of Exxon Mobil said the FBI lied about the emails.",
        _CHAFFETZ + "Sen. Ron Johnson, the chairman of the Senate Homeland Security "
        "Committee, agreed. The chairman said the FBI lied about the emails.",
        "Rep. Jason Chaffetz, the former chairman of the House Oversight Committee, spoke. "
        "The chairman said the FBI lied about the emails.",
    ],
)
def test_a_role_repeated_is_not_a_person_who_held_another(text: str) -> None:
    claimant = _claims(text)[-1].claimant
    assert claimant.name != "Jason Chaffetz"


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        ("Employees of Theranos said the company had faked test results.",
         "Theranos employees", "Theranos"),
        ("Members of the Oath Keepers said the police had attacked them.",
         "Oath Keepers members", "Oath Keepers"),
        ("Members of Hamas said Israel had bombed the school.", "Hamas members", "Hamas"),
        ("Former employees of Theranos said Holmes had lied to investors.",
         "Theranos former employees", None),
    ],
)
def test_members_of_a_body_speak_as_its_members(
    text: str, name: str, body: str | None
) -> None:
    claimant = _claims(text)[0].claimant
    assert claimant.name == name
    assert (claimant.affiliation.name if claimant.affiliation else None) == body


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("President Donald Trump spoke in Ohio on Monday. Supporters of the president said "
         "the FBI had lied about him.", "Donald Trump supporters"),
        ("Sen. Bernie Sanders spoke. Supporters of the senator said the DNC had rigged the "
         "primary.", "Bernie Sanders supporters"),
        # near misses: no body named after "of", or a person's
        ("Members of the public said the police had beaten protesters.", "members"),
        ("Staff of Senator John Smith said the police had beaten protesters.", "John Smith"),
        ("Fans of Bradley Cooper's performance said the actor had lied.",
         "Bradley Cooper fans"),
    ],
)
def test_a_group_of_a_party_named_by_a_role_is_named_after_it(text: str, name: str) -> None:
    assert _claims(text)[-1].claimant.name == name
