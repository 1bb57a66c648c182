"""Read RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds into claimkit documents.

Each feed item (an RSS ``<item>`` or an Atom ``<entry>``) becomes one
:class:`claimkit.Document` whose text is laid out like a plain-text article:

* the item's **title** on the first line (a ``title`` region);
* its **summary** (RSS ``<description>`` when the item also has full content, Atom
  ``<summary>``) as ``summary`` regions, one per paragraph, unless it merely repeats the
  start of the article;
* its **article text** (RSS ``<content:encoded>``, Atom ``<content>``; otherwise the
  RSS ``<description>``) as ``body`` regions, one per paragraph.

Paragraphs are separated by blank lines. HTML is stripped to text. The feed's title is
the document's ``outlet``, the item's link its ``url``, its author its ``byline`` and its
date its ``published`` date; the guid, categories, exact timestamps and the feed format
are kept in ``metadata``.

XML is parsed with the standard library's expat parser, and any document type
declaration (``<!DOCTYPE``) or entity declaration is refused before anything is
expanded, so no external entity is ever fetched and no entity can expand without bound.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import NoReturn
from urllib.parse import urljoin
from xml.parsers import expat

import claimkit
from claimkit import Document, LoadError, Region, RegionKind, Span, limits
from claimkit.model import stable_id

from claimkit_rss.html import html_to_paragraphs

__all__ = ["parse_feed", "parse_xml", "sniff_feed"]

ATOM = "http://www.w3.org/2005/Atom"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RSS1 = "http://purl.org/rss/1.0/"
RSS090 = "http://my.netscape.com/rdf/simple/0.9/"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
DC = "http://purl.org/dc/elements/1.1/"
XHTML = "http://www.w3.org/1999/xhtml"

_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>/]")
_PROLOG_ENDS = ((b"<?", b"?>"), (b"<!--", b"-->"))
_DOCTYPE_PART = re.compile(rb"""[^"'\[>]*(?:"[^"]*"|'[^']*'|\[|>)""")
_SUBSET_PART = re.compile(rb"""[^"'\]<]*(?:"[^"]*"|'[^']*'|<!--.*?-->|<|\])""", re.DOTALL)
_EMAIL_NAME = re.compile(r"^\s*\S+@\S+\s*\((?P<name>[^)]+)\)\s*$")
_SPACE = re.compile(r"\s+")


class _Refused(Exception):
    """Raised from inside the expat callbacks to stop parsing."""


# ----------------------------------------------------------------------------- XML


def _refuse(what: str) -> NoReturn:
    raise _Refused(
        f"the feed contains a {what}; claimkit-rss refuses them so that no entity is "
        "expanded or fetched"
    )


def _qualified(name: str) -> str:
    """Turn expat's ``uri}local`` names into ElementTree's ``{uri}local``."""
    return "{" + name if "}" in name else name


def parse_xml(data: bytes, source: str) -> ET.Element:
    """Parse XML safely into an ElementTree element.

    Document type declarations and entity declarations are refused, so only the five
    predefined XML entities and character references are ever expanded.

    Args:
        data: The XML document, in any encoding its declaration names.
        source: The file name, for error messages.

    Returns:
        The root element.

    Raises:
        claimkit.LoadError: The XML is malformed or declares a DOCTYPE or entities; the
            error names the line.
    """
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def start(name: str, attributes: dict[str, str]) -> None:
        builder.start(_qualified(name), {_qualified(k): v for k, v in attributes.items()})

    def end(name: str) -> None:
        builder.end(_qualified(name))

    def doctype(*_args: object) -> None:
        _refuse("document type declaration (<!DOCTYPE ...>)")

    def entity(*_args: object) -> None:
        _refuse("entity declaration (<!ENTITY ...>)")

    def external(*_args: object) -> int:
        _refuse("reference to an external entity")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = builder.data
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = entity
    parser.ExternalEntityRefHandler = external
    try:
        parser.Parse(data, True)
    except _Refused as error:
        declaration = data.find(b"<!DOCTYPE")
        line = data.count(b"\n", 0, declaration) + 1 if declaration >= 0 else None
        raise LoadError(
            str(error), source=source, line=line or parser.CurrentLineNumber
        ) from None
    except expat.ExpatError as error:
        reason = expat.errors.messages[error.code]
        raise LoadError(f"malformed XML: {reason}", source=source, line=error.lineno) from None
    except LookupError as error:  # '<?xml version="1.0" encoding="TF-8"?>': no such codec
        raise LoadError(f"malformed XML: {error}", source=source, line=1) from None
    return builder.close()


# ------------------------------------------------------------------------ helpers


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text(element: ET.Element | None) -> str:
    if element is None:
        return ""
    return "".join(element.itertext()).strip()


def _plain(value: str) -> str:
    """One line of text from a value that may hold escaped HTML (RSS titles do)."""
    return " ".join(html_to_paragraphs(value)) if "<" in value or "&" in value else (
        _SPACE.sub(" ", value).strip()
    )


def _plain_paragraphs(text: str) -> list[str]:
    """Paragraphs of plain text: split at blank lines, whitespace collapsed."""
    blocks = re.split(r"\n\s*\n", text)
    return [p for p in (_SPACE.sub(" ", block).strip() for block in blocks) if p]


def _xhtml_markup(element: ET.Element) -> str:
    """Serialise an Atom ``xhtml`` content element's children as plain HTML."""
    from html import escape

    parts: list[str] = [escape(element.text or "", quote=False)]
    for child in element:
        tag = _local(child.tag)
        parts.append(f"<{tag}>{_xhtml_markup(child)}</{tag}>")
        parts.append(escape(child.tail or "", quote=False))
    return "".join(parts)


def _text_construct(element: ET.Element | None) -> list[str]:
    """The paragraphs of an Atom text construct (``type`` text, html or xhtml)."""
    if element is None or element.get("src"):
        return []
    kind = element.get("type", "text").lower()
    if kind == "xhtml":
        return html_to_paragraphs(_xhtml_markup(element))
    if kind in ("html", "text/html"):
        return html_to_paragraphs(element.text or "")
    return _plain_paragraphs(_text(element))


def _parse_date(value: str) -> dt.datetime | None:
    """Parse an RFC 822 (RSS) or RFC 3339 / ISO 8601 (Atom, Dublin Core) timestamp."""
    value = value.strip()
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def _person(value: str) -> str:
    """A name from an RSS author field (``jane@example.com (Jane Doe)`` -> ``Jane Doe``)."""
    match = _EMAIL_NAME.match(value)
    return match.group("name").strip() if match else _SPACE.sub(" ", value).strip()


def _same_start(summary: list[str], body: list[str]) -> bool:
    """Whether the summary only repeats the beginning of the article."""
    if not summary or not body:
        return False
    short = _SPACE.sub(" ", " ".join(summary)).rstrip(" .…").removesuffix("...").strip()
    return bool(short) and " ".join(body).startswith(short)


# ------------------------------------------------------------------------ items


def _item_document(
    *,
    title: str,
    summary: list[str],
    body: list[str],
    link: str,
    guid: str,
    author: str,
    date_text: str,
    categories: list[str],
    outlet: str,
    feed_format: str,
    feed_link: str,
    language: str,
) -> Document | None:
    if _same_start(summary, body):
        summary = []
    if not title and not summary and not body:
        return None
    text_parts: list[str] = []
    regions: list[Region] = []
    offset = 0

    def add(paragraph: str, kind: RegionKind) -> None:
        nonlocal offset
        if text_parts:
            text_parts.append("\n\n")
            offset += 2
        text_parts.append(paragraph)
        regions.append(Region(kind=kind, span=Span(start=offset, end=offset + len(paragraph))))
        offset += len(paragraph)

    if title:
        add(title, RegionKind.TITLE)
    for paragraph in summary:
        add(paragraph, RegionKind.SUMMARY)
    for paragraph in body:
        add(paragraph, RegionKind.BODY)
    text = "".join(text_parts) + "\n"

    metadata = {"feed_format": feed_format}
    if guid:
        metadata["guid"] = guid
    if categories:
        metadata["categories"] = "; ".join(categories)
    if feed_link:
        metadata["feed_link"] = feed_link
    if language:
        metadata["language"] = language
    stamp = _parse_date(date_text)
    if stamp is not None:
        metadata["published_at"] = stamp.isoformat()
    elif date_text.strip():
        metadata["published_unparsed"] = date_text.strip()
    return Document(
        id=stable_id("feed", guid or link, title, text),
        text=text,
        title=title or None,
        summary=summary,
        outlet=outlet or None,
        url=link or None,
        published=stamp.date() if stamp is not None else None,
        byline=author or None,
        regions=regions,
        metadata=metadata,
    )


def _rss_items(root: ET.Element) -> Iterator[Document | None]:
    """Items of an RSS 0.9x / 2.0 (``<rss>``) or RSS 1.0 / 0.90 (``<rdf:RDF>``) feed."""
    if root.tag == "rss":
        channel = root.find("channel")
        if channel is None:
            return
        namespace = ""
        items = channel.findall("item")
        feed_format = f"rss{root.get('version', '')}"
    else:
        namespace = RSS1 if root.find(f"{{{RSS1}}}channel") is not None else RSS090
        channel = root.find(f"{{{namespace}}}channel")
        items = root.findall(f"{{{namespace}}}item")
        namespace = "{" + namespace + "}"
        feed_format = "rss1.0" if namespace == "{" + RSS1 + "}" else "rss0.90"
    outlet = _plain(channel.findtext(f"{namespace}title", "")) if channel is not None else ""
    feed_link = (channel.findtext(f"{namespace}link", "") if channel is not None else "").strip()
    language = channel.findtext("language", "").strip() if channel is not None else ""
    for item in items:
        description = html_to_paragraphs(item.findtext(f"{namespace}description", ""))
        content = html_to_paragraphs(item.findtext(f"{{{CONTENT}}}encoded", ""))
        guid_element = item.find("guid")
        guid = _text(guid_element)
        link = item.findtext(f"{namespace}link", "").strip() or item.get(f"{{{RDF}}}about", "")
        if not link and guid_element is not None and guid_element.get("isPermaLink") != "false":
            link = guid if guid.startswith(("http://", "https://")) else ""
        author = item.findtext("author", "") or item.findtext(f"{{{DC}}}creator", "")
        yield _item_document(
            title=_plain(item.findtext(f"{namespace}title", "")),
            summary=description if content else [],
            body=content or description,
            link=urljoin(feed_link, link) if link else "",
            guid=guid,
            author=_person(author),
            date_text=item.findtext("pubDate", "") or item.findtext(f"{{{DC}}}date", ""),
            categories=[_text(c) for c in item.findall("category") if _text(c)]
            + [_text(c) for c in item.findall(f"{{{DC}}}subject") if _text(c)],
            outlet=outlet,
            feed_format=feed_format,
            feed_link=feed_link,
            language=language,
        )


def _atom_link(element: ET.Element, base: str) -> str:
    for link in element.findall(f"{{{ATOM}}}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return urljoin(base, link.get("href", ""))
    return ""


def _atom_author(element: ET.Element) -> str:
    names = [_text(a.find(f"{{{ATOM}}}name")) for a in element.findall(f"{{{ATOM}}}author")]
    return ", ".join(name for name in names if name)


def _atom_entries(root: ET.Element) -> Iterator[Document | None]:
    """Entries of an Atom 1.0 feed."""
    outlet = " ".join(_text_construct(root.find(f"{{{ATOM}}}title")))
    feed_link = _atom_link(root, "")
    feed_author = _atom_author(root)
    language = root.get("{http://www.w3.org/XML/1998/namespace}lang", "")
    for entry in root.findall(f"{{{ATOM}}}entry"):
        date_text = _text(entry.find(f"{{{ATOM}}}published")) or _text(
            entry.find(f"{{{ATOM}}}updated")
        )
        yield _item_document(
            title=" ".join(_text_construct(entry.find(f"{{{ATOM}}}title"))),
            summary=_text_construct(entry.find(f"{{{ATOM}}}summary")),
            body=_text_construct(entry.find(f"{{{ATOM}}}content")),
            link=_atom_link(entry, feed_link),
            guid=_text(entry.find(f"{{{ATOM}}}id")),
            author=_atom_author(entry) or feed_author,
            date_text=date_text,
            categories=[
                label
                for c in entry.findall(f"{{{ATOM}}}category")
                if (label := c.get("label") or c.get("term") or "")
            ],
            outlet=outlet,
            feed_format="atom1.0",
            feed_link=feed_link,
            language=language,
        )


# ------------------------------------------------------------------------- public


def parse_feed(data: bytes, source: str = "<feed>") -> Iterator[Document]:
    """Yield one document per item of an RSS or Atom feed.

    Items with neither a title nor any text are skipped; an item that repeats another
    exactly (same id, title and text) is yielded once. A date that cannot be parsed
    leaves ``published`` empty and is kept in ``metadata["published_unparsed"]``.

    Args:
        data: The feed, as bytes.
        source: The file name, for error messages.

    Raises:
        claimkit.LoadError: The XML is malformed, declares a DOCTYPE or entities, or is
            not an RSS or Atom feed.
        claimkit.LimitExceededError: The feed is larger than
            :data:`claimkit.limits.MAX_FILE_BYTES`.
    """
    if len(data) > limits.MAX_FILE_BYTES:
        raise claimkit.LimitExceededError(
            f"feed is larger than the {limits.MAX_FILE_BYTES} byte limit", source=source
        )
    root = parse_xml(data, source)
    if root.tag in ("rss", f"{{{RDF}}}RDF"):
        items = _rss_items(root)
    elif root.tag == f"{{{ATOM}}}feed":
        items = _atom_entries(root)
    else:
        raise LoadError(
            f"not an RSS or Atom feed: the root element is <{_local(root.tag)}>",
            source=source,
            line=1,
        )
    seen: set[str] = set()
    for document in items:
        if document is not None and document.id not in seen:
            seen.add(document.id)
            yield document


def _doctype_end(head: bytes, position: int) -> int:
    """Where the DOCTYPE whose name starts at ``position`` ends, or -1 if not in ``head``.

    Its ``>`` may follow quoted identifiers and an internal subset in brackets, whose
    declarations hold ``>`` of their own (and quoted values or comments may hold ``]``).
    """
    while (part := _DOCTYPE_PART.match(head, position)) is not None:
        position = part.end()
        if part.group().endswith(b">"):
            return position
        if part.group().endswith(b"["):
            while (inner := _SUBSET_PART.match(head, position)) is not None:
                position = inner.end()
                if inner.group().endswith(b"]"):
                    break
            else:
                return -1
    return -1


def sniff_feed(head: bytes) -> float:
    """Score the first bytes of a file: 0.9 when its root element is a feed's.

    Args:
        head: The leading bytes of the file.

    Returns:
        0.9 for ``<rss``, an Atom ``<feed`` or an RSS ``<rdf:RDF`` after an optional XML
        declaration, comments or a DOCTYPE, internal subset included (which the loader
        then refuses with a clear error); 0.5 for a DOCTYPE that does not end within
        ``head`` (refused too), else 0.
    """
    position = 3 if head.startswith(b"\xef\xbb\xbf") else 0
    while True:  # skip the XML declaration, comments and a DOCTYPE before the root
        while position < len(head) and head[position : position + 1].isspace():
            position += 1
        if head.startswith(b"<!DOCTYPE", position):
            position = _doctype_end(head, position + len(b"<!DOCTYPE"))
            if position < 0:
                return 0.5  # a DOCTYPE longer than the head: XML, which the loader refuses
            continue
        for opening, closing in _PROLOG_ENDS:
            if head.startswith(opening, position):
                end = head.find(closing, position + len(opening))
                if end < 0:
                    return 0.0
                position = end + len(closing)
                break
        else:
            break
    match = _ROOT.match(head, position)
    if match is None:
        return 0.0
    if match.group(1) == b"feed" and ATOM.encode() not in head:
        return 0.0  # a <feed> in another vocabulary
    if match.group(1) == b"rdf:RDF" and RSS1.encode() not in head and RSS090.encode() not in head:
        return 0.0  # RDF that is not RSS
    return 0.9
