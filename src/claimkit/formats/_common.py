"""Helpers the built-in formats share: decoding, reading with limits, sniffing."""

from __future__ import annotations

import codecs
import json
import os
import stat
import urllib.parse
from collections.abc import Iterable
from typing import BinaryIO

import msgspec
import orjson

from claimkit import limits, serialization
from claimkit.errors import ExportError, LimitExceededError, LoadError
from claimkit.model import Actor, Claim, Corpus, Document, Record
from claimkit.seen_ids import SeenIds

__all__ = [
    "FileChecks",
    "check_depth",
    "check_unique_keys",
    "check_utf8_start",
    "decode_text",
    "flag",
    "iri",
    "iri_identifier",
    "json_error",
    "line_of_offset",
    "locate_utf8_error",
    "nesting_depth",
    "not_utf8",
    "read_limited",
]


_IRI_PREFIX = "urn:claimkit:"


def iri(kind: str, identifier: str) -> str:
    """A stable IRI for a claimkit record, for linked-data formats (JSON-LD).

    ``iri("claim", "claim:84bd")`` is ``"urn:claimkit:claim:claim:84bd"``; characters
    that may not appear in a URN are percent-encoded, so :func:`iri_identifier` gives
    the identifier back exactly.

    Args:
        kind: What the record is: ``"document"``, ``"actor"``, ``"claim"``, ...
        identifier: The record's id.
    """
    return f"{_IRI_PREFIX}{kind}:{urllib.parse.quote(identifier, safe=':')}"


def iri_identifier(kind: str, value: str) -> str | None:
    """The record id inside an IRI made by :func:`iri`, or ``None`` for any other IRI."""
    prefix = f"{_IRI_PREFIX}{kind}:"
    if not value.startswith(prefix):
        return None
    return urllib.parse.unquote(value[len(prefix) :], errors="strict")


_TRUE = frozenset({"true", "yes", "on", "1"})
_FALSE = frozenset({"false", "no", "off", "0", ""})


def flag(name: str, value: object) -> bool:
    """Read a yes/no exporter option, given as a bool or as text from the command line.

    Args:
        name: The option's name, for the error.
        value: ``True``/``False``, or ``"true"``/``"false"`` (also ``yes``/``no``,
            ``on``/``off``, ``1``/``0``, any case).

    Raises:
        ExportError: The value is neither.
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
    raise ExportError(f"option {name!r} must be true or false, got {value!r}")


def read_limited(stream: BinaryIO, source: str) -> bytes:
    """Read a whole stream, refusing more than :data:`claimkit.limits.MAX_FILE_BYTES`.

    A regular file that is too large is refused from its size, before anything is read.

    Raises:
        LimitExceededError: The stream is larger than the limit.
    """
    too_large = LimitExceededError(
        f"file is larger than the {limits.MAX_FILE_BYTES} byte limit "
        "(claimkit.limits.MAX_FILE_BYTES)",
        source=source,
    )
    try:
        status = os.fstat(stream.fileno())
        remaining = status.st_size - stream.tell()
    except (AttributeError, OSError, ValueError):
        remaining = None
    else:
        if not stat.S_ISREG(status.st_mode):
            remaining = None
    if remaining is not None and remaining > limits.MAX_FILE_BYTES:
        raise too_large
    if remaining is None:
        data = stream.read(limits.MAX_FILE_BYTES + 1)
    else:  # a file's own size: read(limit) would set aside the whole limit (1 GiB) first
        data = stream.read(remaining + 1)
        if len(data) > remaining:  # it grew meanwhile
            data += stream.read(limits.MAX_FILE_BYTES + 1 - len(data))
    if len(data) > limits.MAX_FILE_BYTES:
        raise too_large
    return data


def line_of_offset(data: bytes, offset: int) -> int:
    """The 1-based line number of a byte offset."""
    return data.count(b"\n", 0, offset) + 1


def decode_text(data: bytes, source: str) -> str:
    """Decode text that should be UTF-8.

    A UTF-8 byte order mark is dropped; UTF-32 and UTF-16 with a byte order mark are
    decoded as such (UTF-32 first: its little-endian mark ``FF FE 00 00`` starts with
    UTF-16's ``FF FE``).  Anything else that is not valid UTF-8, or that contains NUL
    bytes (a binary file), is an error naming the line.

    Raises:
        LoadError: The bytes are not text claimkit can read.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    else:
        for boms, encoding in _MARKED_ENCODINGS:
            if data.startswith(boms):
                return _decode_marked(data, encoding, source)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise LoadError(
            "contains NUL bytes: a binary file, or UTF-16 without a byte order mark",
            source=source,
            line=line_of_offset(data, nul),
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        located = not_utf8(data, source)
        raise (located or LoadError("not valid UTF-8", source=source)) from None


_MARKED_ENCODINGS = (
    ((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE), "UTF-32"),
    ((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE), "UTF-16"),
)
"""Encodings recognised by their byte order mark, the longer marks first."""


def _decode_marked(data: bytes, encoding: str, source: str) -> str:
    try:
        text = data.decode(encoding.lower())
    except UnicodeDecodeError as error:
        raise LoadError(f"invalid {encoding} text: {error.reason}", source=source) from None
    nul = text.find("\x00")
    if nul >= 0:
        raise LoadError(
            f"{encoding} text that contains NUL characters: a binary file",
            source=source,
            line=text.count("\n", 0, nul) + 1,
        )
    return text


_UTF16_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def check_utf8_start(head: bytes, source: str) -> int:
    """Check the first bytes of a file that must be UTF-8 (JSON, JSON Lines, CSV).

    Args:
        head: The first bytes (four are enough).
        source: The file name, for errors.

    Returns:
        How many bytes of UTF-8 byte order mark to skip (0 or 3).

    Raises:
        LoadError: The file is UTF-16 or UTF-32, with or without a byte order mark.
    """
    if head.startswith(codecs.BOM_UTF8):
        return len(codecs.BOM_UTF8)
    if head.startswith(_UTF16_BOMS) or (
        len(head) >= 4 and (head[1] == head[3] == 0 or head[0] == head[2] == 0)
    ):
        raise LoadError(
            "the file is UTF-16 (or UTF-32) text; claimkit reads this format as UTF-8: "
            "re-encode the file as UTF-8",
            source=source,
            line=1,
        )
    return 0


def not_utf8(data: bytes, source: str, first_line: int = 1) -> LoadError | None:
    """The error to raise when ``data`` is not valid UTF-8, or ``None`` when it is.

    Args:
        data: The bytes to check (a whole file, or one line of it).
        source: The file name, for errors.
        first_line: The line number of the first byte of ``data``.
    """
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        column = error.start - data.rfind(b"\n", 0, error.start)
        return LoadError(
            f"not valid UTF-8 (byte 0x{data[error.start]:02x} in column {column}); "
            "re-encode the file as UTF-8",
            source=source,
            line=first_line - 1 + line_of_offset(data, error.start),
        )
    return None


def nesting_depth(value: object, stop: int) -> int:
    """How deeply JSON data nests objects and arrays (a scalar is 0, ``[]`` is 1).

    Args:
        value: Parsed JSON.
        stop: Stop counting once the depth exceeds this.
    """
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: object = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > stop:
            break
        stack.extend((child, depth + 1) for child in children)  # type: ignore[attr-defined]
    return deepest


def _too_deep(source: str, line: int | None, record: int | None = None) -> LimitExceededError:
    return LimitExceededError(
        f"JSON nested deeper than {limits.MAX_JSON_DEPTH} levels, or an actor affiliation "
        f"chain longer than {limits.MAX_AFFILIATION_DEPTH} (claimkit.limits.MAX_JSON_DEPTH, "
        "claimkit.limits.MAX_AFFILIATION_DEPTH)",
        source=source,
        line=line,
        record=record,
    )


def json_error(error: LoadError, data: bytes, source: str, line: int | None = None) -> LoadError:
    """Explain why JSON ``data`` failed to load, better than the parser could.

    Invalid UTF-8 becomes an encoding error naming the line; nesting beyond
    :data:`~claimkit.limits.MAX_JSON_DEPTH` (or too long an affiliation chain) becomes a
    :class:`~claimkit.errors.LimitExceededError`; anything else is ``error`` located
    in ``source``.  Only called on failure, so the extra parsing costs nothing on the
    happy path.

    Args:
        error: What the parser or converter raised.
        data: The JSON text (a whole file, or one line).
        source: The file name.
        line: The line number of ``data`` within the file, for JSON Lines.
    """
    if isinstance(error, LimitExceededError):
        return error.located(source=source, line=line)
    encoding = not_utf8(data, source, line or 1)
    if encoding is not None:
        return encoding
    if "depth limit exceeded" in error.reason:
        return _too_deep(source, line or error.line, error.record)
    deep = "nested too deeply" in error.reason or (
        error.reason.count("affiliation") > limits.MAX_AFFILIATION_DEPTH
    )
    if deep:  # measure only then: walking a large file's data again is slow
        try:
            parsed = orjson.loads(data)
        except orjson.JSONDecodeError:
            parsed = None
        if nesting_depth(parsed, limits.MAX_JSON_DEPTH) > limits.MAX_JSON_DEPTH:
            return _too_deep(source, line or error.line, error.record)
    return error.located(source=source, line=line)


def check_depth(
    record: Record, source: str, line: int | None = None, index: int | None = None
) -> None:
    """Refuse a record whose actors have affiliation chains beyond the limit.

    Raises:
        LimitExceededError: A chain is longer than
            :data:`~claimkit.limits.MAX_AFFILIATION_DEPTH`.
    """
    if isinstance(record, Claim):
        actors: tuple[Actor | None, ...] = (record.claimant, record.target, record.channel)
    elif isinstance(record, Actor):
        actors = (record,)
    else:
        return
    for actor in actors:
        depth = 0
        while actor is not None:
            depth += 1
            actor = actor.affiliation
        if depth > limits.MAX_AFFILIATION_DEPTH:
            raise _too_deep(source, line, index)


def locate_utf8_error(stream: BinaryIO, start: int, source: str) -> LoadError | None:
    """Find the first invalid UTF-8 in a seekable stream and name its line.

    Streaming loaders decode ahead of the line they parse, so a decoding error does not
    know its line; this re-reads the stream from ``start`` in chunks (only on that
    error path) to name it exactly.

    Args:
        stream: The stream, seekable.
        start: The offset the file began at.
        source: The file name, for errors.

    Returns:
        The error naming the line, or ``None`` when the stream cannot be re-read or is
        valid UTF-8 after all.
    """
    try:
        stream.seek(start)
    except (OSError, ValueError):
        return None
    line = 1
    pending = b""
    while True:
        chunk = stream.read(1 << 20)
        data = pending + chunk
        if not data:
            return None
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as error:
            if chunk and error.reason == "unexpected end of data":
                pending = data[error.start :]
                line += data.count(b"\n", 0, error.start)
                continue
            return LoadError(
                f"not valid UTF-8 (byte 0x{data[error.start]:02x}); re-encode the file as UTF-8",
                source=source,
                line=line + data.count(b"\n", 0, error.start),
            )
        if not chunk:
            return None
        line += data.count(b"\n")
        pending = b""


class _Repeated(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _refuse_repeats(pairs: list[tuple[str, object]]) -> dict[str, object]:
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _Repeated(key)
            seen.add(key)
    return found


def check_unique_keys(
    data: bytes,
    source: str,
    line: int | None = None,
    record: int | None = None,
    *,
    rewritten: bytes | None = None,
) -> None:
    """Refuse JSON in which an object has the same key twice (parsers keep the last silently).

    ``data`` is valid JSON (its loader has parsed it).  The common cases are settled at C
    speed, as JSON without repeated keys: ``data`` equals ``rewritten`` (what it parsed to,
    written again by claimkit), or ``data`` without whitespace (every token kept as written)
    equals ``data`` parsed and written again by msgspec (neither holds a repeated key, as a
    parsed object holds each key once).  Other JSON (other escapes, number forms or key
    order) is parsed once more, pair by pair.

    Raises:
        LoadError: An object repeats a key (the error names the key).
    """
    body = data.strip()
    if rewritten is not None and rewritten.strip() == body:
        return
    try:
        compact = msgspec.json.format(body, indent=-1)
        if msgspec.json.encode(msgspec.json.decode(compact)) == compact:
            return
    except (msgspec.DecodeError, msgspec.EncodeError, RecursionError, ValueError):
        pass  # the pair-by-pair parse below decides
    try:
        json.loads(body, object_pairs_hook=_refuse_repeats)
    except _Repeated as repeated:
        raise LoadError(
            f"key {repeated.key!r} appears twice in one JSON object",
            source=source,
            line=line,
            record=record,
        ) from None
    except (ValueError, RecursionError):
        pass  # not JSON to this parser: the loader's own parser has the last word


class FileChecks:
    """Checks across the records of one file, as they stream by.

    A second actor with the id of an earlier one must be the same actor (a corpus holds
    one actor per id), and a claim's spans must fit the text of its document when that
    document came earlier in the file.  Only ids, text lengths and the actors' encodings
    are kept, the latest in memory and older ones on disk
    (:class:`~claimkit.seen_ids.SeenIds`), so memory does not grow with the file.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self._lengths: SeenIds[int] = SeenIds()
        self._actors: SeenIds[bytes] = SeenIds()

    def check(
        self,
        record: Record,
        line: int | None = None,
        index: int | None = None,
        *,
        encoded: bytes | None = None,
    ) -> None:
        """Check one record (``line`` and ``index`` locate it in errors).

        Args:
            record: The record.
            line: Its line in the file.
            index: Its record number in the file.
            encoded: The record as :func:`claimkit.serialization.encode_record` writes
                it, if the caller has it already.

        Raises:
            LoadError: The record contradicts an earlier one of the file.
        """
        if isinstance(record, Document):
            self._lengths[record.id] = len(record.text)
        elif isinstance(record, Actor):
            if encoded is None:
                encoded = serialization.encode_record(record)
            first = self._actors.get(record.id)
            if first is None:
                self._actors[record.id] = encoded
            elif first != encoded:  # the encoding is one-to-one: equal actors, equal bytes
                raise LoadError(
                    f"actor {record.id!r} was given earlier in the file with other values",
                    source=self.source,
                    line=line,
                    record=index,
                )
        elif isinstance(record, Claim):
            length = self._lengths.get(record.document_id)
            if length is None:
                return
            spans = (*record.provenance.spans(), *(cue.span for cue in record.evidence.cues))
            for span in spans:
                if span.end > length:
                    raise LoadError(
                        f"claim {record.id!r}: span {span.start}:{span.end} lies past the end "
                        f"of document {record.document_id!r} ({length} characters)",
                        source=self.source,
                        line=line,
                        record=index,
                    )

    def close(self) -> None:
        """Forget what was seen (and delete what went to disk)."""
        self._lengths.close()
        self._actors.close()


def corpus_of(records: Iterable[Record]) -> Corpus:
    """The documents and claims of a record stream as one corpus (actors come with claims).

    For exporters that need the whole corpus at once (reports, threads).
    """
    documents: list[Document] = []
    claims: list[Claim] = []
    for record in records:
        if isinstance(record, Document):
            documents.append(record)
        elif isinstance(record, Claim):
            claims.append(record)
    return Corpus.build(documents, claims)
