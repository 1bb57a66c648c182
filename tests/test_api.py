from __future__ import annotations

from pathlib import Path

import pytest

import claimkit
from claimkit import Corpus


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_lossless_formats_round_trip(small_corpus: Corpus, fmt: str) -> None:
    data = claimkit.dumps(small_corpus, fmt)
    assert claimkit.loads(data, fmt) == small_corpus
    assert claimkit.dumps(claimkit.loads(data, fmt), fmt) == data


def test_csv_round_trips_claims_and_actors(small_corpus: Corpus) -> None:
    data = claimkit.dumps(small_corpus, "csv")
    back = claimkit.loads(data, "csv")
    assert back.claims == small_corpus.claims
    assert back.actors == small_corpus.actors
    assert back.documents == ()
    assert data.startswith(b"id,document_id,kind,")
    assert data.count(b"\r\n") == 3  # header and two rows, RFC 4180 line ends


def test_dump_and_load_files_by_extension(small_corpus: Corpus, tmp_path: Path) -> None:
    for name in ("c.json", "c.jsonl", "c.csv", "c.report"):
        path = claimkit.dump(small_corpus, tmp_path / name)
        assert path.read_bytes()
    assert claimkit.load(tmp_path / "c.json") == small_corpus
    assert claimkit.load(tmp_path / "c.jsonl") == small_corpus
    assert "[DENIAL]" in (tmp_path / "c.report").read_text(encoding="utf-8")
    assert not list(tmp_path.glob("*.part"))


def test_iter_load_streams_records(small_corpus: Corpus, tmp_path: Path) -> None:
    path = claimkit.dump(small_corpus, tmp_path / "c.jsonl")
    records = claimkit.iter_load(path)
    first = next(records)
    assert isinstance(first, claimkit.Document)
    assert list(records)[-1] == small_corpus.claims[-1]


def test_dump_accepts_a_stream_of_records(small_corpus: Corpus, tmp_path: Path) -> None:
    path = claimkit.dump(iter(small_corpus.records()), tmp_path / "c.jsonl")
    assert claimkit.load(path) == small_corpus


def test_folder_loads_every_recognised_file(seeds_dir: Path, tmp_path: Path) -> None:
    for source in sorted(seeds_dir.glob("*.txt")):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    (tmp_path / "notes.unknown").write_text("ignored", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    corpus = claimkit.load(tmp_path, extract=False)
    assert [d.id for d in corpus.documents] == ["000_6bcb59690b46f811", "004_1a83e61fc4204547"]


def test_missing_file_is_a_load_error(tmp_path: Path) -> None:
    with pytest.raises(claimkit.LoadError, match="no such file"):
        claimkit.load(tmp_path / "absent.json")


def test_unknown_format_names_candidates(small_corpus: Corpus, tmp_path: Path) -> None:
    with pytest.raises(claimkit.UnknownFormatError, match="candidates: .*json"):
        claimkit.dump(small_corpus, tmp_path / "out.xyz")
    with pytest.raises(claimkit.UnknownFormatError):
        claimkit.dumps(small_corpus, "nope")


def test_dump_failure_keeps_previous_file(small_corpus: Corpus, tmp_path: Path) -> None:
    target = tmp_path / "c.json"
    target.write_text("previous", encoding="utf-8")

    class Boom(Exception):
        pass

    def records():  # type: ignore[no-untyped-def]
        yield small_corpus.documents[0]
        raise Boom("disk on fire")

    with pytest.raises(claimkit.ExportError, match="disk on fire"):
        claimkit.dump(records(), target, format="jsonl")
    assert target.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.json"]


def test_load_errors_name_file_line_and_record(small_corpus: Corpus, tmp_path: Path) -> None:
    lines = claimkit.dumps(small_corpus, "jsonl").decode().splitlines()
    lines[6] = lines[6].replace('"kind":"allegation"', '"kind":"rumour"')
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(claimkit.LoadError) as info:
        claimkit.load(path)
    error = info.value
    assert (error.source, error.line) == (str(path), 7)
    assert "'rumour' is not a valid ClaimKind" in str(error)


def test_extract_without_any_extractor_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimkit import plugins
    from claimkit.registry import Registry

    monkeypatch.setattr("claimkit.api.get_registry", lambda: Registry())
    with pytest.raises(claimkit.FormatError, match="no extractor is registered"):
        claimkit.extract("North Korea denied the report.")
    assert plugins is not None


def test_same_document_from_two_files_names_both(seeds_dir: Path) -> None:
    """seeds/gold.json holds the same documents as the articles beside it."""
    article = seeds_dir / "000_6bcb59690b46f811.txt"
    with pytest.raises(claimkit.LoadError) as info:
        claimkit.load([article, seeds_dir / "gold.json"], extract=False)
    message = str(info.value)
    assert "already loaded from" in message and str(article) in message
    assert "articles_only" not in message
