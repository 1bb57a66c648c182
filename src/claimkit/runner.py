"""Running an extractor over documents: the one place that does it, in every way.

Every way of extracting goes through here, and all give the same claims:

* **In this process**: :func:`extract_documents` runs the extractor's per-document pass
  on each document (:func:`extract_one`), then its cross-document linking pass on all
  claims.  :func:`claimkit.extract` and :func:`claimkit.load` call it.
* **In worker processes**: the same with ``workers`` other than 1; the per-document pass
  runs in a :class:`~concurrent.futures.ProcessPoolExecutor`, in chunks
  (:func:`extract_claims`), and linking stays in this process.  :func:`auto_workers`
  says how many processes pay for themselves.
* **Streamed**: :func:`extract_stream` (over :func:`iter_extract`) yields each document
  followed by its claims, in this process or in workers, holding only the documents in
  flight; :func:`link_stream` then links a stream of records in two passes over it,
  in blocks.  :func:`claimkit.stream.extract_to_file` chains the two through a file, and
  :mod:`claimkit.integrations.dask` links Dask partitions the same way.

**What linking an extractor offers** is said by the extractor itself
(:class:`~claimkit.registry.Extractor`): no ``link`` means its claims are never linked
across documents, whichever way it runs.  A ``link`` pass sees all claims at once in
this process; run in parts (streamed blocks, Dask partitions), it sees each part's claims
with the *allegations* of every document, which equals linking the whole corpus for a
linker that, like the built-in one, decides a document's links from its own claims and
every allegation.  ``prepare_link``, when the extractor offers it, builds that linker for
parts once from the allegations (:func:`part_linker`), instead of rerunning ``link``
over the index for each part.

**How workers get the extractor and the documents** depends on the process start method:

* ``"fork"`` (the default on Linux): workers are copies of the calling process, so they
  see every plugin registered at run time (:func:`claimkit.plugins.register_plugin`,
  :func:`~claimkit.plugins.plugin_registered`) and even an extractor that was never
  registered.  :func:`extract_claims` hands them the document list by inheritance and
  sends only index ranges, so no text is copied.
* ``"spawn"`` and ``"forkserver"`` (the default elsewhere, as fork is unsafe on macOS
  and missing on Windows): workers start a fresh interpreter, import claimkit and look
  the extractor up *by name* among the installed plugins (entry points and claimkit's
  own).  An extractor registered at run time in the parent does not exist there, and
  :class:`~claimkit.errors.ExtractionError` says so; install it as an entry point
  plugin instead.  Documents are sent to workers in chunks.

Documents going to workers and claims coming back travel as MessagePack (msgspec), which
costs a third to a quarter of pickling attrs objects; anything else travels pickled.  Do
not fork a process that runs other threads holding locks (fork copies only the calling
thread); pass ``start_method="spawn"`` there.
"""

from __future__ import annotations

import contextlib
import gc
import math
import os
from collections.abc import Callable, Iterable, Iterator, Sequence

from attrs import frozen

from claimkit._workers import default_start_method, extract_one, pool_claims, pool_stream
from claimkit.model import Claim, ClaimKind, Document, Record
from claimkit.plugins import get_registry
from claimkit.registry import Extractor, LinkFunction

__all__ = [
    "AUTO_CHARS_PER_WORKER",
    "DEFAULT_BLOCK_CLAIMS",
    "DEFAULT_CHUNK_SIZE",
    "PREPARED_BLOCK_CLAIMS",
    "auto_workers",
    "default_start_method",
    "extract_claims",
    "extract_documents",
    "extract_one",
    "extract_stream",
    "iter_extract",
    "link_part",
    "link_stream",
    "part_linker",
    "resolve_workers",
    "workers_for",
]

DEFAULT_CHUNK_SIZE = 64
"""The most documents in one task; smaller chunks are used when there are few documents."""


def resolve_workers(workers: int | None) -> int:
    """The number of processes to use: ``None`` or ``0`` mean one per available core.

    Raises:
        ValueError: ``workers`` is negative.
    """
    if workers is None or workers == 0:
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # pragma: no cover - not on Linux
            return max(1, os.cpu_count() or 1)
    if workers < 0:
        raise ValueError(f"workers must be >= 0, got {workers}")
    return workers


AUTO_CHARS_PER_WORKER = 256_000
"""How much text (characters) :func:`auto_workers` gives each process at least.

Starting a pool, warming up the extractor and shipping claims back cost tens of
milliseconds; the rules extractor reads about 0.45 MB of text per CPU-second, so a
quarter of a megabyte (about half a second of work) per process keeps that overhead
under a tenth of the run.  See ``benchmarks/jobs.py``.
"""


def auto_workers(documents: Sequence[Document], cores: int | None = None) -> int:
    """How many processes to extract ``documents`` in: as many as pay for themselves.

    One process per :data:`AUTO_CHARS_PER_WORKER` characters of text, at most one per
    core; 1 (no pool at all) for less text than two processes' worth, so the default
    is never slower than one process on small inputs.

    Args:
        documents: The documents to extract.
        cores: The cores to use at most (default: the available cores).
    """
    return workers_for(sum(len(document.text) for document in documents), cores)


def workers_for(size: int, cores: int | None = None) -> int:
    """:func:`auto_workers` for ``size`` characters (or bytes) of text not yet read.

    Args:
        size: How much text there is (file sizes serve when streaming).
        cores: The cores to use at most (default: the available cores).
    """
    limit = resolve_workers(0) if cores is None else cores
    return max(1, min(limit, size // AUTO_CHARS_PER_WORKER))


DEFAULT_BLOCK_CLAIMS = 20_000
"""Claims linked together in one block by :func:`link_stream` with an extractor's ``link``
(which re-runs over all the indexed claims for each block)."""

PREPARED_BLOCK_CLAIMS = 2_000
"""Claims linked together in one block by :func:`link_stream` with a linker the extractor
prepared (:attr:`~claimkit.registry.Extractor.prepare_link`): its index is built once, so a
small block costs no more, and the block is all the linking pass holds of the claims."""


def _chosen(extractor: str | Extractor | None) -> Extractor:
    """The extractor itself, or the registered one of that name (the default for None)."""
    return extractor if isinstance(extractor, Extractor) else get_registry().extractor(extractor)


def _chunk_size(count: int, workers: int, chunk_size: int | None) -> int:
    if chunk_size is not None:
        if chunk_size < 1:
            raise ValueError(f"chunk_size must be >= 1, got {chunk_size}")
        return chunk_size
    # about four chunks per worker, so a slow chunk does not leave the others idle
    return max(1, min(DEFAULT_CHUNK_SIZE, math.ceil(count / (workers * 4))))


# ------------------------------------------------------- the per-document pass


def extract_claims(
    documents: Sequence[Document],
    extractor: Extractor,
    *,
    workers: int | None = None,
    chunk_size: int | None = None,
    start_method: str | None = None,
) -> list[Claim]:
    """Run ``extractor.extract`` over documents, here or in worker processes (no linking).

    Args:
        documents: The documents.
        extractor: The extractor; under ``spawn`` it must be an installed plugin's.
        workers: Processes to use; ``None`` or ``0``: one per core; ``1``: no processes.
        chunk_size: Documents per task (default: about four tasks per worker, at most
            :data:`DEFAULT_CHUNK_SIZE`).
        start_method: ``"fork"``, ``"spawn"`` or ``"forkserver"``; see the module docs.

    Returns:
        The claims of every document, in document order: the same list as a loop
        calling ``extractor.extract`` in this process.

    Raises:
        ExtractionError: The extractor failed on a document, or a worker died.
    """
    count = resolve_workers(workers)
    documents = list(documents) if not isinstance(documents, list | tuple) else documents
    size = _chunk_size(len(documents), count, chunk_size)
    with _older_objects_frozen():
        if count == 1 or len(documents) <= size:
            return [claim for document in documents for claim in extract_one(extractor, document)]
        processes = min(count, math.ceil(len(documents) / size))
        return pool_claims(
            documents, extractor, workers=processes, chunk_size=size, start_method=start_method
        )


def iter_extract(
    documents: Iterable[Document],
    extractor: Extractor,
    *,
    workers: int | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    start_method: str | None = None,
) -> Iterator[tuple[Document, list[Claim]]]:
    """Extract from a stream of documents, here or in worker processes, in bounded memory.

    Documents are read from ``documents`` only as workers need them: at most two chunks
    per worker are in flight, so memory does not grow with the length of the stream.

    Args:
        documents: Any iterable of documents (a generator over files works).
        extractor: The extractor; under ``spawn`` it must be an installed plugin's.
        workers: Processes to use; ``None`` or ``0``: one per core; ``1``: no processes.
        chunk_size: Documents per task.
        start_method: ``"fork"``, ``"spawn"`` or ``"forkserver"``; see the module docs.

    Yields:
        Each document with its claims (not linked across documents), in input order.

    Raises:
        ExtractionError: The extractor failed on a document, or a worker died.
    """
    count = resolve_workers(workers)
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be >= 1, got {chunk_size}")
    if count == 1:
        for document in documents:
            yield document, extract_one(extractor, document)
        return
    yield from pool_stream(
        documents, extractor, workers=count, chunk_size=chunk_size, start_method=start_method
    )


# ------------------------------------------------------------ whole runs


def extract_documents(
    documents: Sequence[Document], extractor: Extractor, workers: int | None = 1
) -> list[Claim]:
    """Run one extractor over documents, then its cross-document linking pass, if any.

    Args:
        documents: The documents.
        extractor: The extractor.
        workers: Processes for the per-document pass (see :func:`extract_claims`);
            ``None``: as many as the text pays for (:func:`auto_workers`).  Linking
            always runs here.

    Returns:
        The claims of every document, in document order, linked.

    Raises:
        ExtractionError: The extractor failed on a document, or a worker died.
    """
    if workers is None:
        workers = auto_workers(documents)
    with _older_objects_frozen():
        claims = extract_claims(documents, extractor, workers=workers)
        if extractor.link is not None:
            claims = list(extractor.link(claims))
    return claims


@contextlib.contextmanager
def _older_objects_frozen() -> Iterator[None]:
    """Keep the objects that exist on entry out of the garbage collector's passes until exit.

    A run's collections then traverse only what the run made (its claims, mostly), not
    the documents, lexicons and everything else the process held before: over the
    PolNeAR train texts the collector's time falls from about 0.28 s to 0.13 s.  The
    objects are handed back to the collector on exit, in its oldest generation
    (:func:`gc.unfreeze`).  A caller that froze objects itself (:func:`gc.freeze`) keeps
    its freeze: nothing is frozen or unfrozen then.

    A run nested in another (:func:`extract_documents` calls :func:`extract_claims`) finds
    the objects frozen by the outer run from a counter, without asking the collector:
    :func:`gc.get_freeze_count` walks every frozen object, which cost a quarter of the time
    of ``claimkit.extract`` called once per text.
    """
    global _runs_frozen
    if _runs_frozen or gc.get_freeze_count():
        yield
        return
    gc.freeze()
    _runs_frozen += 1
    try:
        yield
    finally:
        _runs_frozen -= 1
        gc.unfreeze()


_runs_frozen = 0
"""How many runs of this process are inside a freeze of their own (see
:func:`_older_objects_frozen`); a run that finds one does not freeze again."""


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
        documents: Any iterable of documents, such as
            :func:`claimkit.stream.iter_documents`.
        extractor: An extractor or its name; the default extractor otherwise.
        workers: Processes to extract in (``0``: one per core).
        chunk_size: Documents per task sent to a worker.
        start_method: The process start method (see the module docs).

    Yields:
        Each document followed by its claims, in input order.

    Raises:
        ExtractionError: The extractor failed on a document.
    """
    chosen = _chosen(extractor)
    for document, claims in iter_extract(
        documents, chosen, workers=workers, chunk_size=chunk_size, start_method=start_method
    ):
        yield document
        yield from claims


# ------------------------------------------------------------- linking in parts


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
    extractor: Extractor, indexed: Iterable[Claim], *, prepared: bool = True
) -> LinkFunction | None:
    """How to link parts of a corpus with ``extractor``, given the corpus's indexed claims.

    Args:
        extractor: The extractor whose cross-document linking to run.
        indexed: The claims of every document that other documents' claims may link
            to (the allegations, unless a caller chose otherwise), read once: a
            generator will do, and ``prepare_link`` may keep only what it needs of them.
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
    block_claims: int | None = None,
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
            across blocks unless one document alone has more claims); by default
            :data:`~claimkit.runner.PREPARED_BLOCK_CLAIMS` with a prepared linker (the
            built-in extractor's), else :data:`~claimkit.runner.DEFAULT_BLOCK_CLAIMS`.
        indexed: Which claims another document's claims can link to; the
            allegations by default.

    Yields:
        The records of ``source``, in order, with claims linked.

    Raises:
        ValueError: ``block_claims`` is not positive.
    """
    if block_claims is not None and block_claims < 1:
        raise ValueError(f"block_claims must be >= 1, got {block_claims}")
    chosen = _chosen(extractor)
    if chosen.link is None:
        yield from source()
        return
    select = _is_indexed if indexed is None else indexed
    # read once: a prepared linker (the built-in one) keeps compact records of the
    # allegations on disk, never the claims, so memory does not grow with the corpus
    linker = part_linker(
        chosen, (r for r in source() if isinstance(r, Claim) and select(r)),
        prepared=indexed is None,
    )
    if block_claims is None:
        prepared = indexed is None and chosen.prepare_link is not None
        block_claims = PREPARED_BLOCK_CLAIMS if prepared else DEFAULT_BLOCK_CLAIMS
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
