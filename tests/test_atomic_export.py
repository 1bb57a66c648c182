"""Exports are atomic: a failure or an interruption mid-write leaves the previous file untouched."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

import claimkit
from claimkit import Claim, Corpus, Exporter, ExportError, Record
from claimkit.testing import plugin_registered

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FORMATS = {"json": ".json", "jsonl": ".jsonl", "csv": ".csv", "report": ".report", "html": ".html"}


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    gold = SEEDS / "gold.json"
    if gold.exists():
        return claimkit.load(gold, extract=False)
    return claimkit.load(sorted(SEEDS.glob("*.txt"))[0], extract=False)


def _leftovers(folder: Path, keep: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != keep)


class _Failing:
    """A plugin whose exporter writes half its output, then fails with ``error``."""

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def dump(self, records: Iterable[Record], stream: BinaryIO) -> None:
        for number, record in enumerate(records):
            stream.write(f"record {number}: {type(record).__name__}\n".encode())
            if number == 2:
                stream.flush()
                raise self.error

    @claimkit.hookimpl
    def register_exporters(self, register: Callable[[Exporter], None]) -> None:
        register(Exporter(name="failing", dump=self.dump, extensions=(".fail",)))


@pytest.mark.parametrize(
    "error, expected",
    [
        (RuntimeError("disk on fire"), ExportError),
        (OSError(28, "No space left on device"), ExportError),
        (ExportError("cannot encode"), ExportError),
        (KeyboardInterrupt(), KeyboardInterrupt),
        (SystemExit(3), SystemExit),
    ],
)
def test_failure_mid_write_keeps_the_previous_file(
    tmp_path: Path, corpus: Corpus, error: BaseException, expected: type[BaseException]
) -> None:
    target = tmp_path / "claims.fail"
    target.write_bytes(b"the previous export\n")
    with plugin_registered(_Failing(error), name="failing-exporter"):
        with pytest.raises(expected) as info:
            claimkit.dump(corpus, target)
    assert target.read_bytes() == b"the previous export\n"
    assert _leftovers(tmp_path, "claims.fail") == []
    if expected is ExportError:
        assert str(target) in str(info.value)


def test_failure_without_a_previous_file_leaves_nothing(tmp_path: Path, corpus: Corpus) -> None:
    target = tmp_path / "claims.fail"
    with plugin_registered(_Failing(RuntimeError("boom")), name="failing-exporter"):
        with pytest.raises(ExportError, match="boom"):
            claimkit.dump(corpus, target)
    assert list(tmp_path.iterdir()) == []


def _interrupted(records: Iterable[Record], after: int) -> Iterator[Record]:
    for number, record in enumerate(records):
        if number == after:
            raise KeyboardInterrupt
        yield record


@pytest.mark.parametrize("format", sorted(FORMATS))
def test_interrupted_record_stream_with_builtin_exporters(
    tmp_path: Path, corpus: Corpus, format: str
) -> None:
    target = tmp_path / f"claims{FORMATS[format]}"
    claimkit.dump(corpus, target)
    before = target.read_bytes()
    records = list(corpus.records())
    with pytest.raises(KeyboardInterrupt):
        claimkit.dump(_interrupted(records, len(records) - 1), target)
    assert target.read_bytes() == before
    assert _leftovers(tmp_path, target.name) == []


@pytest.mark.parametrize("format", sorted(FORMATS))
def test_invalid_record_mid_stream(tmp_path: Path, corpus: Corpus, format: str) -> None:
    target = tmp_path / f"claims{FORMATS[format]}"
    claimkit.dump(corpus, target)
    before = target.read_bytes()

    def records() -> Iterator[object]:
        yield from corpus.records()
        yield "not a record"

    with pytest.raises((ExportError, TypeError)):
        claimkit.dump(records(), target)  # type: ignore[arg-type]
    assert target.read_bytes() == before
    assert _leftovers(tmp_path, target.name) == []


@pytest.mark.parametrize("format", sorted(FORMATS))
def test_successful_export_replaces_the_file(tmp_path: Path, corpus: Corpus, format: str) -> None:
    target = tmp_path / f"claims{FORMATS[format]}"
    target.write_bytes(b"old")
    written = claimkit.dump(corpus, target)
    assert written == target
    assert target.read_bytes() == claimkit.dumps(corpus, format)
    assert _leftovers(tmp_path, target.name) == []


def test_new_files_get_ordinary_permissions(tmp_path: Path, corpus: Corpus) -> None:
    umask = os.umask(0o022)
    try:
        target = tmp_path / "claims.json"
        claimkit.dump(corpus, target)
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
    finally:
        os.umask(umask)


def test_replaced_files_keep_their_permissions(tmp_path: Path, corpus: Corpus) -> None:
    target = tmp_path / "claims.csv"
    target.write_bytes(b"old")
    target.chmod(0o640)
    claimkit.dump(corpus, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_target_is_a_directory(tmp_path: Path, corpus: Corpus) -> None:
    folder = tmp_path / "claims.json"
    folder.mkdir()
    with pytest.raises(ExportError, match=r"claims\.json"):
        claimkit.dump(corpus, folder)
    assert folder.is_dir()
    assert _leftovers(tmp_path, "claims.json") == []


def test_missing_directory(tmp_path: Path, corpus: Corpus) -> None:
    with pytest.raises(ExportError, match="cannot write"):
        claimkit.dump(corpus, tmp_path / "missing" / "claims.json")


def test_dumps_wraps_exporter_failures(corpus: Corpus) -> None:
    with plugin_registered(_Failing(RuntimeError("boom")), name="failing-exporter"):
        with pytest.raises(ExportError, match="failing.*boom"):
            claimkit.dumps(corpus, "failing")


def test_unknown_exporter_leaves_nothing(tmp_path: Path, corpus: Corpus) -> None:
    with pytest.raises(claimkit.FormatError):
        claimkit.dump(corpus, tmp_path / "claims.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_claims_survive_in_the_previous_csv(tmp_path: Path, corpus: Corpus) -> None:
    """The real-world case: re-exporting over yesterday's CSV and failing half-way."""
    target = tmp_path / "claims.csv"
    claimkit.dump(corpus, target)
    claims = [record for record in corpus.records() if isinstance(record, Claim)]
    with pytest.raises(KeyboardInterrupt):
        claimkit.dump(_interrupted(claims, 1), target)
    assert claimkit.load(target).claims == corpus.claims
