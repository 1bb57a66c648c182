"""Issue 12: one folder rule for claimkit.load, claimkit extract and claimkit convert."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

import claimkit
from claimkit.cli import main

ARTICLES = ["000_6bcb59690b46f811", "004_1a83e61fc4204547"]


def test_load_of_a_folder_with_gold_beside_the_articles(seeds_dir: Path) -> None:
    corpus = claimkit.load(seeds_dir)
    assert [d.id for d in corpus.documents] == ARTICLES
    assert corpus == claimkit.load(sorted(seeds_dir.glob("*.txt")))


def test_convert_of_the_same_folder(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    result = CliRunner().invoke(main, ["convert", str(seeds_dir), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert claimkit.load(out).claims == claimkit.load(seeds_dir).claims


def test_extract_and_convert_read_the_same_files(seeds_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    extracted, converted = tmp_path / "e.jsonl", tmp_path / "c.jsonl"
    assert runner.invoke(main, ["extract", str(seeds_dir), "-o", str(extracted)]).exit_code == 0
    assert runner.invoke(main, ["convert", str(seeds_dir), "-o", str(converted)]).exit_code == 0
    assert claimkit.load(extracted) == claimkit.load(converted)


def test_a_folder_without_articles_gives_its_exports(seeds_dir: Path, tmp_path: Path) -> None:
    corpus = claimkit.load(seeds_dir / "000_6bcb59690b46f811.txt")
    folder = tmp_path / "exports"
    folder.mkdir()
    claimkit.dump(corpus, folder / "a.jsonl")
    (folder / "notes.md").write_text("not claimkit data\n", encoding="utf-8")
    assert claimkit.load(folder) == corpus
    result = CliRunner().invoke(main, ["convert", str(folder), "-o", str(tmp_path / "b.json")])
    assert result.exit_code == 0, result.output
    assert claimkit.load(tmp_path / "b.json") == corpus


def test_skipped_files_are_reported_to_a_callback(seeds_dir: Path) -> None:
    registry = claimkit.plugins.get_registry()
    skipped: list[tuple[str, str]] = []
    files = claimkit.api.iter_files(
        seeds_dir, registry, skipped=lambda path, why: skipped.append((path.name, why))
    )
    assert [path.stem for path, _loader in files] == ARTICLES
    assert ("gold.json", "not an article file") in skipped
    assert ("README.md", "no loader claims its extension") in skipped
