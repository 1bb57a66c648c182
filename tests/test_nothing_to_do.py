"""Issue 12: commands say what they skipped, and fail when there is nothing to do."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from claimkit.cli import main


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_extract_of_an_empty_folder_fails(tmp_path: Path) -> None:
    status, output = _run("extract", str(tmp_path))
    assert status == 1
    assert output.startswith("claimkit: error: nothing to extract in") and "0 claims" not in output


def test_extract_of_a_folder_of_other_files_names_them(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Russia denied it\n", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>Russia denied it.</p>\n", encoding="utf-8")
    status, output = _run("extract", str(tmp_path))
    assert status == 1
    assert "skipped 2 files" in output and "a.md" in output and "b.html" in output


def test_extract_says_what_it_skipped_beside_the_articles(seeds_dir: Path, tmp_path: Path) -> None:
    status, output = _run("extract", str(seeds_dir), "-o", str(tmp_path / "c.json"))
    assert status == 0, output
    assert "gold.json (not an article file)" in output and "README.md" in output


def test_convert_and_show_of_nothing_fail(tmp_path: Path) -> None:
    assert _run("convert", str(tmp_path), "-o", str(tmp_path / "x.csv"))[0] == 1
    assert not (tmp_path / "x.csv").exists()
    status, output = _run("show", str(tmp_path))
    assert status == 1 and "nothing to show" in output


def test_evaluate_against_an_article_fails(seeds_dir: Path) -> None:
    status, output = _run("evaluate", str(seeds_dir / "000_6bcb59690b46f811.txt"))
    assert status == 1
    assert "no gold claims" in output and "nothing to score against" in output
