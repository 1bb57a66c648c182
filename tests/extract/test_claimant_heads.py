"""Claimants named by the head of a long subject, not by a name inside its modifiers."""

from __future__ import annotations

import pytest

import claimkit
from claimkit.model import Claim, ClaimKind


def _one(text: str) -> Claim:
    (claim,) = [c for c in claimkit.extract(text).claims
                if c.kind in (ClaimKind.ALLEGATION, ClaimKind.DENIAL)]
    return claim


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("A number of the families of those killed in the shooting at Sandy Hook Elementary "
         "School said the company was negligent.", "families"),
        ("The families of those killed in the shooting at Sandy Hook Elementary School said "
         "the company was negligent.", "families"),
        ("Families of those killed in the attack on the World Trade Center said the "
         "airline had ignored the warnings.", "families"),
        ("A handful of rabbis said the speech was racist.", "rabbis"),
    ],
)
def test_a_group_before_a_clause_speaks_not_the_place_inside_it(
    text: str, claimant: str
) -> None:
    claim = _one(text)
    assert claim.claimant.name == claimant
    assert claim.claimant.affiliation is None  # where the dead died is no one's principal


@pytest.mark.parametrize(
    ("text", "claimant", "affiliation"),
    [
        # near-misses: a party named right after "of", or a count of a named party's people
        ("The victims' families said the company was negligent.", "victims' families",
         "victims"),
        ("A handful of Google employees said the company had retaliated against them.",
         "Google employees", "Google"),
        ("The majority of Democrats said the president lied.", "Democrats",
         "Democratic Party"),
        ("The family of the woman, Mercy Achieng, said the hospital had falsified her records.",
         "family", "Mercy Achieng"),
    ],
)
def test_a_count_or_family_keeps_the_party_it_belongs_to(
    text: str, claimant: str, affiliation: str
) -> None:
    claim = _one(text)
    assert claim.claimant.name == claimant
    assert claim.claimant.affiliation is not None
    assert claim.claimant.affiliation.name == affiliation


def test_a_count_of_those_is_left_whole() -> None:
    claim = _one("A majority of those polled said the president lied.")
    assert claim.claimant.name == "majority of those polled"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The Tigray People's Liberation Front accused the government of war crimes.",
         "Tigray People's Liberation Front"),
        ("The Information Commissioner's Office said the company broke the law.",
         "Information Commissioner's Office"),
        ("The Sudan People's Liberation Movement accused Khartoum of bombing civilians.",
         "Sudan People's Liberation Movement"),
        ("The Women's Equality Party said the minister had lied.", "Women's Equality Party"),
        ("The Attorney General's Office said the company had defrauded investors.",
         "Attorney General's Office"),
    ],
)
def test_a_possessive_of_people_inside_an_organisations_name_is_part_of_it(
    text: str, claimant: str
) -> None:
    assert _one(text).claimant.name == claimant


@pytest.mark.parametrize(
    ("text", "claimant", "principal"),
    [
        # near-misses: an owner's body, a role's document, a title-case headline
        ("Trump's Justice Department accused Google of breaking the law.",
         "US Department of Justice", "state:us"),
        ("Britain's Foreign Office said Russia had poisoned the spy.",
         "UK Foreign, Commonwealth and Development Office", "state:gb"),
        ("Obama's White House said the report was false.", "White House", "state:us"),
    ],
)
def test_an_owner_before_a_known_body_is_not_part_of_its_name(
    text: str, claimant: str, principal: str
) -> None:
    claim = _one(text)
    assert claim.claimant.name == claimant
    assert claim.claimant.principal.id == principal


def test_a_campaign_keeps_its_owners_name() -> None:
    assert _one("Ryan's campaign denied the report.").claimant.name == "Ryan campaign"


def test_a_headline_possessive_makes_no_long_organisation() -> None:
    text = ("Jeb Bush Super PAC Chief Praises Marco Rubio Donor’s Anti-Donald Trump Skywriting "
            "Campaign")
    names = [c.claimant.name for c in claimkit.extract(text).claims]
    assert names == ["Jeb Bush Super PAC chief"]


@pytest.mark.parametrize(
    ("text", "claimant", "principal"),
    [
        ("North Korea fired a missile on Monday, Seoul said. The North's foreign ministry "
         "denied the charge.", "North Korean Ministry of Foreign Affairs", "state:kp"),
        ("North Korea fired a missile on Monday, Seoul said. The North denied the charge.",
         "North Korea", "state:kp"),
        ("The North's foreign ministry denied the charge.", "foreign ministry", None),
    ],
)
def test_the_north_is_the_divided_state_named_before(
    text: str, claimant: str, principal: str | None
) -> None:
    claim = next(c for c in claimkit.extract(text).claims if c.kind is ClaimKind.DENIAL)
    assert claim.claimant.name == claimant
    assert (claim.claimant.principal.id if principal else None) == principal


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The North Face denied the charge.", "North Face"),
        ("The South African government denied the charge.", "Government of South Africa"),
        ("South Sudan accused Sudan of bombing. The North denied the charge.", "North"),
    ],
)
def test_other_norths_are_left_alone(text: str, claimant: str) -> None:
    claim = next(c for c in claimkit.extract(text).claims if c.kind is ClaimKind.DENIAL)
    assert claim.claimant.name == claimant


@pytest.mark.parametrize(
    ("text", "span", "claimant"),
    [
        ("Some pundits and news outlets claimed that Clinton lied about her health.",
         "Some pundits and news outlets", "pundits"),
        ("But some pundits and news outlets claimed that Clinton lied about her health.",
         "some pundits and news outlets", "pundits"),
        ("Several residents and local officials said the company had dumped waste.",
         "Several residents and local officials", "residents"),
        # near-misses: an object before "and", a group's own lawyers, a name
        ("Police arrested three protesters and witnesses said the officers beat them.",
         "witnesses", "witnesses"),
        ("He met the families and relatives said the police had beaten the victims.",
         "relatives", "relatives"),
        ("The protesters and their lawyers said police had beaten them.", "their lawyers",
         "lawyers"),
    ],
)
def test_coordinated_groups_that_open_the_sentence_speak_together(
    text: str, span: str, claimant: str
) -> None:
    claim = _one(text)
    source = claim.provenance.claimant
    assert source is not None
    assert text[source.start : source.end] == span
    assert claim.claimant.name == claimant


def test_a_group_among_the_speakers_is_not_the_target() -> None:
    claim = _one("Some residents and activists said police had beaten them.")
    assert claim.claimant.name == "residents"
    assert claim.target is None or claim.target.name != "activists"


@pytest.mark.parametrize(
    ("text", "claimant", "affiliation"),
    [
        ("A Montreal criminal court database shows the man was arrested five times.",
         "Montreal criminal court database", "Montreal"),
        ("A Boston city council report found the mayor had lied.",
         "Boston city council report", "Boston"),
        ("A Chicago police department spokesman said the man had attacked an officer.",
         "Chicago police department spokesman", "Chicago"),
        ("Ferguson police said the man had attacked an officer.", "Ferguson police",
         "Ferguson"),
    ],
)
def test_a_place_before_a_compound_noun_only_modifies_it(
    text: str, claimant: str, affiliation: str
) -> None:
    claim = _one(text)
    assert claim.claimant.name == claimant
    assert claim.claimant.affiliation is not None
    assert claim.claimant.affiliation.name == affiliation


def test_three_words_after_a_name_that_are_no_compound_are_not_read_as_one() -> None:
    claim = _one("Bruce Ash accused Reince Priebus and his allies of trying to quash the "
                 "proposal.")
    assert claim.target is not None
    assert claim.target.name == "Reince Priebus"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The union filed a lawsuit Tuesday alleging fraud by the company.", "union"),
        ("The ministry issued a statement Monday accusing the army of torture.", "ministry"),
        ("The union filed a lawsuit last week alleging fraud by the company.", "union"),
    ],
)
def test_a_time_after_a_filing_leaves_the_filer_speaking(text: str, claimant: str) -> None:
    assert _one(text).claimant.name == claimant


def test_a_filing_that_names_no_filer_still_speaks() -> None:
    claims = [c for c in claimkit.extract("A lawsuit filed Tuesday alleges fraud by the company.")
              .claims if c.kind is ClaimKind.ALLEGATION]
    assert [c.claimant.name for c in claims] == ["lawsuit"]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Mary Smith and Jane Doe sued the firm. Both women said the manager harassed them.",
         "Mary Smith"),
        ("John Smith and Bob Jones were arrested. The two men said police had beaten them.",
         "John Smith"),
        ("Mary Smith and Jane Doe sued the firm. The pair said the manager harassed them.",
         "Mary Smith"),
        # near-misses: no pair named before, or a plural that may be more than two
        ("Mary Smith sued the firm. Both women said the manager harassed them.", "women"),
        ("Both women said the manager harassed them.", "women"),
        ("Mary Smith and Jane Doe sued the firm. The women said the manager harassed them.",
         "women"),
    ],
)
def test_a_pair_phrase_is_the_pair_named_just_before(text: str, claimant: str) -> None:
    claim = next(c for c in claimkit.extract(text).claims if c.cue == "said")
    assert claim.claimant.name == claimant
