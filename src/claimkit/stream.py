"""Corpora larger than memory: documents read one at a time, claims written as they come.

Loading and exporting already stream: :func:`claimkit.iter_load` yields records one
at a time from JSON Lines, CSV, and folders of text or brat files (one file at a time),
and :func:`claimkit.dump` writes JSON Lines and CSV as records arrive.  So this keeps
memory flat whatever the size of the input::

    claimkit.dump(claimkit.iter_load("claims-2023.jsonl"), "claims-2023.csv")

(The JSON format is the exception: one JSON object holds the whole corpus, so it is
read and written whole.  Use JSON Lines for large corpora.)

What needs more than one record at a time, and how to bound it:

* **Extraction** of one document needs only that document.
  :func:`claimkit.runner.extract_stream` yields each document followed by its claims,
  in worker processes if asked, and holds only the documents in flight.  Actor
  resolution happens inside one document (actor ids are conventions,
  :func:`claimkit.model.actor_id`, so the same state or person gets the same id in every
  document without any shared state); anonymous actors are scoped to their document by
  design.
* **Linking** (a denial to the allegations it answers, across documents) is the one
  pass that looks across documents.  The built-in linker
  (:func:`claimkit.extract.linking.link`) decides the links of a document's claims
  from that document's claims and the *allegations* of every document, nothing else.
  :func:`claimkit.runner.link_stream` uses that: a first pass over the stream keeps only
  the allegations (an index: 7% of the claims found in 300 PolNeAR articles, and none
  of the texts), a second pass links the claims in blocks against that index.  The
  result equals linking the whole corpus at once.  An extractor that offers
  :attr:`~claimkit.registry.Extractor.prepare_link` has its index built once and every
  block linked against it; the built-in one clusters its allegations there
  (:class:`claimkit.extract.allegations.AllegationIndex`) into compact records kept in a
  temporary database on disk, and blocks are small
  (:data:`claimkit.runner.PREPARED_BLOCK_CLAIMS`), so memory does not grow with the
  corpus.  Another extractor's ``link`` gets the index as claims, in memory
  (O(allegations + block)), and re-runs over it for each block, so its time grows with
  ``claims / block_claims * allegations``.
* **Corpus-level views** (:meth:`claimkit.model.Corpus.threads`,
  :meth:`~claimkit.model.Corpus.disputes`, lookups) need a :class:`~claimkit.model.Corpus`
  in memory; build one from the claims you need (for example those of one actor, read
  with :func:`claimkit.iter_load`).

This module holds the file ends of that: :func:`iter_documents` reads documents from
files, :func:`extract_to_file` extracts, links and writes a file in bounded memory.
Running the extractor is :mod:`claimkit.runner`'s; its ``extract_stream``,
``link_stream`` and ``DEFAULT_BLOCK_CLAIMS`` can also be imported from here.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from claimkit.api import PathLike, dump, iter_load
from claimkit.model import Actor, Claim, Document, Record
from claimkit.plugins import get_registry
from claimkit.registry import Extractor
from claimkit.runner import DEFAULT_BLOCK_CLAIMS, extract_stream, link_stream
from claimkit.seen_ids import SeenIds

__all__ = [
    "DEFAULT_BLOCK_CLAIMS",
    "STREAMED_FORMATS",
    "extract_stream",
    "extract_to_file",
    "iter_documents",
    "link_stream",
]

STREAMED_FORMATS = frozenset({"jsonl", "csv"})
"""The built-in exporters that write records as they arrive (JSON Lines and CSV)."""


def iter_documents(
    paths: PathLike | Iterable[PathLike], format: str | None = None
) -> Iterator[Document]:
    """Yield the documents of files and folders one at a time (claims and actors skipped).

    Args:
        paths: Files or folders (text articles, brat folders, JSON Lines, ...).
        format: A loader name for every file; otherwise chosen per file.

    Raises:
        LoadError: A file is missing or invalid.
    """
    for record in iter_load(paths, format):
        if isinstance(record, Document):
            yield record


def _with_actors(records: Iterable[Record]) -> Iterator[Record]:
    """Pass records through, adding each actor that claims mention, once.

    Each actor (with its affiliations) comes before the first record that mentions it,
    so the output holds the actors :meth:`Corpus.build` collects.  Only ids are kept, the
    latest in memory and the others on disk (:class:`~claimkit.seen_ids.SeenIds`).
    """
    seen: SeenIds[str] = SeenIds()
    try:
        for record in records:
            if isinstance(record, Claim | Actor):
                mentioned = (
                    record.actors() if isinstance(record, Claim) else record.affiliations()
                )
                for actor in mentioned:
                    if seen.add(actor.id):
                        yield actor
                if isinstance(record, Actor) and not seen.add(record.id):
                    continue
            yield record
    finally:
        seen.close()


def extract_to_file(
    documents: Iterable[Document],
    path: PathLike,
    format: str | None = None,
    *,
    extractor: str | Extractor | None = None,
    workers: int = 1,
    options: Mapping[str, object] | None = None,
    block_claims: int | None = None,
) -> int:
    """Extract, link and write claims in memory that does not grow with the corpus.

    The documents are extracted with :func:`claimkit.runner.extract_stream` into a
    temporary JSON Lines file beside ``path``, which :func:`claimkit.runner.link_stream`
    then reads twice; the linked records go to ``path`` through :func:`claimkit.dump`
    (atomic) as they come.  The claims are
    those :func:`claimkit.load` and :func:`claimkit.dump` would write; the records come in
    stream order (each document, the actors its claims first mention, its claims).
    Memory holds the documents in flight, one block of claims being linked, the part of
    the built-in extractor's on-disk allegation index that SQLite caches (at most
    :data:`claimkit.extract.allegation_disk.DISK_CACHE_MB`) and the latest ids of the
    documents read and the actors written (older ones are on disk,
    :class:`~claimkit.seen_ids.SeenIds`).

    Args:
        documents: The documents, e.g. from :func:`iter_documents`.
        path: The output file, in a format of :data:`STREAMED_FORMATS` (or another
            exporter that writes records as they arrive).
        format: The exporter name; otherwise chosen by the extension of ``path``.
        extractor: The extractor or its name; the default extractor otherwise.
        workers: Processes to extract in (``0``: one per core).
        options: Exporter options (see :func:`claimkit.dump`).
        block_claims: Claims linked at a time (see :func:`claimkit.runner.link_stream`).

    Returns:
        The number of claims written.
    """
    target = Path(path)
    get_registry().choose_exporter(target, format)  # an unknown format fails before any work
    chosen = extractor if isinstance(extractor, Extractor) else get_registry().extractor(extractor)
    folder = target.parent if str(target.parent) else Path(".")
    handle, staged = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".unlinked", dir=folder)
    os.close(handle)
    try:
        dump(extract_stream(documents, extractor=chosen, workers=workers), staged, "jsonl")
        claims = 0

        def counted(records: Iterable[Record]) -> Iterator[Record]:
            nonlocal claims
            for record in records:
                if isinstance(record, Claim):
                    claims += 1
                yield record

        linked = link_stream(
            lambda: iter_load(staged, "jsonl"), extractor=chosen, block_claims=block_claims
        )
        dump(_with_actors(counted(linked)), target, format, options=options)
        return claims
    finally:
        with contextlib.suppress(OSError):
            os.unlink(staged)
