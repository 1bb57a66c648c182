"""Worker processes for :mod:`claimkit.runner`: the pool, and what crosses its boundary.

Private: use :func:`claimkit.runner.extract_claims`, :func:`~claimkit.runner.iter_extract`
or :func:`claimkit.extract` with ``workers``; :mod:`claimkit.runner` explains how workers
find the extractor under each start method.  What is here:

* :func:`extract_one`, the per-document pass with its errors named, which every way of
  running an extractor calls (here and in workers, Dask tasks included);
* the pool: :func:`pool_claims` for a list of documents (shared by inheritance under
  ``fork``, so only index ranges travel), :func:`pool_stream` for a stream with a
  bounded number of chunks in flight;
* the trip: documents going to workers and claims coming back travel as MessagePack
  (msgspec), a third to a quarter of the cost of pickling attrs objects; anything else
  travels pickled.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

import msgspec

from claimkit.errors import ClaimkitError, ExtractionError, FormatError
from claimkit.model import Claim, Document
from claimkit.registry import Extractor

__all__ = ["default_start_method", "extract_one", "pool_claims", "pool_stream"]

# Set in each worker by _init_worker (a name is looked up on first use).
_worker_extractor: Extractor | str | None = None
_worker_documents: Sequence[Document] | None = None


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



def pool_claims(
    documents: Sequence[Document],
    extractor: Extractor,
    *,
    workers: int,
    chunk_size: int,
    start_method: str | None,
) -> list[Claim]:
    """Run ``extractor.extract`` over documents in ``workers`` processes, in chunks.

    Returns:
        The claims of every document, in document order.

    Raises:
        ExtractionError: The extractor failed on a document, or a worker died.
    """
    method = start_method or default_start_method()
    executor = _executor(extractor, workers, method, documents)
    claims: list[Claim] = []
    try:
        futures: list[Future[bytes | _Found]]
        if method == "fork":
            futures = [
                executor.submit(_run_range, start, min(start + chunk_size, len(documents)))
                for start in range(0, len(documents), chunk_size)
            ]
        else:
            futures = [
                executor.submit(_run_chunk, _pack_documents(documents[start : start + chunk_size]))
                for start in range(0, len(documents), chunk_size)
            ]
        for per_document in _gather(futures):
            for found in per_document:
                claims.extend(found)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
    return claims


def pool_stream(
    documents: Iterable[Document],
    extractor: Extractor,
    *,
    workers: int,
    chunk_size: int,
    start_method: str | None,
) -> Iterator[tuple[Document, list[Claim]]]:
    """Run ``extractor.extract`` over a stream in ``workers`` processes, two chunks each in flight.

    Yields:
        Each document with its claims, in input order.

    Raises:
        ExtractionError: The extractor failed on a document, or a worker died.
    """
    executor = _executor(extractor, workers, start_method, None)
    pending: deque[tuple[list[Document], Future[bytes | _Found]]] = deque()
    iterator = iter(documents)
    try:
        while True:
            while len(pending) < 2 * workers:
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
