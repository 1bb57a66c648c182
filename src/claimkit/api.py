"""The public functions: load, dump and extract, for files, strings and streams."""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

import attrs

from claimkit.errors import (
    ClaimkitError,
    DuplicateTextWarning,
    ExportError,
    InvalidValueError,
    LoaderFailedError,
    LoadError,
    PathLikeTextWarning,
    UnknownFormatError,
    UnsupportedInputError,
)
from claimkit.model import Actor, Claim, Corpus, Document, Record, stable_id
from claimkit.plugins import DEFAULT_PLUGINS, get_registry
from claimkit.registry import SNIFF_BYTES, Loader, Registry
from claimkit.runner import extract_documents
from claimkit.seen_ids import SeenIds
from claimkit.serialization import gc_paused

__all__ = [
    "as_document",
    "dump",
    "dumps",
    "extract",
    "iter_files",
    "iter_load",
    "load",
    "loads",
]

PathLike = str | os.PathLike[str]
Progress = Callable[[Path], None]
Skipped = Callable[[Path, str], None]
"""Called with a file of a folder that is not read, and the reason."""


def iter_files(
    paths: PathLike | Iterable[PathLike],
    registry: Registry,
    format: str | None = None,
    *,
    articles_only: bool = False,
    skipped: Skipped | None = None,
) -> Iterator[tuple[Path, Loader]]:
    """Expand files and folders into (file, loader) pairs, in a deterministic order.

    The folder rule, the same for :func:`claimkit.load`, :func:`claimkit.iter_load` and
    every command:
    a folder contributes, recursively and sorted by path, its non-hidden **article
    files** (those of a raw loader, such as ``.txt``) when it holds any, and otherwise
    every non-hidden file whose extension some loader claims.  So a folder of articles
    with their gold ``.json`` beside them gives the articles, and a folder of JSON
    files gives the JSON.  With ``format``, a folder contributes every non-hidden
    file.  A file named explicitly is always read: by name, extension or content.

    Args:
        paths: Files and folders.
        registry: Where the loaders come from.
        format: A loader name for every file.
        articles_only: Take from folders only article files, even from a folder
            that holds none (``claimkit extract`` reads nothing else).
        skipped: Called with each file of a folder that is not read, and why.

    Raises:
        LoadError: A path does not exist.
        FormatError: A named file matches no loader, or several.
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _folder(path, registry, format, articles_only, skipped)
        elif path.is_file():
            yield path, _choose(path, registry, format)
        else:
            raise LoadError("no such file or directory", source=str(path))


def _folder_files(folder: Path) -> Iterator[Path]:
    for child in _walk(folder):
        relative = child.relative_to(folder).parts
        if child.is_file() and not any(part.startswith(".") for part in relative):
            yield child


def _is_article(path: Path, registry: Registry) -> bool:
    return any(m.raw for m in registry.by_extension(str(path), registry.loaders.values()))


def _folder(
    folder: Path,
    registry: Registry,
    format: str | None,
    articles_only: bool,
    skipped: Skipped | None,
) -> Iterator[tuple[Path, Loader]]:
    """The files of one folder under the folder rule (see :func:`iter_files`)."""
    if format is not None:
        for child in _folder_files(folder):
            yield child, _choose(child, registry, format)
        return
    articles = articles_only or any(_is_article(c, registry) for c in _folder_files(folder))
    for child in _folder_files(folder):
        matches = registry.by_extension(str(child), registry.loaders.values())
        if not matches:
            if skipped is not None:
                skipped(child, "no loader claims its extension")
            continue
        if articles and not any(m.raw for m in matches):
            if skipped is not None:
                skipped(child, "not an article file")
            continue
        yield child, _choose(child, registry, format)


def _walk(folder: Path) -> Iterator[Path]:
    """Everything under ``folder`` in the order of ``sorted(folder.rglob("*"))``, lazily.

    Paths sort part by part, so a depth-first walk that sorts each directory's entries
    gives the same order while holding one directory listing per level, not every path
    of the tree (a million files would otherwise take about 300 MB before the first
    one is read).  A listing is the entries' names only, with the names of the folders
    among them: about 50 bytes a file beside its name (2.9 MB for a folder of 25,200
    files named like ``00_breitbart-2015-11-11-...txt``, where the directory entries
    took 7.8 MB).
    Hidden directories are not entered; symbolic links to directories are listed but
    not followed, as ``rglob`` does.
    """
    names: list[str] = []
    folders: set[str] = set()
    try:
        with os.scandir(folder) as scan:
            for entry in scan:
                names.append(entry.name)
                if entry.is_dir(follow_symlinks=False) and not entry.name.startswith("."):
                    folders.add(entry.name)
    except OSError as error:
        raise LoadError(error.strerror or str(error), source=str(folder)) from None
    names.sort(key=os.path.normcase)
    for name in names:
        child = folder / name
        yield child
        if name in folders:
            yield from _walk(child)


def _choose(path: Path, registry: Registry, format: str | None) -> Loader:
    """The loader of one named file; a file in an export-only format is refused, not sniffed."""
    head: bytes | None = None
    loaders = registry.by_extension(str(path), registry.loaders.values())
    if format is None and not loaders:
        writers = registry.by_extension(str(path), registry.exporters.values())
        if writers:
            raise UnknownFormatError(
                f"{path} is in the {writers[0].name!r} format, which claimkit writes but no "
                "loader reads; pass a format to read it anyway",
                sorted(registry.loaders),
            )
    if format is None and len(loaders) != 1:
        try:
            with path.open("rb") as stream:
                head = stream.read(SNIFF_BYTES)
        except OSError as error:
            raise LoadError(error.strerror or str(error), source=str(path)) from None
    return registry.choose_loader(path, format, head)


def _read(
    loader: Loader, stream: BinaryIO | None, source: str, path: Path | None = None
) -> Iterator[Record]:
    """The records of one input, errors located.

    From its path by the loader's ``read_path`` when it has one and the input is a
    file, else from the stream by ``load``.
    """
    try:
        if path is not None and loader.read_path is not None:
            yield from loader.read_path(path)
        else:
            assert stream is not None
            yield from loader.load(stream, source)
    except ClaimkitError:
        raise
    except RecursionError:
        raise LoadError("input is nested too deeply", source=source) from None
    except MemoryError:
        raise LoadError("input is too large to load into memory", source=source) from None
    except Exception as error:
        builtin = loader.plugin in DEFAULT_PLUGINS
        if builtin and not isinstance(
            error, ValueError | TypeError | KeyError | UnicodeError | OSError
        ):
            raise  # a bug in claimkit: the command line reports it as unexpected
        if builtin:
            raise LoadError(f"{type(error).__name__}: {error}", source=source) from error
        raise LoaderFailedError(
            f"the {loader.name!r} loader of plugin {loader.plugin!r} failed: "
            f"{type(error).__name__}: {error}",
            source=source,
        ) from error


def iter_load(
    paths: PathLike | Iterable[PathLike],
    format: str | None = None,
    *,
    progress: Progress | None = None,
    unique_documents: bool = False,
    articles_only: bool = False,
    skipped: Skipped | None = None,
) -> Iterator[Record]:
    """Yield records from files and folders one at a time, without extraction.

    Args:
        paths: A file, a folder, or several of either.
        format: A loader name; otherwise each file's loader is chosen by extension,
            then content.
        progress: Called with each file's path before it is read.
        unique_documents: Refuse a document id that comes twice, as :func:`load`
            does (only the ids are kept to check this).
        articles_only: From folders, read only article files (see :func:`iter_files`).
        skipped: Called with each file of a folder that is not read, and why.

    Raises:
        LoadError: A file is missing or invalid (the error names it and the line), or
            with ``unique_documents`` a document id comes twice.
        FormatError: No loader, or several, match a file.
    """
    for record, _loader in _iter_with_loaders(
        paths,
        format,
        articles_only=articles_only,
        progress=progress,
        unique_documents=unique_documents,
        unique_claims=False,
        skipped=skipped,
    ):
        yield record


def _iter_with_loaders(
    paths: PathLike | Iterable[PathLike],
    format: str | None,
    *,
    articles_only: bool = False,
    progress: Progress | None = None,
    unique_documents: bool = True,
    unique_claims: bool = True,
    skipped: Skipped | None = None,
) -> Iterator[tuple[Record, Loader]]:
    """Yield each record with the loader that read it (see :func:`iter_load`).

    With ``unique_claims``, a claim id seen before (in any file) is a :class:`LoadError`
    naming the file and record, as :func:`load` needs (the corpus would refuse it later
    without saying where).
    """
    registry = get_registry()
    # each document id with the file it came from: the latest in memory, older on disk,
    # so that a stream of documents keeps only a bounded part of them in memory
    document_sources: SeenIds[str] = SeenIds()
    claim_ids: set[str] = set()
    files = iter_files(paths, registry, format, articles_only=articles_only, skipped=skipped)
    try:
        for path, loader in files:
            if progress is not None:
                progress(path)
            source = str(path)
            try:
                with path.open("rb") as stream:
                    for index, record in enumerate(_read(loader, stream, source, path)):
                        if unique_documents and isinstance(record, Document):
                            _check_new_document(record, document_sources, source, index)
                        elif unique_claims and isinstance(record, Claim):
                            _check_new_claim(record, claim_ids, source, index)
                        yield record, loader
            except OSError as error:
                raise LoadError(error.strerror or str(error), source=source) from None
    finally:
        document_sources.close()


def _check_new_document(
    document: Document, sources: SeenIds[str], source: str, index: int
) -> None:
    """Refuse a document whose id is in ``sources`` (naming both files), else add it."""
    first = sources.get(document.id)
    if first is not None:
        hint = "" if first == source else "; load one of the two"
        raise LoadError(
            f"duplicate document id {document.id!r}: already loaded from {first}{hint}",
            source=source,
            record=index,
        )
    sources[document.id] = source


def _check_new_claim(claim: Claim, seen: set[str], source: str, index: int) -> None:
    """Refuse a claim whose id is in ``seen`` (naming ``source`` and record ``index``)."""
    if claim.id in seen:
        raise LoadError(f"duplicate claim id {claim.id!r}", source=source, record=index)
    seen.add(claim.id)


def _unique_claims(records: Iterable[Record], source: str) -> Iterator[Record]:
    """Pass the records of one stream through, refusing a claim id seen twice."""
    seen: set[str] = set()
    for index, record in enumerate(records):
        if isinstance(record, Claim):
            _check_new_claim(record, seen, source, index)
        yield record


def _assemble(
    records: Iterable[tuple[Record, bool]],
    extract_raw: bool,
    extractor: str | None,
    workers: int | None = 1,
) -> Corpus:
    documents: list[Document] = []
    actors: list[Actor] = []
    claims: list[Claim] = []
    raw_documents: list[Document] = []
    with gc_paused():  # model objects form no cycles: collecting while reading only costs time
        for record, raw in records:
            if isinstance(record, Document):
                documents.append(record)
                if raw:
                    raw_documents.append(record)
            elif isinstance(record, Actor):
                actors.append(record)
            elif isinstance(record, Claim):
                claims.append(record)
    if extract_raw and raw_documents:
        found = extract(raw_documents, extractor=extractor, workers=workers)
        claims.extend(found.claims)
    return Corpus.build(documents, claims, actors)


def load(
    paths: PathLike | Iterable[PathLike],
    format: str | None = None,
    *,
    extract: bool = True,
    extractor: str | None = None,
    progress: Progress | None = None,
    workers: int | None = 1,
    articles_only: bool = False,
    skipped: Skipped | None = None,
) -> Corpus:
    """Load files and folders into one corpus.

    Files whose loader yields bare documents (plain-text articles, feeds) are run
    through the extractor, so ``load("seeds/")`` gives documents *and* claims.

    Args:
        paths: A file, a folder (its articles if it holds any, else every file a
            loader recognises: see :func:`iter_files`), or several.
        format: A loader name for every file; otherwise chosen per file.
        extract: Run the extractor on bare documents.
        extractor: The extractor's name; the default extractor otherwise.
        progress: Called with each file's path before it is read.
        workers: Processes for extraction (see :func:`extract`).
        articles_only: From folders, read only article files, even from a folder
            that holds none (see :func:`iter_files` for the folder rule).
        skipped: Called with each file of a folder that is not read, and why.

    Returns:
        The corpus, its actors collected from the claims.

    Raises:
        LoadError: A file is missing or invalid.
        FormatError: No loader, or several, match a file.
        ExtractionError: The extractor failed.
    """
    tagged = (
        (record, loader.raw)
        for record, loader in _iter_with_loaders(
            paths, format, articles_only=articles_only, progress=progress, skipped=skipped
        )
    )
    return _assemble(tagged, extract, extractor, workers)


def loads(
    data: str | bytes,
    format: str,
    *,
    extract: bool = True,
    extractor: str | None = None,
    source: str = "<string>",
) -> Corpus:
    """Load a corpus from a string or bytes in the named format.

    Args:
        data: The content (str is encoded as UTF-8).
        format: The loader name (``"json"``, ``"jsonl"``, ``"csv"``, ``"text"``, ...).
        extract: Run the extractor on bare documents.
        extractor: The extractor's name.
        source: The name used in error messages.
    """
    if isinstance(data, str):
        # lone surrogates pass through as invalid UTF-8, which the loader reports
        data = data.encode("utf-8", "surrogatepass")
    return load_stream(
        io.BytesIO(data), format, extract=extract, extractor=extractor, source=source
    )


def load_stream(
    stream: BinaryIO,
    format: str,
    *,
    extract: bool = True,
    extractor: str | None = None,
    source: str = "<stream>",
) -> Corpus:
    """Load a corpus from an open binary stream in the named format."""
    loader = get_registry().loader(format)
    records = _unique_claims(_read(loader, stream, source), source)
    return _assemble(((record, loader.raw) for record in records), extract, extractor)


def _records_of(data: Corpus | Iterable[Record]) -> Iterable[Record]:
    return data.records() if isinstance(data, Corpus) else _checked(data)


def _checked(records: Iterable[Record]) -> Iterator[Record]:
    """Pass records through, refusing anything else (exporters would skip it silently)."""
    for index, record in enumerate(records):
        if not isinstance(record, Document | Actor | Claim):
            raise ExportError(
                f"item {index} is a {type(record).__name__}, not a Document, Actor or Claim"
            )
        yield record


def _file_mode(target: Path) -> int:
    """The permissions for a new export: the old file's, or the umask's default."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def dump(
    data: Corpus | Iterable[Record],
    path: PathLike,
    format: str | None = None,
    *,
    options: Mapping[str, object] | None = None,
) -> Path:
    """Write a corpus (or a stream of records) to a file, atomically.

    The output goes to a temporary file beside ``path`` and is moved into place only
    once complete, so a failure or an interruption leaves any previous file untouched
    and no partial file behind.

    Args:
        data: A corpus, or records in the order documents, actors, claims.
        path: The file to write.
        format: An exporter name; otherwise chosen by the extension of ``path``.
        options: Options for the exporter, by name (see
            :attr:`claimkit.registry.Exporter.options`), such as ``{"review": True}``
            for ``schemaorg``.

    Returns:
        The path written.

    Raises:
        FormatError: No exporter, or several, match.
        ExportError: The file could not be written, or an option is unknown.
    """
    target = Path(path)
    exporter = get_registry().choose_exporter(target, format)
    write = exporter.bind(options)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=directory
        )
    except OSError as error:
        raise ExportError(f"{target}: cannot write here: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            write(_records_of(data), stream)
            stream.flush()
            os.fchmod(stream.fileno(), _file_mode(target))
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, ExportError) and str(target) not in str(error):
            raise ExportError(f"{target}: {error}") from error
        if isinstance(error, ClaimkitError | KeyboardInterrupt | SystemExit):
            raise
        if isinstance(error, Exception):
            raise ExportError(f"{target}: {error}") from error
        raise
    return target


def dumps(
    data: Corpus | Iterable[Record],
    format: str,
    *,
    options: Mapping[str, object] | None = None,
) -> bytes:
    """Serialise a corpus (or records) to bytes in the named format.

    Args:
        data: A corpus, or records in the order documents, actors, claims.
        format: The exporter's name.
        options: Options for the exporter, by name (see :func:`dump`).
    """
    buffer = io.BytesIO()
    dump_stream(data, buffer, format, options=options)
    return buffer.getvalue()


def dump_stream(
    data: Corpus | Iterable[Record],
    stream: BinaryIO,
    format: str,
    *,
    options: Mapping[str, object] | None = None,
) -> None:
    """Write a corpus (or records) to an open binary stream in the named format.

    Args:
        data: A corpus, or records in the order documents, actors, claims.
        stream: Where to write.
        format: The exporter's name.
        options: Options for the exporter, by name (see :func:`dump`).

    Raises:
        FormatError: No exporter has that name.
        ExportError: The exporter failed, an option is unknown, or ``data`` holds
            something that is not a record.
    """
    exporter = get_registry().exporter(format)
    write = exporter.bind(options)
    try:
        write(_records_of(data), stream)
    except ClaimkitError:
        raise
    except Exception as error:
        raise ExportError(
            f"exporter {exporter.name!r} failed: {type(error).__name__}: {error}"
        ) from error


def as_document(item: str | Document) -> Document:
    """Pass a document through, or wrap text in one whose id is derived from the text.

    Raises:
        UnsupportedInputError: ``item`` is neither text nor a document.
    """
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(id=stable_id("doc", item), text=item)
    raise _unsupported(item)


_ACCEPTED = (
    "pass text (str), a Document, a file or folder as a pathlib.Path, or an iterable of these"
)


def _unsupported(item: object) -> UnsupportedInputError:
    if isinstance(item, bytes | bytearray | memoryview):
        return UnsupportedInputError(
            f"cannot extract from {type(item).__name__}: {_ACCEPTED}; decode bytes first "
            "(data.decode('utf-8')) or read them with claimkit.loads(data, 'text')"
        )
    return UnsupportedInputError(f"cannot extract from {type(item).__name__}: {_ACCEPTED}")


_PATH_LIMIT = 4096


def _names_a_file(text: str, registry: Registry) -> bool:
    """Whether ``text`` looks like a file name: one short line ending in an article extension.

    See :func:`extract` for the rule.
    """
    if len(text) > _PATH_LIMIT or "\n" in text or text != text.strip():
        return False
    return _is_article(Path(text), registry)


def _documents(
    data: str | os.PathLike[str] | Document | Iterable[str | os.PathLike[str] | Document],
    registry: Registry,
) -> list[Document]:
    """The documents to extract from, under the rules of :func:`extract`."""
    if isinstance(data, str | os.PathLike | Document):
        items: list[object] = [data]
    elif isinstance(data, bytes | bytearray | memoryview) or not isinstance(data, Iterable):
        raise _unsupported(data)
    else:
        items = list(data)
    documents: list[Document] = []
    repeats: dict[str, int] = {}
    for item in items:
        if isinstance(item, str) and _names_a_file(item, registry):
            if Path(item).is_file():
                item = Path(item)
            else:
                warnings.warn(
                    PathLikeTextWarning(
                        f"{item!r} looks like a file name but no such file exists; it is "
                        "extracted as text (pass a pathlib.Path to read a file)"
                    ),
                    stacklevel=4,
                )
        if isinstance(item, os.PathLike):
            documents.extend(load(item, extract=False).documents)
        elif isinstance(item, str):
            document = as_document(item)
            count = repeats.get(document.id, 0) + 1
            repeats[document.id] = count
            if count > 1:
                document = attrs.evolve(document, id=f"{document.id}-{count}")
            documents.append(document)
        elif isinstance(item, Document):
            documents.append(item)
        else:
            raise _unsupported(item)
    repeated = sum(count - 1 for count in repeats.values())
    if repeated:
        warnings.warn(
            DuplicateTextWarning(
                f"{repeated} of the {len(items)} texts repeated an earlier one; each repeat was "
                "kept as a document of its own, its id suffixed -2, -3, ..."
            ),
            stacklevel=3,
        )
    first: dict[str, int] = {}
    for index, document in enumerate(documents):
        seen = first.setdefault(document.id, index)
        if seen != index:
            raise InvalidValueError(
                f"documents {seen} and {index} share the id {document.id!r}; give each "
                "document its own id (identical texts passed as str are kept apart "
                "automatically)"
            )
    return documents


def extract(
    data: str | os.PathLike[str] | Document | Iterable[str | os.PathLike[str] | Document],
    *,
    extractor: str | None = None,
    workers: int | None = 1,
) -> Corpus:
    """Find claims in text.

    What ``data`` may be:

    * **text** (``str``): one article; its document id is derived from the text.
      Identical texts are kept apart: the second and later copies become documents
      of their own, their ids suffixed ``-2``, ``-3``, ... (syndicated news repeats
      articles word for word), and a :class:`~claimkit.errors.DuplicateTextWarning`
      says how many;
    * a **path** (:class:`pathlib.Path` or any ``os.PathLike``): the documents of the
      file or folder (as :func:`load` reads them, folder rule included) are extracted;
    * a ``str`` that **looks like a file name** (one line, no surrounding spaces, ending
      in the extension of an article loader such as ``.txt``): read as that file when
      it exists; otherwise extracted as text with a
      :class:`~claimkit.errors.PathLikeTextWarning`;
    * a :class:`~claimkit.model.Document`, kept as it is (two documents with one id
      are an error);
    * an iterable of any of these.

    Args:
        data: What to extract from (see above).
        extractor: The name of a registered extractor; the default one otherwise.
        workers: Processes to run the per-document pass in: 1 (the default) runs it
            here, 0 uses one per core, ``None`` as many as the text pays for
            (:func:`claimkit.runner.auto_workers`: one process for small inputs).
            The output is the same for any number; see :mod:`claimkit.runner` for
            how workers find the extractor.

    Returns:
        A corpus of the documents, their claims (linked across documents) and actors.

    Raises:
        UnsupportedInputError: ``data`` is something else (bytes, numbers); the
            message says what is accepted.
        InvalidValueError: Two documents share an id.
        LoadError: A path does not exist or cannot be read.
        FormatError: No extractor is registered, or the name is unknown.
        ExtractionError: The extractor failed on a document.
    """
    registry = get_registry()
    chosen = registry.extractor(extractor)
    documents = _documents(data, registry)
    return Corpus.build(documents, extract_documents(documents, chosen, workers))
