"""Extraction in worker processes, with the same output as one process.

:func:`extract_claims` runs an extractor's per-document ``extract`` over many documents
in a :class:`~concurrent.futures.ProcessPoolExecutor`, in chunks, and returns the claims
in document order, exactly as a loop in one process would; the cross-document ``link``
pass stays in the calling process (see :func:`claimkit.extract`).
:func:`iter_extract` does the same over a stream of documents of any length, with a
bounded number of chunks in flight.

How workers get the extractor and the documents depends on the process start method:

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
costs a third to a quarter of pickling attrs objects; anything else travels pickled.

Do not fork a process that runs other threads holding locks (fork copies only the
calling thread); pass ``start_method="spawn"`` there.
"""

from __future__ import annotations

import contextlib
import itertools
import math
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

import msgspec

from claimkit.errors import ClaimkitError, ExtractionError, FormatError
from claimkit.model import Claim, Document
from claimkit.registry import Extractor

__all__ = [
    "AUTO_CHARS_PER_WORKER",
    "DEFAULT_CHUNK_SIZE",
    "auto_workers",
    "default_start_method",
    "extract_claims",
    "extract_one",
    "iter_extract",
    "resolve_workers",
    "workers_for",
]

DEFAULT_CHUNK_SIZE = 64
"""The most documents in one task; smaller chunks are used when there are few documents."""

# Set in each worker by _init_worker (a name is looked up on first use).
_worker_extractor: Extractor | str | None = None
_worker_documents: Sequence[Document] | None = None


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


def default_start_method() -> str:
    """``"fork"`` on Linux (fast, sees run-time plugins), ``"spawn"`` elsewhere."""
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


def extract_one(extractor: Extractor, document: Document) -> list[Claim]:
    """Run the extractor's per-document pass on one document, without linking.

    Raises:
        ExtractionError: The extractor failed; the message names it and the document.
    """
    try:
        return list(extractor.extract(document))
    except ClaimkitError:
        raise
    except Exception as error:
        raise ExtractionError(
            f"extractor {extractor.name!r} failed on document {document.id!r}: "
            f"{type(error).__name__}: {error}"
        ) from error


def _lookup(name: str) -> Extractor:
    from claimkit.plugins import get_registry

    try:
        return get_registry().extractor(name)
    except FormatError as error:
        raise ExtractionError(
            f"extractor {name!r} is not available in a worker process started with "
            f"{multiprocessing.get_start_method()!r}: workers see only installed plugins, "
            "not ones registered at run time; install it as an entry point plugin or use "
            f"start_method='fork' ({error})"
        ) from None


def _init_worker(extractor: Extractor | str, documents: Sequence[Document] | None) -> None:
    global _worker_extractor, _worker_documents
    _worker_extractor = extractor
    _worker_documents = documents


def _picklable(error: ClaimkitError) -> ClaimkitError:
    """Errors cross the process boundary as their class and rendered message."""
    return ExtractionError(str(error)) if not isinstance(error, ExtractionError) else error


_Found = list[list[Claim]]
"""The claims of each document of a chunk."""

_ENCODER = msgspec.msgpack.Encoder()
_DECODER = msgspec.msgpack.Decoder(_Found)


def _pack(found: _Found) -> bytes | _Found:
    """A chunk's claims for the trip back to the calling process.

    MessagePack through msgspec costs about a third of pickling attrs objects (whose
    ``__getstate__``/``__setstate__`` run in Python); anything but plain claims, and
    claims msgspec cannot encode (a string holding a lone surrogate), travel pickled.
    """
    if not all(type(claim) is Claim for claims in found for claim in claims):
        return found  # a plugin's subclass (or a bug) keeps its exact type through pickle
    try:
        return _ENCODER.encode(found)
    except (TypeError, ValueError, OverflowError):
        return found


def _unpack(packed: bytes | _Found) -> _Found:
    """The claims :func:`_pack` sent, equal to the ones the worker built.

    msgspec builds the attrs objects without running their validators again: the worker
    built (and so validated) these very values, and the encoding is exact.
    """
    return _DECODER.decode(packed) if isinstance(packed, bytes) else packed


_DOCUMENTS_DECODER = msgspec.msgpack.Decoder(list[Document])


def _pack_documents(documents: Sequence[Document]) -> bytes | Sequence[Document]:
    """A chunk of documents for a worker, as MessagePack like the claims coming back."""
    if not all(type(document) is Document for document in documents):
        return documents
    try:
        return _ENCODER.encode(documents)
    except (TypeError, ValueError, OverflowError):
        return documents


def _run_chunk(documents: bytes | Sequence[Document]) -> bytes | _Found:
    global _worker_extractor
    assert _worker_extractor is not None, "worker not initialised"
    try:
        if isinstance(_worker_extractor, str):
            _worker_extractor = _lookup(_worker_extractor)
        extractor = _worker_extractor
        if isinstance(documents, bytes):
            documents = _DOCUMENTS_DECODER.decode(documents)
        return _pack([extract_one(extractor, document) for document in documents])
    except ClaimkitError as error:
        raise _picklable(error) from None


def _run_range(start: int, end: int) -> bytes | _Found:
    assert _worker_documents is not None, "worker holds no documents"
    return _run_chunk(_worker_documents[start:end])


def _chunk_size(count: int, workers: int, chunk_size: int | None) -> int:
    if chunk_size is not None:
        if chunk_size < 1:
            raise ValueError(f"chunk_size must be >= 1, got {chunk_size}")
        return chunk_size
    # about four chunks per worker, so a slow chunk does not leave the others idle
    return max(1, min(DEFAULT_CHUNK_SIZE, math.ceil(count / (workers * 4))))


_WARM_UP = Document(id="warm-up", text="Officials said on Monday that the report was false.")


def _warm_up(extractor: Extractor) -> None:
    """Run the extractor once here, so forked workers inherit its loaded lexicons and caches."""
    with contextlib.suppress(Exception):  # a failing extractor fails in the workers
        extractor.extract(_WARM_UP)


def _executor(
    extractor: Extractor,
    workers: int,
    start_method: str | None,
    documents: Sequence[Document] | None,
) -> ProcessPoolExecutor:
    method = start_method or default_start_method()
    context = multiprocessing.get_context(method)
    if method == "fork":
        _warm_up(extractor)
    payload: Extractor | str = extractor if method == "fork" else extractor.name
    shared = documents if method == "fork" else None
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(payload, shared),
    )


def _gather(futures: Iterable[Future[bytes | _Found]]) -> Iterator[_Found]:
    try:
        for future in futures:
            yield _unpack(future.result())
    except BrokenProcessPool as error:
        raise ExtractionError(
            f"a worker process died during extraction ({error}); "
            "it may have run out of memory"
        ) from None


def extract_claims(
    documents: Sequence[Document],
    extractor: Extractor,
    *,
    workers: int | None = None,
    chunk_size: int | None = None,
    start_method: str | None = None,
) -> list[Claim]:
    """Run ``extractor.extract`` over documents in worker processes (no linking).

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
    if count == 1 or len(documents) <= size:
        return [c for d in documents for c in extract_one(extractor, d)]
    method = start_method or default_start_method()
    executor = _executor(extractor, min(count, math.ceil(len(documents) / size)), method, documents)
    claims: list[Claim] = []
    try:
        futures: list[Future[bytes | _Found]]
        if method == "fork":
            futures = [
                executor.submit(_run_range, start, min(start + size, len(documents)))
                for start in range(0, len(documents), size)
            ]
        else:
            futures = [
                executor.submit(_run_chunk, _pack_documents(documents[start : start + size]))
                for start in range(0, len(documents), size)
            ]
        for per_document in _gather(futures):
            for found in per_document:
                claims.extend(found)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
    return claims


def iter_extract(
    documents: Iterable[Document],
    extractor: Extractor,
    *,
    workers: int | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    start_method: str | None = None,
) -> Iterator[tuple[Document, list[Claim]]]:
    """Extract from a stream of documents in worker processes, in bounded memory.

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
    executor = _executor(extractor, count, start_method, None)
    pending: deque[tuple[list[Document], Future[bytes | _Found]]] = deque()
    iterator = iter(documents)
    try:
        while True:
            while len(pending) < 2 * count:
                chunk = list(itertools.islice(iterator, chunk_size))
                if not chunk:
                    break
                pending.append((chunk, executor.submit(_run_chunk, _pack_documents(chunk))))
            if not pending:
                return
            chunk, future = pending.popleft()
            for per_document in _gather([future]):
                yield from zip(chunk, per_document, strict=True)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)

