"""Plain-text news articles in (``text``, ``.txt``); a readable report of claims out (``report``).

The loader and the exporter are two formats with their own names and extensions, so a
report is never read back as an article: the ``report`` exporter writes ``.report``
files, which no loader claims.

The loader reads an article as it comes (``.txt``, UTF-8) and keeps its text exactly,
so every offset matches the original file.  It recognises the common layouts of
scraped news:

* an optional **title** line first: a short line without closing punctuation;
* **summary** bullet lines (starting ``-``, ``*`` or ``•`` and a space) before the article body;
* **body** paragraphs, one per line or separated by blank lines;
* a **byline** line (``By Jane Doe``), stored in :attr:`~claimkit.model.Document.byline`;
* a wire **dateline** opening the first body paragraph ("SEOUL (Reuters) - ",
  "MEXICO CITY, Feb 8 (Reuters) - ", "PUTRAJAYA: "), a region of its own that extractors
  do not read, so that no city becomes a speaker and no agency a claim's target;
* **boilerplate** that is not article text (shortcodes such as ``[embedpost ...]``,
  "Leave a Reply", "Share this:", "Advertisement"), kept out of the body but recorded
  as regions and in ``metadata["boilerplate"]``, never lost.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from claimkit.datelines import dateline_end
from claimkit.errors import LoadError
from claimkit.formats._common import corpus_of, decode_text, read_limited
from claimkit.hookspecs import hookimpl
from claimkit.model import (
    Claim,
    Corpus,
    Document,
    Record,
    Region,
    RegionKind,
    Span,
    stable_id,
)
from claimkit.registry import Exporter, Loader

__all__ = ["parse_article", "render_report"]

_BULLET = re.compile(r"^[ \t]*(?:[-*\u2022\u2013])[ \t]+(?=\S)")
_SHORTCODE = re.compile(r"^\[/?[A-Za-z][\w-]*(?:[ \t][^\]\n]*)?\]$")
_BOILERPLATE = re.compile(
    r"^(?:leave a (?:reply|comment)|comments?|share this(?: article| story)?:?|"
    r"share on \w+|advertisement|related(?: articles| stories| posts)?:?|read more:?.*|"
    r"click here\b.*|subscribe\b.*|sign up\b.*|follow us\b.*|"
    r"all rights reserved\.?|copyright\b.*|\(c\)\s.*|\u00a9.*|"
    r"you may also like:?|recommended:?|tags?:.*|filed under:?.*)$",
    re.IGNORECASE,
)
_NAME_WORD = r"[A-Z][\w.'\u2019-]*"
_BYLINE = re.compile(
    rf"^[Bb][Yy][ \t]+(?P<name>{_NAME_WORD}(?:[ \t,]+(?:and[ \t]+)?{_NAME_WORD}){{0,5}})$"
)
_TITLE_END = re.compile(r"[.!?:;,\"\u201d\u2019]$")
_MAX_TITLE = 200


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every line's visible text, trailing whitespace excluded."""
    position = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip()
        stripped_left = len(body) - len(body.lstrip())
        if body.strip():
            yield position + stripped_left, position + len(body)
        position += len(raw)


def parse_article(text: str, document_id: str) -> Document:
    """Split one plain-text article into title, summary, body, byline and boilerplate.

    Args:
        text: The article text, exactly as read.
        document_id: The id to give the document.

    Returns:
        The document, with :attr:`~claimkit.model.Document.regions` covering every
        non-blank line.
    """
    regions: list[Region] = []
    summary: list[str] = []
    boilerplate: list[str] = []
    title: str | None = None
    byline: str | None = None
    seen_body = False
    for start, end in _lines(text):
        line = text[start:end]
        bullet = _BULLET.match(line)
        kind: RegionKind
        if _SHORTCODE.match(line) or _BOILERPLATE.match(line):
            kind = RegionKind.BOILERPLATE
            boilerplate.append(line)
        elif (byline_match := _BYLINE.match(line)) is not None:
            kind = RegionKind.BYLINE
            byline = byline or byline_match.group("name")
        elif bullet is not None and not seen_body:
            kind = RegionKind.SUMMARY
            start += bullet.end()
            summary.append(text[start:end])
        elif (
            title is None
            and not regions
            and len(line) <= _MAX_TITLE
            and not _TITLE_END.search(line)
        ):
            kind = RegionKind.TITLE
            title = line
        else:
            kind = RegionKind.BODY
            story = None if seen_body else dateline_end(text, start, end)
            if story is not None:
                # the region ends before the space, so that the body starts at its first word
                cut = start + len(text[start:story].rstrip())
                regions.append(Region(kind=RegionKind.DATELINE, span=Span(start=start, end=cut)))
                start = story
            seen_body = True
        regions.append(Region(kind=kind, span=Span(start=start, end=end)))
    metadata = {"boilerplate": "\n".join(boilerplate)} if boilerplate else {}
    return Document(
        id=document_id,
        text=text,
        title=title,
        summary=summary,
        byline=byline,
        regions=regions,
        metadata=metadata,
    )


def _document_id(source: str, text: str) -> str:
    name = re.split(r"[\\/]", source)[-1]
    if name and not name.startswith("<"):
        return name.rsplit(".", 1)[0] if "." in name else name
    return stable_id("doc", text)


def load_text(stream: BinaryIO, source: str) -> Iterator[Record]:
    """Read one article; its id is the file name without extension.

    Raises:
        LoadError: The file is empty, not UTF-8 text, or too large.
    """
    text = decode_text(read_limited(stream, source), source)
    if not text.strip():
        raise LoadError("empty file: no article text", source=source)
    yield parse_article(text, _document_id(source, text))


def _sniff_text(head: bytes) -> float:
    if not head.strip() or b"\x00" in head:
        return 0.0
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:  # not just a character cut at the end
            return 0.0
    return 0.1


# ------------------------------------------------------------------------ report


def _actor_label(claim_actor: object) -> str:
    from claimkit.model import Actor

    if not isinstance(claim_actor, Actor):
        return "-"
    label = claim_actor.name
    if claim_actor.role:
        label += f" ({claim_actor.role})"
    chain = claim_actor.affiliations()
    if chain:
        label += " for " + " / ".join(a.name for a in chain)
    return label


def _claim_lines(claim: Claim) -> list[str]:
    lines = [
        f"[{claim.kind.value.upper()}] {_actor_label(claim.claimant)}",
        f"    cue:        {claim.cue or '-'}",
    ]
    if claim.target is not None:
        lines.append(f"    target:     {_actor_label(claim.target)}")
    lines.append(f"    says:       {claim.proposition}")
    if claim.quote:
        lines.append(f"    quote:      \u201c{claim.quote}\u201d")
    lines.append(f"    commitment: {claim.commitment.value}")
    lines.append(f"    evidence:   {claim.evidence.explain()}")
    if claim.channel is not None:
        lines.append(f"    via:        {claim.channel.name}")
    if claim.responds_to:
        lines.append(f"    answers:    {', '.join(claim.responds_to)}")
    lines.append(f"    id:         {claim.id}")
    return lines


def render_report(corpus: Corpus) -> str:
    """Render a corpus as a readable plain-text report: claims by document, then disputes.

    Args:
        corpus: The corpus to describe.

    Returns:
        The report text, ending with a newline.
    """
    out: list[str] = []
    titles = {d.id: d.title for d in corpus.documents}
    order = [d.id for d in corpus.documents]
    order += sorted({c.document_id for c in corpus.claims} - set(order))
    for document_id in order:
        claims = corpus.claims_in(document_id)
        heading = f"== {document_id}"
        if titles.get(document_id):
            heading += f": {titles[document_id]}"
        out.append(heading)
        out.append(f"   {len(claims)} claim(s)")
        for claim in claims:
            out.append("")
            out.extend(_claim_lines(claim))
        out.append("")
    disputes = corpus.disputes()
    out.append(f"== disputes: {len(disputes)}")
    for number, dispute in enumerate(disputes, 1):
        out.append("")
        out.append(f"-- dispute {number} ({', '.join(dispute.document_ids)})")
        for claim in dispute.allegations:
            out.append(
                f"   alleges  {_actor_label(claim.claimant)} -> "
                f"{_actor_label(claim.target)}: {claim.proposition}"
            )
        for claim in dispute.responses:
            out.append(
                f"   {claim.kind.value:8} {_actor_label(claim.claimant)}: {claim.proposition}"
            )
    return "\n".join(out) + "\n"


def dump_report(records: Iterable[Record], stream: BinaryIO) -> None:
    """Write the plain-text report of the records (see :func:`render_report`)."""
    corpus = corpus_of(records)
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="\n", write_through=True)
    try:
        text.write(render_report(corpus))
        text.flush()
    finally:
        text.detach()


@hookimpl
def register_loaders(register: Callable[[Loader], None]) -> None:
    """Register the ``text`` loader for ``.txt`` articles."""
    register(
        Loader(
            name="text",
            load=load_text,
            extensions=(".txt",),
            sniff=_sniff_text,
            raw=True,
            description="plain-text news articles (title, summary bullets, paragraphs)",
        )
    )


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register the ``report`` exporter (``.report``): a readable report of the claims."""
    register(
        Exporter(
            name="report",
            dump=dump_report,
            extensions=(".report",),
            description="a readable plain-text report of claims and disputes",
        )
    )
