"""Properties of every built-in format on generated corpora, and of extraction on real text."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimkit
from claimkit import Corpus
from claimkit.plugins import get_registry
from claimkit.testing import check_extractor, check_spans_inside, claims_only, strategies

ROOT = Path(__file__).resolve().parent.parent
SEED_FILES = sorted((ROOT / "seeds").glob("*.txt"))
LOSSLESS = {"json": ".json", "jsonl": ".jsonl"}
SUBSETS = {"json": lambda c: c, "jsonl": lambda c: c, "csv": claims_only}
EXPORTERS = {
    "json": ".json",
    "jsonl": ".jsonl",
    "csv": ".csv",
    "report": ".report",
    "html": ".html",
}
EXTENSIONS_OF = {"json": ".json", "jsonl": ".jsonl", "csv": ".csv"}

slow = settings(suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("format", sorted(SUBSETS))
@slow
@given(corpus=strategies.corpora())
def test_load_of_dump_through_files(
    format: str, corpus: Corpus, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """``load(dump(corpus)) == corpus`` (CSV: its subset), through files chosen by extension."""
    path = tmp_path_factory.mktemp("rt") / f"corpus{EXTENSIONS_OF[format]}"
    claimkit.dump(corpus, path)
    assert claimkit.load(path, extract=False) == SUBSETS[format](corpus)


@pytest.mark.parametrize("format", sorted(EXPORTERS))
@slow
@given(corpus=strategies.corpora())
def test_dumping_twice_gives_identical_bytes(format: str, corpus: Corpus) -> None:
    first = claimkit.dumps(corpus, format)
    assert claimkit.dumps(corpus, format) == first
    assert claimkit.dumps(list(corpus.records()), format) == first


@slow
@given(corpus=strategies.corpora())
def test_conversion_chains_are_lossless(corpus: Corpus) -> None:
    via_jsonl = claimkit.loads(claimkit.dumps(corpus, "jsonl"), "jsonl")
    back = claimkit.loads(claimkit.dumps(via_jsonl, "json"), "json")
    assert back == corpus
    csv_bytes = claimkit.dumps(corpus, "csv")
    through_json = claimkit.loads(claimkit.dumps(claimkit.loads(csv_bytes, "csv"), "json"), "json")
    # CSV carries no documents, so the sentence columns are empty once they are gone
    assert claimkit.dumps(through_json, "csv") == claimkit.dumps(corpus.claims, "csv")


@slow
@given(corpus=strategies.corpora())
def test_loaded_corpora_answer_the_same_questions(corpus: Corpus) -> None:
    again = claimkit.loads(claimkit.dumps(corpus, "jsonl"), "jsonl")
    assert again.threads() == corpus.threads()
    for claim in corpus.claims:
        assert again.claim(claim.id) == claim
        assert again.claims_by(claim.claimant) == corpus.claims_by(claim.claimant)


def test_bytes_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """Two processes with different hash seeds write identical files (no set ordering leaks)."""
    script = (
        "import sys, claimkit\n"
        "corpus = claimkit.load(sys.argv[1])\n"
        "for name in ('json', 'jsonl', 'csv', 'report'):\n"
        "    sys.stdout.buffer.write(claimkit.dumps(corpus, name))\n"
    )
    outputs = []
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        process = subprocess.run(
            [sys.executable, "-c", script, str(SEED_FILES[0])],
            capture_output=True,
            env=env,
            timeout=300,
            check=True,
        )
        outputs.append(process.stdout)
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 1000


_TEXT = st.text(
    st.characters(codec="utf-8", exclude_characters="\x00\ufeff"), min_size=1, max_size=400
).filter(lambda text: text.strip())


@given(
    text=st.one_of(
        _TEXT,
        st.lists(st.sampled_from((*strategies.HOSTILE_STRINGS, "\n", "\r\n", "- bullet\n")))
        .map("".join)
        .filter(lambda t: t.strip() and "\x00" not in t and not t.startswith("\ufeff")),
    )
)
def test_text_loader_keeps_every_character(text: str) -> None:
    document = claimkit.loads(text.encode("utf-8"), "text", extract=False).documents[0]
    assert document.text == text
    check_spans_inside(Corpus(documents=[document]))
    for region in document.regions:
        assert document.span_text(region.span).strip()


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_seed_articles_keep_their_bytes(path: Path) -> None:
    document = claimkit.load(path, extract=False).documents[0]
    assert document.text.encode("utf-8") == path.read_bytes().removeprefix(b"\xef\xbb\xbf")


# extraction --------------------------------------------------------------------------


def _seed_sentences() -> list[str]:
    sentences: list[str] = []
    for path in SEED_FILES:
        text = path.read_text(encoding="utf-8")
        sentences.extend(s for s in re.split(r"(?<=[.!?\u201d])\s+", text) if s.strip())
    return sentences


SENTENCES = _seed_sentences()


def _extractor() -> str:
    extractors = get_registry().extractors
    if not extractors:
        pytest.skip("no extractor is registered")
    return get_registry().extractor().name


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    pieces=st.lists(
        st.one_of(
            st.sampled_from(SENTENCES),
            strategies.hostile_text(max_size=30, long=False),
        ),
        min_size=1,
        max_size=6,
    ),
    separator=st.sampled_from([" ", "\n", "\r\n", "\n\n", "", " \u201c"]),
)
def test_extraction_on_remixed_real_text(pieces: list[str], separator: str) -> None:
    """Never raises, spans inside the text, deterministic, and survives a JSON round trip."""
    check_extractor(_extractor(), [separator.join(pieces)])


def test_extraction_on_the_seeds_is_stable() -> None:
    corpus = check_extractor(_extractor(), [p.read_text(encoding="utf-8") for p in SEED_FILES])
    assert corpus.claims, "the default extractor finds claims in the seed articles"
    for claim in corpus.claims:
        document = corpus.document(claim.document_id)
        assert claim.provenance.span.end <= len(document.text)
