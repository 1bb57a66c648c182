"""Claimants named by a possessive ("Imran Khan's party") or coordinated ("Kenya and Uganda")."""

from __future__ import annotations

import pytest

import claimkit
from claimkit.model import ActorKind, Claim, ClaimKind


def _claims(text: str) -> list[Claim]:
    return [c for c in claimkit.extract(text).claims
            if c.kind in (ClaimKind.ALLEGATION, ClaimKind.DENIAL)]


def _one(text: str) -> Claim:
    (claim,) = _claims(text)
    return claim


def test_a_leaders_party_is_its_own_organisation_not_the_leader() -> None:
    claim = _one("Imran Khan's party accused the army of rigging the vote in Punjab.")
    assert claim.claimant.kind is ActorKind.ORGANISATION
    assert claim.claimant.name == "Imran Khan's party"
    assert not claim.claimant.speaks_for("person:imran-khan")


def test_a_states_opposition_does_not_speak_for_the_state() -> None:
    claim = _one("Venezuela's opposition accused Maduro of stealing the election.")
    assert claim.claimant.name == "Venezuelan opposition"
    assert claim.claimant.kind is ActorKind.GROUP
    assert not claim.claimant.speaks_for("state:ve")
    assert claim.target is not None and claim.target.name.endswith("Maduro")


def test_a_states_ruling_party_is_not_the_state() -> None:
    claim = _one("Japan's ruling party denied the bribery allegations on Monday.")
    assert claim.claimant.kind is ActorKind.ORGANISATION
    assert not claim.claimant.speaks_for("state:jp")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russia's critics accuse the Kremlin of poisoning Alexei Navalny.", "Russia critics"),
        ("Apple's rivals accused the company of abusing its market power.", "Apple rivals"),
        ("Netanyahu's allies accused the attorney general of a witch hunt.", "Netanyahu allies"),
    ],
)
def test_critics_rivals_and_allies_speak_for_no_one(text: str, name: str) -> None:
    claim = _one(text)
    assert claim.claimant.name.endswith(name)
    assert claim.claimant.kind is ActorKind.GROUP
    assert claim.claimant.affiliation is None


def test_lawyers_speak_for_the_one_whose_lawyers_they_are() -> None:
    claim = _one("The president's lawyers denied the allegations in a court filing.")
    assert claim.claimant.name == "president"  # the principal speaks
    claim = _one("Donald Trump met donors. Trump's lawyers denied the allegations.")
    assert claim.claimant.name == "Donald Trump lawyers"
    assert claim.claimant.speaks_for("person:donald-trump")
    claim = _one("Boeing was fined. The company's lawyers denied any wrongdoing.")
    assert claim.claimant.name == "Boeing lawyers"
    assert claim.claimant.affiliation is not None and claim.claimant.affiliation.name == "Boeing"


def test_a_former_lawyer_no_longer_speaks_for_the_client() -> None:
    claim = _one("Michael Cohen said. Trump's former lawyer accused the company of fraud.")
    assert "former lawyer" in claim.claimant.name
    assert claim.claimant.affiliation is None


def test_the_victims_family_is_a_group_for_the_victim() -> None:
    claim = _one("The victim's family accused the police of a cover-up.")
    assert claim.claimant.name == "victim's family"
    assert claim.claimant.kind is ActorKind.GROUP
    assert claim.claimant.affiliation is not None


@pytest.mark.parametrize(
    ("text", "claimant", "principal"),
    [
        ("China's foreign ministry said the US was spreading lies about Xinjiang.",
         "Chinese Ministry of Foreign Affairs", "state:cn"),
        ("Israel's government accused Hamas of violating the ceasefire.",
         "Government of Israel", "state:il"),
        ("Kenya's president accused Sudan of arming rebels.", "Kenyan president", "state:ke"),
    ],
)
def test_a_states_organs_and_officials_still_speak_for_it(
    text: str, claimant: str, principal: str
) -> None:
    claim = _one(text)
    assert claim.claimant.name == claimant
    assert claim.claimant.speaks_for(principal)


def test_a_spokesman_already_read_as_the_owners_is_kept() -> None:
    claim = _one("Donald Trump met donors. Trump's spokesman denied the report.")
    assert claim.claimant.kind is ActorKind.PERSON
    assert claim.claimant.speaks_for("person:donald-trump")


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # one claim, by the actor named first (annotators list the others as alternatives)
        ("Kenya and Uganda accused Sudan of arming rebels in the border region.", "state:ke"),
        ("Hillary Clinton and the State Department rejected the allegation.",
         "person:hillary-clinton"),
    ],
)
def test_two_actors_claiming_together_make_one_claim_by_the_first(
    text: str, claimant: str
) -> None:
    claim = _one(text)
    assert claim.claimant.id == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The US and its allies accused Russia of war crimes in Ukraine.", "state:us"),
        ("Donald Trump and his attorneys have denied the fraud claims.", "person:donald-trump"),
        ("Bosnia and Herzegovina accused Serbia of genocide.", "state:ba"),
    ],
)
def test_an_actor_with_its_own_company_or_one_name_with_and_makes_one_claim(
    text: str, claimant: str
) -> None:
    assert _one(text).claimant.id == claimant


@pytest.mark.parametrize(
    "text",
    [
        "Smith and Wesson denied the claims about its rifles.",
        "Former HP chief executive and presidential candidate Carly Fiorina accused Clinton "
        "of lying.",
        "White House and Pentagon spokesmen denied the report.",
    ],
)
def test_names_titles_and_shared_nouns_with_and_make_one_claim(text: str) -> None:
    assert len(_claims(text)) == 1


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # a place word before a role ("City", "County") is no part of the name after it
        ("His opponent, City Councilwoman Dana Whitcomb, said Marsh had lied about his "
         "service.", "Dana Whitcomb"),
        ("City Councilwoman Dana Whitcomb said Marsh had lied.", "Dana Whitcomb"),
        ("Kansas City Councilman Eric Bunch said Marsh had lied.", "Eric Bunch"),
        # a surname spelt like a place word, after a role: a person
        ("One of them, former retail director Simon Lake, rejected the regulator's "
         "conclusions.", "Simon Lake"),
        ("Spokesman Stuart Hall denied the report.", "Stuart Hall"),
        # an organisation's head word "Brigade" keeps its place in its name
        ("The London Fire Brigade has blamed faulty batteries made by VoltRide for the fires.",
         "London Fire Brigade"),
        ("The Golani Brigade said militants had fired on its troops.", "Golani Brigade"),
    ],
)
def test_names_after_place_words_and_roles(text: str, claimant: str) -> None:
    assert _one(text).claimant.name == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # a collaborator speaks for no possessor: "Kell's co-authors" are not Kell
        ("Two of Kell's former co-authors said they had been unaware of any misconduct in "
         "the data.", "former co-authors"),
        ("Kell's teammates said he had not cheated.", "teammates"),
    ],
)
def test_collaborators_are_their_own_speakers(text: str, claimant: str) -> None:
    assert _one(text).claimant.name == claimant


@pytest.mark.parametrize(
    "text",
    [
        "Visitors to Grant Park said the police had beaten them.",
        "The opening night of the Republican National Convention was confident that "
        "Giuliani lied.",
        "Brooklyn District Attorney Kenneth Thompson announced the change. Thompson said "
        "the police had lied.",
    ],
)
def test_place_names_stay_no_one(text: str) -> None:
    names = {c.claimant.name for c in _claims(text)}
    assert not names & {"Grant Park", "National Convention", "Kenneth Thompson Thompson"}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Security forces killed 40 protesters, Human Rights Watch said in a report released on "
         "Thursday.", "Security forces killed 40 protesters"),
        ("Security forces killed 40 protesters, Amnesty International said in a statement "
         "published Monday.", "Security forces killed 40 protesters"),
        ("Human Rights Watch said in a report published on Thursday that security forces killed "
         "40 protesters.", "security forces killed 40 protesters"),
    ],
)
def test_a_channel_dated_by_a_participle_is_no_content_and_no_cue(text: str, content: str) -> None:
    claim = _one(text)  # one claim: "published" dates the report, it publishes nothing
    assert claim.kind is ClaimKind.ALLEGATION
    assert claim.cue == "said"
    assert claim.proposition.startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "The magazine published that the army tortured detainees.",  # a cue of its own
    ],
)
def test_a_participle_that_is_the_verb_still_reports(text: str) -> None:
    assert any(c.cue == "published" for c in _claims(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("North Korean Ambassador So Se Pyong said the United States had violated the "
         "agreement.", "So Se Pyong"),
        ("Vice Premier He Lifeng said Washington had violated the agreement.", "He Lifeng"),
        ("Chinese Vice Premier He Lifeng denied that Beijing had subsidised the firms.",
         "He Lifeng"),
    ],
)
def test_a_short_surname_after_a_title_opens_the_name(text: str, name: str) -> None:
    assert _one(text).claimant.name == name


def test_a_pronoun_after_a_title_with_a_verb_next_is_still_the_pronoun() -> None:
    claims = claimkit.extract("When the Premier He said it was a lie, we left.").claims
    assert all("He" not in c.claimant.name for c in claims)


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        ("A Nigerian hospital denied that the patient had been neglected.", "Nigerian hospital",
         "state:ng"),
        ("A Kenyan school denied that pupils had been beaten.", "Kenyan school", "state:ke"),
        ("A South African hospital accused the health department of withholding funds.",
         "South African hospital", "state:za"),
    ],
)
def test_an_institution_a_nationality_names_speaks_for_itself(
    text: str, name: str, state: str
) -> None:
    claimant = _one(text).claimant
    assert claimant.name == name
    assert claimant.kind is ActorKind.ORGANISATION
    assert claimant.speaks_for(state)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Western High School denied that pupils had been beaten.", "Western High School"),
        ("The school denied that pupils had been beaten.", "school"),
        ("A Nigerian doctor at the hospital denied that the patient had been neglected.",
         "Nigerian doctor"),
    ],
)
def test_an_institution_noun_without_a_nationality_is_unchanged(text: str, name: str) -> None:
    assert _one(text).claimant.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("SA Rugby said Jantjies had breached team rules.", "SA Rugby"),
        ("NSW Health rejected claims that staff shortages had put patients at risk.",
         "NSW Health"),
        ("GB Boxing said the coach had bullied athletes.", "GB Boxing"),
        ("NT Police said the man had assaulted an officer.", "NT Police"),
    ],
)
def test_a_place_abbreviation_and_a_body_word_name_one_body(text: str, name: str) -> None:
    claimant = _one(text).claimant
    assert claimant.name == name
    assert claimant.kind is not ActorKind.PERSON


def test_a_place_abbreviation_body_is_a_speakers_affiliation() -> None:
    claimant = _one("SA Rugby chief executive Rian Oberholzer said the player had breached "
                    "team rules.").claimant
    assert claimant.name == "Rian Oberholzer"
    assert claimant.affiliation is not None and claimant.affiliation.name == "SA Rugby"


@pytest.mark.parametrize(
    ("text", "name"),
    [("AG Mukasey said the firm had lied.", "Mukasey"),
     ("VP Biden said the senator had lied.", "Biden")],
)
def test_an_abbreviated_title_before_a_surname_is_still_dropped(text: str, name: str) -> None:
    assert _one(text).claimant.name == name


@pytest.mark.parametrize(
    "text",
    [
        "The Justice Department and 16 states accused Apple of monopolizing the market.",
        "The Justice Department and 16 states sued Apple, alleging it had monopolized the market.",
    ],
)
def test_a_counted_group_after_and_joins_the_named_first_actor(text: str) -> None:
    assert _one(text).claimant.id == "government_body:us-department-of-justice"


def test_a_counted_quantity_after_and_is_no_second_party() -> None:
    text = ("Trump won 30 percent, while 23 percent favored Mr. Cruz and 15 percent backed "
            "Senator Marco Rubio of Florida.")
    assert not _claims(text)
