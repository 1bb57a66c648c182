"""Issue 12: the text report has its own format, and no command writes over an input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import claimkit
from claimkit.cli import main

ARTICLE = "000_6bcb59690b46f811.txt"


def test_report_has_its_own_name_and_extension(
    small_corpus: claimkit.Corpus, tmp_path: Path
) -> None:
    path = claimkit.dump(small_corpus, tmp_path / "claims.report")
    assert path.read_text(encoding="utf-8") == claimkit.dumps(small_corpus, "report").decode()
    with pytest.raises(claimkit.FormatError):
        claimkit.load(path)  # a report is not an article
    with pytest.raises(claimkit.FormatError, match="no exporter recognises"):
        claimkit.dump(small_corpus, tmp_path / "claims.txt")


def test_extracting_a_folder_twice_gives_the_same_claims(seeds_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(seeds_dir / ARTICLE, folder)
    runner = CliRunner()
    counts = []
    for _ in range(2):
        result = runner.invoke(main, ["extract", str(folder), "-o", str(folder / "claims.report")])
        assert result.exit_code == 0, result.output
        counts.append(result.output.split("wrote ")[1].split()[0])
    assert counts[0] == counts[1]


def test_extract_refuses_to_write_over_its_input(seeds_dir: Path, tmp_path: Path) -> None:
    article = tmp_path / ARTICLE
    shutil.copy(seeds_dir / ARTICLE, article)
    before = article.read_bytes()
    result = CliRunner().invoke(main, ["extract", str(article), "-o", str(article), "-t", "report"])
    assert result.exit_code == 1
    assert "never writes over an input" in result.output
    assert article.read_bytes() == before


def test_convert_refuses_to_write_over_its_input(
    small_corpus: claimkit.Corpus, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    source = claimkit.dump(small_corpus, folder / "a.jsonl")
    before = source.read_bytes()
    result = CliRunner().invoke(main, ["convert", str(folder), "-o", str(source)])
    assert result.exit_code == 1 and "never writes over an input" in result.output
    assert source.read_bytes() == before
