"""A conformance kit: prove that a loader, an exporter or an extractor keeps claimkit's contract.

The contract, check by check:

* **round trip** (:func:`check_round_trip`): where a format has both a loader and an
  exporter, ``loads(dumps(corpus)) == subset(corpus)``, where ``subset`` keeps what the
  format carries (:func:`whole_corpus` for JSON and JSON Lines, :func:`claims_only` for
  CSV, which carries claims and the actors they mention);
* **stable output** (:func:`check_dump_stable`): dumping twice gives identical bytes,
  and so do dumping a list of records and writing a file;
* **clear errors** (:func:`check_rejects`, :func:`check_robust`,
  :func:`check_loader_bad_inputs`, :func:`check_loader_fuzz`, and for formats that read
  several files from disk :func:`check_robust_files` and :func:`check_loader_file_fuzz`):
  bad input (empty, binary, truncated, random or mutated bytes) raises a
  :class:`claimkit.LoadError` that names the source, never another exception;
* **records only** (:func:`check_yields_records`): a loader yields documents, actors
  and claims, nothing else;
* **spans inside text** (:func:`check_spans_inside`): every span of every claim,
  region and evidence cue fits its document's text;
* **extractors** (:func:`check_extractor`, :func:`check_extractor_fuzz`): deterministic,
  never raising on arbitrary text, spans inside the text, unique claim ids, and output
  that survives a JSON round trip unchanged.

Every check goes through the public API (:func:`claimkit.loads`,
:func:`claimkit.dumps`, :func:`claimkit.extract`), exactly as users will call the
plugin; loaders, exporters and extractors are named by their registered names, or
passed as descriptors, which are registered for the duration of the check when they
are not registered already.  A failed check raises :class:`ConformanceError` (an
:class:`AssertionError`, so pytest reports it as a test failure).

For pytest, subclass :class:`LoaderContract`, :class:`ExporterContract` or
:class:`ExtractorContract` in a ``test_*.py`` module and set the class attributes::

    from claimkit.testing import ExporterContract, LoaderContract, claims_only

    class TestTsvLoader(LoaderContract):
        loader = "tsv"
        samples = (Path("tests/data/sample.tsv").read_bytes(),)

    class TestTsvExporter(ExporterContract):
        exporter = "tsv"
        loader = "tsv"
        subset = staticmethod(claims_only)
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from claimkit import api, runner
from claimkit.errors import ClaimkitError, LoaderFailedError, LoadError
from claimkit.hookspecs import hookimpl
from claimkit.model import Actor, Claim, Corpus, Document, Span
from claimkit.plugins import get_registry, plugin_registered
from claimkit.registry import Exporter, Extractor, Loader
from claimkit.testing import strategies

__all__ = [
    "BINARY_SAMPLE",
    "SAMPLE_TEXTS",
    "ConformanceError",
    "ExporterContract",
    "ExtractorContract",
    "LoaderContract",
    "check_dump_stable",
    "check_extractor",
    "check_extractor_across_processes",
    "check_extractor_fuzz",
    "check_linking_in_parts",
    "check_loader_bad_inputs",
    "check_loader_file_fuzz",
    "check_loader_fuzz",
    "check_rejects",
    "check_robust",
    "check_chosen_for_extensions",
    "check_robust_files",
    "check_round_trip",
    "check_round_trip_property",
    "check_spans_inside",
    "check_yields_records",
    "claims_only",
    "mutations",
    "truncations",
    "whole_corpus",
]

T = TypeVar("T")
Subset = Callable[[Corpus], Corpus]
"""Maps a corpus to the part of it that a format carries."""

BINARY_SAMPLE = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
    b"\x1f\xf3\xffa\x00\x00\x00\x04gAMA\x00\x00\xb1\x8f\x0b\xfca\x05\xff\xfe\x00\x01"
)
"""The start of a PNG file: what a binary file handed to a loader looks like."""

SAMPLE_TEXTS: tuple[str, ...] = (
    "Officials in Ankara denied on Monday that the army had shelled the village, "
    "calling the accusation \u201cbaseless propaganda\u201d.",
    "The ministry accused the opposition of forging ballots, but offered no evidence. "
    "Opposition leaders rejected the charge.",
    'Police said the suspect had confessed. "We never coerced anyone," a spokesman said.',
    "According to two people familiar with the matter, the company is negotiating a sale; "
    "the company declined to comment.",
    "",
    "   \n\n  ",
    "\u062a\u0646\u0641\u064a \u0627\u0644\u062d\u0643\u0648\u0645\u0629 "
    "\u0627\u0644\u0627\u062a\u0647\u0627\u0645\u0627\u062a.",
    "=SUM(A1) denied \x00 alleged\r\n\"quoted\" , 'x' said",
)
"""Short texts every extractor must handle: ordinary news sentences, blank text, other
scripts and hostile characters."""


class ConformanceError(AssertionError):
    """A loader, exporter or extractor broke claimkit's contract."""


# ------------------------------------------------------------------------- subsets


def whole_corpus(corpus: Corpus) -> Corpus:
    """The subset of a lossless format: everything."""
    return corpus


def claims_only(corpus: Corpus) -> Corpus:
    """The subset of a claims table (CSV): the claims and the actors they mention."""
    return Corpus.build((), corpus.claims)


# ---------------------------------------------------------------- registration


class _TemporaryPlugin:
    """A plugin object that registers the descriptors it was given."""

    def __init__(self, items: Sequence[Loader | Exporter | Extractor]) -> None:
        self._items = items

    @hookimpl
    def register_loaders(self, register: Callable[[Loader], None]) -> None:
        for item in self._items:
            if isinstance(item, Loader):
                register(item)

    @hookimpl
    def register_exporters(self, register: Callable[[Exporter], None]) -> None:
        for item in self._items:
            if isinstance(item, Exporter):
                register(item)

    @hookimpl
    def register_extractors(self, register: Callable[[Extractor], None]) -> None:
        for item in self._items:
            if isinstance(item, Extractor):
                register(item)


def _is_registered(item: Loader | Exporter | Extractor) -> bool:
    registry = get_registry()
    table: dict[str, Any]
    if isinstance(item, Loader):
        table = registry.loaders
    elif isinstance(item, Exporter):
        table = registry.exporters
    else:
        table = registry.extractors
    return item.name in table


@contextlib.contextmanager
def _using(*items: Loader | Exporter | Extractor | str | None) -> Iterator[None]:
    """Register the descriptors among ``items`` that are not registered yet."""
    missing = [
        item
        for item in items
        if isinstance(item, Loader | Exporter | Extractor) and not _is_registered(item)
    ]
    if not missing:
        yield
        return
    with plugin_registered(_TemporaryPlugin(missing), name=f"conformance-{id(missing)}"):
        yield


def _name(item: Loader | Exporter | Extractor | str) -> str:
    return item if isinstance(item, str) else item.name


def _run(
    check: Callable[[T], None], strategy: SearchStrategy[T], max_examples: int | None
) -> None:
    """Run ``check`` on examples of ``strategy`` under the active hypothesis profile."""
    options: dict[str, Any] = {
        "deadline": None,
        "suppress_health_check": [
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
        ],
    }
    if max_examples is not None:
        options["max_examples"] = max_examples

    @settings(**options)
    @given(strategy)
    def run(value: T) -> None:
        check(value)

    run()


# --------------------------------------------------------------------- formats


def _difference(expected: Corpus, actual: Corpus) -> str:
    for label in ("documents", "actors", "claims"):
        wanted = getattr(expected, label)
        got = getattr(actual, label)
        if len(wanted) != len(got):
            return f"{len(wanted)} {label} written, {len(got)} read back"
        for index, (left, right) in enumerate(zip(wanted, got, strict=True)):
            if left != right:
                return f"{label}[{index}] changed:\n  wrote {left!r}\n  read  {right!r}"
    return "the corpora differ"


def check_round_trip(
    exporter: Exporter | str,
    corpus: Corpus,
    *,
    loader: Loader | str | None = None,
    subset: Subset = whole_corpus,
) -> None:
    """Check that what ``exporter`` writes, ``loader`` reads back unchanged.

    Args:
        exporter: The exporter (or its name).
        corpus: The corpus to write.
        loader: The loader (or its name); by default the one named like the exporter.
        subset: The part of the corpus the format carries.

    Raises:
        ConformanceError: The corpus read back differs from ``subset(corpus)``.
    """
    reader = loader if loader is not None else _name(exporter)
    with _using(exporter, reader):
        data = api.dumps(corpus, _name(exporter))
        try:
            again = api.loads(data, _name(reader), extract=False, source="round-trip")
        except ClaimkitError as error:
            raise ConformanceError(
                f"{_name(reader)!r} could not read what {_name(exporter)!r} wrote: {error}"
            ) from error
    expected = subset(corpus)
    if again != expected:
        raise ConformanceError(
            f"round trip through {_name(exporter)!r} lost data: {_difference(expected, again)}"
        )


def check_round_trip_property(
    exporter: Exporter | str,
    *,
    loader: Loader | str | None = None,
    subset: Subset = whole_corpus,
    corpora: SearchStrategy[Corpus] | None = None,
    max_examples: int | None = None,
) -> None:
    """Run :func:`check_round_trip` on generated (hostile) corpora.

    Args:
        exporter: The exporter (or its name).
        loader: The loader (or its name); by default the one named like the exporter.
        subset: The part of a corpus the format carries.
        corpora: The corpora to try; :func:`claimkit.testing.strategies.corpora` by default.
        max_examples: How many corpora; the active hypothesis profile decides otherwise.
    """
    _run(
        lambda corpus: check_round_trip(exporter, corpus, loader=loader, subset=subset),
        corpora if corpora is not None else strategies.corpora(),
        max_examples,
    )


def check_dump_stable(exporter: Exporter | str, corpus: Corpus) -> bytes:
    """Check that an exporter's output depends only on the records.

    Dumping twice must give identical bytes, and so must dumping a list of the records
    instead of the corpus, and writing to a file with :func:`claimkit.dump` (which must
    leave no temporary file behind).

    Args:
        exporter: The exporter (or its name).
        corpus: The corpus to write.

    Returns:
        The bytes written.

    Raises:
        ConformanceError: Two of the outputs differ.
    """
    name = _name(exporter)
    with _using(exporter):
        first = api.dumps(corpus, name)
        second = api.dumps(corpus, name)
        streamed = api.dumps(list(corpus.records()), name)
        with tempfile.TemporaryDirectory() as folder:
            written = Path(folder) / "out.dat"
            api.dump(corpus, written, name)
            on_disk = written.read_bytes()
            leftovers = sorted(p.name for p in Path(folder).iterdir() if p != written)
    if first != second:
        raise ConformanceError(f"exporter {name!r} wrote different bytes for the same corpus")
    if streamed != first:
        raise ConformanceError(
            f"exporter {name!r} wrote different bytes for a list of records than for a corpus"
        )
    if on_disk != first:
        raise ConformanceError(f"exporter {name!r} wrote different bytes to a file")
    if leftovers:
        raise ConformanceError(f"dumping with {name!r} left files behind: {leftovers}")
    return first


def check_rejects(loader: Loader | str, data: bytes, *, source: str = "bad-input.dat") -> LoadError:
    """Check that ``loader`` refuses ``data`` with a :class:`~claimkit.LoadError` naming ``source``.

    Args:
        loader: The loader (or its name).
        data: Input the loader must refuse.
        source: The name the error must carry.

    Returns:
        The error raised.

    Raises:
        ConformanceError: The loader accepted the data, raised something else, or the
            error does not name the source.
    """
    outcome = _attempt(loader, data, source)
    if not isinstance(outcome, LoadError):
        raise ConformanceError(
            f"loader {_name(loader)!r} accepted bad input {data[:40]!r} instead of "
            "raising LoadError"
        )
    return outcome


def check_robust(
    loader: Loader | str, data: bytes, *, source: str = "fuzz-input.dat"
) -> Corpus | LoadError:
    """Check that ``loader`` either reads ``data`` or refuses it with a clear error.

    Args:
        loader: The loader (or its name).
        data: Any bytes.
        source: The name an error must carry.

    Returns:
        The corpus read, or the :class:`~claimkit.LoadError` raised.

    Raises:
        ConformanceError: The loader raised anything but a ``LoadError`` naming ``source``,
            or it read spans that do not fit their documents.
    """
    outcome = _attempt(loader, data, source)
    if isinstance(outcome, Corpus):
        check_spans_inside(outcome)
    return outcome


def _refuse_crashes(error: LoadError, name: str, what: str) -> None:
    """Fail when ``error`` is claimkit's wrapping of a loader crash.

    claimkit wraps what a plugin's loader raises in :class:`~claimkit.errors.LoaderFailedError`
    so that users see the file and the plugin; the kit still reports exceptions other than
    the usual parsing ones (``ValueError``, ``TypeError``, ``KeyError``, ``UnicodeError``,
    ``OSError``) as the bugs they are.
    """
    cause = error.__cause__
    if isinstance(error, LoaderFailedError) and not isinstance(
        cause, ValueError | TypeError | KeyError | UnicodeError | OSError
    ):
        raise ConformanceError(
            f"loader {name!r} raised {type(cause).__name__} on {what}: {cause}; "
            "bad input must raise claimkit.LoadError"
        ) from error


def _attempt(loader: Loader | str, data: bytes, source: str) -> Corpus | LoadError:
    name = _name(loader)
    with _using(loader):
        try:
            return api.loads(data, name, extract=False, source=source)
        except LoadError as error:
            _refuse_crashes(error, name, repr(data[:40]))
            if error.source != source or source not in str(error):
                raise ConformanceError(
                    f"loader {name!r} raised an error that does not name its source "
                    f"{source!r}: {error}"
                ) from error
            return error
        except ClaimkitError as error:
            raise ConformanceError(
                f"loader {name!r} raised {type(error).__name__} instead of LoadError on "
                f"{data[:40]!r}: {error}"
            ) from error
        except Exception as error:
            raise ConformanceError(
                f"loader {name!r} raised {type(error).__name__} on {data[:40]!r}: {error}; "
                "bad input must raise claimkit.LoadError"
            ) from error


def check_yields_records(loader: Loader | str, data: bytes, *, source: str = "sample.dat") -> None:
    """Check that ``loader`` itself yields only documents, actors and claims from ``data``.

    :func:`claimkit.load` silently skips anything else, so a loader that yields, say,
    dictionaries would lose data without an error; this calls the loader directly.

    Raises:
        ConformanceError: The loader yielded something that is not a record.
    """
    with _using(loader):
        descriptor = get_registry().loader(_name(loader))
        for index, record in enumerate(descriptor.load(io.BytesIO(data), source)):
            if not isinstance(record, Document | Actor | Claim):
                raise ConformanceError(
                    f"loader {descriptor.name!r} yielded a {type(record).__name__} as item "
                    f"{index}; loaders yield Document, Actor and Claim records only"
                )


def truncations(data: bytes, count: int = 8) -> list[bytes]:
    """Prefixes of ``data`` cut at evenly spaced points (never empty, never whole)."""
    if len(data) < 2:
        return []
    points = sorted({max(1, len(data) * i // (count + 1)) for i in range(1, count + 1)})
    return [data[:point] for point in points if point < len(data)]


def mutations(samples: Sequence[bytes]) -> SearchStrategy[bytes]:
    """Bytes made by damaging ``samples``: flipped, deleted, inserted and duplicated bytes.

    Args:
        samples: Valid inputs to start from.

    Returns:
        A strategy of damaged copies, mixed with entirely random bytes.
    """
    random = st.binary(max_size=512)
    if not samples:
        return random

    @st.composite
    def damaged(draw: st.DrawFn) -> bytes:
        data = bytearray(draw(st.sampled_from(list(samples))))
        for _ in range(draw(st.integers(1, 4))):
            if not data:
                break
            position = draw(st.integers(0, len(data) - 1))
            action = draw(st.sampled_from(("flip", "delete", "insert", "cut", "repeat")))
            if action == "flip":
                data[position] = draw(st.integers(0, 255))
            elif action == "delete":
                del data[position : position + draw(st.integers(1, 16))]
            elif action == "insert":
                data[position:position] = draw(
                    st.one_of(
                        st.binary(min_size=1, max_size=8),
                        st.sampled_from([b'"', b",", b"\n", b"\r", b"{", b"]", b"\x00", b"\xff"]),
                    )
                )
            elif action == "cut":
                del data[position:]
            else:
                data[position:position] = data[position : position + 64]
        return bytes(data)

    return st.one_of(damaged(), random)


def check_loader_bad_inputs(
    loader: Loader | str, *, samples: Sequence[bytes] = (), accepts_empty: bool = False
) -> None:
    """Feed ``loader`` the inputs every loader meets sooner or later.

    Empty input (unless ``accepts_empty``) and a binary file must be refused with a
    :class:`~claimkit.LoadError` naming the source; truncated samples, Latin-1 and UTF-16
    text, deeply nested brackets and a long line of junk may be read or refused, but
    only ever with a ``LoadError``.

    Args:
        loader: The loader (or its name).
        samples: Valid inputs of the format, to truncate.
        accepts_empty: The format reads an empty file as an empty corpus.
    """
    if not accepts_empty:
        check_rejects(loader, b"", source="empty.dat")
    check_rejects(loader, BINARY_SAMPLE, source="binary.dat")
    others = [
        "d\u00e9menti, caf\u00e9".encode("latin-1"),
        "\ufeffdenied".encode("utf-16"),
        "denied".encode("utf-16-le"),
        b"[" * 100_000,
        b"{" * 5_000 + b"}" * 5_000,
        b"x" * 200_000,
        b"\r\r\r\n\n\x1a",
        b"\xef\xbb\xbf",
    ]
    for sample in samples:
        others.extend(truncations(sample))
    for index, data in enumerate(others):
        check_robust(loader, data, source=f"bad-input-{index}.dat")


def check_loader_fuzz(
    loader: Loader | str, *, samples: Sequence[bytes] = (), max_examples: int | None = None
) -> None:
    """Feed ``loader`` random bytes and damaged samples; only ``LoadError`` may come out.

    Args:
        loader: The loader (or its name).
        samples: Valid inputs to damage.
        max_examples: How many inputs; the active hypothesis profile decides otherwise.
    """
    def check(data: bytes) -> None:
        check_robust(loader, data)

    _run(check, mutations(samples), max_examples)


def _write_files(folder: Path, files: Mapping[str, bytes]) -> Path:
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return folder / next(iter(files))


def check_chosen_for_extensions(loader: Loader | str, sample: bytes | None = None) -> None:
    """Check that the registry gives files of each extension the loader claims to it.

    Args:
        loader: A registered loader name, or a descriptor (registered for the check).
        sample: A valid file of the format, for the sniffers when several loaders claim
            an extension.

    Raises:
        ConformanceError: The loader claims no extension and has no sniffer (nothing
            would ever choose it), or a file named ``sample<ext>`` goes to another loader
            or to none.
    """
    with _using(loader if isinstance(loader, Loader) else None):
        registry = get_registry()
        descriptor = registry.loader(_name(loader))
        if not descriptor.extensions and descriptor.sniff is None:
            raise ConformanceError(
                f"loader {descriptor.name!r} claims no extension and has no sniffer: "
                "only format= would ever choose it"
            )
        for extension in descriptor.extensions:
            path = f"sample{extension}"
            try:
                chosen = registry.choose_loader(path, None, sample)
            except ClaimkitError as error:
                raise ConformanceError(
                    f"a {extension} file is not given to loader {descriptor.name!r}: {error}"
                ) from None
            if chosen.name != descriptor.name:
                raise ConformanceError(
                    f"a {extension} file is given to loader {chosen.name!r} "
                    f"(plugin {chosen.plugin!r}), not to {descriptor.name!r}: the extension "
                    "is claimed twice; claim only your own extensions, or make your sniffer "
                    "recognise your files"
                )


def check_robust_files(loader: Loader | str, files: Mapping[str, bytes]) -> Corpus | LoadError:
    """Like :func:`check_robust`, for formats that read several files (brat's ``.ann`` + ``.txt``).

    The files are written into a fresh folder and the first one is loaded by path.

    Args:
        loader: The loader (or its name).
        files: File names (relative paths) and their bytes; the first is the one loaded.

    Returns:
        The corpus read, or the :class:`~claimkit.LoadError` raised.

    Raises:
        ConformanceError: The loader raised anything but a ``LoadError`` naming a file of
            the folder, yielded something that is not a record, or read spans that do not
            fit their documents.
    """
    name = _name(loader)
    with tempfile.TemporaryDirectory() as folder, _using(loader):
        path = _write_files(Path(folder), files)
        try:
            corpus = api.load(path, name, extract=False)
        except LoadError as error:
            _refuse_crashes(error, name, path.name)
            if not (error.source or "").startswith(folder):
                raise ConformanceError(
                    f"loader {name!r} raised an error that does not name the file: {error}"
                ) from error
            return error
        except Exception as error:
            raise ConformanceError(
                f"loader {name!r} raised {type(error).__name__} on {path.name}: {error}; "
                "bad input must raise claimkit.LoadError"
            ) from error
        check_spans_inside(corpus)
        descriptor = get_registry().loader(name)
        with path.open("rb") as stream:
            records = (
                descriptor.read_path(path)
                if descriptor.read_path is not None
                else descriptor.load(stream, str(path))
            )
            for record in records:
                if not isinstance(record, Document | Actor | Claim):
                    raise ConformanceError(
                        f"loader {name!r} yielded a {type(record).__name__}; loaders yield "
                        "Document, Actor and Claim records only"
                    )
    return corpus


def check_loader_file_fuzz(
    loader: Loader | str,
    files: Mapping[str, bytes],
    *,
    max_examples: int | None = None,
) -> None:
    """Damage the first of ``files`` (keeping its companions) and load it by path.

    Args:
        loader: The loader (or its name).
        files: A valid sample: file names and their bytes; the first is loaded.
        max_examples: How many inputs; the active hypothesis profile decides otherwise.
    """
    first = next(iter(files))

    def check(data: bytes) -> None:
        check_robust_files(loader, {**files, first: data})

    _run(check, mutations([files[first]]), max_examples)


def check_spans_inside(corpus: Corpus) -> None:
    """Check that every span in the corpus fits the text of its document.

    Checks regions, claim provenance spans and evidence cue spans; claims whose
    document is not in the corpus are skipped.

    Raises:
        ConformanceError: A span runs past the end of its document's text.
    """
    documents = {document.id: document for document in corpus.documents}
    for document in corpus.documents:
        for region in document.regions:
            _fits(region.span, document, f"region {region.kind.value} of {document.id!r}")
    for claim in corpus.claims:
        found = documents.get(claim.document_id)
        if found is None:
            continue
        for span in claim.provenance.spans():
            _fits(span, found, f"claim {claim.id!r}")
        for cue in claim.evidence.cues:
            _fits(cue.span, found, f"evidence cue {cue.text!r} of claim {claim.id!r}")


def _fits(span: Span, document: Document, what: str) -> None:
    if span.end > len(document.text):
        raise ConformanceError(
            f"{what}: span {span.start}:{span.end} lies outside the {len(document.text)} "
            f"characters of document {document.id!r}"
        )


# ------------------------------------------------------------------- extractors


def _extract(extractor: Extractor | str, documents: Sequence[Document]) -> Corpus:
    name = _name(extractor)
    try:
        return api.extract(list(documents), extractor=name)
    except Exception as error:
        raise ConformanceError(
            f"extractor {name!r} raised {type(error).__name__}: {error}"
        ) from error


def _check_extraction(name: str, documents: Sequence[Document], corpus: Corpus) -> None:
    check_spans_inside(corpus)
    wanted = {document.id for document in documents}
    seen: set[str] = set()
    for claim in corpus.claims:
        if claim.document_id not in wanted:
            raise ConformanceError(
                f"extractor {name!r} made claim {claim.id!r} for unknown document "
                f"{claim.document_id!r}"
            )
        if claim.id in seen:
            raise ConformanceError(f"extractor {name!r} made two claims with id {claim.id!r}")
        seen.add(claim.id)
    data = api.dumps(corpus, "json")
    again = api.loads(data, "json", extract=False, source="extracted.json")
    if again != corpus:
        raise ConformanceError(
            f"extractor {name!r} made claims that do not survive a JSON round trip: "
            f"{_difference(corpus, again)}"
        )


def _as_documents(texts: Iterable[str | Document]) -> list[Document]:
    documents: list[Document] = []
    for index, item in enumerate(texts):
        documents.append(
            item if isinstance(item, Document) else Document(id=f"doc-{index}", text=item)
        )
    return documents


def check_extractor(
    extractor: Extractor | str, texts: Iterable[str | Document] = SAMPLE_TEXTS
) -> Corpus:
    """Check an extractor on ``texts``: every document alone, then all together.

    The extractor must not raise, must give the same claims on a second run, keep its
    spans inside the text, give unique claim ids for the documents it was given, and
    produce claims that survive a JSON round trip unchanged.

    Args:
        extractor: The extractor (or its name).
        texts: Texts or documents to read; :data:`SAMPLE_TEXTS` by default.

    Returns:
        The corpus extracted from all the texts together.

    Raises:
        ConformanceError: A check failed.
    """
    name = _name(extractor)
    documents = _as_documents(texts)
    with _using(extractor):
        for document in documents:
            first = _extract(extractor, [document])
            _check_extraction(name, [document], first)
            if _extract(extractor, [document]) != first:
                raise ConformanceError(
                    f"extractor {name!r} gave different output on a second run over "
                    f"document {document.id!r}"
                )
        together = _extract(extractor, documents)
        _check_extraction(name, documents, together)
        if _extract(extractor, documents) != together:
            raise ConformanceError(f"extractor {name!r} is not deterministic over a batch")
    return together


def check_extractor_fuzz(
    extractor: Extractor | str,
    *,
    texts: SearchStrategy[str] | None = None,
    max_examples: int | None = None,
) -> None:
    """Run :func:`check_extractor` on generated hostile text.

    Args:
        extractor: The extractor (or its name).
        texts: The texts to try; by default news-shaped articles
            (:func:`claimkit.testing.strategies.news_texts`), hostile text, and
            :data:`SAMPLE_TEXTS` stitched together with hostile pieces.
        max_examples: How many texts; the active hypothesis profile decides otherwise.
    """
    if texts is None:
        sentences = st.lists(st.sampled_from(SAMPLE_TEXTS), max_size=4).map(" ".join)
        texts = st.one_of(
            strategies.news_texts(),
            strategies.hostile_text(max_size=200),
            st.lists(st.one_of(sentences, strategies.hostile_text(max_size=20)), max_size=5).map(
                "".join
            ),
        )
    _run(lambda text: _fuzz_once(extractor, text), texts, max_examples)


def _fuzz_once(extractor: Extractor | str, text: str) -> None:
    check_extractor(extractor, [text])


_CHILD = """
import sys
import claimkit
texts = sys.stdin.buffer.read().decode("utf-8").split("\\x1e")
documents = [claimkit.Document(id=f"doc-{i}", text=t) for i, t in enumerate(texts)]
sys.stdout.buffer.write(claimkit.dumps(claimkit.extract(documents, extractor=sys.argv[1]), "json"))
"""


def check_linking_in_parts(
    extractor: Extractor | str, texts: Iterable[str | Document] = SAMPLE_TEXTS
) -> None:
    """Check that the extractor's cross-document linking gives the same claims in parts.

    Streamed runs (:func:`claimkit.runner.link_stream`, ``claimkit extract -o x.jsonl``)
    and :func:`claimkit.integrations.dask.link` link a corpus in parts: each part's claims
    with the allegations of every document, through the extractor's ``prepare_link``
    when it offers one.  This links every document as a part of its own and compares the
    claims with those of :func:`claimkit.extract`, which links them all at once.  An
    extractor without a ``link`` pass passes: nothing links its claims.

    Args:
        extractor: The extractor (or its name).
        texts: Texts or documents to read, together; :data:`SAMPLE_TEXTS` by default.

    Raises:
        ConformanceError: The claims linked in parts differ from those linked at once.
    """
    name = _name(extractor)
    documents = _as_documents(texts)
    with _using(extractor):
        whole = _extract(extractor, documents).claims
        records = list(runner.extract_stream(documents, extractor=name))
        linked = runner.link_stream(lambda: records, extractor=name, block_claims=1)
        parts = tuple(record for record in linked if isinstance(record, Claim))
    if parts != whole:
        for at_once, in_parts in zip(whole, parts, strict=False):
            if at_once != in_parts:
                raise ConformanceError(
                    f"extractor {name!r} links claim {at_once.id!r} differently in parts "
                    f"(responds_to {list(in_parts.responds_to)}) than at once "
                    f"({list(at_once.responds_to)}); its link pass must decide a document's "
                    "links from that document's claims and the allegations of all documents"
                )
        raise ConformanceError(
            f"extractor {name!r} gave {len(parts)} claims linked in parts, {len(whole)} at once"
        )


def check_extractor_across_processes(
    extractor: str, texts: Sequence[str] = SAMPLE_TEXTS, *, hash_seeds: Sequence[int] = (1, 2)
) -> None:
    """Check that an installed extractor gives the same output in fresh processes.

    Each process gets another ``PYTHONHASHSEED``, so output that depends on the order
    of a ``set`` or on ``hash()`` shows up as a difference.  The extractor must be
    installed (built in, or through an entry point), since it is looked up by name in
    the new process.

    Args:
        extractor: The extractor's registered name.
        texts: The texts to extract from (joined by the record separator character,
            so they must not contain it).
        hash_seeds: The hash seeds of the processes to compare.

    Raises:
        ConformanceError: Two processes wrote different claims, or one failed.
    """
    import subprocess
    import sys

    payload = "\x1e".join(texts).encode("utf-8")
    outputs: list[bytes] = []
    for seed in hash_seeds:
        process = subprocess.run(
            [sys.executable, "-c", _CHILD, extractor],
            input=payload,
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            timeout=600,
            check=False,
        )
        if process.returncode != 0:
            raise ConformanceError(
                f"extractor {extractor!r} failed in a fresh process: "
                f"{process.stderr.decode('utf-8', 'replace').strip()[-500:]}"
            )
        outputs.append(process.stdout)
    if len(set(outputs)) > 1:
        raise ConformanceError(
            f"extractor {extractor!r} gave different claims under different hash seeds "
            "(does it iterate over a set, or use hash()?)"
        )


# ---------------------------------------------------------------- pytest classes


def _skip(reason: str) -> None:
    import pytest

    pytest.skip(reason)


class LoaderContract:
    """Conformance tests for a loader; subclass it in a ``test_*.py`` module.

    Attributes:
        loader: The loader's registered name, or a :class:`~claimkit.Loader` descriptor.
        samples: Valid files of the format (bytes): they must load, with spans inside
            their text, and they seed the truncation and mutation tests.
        file_samples: Valid samples that need companion files (brat's ``.ann`` beside its
            ``.txt``): mappings of file names to bytes, the first being the file to load.
            They are written to a temporary folder, loaded by path, and the first file
            is damaged for the bad-input and fuzz tests.
        needs_files: The loader only reads files on disk, so the tests that feed it bytes
            are skipped in favour of ``file_samples``.
        accepts_empty: The format reads an empty file as an empty corpus.
        fuzz_examples: How many fuzzed inputs (``None``: the hypothesis profile's).
    """

    loader: ClassVar[Loader | str]
    samples: ClassVar[Sequence[bytes]] = ()
    file_samples: ClassVar[Sequence[Mapping[str, bytes]]] = ()
    needs_files: ClassVar[bool] = False
    accepts_empty: ClassVar[bool] = False
    fuzz_examples: ClassVar[int | None] = None

    def test_samples_load(self) -> None:
        """Every sample (and multi-file sample) loads, and its spans fit their documents."""
        if not self.samples and not self.file_samples:
            raise ConformanceError(
                f"{type(self).__name__} gives no samples: set samples (bytes) or "
                "file_samples (file names to bytes) to valid files of the format"
            )
        for index, files in enumerate(self.file_samples):
            outcome = check_robust_files(self.loader, files)
            if isinstance(outcome, LoadError):
                raise ConformanceError(f"file sample {index} does not load: {outcome}")
        for index, sample in enumerate(self.samples):
            outcome = check_robust(self.loader, sample, source=f"sample-{index}")
            if isinstance(outcome, LoadError):
                raise ConformanceError(f"sample {index} does not load: {outcome}")
            check_yields_records(self.loader, sample, source=f"sample-{index}")

    def test_bad_inputs(self) -> None:
        """Empty, binary, truncated and wrongly encoded input gives a clear LoadError."""
        if not self.needs_files:
            check_loader_bad_inputs(
                self.loader, samples=self.samples, accepts_empty=self.accepts_empty
            )
        for files in self.file_samples:
            first = next(iter(files))
            bad = [BINARY_SAMPLE] if self.accepts_empty else [b"", BINARY_SAMPLE]
            for data in bad:
                if not isinstance(check_robust_files(self.loader, {**files, first: data}),
                                  LoadError):
                    raise ConformanceError(
                        f"loader {_name(self.loader)!r} accepted bad input {data[:20]!r} "
                        f"as {first}"
                    )
            for data in truncations(files[first]):
                check_robust_files(self.loader, {**files, first: data})

    def test_chosen_for_its_extensions(self) -> None:
        """A file with each extension the loader claims is given to this loader.

        When another loader claims the extension too, the sniffers decide on the first
        sample; this loader must win there (else users need ``format=`` for their own
        files, see :func:`check_chosen_for_extensions`).
        """
        first = self.samples[0] if self.samples else None
        if first is None and self.file_samples:
            first = next(iter(self.file_samples[0].values()))
        with _using(self.loader):
            check_chosen_for_extensions(self.loader, first)

    def test_fuzz(self) -> None:
        """Random and damaged bytes give a corpus or a LoadError naming the source."""
        if not self.needs_files:
            check_loader_fuzz(self.loader, samples=self.samples, max_examples=self.fuzz_examples)
        for files in self.file_samples:
            check_loader_file_fuzz(self.loader, files, max_examples=self.fuzz_examples)

    def test_reads_files(self) -> None:
        """Loading a file by path gives what loading its bytes gives."""
        if not self.samples:
            _skip("no samples given")
        with tempfile.TemporaryDirectory() as folder, _using(self.loader):
            path = Path(folder) / "sample.dat"
            path.write_bytes(self.samples[0])
            from_file = api.load(path, _name(self.loader), extract=False)
            from_bytes = api.loads(self.samples[0], _name(self.loader), extract=False,
                                   source=os.fspath(path))
        if from_file != from_bytes:
            raise ConformanceError("loading a file gave another corpus than loading its bytes")


class ExporterContract:
    """Conformance tests for an exporter; subclass it in a ``test_*.py`` module.

    Attributes:
        exporter: The exporter's registered name, or an :class:`~claimkit.Exporter`.
        loader: The loader that reads the format back, if there is one (round trip).
        subset: What of a corpus the format carries (:func:`whole_corpus`,
            :func:`claims_only`, or your own); wrap functions in ``staticmethod``.
        corpora: The corpora to write (hostile generated ones by default).
        max_examples: How many corpora (``None``: the hypothesis profile's).
    """

    exporter: ClassVar[Exporter | str]
    loader: ClassVar[Loader | str | None] = None
    subset: ClassVar[Subset] = staticmethod(whole_corpus)
    corpora: ClassVar[SearchStrategy[Corpus] | None] = None
    max_examples: ClassVar[int | None] = None

    def _corpora(self) -> SearchStrategy[Corpus]:
        return self.corpora if self.corpora is not None else strategies.corpora()

    def test_round_trip(self) -> None:
        """``load(dump(corpus)) == subset(corpus)`` on generated corpora."""
        if self.loader is None:
            _skip("the format has no loader")
        check_round_trip_property(
            self.exporter,
            loader=self.loader,
            subset=type(self).subset,
            corpora=self._corpora(),
            max_examples=self.max_examples,
        )

    def test_stable_bytes(self) -> None:
        """Dumping twice, from an iterator or to a file, gives identical bytes."""

        def check(corpus: Corpus) -> None:
            check_dump_stable(self.exporter, corpus)

        _run(check, self._corpora(), self.max_examples)

    def test_empty_corpus(self) -> None:
        """An empty corpus can be written (and read back, when there is a loader)."""
        check_dump_stable(self.exporter, Corpus())
        if self.loader is not None:
            check_round_trip(self.exporter, Corpus(), loader=self.loader, subset=type(self).subset)


class ExtractorContract:
    """Conformance tests for an extractor; subclass it in a ``test_*.py`` module.

    Attributes:
        extractor: The extractor's registered name, or an :class:`~claimkit.Extractor`.
        texts: Real texts it should read (news articles); :data:`SAMPLE_TEXTS` are
            always checked too.
        fuzz_examples: How many hostile texts (``None``: the hypothesis profile's).
    """

    extractor: ClassVar[Extractor | str]
    texts: ClassVar[Sequence[str | Document]] = ()
    fuzz_examples: ClassVar[int | None] = None

    def test_sample_texts(self) -> None:
        """The built-in sample texts: no errors, deterministic, spans inside, JSON-safe."""
        check_extractor(self.extractor, SAMPLE_TEXTS)

    def test_texts(self) -> None:
        """The class's own texts, alone and together."""
        if not self.texts:
            _skip("no texts given")
        check_extractor(self.extractor, self.texts)

    def test_never_raises(self) -> None:
        """Arbitrary hostile text never makes the extractor raise."""
        check_extractor_fuzz(self.extractor, max_examples=self.fuzz_examples)

    def test_linking_in_parts(self) -> None:
        """The class's texts (or the samples) linked in parts, as streamed runs do."""
        check_linking_in_parts(self.extractor, [*SAMPLE_TEXTS, *self.texts])

    def test_same_output_in_other_processes(self) -> None:
        """Fresh processes with other hash seeds give byte-identical claims."""
        name = self.extractor
        if not isinstance(name, str):
            _skip("the extractor is not installed under a name a new process can find")
            return
        texts = [t.text if isinstance(t, Document) else t for t in self.texts]
        check_extractor_across_processes(name, [*SAMPLE_TEXTS, *texts])
