"""Issue 12: every text from a document is shown literally on the console."""

from __future__ import annotations

import io
from pathlib import Path

from click.testing import CliRunner
from rich.console import Console

import claimkit
from claimkit.cli import main
from claimkit.display import print_corpus, printable, where

CAPTION = "Officials said the photos [/caption] were fake, the ministry said."


def _article(tmp_path: Path, sentence: str) -> Path:
    path = tmp_path / "c.txt"
    path.write_text(sentence + "\n", encoding="utf-8")
    return path


def test_closing_markup_tag_in_article_is_printed_not_parsed(tmp_path: Path) -> None:
    article = _article(tmp_path, CAPTION)
    result = CliRunner().invoke(main, ["extract", str(article)])
    assert result.exit_code == 0, result.output
    assert "[/caption]" in result.output


def test_sic_in_a_quotation_is_kept(tmp_path: Path) -> None:
    article = _article(tmp_path, 'The senator said the claim was "a lie [sic]" on Tuesday.')
    corpus = claimkit.load(article)
    assert any("[sic]" in claim.proposition for claim in corpus.claims)
    result = CliRunner().invoke(main, ["extract", str(article)])
    assert result.exit_code == 0, result.output
    assert "[sic]" in result.output


def test_show_prints_stored_markup_literally(tmp_path: Path) -> None:
    article = _article(tmp_path, CAPTION)
    stored = claimkit.dump(claimkit.load(article), tmp_path / "c.json")
    result = CliRunner().invoke(main, ["show", str(stored)])
    assert result.exit_code == 0, result.output
    assert "[/caption]" in result.output


def test_escape_sequences_in_article_never_reach_the_terminal(tmp_path: Path) -> None:
    article = _article(
        tmp_path,
        "Moscow said the \x1b]0;pwned\x07report was \x1b[31mfalse\x1b[0m, the ministry said.",
    )
    result = CliRunner().invoke(main, ["extract", str(article)])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "false" in result.output


def test_printable_keeps_text_and_drops_controls() -> None:
    assert printable("a [b] :smile: \x1b[2Jc\rd\x9b1m") == "a [b] :smile: cd"


def test_table_fits_an_80_column_terminal(seeds_dir: Path) -> None:
    articles = [str(path) for path in sorted(seeds_dir.glob("*.txt"))]
    result = CliRunner().invoke(main, ["extract", *articles], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert any(line.split()[:2] == ["line", "kind"] for line in lines if line.strip())


def test_line_column_tells_the_summary_bullet_from_the_body(seeds_dir: Path) -> None:
    """The summary bullet and the body sentence both say North Korea denies; lines differ."""
    corpus = claimkit.load(seeds_dir / "000_6bcb59690b46f811.txt")
    buffer = io.StringIO()
    print_corpus(corpus, Console(file=buffer, width=100))
    rows = [line.split() for line in buffer.getvalue().splitlines()]
    denial_lines = [row[0] for row in rows if row[1:3] == ["denial", "North"]]
    assert denial_lines[:2] == ["1", "2"] and "4" in denial_lines


def test_where_gives_the_offset_without_the_document(small_corpus: claimkit.Corpus) -> None:
    claim = small_corpus.claims[0]
    document = small_corpus.document(claim.document_id)
    line = document.text.count("\n", 0, claim.provenance.span.start) + 1
    assert where(claim, document) == str(line)
    assert where(claim, None) == f"@{claim.provenance.span.start}"
