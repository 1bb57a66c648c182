"""Issue 12: every text from a document is shown literally on the console."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

import claimkit
from claimkit.cli import main
from claimkit.display import printable

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
