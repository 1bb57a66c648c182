"""Bad input on the command line: exactly one line on stderr, a non-zero exit, never a traceback."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import claimkit
from claimkit import api, cli

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = sorted(SEEDS.glob("*.txt"))[0]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def good_json(tmp_path: Path) -> Path:
    path = tmp_path / "good.json"
    path.write_bytes(claimkit.dumps(claimkit.load(SEED, extract=False), "json"))
    return path


def _one_error_line(result: Result) -> str:
    assert result.exit_code != 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("claimkit: error: "), lines[0]
    assert "Traceback" not in result.output
    return lines[0]


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


BAD_FILES: dict[str, bytes] = {
    "malformed.json": b'{"schema_version": 1, "claims": [',
    "future.json": b'{"schema_version": 99, "claims": []}',
    "latin1.json": '{"schema_version": 1, "documents": [{"id": "d", "text": "caf\u00e9"}]}'.encode(
        "latin-1"
    ),
    "utf16.json": '{"schema_version": 1}'.encode("utf-16"),
    "deep.json": b"[" * 3000 + b"]" * 3000,
    "headless.jsonl": b'{"type": "claim", "id": "x"}\n',
    "broken.jsonl": b'{"type": "header", "schema_version": 1}\n{"type": "actor", \n',
    "columns.csv": b"id,kind,cue\r\n1,denial,denies\r\n",
    "empty.txt": b"",
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "latin1.txt": "Le minist\u00e8re d\u00e9ment.".encode("latin-1"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_show_bad_file(runner: CliRunner, tmp_path: Path, name: str) -> None:
    path = _write(tmp_path, name, BAD_FILES[name])
    line = _one_error_line(runner.invoke(cli.main, ["show", str(path)]))
    assert name in line


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_convert_bad_file_writes_nothing(runner: CliRunner, tmp_path: Path, name: str) -> None:
    path = _write(tmp_path, name, BAD_FILES[name])
    output = tmp_path / "out.json"
    line = _one_error_line(
        runner.invoke(cli.main, ["convert", str(path), "-o", str(output), "--no-extract"])
    )
    assert name in line
    assert not output.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_errors_name_the_line(runner: CliRunner, tmp_path: Path) -> None:
    path = _write(tmp_path, "broken.jsonl", BAD_FILES["broken.jsonl"])
    line = _one_error_line(runner.invoke(cli.main, ["show", str(path)]))
    assert "line 2" in line


def test_missing_file(runner: CliRunner, tmp_path: Path) -> None:
    line = _one_error_line(runner.invoke(cli.main, ["show", str(tmp_path / "nowhere.json")]))
    assert "nowhere.json" in line


def test_unknown_input_format(runner: CliRunner, good_json: Path) -> None:
    line = _one_error_line(runner.invoke(cli.main, ["show", "-f", "yaml", str(good_json)]))
    assert "yaml" in line
    assert "json" in line  # the candidates are listed


def test_unknown_output_extension(runner: CliRunner, good_json: Path, tmp_path: Path) -> None:
    output = tmp_path / "out.xlsx"
    line = _one_error_line(runner.invoke(cli.main, ["convert", str(good_json), "-o", str(output)]))
    assert "out.xlsx" in line
    assert not output.exists()


def test_output_into_a_missing_folder(runner: CliRunner, good_json: Path, tmp_path: Path) -> None:
    output = tmp_path / "no" / "such" / "folder" / "out.json"
    line = _one_error_line(runner.invoke(cli.main, ["convert", str(good_json), "-o", str(output)]))
    assert "out.json" in line


def test_unsniffable_file_without_extension(runner: CliRunner, tmp_path: Path) -> None:
    path = _write(tmp_path, "mystery", b"\x00\x01\x02\x03" * 10)
    line = _one_error_line(runner.invoke(cli.main, ["show", str(path)]))
    assert "mystery" in line


def test_multiline_messages_are_folded(runner: CliRunner, tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.csv", b"id\nkind\n\n\n")
    _one_error_line(runner.invoke(cli.main, ["show", str(path)]))


def test_interrupt_is_one_line(
    runner: CliRunner, good_json: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(api, "load", interrupted)
    result = runner.invoke(cli.main, ["show", str(good_json)])
    line = _one_error_line(result)
    assert "interrupted" in line
    assert result.exit_code == 130


@pytest.mark.parametrize(
    "error",
    [RuntimeError("plugin bug"), IndexError("list index out of range"), MemoryError()],
)
def test_unexpected_errors_are_one_line_too(
    runner: CliRunner,
    good_json: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: BaseException,
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise error

    monkeypatch.setattr(api, "load", broken)
    line = _one_error_line(runner.invoke(cli.main, ["show", str(good_json)]))
    assert type(error).__name__ in line


def test_debug_variable_shows_the_traceback(
    runner: CliRunner, good_json: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("plugin bug")

    monkeypatch.setattr(api, "load", broken)
    monkeypatch.setenv("CLAIMKIT_DEBUG", "1")
    result = runner.invoke(cli.main, ["show", str(good_json)])
    assert isinstance(result.exception, RuntimeError)


def test_good_input_still_works(runner: CliRunner, good_json: Path, tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    result = runner.invoke(cli.main, ["convert", str(good_json), "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert claimkit.load(output) == claimkit.load(good_json)
    with_bom = _write(tmp_path, "bom.json", codecs.BOM_UTF8 + good_json.read_bytes())
    assert runner.invoke(cli.main, ["show", str(with_bom)]).exit_code == 0


def _python_m(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    return subprocess.run(
        [sys.executable, "-m", "claimkit", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )


def test_real_process(tmp_path: Path) -> None:
    check: Callable[[subprocess.CompletedProcess[str]], str]

    def check(process: subprocess.CompletedProcess[str]) -> str:
        assert process.returncode != 0
        assert "Traceback" not in process.stderr
        lines = process.stderr.splitlines()
        assert len(lines) == 1, process.stderr
        assert lines[0].startswith("claimkit: error: ")
        return lines[0]

    bad = _write(tmp_path, "truncated.json", BAD_FILES["malformed.json"])
    assert "truncated.json" in check(_python_m("show", bad.name, cwd=tmp_path))
    binary = _write(tmp_path, "picture.txt", BAD_FILES["binary.txt"])
    output = tmp_path / "claims.csv"
    assert "picture.txt" in check(
        _python_m("extract", binary.name, "-o", output.name, cwd=tmp_path)
    )
    assert not output.exists()


def _unreadable(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Make ``path`` unreadable, also for root (who reads a chmod 000 file regardless):
    ``os.access`` says so, and opening or listing it fails as it would for a user."""
    if os.geteuid() != 0:
        path.chmod(0)
        return
    denied = str(path)
    access, open_, scandir = os.access, Path.open, os.scandir

    def fake_access(target: object, mode: int, *args: object, **kwargs: object) -> bool:
        return False if str(target) == denied else access(target, mode, *args, **kwargs)  # type: ignore[arg-type]

    def fake_open(self: Path, *args: object, **kwargs: object) -> object:
        if str(self) == denied:
            raise PermissionError(13, "Permission denied", denied)
        return open_(self, *args, **kwargs)  # type: ignore[arg-type]

    def fake_scandir(target: object = ".") -> object:
        if str(target) == denied:
            raise PermissionError(13, "Permission denied", denied)
        return scandir(target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", fake_access)
    monkeypatch.setattr(Path, "open", fake_open)
    monkeypatch.setattr(os, "scandir", fake_scandir)


@pytest.mark.parametrize("command", ["extract", "show", "convert", "evaluate"])
@pytest.mark.parametrize("kind", ["file", "folder"])
def test_unreadable_input_is_one_line_and_exit_1(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, kind: str
) -> None:
    # click's own readability check gave a four-line usage error with exit status 2
    path = tmp_path / "locked"
    if kind == "folder":
        path.mkdir()
        (path / "article.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    else:
        path = _write(tmp_path, "locked.txt", SEED.read_bytes())
    _unreadable(monkeypatch, path)
    args = [command, str(path)]
    if command == "convert":
        args += ["-o", str(tmp_path / "out.jsonl")]
    result = runner.invoke(cli.main, args)
    line = _one_error_line(result)
    assert result.exit_code == 1
    assert "locked" in line and "ermission denied" in line
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize("command", ["extract", "convert"])
def test_output_naming_a_folder_is_one_line_and_exit_1(
    runner: CliRunner, tmp_path: Path, command: str
) -> None:
    folder = tmp_path / "claims.jsonl"
    folder.mkdir()
    (folder / "kept.txt").write_text("mine", encoding="utf-8")
    result = runner.invoke(cli.main, [command, str(SEED), "-o", str(folder)])
    line = _one_error_line(result)
    assert result.exit_code == 1
    assert "claims.jsonl" in line and "folder" in line
    assert [p.name for p in folder.iterdir()] == ["kept.txt"]


def _with_a_repeated_claim(tmp_path: Path, format: str) -> Path:
    """The seeds' gold corpus in ``format``, its first claim written a second time at the end."""
    path = tmp_path / f"repeated.{format}"
    if format == "json":  # the JSON exporter itself refuses the repeated claim
        data = json.loads((SEEDS / "gold.json").read_bytes())
        data["claims"].append(data["claims"][0])
        path.write_text(json.dumps(data), encoding="utf-8")
        return path
    corpus = claimkit.load(SEEDS / "gold.json", extract=False)
    path.write_bytes(claimkit.dumps([*corpus.records(), corpus.claims[0]], format))
    return path


@pytest.mark.parametrize("format", ["jsonl", "csv", "json"])
@pytest.mark.parametrize("command", ["show", "evaluate", "convert"])
def test_a_repeated_claim_id_names_the_file_and_record(
    runner: CliRunner, tmp_path: Path, format: str, command: str
) -> None:
    path = _with_a_repeated_claim(tmp_path, format)
    args = [command, str(path)]
    if command == "convert":
        args += ["-o", str(tmp_path / "out.jsonl")]
    line = _one_error_line(runner.invoke(cli.main, args))
    claim = claimkit.load(SEEDS / "gold.json", extract=False).claims[0].id
    assert "repeated." + format in line and f"duplicate claim id {claim!r}" in line
    if format != "json":  # the JSON loader reads the file whole and names no record
        assert "record " in line


@pytest.mark.parametrize("format", ["jsonl", "csv"])
def test_a_repeated_claim_id_through_the_api_names_the_source_and_record(
    tmp_path: Path, format: str
) -> None:
    path = _with_a_repeated_claim(tmp_path, format)
    with pytest.raises(claimkit.LoadError, match=r"repeated\.\w+, record \d+: duplicate claim id"):
        claimkit.load(path)
    with pytest.raises(claimkit.LoadError, match=r"<string>, record \d+: duplicate claim id"):
        claimkit.loads(path.read_bytes(), format)
