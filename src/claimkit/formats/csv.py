"""One row per claim, for spreadsheets and data frames (RFC 4180, UTF-8).

Columns, in order, are :data:`COLUMNS`.  Actors are flattened into column groups
(``claimant_*``, ``target_*``, ``channel_*``); an actor's affiliation chain, its
aliases, the evidence cues and ``responds_to`` are JSON in their cells.  Spans are
written ``start:end`` and split cue spans are joined with ``;``.  The last two columns,
:data:`READING_COLUMNS`, are for reading: the sentence each claim comes from and the
text of its content, so a claim can be checked without its article (the spans point
into documents that a CSV file does not carry); the loader ignores them.

Cells that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return) are prefixed with ``'``, and so is any cell that
already starts with ``'``; claimkit's loader removes exactly that prefix, so files
round-trip losslessly.  Documents and actors no claim mentions are not carried.

Both directions have a fast path held to a reference (see ``tests/test_csv_fast.py``):
the loader builds each claim with the model's constructors (every validator runs) and
reuses the actors and evidence of repeated cells, falling back to
:func:`claim_from_row` for any row it is unsure of, so errors are the reference's; the
exporter writes the bytes :func:`csv.writer` would write for :func:`claim_to_row`.
"""

from __future__ import annotations

import csv
import io
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, BinaryIO, TextIO

import orjson

from claimkit import limits, serialization
from claimkit.errors import InvalidValueError, LimitExceededError, LoadError
from claimkit.formats._common import (
    check_depth,
    check_unique_keys,
    check_utf8_start,
    locate_utf8_error,
)
from claimkit.hookspecs import hookimpl
from claimkit.model import (
    Actor,
    ActorKind,
    Claim,
    ClaimKind,
    Commitment,
    Document,
    Evidence,
    EvidenceStrength,
    Provenance,
    Record,
    Span,
)
from claimkit.registry import Exporter, Loader

__all__ = [
    "COLUMNS",
    "READING_COLUMNS",
    "STORED_COLUMNS",
    "claim_from_row",
    "claim_to_row",
    "dump_csv",
    "load_csv",
]

_ACTOR_FIELDS = ("id", "name", "kind", "role", "country", "aliases", "anonymous", "affiliation")
_ROLES = ("claimant", "target", "channel")

STORED_COLUMNS: tuple[str, ...] = (
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
"""The columns that hold the claim, in order (all a claimkit CSV file must have)."""

READING_COLUMNS: tuple[str, ...] = ("sentence", "content_text")
"""Columns written for people, after :data:`STORED_COLUMNS`: the sentence the claim
comes from and the text of its content (:meth:`claimkit.model.Claim.sentence`,
:meth:`claimkit.model.Claim.content_text`), empty when the claim's document was not
among the records written.  The loader does not read them, and files without them (as
claimkit wrote before they existed) load as before."""

COLUMNS: tuple[str, ...] = (*STORED_COLUMNS, *READING_COLUMNS)
"""The CSV header claimkit writes, in order."""

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
        "" if affiliation is None else serialization.encode(affiliation).decode(),
    ]


def _span_text(span: Span | None) -> str:
    return "" if span is None else f"{span.start}:{span.end}"


def _actor_from(cells: dict[str, str], role: str) -> dict[str, Any] | None:
    return _actor_data([cells[f"{role}_{name}"] for name in _ACTOR_FIELDS], role)


def _json_cell(cell: str, column: str, rewritten: bytes | None = None) -> Any:
    """The JSON of one cell, refused when an object in it repeats a key.

    Parsers keep the last of repeated keys silently; the JSON loaders refuse them, and
    so does this one (see :func:`~claimkit.formats._common.check_unique_keys`).
    ``rewritten`` is the cell as claimkit writes what it parsed to, when known: equal
    cells need no second parse.  The caller adds the file, line and record.

    Raises:
        LoadError: A repeated key, naming the column.
    """
    data = orjson.loads(cell)
    try:
        check_unique_keys(cell.encode(), "", rewritten=rewritten)
    except LoadError as error:
        raise LoadError(f"{column}: {error.reason}") from None
    return data


def _actor_data(values: Sequence[str], role: str) -> dict[str, Any] | None:
    """An actor's plain data from its cells (in ``_ACTOR_FIELDS`` order), or ``None``."""
    get = dict(zip(_ACTOR_FIELDS, values, strict=True))
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
        "affiliation": (
            _json_cell(get["affiliation"], f"{role}_affiliation") if get["affiliation"] else None
        ),
    }


def _reading_cells(claim: Claim, document: Document | None) -> tuple[str, str]:
    """The sentence and content text of a claim (empty without a document that fits)."""
    if document is None:
        return "", ""
    try:
        return claim.sentence(document), claim.content_text(document)
    except InvalidValueError:
        return "", ""


def claim_to_row(claim: Claim, document: Document | None = None) -> list[str]:
    """The CSV cells of one claim, in :data:`COLUMNS` order, formulas neutralised.

    Only cells that can hold free text (and the score, which may be ``-0.0``) can start
    with a formula character; enum values, spans, ISO country codes and JSON cells never
    do, so they are written as they are.

    Args:
        claim: The claim.
        document: Its document, for the :data:`READING_COLUMNS` (empty without it).
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
        serialization.encode_all(evidence.cues).decode(),
        orjson.dumps(claim.responds_to).decode(),
        _span_text(provenance.span),
        ";".join([_span_text(s) for s in provenance.cue]),
        _span_text(provenance.claimant),
        _span_text(provenance.content),
        _span_text(provenance.target),
        *_actor_cells(claim.claimant),
        *_actor_cells(claim.target),
        *_actor_cells(claim.channel),
        *map(_protect, _reading_cells(claim, document)),
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
                "cues": _json_cell(cells["evidence_cues"] or "[]", "evidence_cues"),
            },
            "channel": _actor_from(cells, "channel"),
            "responds_to": orjson.loads(cells["responds_to"] or "[]"),
        }
    except (ValueError, orjson.JSONDecodeError) as error:
        raise LoadError(str(error)) from None
    return serialization.structure(data, Claim)


# ------------------------------------------------------------------ the fast reader
#
# :func:`claim_from_row` is the reference: it builds the nested plain data and lets the
# converter structure it.  :class:`_ClaimBuilder` builds the same claim directly with
# the model's constructors (which run every validator and converter, as the converter
# does), reuses the actors and the evidence of rows whose cells it has seen (model
# objects are frozen, so sharing them is safe), and raises whenever it is unsure.  The
# loader then re-runs that row through :func:`claim_from_row`, so an accepted row gives
# an equal claim and a refused row gives exactly the reference's error.

_CACHE_SIZE = 4096
"""Entries a row cache keeps before it starts afresh (bounds memory when streaming)."""

_CLAIM_KINDS = {member.value: member for member in ClaimKind}
_ACTOR_KINDS = {member.value: member for member in ActorKind}
_BOOLEANS = {"true": True, "false": False}
_STRENGTHS = {member.value: member for member in EvidenceStrength}
_COMMITMENTS = {member.value: member for member in Commitment}
_NO_ACTOR = ("",) * len(_ACTOR_FIELDS)


class _Unsure(Exception):
    """The fast path does not handle this row; the reference path decides."""


def _span_of(cell: str) -> Span:
    start, sep, end = cell.partition(":")
    if not sep or not start.isdigit() or not end.isdigit():
        raise _Unsure(cell)
    return Span(start=int(start), end=int(end))


def _optional_span(cell: str) -> Span | None:
    return _span_of(cell) if cell else None


def _strings(cell: str) -> tuple[str, ...]:
    """A JSON list of strings (``responds_to``, aliases); an empty cell is ``[]``."""
    if not cell or cell == "[]":
        return ()
    items = orjson.loads(cell)
    if type(items) is not list or not all(type(item) is str for item in items):
        raise _Unsure(cell)
    return tuple(items)


class _ClaimBuilder:
    """Builds claims from rows of cells in :data:`COLUMNS` order, caching repeated parts.

    Every actor it returns has passed :func:`~claimkit.formats._common.check_depth`.
    """

    def __init__(self) -> None:
        self._actors: dict[tuple[str, ...], Actor | None] = {_NO_ACTOR: None}
        self._evidence: dict[tuple[str, str, str], Evidence] = {}

    def _actor(self, cells: tuple[str, ...], role: str) -> Actor | None:
        try:
            return self._actors[cells]
        except KeyError:
            pass
        actor_id, name, kind, actor_role, country, aliases, anonymous, affiliation = cells
        if actor_id and not affiliation:
            actor = Actor(
                id=actor_id,
                name=name,
                kind=_ACTOR_KINDS[kind],
                role=actor_role or None,
                country=country or None,
                aliases=_strings(aliases),
                anonymous=_BOOLEANS[anonymous],
            )
        else:
            data = _actor_data(cells, role)
            if data is None:
                return None
            actor = serialization.structure(data, Actor)
        check_depth(actor, "")  # so that the claims of cached actors need no check
        if len(self._actors) >= _CACHE_SIZE:
            self._actors = {_NO_ACTOR: None}
        self._actors[cells] = actor
        return actor

    def _evidence_of(self, strength: str, score: str, cues: str) -> Evidence:
        key = (strength, score, cues)
        evidence = self._evidence.get(key)
        if evidence is None:
            if not cues or cues == "[]":
                evidence = Evidence(strength=_STRENGTHS[strength], score=float(score))
            else:
                data = {"strength": strength, "score": float(score), "cues": orjson.loads(cues)}
                evidence = serialization.structure(data, Evidence)
                _json_cell(cues, "evidence_cues", serialization.encode_all(evidence.cues))
            if len(self._evidence) >= _CACHE_SIZE:
                self._evidence.clear()
            self._evidence[key] = evidence
        return evidence

    def claim(self, cells: Sequence[str]) -> Claim:
        """The claim of one row (already un-neutralised, in :data:`COLUMNS` order).

        Raises:
            Exception: Anything, when the row is not one the fast path takes; the
                caller then asks :func:`claim_from_row`.
        """
        (
            claim_id,
            document_id,
            kind,
            cue,
            proposition,
            quote,
            commitment,
            strength,
            score,
            evidence_cues,
            responds_to,
            span,
            cue_spans,
            claimant_span,
            content_span,
            target_span,
        ) = cells[:16]
        claimant = self._actor(tuple(cells[16:24]), "claimant")
        if claimant is None:
            raise _Unsure("no claimant")
        return Claim(
            id=claim_id,
            kind=_CLAIM_KINDS[kind],
            claimant=claimant,
            proposition=proposition,
            provenance=Provenance(
                document_id=document_id,
                span=_span_of(span),
                cue=tuple([_span_of(s) for s in cue_spans.split(";") if s]) if cue_spans else (),
                claimant=_optional_span(claimant_span),
                content=_optional_span(content_span),
                target=_optional_span(target_span),
            ),
            target=self._actor(tuple(cells[24:32]), "target"),
            quote=quote or None,
            cue=cue,
            commitment=_COMMITMENTS[commitment],
            evidence=self._evidence_of(strength, score, evidence_cues),
            channel=self._actor(tuple(cells[32:40]), "channel"),
            responds_to=_strings(responds_to),
        )


# ------------------------------------------------------------------ the fast writer

_NEEDS_QUOTES = re.compile('[",\r\n]').search


def _csv_cell(cell: str) -> str:
    """One cell exactly as :func:`csv.writer` (``QUOTE_MINIMAL``) writes it in a row."""
    if _NEEDS_QUOTES(cell) is None:
        return cell
    return '"' + cell.replace('"', '""') + '"'


def _text_cell(cell: str) -> str:
    """A free-text cell as written: ``_csv_cell(_protect(cell))``, in one call."""
    if cell.startswith(_FORMULA_START):
        cell = "'" + cell
    if _NEEDS_QUOTES(cell) is None:
        return cell
    return '"' + cell.replace('"', '""') + '"'


_EMPTY_ACTOR = ",".join(_NO_ACTOR)


class _RowWriter:
    """Writes :func:`claim_to_row` rows as CSV text, byte for byte as :func:`csv.writer`.

    Only cells that can hold free text or JSON are checked for quoting: enum values,
    spans, scores, country codes and booleans never contain a comma, a quotation mark
    or a line break.  An actor's cells are formatted once per actor (found by identity,
    then by value: claims often share actors) and an evidence's once per evidence
    object.
    """

    def __init__(self) -> None:
        self._actors: dict[int, tuple[Actor, str]] = {}
        self._actor_values: dict[Actor, str] = {}
        self._evidence: dict[int, tuple[Evidence, str]] = {}

    def _actor(self, actor: Actor | None) -> str:
        if actor is None:
            return _EMPTY_ACTOR
        cached = self._actors.get(id(actor))
        if cached is not None and cached[0] is actor:
            return cached[1]
        # an equal actor (same fields, affiliations included) has the same cells
        text = self._actor_values.get(actor)
        if text is None:
            text = ",".join([_csv_cell(cell) for cell in _actor_cells(actor)])
            if len(self._actor_values) >= _CACHE_SIZE:
                self._actor_values.clear()
            self._actor_values[actor] = text
        if len(self._actors) >= _CACHE_SIZE:
            self._actors.clear()
        self._actors[id(actor)] = (actor, text)  # holding the actor keeps its id unique
        return text

    def _evidence_cells(self, evidence: Evidence) -> str:
        cached = self._evidence.get(id(evidence))
        if cached is not None and cached[0] is evidence:
            return cached[1]
        cues = evidence.cues
        text = ",".join(
            [
                evidence.strength.value,
                _protect(repr(evidence.score)),
                _csv_cell(serialization.encode_all(cues).decode()) if cues else "[]",
            ]
        )
        if len(self._evidence) >= _CACHE_SIZE:
            self._evidence.clear()
        self._evidence[id(evidence)] = (evidence, text)
        return text

    def line(self, claim: Claim, document: Document | None = None) -> str:
        """The CSV line of one claim, its CRLF line ending included."""
        provenance = claim.provenance
        responds_to = claim.responds_to
        cue_spans = provenance.cue
        claimant = provenance.claimant
        content = provenance.content
        target = provenance.target
        return (
            ",".join(
                [
                    _text_cell(claim.id),
                    _text_cell(provenance.document_id),
                    claim.kind._value_,  # faster than the .value property
                    _text_cell(claim.cue),
                    _text_cell(claim.proposition),
                    _text_cell(claim.quote or ""),
                    claim.commitment._value_,
                    self._evidence_cells(claim.evidence),
                    _csv_cell(orjson.dumps(responds_to).decode()) if responds_to else "[]",
                    f"{provenance.span.start}:{provenance.span.end}",
                    ";".join([f"{s.start}:{s.end}" for s in cue_spans]) if cue_spans else "",
                    "" if claimant is None else f"{claimant.start}:{claimant.end}",
                    "" if content is None else f"{content.start}:{content.end}",
                    "" if target is None else f"{target.start}:{target.end}",
                    self._actor(claim.claimant),
                    self._actor(claim.target),
                    self._actor(claim.channel),
                    *map(_text_cell, _reading_cells(claim, document)),
                ]
            )
            + "\r\n"
        )


_COLUMN_SET = frozenset(COLUMNS)
_STORED_SET = frozenset(STORED_COLUMNS)


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
    if isinstance(error, LimitExceededError):
        return error.located(source=source, line=line, record=record)
    if "field larger than field limit" in str(error):
        return LimitExceededError(
            f"a field is longer than {limits.MAX_LINE_BYTES} characters "
            "(claimkit.limits.MAX_LINE_BYTES)",
            source=source,
            line=line,
            record=record,
        )
    return LoadError(f"unreadable CSV: {error}", source=source, line=line, record=record)


def _bounded_lines(text: TextIO) -> Iterator[str]:
    """The lines of ``text`` for :func:`csv.reader`, each read with a length limit.

    Iterating over ``text`` reads a whole line however long it is (a quote that never
    closes, then a gigabyte without a line break, took two gigabytes); here no line is
    held beyond :data:`claimkit.limits.MAX_LINE_BYTES` characters.

    Raises:
        LimitExceededError: A line is longer than the limit (without a location).
    """
    limit = limits.MAX_LINE_BYTES
    while line := text.readline(limit + 1):
        if len(line) > limit and line[-1] not in "\r\n":
            raise LimitExceededError(
                f"a line is longer than {limit} characters (claimkit.limits.MAX_LINE_BYTES)"
            )
        yield line


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
    reader = csv.reader(_bounded_lines(text), strict=True)
    try:
        try:
            header = next(reader, None)
        except (csv.Error, UnicodeDecodeError, LimitExceededError) as error:
            raise _unreadable(error, stream, start, source, 1, None) from None
        if header is None:
            raise LoadError("empty file: no CSV header", source=source, line=1)
        present = set(header)
        missing = [c for c in STORED_COLUMNS if c not in present]
        extra = list(dict.fromkeys(c for c in header if c not in _COLUMN_SET))
        if missing or extra or len(header) != len(present):
            details = []
            if missing:
                details.append(f"missing columns: {_listing(missing)}")
            if extra:
                details.append(f"unknown columns: {_listing([repr(c)[:40] for c in extra])}")
            if not details:
                details.append("duplicate columns")
            raise LoadError("; ".join(details), source=source, line=1)
        yield from _claims(reader, header, stream, start, source)
    finally:
        csv.field_size_limit(old_limit)
        text.detach()


_BATCH = 256
"""Rows read, then built with the garbage collector paused, before they are yielded."""
_SEPARATOR = "\x1f"
_NEXT_QUOTED = _SEPARATOR + "'"
"""Found in a row's cells joined by ``_SEPARATOR`` when a cell after the first may
start with the ``'`` that neutralises formulas (rarely a false alarm, never a miss)."""


def _claims(
    reader: Any, header: list[str], stream: BinaryIO, start: int | None, source: str
) -> Iterator[Claim]:
    """Read rows in batches of :data:`_BATCH` and yield their claims, in order.

    Model objects form no reference cycles, so a batch is built with the cyclic garbage
    collector paused (it is running again whenever a claim is yielded).  An error
    reading or building a row is raised after the claims of the rows before it.
    """
    positions = [header.index(column) for column in STORED_COLUMNS]
    order = (
        None if positions == list(range(len(STORED_COLUMNS))) else operator.itemgetter(*positions)
    )
    builder = _ClaimBuilder()
    width = len(header)
    index = 0
    while True:
        batch: list[tuple[list[str], int]] = []
        failure: BaseException | None = None
        try:
            while len(batch) < _BATCH:
                first_line = reader.line_num + 1  # where the next row starts
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except (csv.Error, UnicodeDecodeError, LimitExceededError) as error:
                    if isinstance(error, csv.Error) and "field limit" not in str(error):
                        first_line = reader.line_num + 1  # as before: where it stopped
                    raise _unreadable(
                        error, stream, start, source, first_line, index + len(batch)
                    ) from None
                if not row:
                    continue
                if len(row) != width:
                    raise LoadError(
                        f"expected {width} cells, found {len(row)}",
                        source=source,
                        line=reader.line_num,
                        record=index + len(batch),
                    )
                if order is not None:
                    row = list(order(row))
                joined = _SEPARATOR.join(row)
                if joined.startswith("'") or _NEXT_QUOTED in joined:  # undo neutralising
                    row = list(map(str.removeprefix, row, _QUOTES))
                batch.append((row, reader.line_num))
        except Exception as error:  # raised once the claims of the rows before it are out
            failure = error
        claims: list[Claim] = []
        with serialization.gc_paused():
            try:
                for cells, line in batch:
                    claims.append(_claim_of(builder, cells, source, line, index + len(claims)))
            except Exception as error:  # an earlier row's error wins over a reading error
                failure = error
        yield from claims
        index += len(claims)
        if failure is not None:
            raise failure
        if len(batch) < _BATCH:
            return


def _claim_of(
    builder: _ClaimBuilder, cells: list[str], source: str, line: int, index: int
) -> Claim:
    """One row's claim, through the fast builder or else the reference path."""
    try:
        return builder.claim(cells)  # its actors are checked for depth already
    except Exception:
        pass
    try:
        claim = claim_from_row(dict(zip(STORED_COLUMNS, cells[: len(STORED_COLUMNS)], strict=True)))
    except LoadError as error:
        raise error.located(source=source, line=line, record=index) from None
    check_depth(claim, source, line, index)
    return claim


def dump_csv(records: Iterable[Record], stream: BinaryIO) -> None:
    """Write the header and one row per claim, as the claims arrive.

    The documents that come before the claims are kept (by id) until the end, to
    write each claim's :data:`READING_COLUMNS`.
    """
    stream.write(_HEADER)
    line = _RowWriter().line
    write = stream.write
    documents: dict[str, Document] = {}
    for record in records:
        if isinstance(record, Claim):
            write(line(record, documents.get(record.provenance.document_id)).encode())
        elif isinstance(record, Document):
            documents[record.id] = record


_HEADER = (",".join(COLUMNS) + "\r\n").encode()
_STORED_HEADER = ",".join(STORED_COLUMNS).encode()


def sniff_csv(head: bytes) -> float:
    """Score leading bytes: claimkit's exact header scores highest."""
    first = head.lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0].rstrip(b"\r")
    if first in (_HEADER.rstrip(), _STORED_HEADER):
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
