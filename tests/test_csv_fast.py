"""The fast CSV paths give exactly what the reference paths give: claims, errors and bytes.

The loader builds claims with the model's constructors and caches repeated actors and
evidence; the exporter formats rows itself.  These tests hold both to the reference:
:func:`claimkit.formats.csv.claim_from_row` row by row (the loader before it had a fast
path), and :func:`csv.writer` on :func:`claimkit.formats.csv.claim_to_row`.
"""

from __future__ import annotations

import csv
import gc
import io
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import datasets, limits
from claimkit.errors import LimitExceededError, LoadError
from claimkit.formats import csv as csv_format
from claimkit.formats._common import check_depth
from claimkit.formats.csv import COLUMNS, claim_from_row, claim_to_row, load_csv
from claimkit.model import Actor, ActorKind, Claim, Corpus, Record
from claimkit.testing import strategies

# ----------------------------------------------------------------------- references


def _reference_bytes(claims: list[Claim] | tuple[Claim, ...]) -> bytes:
    """The CSV the exporter wrote before it formatted rows itself."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(claim_to_row(claim) for claim in claims)
    return buffer.getvalue().encode("utf-8")


def _reference_rows(data: bytes, source: str) -> Iterator[Claim]:
    """The claims of a claimkit CSV file with a valid header, one row at a time.

    The row loop of the loader before it had a fast path: ``csv.reader``, every cell
    un-neutralised, :func:`claim_from_row` and the depth check, errors located.
    """
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), strict=True)
    header = next(reader)
    index = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            line = reader.line_num + 1
            raise csv_format._unreadable(error, io.BytesIO(data), 0, source, line, index) from None
        if not row:
            continue
        if len(row) != len(header):
            raise LoadError(
                f"expected {len(header)} cells, found {len(row)}",
                source=source,
                line=reader.line_num,
                record=index,
            )
        cells = {name: cell.removeprefix("'") for name, cell in zip(header, row, strict=True)}
        try:
            claim = claim_from_row(cells)
        except LoadError as error:
            raise error.located(source=source, line=reader.line_num, record=index) from None
        check_depth(claim, source, reader.line_num, index)
        yield claim
        index += 1


def _outcome(records: Iterator[Record] | Iterator[Claim]) -> tuple[list[Record], object]:
    """The records yielded, and the error that ended them (class, text and place)."""
    out: list[Record] = []
    try:
        for record in records:
            out.append(record)
    except LoadError as error:
        return out, (type(error), error.reason, error.source, error.line, error.record)
    return out, None


def _both(data: bytes) -> tuple[tuple[list[Record], object], tuple[list[Record], object]]:
    fast = _outcome(load_csv(io.BytesIO(data), "claims.csv"))
    reference = _outcome(_reference_rows(data, "claims.csv"))
    return fast, reference


# ------------------------------------------------------------------------- samples


def _gold_claims() -> tuple[Claim, ...]:
    claims = datasets.example_gold().claims
    assert len(claims) >= 5
    return claims


def _many(count: int) -> list[Claim]:
    """Real claims from the seeds, repeated with fresh ids (so the caches are used)."""
    gold = _gold_claims()
    return [
        attrs.evolve(gold[number % len(gold)], id=f"{gold[number % len(gold)].id}-{number}")
        for number in range(count)
    ]


def _rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


def _csv(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _with_cell(count: int, row: int, column: str, value: str) -> bytes:
    """``count`` seed claims as CSV, one cell of data row ``row`` replaced."""
    rows = _rows(claimkit.dumps(_many(count), "csv"))
    rows[row + 1][COLUMNS.index(column)] = value
    return _csv(rows)


# -------------------------------------------------------------------------- loading


def test_fast_builder_gives_the_reference_claim_for_every_gold_row() -> None:
    claims = _gold_claims()
    rows = _rows(claimkit.dumps(claims, "csv"))[1:]
    builder = csv_format._ClaimBuilder()
    for claim, row in zip(claims, rows, strict=True):
        cells = [cell.removeprefix("'") for cell in row]
        built = builder.claim(cells)  # raises if the fast path refused the row
        assert built == claim_from_row(dict(zip(COLUMNS, cells, strict=True))) == claim


def test_repeated_actors_are_shared_and_equal() -> None:
    claims = _many(600)  # more than two batches
    loaded = claimkit.loads(claimkit.dumps(claims, "csv"), "csv", extract=False).claims
    assert loaded == tuple(claims)
    by_cells: dict[str, Actor] = {}
    for claim in loaded:
        first = by_cells.setdefault(claim.claimant.id, claim.claimant)
        assert first is claim.claimant  # one object per actor, built and checked once


@given(st.lists(strategies.claims(), min_size=1, max_size=4))
def test_fast_path_round_trips_arbitrary_claims(claims: list[Claim]) -> None:
    data = claimkit.dumps(claims, "csv")
    fast, reference = _both(data)
    assert fast == reference
    assert fast[0] == claims
    builder = csv_format._ClaimBuilder()
    for claim, row in zip(claims, _rows(data)[1:], strict=True):  # no row needs the fallback
        assert builder.claim([cell.removeprefix("'") for cell in row]) == claim


BAD_CELLS = [
    ("span", "3-9"),
    ("span", ""),
    ("span", "9:3"),
    ("cue_spans", "1:2;x"),
    ("content_span", "²:3"),
    ("kind", "rumour"),
    ("kind", "Denial"),
    ("commitment", "sure"),
    ("evidence_strength", "overwhelming"),
    ("evidence_score", "high"),
    ("evidence_score", "1.5"),
    ("evidence_score", "nan"),
    ("evidence_cues", '{"not": "a list"}'),
    ("evidence_cues", "[1,"),
    ("responds_to", "[1,"),
    ("responds_to", "[1]"),
    ("responds_to", '"claim:1"'),  # a string is not a list of its characters
    ("claimant_aliases", '"ab"'),
    ("claimant_aliases", '{"a": "b"}'),  # nor a mapping a list of its keys
    ("claimant_kind", "alien"),
    ("claimant_anonymous", "maybe"),
    ("claimant_aliases", "[1]"),
    ("claimant_country", "kp"),
    ("claimant_name", " "),
    ("claimant_anonymous", "True"),
    ("claimant_aliases", '["ok", null]'),
    ("claimant_affiliation", '{"id": "x"}'),
    ("claimant_affiliation", "[not json"),
    ("claimant_id", ""),
    ("target_id", ""),
    ("channel_anonymous", "yes"),
    ("id", " "),
    ("document_id", ""),
]


@pytest.mark.parametrize("row", [0, 7, 300])
@pytest.mark.parametrize(("column", "value"), BAD_CELLS)
def test_bad_cells_give_the_reference_error_after_the_same_claims(
    column: str, value: str, row: int
) -> None:
    data = _with_cell(320, row, column, value)
    fast, reference = _both(data)
    assert fast == reference
    assert fast[1] is not None, f"{column}={value!r} was accepted"
    assert len(fast[0]) == row  # every claim before the bad row came out first


ACCEPTED = [
    ("proposition", "'=SUM(A1:A9)"),  # neutralised cells
    ("quote", "'"),
    ("kind", "'denial"),
    ("claimant_name", "'+1"),
    ("evidence_score", "'0.5"),
    ("span", "'1:4"),
    ("cue_spans", "1:2;;3:4"),
    ("evidence_score", " 0.5 "),
    ("responds_to", ""),
    ("evidence_cues", ""),
    ("evidence_cues", "[]"),
]


@pytest.mark.parametrize(("column", "value"), ACCEPTED)
def test_odd_cells_are_read_as_the_reference_reads_them(column: str, value: str) -> None:
    data = _with_cell(20, 3, column, value)
    fast, reference = _both(data)
    assert fast == reference
    assert fast[1] is None


def test_ragged_row_and_bad_quoting_after_good_rows() -> None:
    rows = _rows(claimkit.dumps(_many(300), "csv"))
    rows[280] = rows[280][:-1]
    fast, reference = _both(_csv(rows))
    assert fast == reference
    assert len(fast[0]) == 279
    data = claimkit.dumps(_many(300), "csv")
    lines = data.split(b"\r\n")
    lines[290] = b'"unterminated,' + lines[290]
    fast, reference = _both(b"\r\n".join(lines))
    assert fast == reference
    assert len(fast[0]) == 289


def test_a_bad_row_before_a_reading_error_in_one_batch_wins() -> None:
    rows = _rows(claimkit.dumps(_many(40), "csv"))
    rows[5][COLUMNS.index("kind")] = "rumour"
    rows[30] = rows[30][:3]
    fast, reference = _both(_csv(rows))
    assert fast == reference
    assert fast[1] is not None and fast[1][3] == 6  # type: ignore[index]


def test_missing_column_names_the_header_line() -> None:
    rows = _rows(claimkit.dumps(_many(5), "csv"))
    index = COLUMNS.index("target_span")
    data = _csv([row[:index] + row[index + 1 :] for row in rows])
    with pytest.raises(LoadError) as caught:
        list(load_csv(io.BytesIO(data), "claims.csv"))
    assert "target_span" in caught.value.reason
    assert (caught.value.source, caught.value.line) == ("claims.csv", 1)


def test_reordered_columns_give_the_same_claims_and_errors() -> None:
    rows = _rows(_with_cell(10, 6, "kind", "rumour"))
    order = list(reversed(range(len(COLUMNS))))
    data = _csv([[row[i] for i in order] for row in rows])
    fast, reference = _both(data)
    assert fast == reference
    assert len(fast[0]) == 6


def test_too_deep_affiliation_is_refused_at_its_row(monkeypatch: pytest.MonkeyPatch) -> None:
    state = Actor(id="state:kp", name="North Korea", kind=ActorKind.STATE, country="KP")
    ministry = Actor(id="body:mfa", name="Foreign Ministry", affiliation=state)
    official = Actor(id="person:o", name="Official", kind=ActorKind.PERSON, affiliation=ministry)
    claims = _many(6)
    claims[4] = attrs.evolve(claims[4], claimant=official)
    data = claimkit.dumps(claims, "csv")
    monkeypatch.setattr(limits, "MAX_AFFILIATION_DEPTH", 2)
    fast, reference = _both(data)
    assert fast == reference
    assert fast[1] is not None and fast[1][0] is LimitExceededError  # type: ignore[index]
    assert len(fast[0]) == 4


def test_caches_stay_bounded_and_results_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_format, "_CACHE_SIZE", 3)
    gold = _gold_claims()
    claims = [
        attrs.evolve(
            claim,
            id=f"c{number}",
            claimant=attrs.evolve(claim.claimant, id=f"person:p{number}", name=f"P {number}"),
        )
        for number, claim in enumerate(gold * 20)
    ]
    data = claimkit.dumps(claims, "csv")
    assert data == _reference_bytes(claims)
    builder = csv_format._ClaimBuilder()
    for row in _rows(data)[1:]:
        builder.claim([cell.removeprefix("'") for cell in row])
        assert len(builder._actors) <= 4
        assert len(builder._evidence) <= 3
    assert claimkit.loads(data, "csv", extract=False).claims == tuple(claims)


def test_the_garbage_collector_runs_while_claims_are_consumed() -> None:
    data = claimkit.dumps(_many(300), "csv")
    assert gc.isenabled()
    states = [gc.isenabled() for _ in load_csv(io.BytesIO(data), "claims.csv")]
    assert len(states) == 300
    assert all(states)
    assert gc.isenabled()


def test_blank_lines_are_skipped_and_lines_still_counted() -> None:
    data = claimkit.dumps(_many(5), "csv").replace(b"\r\n", b"\r\n\r\n")
    data = data.replace(b"\r\n\r\n", b"\r\n", 1)  # header, then a blank line per row
    rows = _rows(data)
    rows[7][COLUMNS.index("kind")] = "rumour"  # the fourth claim, on line 8
    fast, reference = _both(_csv(rows))
    assert fast == reference
    assert fast[1] is not None and fast[1][3] == 8  # type: ignore[index]


# -------------------------------------------------------------------------- dumping


CELLS = st.text(
    alphabet=st.sampled_from(list("ab ,\"\r\n\t'=+-@;:[]{}\\é漢\x00\x1f\u2028")), max_size=8
) | st.sampled_from(["", " ", " x", "x ", '"', '""', ",", "\r\n", "\n", "\r"])


@given(st.lists(CELLS, min_size=2, max_size=12))
def test_cells_are_quoted_exactly_as_csv_writer_quotes_them(cells: list[str]) -> None:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerow(cells)
    assert ",".join(csv_format._csv_cell(cell) for cell in cells) + "\r\n" == buffer.getvalue()


@given(st.lists(strategies.claims(), min_size=1, max_size=5))
def test_dump_is_byte_identical_to_csv_writer(claims: list[Claim]) -> None:
    assert claimkit.dumps(claims, "csv") == _reference_bytes(claims)


def test_dump_of_gold_and_shared_actors_is_byte_identical() -> None:
    claims = _many(50)
    data = claimkit.dumps(claims, "csv")
    assert data == _reference_bytes(claims)
    loaded = claimkit.loads(data, "csv", extract=False)  # actors now shared objects
    assert claimkit.dumps(loaded, "csv") == data


def test_formula_cells_round_trip_through_both_paths() -> None:
    gold = _gold_claims()
    claims = [
        attrs.evolve(gold[0], id="'=1", proposition="=SUM(A1)", quote="'", cue="-x"),
        attrs.evolve(
            gold[1],
            claimant=attrs.evolve(gold[1].claimant, name="@home", role="+role"),
            target=None,
        ),
    ]
    data = claimkit.dumps(claims, "csv")
    assert data == _reference_bytes(claims)
    assert b",'=SUM(A1)," in data and b"''=1" in data
    assert claimkit.loads(data, "csv", extract=False) == Corpus.build((), claims)


def test_actor_cache_is_not_fooled_by_reused_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_format, "_CACHE_SIZE", 2)
    gold = _gold_claims()[0]

    def claims() -> Iterator[Claim]:
        for number in range(200):  # each actor is dropped before the next is made
            actor = Actor(id=f"person:p{number}", name=f"Person {number}")
            yield attrs.evolve(gold, id=f"c{number}", claimant=actor, target=None)

    data = claimkit.dumps(claims(), "csv")
    assert data == _reference_bytes(list(claims()))


@pytest.mark.parametrize("column", ["id", "proposition", "channel_affiliation"])
def test_a_single_prefixed_cell_is_restored(column: str) -> None:
    gold = _gold_claims()[0]
    claim = attrs.evolve(gold, id="=1") if column == "id" else gold
    rows = _rows(claimkit.dumps([claim], "csv"))
    if column != "id":
        rows[1][COLUMNS.index(column)] = "'" + rows[1][COLUMNS.index(column)]
    assert [cell for cell in rows[1] if cell.startswith("'")] == [rows[1][COLUMNS.index(column)]]
    for order in (list(range(len(COLUMNS))), list(reversed(range(len(COLUMNS))))):
        data = _csv([[row[i] for i in order] for row in rows])
        fast, reference = _both(data)
        assert fast == reference
        assert fast[0] == [claim]


def test_equal_but_distinct_objects_are_written_as_the_reference_writes_them() -> None:
    gold = _gold_claims()
    claims = list(claimkit.loads(claimkit.dumps(gold, "jsonl"), "jsonl").claims)  # unshared
    zero = attrs.evolve(gold[0].evidence, score=0.0)
    negative = attrs.evolve(gold[0].evidence, score=-0.0)
    assert zero == negative  # equal, yet written differently ("0.0", "'-0.0")
    claims += [
        attrs.evolve(gold[0], id="zero", evidence=zero),
        attrs.evolve(gold[0], id="negative", evidence=negative),
        attrs.evolve(gold[0], id="copy", claimant=attrs.evolve(gold[0].claimant)),
    ]
    data = claimkit.dumps(claims, "csv")
    assert data == _reference_bytes(claims)
    assert b",'-0.0," in data


@pytest.mark.parametrize(
    ("strength", "score"),
    [("overwhelming", "0.5"), ("assertion", "1.5"), ("assertion", "x"), ("reported", "-0.0")],
)
@pytest.mark.parametrize("cues", ["", "[]"])
def test_evidence_without_cues_matches_the_reference(strength: str, score: str, cues: str) -> None:
    rows = _rows(claimkit.dumps(_many(12), "csv"))
    for row in rows[5:]:
        row[COLUMNS.index("evidence_strength")] = strength
        row[COLUMNS.index("evidence_score")] = score
        row[COLUMNS.index("evidence_cues")] = cues
    fast, reference = _both(_csv(rows))
    assert fast == reference
    assert len(fast[0]) == (12 if strength == "reported" else 4)


def test_csv_reexport_streams_in_bounded_memory(
    tmp_path: Path, reexport_peak: Callable[[Path, Path], int]
) -> None:
    def peak_for(count: int) -> int:
        source = tmp_path / f"claims-{count}.csv"
        claimkit.dump(_many(count), source)
        return reexport_peak(source, tmp_path / "copy.csv")

    small, large = peak_for(1500), peak_for(6000)
    # a batch of rows and the bounded caches: the same peak for a file four times larger
    assert large < small * 1.25 + 100_000, (small, large)
    assert large < 4_000_000


ODD_VALUES = st.one_of(
    st.sampled_from(
        ["", "[]", "{}", "null", "true", "0", "1:2", "2:1", "0:0;", "state", "person", "KP", "'"]
    ),
    st.sampled_from([m for column in BAD_CELLS + ACCEPTED for m in column[1:]]),
    st.from_regex(r"[0-9]{1,3}:[0-9]{1,3}(;[0-9]{1,3}:[0-9]{1,3})?", fullmatch=True),
    st.builds(
        lambda items: orjson.dumps(items).decode(), st.lists(st.text(max_size=4) | st.none())
    ),
    st.text(max_size=6),
)


@given(st.sampled_from(COLUMNS), ODD_VALUES, st.integers(min_value=0, max_value=9))
def test_any_cell_value_gives_what_the_reference_gives(column: str, value: str, row: int) -> None:
    fast, reference = _both(_with_cell(10, row, column, value))
    assert fast == reference
