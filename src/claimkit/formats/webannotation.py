"""W3C Web Annotation: each claim as an annotation over its article's text, and back.

Annotation tools (Hypothesis, Recogito, INCEpTION) exchange annotations in the
`W3C Web Annotation Data Model <https://www.w3.org/TR/annotation-model/>`_, as JSON-LD.
The ``webannotation`` exporter and loader (``.annotations.jsonld``, or by name) write and
read a JSON array with one ``AnnotationCollection`` per document; its first
``AnnotationPage`` holds one ``Annotation`` per claim of the document:

* the **target** is a list of ``SpecificResource`` objects on the article (its ``url`` when
  it is an absolute URL, else ``urn:claimkit:document:<id>``), one per span of the
  claim's provenance, each with a ``TextPositionSelector`` (``start``, ``end``: offsets
  into the text, in Unicode code points as the model requires) and a
  ``TextQuoteSelector`` (``exact``, and up to :data:`CONTEXT_CHARS` characters of
  ``prefix`` and ``suffix``), so a tool can anchor the claim even in a copy of the text
  whose offsets moved.  The first resource is the whole attribution; the others carry a
  ``styleClass`` saying which part they are: ``claimkit-cue`` (one per cue span),
  ``claimkit-claimant``, ``claimkit-content`` and ``claimkit-target``.  The annotation's
  embedded ``CssStylesheet`` styles them;
* the **body** says what the claim is: a ``TextualBody`` with purpose ``tagging`` whose
  value is the kind (``denial``), one with purpose ``identifying`` naming the claimant,
  and one with purpose ``describing`` holding the proposition;
* the extension property ``claimkit`` (a JSON literal, declared in the ``@context``)
  holds the rest of the claim as claimkit's JSON writes it (actors, evidence,
  commitment, channel, ``responds_to``), with the ``schema_version``.

**Loading.**  The loader rebuilds every claim from the standard properties, which win
over the extension record where both speak: the kind from the ``tagging`` body, the
proposition from the ``describing`` body, and every provenance span from the
``TextPositionSelector`` objects, so a span corrected in an annotation tool is loaded
corrected.  The rest comes from the ``claimkit`` record.  An annotation without that
record (one made in another tool) becomes a claim of its own: the kind must be a claim
kind, the claimant an actor of kind ``unknown`` named by the ``identifying`` body (or
"unknown"), the document id the target's ``urn:claimkit:document:`` id or else its
source IRI, the claim id the annotation's id.  A ``TextQuoteSelector`` whose ``exact``
text is not as long as its position selector's span, an unknown ``styleClass``, or
anything that is not a Web Annotation collection raises
:class:`~claimkit.errors.LoadError` naming the annotation (``record`` counts annotations
from 0 across the file).

Documents travel as collection labels and target sources only, not their text: loading
gives the claims and their actors, as with CSV.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, BinaryIO

import attrs
import orjson

from claimkit import serialization
from claimkit.errors import LoadError
from claimkit.formats._common import (
    check_utf8_start,
    iri,
    iri_identifier,
    json_error,
    read_limited,
)
from claimkit.hookspecs import hookimpl
from claimkit.model import (
    Actor,
    ActorKind,
    Claim,
    ClaimKind,
    Document,
    Provenance,
    Record,
    Span,
    actor_id,
)
from claimkit.registry import Exporter, Loader

__all__ = [
    "CONTEXT",
    "CONTEXT_CHARS",
    "PARTS",
    "annotation",
    "claim_from_annotation",
    "dump_webannotation",
    "load_webannotation",
]

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
EXTENSION = "claimkit"
CONTEXT: list[Any] = [
    ANNO_CONTEXT,
    {EXTENSION: {"@id": "urn:claimkit:vocab:claim", "@type": "@json"}},
]
"""The ``@context`` of every collection: the Web Annotation context and the extension."""

CONTEXT_CHARS = 32
"""How many characters of text ``prefix`` and ``suffix`` quote at most."""

PARTS = ("cue", "claimant", "content", "target")
"""The provenance spans besides the whole attribution, each a ``claimkit-<part>`` class."""

_STYLESHEET = {
    "type": "CssStylesheet",
    "value": (
        ".claimkit-cue { font-weight: bold } "
        ".claimkit-claimant { text-decoration: underline } "
        ".claimkit-content { font-style: italic } "
        ".claimkit-target { text-decoration: underline dotted }"
    ),
}
_MOTIVATION = "classifying"


def _source(document_id: str, document: Document | None) -> str:
    url = None if document is None else document.url
    if url and ":" in url and not any(c.isspace() for c in url):
        return url
    return iri("document", document_id)


def _selectors(span: Span, text: str | None) -> list[dict[str, Any]]:
    selectors: list[dict[str, Any]] = [
        {"type": "TextPositionSelector", "start": span.start, "end": span.end}
    ]
    if text is not None and span.end <= len(text):
        selectors.append(
            {
                "type": "TextQuoteSelector",
                "exact": text[span.start : span.end],
                "prefix": text[max(0, span.start - CONTEXT_CHARS) : span.start],
                "suffix": text[span.end : span.end + CONTEXT_CHARS],
            }
        )
    return selectors


def _resource(source: str, span: Span, text: str | None, part: str | None) -> dict[str, Any]:
    resource: dict[str, Any] = {"type": "SpecificResource", "source": source}
    if part is not None:
        resource["styleClass"] = f"claimkit-{part}"
    resource["selector"] = _selectors(span, text)
    return resource


def _parts(provenance: Provenance) -> Iterator[tuple[str, Span]]:
    for span in provenance.cue:
        yield "cue", span
    for part in PARTS[1:]:
        span = getattr(provenance, part)
        if span is not None:
            yield part, span


def annotation(claim: Claim, document: Document | None = None) -> dict[str, Any]:
    """The Web Annotation of one claim.

    Args:
        claim: The claim.
        document: Its document, for the target's URL and the quote selectors; without
            it the targets have position selectors only.
    """
    provenance = claim.provenance
    text = None if document is None else document.text
    source = _source(claim.document_id, document)
    targets = [_resource(source, provenance.span, text, None)]
    targets.extend(_resource(source, span, text, part) for part, span in _parts(provenance))
    return {
        "id": iri("claim", claim.id),
        "type": "Annotation",
        "motivation": _MOTIVATION,
        "body": [
            {"type": "TextualBody", "purpose": "tagging", "value": claim.kind.value},
            {"type": "TextualBody", "purpose": "identifying", "value": claim.claimant.name},
            {
                "type": "TextualBody",
                "purpose": "describing",
                "format": "text/plain",
                "value": claim.proposition,
            },
        ],
        "target": targets,
        "stylesheet": _STYLESHEET,
        EXTENSION: {
            "schema_version": serialization.SCHEMA_VERSION,
            "claim": serialization.unstructure(claim),
        },
    }


def _collection(
    document_id: str, document: Document | None, claims: Sequence[Claim]
) -> dict[str, Any]:
    collection: dict[str, Any] = {
        "@context": CONTEXT,
        "id": iri("annotations", document_id),
        "type": "AnnotationCollection",
        "label": (document.title if document is not None and document.title else document_id),
        "total": len(claims),
    }
    if claims:
        collection["first"] = {
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": [annotation(claim, document) for claim in claims],
        }
    return collection


def dump_webannotation(records: Iterable[Record], stream: BinaryIO) -> None:
    """Write a JSON array of one ``AnnotationCollection`` per document, one per line.

    Documents come in their order, each with its claims; claims of documents that were
    not given follow, grouped by document id in the order first seen.  Claims are held
    until the end, since a document's claims may come after other documents.
    """
    documents: dict[str, Document] = {}
    claims: dict[str, list[Claim]] = {}
    for record in records:
        if isinstance(record, Document):
            documents.setdefault(record.id, record)
            claims.setdefault(record.id, [])
        elif isinstance(record, Claim):
            claims.setdefault(record.document_id, []).append(record)
    stream.write(b"[")
    separator = b"\n"
    for document_id, found in claims.items():
        collection = _collection(document_id, documents.get(document_id), found)
        stream.write(separator)
        stream.write(orjson.dumps(collection))
        separator = b",\n"
    stream.write(b"\n]\n")


# ------------------------------------------------------------------- loading


def _fail(message: str, index: int) -> LoadError:
    return LoadError(message, record=index)


def _items(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _body(item: dict[str, Any], purpose: str) -> str | None:
    for body in _items(item.get("body")):
        if isinstance(body, dict) and body.get("purpose") == purpose:
            value = body.get("value")
            if isinstance(value, str):
                return value
    return None


def _span_of(resource: dict[str, Any], index: int) -> Span:
    span: Span | None = None
    exact: str | None = None
    for selector in _items(resource.get("selector")):
        if not isinstance(selector, dict):
            raise _fail("a selector is not a JSON object", index)
        kind = selector.get("type")
        if kind == "TextPositionSelector":
            start, end = selector.get("start"), selector.get("end")
            if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool):
                raise _fail("TextPositionSelector start and end must be integers", index)
            try:
                span = Span(start=start, end=end)
            except ValueError as error:
                raise _fail(f"TextPositionSelector: {error}", index) from None
        elif kind == "TextQuoteSelector":
            value = selector.get("exact")
            if not isinstance(value, str):
                raise _fail("TextQuoteSelector exact must be a string", index)
            exact = value
    if span is None:
        raise _fail("a target has no TextPositionSelector", index)
    if exact is not None and len(exact) != len(span):
        raise _fail(
            f"TextQuoteSelector exact text has {len(exact)} characters but its "
            f"TextPositionSelector spans {len(span)} ({span.start}:{span.end})",
            index,
        )
    return span


def _provenance(item: dict[str, Any], document_id: str, index: int) -> Provenance:
    resources = [r for r in _items(item.get("target")) if isinstance(r, dict)]
    if not resources:
        raise _fail("an annotation without a target", index)
    main = [r for r in resources if "styleClass" not in r]
    if len(main) != 1:
        raise _fail(
            f"expected one target without a styleClass (the claim's span), found {len(main)}",
            index,
        )
    parts: dict[str, list[Span]] = {part: [] for part in PARTS}
    for resource in resources:
        style = resource.get("styleClass")
        if style is None:
            continue
        part = style.removeprefix("claimkit-") if isinstance(style, str) else ""
        if part not in parts:
            raise _fail(f"unknown target styleClass {style!r}", index)
        parts[part].append(_span_of(resource, index))
    for part in PARTS[1:]:
        if len(parts[part]) > 1:
            raise _fail(f"more than one claimkit-{part} target", index)
    def single(part: str) -> Span | None:
        return parts[part][0] if parts[part] else None

    return Provenance(
        document_id=document_id,
        span=_span_of(main[0], index),
        cue=tuple(parts["cue"]),
        claimant=single("claimant"),
        content=single("content"),
        target=single("target"),
    )


def _document_id(item: dict[str, Any], collection_id: str | None) -> str:
    for resource in _items(item.get("target")):
        source = resource.get("source") if isinstance(resource, dict) else resource
        if isinstance(source, dict):
            source = source.get("id")
        if isinstance(source, str) and source:
            return iri_identifier("document", source) or collection_id or source
    return collection_id or "unknown"


def claim_from_annotation(
    item: Any, index: int = 0, collection_id: str | None = None
) -> Claim:
    """Rebuild a claim from one Web Annotation (see the module's notes on loading).

    Args:
        item: The annotation, parsed JSON.
        index: Its position in the file, for errors.
        collection_id: The document id its collection names, if any.

    Raises:
        LoadError: The annotation cannot be read as a claim.
    """
    if not isinstance(item, dict) or item.get("type") != "Annotation":
        raise _fail("expected an object of type Annotation", index)
    extension = item.get(EXTENSION)
    kind_name = _body(item, "tagging")
    try:
        kind = None if kind_name is None else ClaimKind(kind_name)
    except ValueError:
        allowed = ", ".join(repr(k.value) for k in ClaimKind)
        raise _fail(f"tag {kind_name!r} is not a claim kind (allowed: {allowed})", index) from None
    proposition = _body(item, "describing")
    if isinstance(extension, dict):
        try:
            serialization.check_schema_version(extension.get("schema_version"))
            claim = serialization.structure(extension.get("claim"), Claim)
        except LoadError as error:
            raise error.located(record=index) from None
        provenance = _provenance(item, claim.document_id, index)
        changes: dict[str, Any] = {"provenance": provenance}
        if kind is not None:
            changes["kind"] = kind
        if proposition is not None:
            changes["proposition"] = proposition
        return attrs.evolve(claim, **changes)
    if extension is not None:
        raise _fail(f"the {EXTENSION!r} property must be an object", index)
    if kind is None:
        raise _fail("no tagging body names the claim kind", index)
    document_id = _document_id(item, collection_id)
    name = _body(item, "identifying")
    name = name if name and name.strip() else "unknown"
    identifier = item.get("id")
    claim_id = identifier if isinstance(identifier, str) and identifier else f"annotation:{index}"
    claimant = Actor(
        id=actor_id(ActorKind.UNKNOWN, name),
        name=name,
        kind=ActorKind.UNKNOWN,
    )
    return Claim(
        id=iri_identifier("claim", claim_id) or claim_id,
        kind=kind,
        claimant=claimant,
        proposition=proposition or "",
        provenance=_provenance(item, document_id, index),
    )


def _annotations(data: Any, source: str) -> Iterator[tuple[Any, str | None]]:
    collections = data if isinstance(data, list) else [data]
    for number, collection in enumerate(collections):
        if not isinstance(collection, dict) or collection.get("type") != "AnnotationCollection":
            raise LoadError(
                f"item {number} is not an AnnotationCollection", source=source
            )
        identifier = collection.get("id")
        document_id = (
            iri_identifier("annotations", identifier) if isinstance(identifier, str) else None
        )
        page = collection.get("first")
        while page is not None:
            if not isinstance(page, dict) or not isinstance(page.get("items"), list):
                raise LoadError(
                    f"collection {number}: its first page must be an embedded "
                    "AnnotationPage with items",
                    source=source,
                )
            for item in page["items"]:
                yield item, document_id
            page = page.get("next") if isinstance(page.get("next"), dict) else None


def load_webannotation(stream: BinaryIO, source: str) -> Iterator[Record]:
    """Yield the claims of a file of Web Annotation collections.

    Raises:
        LoadError: The file is not JSON, not collections of annotations, or an
            annotation cannot be read as a claim (the error names it).
        LimitExceededError: The file is too large (:mod:`claimkit.limits`).
    """
    data = read_limited(stream, source)
    data = data[check_utf8_start(data[:4], source) :]
    try:
        parsed = orjson.loads(data)
    except orjson.JSONDecodeError as error:
        raise json_error(LoadError(f"malformed JSON: {error}"), data, source) from None
    for index, (item, document_id) in enumerate(_annotations(parsed, source)):
        try:
            yield claim_from_annotation(item, index, document_id)
        except LoadError as error:
            raise error.located(source=source, record=index) from None
        except ValueError as error:
            raise LoadError(str(error), source=source, record=index) from None


def sniff_webannotation(head: bytes) -> float:
    """Score leading bytes: a collection naming the Web Annotation context scores highest."""
    if b"AnnotationCollection" in head and b"www.w3.org/ns/anno.jsonld" in head:
        return 0.95
    return 0.0


@hookimpl
def register_loaders(register: Callable[[Loader], None]) -> None:
    """Register the ``webannotation`` loader."""
    register(
        Loader(
            name="webannotation",
            load=load_webannotation,
            extensions=(".annotations.jsonld",),
            sniff=sniff_webannotation,
            description="W3C Web Annotation collections (claims over their text)",
        )
    )


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register the ``webannotation`` exporter."""
    register(
        Exporter(
            name="webannotation",
            dump=dump_webannotation,
            extensions=(".annotations.jsonld",),
            description="W3C Web Annotation: one AnnotationCollection per document",
        )
    )
