"""brat standoff attribution annotations in (``.ann`` beside or near their ``.txt``).

`brat <https://brat.nlplab.org/standoff.html>`_ keeps a document's text in ``NAME.txt``
and its annotations in ``NAME.ann``, one per line, with character offsets into the
text.  Attribution corpora such as PolNeAR and PARC 3.0 (converted) annotate every
attribution as spans and an event tying them together::

    T1	Source 0 11	North Korea
    T2	Cue 12 18	denies
    T3	Content 19 53	ever providing Russia with weapons
    T4	Attribution 12 18	denies
    E1	Attribution:T4 Content:T3 Cue:T2 Source:T1

Each event (``E`` line) becomes one :class:`~claimkit.model.Claim`:

* its **cue** spans are the event's ``Cue`` spans (every fragment of a discontinuous
  ``Cue 5 9;14 18`` span is a cue span of its own);
* its **claimant** is an actor named after the ``Source`` text (kind
  ``unknown``: brat says nothing about who the source is), and its claimant span
  the Source span; an event without a source (PolNeAR's ``Attribution-no-source``)
  gets an anonymous, unnamed actor scoped to the document;
* its **content** span, and the proposition, come from ``Content`` (and ``Content2``,
  a second content some corpora add); a discontinuous span is stored as the smallest
  span covering all its fragments (a claim's provenance has one content span), which
  for quotations split by "he said" also covers the source and cue between the parts
  (:func:`claimkit.evaluation.attribution_scores` subtracts them again);
* its **kind** is the claim kind named by the event type, when the event type is
  one (``Allegation``, ``Denial``, ...), and ``statement`` otherwise;
* its **span** covers all of its parts.

Span lines of other types (PolNeAR's ``Discard`` for boilerplate and ``Discuss`` for
passages the annotator wanted to discuss), ``#`` annotator notes, and relation,
attribute and normalisation lines (``R``, ``A``/``M``, ``N``, ``*``) are checked but
produce no claims; ``Discard`` and ``Discuss`` spans and the notes are kept in the
document's metadata (``brat_discard``, ``brat_discuss``, ``brat_notes``), and ``Discard``
spans (text the annotators left out as not part of the article: editor's notes,
datelines, credits) become ``boilerplate`` regions, which extractors do not read.

**Where the text is.**  For ``DIR/NAME.ann`` the text is ``DIR/NAME.txt``; failing
that, ``DIR/../text/NAME.txt`` (PolNeAR keeps ``text/`` and ``attributions/``
folders side by side); failing that, when ``NAME`` ends in an annotator suffix
(``NAME_4e07``), the same two places for the name without it.  The text is split into
title, summary and body regions exactly like a plain-text article
(:func:`claimkit.formats.text.parse_article`), so an extractor sees the same document
either way.

**Several annotators.**  Each ``.ann`` file is its own document, with the ``.ann``
file's name as id (``NAME_4e07``) and metadata ``brat_text`` (the text's name,
``NAME``) and ``brat_annotator`` (``4e07``, or empty).  Two annotators of one article
are therefore two documents with the same text: separate gold versions, to be compared
or chosen between (``benchmarks/polnear.py`` uses the first annotator, sorted by name,
unless told otherwise).

**Folders.**  ``claimkit.load("corpus/", format="brat")`` reads every ``.ann`` file
in the folder and pairs it with its text; ``.txt`` files that an ``.ann`` file
annotates are read through it, a ``.txt`` file without annotations becomes a document
without claims (brat's reading of such a file), and other files (brat's ``.conf``
files, metadata tables) are skipped.  Without ``format="brat"`` a folder's ``.txt``
files are read as plain articles by the text loader, and extracted.

**Checks.**  The text of every ``T`` line must equal the document's text at its
offsets (fragments joined by one space, as brat writes them); a ``T`` text that
contains line breaks continues on the following lines of the file, and those lines are
read as its text, not as annotations.  A mismatch, an offset outside the text, a
malformed line, an event naming an unknown span, or a missing text file raise
:class:`~claimkit.errors.LoadError` naming the ``.ann`` file and line.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

import attrs
from attrs import frozen

from claimkit.errors import LoadError
from claimkit.formats._common import decode_text, read_limited
from claimkit.formats.text import parse_article
from claimkit.hookspecs import hookimpl
from claimkit.model import (
    Actor,
    ActorKind,
    Claim,
    ClaimKind,
    Document,
    Provenance,
    Record,
    Region,
    RegionKind,
    Span,
    actor_id,
)
from claimkit.registry import Loader

__all__ = [
    "BratEvent",
    "BratSpan",
    "parse_ann",
    "read_brat",
    "read_brat_path",
    "text_path_for",
]

_T_LINE = re.compile(
    r"^(?P<id>T\d+)\t(?P<type>[^\t ]+) (?P<frags>\d+ \d+(?:;\d+ \d+)*)\t(?P<text>.*)$"
)
_T_START = re.compile(r"^T\d+\t")
_E_LINE = re.compile(r"^(?P<id>E\d+)\t(?P<args>\S+(?: \S+)*)\s*$")
_E_ARG = re.compile(r"^(?P<role>[^:\s]+):(?P<ref>[TE]\d+)$")
_OTHER_LINE = re.compile(r"^(?:R\d+|[AM]\d+|N\d+|\*|#\d*)\t")
_ANNOTATOR = re.compile(r"^(?P<name>.+)_(?P<annotator>[0-9A-Za-z]{1,16})$")

_CUE_ROLES = ("Cue",)
_SOURCE_ROLES = ("Source",)
_CONTENT_ROLES = ("Content", "Content2")
_KEPT_TYPES = ("Discard", "Discuss")
_KINDS = {kind.value: kind for kind in ClaimKind}


@frozen(kw_only=True)
class BratSpan:
    """One ``T`` line: a typed, possibly discontinuous span.

    Attributes:
        id: The annotation id (``T3``).
        type: The span type (``Source``, ``Cue``, ``Content``, ...).
        fragments: The fragments, in file order.
        text: The annotated text, as the file gives it.
        line: The 1-based line of the ``.ann`` file it starts on.
    """

    id: str
    type: str
    fragments: tuple[Span, ...]
    text: str
    line: int

    @property
    def hull(self) -> Span:
        """The smallest span covering every fragment."""
        return Span(
            start=min(f.start for f in self.fragments), end=max(f.end for f in self.fragments)
        )


@frozen(kw_only=True)
class BratEvent:
    """One ``E`` line: an event type, its trigger, and its arguments by role.

    Attributes:
        id: The event id (``E1``).
        type: The event type (``Attribution``, ``Attribution-no-source``, ...).
        trigger: The id of the span that anchors it.
        arguments: ``(role, span id)`` pairs in file order.
        line: The 1-based line of the ``.ann`` file.
    """

    id: str
    type: str
    trigger: str
    arguments: tuple[tuple[str, str], ...]
    line: int


@frozen(kw_only=True)
class ParsedAnn:
    """The contents of one ``.ann`` file."""

    spans: dict[str, BratSpan]
    events: tuple[BratEvent, ...]
    notes: tuple[str, ...]


def _expected(text: str, fragments: tuple[Span, ...]) -> str:
    return " ".join(text[f.start : f.end] for f in fragments)


def parse_ann(ann: str, text: str, source: str) -> ParsedAnn:
    """Parse the lines of a ``.ann`` file and check every span against the text.

    Args:
        ann: The ``.ann`` file's content.
        text: The document text the offsets point into.
        source: The ``.ann`` file's name, for errors.

    Returns:
        The spans by id, the events, and the annotator notes.

    Raises:
        LoadError: A malformed line, a span that does not match the text, a duplicate
            id, or an event that refers to an unknown annotation.
    """
    lines = ann.split("\n")
    spans: dict[str, BratSpan] = {}
    events: list[BratEvent] = []
    notes: list[str] = []
    seen: set[str] = set()
    index = 0
    while index < len(lines):
        number = index + 1
        raw = lines[index]
        line = raw.rstrip("\r")
        index += 1
        if not line.strip():
            continue
        if _T_START.match(line):
            # The raw line: a span's text may itself end in a carriage return.
            match = _T_LINE.match(raw)
            if match is None:
                raise LoadError(
                    "malformed span line; expected 'T<n>\\t<Type> <start> <end>[;<start> <end>]"
                    "\\t<text>'",
                    source=source,
                    line=number,
                )
            fragments = []
            for pair in match["frags"].split(";"):
                start, end = (int(x) for x in pair.split(" "))
                if end < start:
                    raise LoadError(
                        f"{match['id']}: span end {end} is before its start {start}",
                        source=source,
                        line=number,
                    )
                if end > len(text):
                    raise LoadError(
                        f"{match['id']}: span {start}-{end} lies outside the text "
                        f"({len(text)} characters)",
                        source=source,
                        line=number,
                    )
                fragments.append(Span(start=start, end=end))
            expected = _expected(text, tuple(fragments))
            found = match["text"]
            # A text with line breaks goes on over the following physical lines (which
            # keep their carriage returns: the text may have CRLF line ends).
            while True:
                if found.endswith("\r") and found[:-1] == expected:
                    found = expected  # the .ann file's own CRLF line end
                if found == expected or index >= len(lines):
                    break
                if not expected.startswith(found + "\n"):
                    break
                found += "\n" + lines[index]
                index += 1
            if found != expected:
                raise LoadError(
                    f"{match['id']}: annotated text {_short(found)!r} does not match the "
                    f"document text {_short(expected)!r} at {match['frags']}",
                    source=source,
                    line=number,
                )
            _check_unique(match["id"], seen, source, number)
            spans[match["id"]] = BratSpan(
                id=match["id"],
                type=match["type"],
                fragments=tuple(fragments),
                text=found,
                line=number,
            )
        elif line.startswith("E"):
            events.append(_parse_event(line, source, number, seen))
        elif line.startswith("#"):
            parts = line.split("\t")
            if len(parts) < 3:
                raise LoadError(
                    "malformed note line; expected '#<n>\\tAnnotatorNotes <id>\\t<note>'",
                    source=source,
                    line=number,
                )
            target = parts[1].split(" ")[-1]
            notes.append(f"{target}: {' '.join(parts[2:])}")
        elif _OTHER_LINE.match(line):
            continue
        else:
            raise LoadError(
                f"malformed line {_short(line)!r}: not a brat annotation (T, E, R, A, M, N, *, #)",
                source=source,
                line=number,
            )
    for event in events:
        for role, ref in ((event.type, event.trigger), *event.arguments):
            if ref not in spans:
                raise LoadError(
                    f"{event.id}: {role} refers to {ref}, which is not a span in this file",
                    source=source,
                    line=event.line,
                )
    return ParsedAnn(spans=spans, events=tuple(events), notes=tuple(notes))


def _check_unique(identifier: str, seen: set[str], source: str, line: int) -> None:
    if identifier in seen:
        raise LoadError(f"duplicate annotation id {identifier}", source=source, line=line)
    seen.add(identifier)


def _parse_event(line: str, source: str, number: int, seen: set[str]) -> BratEvent:
    match = _E_LINE.match(line)
    if match is None:
        raise LoadError(
            "malformed event line; expected 'E<n>\\t<Type>:<T id> <Role>:<T id> ...'",
            source=source,
            line=number,
        )
    arguments = []
    for item in match["args"].split():
        argument = _E_ARG.match(item)
        if argument is None:
            raise LoadError(
                f"{match['id']}: malformed event argument {item!r}; expected <Role>:<id>",
                source=source,
                line=number,
            )
        arguments.append((argument["role"], argument["ref"]))
    _check_unique(match["id"], seen, source, number)
    (event_type, trigger), *rest = arguments
    return BratEvent(
        id=match["id"], type=event_type, trigger=trigger, arguments=tuple(rest), line=number
    )


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


# ------------------------------------------------------------------------ pairing


def _candidates(ann_path: Path) -> Iterator[tuple[Path, str]]:
    """(text path, annotator) candidates for an ``.ann`` file, in the documented order."""
    folder = ann_path.parent
    stem = ann_path.stem
    names = [(stem, "")]
    suffix = _ANNOTATOR.match(stem)
    if suffix is not None:
        names.append((suffix["name"], suffix["annotator"]))
    for name, annotator in names:
        yield folder / f"{name}.txt", annotator
        yield folder.parent / "text" / f"{name}.txt", annotator


def text_path_for(ann_path: str | Path) -> tuple[Path, str]:
    """Find the text file an ``.ann`` file annotates, and the annotator suffix.

    Args:
        ann_path: The ``.ann`` file.

    Returns:
        The ``.txt`` path and the annotator (``""`` when the names match exactly).

    Raises:
        LoadError: No text file was found; the error lists where it was looked for.
    """
    ann_path = Path(ann_path)
    tried = []
    for candidate, annotator in _candidates(ann_path):
        if candidate.is_file():
            return candidate, annotator
        tried.append(str(candidate))
    raise LoadError(
        f"no text file for this brat annotation file (looked for {', '.join(tried)})",
        source=str(ann_path),
    )


def _annotated_by(text_path: Path) -> bool:
    """Whether an ``.ann`` file that pairs with ``text_path`` exists (see :func:`text_path_for`)."""
    folder = text_path.parent
    folders = [folder]
    if folder.name == "text" and folder.parent.is_dir():
        folders.extend(p for p in folder.parent.iterdir() if p.is_dir() and p != folder)
    target = str(text_path.resolve())
    return any(target in _annotated_texts(str(f), _mtime(f)) for f in folders)


def _mtime(folder: Path) -> int:
    try:
        return folder.stat().st_mtime_ns
    except OSError:
        return 0


@functools.lru_cache(maxsize=32)
def _annotated_texts(folder: str, _mtime_ns: int) -> frozenset[str]:
    """The resolved paths of the texts that a folder's ``.ann`` files pair with (cached)."""
    texts: set[str] = set()
    try:
        entries = sorted(Path(folder).iterdir())
    except OSError:
        return frozenset()
    for entry in entries:
        if entry.suffix.lower() != ".ann":
            continue
        try:
            text, _annotator = text_path_for(entry)
        except LoadError:
            continue
        texts.add(str(text.resolve()))
    return frozenset(texts)


# ------------------------------------------------------------------------ claims


def _source_actor(source_span: BratSpan | None, document_id: str) -> Actor:
    if source_span is None:
        return Actor(
            id=actor_id(ActorKind.UNKNOWN, "unattributed", anonymous=True, scope=document_id),
            name="unattributed",
            kind=ActorKind.UNKNOWN,
            anonymous=True,
        )
    name = " ".join(source_span.text.split())
    return Actor(id=actor_id(ActorKind.UNKNOWN, name), name=name, kind=ActorKind.UNKNOWN)


def _kind(event: BratEvent) -> ClaimKind:
    return _KINDS.get(event.type.lower(), ClaimKind.STATEMENT)


def _hull(spans: list[Span]) -> Span | None:
    if not spans:
        return None
    return Span(start=min(s.start for s in spans), end=max(s.end for s in spans))


def claims_of(parsed: ParsedAnn, document: Document) -> list[Claim]:
    """Turn the events of a parsed ``.ann`` file into claims (see the module docstring)."""
    claims = []
    for event in parsed.events:
        by_role: dict[str, list[BratSpan]] = {}
        for role, ref in event.arguments:
            by_role.setdefault(role, []).append(parsed.spans[ref])
        cue_spans = [f for role in _CUE_ROLES for s in by_role.get(role, []) for f in s.fragments]
        sources = [s for role in _SOURCE_ROLES for s in by_role.get(role, [])]
        contents = [s for role in _CONTENT_ROLES for s in by_role.get(role, [])]
        source = sources[0] if sources else None
        claimant_span = _hull([f for s in sources for f in s.fragments])
        content_span = _hull([f for s in contents for f in s.fragments])
        every = [
            *cue_spans,
            *(f for s in (*sources, *contents) for f in s.fragments),
            *parsed.spans[event.trigger].fragments,
        ]
        span = _hull(every)
        assert span is not None  # the trigger always has a fragment
        cue_text = " ... ".join(document.text[s.start : s.end] for s in cue_spans)
        proposition = " ".join(" ".join(s.text.split()) for s in contents)
        claims.append(
            Claim(
                id=f"{document.id}:{event.id}",
                kind=_kind(event),
                claimant=_source_actor(source, document.id),
                proposition=proposition,
                provenance=Provenance(
                    document_id=document.id,
                    span=span,
                    cue=tuple(cue_spans),
                    claimant=claimant_span,
                    content=content_span,
                ),
                cue=" ".join(cue_text.split()),
            )
        )
    return claims


def _metadata(parsed: ParsedAnn, text_name: str, annotator: str) -> dict[str, str]:
    metadata = {"brat_text": text_name, "brat_annotator": annotator}
    for kept in _KEPT_TYPES:
        spans = [s for s in parsed.spans.values() if s.type == kept]
        if spans:
            metadata[f"brat_{kept.lower()}"] = ";".join(
                ",".join(f"{f.start}-{f.end}" for f in s.fragments) for s in spans
            )
    if parsed.notes:
        metadata["brat_notes"] = "\n".join(parsed.notes)
    return metadata


def _without(regions: Sequence[Region], discarded: Sequence[Span]) -> tuple[Region, ...]:
    """The regions with the discarded spans cut out of them and made boilerplate."""
    if not discarded:
        return tuple(regions)
    cuts = sorted(discarded)
    result = [Region(kind=RegionKind.BOILERPLATE, span=cut) for cut in cuts if len(cut)]
    for region in regions:
        pieces = [region.span]
        for cut in cuts:
            next_pieces = []
            for piece in pieces:
                if not piece.overlaps(cut):
                    next_pieces.append(piece)
                    continue
                if piece.start < cut.start:
                    next_pieces.append(Span(start=piece.start, end=cut.start))
                if cut.end < piece.end:
                    next_pieces.append(Span(start=cut.end, end=piece.end))
            pieces = next_pieces
        result.extend(Region(kind=region.kind, span=piece) for piece in pieces if len(piece))
    return tuple(sorted(result, key=lambda r: (r.span.start, r.span.end)))


def read_brat(ann_path: str | Path, ann_data: bytes | None = None) -> tuple[Document, list[Claim]]:
    """Read one ``.ann`` file and its text into a document and its claims.

    Args:
        ann_path: The ``.ann`` file (its text is looked for near it).
        ann_data: The ``.ann`` file's bytes, if already read.

    Returns:
        The document (id: the ``.ann`` file's name) and its claims.

    Raises:
        LoadError: A file is missing, unreadable or malformed.
    """
    ann_path = Path(ann_path)
    source = str(ann_path)
    if ann_data is None:
        try:
            with ann_path.open("rb") as stream:
                ann_data = read_limited(stream, source)
        except OSError as error:
            raise LoadError(error.strerror or str(error), source=source) from None
    text_path, annotator = text_path_for(ann_path)
    try:
        with text_path.open("rb") as stream:
            text = decode_text(read_limited(stream, str(text_path)), str(text_path))
    except OSError as error:
        raise LoadError(error.strerror or str(error), source=str(text_path)) from None
    parsed = parse_ann(decode_text(ann_data, source), text, source)
    document = parse_article(text, ann_path.stem)
    discarded = [f for s in parsed.spans.values() if s.type == "Discard" for f in s.fragments]
    document = attrs.evolve(
        document,
        regions=_without(document.regions, discarded),
        metadata={**document.metadata, **_metadata(parsed, text_path.stem, annotator)},
    )
    return document, claims_of(parsed, document)


def load_brat(stream: BinaryIO, source: str) -> Iterator[Record]:
    """The stream loader: an ``.ann`` file's bytes alone hold no text, so it refuses them.

    brat keeps the text in another file, which a stream does not carry, and this
    function never looks at the file system (``source`` is only a name for messages).
    Files are read by :func:`read_brat_path`, which claimkit calls for paths.

    Raises:
        LoadError: Always, saying to load the ``.ann`` file from disk.
    """
    read_limited(stream, source)  # an oversized input is reported as such
    raise LoadError(
        "brat annotations need their text file: load the .ann file from disk "
        "(claimkit.load(path)); its bytes alone hold no text",
        source=source,
    )


def read_brat_path(path: Path) -> Iterator[Record]:
    """Yield the records of one file of a brat folder, reading the files it needs.

    * ``NAME.ann``: its document and claims, its text found as
      :func:`text_path_for` says;
    * ``NAME.txt``: a document without claims, unless an ``.ann`` file annotates it
      (then it is read through that file, and yields nothing here);
    * any other file (brat's ``.conf`` files): nothing.

    Raises:
        LoadError: A file is missing, unreadable or malformed.
    """
    source = str(path)
    suffix = path.suffix.lower()
    if suffix == ".txt":
        if not _annotated_by(path):
            with path.open("rb") as stream:
                text = decode_text(read_limited(stream, source), source)
            document = parse_article(text, path.stem)
            yield attrs.evolve(
                document,
                metadata={**document.metadata, "brat_text": path.stem, "brat_annotator": ""},
            )
        return
    if suffix != ".ann":
        return  # brat configuration files and other companions carry no annotations
    document, claims = read_brat(path)
    yield document
    yield from claims


def _sniff_brat(head: bytes) -> float:
    first = head.lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0]
    return 0.9 if re.match(rb"^T\d+\t\S+ \d+ \d+", first) else 0.0


@hookimpl
def register_loaders(register: Callable[[Loader], None]) -> None:
    """Register the ``brat`` loader for ``.ann`` standoff annotation files."""
    register(
        Loader(
            name="brat",
            load=load_brat,
            extensions=(".ann",),
            sniff=_sniff_brat,
            description="brat standoff attribution annotations (.ann with its .txt)",
            read_path=read_brat_path,
        )
    )
