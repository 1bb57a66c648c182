"""`claimkit convert` streams records when nothing needs extracting."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import claimkit
from claimkit import api, cli

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLES = sorted(SEEDS.glob("*.txt"))[:4]


@pytest.fixture(scope="module")
def corpus() -> claimkit.Corpus:
    found = claimkit.load(ARTICLES)
    assert found.claims, "the seed articles should give claims"
    return found


@pytest.fixture
def jsonl(tmp_path: Path, corpus: claimkit.Corpus) -> Path:
    return claimkit.dump(corpus, tmp_path / "claims.jsonl")


def _forbid(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"claimkit.api.{name} was called")

    monkeypatch.setattr(api, name, refuse)


def _convert(*args: str) -> Result:
    return CliRunner().invoke(cli.main, ["convert", *args])


def _one_error_line(result: Result) -> str:
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("claimkit: error: "), lines[0]
    return lines[0]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_streamed_conversion_matches_the_in_memory_path(
    tmp_path: Path, jsonl: Path, corpus: claimkit.Corpus, suffix: str
) -> None:
    in_memory = api.dump(api.load(jsonl), tmp_path / f"memory{suffix}")
    streamed = tmp_path / f"streamed{suffix}"
    result = _convert(str(jsonl), "-o", str(streamed))
    assert result.exit_code == 0, result.output
    assert streamed.read_bytes() == in_memory.read_bytes()
    assert claimkit.load(streamed).claims == corpus.claims
    assert result.stderr == (
        f"wrote {len(corpus.documents)} documents, {len(corpus.actors)} actors and "
        f"{len(corpus.claims)} claims to {streamed}\n"
    )


def test_records_are_not_loaded_into_a_corpus(
    tmp_path: Path, jsonl: Path, corpus: claimkit.Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    _forbid(monkeypatch, "load")
    output = tmp_path / "out.csv"
    result = _convert(str(jsonl), "-o", str(output), "--to", "csv")
    assert result.exit_code == 0, result.output
    assert claimkit.load(output).claims == corpus.claims


def test_articles_are_extracted_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _forbid(monkeypatch, "iter_load")
    output = tmp_path / "out.jsonl"
    result = _convert(str(ARTICLES[0]), "-o", str(output))
    assert result.exit_code == 0, result.output
    assert claimkit.load(output).claims == claimkit.load(ARTICLES[0]).claims


def test_articles_stream_without_extraction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _forbid(monkeypatch, "load")
    output = tmp_path / "out.jsonl"
    result = _convert(*map(str, ARTICLES), "-o", str(output), "--no-extract")
    assert result.exit_code == 0, result.output
    monkeypatch.undo()
    converted = claimkit.load(output)
    assert converted.documents == claimkit.load(ARTICLES, extract=False).documents
    assert converted.claims == ()
    assert result.stderr.startswith(f"wrote {len(ARTICLES)} documents, 0 actors and 0 claims")


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_a_bad_record_midstream_leaves_no_output(
    tmp_path: Path, jsonl: Path, corpus: claimkit.Corpus, suffix: str
) -> None:
    lines = jsonl.read_bytes().splitlines(keepends=True)
    bad_line = len(lines) - 1  # 1-based number of the line replaced below
    broken = tmp_path / "broken.jsonl"
    broken.write_bytes(b"".join(lines[:-2]) + b'{"type": "claim", "id": \n' + lines[-1])
    output = tmp_path / f"out{suffix}"
    message = _one_error_line(_convert(str(broken), "-o", str(output)))
    assert f"{broken}, line {bad_line}" in message
    assert not output.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.jsonl", "claims.jsonl"]


def test_a_bad_record_keeps_the_previous_output(tmp_path: Path, jsonl: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_bytes(jsonl.read_bytes() + b"not json\n")
    output = tmp_path / "out.csv"
    output.write_bytes(b"previous\n")
    _one_error_line(_convert(str(broken), "-o", str(output)))
    assert output.read_bytes() == b"previous\n"


def test_a_document_in_two_files_is_an_error(tmp_path: Path, jsonl: Path) -> None:
    copy = tmp_path / "copy.jsonl"
    copy.write_bytes(jsonl.read_bytes())
    output = tmp_path / "out.jsonl"
    message = _one_error_line(_convert(str(jsonl), str(copy), "-o", str(output)))
    assert f"{copy}, record 0: duplicate document id" in message
    assert str(jsonl) in message
    assert not output.exists()


def test_a_repeated_claim_is_an_error(tmp_path: Path, jsonl: Path) -> None:
    lines = jsonl.read_bytes().splitlines(keepends=True)
    doubled = tmp_path / "doubled.jsonl"
    doubled.write_bytes(b"".join(lines) + lines[-1])
    output = tmp_path / "out.csv"
    message = _one_error_line(_convert(str(doubled), "-o", str(output)))
    assert f"record {len(lines) - 1}: duplicate claim id" in message
    assert not output.exists()


def test_actors_the_claims_mention_are_written_as_in_memory(
    tmp_path: Path, jsonl: Path, corpus: claimkit.Corpus
) -> None:
    lines = jsonl.read_bytes().splitlines(keepends=True)
    bare = tmp_path / "bare.jsonl"
    bare.write_bytes(b"".join(line for line in lines if b'"type":"actor"' not in line))
    assert len(bare.read_bytes().splitlines()) == len(lines) - len(corpus.actors)
    streamed = tmp_path / "streamed.jsonl"
    result = _convert(str(bare), "-o", str(streamed))
    assert result.exit_code == 0, result.output
    written = [r for r in claimkit.iter_load(streamed) if isinstance(r, claimkit.Actor)]
    assert sorted(a.id for a in written) == sorted(a.id for a in corpus.actors)
    assert f"{len(corpus.actors)} actors and {len(corpus.claims)} claims" in result.stderr


# ------------------------------------------------------- claimkit extract -o streams


def _copies(folder: Path, count: int) -> Path:
    """``count`` copies of the seed articles under distinct names (so distinct ids)."""
    folder.mkdir()
    for number in range(count):
        for article in ARTICLES:
            (folder / f"{number:03d}_{article.name}").write_bytes(article.read_bytes())
    return folder


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_extract_into_json_lines_or_csv_streams_and_matches_the_in_memory_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    folder = _copies(tmp_path / "articles", 3)
    in_memory = claimkit.load(folder, articles_only=True)
    assert any(claim.responds_to for claim in in_memory.claims)  # linked across documents
    _forbid(monkeypatch, "load")  # no corpus is built: extracted, then linked, as a stream
    output = tmp_path / f"claims{suffix}"
    result = CliRunner().invoke(cli.main, ["extract", str(folder), "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"wrote {len(in_memory.claims)} claims to {output}\n"
    streamed = api.load_stream(output.open("rb"), suffix[1:], extract=False)
    assert streamed.claims == in_memory.claims
    assert {a.id for a in streamed.actors} == {a.id for a in in_memory.actors}
    if suffix == ".csv":
        assert output.read_bytes() == claimkit.dumps(in_memory, "csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", output.name]


def test_streamed_extraction_links_across_blocks_as_the_whole_corpus(tmp_path: Path) -> None:
    from claimkit.stream import extract_to_file, iter_documents

    folder = _copies(tmp_path / "articles", 2)
    in_memory = claimkit.load(folder)
    output = tmp_path / "claims.jsonl"
    written = extract_to_file(iter_documents(folder), output, block_claims=1)
    assert written == len(in_memory.claims)
    assert claimkit.load(output).claims == in_memory.claims

