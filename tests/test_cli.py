from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

import claimkit
from claimkit import Corpus
from claimkit.cli import main


def test_version() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and claimkit.__version__ in result.output


def test_convert_and_show(small_corpus: Corpus, tmp_path: Path) -> None:
    source = claimkit.dump(small_corpus, tmp_path / "in.json")
    runner = CliRunner()
    result = runner.invoke(main, ["convert", str(source), "-o", str(tmp_path / "out.csv")])
    assert result.exit_code == 0, result.output
    assert "2 claims" in result.output
    assert claimkit.load(tmp_path / "out.csv").claims == small_corpus.claims
    shown = runner.invoke(main, ["show", str(source)])
    assert shown.exit_code == 0
    assert "North Korea" in shown.output and "1 disputes" in shown.output


def test_convert_text_without_extraction(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "seeds.jsonl"
    articles = [str(p) for p in sorted(seeds_dir.glob("*.txt"))]  # seeds/ also holds gold.json
    result = CliRunner().invoke(main, ["convert", *articles, "--no-extract", "-o", str(out)])
    assert result.exit_code == 0, result.output
    corpus = claimkit.load(out)
    assert len(corpus.documents) == 2 and corpus.claims == ()


def test_bad_input_is_one_line_and_nonzero(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "claims": [{"id": 3}]}', encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(bad)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("claimkit: error: ") and "bad.json" in lines[0]


def test_python_dash_m_reports_missing_files_without_traceback(tmp_path: Path) -> None:
    process = subprocess.run(
        [sys.executable, "-m", "claimkit", "show", str(tmp_path / "missing.json")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert process.returncode == 1
    assert process.stderr.strip().startswith("claimkit: error:")
    assert "Traceback" not in process.stderr


def test_extract_reads_only_articles_from_folders(seeds_dir: Path, tmp_path: Path) -> None:
    """seeds/ also holds gold.json: extracting the folder reads the two articles only."""
    out = tmp_path / "claims.json"
    result = CliRunner().invoke(main, ["extract", str(seeds_dir), "-o", str(out)])
    assert result.exit_code == 0, result.output
    corpus = claimkit.load(out)
    assert sorted(d.id for d in corpus.documents) == [
        "000_6bcb59690b46f811",
        "004_1a83e61fc4204547",
    ]
    assert corpus.claims and corpus.disputes()
