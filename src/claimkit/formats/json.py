"""claimkit's JSON layout: a whole corpus in one file, lossless.

The file is one object::

    {"schema_version": 1, "documents": [...], "actors": [...], "claims": [...]}

Each item is the record as :mod:`claimkit.serialization` writes it.  Loading reads the
whole file into memory; use JSON Lines for streams.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from claimkit import serialization
from claimkit.formats._common import (
    FileChecks,
    check_depth,
    check_unique_keys,
    check_utf8_start,
    json_error,
    read_limited,
)
from claimkit.hookspecs import hookimpl
from claimkit.model import Actor, Claim, Corpus, Document, Record
from claimkit.registry import Exporter, Loader

__all__ = ["dump_json", "load_json"]


def load_json(stream: BinaryIO, source: str) -> Iterator[Record]:
    """Yield the documents, actors and claims of a claimkit JSON file.

    A UTF-8 byte order mark is skipped; UTF-16 and other encodings are refused.

    Raises:
        LoadError: The JSON is malformed, not UTF-8, or not a valid corpus.
        LimitExceededError: The file is too large or nested too deeply
            (:mod:`claimkit.limits`).
        SchemaVersionError: The schema version is missing or unknown.
    """
    from claimkit.errors import LoadError

    data = read_limited(stream, source)
    data = data[check_utf8_start(data[:4], source) :]
    try:
        corpus, exact = serialization.loads_exact(data)
    except LoadError as error:
        raise json_error(error, data, source) from error.__cause__
    except RecursionError:
        raise json_error(LoadError("nested too deeply"), data, source) from None
    sections: tuple[tuple[Record, ...], ...] = (corpus.actors, corpus.claims)
    for section in sections:
        for index, record in enumerate(section):
            check_depth(record, source, index=index)
    if not exact:  # a file claimkit wrote repeats no key; others are looked at
        check_unique_keys(data, source, rewritten=serialization.dumps(corpus))
    checks = FileChecks(source)
    for document in corpus.documents:
        checks.check(document)
    for index, claim in enumerate(corpus.claims):
        checks.check(claim, index=index)
    yield from corpus.records()


def dump_json(records: Iterable[Record], stream: BinaryIO) -> None:
    """Write records as one claimkit JSON object, exactly as given."""
    documents: list[Document] = []
    actors: list[Actor] = []
    claims: list[Claim] = []
    for record in records:
        if isinstance(record, Document):
            documents.append(record)
        elif isinstance(record, Actor):
            actors.append(record)
        elif isinstance(record, Claim):
            claims.append(record)
    stream.write(serialization.dumps(Corpus(documents=documents, actors=actors, claims=claims)))


def sniff_json(head: bytes) -> float:
    """Score leading bytes: a JSON object naming a ``schema_version`` scores highest."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped.startswith(b"{"):
        return 0.0
    first_line = stripped.split(b"\n", 1)[0]
    if b'"type"' in first_line and first_line.rstrip().endswith(b"}"):
        return 0.2  # looks like JSON Lines
    return 0.9 if b'"schema_version"' in stripped else 0.3


@hookimpl
def register_loaders(register: Callable[[Loader], None]) -> None:
    """Register the ``json`` loader."""
    register(
        Loader(
            name="json",
            load=load_json,
            extensions=(".json",),
            sniff=sniff_json,
            description="claimkit JSON: a whole corpus in one object",
        )
    )


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register the ``json`` exporter."""
    register(
        Exporter(
            name="json",
            dump=dump_json,
            extensions=(".json",),
            description="claimkit JSON: a whole corpus in one object, lossless",
        )
    )
