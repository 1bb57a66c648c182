"""JSON and JSON Lines are read strictly: repeated keys, contradicting actors and spans past
the end of their document are refused at load, naming the file and the line or record; so
are repeated keys in the JSON cells of CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import orjson
import pytest

import claimkit
from claimkit import LoadError, serialization

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def corpus() -> claimkit.Corpus:
    return claimkit.load(SEEDS / "gold.json", extract=False)


def _lines(corpus: claimkit.Corpus) -> list[bytes]:
    return claimkit.dumps(corpus, "jsonl").splitlines()


def _first(lines: list[bytes], kind: str) -> int:
    return next(i for i, line in enumerate(lines) if orjson.loads(line).get("type") == kind)


def test_a_repeated_key_in_json_is_refused(tmp_path: Path) -> None:
    data = (SEEDS / "gold.json").read_bytes()
    repeated = data.replace(b'"schema_version": 1', b'"schema_version": 2, "schema_version": 1', 1)
    assert repeated != data
    path = tmp_path / "repeated.json"
    path.write_bytes(repeated)
    with pytest.raises(LoadError, match=r"repeated\.json: key 'schema_version' appears twice"):
        claimkit.load(path)


def test_a_repeated_key_in_a_json_lines_header_or_record_is_refused(
    corpus: claimkit.Corpus,
) -> None:
    lines = _lines(corpus)
    header = [b'{"type":"header","schema_version":2,"schema_version":1}', *lines[1:]]
    with pytest.raises(LoadError, match=r"<string>, line 1: key 'schema_version' appears twice"):
        claimkit.loads(b"\n".join(header), "jsonl")
    index = _first(lines, "claim")
    nested = list(lines)
    nested[index] = nested[index].replace(b'"evidence":{', b'"evidence":{"score":0.9,', 1)
    assert nested[index] != lines[index]
    with pytest.raises(LoadError, match=rf"line {index + 1}, record \d+: key 'score' appears"):
        claimkit.loads(b"\n".join(nested), "jsonl")


def test_json_written_otherwise_without_repeats_still_loads(corpus: claimkit.Corpus) -> None:
    # other spacing, escapes and key order than claimkit writes take the slower exact check
    data = json.loads(claimkit.dumps(corpus, "json"))
    rewritten = json.dumps(data, indent=1, ensure_ascii=True, sort_keys=True).encode()
    assert claimkit.loads(rewritten, "json") == corpus
    lines = [
        json.dumps(json.loads(line), ensure_ascii=True, sort_keys=True).encode()
        for line in _lines(corpus)
    ]
    assert claimkit.loads(b"\n".join(lines), "jsonl") == corpus


def test_a_second_different_actor_with_one_id_is_refused_in_json_lines(
    corpus: claimkit.Corpus,
) -> None:
    lines = _lines(corpus)
    index = _first(lines, "actor")
    actor = orjson.loads(lines[index])
    same = [*lines[: index + 1], lines[index], *lines[index + 1 :]]
    assert claimkit.loads(b"\n".join(same), "jsonl") == corpus  # the same actor again is fine
    other = orjson.dumps({**actor, "name": actor["name"] + " Jr."})
    changed = [*lines[: index + 1], other, *lines[index + 1 :]]
    with pytest.raises(LoadError, match=rf"line {index + 2}, record \d+: actor {actor['id']!r}"):
        claimkit.loads(b"\n".join(changed), "jsonl")


@pytest.mark.parametrize("format", ["json", "jsonl"])
def test_a_claim_span_past_the_end_of_its_document_is_refused_at_load(
    corpus: claimkit.Corpus, tmp_path: Path, format: str
) -> None:
    claim = corpus.claims[3]
    length = len(corpus.document(claim.document_id).text)
    data = claimkit.dumps(corpus, format)
    before = f'"content":{{"start":{claim.provenance.content.start},"end":'  # type: ignore[union-attr]
    if format == "json":
        data = json.dumps(json.loads(data), separators=(",", ":")).encode()
    at = data.index(before.encode(), data.index(f'"id":"{claim.id}"'.encode()))
    end = at + len(before)
    past = data[:end] + str(length + 5).encode() + data[data.index(b"}", end) :]
    path = tmp_path / f"past.{format}"
    path.write_bytes(past)
    expected = rf"past\.{format}.*claim {claim.id!r}: span .* past the end"
    with pytest.raises(LoadError, match=expected):
        claimkit.load(path)


def test_a_claim_of_a_document_in_another_file_is_not_checked_against_it(
    corpus: claimkit.Corpus,
) -> None:
    claims_only = claimkit.dumps(list(corpus.claims), "jsonl")
    assert len(claimkit.loads(claims_only, "jsonl").claims) == len(corpus.claims)


def _csv_with(corpus: claimkit.Corpus, column: str, change: tuple[str, str]) -> tuple[str, int]:
    """The corpus as CSV with ``change`` made in the first non-empty ``column`` cell."""
    rows = list(csv.reader(io.StringIO(claimkit.dumps(corpus, "csv").decode(), newline="")))
    at = rows[0].index(column)
    number = next(n for n, row in enumerate(rows) if n and row[at] not in ("", "[]"))
    changed = rows[number][at].replace(*change, 1)
    assert changed != rows[number][at]
    rows[number][at] = changed
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue(), number + 1  # rows hold no line breaks: row n is on line n + 1


@pytest.mark.parametrize(
    ("column", "change", "key"),
    [
        ("evidence_cues", ('"weight":', '"weight":0.5,"weight":'), "weight"),
        ("claimant_affiliation", ('"name":', '"name":"Elsewhere","name":'), "name"),
        ("target_affiliation", ('"country":', '"country":null,"country":'), "country"),
    ],
)
def test_a_repeated_key_in_a_csv_json_cell_is_refused(
    corpus: claimkit.Corpus, tmp_path: Path, column: str, change: tuple[str, str], key: str
) -> None:
    text, line = _csv_with(corpus, column, change)
    path = tmp_path / "repeated.csv"
    path.write_text(text, encoding="utf-8", newline="")
    pattern = rf"repeated\.csv, line {line}, record \d+: {column}: key '{key}' appears twice"
    with pytest.raises(LoadError, match=pattern):
        claimkit.load(path)
    with pytest.raises(LoadError, match=pattern):
        list(claimkit.iter_load(path))


def test_csv_json_cells_written_otherwise_without_repeats_still_load(
    corpus: claimkit.Corpus,
) -> None:
    rows = list(csv.reader(io.StringIO(claimkit.dumps(corpus, "csv").decode(), newline="")))
    for at, name in enumerate(rows[0]):
        if name == "evidence_cues" or name.endswith("_affiliation"):
            for row in rows[1:]:
                if row[at]:
                    row[at] = json.dumps(json.loads(row[at]), indent=1, sort_keys=True)
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    assert claimkit.loads(out.getvalue().encode(), "csv").claims == corpus.claims


# ---- lines and files claimkit wrote skip the repeated-key search, and only they do


def test_what_claimkit_writes_is_recognised_as_repeating_no_key(corpus: claimkit.Corpus) -> None:
    for line in _lines(corpus)[1:]:
        assert serialization.decode_record_exact(line + b"\n")[1], line
    for indent in (True, False):
        assert serialization.loads_exact(serialization.dumps(corpus, indent=indent))[1]


def _repeat_first_member(data: bytes, at: int) -> bytes:
    """``data`` with the first member of the object opening at ``at`` written twice."""
    member = data[at + 1 : data.index(b",", at)].strip()
    return data[: at + 1] + member + b"," + data[at + 1 :]


@pytest.mark.parametrize("kind", ["document", "actor", "claim"])
def test_a_line_repeating_a_key_with_the_same_value_is_refused(
    corpus: claimkit.Corpus, kind: str
) -> None:
    lines = _lines(corpus)
    tag = b'{"type":"%s"' % kind.encode()
    number = next(n for n, line in enumerate(lines) if line.startswith(tag) and b"{" in line[1:])
    line = lines[number]
    # the outer object, and the first object nested in it
    for at in (0, line.index(b"{", 1)):
        repeated = _repeat_first_member(line, at)
        assert serialization.decode_record_exact(repeated)[0] == serialization.decode_record(line)
        assert not serialization.decode_record_exact(repeated)[1]
        data = b"\n".join([*lines[:number], repeated, *lines[number + 1 :]])
        with pytest.raises(LoadError, match=rf"line {number + 1}, record .*appears twice"):
            claimkit.loads(data, "jsonl")


def test_a_json_file_repeating_a_nested_key_with_the_same_value_is_refused(
    corpus: claimkit.Corpus, tmp_path: Path
) -> None:
    data = serialization.dumps(corpus)
    repeated = _repeat_first_member(data, data.index(b"{", data.index(b'"claims"')))
    assert serialization.loads_exact(repeated) == (corpus, False)
    path = tmp_path / "repeated.json"
    path.write_bytes(repeated)
    with pytest.raises(LoadError, match=r"repeated\.json: key '\w+' appears twice"):
        claimkit.load(path)
