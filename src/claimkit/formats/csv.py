"""One row per claim, for spreadsheets and data frames (RFC 4180, UTF-8).

Columns, in order, are :data:`COLUMNS`.  Actors are flattened into column groups
(``claimant_*``, ``target_*``, ``channel_*``); an actor's affiliation chain, its
aliases, the evidence cues and ``responds_to`` are JSON in their cells.  Spans are
written ``start:end`` and split cue spans are joined with ``;``.

Cells that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return) are prefixed with ``'``, and so is any cell that
already starts with ``'``; claimkit's loader removes exactly that prefix, so files
round-trip losslessly.  Documents and actors no claim mentions are not carried.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO

import orjson

from claimkit import limits, serialization
from claimkit.errors import LoadError
from claimkit.hookspecs import hookimpl
from claimkit.model import Claim, Record
from claimkit.registry import Exporter, Loader

__all__ = ["COLUMNS", "claim_from_row", "claim_to_row", "dump_csv", "load_csv"]

_ACTOR_FIELDS = ("id", "name", "kind", "role", "country", "aliases", "anonymous", "affiliation")
_ROLES = ("claimant", "target", "channel")

COLUMNS: tuple[str, ...] = (
    "id",
    "document_id",
    "kind",
    "cue",
    "proposition",
    "quote",
    "commitment",
    "evidence_strength",
    "evidence_score",
    "evidence_cues",
    "responds_to",
    "span",
    "cue_spans",
    "claimant_span",
    "content_span",
    "target_span",
    *(f"{role}_{name}" for role in _ROLES for name in _ACTOR_FIELDS),
)
"""The CSV header, in order."""

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def _protect(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _unprotect(cell: str) -> str:
    return cell[1:] if cell.startswith("'") else cell


def _json_cell(value: Any) -> str:
    return orjson.dumps(value).decode()


def _span_cell(span: dict[str, int] | None) -> str:
    return "" if span is None else f"{span['start']}:{span['end']}"


def _parse_span(cell: str) -> dict[str, int] | None:
    if not cell:
        return None
    start, sep, end = cell.partition(":")
    if not sep or not start.isdigit() or not end.isdigit():
        raise ValueError(f"bad span {cell!r}; expected start:end")
    return {"start": int(start), "end": int(end)}


def _actor_cells(actor: dict[str, Any] | None) -> list[str]:
    if actor is None:
        return [""] * len(_ACTOR_FIELDS)
    affiliation = actor["affiliation"]
    return [
        actor["id"],
        actor["name"],
        actor["kind"],
        actor["role"] or "",
        actor["country"] or "",
        _json_cell(actor["aliases"]),
        "true" if actor["anonymous"] else "false",
        "" if affiliation is None else _json_cell(affiliation),
    ]


def _actor_from(cells: dict[str, str], role: str) -> dict[str, Any] | None:
    get = {name: cells[f"{role}_{name}"] for name in _ACTOR_FIELDS}
    if not get["id"]:
        if any(get.values()):
            raise ValueError(f"{role}_id is empty but other {role} columns are not")
        return None
    if get["anonymous"] not in ("true", "false"):
        raise ValueError(f"{role}_anonymous must be true or false, got {get['anonymous']!r}")
    return {
        "id": get["id"],
        "name": get["name"],
        "kind": get["kind"],
        "role": get["role"] or None,
        "country": get["country"] or None,
        "aliases": orjson.loads(get["aliases"]) if get["aliases"] else [],
        "anonymous": get["anonymous"] == "true",
        "affiliation": orjson.loads(get["affiliation"]) if get["affiliation"] else None,
    }


def claim_to_row(claim: Claim) -> list[str]:
    """The CSV cells of one claim, in :data:`COLUMNS` order, formulas neutralised."""
    data = serialization.unstructure(claim)
    provenance = data["provenance"]
    evidence = data["evidence"]
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
        _json_cell(evidence["cues"]),
        _json_cell(data["responds_to"]),
        _span_cell(provenance["span"]),
        ";".join(_span_cell(s) for s in provenance["cue"]),
        _span_cell(provenance["claimant"]),
        _span_cell(provenance["content"]),
        _span_cell(provenance["target"]),
    ]
    for role in _ROLES:
        row.extend(_actor_cells(data[role]))
    return [_protect(cell) for cell in row]


def claim_from_row(cells: dict[str, str]) -> Claim:
    """Rebuild a claim from one row's cells (already un-neutralised), keyed by column.

    Raises:
        LoadError: A cell holds an invalid value.
    """
    try:
        score = float(cells["evidence_score"])
        data = {
            "id": cells["id"],
            "kind": cells["kind"],
            "claimant": _actor_from(cells, "claimant"),
            "proposition": cells["proposition"],
            "provenance": {
                "document_id": cells["document_id"],
                "span": _parse_span(cells["span"]),
                "cue": [_parse_span(s) for s in cells["cue_spans"].split(";") if s],
                "claimant": _parse_span(cells["claimant_span"]),
                "content": _parse_span(cells["content_span"]),
                "target": _parse_span(cells["target_span"]),
            },
            "target": _actor_from(cells, "target"),
            "quote": cells["quote"] or None,
            "cue": cells["cue"],
            "commitment": cells["commitment"],
            "evidence": {
                "strength": cells["evidence_strength"],
                "score": score,
                "cues": orjson.loads(cells["evidence_cues"] or "[]"),
            },
            "channel": _actor_from(cells, "channel"),
            "responds_to": orjson.loads(cells["responds_to"] or "[]"),
        }
    except (ValueError, orjson.JSONDecodeError) as error:
        raise LoadError(str(error)) from None
    return serialization.structure(data, Claim)


def load_csv(stream: BinaryIO, source: str) -> Iterator[Record]:
    """Yield the claims of a claimkit CSV file, row by row.

    Raises:
        LoadError: The header lacks or adds columns, a row has the wrong number of
            cells, or a cell is invalid; the error names the line and record.
    """
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="", errors="strict")
    old_limit = csv.field_size_limit(limits.MAX_LINE_BYTES)
    reader = csv.reader(text, strict=True)
    try:
        try:
            header = next(reader, None)
        except (csv.Error, UnicodeDecodeError) as error:
            raise LoadError(f"unreadable CSV: {error}", source=source, line=1) from None
        if header is None:
            raise LoadError("empty file: no CSV header", source=source, line=1)
        missing = [c for c in COLUMNS if c not in header]
        extra = [c for c in header if c not in COLUMNS]
        if missing or extra or len(header) != len(COLUMNS):
            details = []
            if missing:
                details.append(f"missing columns: {', '.join(missing)}")
            if extra:
                details.append(f"unknown columns: {', '.join(extra)}")
            if not details:
                details.append("duplicate columns")
            raise LoadError("; ".join(details), source=source, line=1)
        index = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except (csv.Error, UnicodeDecodeError) as error:
                raise LoadError(
                    f"unreadable CSV: {error}",
                    source=source,
                    line=reader.line_num + 1,
                    record=index,
                ) from None
            if not row:
                continue
            if len(row) != len(header):
                raise LoadError(
                    f"expected {len(header)} cells, found {len(row)}",
                    source=source,
                    line=reader.line_num,
                    record=index,
                )
            cells = {name: _unprotect(cell) for name, cell in zip(header, row, strict=True)}
            try:
                yield claim_from_row(cells)
            except LoadError as error:
                raise error.located(source=source, line=reader.line_num, record=index) from None
            index += 1
    finally:
        csv.field_size_limit(old_limit)
        text.detach()


def dump_csv(records: Iterable[Record], stream: BinaryIO) -> None:
    """Write the header and one row per claim, as the claims arrive."""
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=True)
    try:
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for record in records:
            if isinstance(record, Claim):
                writer.writerow(claim_to_row(record))
        text.flush()
    finally:
        text.detach()


def sniff_csv(head: bytes) -> float:
    """Score leading bytes: claimkit's exact header scores highest."""
    first = head.lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0].rstrip(b"\r")
    expected = ",".join(COLUMNS).encode()
    if first == expected:
        return 1.0
    return 0.2 if first.startswith(b"id,document_id,kind,") else 0.0


@hookimpl
def register_loaders(register: Callable[[Loader], None]) -> None:
    """Register the ``csv`` loader."""
    register(
        Loader(
            name="csv",
            load=load_csv,
            extensions=(".csv",),
            sniff=sniff_csv,
            description="claimkit CSV: one row per claim",
        )
    )


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register the ``csv`` exporter."""
    register(
        Exporter(
            name="csv",
            dump=dump_csv,
            extensions=(".csv",),
            description="one row per claim, actors flattened, spreadsheet-safe",
        )
    )
