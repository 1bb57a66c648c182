"""Claim assembly: source, cue, content and target spans, and the claim kind."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimkit
from claimkit.datasets import article_paths
from claimkit.extract.claims import Draft
from claimkit.extract.pipeline import extract_drafts
from claimkit.formats.text import parse_article
from claimkit.model import ClaimKind, Document


def drafts(text: str) -> list[tuple[str, str, str | None, str, str | None]]:
    """(kind, cue, source, content, target) of each draft, as text."""
    result = []
    for draft in extract_drafts(Document(id="t", text=text)):
        cue = " ".join(text[a:b] for a, b in draft.cue_spans)
        source = text[draft.source[0]:draft.source[1]] if draft.source else None
        content = text[draft.content[0]:draft.content[1]] if draft.content else ""
        target = text[draft.target[0]:draft.target[1]] if draft.target else None
        result.append((draft.kind.value, cue, source, content, target))
    return result


def seed_drafts(index: int) -> tuple[str, list[Draft]]:
    path = article_paths()[index]
    text = path.read_text(encoding="utf-8")
    return text, extract_drafts(parse_article(text, path.stem))


def find(text: str, found: list[Draft], cue: str, content: str = "") -> Draft:
    for draft in found:
        words = " ".join(text[a:b] for a, b in draft.cue_spans)
        if words == cue and span(text, draft.content).startswith(content):
            return draft
    raise AssertionError(f"no claim with cue {cue!r} and content {content!r}")


def span(text: str, pair: tuple[int, int] | None) -> str:
    return text[pair[0]:pair[1]] if pair else ""


# ------------------------------------------------------------------- seed sentences


def test_seed_apposition_source_and_participle_cue() -> None:
    text, found = seed_drafts(0)
    telling = find(text, found, "telling")
    assert span(text, telling.source) == (
        "Vedant Patel, deputy spokesperson for the US Department of State")
    assert span(text, telling.content).startswith("Russia “is in the process of purchasing")
    assert telling.kind is ClaimKind.ALLEGATION


def test_seed_relative_clause_denial() -> None:
    text, found = seed_drafts(0)
    refuted = find(text, found, "has refuted")
    assert refuted.kind is ClaimKind.DENIAL
    assert span(text, refuted.source) == "Tehran"
    assert span(text, refuted.content) == "a charge"
    charged = find(text, found, "has charged")
    assert span(text, charged.content) == (
        "Iran with providing drones to Russia for use in its conflict in Ukraine")
    assert span(text, charged.target) == "Iran"


def test_seed_first_person_quote_with_never_is_a_denial() -> None:
    text, found = seed_drafts(0)
    denials = [d for d in found if d.kind is ClaimKind.DENIAL]
    assert any("We have never shipped weapons" in span(text, d.content) for d in denials)


def test_seed_coordinated_denials_share_their_subject() -> None:
    text, found = seed_drafts(0)
    body = text.index("North Korea denies ever providing Russia with weapons and")
    second = [d for d in found if d.cue_spans[0][0] > body and span(text, d.content) ==
              "any plans to do so"]
    assert second and span(text, second[0].source) == "North Korea"


def test_seed_inverted_quote_and_nominal_claim() -> None:
    text, found = seed_drafts(1)
    said = find(text, found, "said", "“Once again")
    assert span(text, said.source) == "the deputy director"
    assert span(text, said.content).startswith("“Once again")
    assert said.kind is ClaimKind.DENIAL
    nominal = [d for d in found if d.nominal and span(text, d.source) == "American"]
    assert nominal and span(text, nominal[0].content).startswith("it supplies artillery shells")


def test_seed_trailing_attribution_ends_the_content() -> None:
    text, found = seed_drafts(1)
    accused = find(text, found, "accused")
    assert span(text, accused.content) == "the United States of America (USA) of lying"
    assert span(text, accused.target) == "the United States of America (USA)"


# ------------------------------------------------------------- other beats, countries


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brazil's environment ministry accused loggers of setting fires in the Amazon.",
            ("allegation", "accused", "Brazil's environment ministry",
             "loggers of setting fires in the Amazon", "loggers"),
        ),
        (
            "Prosecutors charged the former mayor with embezzlement.",
            ("allegation", "charged", "Prosecutors", "the former mayor with embezzlement",
             "the former mayor"),
        ),
        (
            "Nigeria's army blamed Boko Haram for the attack on the village.",
            ("allegation", "blamed", "Nigeria's army", "Boko Haram for the attack on the village",
             "Boko Haram"),
        ),
        (
            "According to the police, three people were arrested.",
            ("statement", "According to", "the police", "three people were arrested", None),
        ),
        (
            "Three people were arrested, according to police.",
            ("statement", "according to", "police", "Three people were arrested", None),
        ),
        (
            "“The results speak for themselves,” said coach Pep Guardiola.",
            ("statement", "said", "coach Pep Guardiola", "“The results speak for themselves,”",
             None),
        ),
        (
            "Moscow has repeatedly rejected the allegations as baseless.",
            ("denial", "has rejected", "Moscow", "the allegations as baseless", None),
        ),
        (
            "The finance minister admitted that mistakes had been made.",
            ("admission", "admitted", "The finance minister", "mistakes had been made", None),
        ),
        (
            "The claims were dismissed by the ministry.",
            ("denial", "were dismissed", "the ministry", "The claims", None),
        ),
        (
            "The spokesman warned that sanctions would follow.",
            ("warning", "warned", "The spokesman", "sanctions would follow", None),
        ),
    ],
)
def test_patterns_from_other_beats(text: str, expected: tuple[str, ...]) -> None:
    assert drafts(text)[0] == expected


def test_did_not_deny_is_not_a_denial() -> None:
    found = drafts("The club did not deny the report.")
    assert found and found[0][0] == "statement" and found[0][1] == "did not deny"


def test_denial_with_participle_shares_the_subject() -> None:
    found = drafts("The company denied wrongdoing, saying it had followed all regulations.")
    assert found[0][:4] == ("denial", "denied", "The company", "wrongdoing")
    # following all regulations is proper conduct: the participle denies too, as "saying it
    # had acted properly" does
    assert found[1][:4] == ("denial", "saying", "The company",
                            "it had followed all regulations")


def test_no_plans_to_do_so_denies_and_a_plan_disowned_is_a_statement() -> None:
    found = drafts("“We have never had weapons deals and we have no plans to do so,” a "
                   "spokeswoman said.")
    assert found[0][0] == "denial"
    assert found[0][2] == "a spokeswoman"
    found = drafts("“We have no plans to close the plant,” a Volkswagen spokeswoman said.")
    assert found[0][0] == "statement"


def test_statement_accusing_another_actor_is_an_allegation() -> None:
    found = drafts("The ministry said that Israeli forces had killed three civilians.")
    assert found[0][0] == "allegation"


def test_sentence_without_cues_gives_nothing() -> None:
    assert drafts("The tests take place in the midst of conflict in the UN Security Council.") == []


def test_headline_colon_attribution() -> None:
    found = drafts("Graham: Trump’s rhetoric is destroying the party's chances")
    assert found[0][1:4] == (":", "Graham", "Trump’s rhetoric is destroying the party's chances")
    assert drafts("Editor’s Note: The following is an excerpt.") == []


def test_relative_pronoun_and_coordinated_sources() -> None:
    assert drafts("He met a voter who said he typically votes Democratic.")[0][1:4] == (
        "said", "who", "he typically votes Democratic")
    found = drafts("The judge rubbed his chin, and then said something very strange.")
    assert found[0][1:4] == ("said", "The judge", "something very strange")


def test_time_and_setting_words_are_not_content() -> None:
    found = drafts("The union said Monday that it had no plans to strike.")
    assert found[0][3] == "it had no plans to strike"
    found = drafts("The mayor said in an interview that the budget was balanced.")
    assert found[0][3] == "the budget was balanced"


def test_trailing_attribution_after_a_quote_keeps_the_quote() -> None:
    found = drafts("“I don’t think it’s do or die,” he said outside the building.")
    assert found[0][2:4] == ("he", "“I don’t think it’s do or die,”")


def test_nouns_and_prepositions_are_not_cues() -> None:
    assert drafts("Voters in states that hold primaries in March were polled.") == []
    assert drafts("Clinton won with 38 percent support.") == []


def test_two_apostrophes_quote_like_double_marks() -> None:
    found = drafts("''This guy's shame has no limits,'' he said.")
    assert found[0][1:4] == ("said", "he", "''This guy's shame has no limits,''")


def test_cognition_verbs_without_that() -> None:
    found = drafts("I think his conclusory comment is correct.")
    assert found[0][1:4] == ("think", "I", "his conclusory comment is correct")
    assert drafts("They think about the future.") == []


def test_a_comma_near_the_end_does_not_cut_a_content_without_a_later_cue() -> None:
    text, found = seed_drafts(1)
    accused = find(text, found, "has accused")
    assert span(text, accused.content).endswith("to replenish Russian supplies depleted in Ukraine")
    text, found = seed_drafts(0)
    telling = find(text, found, "telling")
    assert span(text, telling.content).endswith("for use in Ukraine,”")


def test_two_that_clauses_after_one_verb_are_one_content() -> None:
    text = ("Clark later said his comments were mischaracterized and that he was for "
            "separating people who have made dangerous decisions from the rest of society.")
    (claim,) = claimkit.extract(text).claims
    assert claim.kind.value == "denial"
    assert claim.proposition.startswith("his comments were mischaracterized")


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The senator has often cited his state's rural culture in defending his record.",
         "senator"),
        ("Officials no longer deny the report.", "Officials"),
    ],
)
def test_the_subject_of_in_and_a_gerund_is_the_main_clauses(text: str, claimant: str) -> None:
    claims = claimkit.extract(text).claims
    assert claims and all(c.claimant.name.lower() == claimant.lower() for c in claims), [
        c.claimant.name for c in claims]


def test_a_participle_after_while_is_a_claim_of_its_own() -> None:
    text = ("On Thursday evening Hillary Clinton delivered her acceptance speech as the "
            "Democratic nominee, seeking to prove her credentials while painting her chief "
            "political rival, Donald Trump, as a man too unqualified for the job.")
    claims = claimkit.extract(text).claims
    painting = [c for c in claims if c.cue == "painting"]
    assert [(c.kind.value, c.claimant.name) for c in painting] == [
        ("allegation", "Hillary Clinton")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Trump said he was tired of her lies.", "allegation"),
        ("Trump said Clinton's claims are lies.", "denial"),
        ("He said that's a lie.", "denial"),
    ],
)
def test_a_partys_lies_charge_it_and_its_claims_called_lies_deny(text: str, kind: str) -> None:
    assert claimkit.extract(text).claims[0].kind.value == kind


def test_a_paragraph_all_quotation_goes_on_the_speaker_before_it(tmp_path: Path) -> None:
    path = tmp_path / "rally.txt"
    path.write_text(
        "Trump rallies in Ohio\n\nThe campaign went on in Ohio on Monday.\n\n"
        "Donald Trump attacked Hillary Clinton on Monday at a rally in Ohio.\n\n"
        '"She is a liar and a crook. She lied about her emails."\n\nThe crowd cheered.\n',
        encoding="utf-8",
    )
    claims = claimkit.load(path).claims
    quoted = [c for c in claims if c.proposition.startswith("She is a liar")]
    assert [(c.kind.value, c.claimant.name) for c in quoted] == [("allegation", "Donald Trump")]


def test_a_plain_quotation_paragraph_adds_no_claim(tmp_path: Path) -> None:
    path = tmp_path / "rally.txt"
    path.write_text(
        "Trump rallies in Ohio\n\nThe campaign went on in Ohio on Monday.\n\n"
        "Donald Trump spoke on Monday at a rally in Ohio.\n\n"
        '"We are going to win Ohio. We love Ohio."\n',
        encoding="utf-8",
    )
    assert claimkit.load(path).claims == ()


def test_a_headline_speaker_with_a_place_and_an_abbreviated_title(tmp_path: Path) -> None:
    path = tmp_path / "rnc.txt"
    path.write_text(
        "Former AG Mukasey at RNC: Clinton email scandal disqualifies her for presidency\n\n"
        "Former Attorney General Michael Mukasey spoke at the convention on Monday.\n",
        encoding="utf-8",
    )
    (claim,) = claimkit.load(path).claims
    assert (claim.kind.value, claim.claimant.name) == ("allegation", "Michael Mukasey")


@pytest.mark.parametrize(
    ("text", "claimant", "proposition"),
    [
        ("As the Washington Post's investigative unit reported just today, the foundation took "
         "millions from foreign governments.", "The Washington Post",
         "the foundation took millions from foreign governments"),
        ("As first reported by Politico, the senator lied about his record.", "Politico",
         "the senator lied about his record"),
    ],
)
def test_a_leading_as_clause_reports_the_main_clause(
    text: str, claimant: str, proposition: str
) -> None:
    (claim,) = claimkit.extract(text).claims
    assert (claim.claimant.name, claim.proposition) == (claimant, proposition)


@pytest.mark.parametrize(
    ("text", "cue", "claimant"),
    [
        ("Former presidential candidate Mitt Romney, who gave a March speech denouncing "
         "Donald Trump, will not be present.", "denouncing", "Mitt Romney"),
        ("Conservative columnist George Will, writing a scathing op-ed that targeted the "
         "candidate, left the party.", "writing", "George Will"),
        # the participle says what the derision charges: one claim, the derision's
        ("On the Democratic side, Mrs. Clinton -- whose husband signed the law -- has "
         "derided the plan, suggesting that efforts to bring it back are misguided.",
         "has derided", "Clinton"),
    ],
)
def test_a_participle_takes_a_subject_that_opens_with_a_modifier(
    text: str, cue: str, claimant: str
) -> None:
    claims = [c for c in claimkit.extract(text).claims if c.cue == cue]
    assert [c.claimant.name for c in claims] == [claimant]


def test_an_outlet_passing_on_a_named_speakers_words_is_their_channel() -> None:
    text = "The Wall Street Journal notes that Coulter said that Trump is a liar."
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name, claim.channel and claim.channel.name) == (
        "allegation", "Coulter", "The Wall Street Journal")


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Netanyahu rejects Trump's remarks about Muslims.", ["denial"]),
        ("He brushed off these concerns.", ["denial"]),
        ("Ryan's campaign shrugged off Trump's comments.", ["denial"]),
        ("The senator rejected the proposal.", ["statement"]),
        ("He brushed off the dust.", ["statement"]),
        ("The Clinton campaign pushed back against Mr. Sanders's attack on her "
         "qualifications, calling it the mark of a desperate candidate.",
         ["denial", "allegation"]),
        ("India rejected the allegations, calling them lies.", ["denial"]),
    ],
)
def test_rejecting_a_partys_words_or_doubts_denies(text: str, kinds: list[str]) -> None:
    assert [c.kind.value for c in claimkit.extract(text).claims] == kinds


def test_a_name_inside_a_relative_clause_of_the_subject_is_not_the_speaker() -> None:
    text = ("The lawsuit filed by a former staffer named Bradley Podliska, an Air Force "
            "reserve major who Gowdy, R-S.C., fired in June for mishandling classified "
            "information, alleges a long list of violations.")
    claims = [c for c in claimkit.extract(text).claims if c.cue == "alleges"]
    assert len(claims) == 1
    assert text[claims[0].provenance.claimant.start:].startswith("The lawsuit")


def test_a_pronoun_speaker_after_a_quote_naming_another_is_the_last_person_who_spoke() -> None:
    text = ('Mike Pence spoke first. "It was fine," Pence said. Hillary Clinton said the plan '
            'was bad.\n\n"Sanders is wrong. Sanders lied," he said.')
    claims = [c for c in claimkit.extract(text).claims if "lied" in c.proposition]
    assert [c.claimant.name for c in claims] == ["Mike Pence"]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ('Trump released a new radio ad calling it "dangerous" that Obama has no strategy.',
         "Trump"),
        ("The Not1More campaign on Tuesday released a parody website asking for proposals.",
         "Not1More campaign"),
    ],
)
def test_a_document_a_party_issued_speaks_for_it(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == claimant


def test_a_document_sent_by_a_party_in_a_reduced_relative_speaks_for_it() -> None:
    text = ("Her comments are in response to a letter the Sanders campaign sent the DNC on "
            "Monday alleging that Clinton's fundraising arrangement was inappropriate.")
    claims = [c for c in claimkit.extract(text).claims if c.cue == "alleging"]
    assert [(c.kind.value, c.claimant.name) for c in claims] == [
        ("allegation", "Sanders campaign")]


def test_a_statement_released_by_a_party_speaks_for_it_across_an_aside() -> None:
    text = ("Mr. Sanders showed no sign of backing down, releasing a statement that, while "
            "condemning violence, accused the Democratic leadership of using its power.")
    claims = [(c.kind.value, c.claimant.name, c.cue) for c in claimkit.extract(text).claims]
    assert ("allegation", "Sanders", "accused") in claims
    assert all(cue != "showed" for _, _, cue in claims)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ('"He lied," charged the senator.', "senator"),
        ('"They are to blame," accused the mayor.', "mayor"),
    ],
)
def test_a_charge_after_its_quotation_is_inverted(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == claimant


def test_quoted_paragraphs_in_a_row_go_on_the_speaker_before_them(tmp_path: Path) -> None:
    path = tmp_path / "ward.txt"
    path.write_text(
        "Ward speaks in Phoenix\n\nThe campaign went on in Arizona on Monday.\n\n"
        "Dr. Ward stated:\n\n"
        '"The Attorney General met the husband of a woman under investigation."\n\n'
        '"This is a disgrace and a cover-up. She must be impeached."\n',
        encoding="utf-8",
    )
    claims = [c for c in claimkit.load(path).claims if "disgrace" in c.proposition]
    assert [(c.kind.value, c.claimant.name) for c in claims] == [("allegation", "Ward")]


def test_a_quoted_title_in_an_apposition_keeps_the_subject_before_it() -> None:
    text = 'The ad, titled "Unifier?", concludes that Trump is too "dangerous" to be president.'
    (claim,) = claimkit.extract(text).claims
    assert claim.kind is ClaimKind.ALLEGATION
    assert claim.claimant.name == "ad"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Vice President Joseph R. Biden Jr. said Trump is a liar.", "Joseph R. Biden Jr."),
        ("Apple Inc. said Samsung stole its designs.", "Apple Inc."),
    ],
)
def test_a_name_ending_in_an_abbreviation_speaks(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == claimant


@pytest.mark.parametrize(
    "text",
    [
        "Kim's health is just fine, his government said Thursday evening, so his sister is "
        "not running the country.",
        "Kim's health is just fine, his government said, so his sister is not running it.",
    ],
)
def test_a_trailing_speaker_followed_by_a_time_and_a_new_clause_said_what_came_before(
    text: str,
) -> None:
    claim = next(c for c in claimkit.extract(text).claims if c.cue == "said")
    content = claim.provenance.content
    assert content is not None
    assert text[content.start : content.end] == "Kim's health is just fine"


def test_a_quoted_show_title_in_an_apposition_keeps_the_speaker() -> None:
    text = ("Joe Scarborough, host of MSNBC's \"Morning Joe,\" suggested Donald Trump's "
            "refusal to disavow the Klan could disqualify him.")
    claims = claimkit.extract(text).claims
    assert [(c.claimant.name, c.cue) for c in claims] == [("Joe Scarborough", "suggested")]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Mexico must rebut Trump's claims, the minister said.", ["said"]),
        ("Republicans should condemn Trump.", []),
        ("Republicans need to condemn Trump.", []),
        ("He said Republicans have condemned Trump.", ["said", "have condemned"]),
    ],
)
def test_a_claim_verb_after_must_or_should_is_no_claim(text: str, cues: list[str]) -> None:
    assert [c.cue for c in claimkit.extract(text).claims] == cues


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("So Se Pyong told Reuters Kim was not in bad health.", "Kim was not in bad health"),
        ("The minister told CNN Putin had lied.", "Putin had lied"),
        ("He told Fox News Sunday that Trump lied.", "Trump lied"),
    ],
)
def test_a_name_after_the_outlet_told_opens_the_content(text: str, content: str) -> None:
    (claim,) = claimkit.extract(text).claims
    span = claim.provenance.content
    assert span is not None and text[span.start : span.end] == content


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Clinton can deny insurgent Bernie Sanders the Democratic nomination.", []),
        ("He denied Trump the satisfaction.", []),
        ("Russia denied any involvement.", ["denial"]),
        ("61 percent said they have their minds made up.", ["statement"]),
    ],
)
def test_denying_someone_something_and_minds_made_up_are_no_denials(
    text: str, kinds: list[str]
) -> None:
    assert [c.kind.value for c in claimkit.extract(text).claims] == kinds


def test_a_reported_denial_is_one_claim_not_two() -> None:
    text = "Trump later blamed a bad earpiece, claiming he had previously disavowed Duke."
    kinds = [(c.cue, c.kind.value) for c in claimkit.extract(text).claims]
    # blaming a bad earpiece is an excuse, which accuses no one
    assert kinds == [("blamed", "statement"), ("claiming", "denial")]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Talk show host Glenn Beck, who has been critical of the campaign, on Friday declared "
         "Trump was a threat to democracy.", "Glenn Beck"),
        ("GOP presidential contender and former neurosurgeon Ben Carson on Sunday said the "
         "reports were false.", "Ben Carson"),
        ("Republicans on Capitol Hill seized on the message, arguing that it showed intent.",
         "Republicans"),
    ],
)
def test_a_time_after_an_apposition_and_a_capitalised_common_noun_are_no_speakers(
    text: str, claimant: str
) -> None:
    claim = claimkit.extract(text).claims[-1]
    assert claim.claimant.name == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("He was charged with assault.", "prosecutors"),
        ("Dylann Roof is accused of killing nine people inside the church.", "prosecutors"),
        ("Petraeus was convicted of mishandling classified information.", "court"),
        ("Donald Trump was also accused of breaking debate rules.", "unnamed source"),
    ],
)
def test_an_agentless_criminal_charge_is_brought_by_prosecutors(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name) == ("allegation", claimant)
    assert claim.claimant.anonymous


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sen. Marco Rubio, R-Fla., appearing on Fox News right after the speech, said Obama "
         "failed to address public concerns.", [("allegation", "Marco Rubio")]),
        ("Trump further summed up Clinton as \u201cterrible,\u201d denounced her record as "
         "secretary of state and said she should not even be allowed to run for office.",
         [("allegation", "Trump"), ("statement", "Trump")]),
        ("Trump groused to a crowd in Georgia that CNN was paying him.",
         [("allegation", "Trump")]),
        ("Trump railed at Obama's refusal to cut to the heart of the issue.",
         [("allegation", "Trump")]),
    ],
)
def test_party_tags_verb_lists_and_grievance_verbs(
    text: str, expected: list[tuple[str, str]]
) -> None:
    claims = claimkit.extract(text).claims
    assert [(c.kind.value, c.claimant.name) for c in claims] == expected


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Donald Trump is now calling Obama the founder of ISIS.", "Donald Trump"),
        ("The budget office now says the reckoning will arrive sooner.", "office"),
    ],
)
def test_now_between_subject_and_verb_is_an_adverb(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claimant in claim.claimant.name and "now" not in claim.claimant.name


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("CNN President On Trump: \u2018We Do Not Pay Candidates To Appear At Debates.\u2019",
         "CNN president"),
        ("Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.", "Clinton"),
        ("Former AG Mukasey at RNC: Clinton lied about her emails.", "Mukasey"),
    ],
)
def test_a_headline_speaker_ends_before_the_topic_or_audience(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == claimant and claim.cue == ":"


@pytest.mark.parametrize(
    "text",
    [
        "The poll shows both Donald Trump and Ben Carson beating Clinton 45 to 40 percent.",
        "Poll finds Clinton would beat out Trump and Cruz.",
    ],
)
def test_a_polls_results_charge_no_one(text: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.kind.value == "statement"


def test_the_census_bureau_still_denies() -> None:
    (claim,) = claimkit.extract("The Census denied any improper role in the internment.").claims
    assert claim.kind.value == "denial"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Now a U.S. senator claims those jihadists are heading back to the battlefield.\n\n"
         "Sen. Lindsey Graham said Thursday that the detainees were back in the fight.",
         "Lindsey Graham"),
        # an anonymous source keeps its anonymity
        ("A senior official said the detainees were back in the fight.\n\n"
         "Secretary of State John Kerry said Thursday that talks would go on.",
         "senior official"),
    ],
)
def test_a_public_role_left_unnamed_in_the_lede_is_the_person_named_later(
    text: str, claimant: str
) -> None:
    claim = claimkit.extract(text).claims[0]
    assert claimant in claim.claimant.name


def test_it_continues_the_document_that_spoke_just_before() -> None:
    text = ("Chevron Corp. contended in its letter that the foundations were biased. "
            "The letter also accuses one of the journalists, Jane Rust, of ignoring "
            "information favorable to the company and of misrepresenting documents she "
            "cited. It also accused another reporter of misrepresenting herself.")
    claims = [c for c in claimkit.extract(text).claims if c.cue in ("accuses", "accused")]
    assert [c.claimant.name for c in claims] == ["letter", "letter"]
    assert all(c.claimant.affiliation is not None for c in claims)


def test_it_that_spoke_itself_keeps_its_own_referent() -> None:
    text = ("The State Department said the talks would resume. Russia accused Ukraine of "
            "shelling the town. It also said the ceasefire had failed.")
    claims = claimkit.extract(text).claims
    assert claims[-1].claimant.name in ("Russia", "Government of Russia")


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Sen. Rand Paul (Ky.) has released a Web video that accuses Cruz of being "
         "welcoming to refugees.", "Rand Paul"),
        ("The campaign released a new 30-second ad that accuses Clinton of lying.",
         "campaign"),
    ],
)
def test_a_document_with_modifiers_speaks_for_whoever_released_it(
    text: str, claimant: str
) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.kind.value == "allegation"
    assert claim.claimant.name == claimant


def test_a_capitalised_determiner_alone_names_no_speaker() -> None:
    text = ("The dispute also highlights the possibility that some of the new ways of "
            "funding reporting can be called into question.")
    assert all(c.claimant.name != "dispute" for c in claimkit.extract(text).claims)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Gov. Chris Christie has battled with the mayor over the city's finances, at one "
         'point calling the mayor a "liar" who was not "honorable."', "Chris Christie"),
        ("Only time will tell if his staying power will last.", "unnamed source"),
    ],
)
def test_a_point_in_time_never_speaks(text: str, claimant: str) -> None:
    claim = claimkit.extract(text).claims[0]
    assert claim.claimant.name == claimant


def test_they_after_a_quote_naming_a_state_is_the_group_that_spoke_before() -> None:
    text = ("Democrats say Republicans are looking for a new line of attack.\n\n"
            "What's more, many of their best arguments, like that Clinton advocated for a "
            "speedy Iraq withdrawal, are easily refuted, they say.")
    claims = claimkit.extract(text).claims
    assert claims[-1].kind.value == "denial"
    assert claims[-1].claimant.name == "Democrats"


@pytest.mark.parametrize(
    "text",
    [
        "The FBI said there was no evidence that the server had been hacked.",
        "Researchers found no evidence that the vaccine causes autism.",
        "The ministry said it was false that its troops had shelled the town.",
        "The State Department said it found no evidence that the document was ever sent "
        "via unsecured fax.",
    ],
)
def test_words_before_that_which_make_a_clause_stay_in_the_content(text: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.kind.value == "denial"


def test_a_recipient_and_a_time_before_that_are_skipped() -> None:
    text = "He told reporters on Tuesday that the senator had lied about the contracts."
    (claim,) = claimkit.extract(text).claims
    document = claimkit.extract(text).documents[0]
    assert claim.provenance.content is not None
    assert document.span_text(claim.provenance.content).startswith("the senator had lied")


@pytest.mark.parametrize(
    "text",
    [
        "The minister resigned after being accused of lying to parliament.",
        "He resigned after being charged with fraud.",
    ],
)
def test_a_charge_after_being_falls_on_the_main_subject(text: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.kind.value == "allegation"
    assert claim.claimant.anonymous
    if text.startswith("The minister"):
        document = claimkit.extract(text).documents[0]
        assert claim.provenance.target is not None
        assert document.span_text(claim.provenance.target) == "The minister"


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("The ruling party accused the opposition of inciting violence, which it denied.",
         "opposition"),
        ("Smith accused Jones of lying, a charge he denies.", "Jones"),
        ("Police accused the men of planning an attack, which they denied.", "men"),
    ],
)
def test_a_pronoun_denying_the_charge_before_it_is_the_accused(text: str, denier: str) -> None:
    allegation, denial = claimkit.extract(text).claims
    assert allegation.kind.value == "allegation"
    assert denial.kind.value == "denial"
    assert denial.claimant.name == denier


@pytest.mark.parametrize(
    ("text", "kinds", "claimants"),
    [
        ("Smith, who was accused of fraud, denied the charges.",
         ["allegation", "denial"], ["prosecutors", "Smith"]),
        ("He was found guilty of murder.", ["allegation"], ["court"]),
        ("Jones, who was found guilty of fraud in 2010, denied the new charges.",
         ["allegation", "denial"], ["court", "Jones"]),
    ],
)
def test_verdicts_and_a_verb_after_a_relative_clause_with_a_charge(
    text: str, kinds: list[str], claimants: list[str]
) -> None:
    claims = claimkit.extract(text).claims
    assert [c.kind.value for c in claims] == kinds
    assert [c.claimant.name for c in claims] == claimants


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("It is alleged that the officials accepted bribes.", "allegation"),
        ("It was reported that the army shelled the town.", "allegation"),
        ("It is said that he was a good man.", "statement"),
    ],
)
def test_an_impersonal_passive_is_an_unnamed_sources_claim(text: str, kind: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.kind.value == kind
    assert claim.claimant.anonymous


def test_after_it_was_said_is_a_subordinate_clause() -> None:
    text = "After it was said that the party was finished, the senator won twice."
    assert not claimkit.extract(text).claims


def test_a_name_ending_in_ly_speaks() -> None:
    (claim,) = claimkit.extract("Italy said the plan had failed.").claims
    assert claim.claimant.name == "Italy"


@pytest.mark.parametrize(
    ("text", "kind", "claimant"),
    [
        ("The White House neither confirmed nor denied the report.", "statement",
         "White House"),
        ("The agency's director said in a letter to lawmakers that no rules had been broken.",
         "denial", "director"),
    ],
)
def test_neither_confirming_nor_denying_and_no_rules_broken(
    text: str, kind: str, claimant: str
) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.kind.value == kind
    assert claim.claimant.name == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Syrian state media said terrorists had shelled a residential area.",
         "Syrian state media"),
        ("Chinese state media accused the US of hypocrisy.", "Chinese state media"),
    ],
)
def test_state_media_with_a_demonym_speaks_whole(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The president's critics say he has undermined the courts.", "critics"),
        ("Both of Trump's rivals criticized his handling of the incident.", "rivals"),
    ],
)
def test_a_possessors_critics_speak_for_themselves(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.kind.value == "allegation"
    assert claim.claimant.name.endswith(claimant)


def test_the_company_is_the_unknown_name_before_it() -> None:
    text = "Exxon Mobil was accused of misleading investors. The company denied the accusation."
    claims = claimkit.extract(text).claims
    assert claims[-1].kind.value == "denial"
    assert claims[-1].claimant.name == "Exxon Mobil"


def test_the_company_is_not_a_person_named_before_it() -> None:
    text = "John Smith was accused of fraud. The company rejected the accusation."
    assert claimkit.extract(text).claims[-1].claimant.name != "John Smith"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The BBC has been accused of bias by ministers.", "ministers"),
        ("The minister was accused of lying by opposition MPs.", "opposition MPs"),
        ("He was accused of cheating by lying to officials.", "unnamed source"),
    ],
)
def test_an_agent_after_the_charge_brings_it(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.kind.value == "allegation"
    assert claim.claimant.name == claimant


def test_contempt_shown_to_a_party_charges() -> None:
    text = "Ms Sturgeon said the UK government had treated Scotland with contempt."
    assert [c.kind.value for c in claimkit.extract(text).claims] == ["allegation"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Beijing accused Washington of 'bullying' and 'hegemony'.", ["allegation"]),
        ("Limbaugh: CNN ‘Flat-Out Irresponsible’ for Hyping Alleged Mike Brown Audio",
         ["allegation"]),
    ],
)
def test_a_name_in_ing_before_a_participle_is_no_gerund(text: str, kinds: list[str]) -> None:
    assert [c.kind.value for c in claimkit.extract(text).claims] == kinds


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Cosby now faces dozens of women who claim he assaulted them.", "women"),
        ("Local activists who claim the mayor lied want him out.", "local activists"),
        ("Residents who say the police beat them marched on Sunday.", "residents"),
    ],
)
def test_who_before_a_base_form_speaks_for_the_people_before_it(
    text: str, claimant: str
) -> None:
    claims = claimkit.extract(text).claims
    assert [(c.kind.value, c.claimant.name) for c in claims] == [("allegation", claimant)]


@pytest.mark.parametrize(
    "text",
    [
        "Those who say the mayor lied are wrong.",
        "Anyone who claims the election was stolen is lying.",
    ],
)
def test_no_one_in_particular_makes_no_claim(text: str) -> None:
    assert claimkit.extract(text).claims == ()


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Several former employees came forward to accuse the chief executive of harassment.",
         "former employees"),
        ("Three women have come forward to accuse him of assault.", "women"),
        ("Some say the mayor lied to the council.", "some"),
        ("But many argue the mayor lied to the council.", "many"),
    ],
)
def test_a_count_or_a_quantifier_opens_the_speaker(text: str, claimant: str) -> None:
    claims = claimkit.extract(text).claims
    assert [(c.kind.value, c.claimant.name) for c in claims] == [("allegation", claimant)]


def test_some_after_a_verb_is_no_speaker() -> None:
    assert claimkit.extract("He gave some say in the matter to the voters.").claims == ()


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The school released statements deploring the attack.", "school"),
        ("The principal has since released statements deploring what happened.", "principal"),
        ("Finally, preparing itself for a fight in Congress, the National Rifle Association "
         "has put out a new video ad ripping the senator for her record.",
         "National Rifle Association"),
    ],
)
def test_the_issuer_of_documents_speaks_through_them(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name) == ("allegation", claimant)


def test_a_sentence_adverb_is_no_content_and_a_possessor_no_speaker() -> None:
    text = ("Essentially, the mayor's lawyers looked through the e-mails and found that "
            "the aide had lied.")
    (claim,) = claimkit.extract(text).claims
    content, claimant = claim.provenance.content, claim.provenance.claimant
    assert content is not None and claimant is not None
    assert text[content.start : content.end] == "the aide had lied"
    assert text[claimant.start : claimant.end] == "the mayor's lawyers"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Speaking in Kisumu, the former prime minister said the election had been rigged.",
         "former prime minister"),
        ("Trump, speaking later at a rally in Charleston, West Virginia, said the election "
         "was rigged.", "Trump"),
        # a town and its state ending a long subject: the whole subject speaks
        ("The families of those killed in the massacre at Sandy Hook Elementary School in "
         "Newtown, Connecticut, have sued Remington.", "families"),
        ("Relatives of the 26 people killed at a church in Sutherland Springs, Texas, "
         "accused the Air Force of negligence.", "relatives"),
    ],
)
def test_a_place_is_no_speaker(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name) == ("allegation", claimant)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Bank misled customers, says FCA", "FCA"),
        ("The club ignored complaints about racism, said a former player.", "former player"),
        ("The minister took bribes from the contractor, says Raila Odinga.", "Raila Odinga"),
    ],
)
def test_a_speaker_after_a_trailing_say_verb_speaks(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name) == ("allegation", claimant)


def test_a_tagged_name_before_a_comma_still_speaks() -> None:
    (claim,) = claimkit.extract("Sen. Jack Reed (D-R.I.), said the bill was a disaster.").claims
    assert claim.claimant.name == "Jack Reed"


@pytest.mark.parametrize(
    ("text", "claimant", "kind"),
    [
        ("The minister is alleged to have accepted bribes.", "unnamed source", "allegation"),
        ("The minister is said to have ordered the cover-up.", "unnamed source", "allegation"),
        ("Obama is reported to have called the Saudis free riders.", "Obama", "allegation"),
    ],
)
def test_a_raising_passive_is_an_unnamed_sources_claim(
    text: str, claimant: str, kind: str
) -> None:
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name) == (kind, claimant)


def test_an_expectation_is_no_raising_claim() -> None:
    assert claimkit.extract("Trump is expected to be competitive in that contest.").claims == ()


@pytest.mark.parametrize(
    ("text", "kind", "claimant"),
    [
        ("The 41-year-old denies the charges.", "denial", "41-year-old"),
        ("The 34-year-old accused his employer of discrimination.", "allegation",
         "34-year-old"),
        ("Ofcom fined the broadcaster £200,000.", "allegation", "Ofcom"),
        ("Beijing slams 'groundless' spying accusations", "denial", "China"),
        ("The officials allegedly demanded bribes from traders.", "allegation",
         "unnamed source"),
        ("The manager allegedly threatened the journalist.", "allegation", "unnamed source"),
    ],
)
def test_court_and_wire_forms(text: str, kind: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name) == (kind, claimant)


def test_a_report_after_a_hedge_keeps_its_speaker() -> None:
    text = "Shekau reportedly claims in the video that his group is holding the hostage."
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == "Shekau"


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Smith, accused of fraud, denied the charges.", "Smith"),
        ("The senator, accused last year of taking bribes, denied the charges.", "senator"),
    ],
)
def test_a_passive_aside_leaves_the_subject_to_the_main_verb(text: str, denier: str) -> None:
    charge, denial = claimkit.extract(text).claims
    assert charge.kind.value == "allegation" and charge.claimant.anonymous
    assert (denial.kind.value, denial.claimant.name) == ("denial", denier)


def test_a_time_after_a_late_agent_keeps_it() -> None:
    (claim,) = claimkit.extract("The club was accused of racism by a former player in 2020.").claims
    assert claim.claimant.name == "former player"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Khan pleaded not guilty.", "pleaded not guilty"),
        ("He has always maintained his innocence.", "maintained his innocence"),
        ("Khan, who has maintained his innocence, was convicted.", "maintained his innocence"),
        ("Khan pleaded not guilty to fraud.", "to fraud"),
    ],
)
def test_a_plea_says_it_all(text: str, content: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.kind.value == "denial" and claim.claimant.name in ("Khan", "He")
    span = claim.provenance.content
    assert span is not None and text[span.start : span.end] == content


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Doping claims baseless, says athlete", "athlete"),
        ("Allegations baseless, says minister", "minister"),
    ],
)
def test_a_verbless_headline_judgement_is_the_trailing_speakers_denial(
    text: str, claimant: str
) -> None:
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name) == ("denial", claimant)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The EFCC alleges that Okonkwo-Bello diverted N4.2 billion.\n"
         "Prosecutor Rotimi Jacobs said the defendant approved fake payments.\n"
         "Okonkwo-Bello's lawyer, Wole Olanipekun, called the charges political.\n"
         '"He did not approve a single fraudulent payment," he told reporters.',
         "Wole Olanipekun"),
        ("Police said Clarke had pointed a gun at officers.\n"
         "The boy's mother, Denise Clarke, disputed that account.\n"
         '"He never pointed anything at anybody," she told reporters.', "Denise Clarke"),
    ],
)
def test_he_or_she_after_a_quotation_is_who_spoke_just_before(text: str, speaker: str) -> None:
    last = claimkit.extract(text).claims[-1]
    assert (last.kind.value, last.claimant.name) == ("denial", speaker)


@pytest.mark.parametrize(
    ("text", "kind", "claimant"),
    [
        ("A proposed class-action lawsuit was filed on Wednesday, alleging that the bank was "
         "negligent in protecting customer data.", "allegation", "lawsuit"),
        ("A former county finance chief was yesterday charged with abuse of office.",
         "allegation", "prosecutors"),
        # the acronym is the body named in full before it
        ("The Economic and Financial Crimes Commission arrested the former governor on "
         "Monday. The EFCC said he had diverted funds.", "allegation",
         "Economic and Financial Crimes Commission"),
    ],
)
def test_documents_passives_and_acronyms_of_wire_copy(
    text: str, kind: str, claimant: str
) -> None:
    claim = claimkit.extract(text).claims[-1]
    assert (claim.kind.value, claim.claimant.name) == (kind, claimant)


def test_a_claim_dismissed_as_propaganda_after_it_is_denied_by_its_subject() -> None:
    text = ("Residents said soldiers had burned their homes, a claim the army dismissed as "
            "propaganda.")
    charge, denial = claimkit.extract(text).claims
    assert (charge.kind.value, denial.kind.value) == ("allegation", "denial")
    assert denial.claimant.name == "army"


@pytest.mark.parametrize(
    "outlet", ["Reuters reported", "the newspaper reported", "local media reported",
               "according to AFP"],
)
def test_a_charge_passed_on_by_an_outlet_after_it_stays_the_speakers(outlet: str) -> None:
    text = f"Police said the protesters attacked officers, {outlet}."
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name) == ("allegation", "Police")
    assert claim.channel is not None


@pytest.mark.parametrize(
    ("text", "claimant", "content"),
    [
        ("SEOUL (Reuters) - North Korea fired a ballistic missile into the sea, South Korea's "
         "military said.", "Armed Forces of South Korea",
         "North Korea fired a ballistic missile into the sea"),
        ("KAMPALA - Opposition legislator Joseph Kato was remanded after denying charges of "
         "inciting violence.", "Joseph Kato", "charges of inciting violence"),
    ],
)
def test_a_dateline_is_no_speaker_and_no_part_of_what_is_said(
    text: str, claimant: str, content: str
) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == claimant
    assert claim.provenance.content is not None
    assert claim.provenance.content.text(text) == content


def test_a_city_before_a_colon_opening_a_story_makes_no_claim() -> None:
    text = "PUTRAJAYA: The anti-graft agency arrested two officials over bribes."
    assert all(c.claimant.name != "Malaysia" for c in claimkit.extract(text).claims)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The carmaker was fined 500 million euros by German prosecutors for its role in the "
         "emissions scandal.", "German prosecutors"),
        ("The telecoms operator was fined 10 million pounds by Ofcom for failing to protect "
         "customers.", "Ofcom"),
        ("Barclays was fined $1.1bn by US authorities.", "American authorities"),
    ],
)
def test_the_agent_of_a_fine_comes_after_the_amount(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name) == ("allegation", claimant)


@pytest.mark.parametrize(
    "text",
    ["Azman is facing four charges of abuse of power.", "He faces several charges of fraud."],
)
def test_facing_counted_charges_is_the_prosecutors_charge(text: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name) == ("allegation", "prosecutors")


@pytest.mark.parametrize(
    "text",
    [
        "Nobody has accused the company of breaking the law.",
        "No one has suggested that the singer acted improperly.",
        "Critics may accuse the firm of hypocrisy, but its record is strong.",
        "The company has not been charged with any crime.",
    ],
)
def test_a_charge_no_one_makes_or_someone_only_might_is_none(text: str) -> None:
    assert all(c.kind.value == "statement" for c in claimkit.extract(text).claims)


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ('Venezuela accused the United States of plotting a coup, allegations Washington '
         'called "categorically false".', "United States"),
        ("Lithuania said Belarus had sent balloons into its airspace, an accusation Minsk "
         "called absurd.", "Belarus"),
    ],
)
def test_a_claim_its_answerer_calls_false_is_rejected(text: str, denier: str) -> None:
    kinds = {(c.kind.value, c.claimant.name) for c in claimkit.extract(text).claims}
    assert ("denial", denier) in kinds
    assert all(name != denier for kind, name in kinds if kind == "allegation")


@pytest.mark.parametrize(
    "text",
    [
        'Kim Yo Jong said Seoul\'s claims about the satellite launch were "nonsense".',
        "Lin Jian said Washington's accusations against China were groundless.",
    ],
)
def test_a_claim_named_only_to_be_judged_false_is_no_allegation_of_its_own(text: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.kind.value == "denial"


@pytest.mark.parametrize(
    "text",
    [
        "Chinese ships fire water cannon near disputed shoal",
        "Troops clash along disputed border",
        "Nord Stream blasts, London says Russia was responsible",
    ],
)
def test_an_adjective_or_plural_noun_is_no_verb_of_claiming(text: str) -> None:
    assert all(c.kind.value not in ("denial", "allegation") or c.claimant.name != "China"
               for c in claimkit.extract(text).claims)
    assert all(c.cue not in ("disputed", "blasts") for c in claimkit.extract(text).claims)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Estonia expelled a Russian diplomat it accused of meddling.", "Estonia"),
        ("Washington sanctioned three firms it said had shipped drones to Russia.",
         "United States"),
    ],
)
def test_the_pronoun_of_an_object_relative_clause_speaks(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name) == ("allegation", claimant)


@pytest.mark.parametrize(
    "text",
    [
        "The court heard that the minister took bribes from the contractor.",
        "The jury was told that the senator hid gold bars in his closet.",
        "The inquiry heard that managers had ignored warnings.",
    ],
)
def test_what_a_court_hears_or_a_jury_is_told_is_an_unnamed_partys_charge(text: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name) == ("allegation", "unnamed source")


def test_hearsay_outside_a_court_is_no_claim() -> None:
    assert claimkit.extract("I heard that he cheated.").claims == ()


@pytest.mark.parametrize(
    ("text", "accuser", "denier"),
    [
        ("Israel says Hamas stole aid, Hamas denies", "Israel", "Hamas"),
        ("Moldova says Russia paid voters; Kremlin denies", "Moldova", "Kremlin"),
        ("Ukraine accuses Russia of shelling nuclear plant; Moscow denies", "Ukraine", "Russia"),
    ],
)
def test_a_two_sided_headline_keeps_the_charge_and_the_denial(
    text: str, accuser: str, denier: str
) -> None:
    kinds = {(c.kind.value, c.claimant.name) for c in claimkit.extract(text).claims}
    assert ("allegation", accuser) in kinds
    assert ("denial", denier) in kinds


def test_a_press_secretary_after_a_quotation_speaks() -> None:
    text = ('"Republicans are lying to seniors," White House press secretary Karine '
            'Jean-Pierre said.')
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name) == ("allegation", "Karine Jean-Pierre")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The singer rubbished reports that she had split from her husband.", "denial"),
        ("The club quashed rumours that the manager would be sacked.", "denial"),
        ("The ministry poured cold water on the claims.", "denial"),
        ("Rishi Sunak attacked Keir Starmer over Labour's tax plans.", "allegation"),
        ("She laid into the minister for his handling of the crisis.", "allegation"),
    ],
)
def test_tabloid_rebuttals_and_attacks_over_a_grievance(text: str, kind: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.kind.value == kind


def test_an_attack_over_the_weekend_is_no_charge() -> None:
    assert claimkit.extract("Rebels attacked the convoy over the weekend.").claims == ()


def test_a_headline_ending_in_committee_finds_is_the_committees_charge() -> None:
    text = "Boris Johnson misled Parliament over lockdown parties, committee finds"
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name) == ("allegation", "committee")


def test_accusations_renewed_by_a_subject_with_an_article_are_its_charge() -> None:
    text = "The group renewed accusations that Trump had used undocumented workers."
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name) == ("allegation", "group")


@pytest.mark.parametrize(
    ("text", "kind", "content"),
    [
        ("Rep. Jim Jordan charged on Tuesday that the Justice Department had been weaponized.",
         "allegation", "the Justice Department had been weaponized"),
        ("Critics charged last week that the agency had covered up the leak.",
         "allegation", "the agency had covered up the leak"),
        ("Newsom countered that DeSantis had lied about crime.",
         "allegation", "DeSantis had lied about crime"),
        ('"That is simply false," the company countered.', "denial", '"That is simply false,"'),
    ],
)
def test_charged_and_countered_that_after_a_time_or_a_quotation(
    text: str, kind: str, content: str
) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.kind.value == kind
    assert claim.provenance.content is not None
    assert claim.provenance.content.text(text) == content


@pytest.mark.parametrize(
    "text",
    [
        "All ran counter to his earlier statements that the contact never occurred.",
        "Democrats joined them for the overnight protest, which got wall-to-wall coverage.",
        "The army countered the attack with artillery.",
    ],
)
def test_running_counter_and_a_protest_noun_are_no_cues(text: str) -> None:
    assert claimkit.extract(text).claims == ()


@pytest.mark.parametrize(
    "text",
    [
        "The referee waved it away.",
        "Liverpool brushed them aside 4-0.",
        "HMRC said two million people overpaid tax.",
        "Prosecutors said the documents were forged by the defendant.",
    ],
)
def test_sport_tax_and_forgery_charges_are_no_denials(text: str) -> None:
    assert all(c.kind.value != "denial" for c in claimkit.extract(text).claims)


@pytest.mark.parametrize(
    "text",
    [
        "The WHO said the document was fake.",
        "A spokesperson for Meta said the screenshots were doctored.",
        '"These are fakes," Peskov said.',
        "The company said the recording had been fabricated using artificial intelligence.",
        "The palace said the letter was a forgery.",
        "Allegations that the army had shelled the village were rejected by the defence ministry.",
    ],
)
def test_evidence_called_fake_and_passive_rejections_of_claims_are_denials(text: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.kind.value == "denial"


def test_a_citing_aside_between_a_cue_and_its_that_clause() -> None:
    text = "Reforma reported, citing leaked emails, that the minister had taken bribes."
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name) == ("allegation", "Reforma")
    assert claim.provenance.content is not None
    assert claim.provenance.content.text(text) == "the minister had taken bribes"


def test_a_clause_after_declined_to_comment_but_is_its_own_claim() -> None:
    text = 'The ministry declined to comment, but an official said the report was "nonsense".'
    kinds = [(c.kind.value, c.claimant.name) for c in claimkit.extract(text).claims]
    assert ("denial", "official") in kinds


@pytest.mark.parametrize(
    "text",
    [
        "Oz said Cruz was lying. Newsom brushed that off.",
        "Oz said Cruz was lying. Newsom laughed it off.",
        "Oz said Cruz was lying. Newsom dismissed that.",
    ],
)
def test_a_rejection_of_that_or_it_denies_the_claim_before(text: str) -> None:
    claims = claimkit.extract(text).claims
    assert [(c.kind.value, c.claimant.name) for c in claims][-1] == ("denial", "Newsom")


def test_it_said_after_a_sentence_opening_with_a_report_is_the_report() -> None:
    text = ("The committee released its findings on Tuesday. The report also described the "
            "breaches. It said officials had concealed information from Congress.")
    claim = claimkit.extract(text).claims[-1]
    assert claim.claimant.name == "report"


def test_a_pronoun_that_ending_a_sentence_is_no_content_of_a_saying_verb() -> None:
    assert claimkit.extract("He said that.").claims == ()
    (claim,) = claimkit.extract("He denied that.").claims
    assert claim.kind.value == "denial"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The report claims the state's environment agency failed to take enforcement action.",
         "report"),
        ("The former tenant claims the landlord kept her deposit illegally.", "former tenant"),
        ("The residents' association claims the developer cut down protected trees.",
         "residents' association"),
    ],
)
def test_claims_after_a_modified_subject_is_a_verb(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert (claim.cue, claim.claimant.name) == ("claims", claimant)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("An audit found that council officials had misappropriated 1.2 million pounds.",
         "allegation"),
        ("The Ombudsman found severe maladministration in the way the council handled it.",
         "allegation"),
        ("The HSE said it did not accept that warnings had been ignored.", "denial"),
    ],
)
def test_audit_findings_and_not_accepting_a_charge(text: str, kind: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.kind.value == kind


def test_a_subject_before_an_aside_between_double_hyphens_speaks() -> None:
    text = "Democrats -- including Clinton -- quickly accused Trump of suggesting violence."
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name) == ("allegation", "Democrats")


def test_the_deed_an_accusation_charges_is_no_claim_of_its_own() -> None:
    text = "Sen. Amy Klobuchar accused Pete Buttigieg of belittling the work of lawmakers."
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == "Amy Klobuchar"


def test_an_accusation_criticized_is_still_made() -> None:
    text = "Clinton spokeswoman Jennifer Palmieri criticized Manafort for accusing the campaign."
    cues = {c.cue for c in claimkit.extract(text).claims}
    assert "accusing" in cues


def test_a_denial_of_a_charge_reported_inside_another_claim_is_kept() -> None:
    text = ("The suit claims that the network reported students as receiving therapy from "
            "unqualified staff. The network denied the allegations.")
    kinds = [(c.kind.value, c.claimant.name) for c in claimkit.extract(text).claims]
    assert ("denial", "network") in kinds


def test_an_actor_does_not_deny_its_own_fresh_charge() -> None:
    kinds = [c.kind.value for c in claimkit.extract(
        "Smith accused Jones of lying. Smith later denied it.").claims]
    assert "denial" not in kinds


@pytest.mark.parametrize(
    ("text", "claimant", "content"),
    [
        ("The AP carried a similar report.\n\n“Sen. Ann Reyes said Thursday that the "
         "minister had taken bribes from the contractor.”",
         "Ann Reyes", "the minister had taken bribes from the contractor"),
        ("The agency's account went on.\n\n\"Police said the driver had assaulted a guard. "
         "Two people were hurt.", "Police", "the driver had assaulted a guard"),
    ],
)
def test_a_report_quoted_as_a_paragraph_is_read(text: str, claimant: str, content: str) -> None:
    claims = claimkit.extract(text).claims
    assert [(c.kind.value, c.claimant.name, c.provenance.content.text(text))
            for c in claims if c.provenance.content] == [("allegation", claimant, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Smith said the plan was flawed.\n\n“We never said that they lied.”",
        "“It was wrong,” Smith said. “The minister accused us of lying.”",
        "Smith said the plan was flawed.\n\n“A defeat would underscore the party's weakness.”",
    ],
)
def test_a_speakers_quotation_stays_quoted(text: str) -> None:
    sources = [c.provenance.claimant.text(text) for c in claimkit.extract(text).claims
               if c.provenance.claimant]
    assert not any(s.startswith(("We", "The minister", "A defeat")) for s in sources)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Poland blamed Russia for the sabotage, a charge that the Kremlin dismissed as "
         "\"hysteria\".", "Kremlin"),
        ("Poland said Russia was behind the sabotage, an accusation the Kremlin called "
         "\"Russophobic hysteria\".", "Kremlin"),
        ("The contractor alleges he was fired for raising safety concerns, a claim that the "
         "council strongly disputes.", "council"),
    ],
)
def test_a_charge_that_someone_rejects_is_their_denial(text: str, claimant: str) -> None:
    kinds = [(c.kind.value, c.claimant.name) for c in claimkit.extract(text).claims]
    assert ("denial", claimant) in kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The firm called the lawsuit \"frivolous\".", "denial"),
        ("The club called the petition \"baseless\".", "denial"),
        ("A firm called the petition site Avaaz collected the signatures.", "statement"),
    ],
)
def test_a_company_calling_a_filing_false_denies_it(text: str, kind: str) -> None:
    kinds = [c.kind.value for c in claimkit.extract(text).claims]
    assert kind in kinds and (kind == "denial" or "denial" not in kinds)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The FA found Smith guilty of misconduct.", "FA"),
        ("The league found the club guilty of breaching spending rules.", "league"),
        ("A jury found the company liable for negligence.", "jury"),
        ("He was arraigned on a charge of murder.", "prosecutors"),
        ("Jones appeared in court on charges of fraud.", "prosecutors"),
    ],
)
def test_verdicts_and_arraignments_are_charges(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name) == ("allegation", claimant)


def test_a_finding_without_a_verdict_is_no_charge() -> None:
    kinds = [c.kind.value for c in claimkit.extract(
        "The league found the new format popular with fans.").claims]
    assert "allegation" not in kinds


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The union filed a complaint with the labour board accusing Kanemoto of illegally "
         "firing workers.", "union"),
        ("Residents filed a lawsuit in the High Court alleging the miner polluted the river.",
         "residents"),
        ("The family sent a letter to the ministry accusing police of a cover-up.", "family"),
    ],
)
def test_a_filing_addressed_to_a_body_charges_for_its_filer(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name) == ("allegation", claimant)


def test_a_charge_reported_by_a_named_speaker_is_one_claim() -> None:
    claims = claimkit.extract("Smith was charged with murder, police said.").claims
    assert [(c.kind.value, c.claimant.name) for c in claims] == [("allegation", "police")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("He said he would fight the charges.", "denial"),
        ("She is fighting charges of fraud in a Texas court.", "denial"),
        ("He would fight for them as president.", None),
        ("We are not fighting it strongly enough.", None),
    ],
)
def test_fighting_the_charges_denies_them(text: str, kind: str | None) -> None:
    kinds = [c.kind.value for c in claimkit.extract(text).claims]
    assert (kind in kinds) if kind else "denial" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "\"I will clear my name,\" Obi said.\n\n\"Prosecutors say I laundered money. I have "
        "never laundered a cent.\"",
        "She filed an insurance claim that the insurer denied.",
        "The minister dismissed a report in the Guardian alleging that he took bribes.",
    ],
)
def test_the_accuser_or_an_institution_is_not_made_a_denier(text: str) -> None:
    claims = claimkit.extract(text).claims
    assert not any(c.kind.value == "denial" and c.claimant.name in ("prosecutors", "insurer")
                   for c in claims)
    assert not any(c.kind.value == "allegation" and c.claimant.name == "minister"
                   for c in claims)


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Smith was charged with fraud and pleaded not guilty.", "Smith"),
        ("The rapper was arraigned on a charge of gun possession and pleaded not guilty.",
         "rapper"),
    ],
)
def test_a_plea_after_an_agentless_charge_is_the_defendants(text: str, denier: str) -> None:
    kinds = [(c.kind.value, c.claimant.name) for c in claimkit.extract(text).claims]
    assert ("denial", denier) in kinds and ("allegation", "prosecutors") in kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The jury found the actor liable for defamation.", "allegation"),
        ("Uefa found the club had breached financial rules.", "allegation"),
        ("The coach was banned for life, the federation said.", "allegation"),
        ("Researchers found the drug was effective.", "statement"),
        ("The court found him liable to pay costs.", "statement"),
    ],
)
def test_findings_of_liability_and_breach_and_life_bans(text: str, kind: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.kind.value == kind


def test_a_response_made_by_attacking_is_one_claim() -> None:
    claims = claimkit.extract("The DeSantis campaign responded by mocking Donald Trump.").claims
    assert [(c.kind.value, c.cue) for c in claims] == [("allegation", "mocking")]


def test_the_first_accused_is_a_defendant_not_a_cue() -> None:
    claims = claimkit.extract("Counsel for the first accused said the evidence was weak.").claims
    assert [c.cue for c in claims] == ["said"]


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("Striker banned for six matches, denies racist remark", "racist remark"),
        ("Sprinter provisionally suspended after positive test, insists she is innocent",
         "she is innocent"),
        ("Yin Myint May, 60, a doctor, said she was elated but still feared the military.",
         "Yin Myint May, 60, a doctor"),
    ],
)
def test_what_follows_a_cue_is_not_taken_for_its_speaker(text: str, bad: str) -> None:
    contents = [c.provenance.content.text(text) for c in claimkit.extract(text).claims
                if c.provenance.content]
    names = [c.claimant.name for c in claimkit.extract(text).claims]
    assert bad not in names and bad not in contents


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Smith on charges of fraud.",
        "Smith resigned amid allegations of fraud.",
        "A Dhaka tribunal has issued an arrest warrant against Ms Hasina on charges of crimes "
        "against humanity.",
    ],
)
def test_the_party_before_on_charges_or_amid_allegations_is_not_the_accuser(text: str) -> None:
    claims = claimkit.extract(text).claims
    assert not any(c.claimant.name in ("Smith", "Hasina") for c in claims)


def test_the_agent_of_a_later_verb_is_not_the_accuser() -> None:
    text = "A garda accused of assaulting a man in a cell was found not guilty by a jury."
    assert "jury" not in [c.claimant.name for c in claimkit.extract(text).claims
                          if c.kind.value == "allegation"]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Kenyan athlete banned\n\nNairobi: Kenyan runner Daniel Kiprotich has been banned for "
         "four years by the Athletics Integrity Unit.",
         [("allegation", "Athletics Integrity Unit")]),
        ("Meta fined\n\nBrussels: The European Commission has fined Meta 797 million euros for "
         "breaching EU antitrust rules.", [("allegation", "European Commission")]),
        ("Bangladesh: Awami League rubbishes genocide charges as politically motivated",
         [("denial", "Awami League")]),
        ("China: US must stop provocations in South China Sea", [("statement", "China")]),
    ],
)
def test_a_place_before_a_colon_gives_way_to_the_speaker_after_it(
    text: str, claims: list[tuple[str, str]]
) -> None:
    assert [(c.kind.value, c.claimant.name) for c in claimkit.extract(text).claims] == claims


def test_a_denial_reported_inside_a_statement_is_not_what_it_answers() -> None:
    claims = claimkit.extract("A source said the officer rejected the account.").claims
    assert [(c.kind.value, c.cue) for c in claims] == [
        ("statement", "said"), ("denial", "rejected")]
    claims = claimkit.extract(
        "Israel said Hamas fighters had used the hospital. Hamas denied the claim.").claims
    assert [c.kind.value for c in claims] == ["allegation", "denial"]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("The carrier was fined for failing to compensate passengers denied boarding.",
         [("allegation", "was fined")]),
        ("Chelsea have until 12 March to respond to the charges.", [("statement", "respond")]),
        ("Brighton pushed back firmly against the accusation.",
         [("denial", "pushed back firmly against")]),
        ("Indian Army sources pushed back, saying the firing was started by Pakistani posts.",
         [("denial", "pushed back")]),
        ("The company pushed back the launch to May.", []),
        ("Zenvia denied that, saying all reports had been passed to regulators.",
         [("denial", "denied"), ("statement", "saying")]),
        ("Kenyan police accused\n\nNairobi: Police said the officer beat the protester.",
         [("allegation", "said")]),
    ],
)
def test_deadlines_refusals_and_push_backs(text: str, claims: list[tuple[str, str]]) -> None:
    assert [(c.kind.value, c.cue) for c in claimkit.extract(text).claims] == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("The International Criminal Court has issued arrest warrants for two Russian "
         "commanders over strikes on power plants.",
         [("allegation", "International Criminal Court")]),
        ("The tribunal issued an arrest warrant for the former premier on charges of murder.",
         [("allegation", "tribunal")]),
        ("The party says the military orchestrated his removal, an allegation the army has "
         "always denied.", [("allegation", "party"), ("denial", "army")]),
    ],
)
def test_warrants_charge_and_adverbs_stay_out_of_the_speaker(
    text: str, claims: list[tuple[str, str]]
) -> None:
    assert [(c.kind.value, c.claimant.name) for c in claimkit.extract(text).claims] == claims


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The regulator fines TikTok 345m euros over child data", "allegation"),
        ("The opposition leader was sentenced to five years on charges of extremism.",
         "allegation"),
        ("Police arrested the journalist on charges of espionage.", "allegation"),
        ("The Oversight Board ruled that the platform had wrongly removed posts.", "allegation"),
        ("The inspectors said the plant had dumped sewage.", "allegation"),
        ("Detainees were denied food and medical care, the group said.", "statement"),
    ],
)
def test_sanctions_on_charges_and_wrongs_done_to_others(text: str, kind: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.kind.value == kind


@pytest.mark.parametrize(
    ("text", "claimant", "target"),
    [
        ("Thames Water fined £3.3m over sewage spill", "unnamed source", "Thames Water"),
        ("Meta fined $1.3bn by EU regulators", "European Union regulators", "Facebook"),
    ],
)
def test_a_headline_fine_with_an_amount_is_passive(text: str, claimant: str, target: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name) == ("allegation", claimant)
    assert claim.target is not None and claim.target.name == target


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The utility blamed heavy rainfall for the overflow.", "statement"),
        ("The bank blamed a software bug for the outage.", "statement"),
        ("The company blamed the regulator for the delays.", "allegation"),
        ("He blamed Russia for the attack.", "allegation"),
        ("She blamed the club's owners for the decline.", "allegation"),
        ('Trump blamed the problem of mass shootings on "sickos".', "allegation"),
    ],
)
def test_blaming_a_cause_accuses_no_one(text: str, kind: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.kind.value == kind


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(c.kind.value, c.claimant.name, c.cue) for c in claimkit.extract(text).claims]


def test_dismissing_a_states_remarks_is_one_denial_by_the_dismisser() -> None:
    text = "China dismissed the US remarks, saying they were groundless."
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name, claim.cue) == ("denial", "China", "dismissed")
    assert claim.target is not None and claim.target.name == "United States"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army's rejection of the report came a day later.",
         ("denial", "army", "rejection")),
        ("The opposition's claim that the vote was rigged was rejected by the commission.",
         ("allegation", "opposition", "claim")),
        ("The senator's accusation that the governor lied drew a sharp response.",
         ("allegation", "senator", "accusation")),
        ("The players' denial of the doping charges was read out in court.",
         ("denial", "players", "denial")),
        ("The union's allegations against the airline were dismissed by a judge.",
         ("allegation", "union", "allegations")),
    ],
)
def test_a_claim_noun_speaks_for_its_common_possessor(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _rows(text)


def test_a_subject_claim_nouns_clause_stops_at_the_main_verb() -> None:
    text = "The opposition's claim that the vote was rigged was rejected by the commission."
    claim = next(c for c in claimkit.extract(text).claims if c.cue == "claim")
    content = claim.provenance.content
    assert content is not None and text[content.start:content.end] == "the vote was rigged"


@pytest.mark.parametrize(
    "text",
    [
        "The bill's rejection by the Senate was expected.",
        "Last week's denial by the ministry surprised no one.",
        "The bank's charges of 5 percent angered customers.",
    ],
)
def test_a_thing_or_a_time_before_a_claim_noun_speaks_for_no_one(text: str) -> None:
    assert not any(c.cue in ("rejection", "denial", "charges") and c.claimant.name in (
        "bill", "week", "bank") for c in claimkit.extract(text).claims)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Police said gunmen attacked the village on Monday, killing at least 12 people, "
         "according to local officials.", "Police"),
        ("The Israeli military said Hezbollah fired five rockets at northern Israel, "
         "according to a statement.", "Israel Defense Forces"),
        # no speaker of its own: "according to" names the source
        ("The company lied to investors, according to the lawsuit.", "lawsuit"),
        # a charge with its own accuser: the letter, the documents, the records only relay
        ("The revenue service had accused the operator of under-declaring its income, "
         "according to a letter seen by Wire.", "revenue service"),
        ("Prosecutors allege that Smith embezzled 2 million pounds, according to court "
         "documents.", "prosecutors"),
        ("The FEC fined the campaign $35,000 for failing to report donations, records show.",
         "Federal Election Commission"),
        # a lawyer relaying a charge against his client is not the client accusing
        ("A special court framed charges of cheating against former minister Rakesh Verma on "
         "Monday, his lawyer said.", "court"),
    ],
)
def test_a_trailing_according_to_relays_a_sentence_that_names_its_speaker(
    text: str, claimant: str
) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.kind is ClaimKind.ALLEGATION and claim.claimant.name == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The lawsuit by the Election Accountability Foundation claims that the mayor's "
         "campaign illegally coordinated with a super PAC.", "Election Accountability Foundation"),
        ("A 2009 report by the Center for Economic and Policy Research found that a tax on "
         "financial transactions would raise $220 billion annually.",
         "Center for Economic and Policy Research"),
    ],
)
def test_a_claim_noun_and_the_verb_it_is_subject_of_make_one_claim(
    text: str, claimant: str
) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == claimant


def test_a_claim_noun_alone_still_speaks_through_its_verb() -> None:
    (claim,) = claimkit.extract("The lawsuit alleges that the mayor took bribes.").claims
    assert claim.claimant.name == "lawsuit" and claim.cue == "alleges"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # a plan or an intention is no claim of its own: the speaker after it speaks
        ("The Democratic front-runner will propose spending $2 billion a year, according to "
         "a campaign official.", "official"),
        ("Mr. Trump intends to deliver a foreign policy address, Mr. Manafort said.",
         "Manafort"),
        # the trailing speaker's own charge: nothing inside has a speaker
        ("Gunmen killed 12 villagers, the army said.", "army"),
    ],
)
def test_a_trailing_speaker_keeps_a_sentence_without_a_charge_of_its_own(
    text: str, claimant: str
) -> None:
    assert any(claimant in c.claimant.name for c in claimkit.extract(text).claims)


def test_evidence_named_between_a_cue_and_its_content_is_no_claim_of_its_own() -> None:
    text = "The spokesman said intelligence showed that the TPLF had stolen weapons."
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == "spokesman"


@pytest.mark.parametrize(
    "text",
    [
        "Calhoun County sued Delmont Chemical on Monday, alleging that the company dumped "
        "chemicals into the river.",
        "The SEC sued the firm, accusing it of misleading investors.",
        "Trump attacked Romney, calling him a failed candidate.",
    ],
)
def test_a_charge_and_the_participle_saying_what_it_charges_are_one_claim(text: str) -> None:
    claims = [c for c in claimkit.extract(text).claims if c.kind is ClaimKind.ALLEGATION]
    assert len(claims) == 1


def test_a_cause_blamed_keeps_its_participle_apart() -> None:
    text = ("North Korea has attributed the situation to the US, claiming that the West's "
            "agenda made the war legitimate.")
    assert [c.cue for c in claimkit.extract(text).claims] == ["has attributed", "claiming"]


@pytest.mark.parametrize(
    ("text", "claimants"),
    [
        # a speaker's own claim between another's cue and content stays a claim
        ("Officials said the rebels claimed that the army had shelled the town.",
         ["officials", "rebels"]),
        # a trailing "according to" after a clause of another speaker names the source
        ("The company said profits fell, while executives hid losses from auditors, "
         "according to the lawsuit.", ["lawsuit"]),
    ],
)
def test_framing_and_relaying_keep_speakers_of_their_own(
    text: str, claimants: list[str]
) -> None:
    claims = [c for c in claimkit.extract(text).claims if c.kind is not ClaimKind.STATEMENT]
    assert [c.claimant.name for c in claims] == claimants


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # a verb after an apposition that takes a common noun is the clause's own verb
        ("Federal prosecutors said Leonard Shaw, 61, wrote checks to himself and disguised "
         "them as payments to vendors.", ["said"]),
        ("Ted Cruz, by contrast, wrote an op-ed urging Congress to act.", []),
        # an inverted speaker, a place or a clause after the verb keeps it a cue
        ("The plan is a fraud, added a spokesman.", ["added"]),
        ("The plan is a fraud, wrote analysts.", ["wrote"]),
        ("Jared Bernstein, a former adviser, wrote on his blog that wages were rising.",
         ["wrote"]),
        ("Constitutionalists, like Texas Sen. Ted Cruz, consider him a phony.", ["consider"]),
    ],
)
def test_a_verb_with_an_object_after_a_comma_is_no_inverted_cue(
    text: str, cues: list[str]
) -> None:
    assert [d[1] for d in drafts(text)] == cues


def test_a_headline_quotation_goes_on_in_the_body_as_a_claim_of_its_own() -> None:
    text = (
        "Cecile Richards: \u2018I\u2019m Tired Of Men Telling Us What To Do.\u2019\n\n"
        "\"His comments were outrageous and dangerous. The senator has lied to voters "
        "about his record.\"\n\n"
        "Richards also spoke about the court case.\n"
    )
    claims = claimkit.extract(text).claims
    headline, body = claims[0], claims[1]
    assert text[headline.provenance.content.start : headline.provenance.content.end] == (
        "\u2018I\u2019m Tired Of Men Telling Us What To Do.\u2019"
    )  # the headline's quotation ends with its line
    assert body.claimant.name == "Cecile Richards"
    assert body.kind is ClaimKind.ALLEGATION
    assert body.provenance.content.start == text.index("\"His")


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("A senior official who asked not to be named said Iran had supplied the drones to "
         "Russia.", "said", "A senior official"),
        ("A U.S. official who spoke on condition of anonymity to discuss intelligence findings "
         "said the operatives were trained to carry out sabotage.", "said", "A U.S. official"),
        ("A Western diplomat who declined to be identified said Russian agents had planted "
         "the explosives.", "said", "A Western diplomat"),
        ("Two security sources, who requested anonymity, said the militia had executed the "
         "prisoners.", "said", "Two security sources"),
        ("A senior official who was not authorised to speak publicly said the militia had "
         "killed the prisoners.", "said", "A senior official"),
        ("An official who asked not to be named has accused Russia of shelling the plant.",
         "has accused", "An official"),
    ],
)
def test_an_anonymity_clause_describes_its_source_and_reports_nothing(
    text: str, cue: str, source: str
) -> None:
    (draft,) = drafts(text)
    assert draft[1:3] == (cue, source)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a relative clause that asks or declines something else keeps its cue
        ("The official who asked the minister to resign said he had lied.", "asked"),
        ("The minister, who declined to comment, has accused Russia of shelling the plant.",
         "declined"),
    ],
)
def test_other_relative_clauses_keep_their_cues(text: str, cue: str) -> None:
    assert cue in [draft[1] for draft in drafts(text)]


def test_an_authorised_source_is_no_anonymity_clause() -> None:
    # "who was authorised to speak" names the source's standing, not terms of anonymity
    (draft,) = drafts("A spokesman who was authorised to speak said the rebels had killed "
                      "civilians.")
    assert draft[2] == "A spokesman"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Infosys said all offers would be honoured and denied that it had broken any law.",
         [("statement", "Infosys"), ("denial", "Infosys")]),
        ("The player said he was disappointed and rejected the allegations.",
         [("statement", "player"), ("denial", "player")]),
        ("The club said the player was shocked and denied any wrongdoing.",
         [("statement", "club"), ("denial", "club")]),
        # near-misses: the auxiliary serves both participles, which take no object
        ("He was arrested and denied bail.", []),
        ("She was detained and denied access to a lawyer.", []),
        ("The player was shocked and denied the chance to reply.", []),
        ("He was arrested and accused of theft by police.", [("allegation", "police")]),
    ],
)
def test_a_participle_after_and_with_its_own_object_is_active(
    text: str, expected: list[tuple[str, str]]
) -> None:
    claims = claimkit.extract(text).claims
    assert [(c.kind.value, c.claimant.name) for c in claims] == expected


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Firefighters were responding to a report of a fire, the council said.",
         ["statement"]),
        ("Officers responded to a call about a disturbance.", ["statement"]),
        # near-misses: answering a claim rejects it
        ("The minister responded to a report that he had taken bribes.", ["denial"]),
        ("The ministry responded to a report of abuse at the home.", ["denial"]),
        ("The minister was responding to reports of corruption.", ["denial"]),
    ],
)
def test_responding_to_an_incident_call_answers_no_claim(text: str, kinds: list[str]) -> None:
    assert [c.kind.value for c in claimkit.extract(text).claims] == kinds


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The complaint, seen by the Guardian, alleges that the manager bullied staff.",
         "complaint"),
        ("A lawsuit, seen by the BBC, accuses the club of covering up abuse.", "lawsuit"),
        ("According to a charge sheet seen by Reuters, the players accepted bribes.",
         "charge sheet"),
        # near-misses: an author after "by" keeps the claim; an inverted speaker still speaks
        ("According to a report by Amnesty, soldiers killed civilians.",
         "Amnesty International"),
        ("The plan is a fraud, wrote Smith.", "Smith"),
    ],
)
def test_a_document_an_outlet_saw_speaks_for_itself(text: str, claimant: str) -> None:
    claims = claimkit.extract(text).claims
    assert [c.claimant.name for c in claims] == [claimant]


@pytest.mark.parametrize(
    ("text", "content", "kind"),
    [
        # a relative clause set off by commas ends before the main clause's predicate
        ("The report, which concluded that she violated agency rules, was leaked on Wednesday.",
         "she violated agency rules", "allegation"),
        ("Mr. Zuckerberg, who announced plans to give away his stock, returned on Monday.",
         "plans to give away his stock", "statement"),
        # ... but a comma inside its own content stays
        ("Trump, who has insulted women, Mexicans and Muslims in a volatile campaign, spoke.",
         "women, Mexicans and Muslims", "allegation"),
    ],
)
def test_a_relative_clauses_content_ends_where_it_closes(
    text: str, content: str, kind: str
) -> None:
    claim = claimkit.extract(text).claims[0]
    span = claim.provenance.content
    assert span is not None
    assert text[span.start : span.end].startswith(content)
    assert ", was leaked" not in text[span.start : span.end]
    assert ", returned" not in text[span.start : span.end]
    assert claim.kind.value == kind


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # "the alleged gunman": a hedge by an unnamed source, where no one is named as speaker
        ("The alleged shooter, Robert Lewis Dear, appeared in court on Monday.",
         "unnamed source"),
        # a named source speaks it: the content is before the source, the recipient no content
        ("The alleged gunman in a shooting on Parliament Hill Wednesday is 32-year-old Michael "
         "Zehaf-Bibeau, sources have confirmed to Global News.", "sources"),
    ],
)
def test_an_alleged_wrongdoer_is_an_allegation(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.kind is ClaimKind.ALLEGATION
    assert claim.claimant.name == claimant
    content = claim.provenance.content
    assert content is not None and text[content.start :].startswith("The alleged")


@pytest.mark.parametrize(
    "text",
    [
        "The alleged victim testified on Monday.",  # no wrongdoer
        "Carson has responded to Trump's rant.",  # "to" names what is answered
    ],
)
def test_no_hedge_without_a_wrongdoer(text: str) -> None:
    assert all(c.kind is not ClaimKind.ALLEGATION for c in claimkit.extract(text).claims)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Some of the residents said the company poisoned the water.", "residents"),
        ("Some of Clinton's longtime allies said they have come to accept his position.",
         "longtime allies"),
    ],
)
def test_a_quantifier_before_of_heads_a_named_group(text: str, claimant: str) -> None:
    # "Some of the residents": "some" is the head, not a count before a noun ("some 200")
    claim = claimkit.extract(text).claims[0]
    assert claim.claimant.name == claimant
    assert claim.provenance.claimant is not None


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ('Clinton told CNN: "Our allies are rattled by the threat Donald Trump represents to '
         'the world."', "Donald Trump"),
        ("The Daily News said the Paris terror attacks highlight the threat the National Rifle "
         "Association (NRA) poses to the U.S.", "National Rifle Association"),
        ('Pence said: "It was Barack Obama and Hillary Clinton who helped undo all the hard '
         'fought gains in Operation Iraqi Freedom."', "Barack Obama"),
        ("Pence said that in Iraq, Obama and Clinton helped undo all the hard fought gains.",
         "Obama"),  # the fronted place is not the doer
        ("The senator said Mexico, China and Japan are taking away our jobs.", "Mexico"),
    ],
)
def test_the_doer_a_wrongdoing_construction_names_is_the_target(text: str, target: str) -> None:
    # the poser of a threat, the first subject of a verb of taking away
    claim = claimkit.extract(text).claims[0]
    assert claim.kind is ClaimKind.ALLEGATION
    assert claim.target is not None and claim.target.name == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Trump said the plan to abolish the Second Amendment would fail.", None),  # no doer
        ("Trump said the threat of terrorism is growing under Obama.", None),
        ("Sessions said the Obama administration wants to gut the Constitution.",
         "Obama administration"),  # no name right before the verb: the content's first actor
    ],
)
def test_a_construction_without_a_named_doer_keeps_the_content_target(
    text: str, target: str | None
) -> None:
    claim = claimkit.extract(text).claims[0]
    assert (claim.target.name if claim.target is not None else None) == target
