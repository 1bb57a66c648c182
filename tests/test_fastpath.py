"""The msgspec fast path gives the same objects, bytes and errors as the cattrs path."""

from __future__ import annotations

import io
from pathlib import Path

import orjson
import pytest
from hypothesis import given

import claimkit
import claimkit.plugins
from claimkit.errors import InvalidValueError, LoadError, SchemaVersionError
from claimkit.formats.csv import COLUMNS
from claimkit.model import Actor, Claim, Corpus, Document, EvidenceCue, Provenance, Region, Span
from claimkit.serialization import _converter as reference
from claimkit.serialization import _fast as fastpath
from claimkit.testing import strategies as cks

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _reference_jsonl(corpus: Corpus) -> bytes:
    """JSON Lines exactly as the cattrs path wrote it before the fast path existed."""
    lines = [orjson.dumps({"type": "header", "schema_version": reference.SCHEMA_VERSION})]
    lines += [orjson.dumps(reference.unstructure_record(r)) for r in corpus.records()]
    return b"".join(line + b"\n" for line in lines)


def _gold() -> Corpus:
    return reference.loads((SEEDS / "gold.json").read_bytes())


def test_every_model_class_takes_the_fast_path() -> None:
    for cls in (Span, Region, Actor, EvidenceCue, Provenance, Claim, Document):
        assert fastpath.is_fast(cls), f"{cls.__name__} fell back to cattrs only"


@given(cks.corpora())
def test_json_bytes_and_objects_match_cattrs(corpus: Corpus) -> None:
    for indent in (True, False):
        expected = reference.dumps(corpus, indent=indent)
        assert fastpath.dumps(corpus, indent=indent) == expected
        assert fastpath.loads(expected) == reference.loads(expected) == corpus


@given(cks.corpora())
def test_jsonl_bytes_and_objects_match_cattrs(corpus: Corpus) -> None:
    expected = _reference_jsonl(corpus)
    assert claimkit.dumps(corpus, "jsonl") == expected
    for record, line in zip(corpus.records(), expected.splitlines()[1:], strict=True):
        assert fastpath.encode_record(record) == line + b"\n"
        decoded = fastpath.decode_record(line)
        assert decoded == reference.structure_record(orjson.loads(line)) == record
        assert type(decoded) is type(record)
    assert claimkit.loads(expected, "jsonl", extract=False) == corpus


def test_real_corpus_round_trips_identically() -> None:
    gold = _gold()
    assert len(gold.claims) > 0
    assert fastpath.dumps(gold) == reference.dumps(gold)
    assert claimkit.dumps(gold, "json") == reference.dumps(gold)
    assert claimkit.dumps(gold, "jsonl") == _reference_jsonl(gold)
    assert claimkit.loads(claimkit.dumps(gold, "jsonl"), "jsonl", extract=False) == gold
    for claim in gold.claims:
        data = fastpath.encode(claim)
        assert data == orjson.dumps(reference.unstructure(claim))
        assert fastpath.decode(data, Claim) == claim


def test_non_canonical_input_is_normalised_as_cattrs_does() -> None:
    line = (
        b'{"type": "document", "id": "d", "text": "abc", "title": "", '
        b'"metadata": {"z": "1", "a": "2"}}'
    )
    fast = fastpath.decode_record(line)
    assert fast == reference.structure_record(orjson.loads(line))
    assert isinstance(fast, Document)
    assert fast.title is None
    assert list(fast.metadata) == ["a", "z"]
    cue = b'{"text": "no proof", "span": {"start": 0, "end": 2}, "effect": "absence", "weight": 0}'
    decoded = fastpath.decode(cue, EvidenceCue)
    assert decoded.weight == 0.0
    assert isinstance(decoded.weight, float)


def _jsonl_with(record: dict[str, object]) -> bytes:
    header = orjson.dumps({"type": "header", "schema_version": 1})
    good = orjson.dumps({"type": "actor", "id": "state:kp", "name": "North Korea"})
    return header + b"\n" + good + b"\n" + orjson.dumps(record) + b"\n"


@pytest.mark.parametrize(
    ("record", "needle"),
    [
        ({"type": "actor", "id": "a", "name": "A", "colour": "red"}, "unknown fields: colour"),
        ({"type": "actor", "id": "a", "name": "A", "kind": "alien"}, "$.kind"),
        (
            {"type": "actor", "id": "a", "name": "A", "affiliation": {"id": "b", "name": 3}},
            "$.affiliation.name",
        ),
        ({"type": "actor", "id": "a", "name": "A", "country": "Korea"}, "ISO 3166-1"),
        ({"type": "rumour", "id": "a"}, "unknown record type 'rumour'"),
        ({"type": "actor", "id": "a"}, "$.name: required field missing"),
        # a string is not a list of its characters, nor a mapping a list of its keys
        ({"type": "actor", "id": "a", "name": "A", "aliases": "DPRK"}, "$.aliases: expected a"),
        ({"type": "actor", "id": "a", "name": "A", "aliases": {"a": 1}}, "a list, got dict"),
    ],
)
def test_jsonl_errors_name_file_line_record_and_field(
    tmp_path: Path, record: dict[str, object], needle: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(_jsonl_with(record))
    with pytest.raises(LoadError) as caught:
        list(claimkit.iter_load(path))
    error = caught.value
    assert error.source == str(path)
    assert error.line == 3
    assert error.record == 1
    assert needle in str(error)


def test_json_errors_name_the_record_and_field(tmp_path: Path) -> None:
    data = orjson.loads(reference.dumps(_gold()))
    data["claims"][1]["kind"] = "rumour"
    path = tmp_path / "bad.json"
    path.write_bytes(orjson.dumps(data))
    with pytest.raises(LoadError) as caught:
        list(claimkit.iter_load(path))
    assert "claims[1]" in str(caught.value)
    assert "'rumour' is not a valid ClaimKind" in str(caught.value)
    assert caught.value.source == str(path)


def test_json_extra_top_level_key_and_bad_version_are_refused() -> None:
    data = orjson.loads(reference.dumps(_gold()))
    with pytest.raises(LoadError, match="unknown corpus keys: notes"):
        fastpath.loads(orjson.dumps({**data, "notes": []}))
    with pytest.raises(SchemaVersionError):
        fastpath.loads(orjson.dumps({**data, "schema_version": 2}))


def test_validators_still_run_on_the_fast_path() -> None:
    with pytest.raises(LoadError, match="before its start"):
        fastpath.decode(b'{"start": 5, "end": 2}', Span)
    bad = b'{"type": "document", "id": "d", "text": "ab", "regions": [{"kind": "body", '
    bad += b'"span": {"start": 0, "end": 9}}]}'
    with pytest.raises(LoadError, match="outside its text"):
        fastpath.decode_record(bad)


def test_malformed_jsonl_line_is_a_load_error() -> None:
    data = b'{"type": "header", "schema_version": 1}\n{"type": "actor", "id": \n'
    with pytest.raises(LoadError) as caught:
        list(claimkit.load_stream(io.BytesIO(data), "jsonl", extract=False).records())
    assert caught.value.line == 2
    assert "malformed JSON" in str(caught.value)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def _reference_csv_row(claim: Claim, documents: dict[str, Document]) -> list[str]:
    """A CSV row as the cattrs path built it: every cell from unstructured data, all protected."""

    def span(value: dict[str, int] | None) -> str:
        return "" if value is None else f"{value['start']}:{value['end']}"

    def actor(value: dict[str, object] | None) -> list[str]:
        if value is None:
            return [""] * 8
        affiliation = value["affiliation"]
        return [
            str(value["id"]),
            str(value["name"]),
            str(value["kind"]),
            str(value["role"] or ""),
            str(value["country"] or ""),
            orjson.dumps(value["aliases"]).decode(),
            "true" if value["anonymous"] else "false",
            "" if affiliation is None else orjson.dumps(affiliation).decode(),
        ]

    data = reference.unstructure(claim)
    provenance, evidence = data["provenance"], data["evidence"]
    row = [
        data["id"],
        provenance["document_id"],
        data["kind"],
        data["cue"],
        data["proposition"],
        data["quote"] or "",
        data["commitment"],
        evidence["strength"],
        repr(evidence["score"]),
        orjson.dumps(evidence["cues"]).decode(),
        orjson.dumps(data["responds_to"]).decode(),
        span(provenance["span"]),
        ";".join(span(s) for s in provenance["cue"]),
        span(provenance["claimant"]),
        span(provenance["content"]),
        span(provenance["target"]),
        *actor(data["claimant"]),
        *actor(data["target"]),
        *actor(data["channel"]),
    ]
    document = documents.get(claim.document_id)
    try:
        assert document is not None
        row += [claim.sentence(document), claim.content_text(document)]
    except (AssertionError, InvalidValueError):
        row += ["", ""]
    return ["'" + cell if cell.startswith(_FORMULA_START) else cell for cell in row]


def _reference_csv(claims: tuple[Claim, ...], documents: tuple[Document, ...] = ()) -> bytes:
    import csv

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    by_id = {document.id: document for document in documents}
    writer.writerows(_reference_csv_row(claim, by_id) for claim in claims)
    return buffer.getvalue().encode("utf-8")


@given(cks.corpora())
def test_csv_bytes_match_the_cattrs_layout_and_round_trip(corpus: Corpus) -> None:
    data = claimkit.dumps(corpus, "csv")
    assert data == _reference_csv(corpus.claims, corpus.documents)
    assert claimkit.loads(data, "csv", extract=False).claims == corpus.claims


def test_csv_of_real_corpus_matches_and_neutralises_formulas() -> None:
    gold = _gold()
    formula = Claim(
        id="=cmd|' /C calc'!A0",
        kind=gold.claims[0].kind,
        claimant=gold.claims[0].claimant,
        proposition="-2+3",
        provenance=gold.claims[0].provenance,
        quote="@SUM(A1)",
        evidence=gold.claims[0].evidence,
    )
    claims = (*gold.claims, formula)
    data = claimkit.dumps(claims, "csv")
    assert data == _reference_csv(claims)
    assert b"'=cmd" in data
    assert b"'-2+3" in data
    assert claimkit.loads(data, "csv", extract=False).claims == claims


def test_csv_nested_json_cells_are_strict() -> None:
    import csv

    data = claimkit.dumps(_gold().claims[:1], "csv").decode("utf-8")
    header, row = list(csv.reader(io.StringIO(data, newline="")))
    cue = {"text": "x", "span": {"start": 0, "end": 1}, "effect": "raises", "colour": "red"}
    row[header.index("evidence_cues")] = orjson.dumps([cue]).decode()
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows([header, row])
    with pytest.raises(LoadError, match="colour") as caught:
        claimkit.loads(buffer.getvalue(), "csv", extract=False, source="x.csv")
    assert caught.value.source == "x.csv"
    assert caught.value.line == 2
    assert caught.value.record == 0


def test_structure_from_plain_data_is_strict_and_matches_cattrs() -> None:
    gold = _gold()
    for claim in gold.claims:
        data = reference.unstructure(claim)
        assert fastpath.structure(data, Claim) == reference.structure(data, Claim) == claim
    with pytest.raises(LoadError, match="unknown fields: colour"):
        fastpath.structure({"start": 1, "end": 2, "colour": "red"}, Span)
    with pytest.raises(LoadError, match="expected an integer"):
        fastpath.structure({"start": "1", "end": 2}, Span)
    assert fastpath.encode_all(()) == b"[]"
    assert fastpath.encode_all(gold.claims) == orjson.dumps(
        [reference.unstructure(c) for c in gold.claims]
    )


def test_extracted_seed_corpus_matches_cattrs() -> None:
    assert "rules" in claimkit.plugins.get_registry().extractors, (
        "the built-in extractor rules is not registered: its registration is broken"
    )
    corpus = claimkit.load(sorted(SEEDS.glob("*.txt")))
    assert corpus.claims
    assert claimkit.dumps(corpus, "json") == reference.dumps(corpus)
    assert claimkit.dumps(corpus, "jsonl") == _reference_jsonl(corpus)
    assert claimkit.dumps(corpus, "csv") == _reference_csv(corpus.claims, corpus.documents)
    for format in ("json", "jsonl"):
        assert claimkit.loads(claimkit.dumps(corpus, format), format, extract=False) == corpus
