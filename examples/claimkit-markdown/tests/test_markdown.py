"""Tests of the claimkit-markdown plugin, loaded through its entry point, with claimkit.testing."""

from __future__ import annotations

import re
from pathlib import Path

import claimkit
from claimkit import (
    Actor,
    ActorKind,
    Claim,
    ClaimKind,
    Corpus,
    CueEffect,
    Document,
    Evidence,
    EvidenceCue,
    EvidenceStrength,
    Provenance,
    Span,
)
from claimkit.plugins import get_plugin_manager, get_registry
from claimkit.testing import ExporterContract, strategies
from hypothesis import given, settings

TEXT = (
    "Additionally, Washington has charged Iran with providing drones to Russia for use in its "
    "conflict in Ukraine, a charge Tehran has refuted."
)
UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def span(phrase: str) -> Span:
    start = TEXT.index(phrase)
    return Span(start=start, end=start + len(phrase))


def drone_dispute() -> Corpus:
    united_states = Actor(id="state:us", name="United States", kind=ActorKind.STATE, country="US")
    iran = Actor(id="state:ir", name="Iran", kind=ActorKind.STATE, country="IR")
    charge = Claim(
        id="claim:charge",
        kind=ClaimKind.ALLEGATION,
        claimant=united_states,
        target=iran,
        proposition="Iran provided drones to Russia | for use in Ukraine",
        cue="has charged",
        provenance=Provenance(document_id="doc-1", span=Span(start=0, end=len(TEXT)),
                              cue=(span("has charged"),)),
    )
    refutation = Claim(
        id="claim:refuted",
        kind=ClaimKind.DENIAL,
        claimant=iran,
        target=united_states,
        proposition="Iran provided drones to Russia",
        cue="has refuted",
        evidence=Evidence(
            strength=EvidenceStrength.NO_EVIDENCE,
            score=0.0,
            cues=(EvidenceCue(text="refuted", span=span("refuted"), effect=CueEffect.ABSENCE),),
        ),
        provenance=Provenance(document_id="doc-1", span=span("a charge Tehran has refuted"),
                              cue=(span("has refuted"),)),
        responds_to=("claim:charge",),
    )
    document = Document(id="doc-1", text=TEXT, title="Drones *for* Russia", outlet="Example")
    return Corpus.build([document], [charge, refutation])


def table_rows(markdown: str) -> list[list[str]]:
    rows = [line for line in markdown.splitlines() if line.startswith("| ")]
    return [[cell.strip() for cell in UNESCAPED_PIPE.split(row)[1:-1]] for row in rows]


def test_the_plugin_is_loaded_through_its_entry_point() -> None:
    import claimkit_markdown

    assert get_plugin_manager().get_plugin("markdown") is claimkit_markdown
    exporter = get_registry().exporter("markdown")
    assert exporter.plugin == "markdown"
    assert get_registry().choose_exporter("claims.MD").name == "markdown"


def test_claims_table_and_disputes() -> None:
    text = claimkit.dumps(drone_dispute(), "markdown").decode()
    assert text.startswith("# Claims and disputes\n\n1 document, 2 claims, 1 dispute.\n")
    assert "## Drones \\*for\\* Russia\n\n`doc-1` · Example\n" in text
    header, first, second = table_rows(text)
    assert header == ["#", "kind", "claimant", "target", "cue", "evidence", "commitment",
                      "proposition"]
    assert first == ["1", "allegation", "United States", "Iran", "has charged",
                     "assertion 0.25", "certain",
                     "Iran provided drones to Russia \\| for use in Ukraine"]
    assert second[1] == "denial"
    assert second[5] == "no\\_evidence 0.00: “refuted”"
    assert "### 1. United States → Iran" in text
    assert "- **denial** by Iran (“has refuted”): Iran provided drones to Russia" in text


def test_dump_chooses_markdown_by_extension(tmp_path: Path) -> None:
    written = claimkit.dump(drone_dispute(), tmp_path / "claims.md")
    assert written.read_text(encoding="utf-8") == claimkit.dumps(
        drone_dispute(), "markdown"
    ).decode()


@settings(max_examples=60, deadline=None)
@given(strategies.corpora())
def test_every_claim_is_one_row_with_every_cell(corpus: Corpus) -> None:
    text = claimkit.dumps(corpus, "markdown").decode("utf-8")
    rows = [row for row in table_rows(text) if row and row[0].isdigit()]
    assert len(rows) == len(corpus.claims)
    assert all(len(row) == 8 for row in rows)


class TestMarkdownExporterContract(ExporterContract):
    """claimkit's conformance kit: stable bytes, empty corpora (no loader to round-trip)."""

    exporter = "markdown"
    max_examples = 60
