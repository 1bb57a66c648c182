"""claimkit on Dask: bags of articles become bags of claims, written as partitioned JSON Lines.

Install the extra with ``pip install 'claimkit[dask]'``.  A pipeline over a folder of
articles, on the local machine or on a cluster::

    from claimkit.integrations import dask as ckdask

    documents = ckdask.read_documents("news/2023/", files_per_partition=200)
    claims = ckdask.extract(documents)                 # per document, in parallel
    linked = ckdask.link(claims)                       # the cross-document pass
    ckdask.to_jsonl(linked, "claims-2023/")            # part-00000.jsonl, ...

Everything is lazy until :func:`to_jsonl` (or ``.compute()``) runs it.  Bags hold
claimkit's own model objects (documents, actors, claims), so any Dask bag operation
(``filter``, ``map``, ``groupby``, ``to_dataframe`` after ``map(unstructure)``) works
on them.

**Linking is a second pass.**  Extraction is per document and runs anywhere.  Linking a
denial to the allegations it answers needs the allegations of every document:
:func:`link` gathers them (only the allegations: an index, not the corpus) into one
object that Dask sends to every partition, and links each partition's claims against
it, with the same result as linking the whole corpus at once (see
:func:`claimkit.runner.link_stream` for why).  The index must fit in each worker's
memory.

**Running on a cluster.**  Start a ``dask.distributed`` client before computing; the
functions here do not change::

    from dask.distributed import Client
    client = Client("tcp://scheduler:8786")   # or Client() for a local cluster
    ckdask.to_jsonl(ckdask.link(ckdask.extract(documents)), "/shared/claims-2023/")

Every worker needs claimkit, and any plugin whose extractor or loader you use,
*installed* (an entry point plugin): extractors are looked up by name on the workers,
so one registered at run time in the client process does not exist there.  Input and
output paths must be local paths that every worker can read and write (a shared file
system).  Give partitions a few hundred documents: scheduling has a fixed cost (about
0.4 s per ``compute()`` on a two-core machine, more on a cluster), so tiny partitions
are slow.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from claimkit.api import as_document
from claimkit.errors import ClaimkitError
from claimkit.model import Claim, ClaimKind, Document, Record

__all__ = [
    "extract",
    "from_texts",
    "link",
    "read_documents",
    "read_jsonl",
    "to_jsonl",
]

Bag = Any
"""A ``dask.bag.Bag`` (typed loosely: Dask ships no type information for bags)."""


def _import(name: str) -> Any:
    """Import a Dask module (untyped here: Dask is optional and ships no stubs for bags)."""
    try:
        return importlib.import_module(name)
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ClaimkitError(
            "claimkit.integrations.dask needs Dask: pip install 'claimkit[dask]'"
        ) from error


def _bag_module() -> Any:
    return _import("dask.bag")


# ----------------------------------------------------------------------- sources


def _load_documents(paths: Iterable[str], format: str | None) -> list[Document]:
    from claimkit.stream import iter_documents

    return list(iter_documents(list(paths), format))


def read_documents(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    format: str | None = None,
    *,
    files_per_partition: int = 100,
) -> Bag:
    """A bag of the documents in files and folders, partitioned by files.

    The files are listed here (folders expanded as :func:`claimkit.iter_load` does);
    each partition's workers read their own files, so no text passes through the
    client.

    Args:
        paths: A file, a folder, or several.
        format: A loader name for every file (``"brat"``); otherwise per file.
        files_per_partition: Files read by one task.

    Returns:
        A bag of :class:`~claimkit.model.Document`.

    Raises:
        LoadError: A path does not exist.
    """
    from claimkit.api import iter_files
    from claimkit.plugins import get_registry

    if files_per_partition < 1:
        raise ValueError(f"files_per_partition must be >= 1, got {files_per_partition}")
    registry = get_registry()
    files = [str(path) for path, _ in iter_files(paths, registry, format)]
    bag = _bag_module().from_sequence(files, partition_size=files_per_partition)
    return bag.map_partitions(_load_documents, format)


def from_texts(texts: Bag) -> Bag:
    """Turn a bag of article texts into a bag of documents (ids derived from the text).

    Args:
        texts: A bag of strings; documents pass through unchanged.
    """
    return texts.map(as_document)


# -------------------------------------------------------------------- extraction


def _extract_partition(
    items: Iterable[str | Document], extractor: str | None, with_documents: bool
) -> list[Record]:
    from claimkit.plugins import get_registry
    from claimkit.runner import extract_one

    chosen = get_registry().extractor(extractor)
    out: list[Record] = []
    for item in items:
        document = as_document(item)
        if with_documents:
            out.append(document)
        out.extend(extract_one(chosen, document))
    return out


def extract(
    documents: Bag, *, extractor: str | None = None, with_documents: bool = False
) -> Bag:
    """Extract the claims of every document, partition by partition (not linked).

    Args:
        documents: A bag of documents or texts.
        extractor: The extractor's name, looked up on the workers; the default
            extractor otherwise.
        with_documents: Put each document before its claims, so the output holds the
            texts too (as :func:`claimkit.runner.extract_stream` does).

    Returns:
        A bag of claims (and documents), partitioned as ``documents``.
    """
    return documents.map_partitions(_extract_partition, extractor, with_documents)


def _is_allegation(record: Record) -> bool:
    return isinstance(record, Claim) and record.kind is ClaimKind.ALLEGATION


def _concat(parts: Iterable[Iterable[Claim]]) -> list[Claim]:
    return [claim for part in parts for claim in part]


def _prepare_linker(allegations: list[Claim], extractor: str | None) -> Any:
    """The extractor's linker for partitions, its index built once (None: no linking)."""
    from claimkit.plugins import get_registry
    from claimkit.runner import part_linker

    return part_linker(get_registry().extractor(extractor), allegations)


def _link_partition(records: Iterable[Record], linker: Any) -> list[Record]:
    from claimkit.runner import link_part

    return link_part(list(records), linker)


def link(records: Bag, *, extractor: str | None = None) -> Bag:
    """The cross-document linking pass over a bag of claims (and other records).

    The allegations of the whole bag are gathered into one index that every
    partition receives; each partition's claims are then linked against it.  The
    result equals linking all claims at once, in the bag's order.  When the extractor
    offers :attr:`~claimkit.registry.Extractor.prepare_link` (the built-in one does),
    its index is built once, in one task, not once per partition.

    Args:
        records: A bag of claims, possibly with documents and actors (kept as they are).
        extractor: The extractor whose ``link`` pass to run; the default one otherwise.

    Returns:
        A bag of the same records, claims linked, partitioned as ``records``.
    """
    allegations = records.filter(_is_allegation).reduction(list, _concat)
    linker = _import("dask").delayed(_prepare_linker)(allegations, extractor)
    return records.map_partitions(_link_partition, linker)


# ------------------------------------------------------------------------- files


def _write_partition(records: Iterable[Record], path: str) -> str:
    from claimkit.api import dump

    dump(records, path, "jsonl")
    return path


def to_jsonl(records: Bag, folder: str | os.PathLike[str], *, compute: bool = True) -> Any:
    """Write a bag as claimkit JSON Lines, one file per partition.

    Files are ``part-00000.jsonl``, ``part-00001.jsonl``, ... in ``folder`` (created
    if missing); each is a complete claimkit JSON Lines file written atomically, so
    ``claimkit.iter_load(folder)`` or :func:`read_jsonl` reads them back in order.

    Args:
        records: A bag of documents, actors and claims.
        folder: The output folder.
        compute: Write now; otherwise return one ``dask.delayed.Delayed`` per
            file, to compute later (``dask.compute(*writes)``).

    Returns:
        The files written, in partition order (or the delayed writes).
    """
    dask = _import("dask")
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    writes = [
        dask.delayed(_write_partition)(part, str(target / f"part-{number:05}.jsonl"))
        for number, part in enumerate(records.to_delayed())
    ]
    return list(dask.compute(*writes)) if compute else writes


def _read_partition(paths: Iterable[str]) -> Iterator[Record]:
    from claimkit.api import iter_load

    for path in paths:
        yield from iter_load(path, "jsonl")


def read_jsonl(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    files_per_partition: int = 1,
) -> Bag:
    """A bag of the records of claimkit JSON Lines files (such as :func:`to_jsonl` wrote).

    Args:
        paths: Files or folders (every ``.jsonl`` file in a folder, sorted by name).
        files_per_partition: Files read by one task.

    Returns:
        A bag of documents, actors and claims, in file order.
    """
    from claimkit.api import iter_files
    from claimkit.plugins import get_registry

    files = [str(path) for path, _ in iter_files(paths, get_registry(), None)]
    bag = _bag_module().from_sequence(files, partition_size=files_per_partition)
    return bag.map_partitions(_read_partition)
