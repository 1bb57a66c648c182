"""Format and extractor descriptors, and the one place where a format is chosen.

Plugins describe what they provide with :class:`Loader`, :class:`Exporter` and
:class:`Extractor` records.  :class:`Registry` collects them and chooses among them
deterministically:

1. an explicit format name wins;
2. otherwise the file extension (the longest registered suffix that matches, case
   insensitive); if several loaders claim it, their content sniffers break the tie;
3. otherwise (loaders only) the highest content-sniff score above zero.

No match, a tie, or two plugins registering one name raise errors that list the
candidates.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO, TypeVar

import attrs
from attrs import field, frozen

from claimkit.errors import (
    AmbiguousFormatError,
    DuplicateNameError,
    ExportError,
    LoaderFailedError,
    PluginError,
    UnknownFormatError,
)
from claimkit.model import Claim, Document, Record

__all__ = [
    "ENV_EXTRACTOR",
    "SNIFF_BYTES",
    "ExportFunction",
    "ExportOption",
    "Exporter",
    "Extractor",
    "LinkFunction",
    "PrepareLinkFunction",
    "LoadFunction",
    "Loader",
    "ReadPathFunction",
    "Registry",
]

ENV_EXTRACTOR = "CLAIMKIT_EXTRACTOR"
"""Environment variable naming the extractor to use where none is named (``spacy``)."""

SNIFF_BYTES = 65536
"""How many leading bytes of a file a loader's ``sniff`` function sees."""

LoadFunction = Callable[[BinaryIO, str], Iterator[Record]]
"""``load(stream, source)``: read a binary stream, yield records; ``source`` names it in errors."""

ExportFunction = Callable[[Iterable[Record], BinaryIO], None]
"""``dump(records, stream)``: write records (documents, then actors, then claims).

An exporter that declares :attr:`Exporter.options` is called as
``dump(records, stream, **options)`` with the options the user chose (and only those).
"""

ExtractFunction = Callable[[Document], Sequence[Claim]]
"""``extract(document)``: the claims found in one document, without cross-document links."""

LinkFunction = Callable[[Sequence[Claim]], Sequence[Claim]]
"""``link(claims)``: a second pass over the claims of many documents (for ``responds_to``)."""

PrepareLinkFunction = Callable[[Iterable[Claim]], LinkFunction]
"""``prepare_link(allegations)``: a linker for parts of a corpus, given its allegations.

The function it returns links the claims of some whole documents against the
allegations of every document, with the result :attr:`Extractor.link` gives on the
whole corpus.  It must pickle (Dask sends it to its workers).  ``allegations`` is read
once (a generator when streamed): keep only what the linker needs of them, and memory
need not grow with the corpus.
"""

ReadPathFunction = Callable[[Path], Iterator[Record]]
"""``read_path(path)``: read a file on disk together with the files beside it that it needs."""

SniffFunction = Callable[[bytes], float]
"""``sniff(head)``: how likely, from 0 to 1, the leading bytes are in this format."""

_NAME = re.compile(r"^[a-z][a-z0-9_.-]*$")


def _check_name(_inst: object, _attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not _NAME.match(value):
        raise PluginError(f"invalid name {value!r}: use lowercase letters, digits, '-', '_' or '.'")


_OPTION_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def _check_option_name(_inst: object, _attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not _OPTION_NAME.match(value):
        raise PluginError(
            f"invalid option name {value!r}: use lowercase letters, digits and '_'"
        )


def _normalise_extensions(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        value = (value,)
    result = []
    for ext in value:
        ext = ext.lower()
        result.append(ext if ext.startswith(".") else f".{ext}")
    return tuple(result)


@frozen(kw_only=True)
class Loader:
    """A registered input format.

    Attributes:
        name: The format name users pass as ``format=`` (``"json"``).
        load: Reads a binary stream and yields records.
        extensions: File suffixes it claims, with the dot (``(".json",)``).
        sniff: Scores the first :data:`SNIFF_BYTES` bytes of a file from 0 to 1.
        raw: The loader yields bare documents that still need extraction (plain text,
            feeds); ``claimkit.load`` then runs the extractor on them.
        read_path: For formats whose files need companions on disk (brat's ``.ann``
            needs its ``.txt``): reads a file by its path, finding what it needs beside
            it.  :func:`claimkit.load` calls it instead of ``load`` for files;
            ``load`` still reads streams and strings (:func:`claimkit.loads`), from
            the bytes alone, never looking at the file system.
        description: One line for ``claimkit plugins``.
        plugin: The plugin that registered it (filled in by the registry).
    """

    name: str = field(validator=_check_name)
    load: LoadFunction
    extensions: tuple[str, ...] = field(default=(), converter=_normalise_extensions)
    sniff: SniffFunction | None = None
    raw: bool = False
    description: str = ""
    plugin: str = ""
    read_path: ReadPathFunction | None = None


@frozen(kw_only=True)
class ExportOption:
    """An option an exporter accepts, such as the ``schemaorg`` exporter's ``review``.

    Users pass options as ``claimkit.dump(corpus, path, options={"review": True})`` or
    ``claimkit extract ... -O review=true``; the exporter's ``dump`` function receives
    each one as a keyword argument.  Values from the command line are strings, values
    from Python may be anything: the exporter interprets them
    (``claimkit.formats._common.flag`` reads a yes/no option).

    Attributes:
        name: The option's name, a Python identifier (``"review"``).
        description: One line for the docs and ``claimkit plugins``.
    """

    name: str = field(validator=_check_option_name)
    description: str = ""


def _option_tuple(value: Iterable[ExportOption]) -> tuple[ExportOption, ...]:
    options = tuple(value)
    for option in options:
        if not isinstance(option, ExportOption):
            raise PluginError(f"exporter options must be ExportOption records, got {option!r}")
    return options


@frozen(kw_only=True)
class Exporter:
    """A registered output format.

    Attributes:
        name: The format name users pass as ``format=``.
        dump: Writes records to a binary stream.
        extensions: File suffixes it claims, with the dot.
        description: One line for ``claimkit plugins``.
        options: The options ``dump`` accepts as keyword arguments.
        plugin: The plugin that registered it (filled in by the registry).
    """

    name: str = field(validator=_check_name)
    dump: ExportFunction
    extensions: tuple[str, ...] = field(default=(), converter=_normalise_extensions)
    description: str = ""
    options: tuple[ExportOption, ...] = field(default=(), converter=_option_tuple)
    plugin: str = ""

    def bind(self, options: Mapping[str, object] | None = None) -> ExportFunction:
        """The ``dump`` function with the given options applied.

        Args:
            options: Option names and values; ``None`` or empty gives ``dump`` itself.

        Raises:
            ExportError: An option is not one this exporter declares.
        """
        if not options:
            return self.dump
        known = {option.name for option in self.options}
        for name in options:
            if name not in known:
                accepted = ", ".join(sorted(known)) or "none"
                raise ExportError(
                    f"exporter {self.name!r} has no option {name!r} (options: {accepted})"
                )
        return functools.partial(self.dump, **options)


@frozen(kw_only=True)
class Extractor:
    """A registered extractor.

    Attributes:
        name: The name users pass as ``extractor=``.
        extract: Finds the claims of one document; must be deterministic.
        link: The cross-document linking the extractor offers, if any: a second pass
            over the claims of all documents, adding ``responds_to`` links.  Without
            it, claims are never linked across documents, however they are run.  A
            linker that decides a document's links from that document's claims and
            the *allegations* of all documents (as the built-in one does) can be run
            in parts: :func:`claimkit.runner.link_stream` and
            :func:`claimkit.integrations.dask.link` pass it each part together with
            every allegation.
        prepare_link: Optional, with ``link``: builds once, from the allegations of
            every document, a linker for parts of the corpus (see
            :data:`PrepareLinkFunction`), so that linking in parts does not redo the
            corpus-wide work for each part.  The built-in extractor clusters its
            allegations here.
        description: One line for ``claimkit plugins``.
        priority: Among several extractors, the highest priority is the default.
        plugin: The plugin that registered it (filled in by the registry).
    """

    name: str = field(validator=_check_name)
    extract: ExtractFunction
    link: LinkFunction | None = None
    prepare_link: PrepareLinkFunction | None = field(default=None)
    description: str = ""
    priority: int = 0
    plugin: str = ""

    @prepare_link.validator
    def _check_prepare_link(self, _attribute: object, value: PrepareLinkFunction | None) -> None:
        if value is not None and self.link is None:
            raise PluginError(f"extractor {self.name!r}: prepare_link needs a link pass too")


D = TypeVar("D", Loader, Exporter, Extractor)
F = TypeVar("F", Loader, Exporter)


def _suffix_match(path: str, extensions: Sequence[str]) -> int:
    """Length of the longest of ``extensions`` that ``path`` ends with (0: none)."""
    name = path.lower()
    return max((len(ext) for ext in extensions if name.endswith(ext)), default=0)


def _named(table: dict[str, D], kind: str, name: str) -> D:
    try:
        return table[name]
    except KeyError:
        raise UnknownFormatError(f"no {kind} named {name!r}", sorted(table)) from None


def _sniff(loader: Loader, head: bytes, path: str | Path) -> float:
    """``loader``'s sniff score for ``head``.

    Raises:
        LoaderFailedError: The sniffer failed; the error names the file, the loader and its
            plugin.
    """
    if loader.sniff is None:
        return 0.0
    try:
        return loader.sniff(head)
    except Exception as error:
        raise LoaderFailedError(
            f"the content sniffer of the {loader.name!r} loader of plugin {loader.plugin!r} "
            f"failed: {type(error).__name__}: {error}",
            source=str(path),
        ) from error


@frozen(kw_only=True)
class Registry:
    """The loaders, exporters and extractors that plugins registered, by name."""

    loaders: dict[str, Loader] = field(factory=dict)
    exporters: dict[str, Exporter] = field(factory=dict)
    extractors: dict[str, Extractor] = field(factory=dict)

    def add(self, item: D, plugin: str) -> None:
        """Add a descriptor registered by ``plugin``.

        Raises:
            DuplicateNameError: Another plugin already registered the name.
        """
        table: dict[str, D] = {
            Loader: self.loaders,
            Exporter: self.exporters,
            Extractor: self.extractors,
        }[type(item)]  # type: ignore[assignment]
        kind = type(item).__name__.lower()
        existing = table.get(item.name)
        if existing is not None:
            raise DuplicateNameError(
                f"{kind} {item.name!r} is registered by both {existing.plugin!r} and {plugin!r}"
            )
        table[item.name] = attrs.evolve(item, plugin=plugin)

    # choosing -----------------------------------------------------------------

    def loader(self, name: str) -> Loader:
        """The loader called ``name``.

        Raises:
            UnknownFormatError: No loader has that name.
        """
        return _named(self.loaders, "loader", name)

    def exporter(self, name: str) -> Exporter:
        """The exporter called ``name``.

        Raises:
            UnknownFormatError: No exporter has that name.
        """
        return _named(self.exporters, "exporter", name)

    def extractor(self, name: str | None = None) -> Extractor:
        """The extractor called ``name``, or else the one the environment chooses.

        Without a name, the extractor named by the environment variable
        :data:`ENV_EXTRACTOR` (``CLAIMKIT_EXTRACTOR``) is used when it is set and not
        empty, and otherwise the default one (highest priority).  So every call that
        takes ``extractor=None`` (``claimkit.load``, ``claimkit.extract``, the command
        line) can be pointed at another extractor from outside the program.

        Raises:
            UnknownFormatError: No extractor has that name, or none is registered.
            AmbiguousFormatError: Several extractors share the highest priority.
        """
        if name is not None:
            return _named(self.extractors, "extractor", name)
        chosen = os.environ.get(ENV_EXTRACTOR, "").strip()
        if chosen:
            if chosen not in self.extractors:
                raise UnknownFormatError(
                    f"no extractor named {chosen!r} (set by {ENV_EXTRACTOR})",
                    sorted(self.extractors),
                )
            return self.extractors[chosen]
        if not self.extractors:
            raise UnknownFormatError("no extractor is registered; install or enable one")
        best = max(e.priority for e in self.extractors.values())
        top = sorted(n for n, e in self.extractors.items() if e.priority == best)
        if len(top) > 1:
            raise AmbiguousFormatError("several extractors could be the default", top)
        return self.extractors[top[0]]

    def choose_loader(
        self, path: str | Path, format: str | None = None, head: bytes | None = None
    ) -> Loader:
        """Choose the loader for a file: by name, then extension, then content.

        Args:
            path: The file name (only its suffix is used).
            format: An explicit loader name.
            head: The file's first bytes, for sniffing; without them only names and
                extensions decide.

        Raises:
            UnknownFormatError: Nothing matches.
            AmbiguousFormatError: Several loaders match equally well.
        """
        if format is not None:
            return self.loader(format)
        by_suffix = self.by_extension(str(path), self.loaders.values())
        if len(by_suffix) == 1:
            return by_suffix[0]
        pool = by_suffix or [loader for loader in self.loaders.values() if loader.sniff]
        if head is None:
            if by_suffix:
                raise AmbiguousFormatError(
                    f"several loaders claim the extension of {path}",
                    sorted(x.name for x in by_suffix),
                )
            raise UnknownFormatError(
                f"no loader recognises the extension of {path}", sorted(self.loaders)
            )
        scored = sorted(
            ((_sniff(loader, head, path), loader.name) for loader in pool), reverse=True
        )
        if not scored or scored[0][0] <= 0.0:
            raise UnknownFormatError(f"no loader recognises {path}", sorted(self.loaders))
        top = sorted(name for score, name in scored if score == scored[0][0])
        if len(top) > 1:
            raise AmbiguousFormatError(f"several loaders recognise {path} equally well", top)
        return self.loaders[top[0]]

    def choose_exporter(self, path: str | Path, format: str | None = None) -> Exporter:
        """Choose the exporter for a file: by name, then extension.

        Raises:
            UnknownFormatError: Nothing matches.
            AmbiguousFormatError: Several exporters claim the extension.
        """
        if format is not None:
            return self.exporter(format)
        matches = self.by_extension(str(path), self.exporters.values())
        if not matches:
            raise UnknownFormatError(
                f"no exporter recognises the extension of {path}; pass a format",
                sorted(self.exporters),
            )
        if len(matches) > 1:
            raise AmbiguousFormatError(
                f"several exporters claim the extension of {path}",
                sorted(x.name for x in matches),
            )
        return matches[0]

    @staticmethod
    def by_extension(path: str, items: Iterable[F]) -> list[F]:
        """The items whose extensions match ``path`` best (longest suffix); may be empty."""
        scored = [(_suffix_match(path, item.extensions), item) for item in items]
        best = max((score for score, _ in scored), default=0)
        if best == 0:
            return []
        return [item for score, item in scored if score == best]
