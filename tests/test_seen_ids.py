"""Ids kept across a stream (duplicate checks, actors written once) stay bounded in memory."""

from __future__ import annotations

import itertools
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import cli, seen_ids, stream
from claimkit.errors import LoadError
from claimkit.model import Actor, Document, Record
from claimkit.seen_ids import SeenIds

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

_KEYS = st.sampled_from([f"id-{n}" for n in range(12)])


@given(
    memory_ids=st.integers(1, 5),
    steps=st.lists(
        st.tuples(st.sampled_from(["set", "add", "get"]), _KEYS, st.integers(-(2**63), 2**63 - 1))
    ),
)
def test_seen_ids_behave_as_a_dict_whatever_is_on_disk(
    memory_ids: int, steps: list[tuple[str, str, int]]
) -> None:
    seen: SeenIds[int] = SeenIds(memory_ids)
    model: dict[str, int | None] = {}
    for action, key, value in steps:
        if action == "set":
            seen[key] = value
            model[key] = value
        elif action == "add":
            assert seen.add(key) == (key not in model)
            model.setdefault(key, None)
        else:
            assert seen.get(key) == model.get(key)
        assert len(seen) == len(model)
    assert all((key in seen) == (key in model) for key in [f"id-{n}" for n in range(12)])
    seen.close()
    assert len(seen) == 0 and "id-0" not in seen


def test_seen_ids_keep_strings_and_bytes_on_disk() -> None:
    seen: SeenIds[str] = SeenIds(2)
    for number in range(10):
        seen[f"d{number}"] = f"file-{number}.txt"
    assert [seen.get(f"d{n}") for n in (0, 5, 9)] == ["file-0.txt", "file-5.txt", "file-9.txt"]
    raw: SeenIds[bytes] = SeenIds(1)
    raw["a"], raw["b"] = b"\x00\xff", b"{}"
    assert raw.get("a") == b"\x00\xff"
    with pytest.raises(ValueError, match="memory_ids must be >= 1"):
        SeenIds(0)


def _traced_growth(records: Iterator[Record], warm_up: int, count: int) -> int:
    """Bytes held by ``records`` after ``count`` records, against after ``warm_up``.

    The stream is not exhausted (its state would go with it).
    """
    tracemalloc.start()
    try:
        for _ in itertools.islice(records, warm_up):
            pass
        start = tracemalloc.get_traced_memory()[0]
        for _ in itertools.islice(records, count - warm_up):
            pass
        return tracemalloc.get_traced_memory()[0] - start
    finally:
        tracemalloc.stop()


def _actors(count: int) -> Iterator[Record]:
    for number in range(count):
        yield Actor(id=f"person:anon:document-{number:07d}:a-spokesperson", name="spokesperson")


def test_actors_written_once_hold_bounded_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    # the 29,000 ids written after the first 1,000 took 4.7 MB in a set; now 200 stay in memory
    monkeypatch.setattr(seen_ids, "MEMORY_IDS", 200)
    written = stream._with_actors(_actors(31_000))
    assert _traced_growth(written, 1_000, 30_000) < 300_000


def test_actors_are_still_written_once_past_the_ids_in_memory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(seen_ids, "MEMORY_IDS", 3)
    actors = [Actor(id=f"person:p{n}", name=f"P{n}") for n in range(10)]
    records = [*actors, *actors[:5], *reversed(actors)]
    assert list(stream._with_actors(records)) == actors


def _documents_file(path: Path, count: int) -> Path:
    claimkit.dump(
        (Document(id=f"document-{n:07d}", text=f"Text number {n}.") for n in range(count)),
        path,
    )
    return path


def test_reading_documents_holds_bounded_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the ids of documents (duplicate check) and their text lengths (span check) grew
    # with the file, 3.8 MB for 29,000 documents; now 200 of each stay in memory
    monkeypatch.setattr(seen_ids, "MEMORY_IDS", 200)
    path = _documents_file(tmp_path / "documents.jsonl", 31_000)
    records = claimkit.iter_load(path, unique_documents=True)
    assert _traced_growth(records, 1_000, 30_000) < 300_000


def test_a_duplicate_document_id_long_after_the_first_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(seen_ids, "MEMORY_IDS", 4)
    first = _documents_file(tmp_path / "first.jsonl", 50)
    again = tmp_path / "again.jsonl"
    claimkit.dump([Document(id="document-0000003", text="Other text.")], again)
    with pytest.raises(LoadError) as raised:
        list(claimkit.iter_load([first, again], unique_documents=True))
    message = str(raised.value)
    assert f"{again}, record 0: duplicate document id 'document-0000003'" in message
    assert f"already loaded from {first}; load one of the two" in message


def _lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines(keepends=True)


def test_an_actor_changed_long_after_it_came_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(seen_ids, "MEMORY_IDS", 2)
    actors = [Actor(id=f"person:p{n}", name=f"P{n}") for n in range(20)]
    same = claimkit.dump([*actors, actors[0]], tmp_path / "same.jsonl")
    assert sum(isinstance(r, Actor) for r in claimkit.iter_load(same)) == 21
    changed = claimkit.dump([*actors, Actor(id="person:p0", name="Other")], tmp_path / "c.jsonl")
    with pytest.raises(LoadError, match=r"record 20: actor 'person:p0' was given earlier"):
        list(claimkit.iter_load(changed))


def test_a_span_past_its_document_long_after_it_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(seen_ids, "MEMORY_IDS", 2)
    corpus = claimkit.load(sorted(SEEDS.glob("*.txt"))[:3])
    first = corpus.documents[0]
    claim = next(c for c in corpus.claims if c.document_id == first.id)
    short = Document(id=first.id, text=first.text[: claim.provenance.span.start])
    fillers = [Document(id=f"filler-{n}", text="Nothing here.") for n in range(10)]
    path = claimkit.dump([short, *fillers, claim], tmp_path / "spans.jsonl")
    with pytest.raises(LoadError, match=r"record 11: claim .* lies past the end of document"):
        list(claimkit.iter_load(path))


def test_converting_holds_bounded_memory_for_ids(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # convert kept every actor id (to write each once) and the JSON Lines loader every
    # actor (to refuse a changed one): 10 MB for these 29,000 actors
    monkeypatch.setattr(seen_ids, "MEMORY_IDS", 200)
    path = claimkit.dump(_actors(31_000), tmp_path / "actors.jsonl")
    records = cli._Tally().count([str(path)], None, None)
    assert _traced_growth(records, 1_000, 30_000) < 300_000


def test_convert_refuses_a_repeated_claim_long_after_the_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(seen_ids, "MEMORY_IDS", 2)
    corpus = claimkit.load(sorted(SEEDS.glob("*.txt"))[:3])
    assert len(corpus.claims) > 6
    path = claimkit.dump(corpus, tmp_path / "claims.jsonl")
    lines = path.read_bytes().splitlines(keepends=True)
    first = next(n for n, line in enumerate(lines) if b'"type":"claim"' in line)
    doubled = tmp_path / "doubled.jsonl"
    doubled.write_bytes(b"".join(lines) + lines[first])
    result = CliRunner().invoke(cli.main, ["convert", str(doubled), "-o", str(tmp_path / "o.csv")])
    assert result.exit_code == 1
    assert f"record {len(lines) - 1}: duplicate claim id" in result.stderr
    output = str(tmp_path / "o.jsonl")
    converted = CliRunner().invoke(cli.main, ["convert", str(path), "-o", output])
    assert converted.exit_code == 0, converted.output
    assert claimkit.load(tmp_path / "o.jsonl") == corpus


def test_walking_a_large_folder_holds_its_names_only(tmp_path: Path) -> None:
    # the sorted listing of a folder being walked was its directory entries, about 300
    # bytes a file (kept by claimkit extract for the whole run); now about 120 here
    names = [f"{number:05d}_an-article-from-some-outlet-on-some-day.txt" for number in range(5_000)]
    for name in names:
        (tmp_path / name).touch()
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "inner.txt").touch()
    tracemalloc.start()
    try:
        walk = claimkit.api._walk(tmp_path)
        assert next(walk) == tmp_path / names[0]
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert held < 5_000 * 150
    assert list(walk)[-2:] == [tmp_path / "sub", tmp_path / "sub" / "inner.txt"]
