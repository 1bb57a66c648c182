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
import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO

import orjson

from claimkit import fastjson, limits
from claimkit.errors import LimitExceededError, LoadError
from claimkit.formats._common import check_depth, check_utf8_start, locate_utf8_error
from claimkit.hookspecs import hookimpl
from claimkit.model import Actor, Claim, Record, Span
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


_QUOTES = itertools.repeat("'")
"""The prefix the loader removes from every cell (``map(str.removeprefix, row, _QUOTES)``)."""


def _parse_span(cell: str) -> dict[str, int] | None:
    if not cell:
        return None
    start, sep, end = cell.partition(":")
    if not sep or not start.isdigit() or not end.isdigit():
        raise ValueError(f"bad span {cell!r}; expected start:end")
    return {"start": int(start), "end": int(end)}


def _actor_cells(actor: Actor | None) -> list[str]:
    if actor is None:
        return [""] * len(_ACTOR_FIELDS)
    affiliation = actor.affiliation
    return [
        _protect(actor.id),
        _protect(actor.name),
        actor.kind.value,
        _protect(actor.role or ""),
        actor.country or "",
        orjson.dumps(actor.aliases).decode(),
        "true" if actor.anonymous else "false",
        "" if affiliation is None else fastjson.encode(affiliation).decode(),
    ]


def _span_text(span: Span | None) -> str:
    return "" if span is None else f"{span.start}:{span.end}"


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
    """The CSV cells of one claim, in :data:`COLUMNS` order, formulas neutralised.

    Only cells that can hold free text (and the score, which may be ``-0.0``) can start
    with a formula character; enum values, spans, ISO country codes and JSON cells never
    do, so they are written as they are.
    """
    provenance = claim.provenance
    evidence = claim.evidence
    return [
        _protect(claim.id),
        _protect(provenance.document_id),
        claim.kind.value,
        _protect(claim.cue),
        _protect(claim.proposition),
        _protect(claim.quote or ""),
        claim.commitment.value,
        evidence.strength.value,
        _protect(repr(evidence.score)),
        fastjson.encode_all(evidence.cues).decode(),
        orjson.dumps(claim.responds_to).decode(),
        _span_text(provenance.span),
        ";".join([_span_text(s) for s in provenance.cue]),
        _span_text(provenance.claimant),
        _span_text(provenance.content),
        _span_text(provenance.target),
        *_actor_cells(claim.claimant),
        *_actor_cells(claim.target),
        *_actor_cells(claim.channel),
    ]


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
    return fastjson.structure(data, Claim)


_COLUMN_SET = frozenset(COLUMNS)


def _listing(names: list[str], shown: int = 8) -> str:
    """Names joined by commas, the first ``shown`` only (a hostile header has millions)."""
    text = ", ".join(names[:shown])
    return f"{text} and {len(names) - shown} more" if len(names) > shown else text


def _check_start(stream: BinaryIO, source: str) -> int | None:
    """Refuse UTF-16 before decoding; return where the stream starts, if seekable."""
    try:
        start = stream.tell()
        check_utf8_start(stream.read(4), source)
        stream.seek(start)
    except (OSError, ValueError, AttributeError):
        return None
    return start


def _unreadable(
    error: Exception,
    stream: BinaryIO,
    start: int | None,
    source: str,
    line: int,
    record: int | None,
) -> LoadError:
    """The error for a row the csv module or the UTF-8 decoder could not read."""
    if isinstance(error, UnicodeDecodeError):
        located = locate_utf8_error(stream, start, source) if start is not None else None
        return located or LoadError(
            "not valid UTF-8; re-encode the file as UTF-8", source=source, line=line
        )
    if "field larger than field limit" in str(error):
        return LimitExceededError(
            f"a field is longer than {limits.MAX_LINE_BYTES} characters "
            "(claimkit.limits.MAX_LINE_BYTES)",
            source=source,
            line=line,
            record=record,
        )
    return LoadError(f"unreadable CSV: {error}", source=source, line=line, record=record)


def load_csv(stream: BinaryIO, source: str) -> Iterator[Record]:
    """Yield the claims of a claimkit CSV file, row by row.

    A UTF-8 byte order mark is skipped; UTF-16 and other encodings are refused.

    Raises:
        LoadError: The header lacks or adds columns, a row has the wrong number of
            cells, a cell is invalid, or the file is not UTF-8; the error names the line
            and record.
        LimitExceededError: A field is longer than
            :data:`claimkit.limits.MAX_LINE_BYTES`.
    """
    start = _check_start(stream, source)
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="", errors="strict")
    old_limit = csv.field_size_limit(limits.MAX_LINE_BYTES)
    reader = csv.reader(text, strict=True)
    try:
        try:
            header = next(reader, None)
        except (csv.Error, UnicodeDecodeError) as error:
            raise _unreadable(error, stream, start, source, 1, None) from None
        if header is None:
            raise LoadError("empty file: no CSV header", source=source, line=1)
        present = set(header)
        missing = [c for c in COLUMNS if c not in present]
        extra = list(dict.fromkeys(c for c in header if c not in _COLUMN_SET))
        if missing or extra or len(header) != len(COLUMNS):
            details = []
            if missing:
                details.append(f"missing columns: {_listing(missing)}")
            if extra:
                details.append(f"unknown columns: {_listing([repr(c)[:40] for c in extra])}")
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
                raise _unreadable(
                    error, stream, start, source, reader.line_num + 1, index
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
            cells = dict(zip(header, map(str.removeprefix, row, _QUOTES), strict=False))
            try:
                claim = claim_from_row(cells)
            except LoadError as error:
                raise error.located(source=source, line=reader.line_num, record=index) from None
            check_depth(claim, source, reader.line_num, index)
            yield claim
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
