"""Working on corpora larger than memory: streamed extraction and two-pass linking.

Loading and exporting already stream: :func:`claimkit.iter_load` yields records one
at a time from JSON Lines, CSV, and folders of text or brat files (one file at a time),
and :func:`claimkit.dump` writes JSON Lines and CSV as records arrive.  So this keeps
memory flat whatever the size of the input::

    claimkit.dump(claimkit.iter_load("claims-2023.jsonl"), "claims-2023.csv")

(The JSON format is the exception: one JSON object holds the whole corpus, so it is
read and written whole.  Use JSON Lines for large corpora.)

What needs more than one record at a time, and how to bound it:

* **Extraction** of one document needs only that document.  :func:`extract_stream`
  yields each document followed by its claims, in worker processes if asked, and holds
  only the documents in flight.  Actor resolution happens inside one document (actor
  ids are conventions, :func:`claimkit.model.actor_id`, so the same state or person
  gets the same id in every document without any shared state); anonymous actors are
  scoped to their document by design.
* **Linking** (a denial to the allegations it answers, across documents) is the one
  pass that looks across documents.  The built-in linker
  (:func:`claimkit.extract.linking.link`) decides the links of a document's claims
  from that document's claims and the *allegations* of every document, nothing else.
  :func:`link_stream` uses that: a first pass over the stream keeps only the
  allegations (an index: 7% of the claims found in 300 PolNeAR articles, and none of
  the texts), a second pass links the claims in blocks against that index.  Memory is
  O(allegations + block), not O(corpus).  The result equals linking the whole corpus
  at once.  An extractor that offers
  :attr:`~claimkit.registry.Extractor.prepare_link` (the built-in one clusters its
  allegations there, :class:`claimkit.extract.allegations.AllegationIndex`) has its index
  built once and every block linked against it; another extractor's ``link`` re-runs
  over the index for each block, so its time grows with
  ``claims / block_claims * allegations``.
* **Corpus-level views** (:meth:`claimkit.model.Corpus.threads`,
  :meth:`~claimkit.model.Corpus.disputes`, lookups) need a :class:`~claimkit.model.Corpus`
  in memory; build one from the claims you need (for example those of one actor, read
  with :func:`claimkit.iter_load`).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from attrs import frozen

from claimkit.api import PathLike, dump, iter_load
from claimkit.model import Actor, Claim, ClaimKind, Document, Record
from claimkit.parallel import DEFAULT_CHUNK_SIZE, iter_extract
from claimkit.plugins import get_registry
from claimkit.registry import Extractor, LinkFunction

__all__ = [
    "DEFAULT_BLOCK_CLAIMS",
    "STREAMED_FORMATS",
    "extract_stream",
    "extract_to_file",
    "iter_documents",
    "link_part",
    "link_stream",
    "part_linker",
]

DEFAULT_BLOCK_CLAIMS = 20_000
"""Claims linked together in one block by :func:`link_stream`."""

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


def extract_stream(
    documents: Iterable[Document],
    *,
    extractor: str | Extractor | None = None,
    workers: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    start_method: str | None = None,
) -> Iterator[Record]:
    """Extract from a stream of documents: each document, then its claims (not linked).

    Memory holds only the documents in flight (two chunks per worker).  Write the
    output to JSON Lines with :func:`claimkit.dump`, then link it with
    :func:`link_stream`.

    Args:
        documents: Any iterable of documents, such as :func:`iter_documents`.
        extractor: An extractor or its name; the default extractor otherwise.
        workers: Processes to extract in (``0``: one per core).
        chunk_size: Documents per task sent to a worker.
        start_method: The process start method (see :mod:`claimkit.parallel`).

    Yields:
        Each document followed by its claims, in input order.

    Raises:
        ExtractionError: The extractor failed on a document.
    """
    chosen = extractor if isinstance(extractor, Extractor) else get_registry().extractor(extractor)
    for document, claims in iter_extract(
        documents, chosen, workers=workers, chunk_size=chunk_size, start_method=start_method
    ):
        yield document
        yield from claims


def _is_indexed(claim: Claim) -> bool:
    return claim.kind is ClaimKind.ALLEGATION


@frozen
class _AgainstIndex:
    """Links a part of a corpus with a whole-corpus linker, given the part and the index."""

    link: LinkFunction
    index: tuple[Claim, ...]

    def __call__(self, claims: Sequence[Claim]) -> list[Claim]:
        inside = {claim.id for claim in claims}
        others = [claim for claim in self.index if claim.id not in inside]
        return list(self.link([*claims, *others]))[: len(claims)]


def part_linker(
    extractor: Extractor, indexed: Sequence[Claim], *, prepared: bool = True
) -> LinkFunction | None:
    """How to link parts of a corpus with ``extractor``, given the corpus's indexed claims.

    Args:
        extractor: The extractor whose cross-document linking to run.
        indexed: The claims of every document that other documents' claims may link
            to (the allegations, unless a caller chose otherwise).
        prepared: Whether ``indexed`` are the allegations, so that the extractor's
            :attr:`~claimkit.registry.Extractor.prepare_link` may build its index.

    Returns:
        A function linking the claims of whole documents (the result equals
        ``extractor.link`` over the whole corpus, for those claims), or ``None`` when
        the extractor offers no cross-document linking.
    """
    if extractor.link is None:
        return None
    if prepared and extractor.prepare_link is not None:
        return extractor.prepare_link(indexed)
    return _AgainstIndex(extractor.link, tuple(indexed))


def link_part(records: Sequence[Record], linker: LinkFunction | None) -> list[Record]:
    """The records of whole documents, their claims linked by ``linker`` (in place, in order)."""
    claims = [record for record in records if isinstance(record, Claim)]
    if linker is None or not claims:
        return list(records)
    linked = iter(linker(claims))
    return [next(linked) if isinstance(record, Claim) else record for record in records]


def link_stream(
    source: Callable[[], Iterable[Record]],
    *,
    extractor: str | Extractor | None = None,
    block_claims: int = DEFAULT_BLOCK_CLAIMS,
    indexed: Callable[[Claim], bool] | None = None,
) -> Iterator[Record]:
    """Link the claims of a stream too large for memory, in two passes over it.

    The first pass keeps the claims ``indexed`` selects (allegations); the second
    yields every record in its original order, claims linked by the extractor's
    cross-document linking (:func:`part_linker`), which sees each block of claims
    together with the whole index.  This is exact for linkers that, like the built-in
    one, decide a document's links from its own claims and the allegations of all
    documents.

    Args:
        source: Called twice; each call returns the records anew, e.g.
            ``lambda: claimkit.iter_load("claims.jsonl")``.
        extractor: The extractor (or its name) whose ``link`` pass to run; the default
            one otherwise.  Without a ``link`` pass the records pass through.
        block_claims: How many claims to link at a time (documents are not split
            across blocks unless one document alone has more claims).
        indexed: Which claims another document's claims can link to; the
            allegations by default.

    Yields:
        The records of ``source``, in order, with claims linked.

    Raises:
        ValueError: ``block_claims`` is not positive.
    """
    if block_claims < 1:
        raise ValueError(f"block_claims must be >= 1, got {block_claims}")
    chosen = extractor if isinstance(extractor, Extractor) else get_registry().extractor(extractor)
    if chosen.link is None:
        yield from source()
        return
    select = _is_indexed if indexed is None else indexed
    index = [r for r in source() if isinstance(r, Claim) and select(r)]
    linker = part_linker(chosen, index, prepared=indexed is None)
    buffer: list[Record] = []
    claims = 0
    last = ""
    for record in source():
        if (
            isinstance(record, Claim)
            and claims >= block_claims
            and record.document_id != last
        ):
            yield from link_part(buffer, linker)
            buffer, claims = [], 0
        buffer.append(record)
        if isinstance(record, Claim):
            claims += 1
            last = record.document_id
    yield from link_part(buffer, linker)


def _with_actors(records: Iterable[Record]) -> Iterator[Record]:
    """Pass records through, adding each actor that claims mention, once.

    Each actor (with its affiliations) comes before the first record that mentions it,
    so the output holds the actors :meth:`Corpus.build` collects.  Only ids are kept.
    """
    seen: set[str] = set()
    for record in records:
        if isinstance(record, Claim | Actor):
            mentioned = record.actors() if isinstance(record, Claim) else record.affiliations()
            for actor in mentioned:
                if actor.id not in seen:
                    seen.add(actor.id)
                    yield actor
            if isinstance(record, Actor):
                if record.id in seen:
                    continue
                seen.add(record.id)
        yield record


def extract_to_file(
    documents: Iterable[Document],
    path: PathLike,
    format: str | None = None,
    *,
    extractor: str | Extractor | None = None,
    workers: int = 1,
    options: Mapping[str, object] | None = None,
    block_claims: int = DEFAULT_BLOCK_CLAIMS,
) -> int:
    """Extract, link and write claims in memory that does not grow with the corpus.

    The documents are extracted with :func:`extract_stream` into a temporary JSON Lines
    file beside ``path``, which :func:`link_stream` then reads twice; the linked records
    go to ``path`` through :func:`claimkit.dump` (atomic) as they come.  The claims are
    those :func:`claimkit.load` and :func:`claimkit.dump` would write; the records come in
    stream order (each document, the actors its claims first mention, its claims).
    Memory holds the documents in flight, the allegations (the linking index) and the
    ids of the actors written.

    Args:
        documents: The documents, e.g. from :func:`iter_documents`.
        path: The output file, in a format of :data:`STREAMED_FORMATS` (or another
            exporter that writes records as they arrive).
        format: The exporter name; otherwise chosen by the extension of ``path``.
        extractor: The extractor or its name; the default extractor otherwise.
        workers: Processes to extract in (``0``: one per core).
        options: Exporter options (see :func:`claimkit.dump`).
        block_claims: Claims linked at a time (see :func:`link_stream`).

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
