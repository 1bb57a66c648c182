"""claimkit's JSON Lines layout: one record per line, streamable.

The first line is a header, ``{"type": "header", "schema_version": 1}``; every other
line is one record tagged with its type::

    {"type": "document", "id": "...", "text": "...", ...}
    {"type": "actor", "id": "...", "name": "...", ...}
    {"type": "claim", "id": "...", "kind": "denial", ...}

Records are read and written one at a time, so files of any size stream in bounded
memory.  Blank lines are ignored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

import orjson

from claimkit import limits, serialization
from claimkit.errors import LimitExceededError, LoadError
from claimkit.formats._common import (
    FileChecks,
    check_depth,
    check_unique_keys,
    check_utf8_start,
    json_error,
)
from claimkit.hookspecs import hookimpl
from claimkit.model import Record
from claimkit.registry import Exporter, Loader

__all__ = ["dump_jsonl", "load_jsonl"]

_HEADER_TYPE = "header"


def _parse_line(raw: bytes, source: str, number: int) -> object:
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise json_error(LoadError(f"malformed JSON: {error}"), raw, source, number) from None


def load_jsonl(stream: BinaryIO, source: str) -> Iterator[Record]:
    """Yield records from a claimkit JSON Lines stream, one line at a time.

    A UTF-8 byte order mark is skipped; UTF-16 and other encodings are refused.

    Raises:
        LoadError: A line is malformed, not UTF-8, or not a valid record (the error
            names it).
        LimitExceededError: A line is too long or nested too deeply (:mod:`claimkit.limits`).
        SchemaVersionError: The header is missing or names an unknown version.
    """
    checks = FileChecks(source)
    try:
        yield from _records(stream, source, checks)
    finally:
        checks.close()


def _records(stream: BinaryIO, source: str, checks: FileChecks) -> Iterator[Record]:
    """The records of :func:`load_jsonl`, checked across the file by ``checks``."""
    number = 0
    header_seen = False
    record_index = 0
    while True:
        raw = stream.readline(limits.MAX_LINE_BYTES + 1)
        if not raw:
            break
        number += 1
        if len(raw) > limits.MAX_LINE_BYTES:
            raise LimitExceededError(
                f"line longer than {limits.MAX_LINE_BYTES} bytes (claimkit.limits.MAX_LINE_BYTES)",
                source=source,
                line=number,
            )
        if number == 1:
            raw = raw[check_utf8_start(raw[:4], source) :]
        if not raw.strip():
            continue
        if header_seen:
            try:
                record, exact = serialization.decode_record_exact(raw)
            except LoadError as error:
                raise json_error(
                    error.located(record=record_index), raw, source, number
                ) from None
            except RecursionError:
                raise json_error(LoadError("nested too deeply"), raw, source, number) from None
            check_depth(record, source, number, record_index)
            rewritten = None
            if not exact:  # a line claimkit wrote repeats no key; others are looked at
                rewritten = serialization.encode_record(record)
                check_unique_keys(raw, source, number, record_index, rewritten=rewritten)
            checks.check(record, number, record_index, encoded=rewritten)
            yield record
            record_index += 1
            continue
        data = _parse_line(raw, source, number)
        check_unique_keys(raw, source, number)
        if not isinstance(data, dict) or data.get("type") != _HEADER_TYPE:
            raise LoadError(
                'the first line must be the header {"type": "header", "schema_version": 1}',
                source=source,
                line=number,
            )
        try:
            serialization.check_schema_version(data.get("schema_version"))
        except LoadError as error:
            raise error.located(source=source, line=number) from None
        header_seen = True
    if not header_seen:
        raise LoadError("empty file: no JSON Lines header", source=source, line=None)


def dump_jsonl(records: Iterable[Record], stream: BinaryIO) -> None:
    """Write the header, then one line per record, as the records arrive."""
    stream.write(
        orjson.dumps(
            {"type": _HEADER_TYPE, "schema_version": serialization.SCHEMA_VERSION},
            option=orjson.OPT_APPEND_NEWLINE,
        )
    )
    for record in records:
        stream.write(serialization.encode_record(record))


def sniff_jsonl(head: bytes) -> float:
    """Score leading bytes: a claimkit JSON Lines header line scores highest."""
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
    if first.startswith(b"{") and b'"type"' in first and b'"header"' in first:
        return 0.95
    if first.startswith(b"{") and first.rstrip().endswith(b"}"):
        return 0.25
    return 0.0


@hookimpl
def register_loaders(register: Callable[[Loader], None]) -> None:
    """Register the ``jsonl`` loader."""
    register(
        Loader(
            name="jsonl",
            load=load_jsonl,
            extensions=(".jsonl", ".ndjson"),
            sniff=sniff_jsonl,
            description="claimkit JSON Lines: one record per line, streamable",
        )
    )


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register the ``jsonl`` exporter."""
    register(
        Exporter(
            name="jsonl",
            dump=dump_jsonl,
            extensions=(".jsonl", ".ndjson"),
            description="claimkit JSON Lines: one record per line, streamable",
        )
    )
