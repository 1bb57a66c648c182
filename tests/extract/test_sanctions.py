"""Verdicts, sanctions and criticism received: allegations whose subject is the accused."""

from __future__ import annotations

import pytest

import claimkit
from claimkit.model import Claim, ClaimKind


def allegations(text: str) -> list[Claim]:
    return [c for c in claimkit.extract(text).claims if c.kind is ClaimKind.ALLEGATION]


@pytest.mark.parametrize(
    ("text", "cue", "target"),
    [
        ("Former CIA director Gen. David Petraeus was indicted and convicted for what appears "
         "to be a far lesser breach of his duty to protect classified information.",
         "was convicted", "David Petraeus"),
        ("He jailed his rival, Yulia V. Tymoshenko, who was convicted of abuse of office "
         "and sent to prison.", "was convicted", "Yulia V. Tymoshenko"),
        ("The money went to Bernard L. Madoff, who was arrested in 2008 for what turned out "
         "to be one of history's largest frauds.", "was arrested", "Bernard L. Madoff"),
        ("The former mayor was indicted on corruption charges.", "was indicted", None),
        ("Two officials were jailed for taking bribes.", "were jailed", None),
        ("The cyclist was stripped of his titles for doping.", "was stripped", None),
        ("He was sentenced to ten years in prison for fraud.", "was sentenced", None),
        ("She was arrested on suspicion of fraud.", "was arrested", None),
    ],
)
def test_an_agentless_verdict_or_sanction_is_an_unnamed_allegation(
    text: str, cue: str, target: str | None
) -> None:
    found = [c for c in allegations(text) if c.cue == cue]
    assert found, claimkit.extract(text).claims
    assert found[0].claimant.anonymous
    if target is not None:
        assert found[0].target is not None and found[0].target.name == target


def test_a_named_court_or_jury_is_the_claimant() -> None:
    (claim,) = allegations("A jury convicted him of murder.")
    assert claim.claimant.name == "jury" and claim.cue == "convicted"


@pytest.mark.parametrize(
    "text",
    [
        # a class of people, not someone accused
        "Two-thirds support reducing the prison sentences for people convicted of "
        "non-violent crimes such as drug possession.",
        "Illegal immigrants convicted of crimes won't be permitted to stay, he said.",
        # a class that opens the sentence, under a rule stated by a modal or present verb
        "Immigrants found guilty of crimes will be deported.",
        "Foreigners convicted of drug offences face the death penalty.",
        "Anyone convicted of fraud faces ten years in prison.",
        "Those found guilty of crimes will be deported.",
        # a time, an amount or a purpose after "for" is no reason
        "The city banned cars for safety reasons.",
        "Police arrested two men on Tuesday.",
        "The judge will sentence him next week.",
        # "apparently acting ..., arrested him" is no inverted speech verb
        "Yemeni security forces, apparently acting in collusion with Ethiopian "
        "intelligence, arrested him and put him on a plane to Addis Ababa.",
    ],
)
def test_sanction_words_without_an_accused_or_a_reason_charge_nothing(text: str) -> None:
    assert not [c for c in allegations(text) if c.cue.split()[-1] in (
        "convicted", "banned", "arrested", "sentence", "sentenced", "guilty")], text


@pytest.mark.parametrize(
    "text",
    [
        "Seven men found guilty of fraud were jailed.",
        "Those found guilty were jailed on Monday.",
        "The immigrants found guilty of crimes were deported.",
        "Protesters found guilty over airport blockade",
    ],
)
def test_a_party_found_guilty_is_still_charged(text: str) -> None:
    assert [c for c in allegations(text) if c.cue.endswith("guilty")], text


@pytest.mark.parametrize(
    ("text", "claimant", "target"),
    [
        ("Donald Trump has faced criticism from rivals over his remarks.", "rivals",
         "Donald Trump"),
        ("The company faces fraud charges in three states.", None, "company"),
    ],
)
def test_criticism_received_accuses_the_subject(
    text: str, claimant: str | None, target: str
) -> None:
    found = allegations(text)
    assert found, text
    claim = found[0]
    if claimant is None:
        assert claim.claimant.anonymous
    else:
        assert claim.claimant.name == claimant
    assert claim.target is not None and target in claim.target.name


@pytest.mark.parametrize(
    "text",
    [
        "Trump's campaign has come under fire for violence at his campaign events.",
        "Cruz faced criticism for unreported loans to his 2012 Senate campaign in Texas.",
        "Mr. Manafort and Mr. Trump are facing sharp criticism over what is seen as an "
        "unusually sympathetic view of Mr. Putin.",
        "Grassley has been taking heat for not condemning the attacks.",
        "Mr. Sanders has been criticized for offering vague responses.",
        "The referee has been heavily criticised for failing to send off the defender.",
        "His rhetoric has been widely condemned as fearmongering.",
    ],
)
def test_criticism_from_no_one_named_is_the_critics(text: str) -> None:
    (claim,) = allegations(text)
    assert claim.claimant.name == "critics" and claim.claimant.anonymous


@pytest.mark.parametrize(
    "text",
    [
        "Trump was hit for his remarks.",
        "The singer was attacked outside the club.",
        "He has faced criticism.",
    ],
)
def test_blows_and_criticism_without_a_reason_are_no_claim(text: str) -> None:
    assert not allegations(text), text


def test_charges_faced_are_the_prosecutors() -> None:
    (claim,) = allegations("The firm faces charges of fraud.")
    assert claim.claimant.name == "prosecutors"


def test_literal_fire_without_a_reason_is_no_criticism() -> None:
    assert not allegations("The convoy came under fire from militants near Kandahar.")


@pytest.mark.parametrize(
    ("text", "claimant", "cue"),
    [
        ("Google has been hit with a record fine by EU regulators for abusing its dominance.",
         "European Union regulators", "hit with a record fine"),
        ("The company was slapped with a lawsuit by former employees.", "former employees",
         "slapped with a lawsuit"),
    ],
)
def test_a_fine_or_a_lawsuit_received_accuses_the_subject(
    text: str, claimant: str, cue: str
) -> None:
    (claim,) = allegations(text)
    assert (claim.claimant.name, claim.cue) == (claimant, cue)


@pytest.mark.parametrize(
    ("text", "claimant", "target"),
    [
        ("The singer has hit back at critics who accused her of lip-syncing.", "singer",
         "critics"),
        ("Trump fired back at Republicans who said he was unfit for office.", "Trump",
         "Republicans"),
        # critics need no clause; an aside between the accusers and their claim is skipped
        ("The minister hit back at her critics.", "minister", "critics"),
        ("The diplomat pushed back against candidates -- like Donald Trump -- who say the "
         "country is in decline.", "diplomat", "candidates"),
        ("The diplomat pushed back against critics.", "diplomat", "critics"),
    ],
)
def test_hitting_back_at_accusers_denies(text: str, claimant: str, target: str) -> None:
    denials = [c for c in claimkit.extract(text).claims if c.kind is ClaimKind.DENIAL]
    assert [(c.claimant.name, c.target and c.target.name) for c in denials] == [
        (claimant, target)]


def test_hitting_back_at_a_party_still_accuses_it() -> None:
    claims = claimkit.extract("Trump fired back at Clinton, calling her a liar.").claims
    assert {c.kind for c in claims} == {ClaimKind.ALLEGATION}


@pytest.mark.parametrize(
    "text",
    [
        "The union pushed back against the plan.",
        "The party rejected candidates who say they support abortion.",
        "The diplomat pushed back against the plan -- and the party.",
    ],
)
def test_pushing_back_against_a_plan_or_rejecting_people_denies_nothing(text: str) -> None:
    assert not [c for c in claimkit.extract(text).claims if c.kind is ClaimKind.DENIAL]


@pytest.mark.parametrize(
    "text",
    [
        "Researchers found that the company had understated the risks of the drug.",
        "Critics say the minister downplayed the scale of the outbreak.",
        "Kim's sister lashed out at Seoul, calling its officials idiots.",
    ],
)
def test_understating_and_insults_in_the_plural_charge(text: str) -> None:
    # "lashed out at Seoul, calling ...": the participle joins the outburst it explains
    assert allegations(text)[-1].cue in ("found", "say", "lashed out at")


@pytest.mark.parametrize(
    ("text", "claimant", "cue", "kind"),
    [
        # "in a report" is where it was said, not the content
        ("Last week, Human Rights Watch said in a report that Boko Haram was holding more "
         "than 500 women and young girls captive.", "Human Rights Watch", "said",
         ClaimKind.ALLEGATION),
        # "charged that" charges; "charged ... for" a crime in the passive charges
        ("Tom Fitton charged that Mrs. Clinton hid the documents from the public.",
         "Tom Fitton", "charged", ClaimKind.ALLEGATION),
        ("Zehaf-Bibeau was charged in Feb. 2004 for possession of marijuana.",
         "prosecutors", "was charged", ClaimKind.ALLEGATION),
        # a light verb coordinated with another verb shares its subject
        ("Smith spoke at the convention and delivered a critique of Hillary Clinton's "
         "handling of Benghazi.", "Smith", "critique", ClaimKind.ALLEGATION),
        # "has support from", "has backing from" are nouns; the survey speaks
        ("Hillary Rodham Clinton has support from 52 percent of Democratic primary voters, "
         "while Mr. Sanders has backing from 33 percent, according to a New York Times/CBS "
         "News survey released on Thursday.", "The New York Times", "according to",
         ClaimKind.STATEMENT),
    ],
)
def test_reports_charges_light_verbs_and_surveys(
    text: str, claimant: str, cue: str, kind: ClaimKind
) -> None:
    claims = claimkit.extract(text).claims
    assert [(c.claimant.name, c.cue, c.kind) for c in claims] == [(claimant, cue, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "The company charged customers for boxes they never used.",  # a price
        "He charged $5 for the tickets.",
        "Trump has charged more than that for office space.",
    ],
)
def test_a_price_charged_is_no_charge(text: str) -> None:
    assert not allegations(text)


def test_an_adverb_inside_a_passive_keeps_it_passive() -> None:
    claims = claimkit.extract(
        "That match-up is almost guaranteed after she won on Monday night, according to an "
        "Associated Press survey of Democratic superdelegates.").claims
    assert [(c.claimant.name, c.cue) for c in claims] == [("Associated Press", "according to")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Early in his campaign, Trump attacked Romney, calling him a failed candidate.",
         ("Trump", "Romney")),
        ("Clinton attacked Trump, saying he would appoint judges who would overturn Roe v. "
         "Wade.", ("Clinton", "Trump")),
    ],
)
def test_an_attack_followed_by_what_it_said_accuses(
    text: str, expected: tuple[str, str]
) -> None:
    claim = allegations(text)[0]
    document = claimkit.extract(text).documents[0]
    assert claim.provenance.content is not None
    # the participle that says what the attack charged joins its content: one claim
    content = document.span_text(claim.provenance.content)
    assert (claim.claimant.name, content.split(",")[0]) == expected
    assert len(allegations(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked the base, killing five soldiers.",
        "Obama has threatened to veto the bill that allows lawsuits against the Saudis over "
        "the 9/11 attacks, arguing such legislation could expose the U.S. to similar lawsuits.",
    ],
)
def test_a_physical_attack_or_a_dated_one_is_no_criticism(text: str) -> None:
    assert not [c for c in allegations(text) if "attack" in c.cue]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("He continued to slam Sanders for his plans.", "He"),
        ("She went on to blast the senator for his vote.", "She"),
        ("The piece goes on to slam Sanders for his plans.", "piece"),
        ("He took to Twitter to attack the senator for his vote.", "He"),
    ],
)
def test_criticism_after_a_verb_of_going_on_happened(text: str, claimant: str) -> None:
    (claim,) = allegations(text)
    assert claim.claimant.name == claimant


def test_an_intended_punishment_charges_no_one() -> None:
    assert not allegations("He vowed to punish those responsible.")


def test_a_press_piece_speaks_for_the_outlet_named_before() -> None:
    text = ("Enter The Washington Post. “He is a politician selling his own brand of fiction,” "
            "the paper's editorial board wrote. The piece goes on to slam Sanders for his "
            "revolution.")
    claims = claimkit.extract(text).claims
    assert [c.cue for c in claims] == ["wrote", "slam"]  # "his own brand" is a noun
    piece = claims[1].claimant
    assert piece.name == "piece" and piece.affiliation is not None
    assert piece.affiliation.name == "The Washington Post"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("But he broke briefly from his policy of not attacking Donald Trump to take an "
         "indirect swipe at the businessman.", "take an indirect swipe at"),
        ("Families of mass shooting victims sound off on Sanders", "sound off on"),
    ],
)
def test_swipes_and_sounding_off_accuse(text: str, cue: str) -> None:
    assert cue in [c.cue for c in allegations(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A court sentenced Imran Khan to 14 years in prison for corruption.",
        "The judge jailed the driver for six months for dangerous driving.",
        "A court in Moscow sentenced opposition activist Ilya Yashin to eight and a half years "
        "in prison for spreading false information about the army.",
    ],
)
def test_a_sentence_past_its_term_names_its_reason(text: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.kind is ClaimKind.ALLEGATION


def test_a_term_with_no_reason_charges_nothing() -> None:
    text = "The court sentenced him to five years in prison for the second time."
    assert not [c for c in claimkit.extract(text).claims if c.kind is ClaimKind.ALLEGATION]


@pytest.mark.parametrize(
    ("text", "claimant", "cue"),
    [
        ("Cricket Australia charges fast bowler over ball tampering", "Cricket Australia",
         "charges"),
        ("EFCC arraigns ex-governor over N2bn fraud", "EFCC", "arraigns"),
        ("The EFCC arraigned former governor Yahaya Bello on a 19-count charge of money "
         "laundering.", "EFCC", "arraigned"),
        ("BCCI bans two players for spot-fixing", "BCCI", "bans"),
        ("Police charged a man over the stabbing.", "Police", "charged"),
        ("Regulator fines bank over misleading adverts", "regulator", "fines"),
        ("Court frames charges against former minister in land scam case", "court",
         "frames charges"),
        ("Prosecutors brought charges against the mayor.", "prosecutors", "brought charges"),
    ],
)
def test_charges_and_sanctions_in_the_present_or_over_a_wrong_accuse(
    text: str, claimant: str, cue: str
) -> None:
    found = [c for c in allegations(text) if c.cue == cue]
    assert found and found[0].claimant.name == claimant, claimkit.extract(text).claims


@pytest.mark.parametrize(
    "text",
    [
        # "over" a time, an amount, a means or a place; no party charged
        "The bank charges customers over £5 for each transfer.",
        "Apple charges developers over 30 per cent.",
        "She charged the phone over the weekend.",
        "The firm charges clients over the phone.",
        "EU bans imports of Russian oil over the war in Ukraine.",
        # "bans" a plural noun, with no party after it
        "He changed his position on assault rifle bans and visas for foreign workers.",
        # no one brings the charges
        "The FBI concluded that no reasonable prosecutor would bring charges against them.",
        "Nobody accused him of lying.",
        "The family declined to press charges against the driver.",
    ],
)
def test_charge_words_with_no_party_or_no_accuser_charge_nothing(text: str) -> None:
    assert not allegations(text), claimkit.extract(text).claims


def test_a_headline_verdict_with_no_auxiliary_is_the_courts() -> None:
    found = allegations("Former minister found guilty of corruption, says he will appeal")
    assert [c.claimant.name for c in found] == ["court"]


def test_a_headline_charge_takes_the_accuser_the_body_names_for_the_same_act() -> None:
    text = ("Premier League club charged with 40 financial breaches\n\n"
            "LONDON (Reuters) - The Premier League charged Eastbridge United with 40 breaches "
            "of its financial rules on Monday.")
    found = allegations(text)
    assert [c.claimant.name for c in found] == ["Premier League", "Premier League"]


@pytest.mark.parametrize(
    ("text", "claimant", "target"),
    [
        # a legal action filed, whatever its modifiers, accuses its target
        ("The ACLU filed a federal lawsuit against the Chicago Police Department.",
         "American Civil Liberties Union", "Chicago Police Department"),
        ("Shareholders filed a class-action lawsuit against Boeing.", "Shareholders", "Boeing"),
        ("The state filed a $10 million lawsuit against the company.", "state", "company"),
    ],
)
def test_a_legal_action_filed_with_modifiers_accuses(text: str, claimant: str,
                                                      target: str) -> None:
    (claim,) = allegations(text)
    assert (claim.claimant.name, claim.target and claim.target.name) == (claimant, target)


@pytest.mark.parametrize(
    "text",
    [
        # not filed: asked, possible, or about to be
        "Can they file a class action lawsuit against the college that promised a degree?",
        "The union said it could file a lawsuit against the city.",
    ],
)
def test_a_legal_action_not_filed_accuses_no_one(text: str) -> None:
    assert allegations(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a record of sanctions charges the party it names
        ("A criminal court database shows the man was arrested five times.",
         ClaimKind.ALLEGATION),
        ("Court records show he was charged with assault in 2010.", ClaimKind.ALLEGATION),
        # a record of anything else, or an arrest told by another speaker, charges no one
        ("Records show he was born in Ohio.", ClaimKind.STATEMENT),
        ("Court records show the case was dismissed.", ClaimKind.STATEMENT),
        ("Police said the man was arrested on Tuesday.", ClaimKind.STATEMENT),
    ],
)
def test_a_sanction_on_record(text: str, kind: ClaimKind) -> None:
    assert claimkit.extract(text).claims[0].kind is kind
