"""Issue 12: the default number of extraction processes pays for itself."""

from __future__ import annotations

from pathlib import Path

import claimkit
from claimkit.runner import AUTO_CHARS_PER_WORKER, auto_workers


def _documents(count: int, size: int) -> list[claimkit.Document]:
    return [claimkit.Document(id=f"d{i}", text="x" * size) for i in range(count)]


def test_small_inputs_use_one_process(seeds_dir: Path) -> None:
    seeds = claimkit.load(seeds_dir, extract=False).documents
    assert auto_workers(seeds, cores=8) == 1
    assert auto_workers(_documents(200, 1000), cores=2) == 1


def test_enough_text_uses_the_cores_and_no_more() -> None:
    assert auto_workers(_documents(4, AUTO_CHARS_PER_WORKER), cores=2) == 2
    assert auto_workers(_documents(4, AUTO_CHARS_PER_WORKER), cores=3) == 3
    assert auto_workers(_documents(40, AUTO_CHARS_PER_WORKER), cores=4) == 4
    assert auto_workers(_documents(40, AUTO_CHARS_PER_WORKER), cores=1) == 1


def test_the_command_line_default_is_automatic(seeds_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from claimkit import api
    from claimkit.cli import main

    chosen: list[int | None] = []
    real = api.extract_documents

    def spy(documents, extractor, workers=1):  # type: ignore[no-untyped-def]
        chosen.append(workers)
        return real(documents, extractor, workers)

    monkeypatch.setattr(api, "extract_documents", spy)
    result = CliRunner().invoke(main, ["-q", "extract", str(seeds_dir), "-t", "jsonl"])
    assert result.exit_code == 0, result.output
    assert chosen == [None]
