"""schema.org JSON-LD: each claim as a ``Claim``, or a ``ClaimReview`` skeleton to fill in.

Fact-checkers publish their verdicts as schema.org
`ClaimReview <https://schema.org/ClaimReview>`_ markup, which search engines and Google's
Fact Check Explorer read.  The ``schemaorg`` exporter (``.jsonld``) writes one JSON-LD
document, ``{"@context": "https://schema.org", "@graph": [...]}``, with one node per claim
(one per line, so files diff well and stream):

* a `Claim <https://schema.org/Claim>`_ with ``identifier`` (the claim id), ``text``
  (the proposition; when that is empty, the quote, else the sentence), ``author`` (the
  claimant), ``about`` (the target, if any), ``appearance`` (the article it was found in:
  a ``NewsArticle`` with the document's ``url`` when it is an absolute URL, ``headline``,
  ``datePublished`` and the outlet as ``publisher``) and ``datePublished`` (the article's
  date: when the claim entered public discourse, as far as the article tells);
* actors are typed by kind (:data:`ACTOR_TYPES`): a person is a ``Person`` (its role as
  ``jobTitle``, its country as ``nationality``), a ministry a ``GovernmentOrganization``,
  an outlet a ``NewsMediaOrganization``, and a state both an ``Organization`` and a
  ``Country`` (``author`` expects a ``Person`` or an ``Organization``; a state speaking
  is both at once).  An actor's affiliation becomes ``affiliation`` (for persons) and
  ``parentOrganization`` (for the others), naming the nearest organisation of the chain
  (schema.org has no property for speaking for a person, so persons in the chain are
  passed over); a non-person's country is its
  ``address``'s ``addressCountry`` (ISO 3166-1 alpha-2, as schema.org recommends).
  Every actor, claim and article carries an ``@id`` (``urn:claimkit:...``, or the
  article's URL), so one actor named in many claims is one node to a JSON-LD processor.

With the option ``review`` (``claimkit.dump(corpus, "claims.jsonld", options={"review":
True})``, or ``-O review=true`` on the command line) each claim is wrapped in a
``ClaimReview`` skeleton: ``claimReviewed`` (the claim's ``text``) and ``itemReviewed`` (the
``Claim`` above) are filled in, and what only a fact-checker can supply is left ``null``
for them to fill: ``reviewRating`` (a ``Rating`` whose ``alternateName`` is the verdict
in words), the review's ``author``, ``url`` and ``datePublished``.  JSON-LD processors
ignore ``null`` values, so an unfinished skeleton asserts nothing false.

claimkit's evidence scores, commitment and ``responds_to`` links have no schema.org
property; use claimkit's own JSON for them.  There is no loader: schema.org markup
carries too little of a claim to rebuild it.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterable
from typing import Any, BinaryIO

import orjson

from claimkit.formats._common import flag, iri
from claimkit.hookspecs import hookimpl
from claimkit.model import Actor, ActorKind, Claim, Document, Record
from claimkit.registry import Exporter, ExportOption

__all__ = ["ACTOR_TYPES", "claim_node", "dump_schemaorg", "review_node"]

CONTEXT = "https://schema.org"
"""The JSON-LD context every file names (an identifier; nothing is fetched)."""

ACTOR_TYPES: dict[ActorKind, str | list[str]] = {
    ActorKind.PERSON: "Person",
    ActorKind.STATE: ["Organization", "Country"],
    ActorKind.GOVERNMENT_BODY: "GovernmentOrganization",
    ActorKind.ORGANISATION: "Organization",
    ActorKind.MEDIA_OUTLET: "NewsMediaOrganization",
    ActorKind.GROUP: "Organization",
    ActorKind.UNKNOWN: "Person",
}
"""The schema.org type of each actor kind.

A group ("officials", "the West") is a collective, the nearest schema.org type being an
``Organization``; a speaker the extractor could not classify is most often a person
quoted in the news, so ``unknown`` is a ``Person``.
"""


_PERSONS = frozenset(kind for kind, name in ACTOR_TYPES.items() if name == "Person")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$")


def _url(value: str | None) -> str | None:
    """``value`` if it is an absolute URL (a scheme, no spaces), else ``None``."""
    return value if value is not None and _URL.match(value) else None


def _actor_node(actor: Actor) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": ACTOR_TYPES[actor.kind],
        "@id": iri("actor", actor.id),
        "identifier": actor.id,
        "name": actor.name,
    }
    aliases = [alias for alias in actor.aliases if alias.strip()]
    if aliases:
        node["alternateName"] = aliases
    person = actor.kind in _PERSONS
    if actor.role and actor.role.strip() and person:
        node["jobTitle"] = actor.role
    if actor.country:
        if person:
            node["nationality"] = {"@type": "Country", "identifier": actor.country}
        else:
            node["address"] = {"@type": "PostalAddress", "addressCountry": actor.country}
    parent = _organisation_of(actor)
    if parent is not None:
        node["affiliation" if person else "parentOrganization"] = _actor_node(parent)
    return node


def _organisation_of(actor: Actor) -> Actor | None:
    """The nearest actor in the affiliation chain that schema.org can call an organisation."""
    for parent in actor.affiliations():
        if parent.kind not in _PERSONS:
            return parent
    return None


def _date(value: _dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _article_node(document_id: str, document: Document | None) -> dict[str, Any]:
    if document is None:
        return {
            "@type": "NewsArticle",
            "@id": iri("document", document_id),
            "identifier": document_id,
        }
    url = _url(document.url)
    node: dict[str, Any] = {
        "@type": "NewsArticle",
        "@id": url or iri("document", document.id),
        "identifier": document.id,
    }
    if url:
        node["url"] = url
    if document.title and document.title.strip():
        node["headline"] = document.title
    if document.published is not None:
        node["datePublished"] = _date(document.published)
    if document.outlet and document.outlet.strip():
        node["publisher"] = {"@type": "NewsMediaOrganization", "name": document.outlet}
    return node


def _claim_text(claim: Claim, document: Document | None) -> str:
    """What the claim says: its proposition, else its quote, else its sentence."""
    for text in (claim.proposition, claim.quote or ""):
        if text.strip():
            return text
    span = claim.provenance.span
    if document is not None and span.end <= len(document.text):
        sentence = document.text[span.start : span.end]
        if sentence.strip():
            return sentence
    return f"{claim.claimant.name}: {claim.cue}" if claim.cue.strip() else claim.claimant.name


def claim_node(claim: Claim, document: Document | None = None) -> dict[str, Any]:
    """The schema.org ``Claim`` node of one claim.

    Args:
        claim: The claim.
        document: The document it was found in, for ``appearance`` and
            ``datePublished``; without it the appearance names only the document id.
    """
    node: dict[str, Any] = {
        "@type": "Claim",
        "@id": iri("claim", claim.id),
        "identifier": claim.id,
        "text": _claim_text(claim, document),
        "author": _actor_node(claim.claimant),
    }
    if claim.target is not None:
        node["about"] = _actor_node(claim.target)
    node["appearance"] = _article_node(claim.document_id, document)
    published = None if document is None else document.published
    if published is not None:
        node["datePublished"] = _date(published)
    return node


def review_node(claim: Claim, document: Document | None = None) -> dict[str, Any]:
    """A ``ClaimReview`` skeleton around the claim's ``Claim`` node.

    ``claimReviewed`` and ``itemReviewed`` are filled in; ``reviewRating``'s verdict,
    and the review's ``author``, ``url`` and ``datePublished``, are ``null`` for the
    fact-checker to fill.
    """
    return {
        "@type": "ClaimReview",
        "@id": iri("review", claim.id),
        "claimReviewed": _claim_text(claim, document),
        "itemReviewed": claim_node(claim, document),
        "reviewRating": {"@type": "Rating", "alternateName": None},
        "author": None,
        "url": None,
        "datePublished": None,
    }


def dump_schemaorg(records: Iterable[Record], stream: BinaryIO, review: object = False) -> None:
    """Write the claims as one schema.org JSON-LD document, one node per line.

    Documents are kept (their URL, title, date and outlet) for the claims that follow;
    actors are written inside the claims that name them.

    Args:
        records: Documents, actors and claims, in that order.
        stream: Where to write.
        review: Wrap each claim in a ``ClaimReview`` skeleton (a bool, or ``"true"`` /
            ``"false"`` from the command line).

    Raises:
        ExportError: ``review`` is not a yes/no value.
    """
    make = review_node if flag("review", review) else claim_node
    documents: dict[str, Document] = {}
    stream.write(b'{"@context": "' + CONTEXT.encode() + b'", "@graph": [')
    separator = b"\n"
    for record in records:
        if isinstance(record, Document):
            documents[record.id] = record
        elif isinstance(record, Claim):
            stream.write(separator)
            stream.write(orjson.dumps(make(record, documents.get(record.document_id))))
            separator = b",\n"
    stream.write(b"\n]}\n")


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register the ``schemaorg`` exporter."""
    register(
        Exporter(
            name="schemaorg",
            dump=dump_schemaorg,
            extensions=(".jsonld",),
            description="schema.org JSON-LD: a Claim per claim, or ClaimReview skeletons",
            options=(
                ExportOption(
                    name="review",
                    description="wrap each Claim in a ClaimReview skeleton for fact-checkers",
                ),
            ),
        )
    )
