"""Evidence strength with its cues, and the speaker's commitment kept apart."""

from __future__ import annotations

import pytest

from claimkit.extract.cues import load_lexicon
from claimkit.extract.evidence import BASE_SCORE, commitment, score_evidence
from claimkit.extract.pipeline import extract
from claimkit.extract.segment import tokenize
from claimkit.model import Commitment, CueEffect, Document, EvidenceStrength, Span

LEXICON = load_lexicon()


def evidence(text: str, anonymous: Span | None = None):  # type: ignore[no-untyped-def]
    return score_evidence(text, tokenize(text), LEXICON, anonymous=anonymous)


def test_bare_assertion_is_low() -> None:
    found = evidence("The minister said the company paid bribes.")
    assert found.strength is EvidenceStrength.ASSERTION
    assert found.score == BASE_SCORE
    assert found.cues == ()


def test_seed_kirby_absence_of_evidence_is_lowest() -> None:
    text = ("there had been “no indications that transaction has been consummated and "
            "certainly no evidence that those weapons are being used inside of Ukraine.”")
    found = evidence(text)
    assert found.strength is EvidenceStrength.NO_EVIDENCE
    assert [c.text for c in found.cues] == ["no indications", "certainly no evidence"]
    assert all(c.effect is CueEffect.ABSENCE and c.weight < 0 for c in found.cues)
    assert found.score < BASE_SCORE
    for cue in found.cues:
        assert text[cue.span.start:cue.span.end] == cue.text


def test_seed_declassified_records_raise_and_lacking_information_lowers() -> None:
    text = ("Recently declassified intelligence records from the US stated earlier this month "
            "that Russia was purchasing millions of artillery shells and missiles from North "
            "Korea, but they lacked further information.")
    found = evidence(text)
    assert found.strength is EvidenceStrength.DOCUMENTED
    effects = {c.text: c.effect for c in found.cues}
    assert effects["declassified"] is CueEffect.RAISES
    assert effects["intelligence records"] is CueEffect.RAISES
    assert effects["lacked further information"] is CueEffect.LOWERS
    assert found.score > BASE_SCORE


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The drone strike reportedly killed four fighters.", EvidenceStrength.REPORTED),
        ("Satellite images show the camp was razed.", EvidenceStrength.DOCUMENTED),
        ("The opposition made the charge without evidence.", EvidenceStrength.NO_EVIDENCE),
        ("The allegations are unsubstantiated, the ministry said.", EvidenceStrength.NO_EVIDENCE),
        ("The account was independently confirmed by two hospitals.",
         EvidenceStrength.CORROBORATED),
    ],
)
def test_levels_from_other_beats(text: str, level: EvidenceStrength) -> None:
    assert evidence(text).strength is level


def test_anonymity_lowers_the_score() -> None:
    text = "An anonymous official said the talks had failed."
    plain = evidence(text)
    lowered = evidence(text, anonymous=Span(start=3, end=12))
    assert lowered.score < plain.score
    assert lowered.cues[0].text == "anonymous" and lowered.cues[0].effect is CueEffect.LOWERS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a “possible purchase,”", Commitment.POSSIBLE),
        ("the strike was likely carried out by the army", Commitment.PROBABLE),
        ("the ministry may have misled parliament", Commitment.POSSIBLE),
        ("Russia was purchasing millions of artillery shells", Commitment.CERTAIN),
        ("whether the vote was rigged", Commitment.UNCOMMITTED),
    ],
)
def test_commitment(text: str, expected: Commitment) -> None:
    assert commitment(tokenize(text), LEXICON) is expected


def test_cognition_verbs_make_commitment_probable() -> None:
    assert commitment(tokenize("the vote was rigged"), LEXICON, "believes") is Commitment.PROBABLE


def test_commitment_and_evidence_are_independent_in_claims() -> None:
    text = ("Intelligence documents show that the militia is likely receiving weapons from "
            "abroad, the defence minister said.")
    claim = extract(Document(id="d", text=text))[0]
    assert claim.commitment is Commitment.PROBABLE
    assert claim.evidence.strength is EvidenceStrength.DOCUMENTED
    assert "documented" in claim.evidence.explain()


def test_independent_parties_alleging_alike_corroborate() -> None:
    from claimkit import extract as run

    accusation = "accused Russia of shelling the Zaporizhzhia nuclear plant."
    corpus = run([
        Document(id="a", text=f"Ukraine {accusation}"),
        Document(id="b", text=f"The IAEA {accusation}"),
        Document(id="c", text=f"Kyiv {accusation}"),
    ])
    by_doc = {c.document_id: c for c in corpus.claims}
    assert by_doc["a"].evidence.strength is EvidenceStrength.CORROBORATED
    assert by_doc["b"].evidence.strength is EvidenceStrength.CORROBORATED
    assert by_doc["a"].evidence.score > BASE_SCORE
    rules = [c.rule or "" for c in by_doc["a"].evidence.cues]
    assert any("International Atomic Energy Agency" in r or "IAEA" in r for r in rules)
    # Ukraine and Kyiv are one party: the same state does not corroborate itself
    assert not any("Ukraine" in r for r in rules)


def test_same_party_does_not_corroborate_itself() -> None:
    from claimkit import extract as run

    corpus = run([
        Document(id="a", text="Washington accused Iran of supplying drones to Russia."),
        Document(id="b", text="The US accused Iran of supplying drones to Russia."),
    ])
    assert all(c.evidence.strength is EvidenceStrength.ASSERTION for c in corpus.claims)


def test_given_lowercase_forms_score_as_without() -> None:
    from claimkit.extract.segment import lowers

    text = ("Officials said, citing declassified intelligence, that it was likely a "
            "possible purchase, though there was certainly no evidence of it.")
    tokens = tokenize(text)
    words = lowers(tokens)
    with_forms = score_evidence(text, tokens, LEXICON, lowers=words)
    assert with_forms == score_evidence(text, tokens, LEXICON)
    assert with_forms.strength is EvidenceStrength.NO_EVIDENCE and len(with_forms.cues) >= 2
    assert commitment(tokens, LEXICON, lowers=words) == commitment(tokens, LEXICON)
    assert commitment(tokens, LEXICON, lowers=words) is not Commitment.CERTAIN
