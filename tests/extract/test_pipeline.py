"""The rules pipeline end to end: registration, determinism, spans, round trips."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import datasets
from claimkit.extract.pipeline import extract
from claimkit.model import Claim, ClaimKind, Document, RegionKind
from claimkit.plugins import get_registry
from claimkit.serialization import dumps, loads, structure, unstructure
from claimkit.testing import strategies
from claimkit.testing.conformance import check_extractor, check_spans_inside

NEWS = [
    "The health ministry said on Monday that 14 people had died in the floods.",
    "“We did not order the strike,” the general told reporters, “and we never would.”",
    "Beijing rejected the accusations as groundless, a foreign ministry spokesman said.",
    "Opposition leader Raila Odinga accused the electoral commission of rigging the vote.",
    "Spain's prime minister admitted that the government had been slow to react.",
    "The club did not deny the report, which was first published by L'Equipe.",
]


def test_rules_is_the_registered_default_extractor() -> None:
    registry = get_registry()
    chosen = registry.extractor(None)
    assert chosen.name == "rules" and chosen.plugin == "claimkit.extract.plugin"
    assert chosen.link is not None


def test_conformance_kit_accepts_the_rules_extractor() -> None:
    corpus = check_extractor("rules", NEWS)
    assert {c.kind for c in corpus.claims} >= {
        ClaimKind.STATEMENT, ClaimKind.DENIAL, ClaimKind.ALLEGATION, ClaimKind.ADMISSION}


def test_claims_survive_a_json_round_trip() -> None:
    found = datasets.example()
    assert found.claims
    again = loads(dumps(found))
    assert again.claims == found.claims
    assert [structure(unstructure(c), Claim) for c in found.claims] == list(found.claims)


def test_ids_are_deterministic_and_unique() -> None:
    document = Document(id="news", text=" ".join(NEWS))
    first = extract(document)
    assert [c.id for c in first] == [c.id for c in extract(document)]
    assert len({c.id for c in first}) == len(first)


def test_only_content_regions_are_read() -> None:
    found = datasets.example()
    for claim in found.claims:
        document = found.document(claim.document_id)
        regions = [r for r in document.regions if r.kind is RegionKind.BOILERPLATE]
        assert not any(r.span.overlaps(claim.provenance.span) for r in regions)


def test_the_cli_prints_seed_disputes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from claimkit.cli import main

    paths = [str(p) for p in datasets.article_paths()]
    result = CliRunner().invoke(main, ["extract", *paths])
    assert result.exit_code == 0, result.output
    assert "DENIAL" in result.output.upper() and "dispute" in result.output.lower()


@given(st.one_of(strategies.hostile_text(max_size=300),
                 st.lists(st.sampled_from(NEWS), max_size=4).map(" ".join)))
def test_never_raises_and_spans_stay_inside(text: str) -> None:
    corpus = claimkit.extract(Document(id="h", text=text))
    check_spans_inside(corpus)
    for claim in corpus.claims:
        assert claim.provenance.span.end <= len(text)
        assert 0.0 <= claim.evidence.score <= 1.0
    assert claimkit.extract(Document(id="h", text=text)) == corpus


def test_a_quotation_continued_in_the_next_sentence_is_one_content() -> None:
    text = ("“We will not pay for the wall,” the former president told CNBC. "
            "“It is going to be completely useless.” Talks resumed later.")
    (claim,) = extract(Document(id="q", text=text))
    assert claim.quote == "We will not pay for the wall, It is going to be completely useless."
    assert claim.provenance.content is not None
    content = text[claim.provenance.content.start:claim.provenance.content.end]
    assert content.startswith("“We will not pay") and content.endswith("useless.”")
    assert "Talks" not in claim.proposition


def test_a_quotation_split_around_its_attribution_is_one_content() -> None:
    text = "“We are ready,” the general said, “and we will respond to any attack.”"
    (claim,) = extract(Document(id="s", text=text))
    assert claim.quote == "We are ready, and we will respond to any attack."
    assert claim.provenance.content == claim.provenance.span.__class__(start=0, end=len(text))
    assert claim.proposition == "We are ready and we will respond to any attack"


WORLD = (
    "Israel's military said Tuesday that it had struck Hamas targets in Gaza, accusing the "
    "group of firing rockets at civilian areas.\n"
    "Hamas denied the accusation, saying the rockets were fired by another faction.\n"
    'The Kremlin dismissed the report as "fake news," according to Russian state media.\n'
    "Brazil's President Luiz Inácio Lula da Silva has repeatedly denied any wrongdoing.\n"
    "Pakistan has rejected India's allegations that it harbors militants, calling them "
    "baseless.\n"
    "The company did not immediately respond to a request for comment.\n"
)


def test_world_news_denials_answer_only_what_concerns_them() -> None:
    claims = extract(Document(id="world", text=WORLD))
    by_cue = {c.cue: c for c in claims}
    hamas = by_cue["denied"]
    assert hamas.kind is ClaimKind.DENIAL and hamas.claimant.name == "Hamas"
    assert hamas.responds_to == (by_cue["accusing"].id,)
    # a denial that answers nothing in the document gets no invented target
    assert by_cue["has denied"].target is None
    assert by_cue["has denied"].responds_to == ()
    assert by_cue["dismissed"].target is None


def test_world_news_channels_participles_and_non_answers() -> None:
    claims = extract(Document(id="world", text=WORLD))
    by_cue = {c.cue: c for c in claims}
    kremlin = by_cue["dismissed"]
    assert kremlin.channel is not None and kremlin.channel.kind.value == "media_outlet"
    assert kremlin.proposition == 'the report as "fake news"'
    assert "according to" not in by_cue  # the outlet is the channel, not a claimant
    # the participle that judges what was rejected is part of the one denial
    assert "calling" not in by_cue
    calling = by_cue["has rejected"]
    assert calling.kind is ClaimKind.DENIAL
    assert calling.proposition.endswith("calling them baseless")
    assert calling.target is not None and calling.target.id == "state:in"
    assert calling.evidence.strength.value == "no_evidence"
    assert not any("respond" in c.cue for c in claims)


def test_run_on_text_is_read_in_pieces() -> None:
    from claimkit.extract.pipeline import MAX_TOKENS

    text = "the official claimed that the minister denied the report and " * 200
    claims = extract(Document(id="runon", text=text))
    assert claims
    for claim in claims:
        assert claim.provenance.span.end <= len(text)
        assert len(text[claim.provenance.span.start:claim.provenance.span.end].split()) <= (
            MAX_TOKENS
        )


def _claims_of(text: str) -> list[Claim]:
    return extract(Document(id="news", text=text))


def _span(text: str, span: object) -> str | None:
    from claimkit.model import Span

    return text[span.start : span.end] if isinstance(span, Span) else None


def _only(text: str) -> tuple[Claim, str, str | None, str | None]:
    claims = _claims_of(text)
    assert len(claims) == 1, [c.cue for c in claims]
    claim = claims[0]
    provenance = claim.provenance
    return (claim, " ".join(text[s.start : s.end] for s in provenance.cue),
            _span(text, provenance.claimant), _span(text, provenance.content))


def test_wishes_plans_and_refusals_are_uncommitted_statements() -> None:
    from claimkit.model import Commitment

    cases = [
        ("The mayor wants to close the harbour road by June.", "wants", "The mayor",
         "to close the harbour road by June"),
        ("Farmers plan to block the motorway on Friday.", "plan", "Farmers",
         "to block the motorway on Friday"),
        ("The ministry declined to say whether the envoy had been recalled.", "declined",
         "The ministry", "to say whether the envoy had been recalled"),
        ("The striking pilots refused to return to work.", "refused", "The striking pilots",
         "to return to work"),
        ("Local officials hope the bridge will reopen before winter.", "hope",
         "Local officials", "the bridge will reopen before winter"),
    ]
    for text, cue, source, content in cases:
        claim, found_cue, found_source, found_content = _only(text)
        assert (found_cue, found_source, found_content) == (cue, source, content), text
        assert claim.kind is ClaimKind.STATEMENT
        assert claim.commitment is Commitment.UNCOMMITTED, text


def test_a_refusal_about_wrongdoing_is_no_allegation() -> None:
    claim, cue, _source, _content = _only(
        "The coach refused to say whether the club had broken the doping rules.")
    assert cue == "refused" and claim.kind is ClaimKind.STATEMENT


def test_beliefs_are_probable_statements_even_without_that() -> None:
    from claimkit.model import Commitment

    for text, source, content in [
        ("Most economists think Lagarde will raise rates again.", "Most economists",
         "Lagarde will raise rates again"),
        ("The coach believes the squad is ready.", "The coach", "the squad is ready"),
    ]:
        claim, _cue, found_source, found_content = _only(text)
        assert (found_source, found_content) == (source, content)
        assert claim.kind is ClaimKind.STATEMENT and claim.commitment is Commitment.PROBABLE


def test_intention_verbs_need_their_infinitive() -> None:
    assert _claims_of("The new pension plans, and the tax on them, were debated.") == []
    assert _claims_of("They know Lisbon well.") == []


def test_agreement_and_criticism_phrases() -> None:
    claim, cue, source, content = _only(
        "The auditor agreed that the accounts had been kept properly.")
    assert (cue, source, content) == ("agreed", "The auditor",
                                     "the accounts had been kept properly")
    claim, cue, source, content = _only("The union has long been critical of the rail operator.")
    assert cue.endswith("critical of") and source == "The union"
    assert claim.kind is ClaimKind.ALLEGATION


def test_findings_and_views_set_in_their_source() -> None:
    cases = [
        ("In a Gallup poll released Tuesday, 52 percent backed the tariff.", "In",
         "a Gallup poll released Tuesday", "52 percent backed the tariff"),
        ("Labour leads by six points, in the latest Ipsos survey.", "in",
         "the latest Ipsos survey", "Labour leads by six points"),
        ("In the governor's words, the budget is a fantasy.", "words", "the governor's",
         "the budget is a fantasy"),
        ("The merger, in her view, would cost thousands of jobs.", "view", "her",
         "The merger, in her view, would cost thousands of jobs"),
    ]
    for text, cue, source, content in cases:
        claim, found_cue, found_source, found_content = _only(text)
        assert (found_cue, found_source, found_content) == (cue, source, content), text
        assert claim.kind is ClaimKind.STATEMENT


def test_a_setting_is_no_source_when_its_clause_has_a_speaker() -> None:
    _claim, cue, source, _content = _only(
        "In a survey last week, 40 percent said they would strike.")
    assert (cue, source) == ("said", "40 percent")
    _claim, cue, source, _content = _only("In a statement, the ministry said the talks failed.")
    assert (cue, source) == ("said", "the ministry")
    assert _claims_of("She grew up in a village near the border.") == []


def test_records_and_polls_show_without_that() -> None:
    _claim, cue, source, content = _only("One poll shows the mayor ten points ahead.")
    assert (cue, source, content) == ("shows", "One poll", "the mayor ten points ahead")
    _claim, cue, source, content = _only("Leaked emails showed aides favoring the bid.")
    assert (cue, source) == ("showed", "Leaked emails")
    assert _claims_of("Divers found the wreck near the reef.") == []


def test_an_attribution_inside_its_clause_takes_the_clause_on_both_sides() -> None:
    text = "The new levy, the finance minister said, will raise four billion euros."
    _claim, cue, source, content = _only(text)
    assert (cue, source) == ("said", "the finance minister")
    assert content == text.rstrip(".")


def test_asides_and_concessions_stay_out_of_the_content() -> None:
    _claim, _cue, _source, content = _only("The coach said, however, that the squad was tired.")
    assert content == "the squad was tired"
    _claim, _cue, _source, content = _only(
        "The rebels insist they hold the airport, despite reports of heavy losses.")
    assert content == "they hold the airport"


def test_appositions_keep_their_prepositions_but_not_time_phrases() -> None:
    _claim, _cue, source, _content = _only(
        "“The vote is lost,” said Ines Mora, an economist at the University of Porto.")
    assert source == "Ines Mora, an economist at the University of Porto"
    _claim, _cue, source, _content = _only(
        "“The vote is lost,” said Ines Mora, an economist, on Tuesday.")
    assert source == "Ines Mora, an economist"
    claims = _claims_of(
        "Karl Weber, the head of the dockers' union, which backed the strike, said the talks "
        "had failed.")
    said = [c for c in claims if c.cue == "said"]
    assert len(said) == 1 and said[0].provenance.claimant is not None
    text = ("Karl Weber, the head of the dockers' union, which backed the strike, said the "
            "talks had failed.")
    assert _span(text, said[0].provenance.claimant) == "Karl Weber, the head of the dockers' union"


def test_leading_phrases_are_not_subjects() -> None:
    text = "Facing criticism over the remarks, the minister issued a statement, calling it a joke."
    claims = _claims_of(text)
    assert [(c.cue, _span(text, c.provenance.claimant)) for c in claims] == [
        ("calling", "the minister")]


def test_stances_and_refusals_of_claims() -> None:
    from claimkit.model import Commitment

    claim, _cue, source, content = _only("The governor is confident that the budget will pass.")
    assert (source, content) == ("The governor", "the budget will pass")
    assert claim.kind is ClaimKind.STATEMENT and claim.commitment is Commitment.PROBABLE
    claim, _cue, source, _content = _only("The board rebuffed the claims of the auditors.")
    assert claim.kind is ClaimKind.DENIAL and source == "The board"
    claim, _cue, _source, _content = _only("The board rebuffed the offer.")
    assert claim.kind is ClaimKind.STATEMENT


def test_according_to_a_record_is_kept() -> None:
    _claim, cue, source, content = _only(
        "According to the official results, turnout fell to 41 percent.")
    assert (cue, source, content) == ("According to", "the official results",
                                      "turnout fell to 41 percent")


def test_nouns_after_a_preposition_are_not_verbs_and_coordinated_speakers_split() -> None:
    text = "Earlier, in his closing remarks, the mayor said the port would reopen."
    assert [(c.cue, _span(text, c.provenance.claimant)) for c in _claims_of(text)] == [
        ("said", "the mayor")]
    text = "A fan asked for a selfie and the striker said, “only after the match.”"
    found = [(c.cue, _span(text, c.provenance.content)) for c in _claims_of(text)]
    assert found == [("asked", "for a selfie"), ("said", "“only after the match.”")]


def test_an_adverb_is_no_inverted_speaker() -> None:
    text = "Reopening the mine now, she said, feels entirely wrong to the villagers."
    claims = _claims_of(text)
    assert [(c.cue, _span(text, c.provenance.claimant)) for c in claims] == [("said", "she")]


def test_a_quotation_closing_a_clause_begun_outside_it() -> None:
    text = "“The cuts hurt” but remain “vital for the company's future,” the chief executive said."
    _claim, _cue, source, content = _only(text)
    assert source == "the chief executive"
    assert content == "“The cuts hurt” but remain “vital for the company's future,”"
    text = "The mayor called the plan “a disaster,” and “a waste,” her deputy added."
    added = [c for c in _claims_of(text) if c.cue == "added"]
    assert added and _span(text, added[0].provenance.content) == "“a waste,”"


def test_a_quotation_goes_on_in_the_next_paragraph() -> None:
    text = ("“We need a new harbour,” the mayor said.\n\n“Not next year. Now.”\n\n"
            "The council meets on Friday.")
    (claim,) = _claims_of(text)
    assert _span(text, claim.provenance.content) == (
        "“We need a new harbour,” the mayor said.\n\n“Not next year. Now.”")
    text = ("“We need a new harbour,” the mayor said.\n\n“Not now,” her rival said.")
    contents = [_span(text, c.provenance.content) for c in _claims_of(text)]
    assert contents == ["“We need a new harbour,”", "“Not now,”"]


def test_a_quotation_split_around_a_recipient_or_a_topic() -> None:
    for text in ["“The port stays shut,” she told reporters, “until the storm passes.”",
                 "“They need each other,” he said of the two parties, “more than ever.”"]:
        _claim, _cue, _source, content = _only(text)
        assert content == text.rstrip(".")


def test_dash_appositions_and_named_appositions() -> None:
    _claim, _cue, source, content = _only(
        "Ana Ruiz — a nurse from Valencia — says she will vote for the first time.")
    assert (source, content) == ("Ana Ruiz — a nurse from Valencia",
                                 "she will vote for the first time")
    _claim, _cue, source, _content = _only(
        "Later, his chief of staff, Piotr Nowak, said the talks had stalled.")
    assert source == "his chief of staff, Piotr Nowak"
    text = "The striker scored twice – saying afterwards he felt reborn."
    _claim, cue, source, _content = _only(text)
    assert (cue, source) == ("saying", "The striker")


def test_each_claim_looks_only_at_the_claims_of_its_own_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a clause ends where the next claim of its sentence starts; taking built[index + 1:] to
    # find it copied the rest of the document's claims for every claim (n*n for one document)
    from claimkit.extract import pipeline

    class Built(list[object]):
        touched = 0

        def __getitem__(self, index):  # type: ignore[no-untyped-def]
            got = list.__getitem__(self, index)
            Built.touched += len(got) if isinstance(index, slice) else 1
            return got

    attribute = pipeline.attribute
    monkeypatch.setattr(pipeline, "attribute", lambda *args: Built(attribute(*args)))
    text = "North Korea denies it. " * 1500 + "Seoul said it was false and Tokyo said so."
    claims = extract(Document(id="long", text=text))
    assert len(claims) == 1500 + 2
    assert claims[0].claimant.id == claims[1499].claimant.id
    assert Built.touched <= 3 * len(claims)
