"""PLOVER JSON Lines: allegations, denials and warnings as political event records.

`PLOVER <https://github.com/openeventdata/PLOVER>`_ (Political Language Ontology for
Verifiable Event Records) is the event-data ontology that replaced CAMEO; its manual
defines both the event categories and a JSON record format, one record per line.  The
``plover`` exporter writes one record per claim that PLOVER codes as an event, in the
order of the claims.  It is chosen by name, or by the compound extension
``.plover.jsonl`` (``.jsonl`` alone stays claimkit's own JSON Lines).

**Categories and modes.**  :data:`EVENTS` maps claim kinds to PLOVER categories, after
the manual's definitions:

* an **allegation** is ``ACCUSE`` with mode ``allege``: ACCUSE covers "accuse, allege,
  or charge, both judicially and informally", and its mode ``allege`` is "formally or
  informally accuse" (its other modes are ``disapprove`` and ``investigate``);
* a **denial** is ``REJECT``, "all rejections and refusals", without a mode: REJECT's
  modes (``assist``, ``change``, ``yield``, ``meet``) name what is refused and none fits
  a denial, and the manual asks to leave the mode out when no value applies (its CAMEO
  notes suggest coding CAMEO's "deny responsibility" as REJECT);
* a **warning** is ``THREATEN``, which covers "coercive or forceful warnings", without a
  mode: its mode would be the content of the threat, which claimkit does not classify.

Statements, confirmations and admissions are not written: PLOVER dropped CAMEO's
"make public statement" category and codes verbal acts only when they are accusations,
demands, rejections, threats and the like.

**Fields.**  Each record has the PLOVER fields that apply:

* ``id``: the claim id;
* ``date``: the article's date (``YYYY-MM-DD``), or ``null`` when the article has none
  (PLOVER requires a date; fill it in before merging with other PLOVER data);
* ``source``: the claimant, as a one-element list of PLOVER actor objects (the manual's
  name for the acting side; some coders call it ``actor``), and ``recipient``: the
  target, when there is one;
* ``event`` and ``mode``: lists, as above (``mode`` only when there is one);
* ``event_text``: the cue words as they appear in the text (``["denies"]``);
* ``text``: the sentence the claim was found in, and ``text_info``: its ``start`` and
  ``end`` offsets in the article (Unicode code points, as everywhere in claimkit);
* ``link``: an identifier shared by every event of one dispute thread (claims joined by
  ``responds_to``: an allegation and the denials that answer it), ``thread:`` and the
  smallest claim id of the thread; absent for a claim nobody answered;
* ``cite_info``: the article's ``url``, ``title`` and outlet (``publication``), and its
  claimkit id as ``citation``;
* ``coder``: ``claimkit`` and its version.

Actor objects hold ``actor_text`` (the claimant's or target's words in the sentence,
when the claim records that span, else the canonical name), ``identifier_text`` (the
canonical name) and ``identifier_id`` (the claimkit actor id), ``code`` (the ISO
3166-1 alpha-3 code of the actor's country, or of the nearest country in its affiliation
chain, as PLOVER asks), ``sector`` (:data:`SECTORS`: ``GOV`` for government bodies and for
persons and groups speaking for a government or state, ``JRN`` for media outlets and their
people) and ``office`` (the actor's role, such as "deputy spokesperson").

**What PLOVER has no place for** is kept under the extension key ``claimkit`` (the
manual invites providers to add named fields): the claim ``kind``, ``proposition``,
``quote``, ``commitment``, ``evidence`` (``strength`` and ``score``), the ``channel``'s
actor id and ``responds_to``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any, BinaryIO

import orjson
import pycountry

from claimkit import __version__
from claimkit.hookspecs import hookimpl
from claimkit.model import (
    Actor,
    ActorKind,
    Claim,
    ClaimKind,
    Document,
    Record,
    Span,
    thread_roots,
)
from claimkit.registry import Exporter

__all__ = ["EVENTS", "SECTORS", "dump_plover", "plover_records"]

EVENTS: dict[ClaimKind, tuple[str, tuple[str, ...]]] = {
    ClaimKind.ALLEGATION: ("ACCUSE", ("allege",)),
    ClaimKind.DENIAL: ("REJECT", ()),
    ClaimKind.WARNING: ("THREATEN", ()),
}
"""The PLOVER event category and modes of each claim kind PLOVER codes."""

SECTORS: dict[ActorKind, str] = {
    ActorKind.GOVERNMENT_BODY: "GOV",
    ActorKind.MEDIA_OUTLET: "JRN",
}
"""PLOVER sector codes by actor kind; persons and groups take their affiliation's."""

CODER = f"claimkit {__version__}"
"""The ``coder`` field of every record."""

_SPEAKERS = frozenset({ActorKind.PERSON, ActorKind.GROUP, ActorKind.UNKNOWN})


def _alpha3(country: str) -> str | None:
    entry = pycountry.countries.get(alpha_2=country)
    return None if entry is None else str(entry.alpha_3)


def _sector(actor: Actor) -> str | None:
    if actor.kind in SECTORS:
        return SECTORS[actor.kind]
    if actor.kind in _SPEAKERS:
        for parent in actor.affiliations():
            if parent.kind in SECTORS:
                return SECTORS[parent.kind]
            if parent.kind is ActorKind.STATE:
                return "GOV"
    return None


def _country(actor: Actor) -> str | None:
    for candidate in (actor, *actor.affiliations()):
        if candidate.country:
            return candidate.country
    return None


def _text_at(document: Document | None, span: Span | None) -> str | None:
    if document is None or span is None or span.end > len(document.text):
        return None
    text = document.text[span.start : span.end]
    return text if text.strip() else None


def _actor_object(actor: Actor, document: Document | None, span: Span | None) -> dict[str, Any]:
    record: dict[str, Any] = {
        "actor_text": _text_at(document, span) or actor.name,
        "identifier_text": actor.name,
        "identifier_id": actor.id,
    }
    country = _country(actor)
    code = None if country is None else _alpha3(country)
    if code is not None:
        record["code"] = code
    sector = _sector(actor)
    if sector is not None:
        record["sector"] = sector
    if actor.role:
        record["office"] = actor.role
    return record


def _threads(claims: Sequence[Claim]) -> dict[str, str]:
    """The ``link`` of every claim in a thread of two or more claims."""
    roots = thread_roots(claims)
    sizes = Counter(roots.values())
    return {claim_id: f"thread:{root}" for claim_id, root in roots.items() if sizes[root] > 1}


def _event(claim: Claim, document: Document | None, link: str | None) -> dict[str, Any]:
    category, modes = EVENTS[claim.kind]
    provenance = claim.provenance
    record: dict[str, Any] = {
        "id": claim.id,
        "date": None
        if document is None or document.published is None
        else document.published.isoformat(),
        "source": [_actor_object(claim.claimant, document, provenance.claimant)],
    }
    if claim.target is not None:
        record["recipient"] = [_actor_object(claim.target, document, provenance.target)]
    record["event"] = [category]
    if modes:
        record["mode"] = list(modes)
    cues = [text for span in provenance.cue if (text := _text_at(document, span))]
    if not cues and claim.cue.strip():
        cues = [claim.cue]
    if cues:
        record["event_text"] = cues
    sentence = _text_at(document, provenance.span)
    if sentence is not None:
        record["text"] = sentence
        record["text_info"] = {"start": provenance.span.start, "end": provenance.span.end}
    if link is not None:
        record["link"] = link
    cite: dict[str, Any] = {"citation": claim.document_id}
    if document is not None:
        for key, value in (
            ("url", document.url),
            ("title", document.title),
            ("publication", document.outlet),
        ):
            if value:
                cite[key] = value
    record["cite_info"] = cite
    record["coder"] = CODER
    record["claimkit"] = {
        "kind": claim.kind.value,
        "proposition": claim.proposition,
        "quote": claim.quote,
        "commitment": claim.commitment.value,
        "evidence": {"strength": claim.evidence.strength.value, "score": claim.evidence.score},
        "channel": None if claim.channel is None else claim.channel.id,
        "responds_to": list(claim.responds_to),
    }
    return record


def plover_records(records: Iterable[Record]) -> list[dict[str, Any]]:
    """The PLOVER event records of the claims among ``records``, in order.

    Args:
        records: Documents, actors and claims (documents give dates, texts and
            citations; claims whose document is absent get ``null`` dates and no text).
    """
    documents: dict[str, Document] = {}
    claims: list[Claim] = []
    for record in records:
        if isinstance(record, Document):
            documents[record.id] = record
        elif isinstance(record, Claim):
            claims.append(record)
    links = _threads(claims)
    return [
        _event(claim, documents.get(claim.document_id), links.get(claim.id))
        for claim in claims
        if claim.kind in EVENTS
    ]


def dump_plover(records: Iterable[Record], stream: BinaryIO) -> None:
    """Write one PLOVER event per line (see :func:`plover_records`).

    The claims are held until the end, since an event's ``link`` depends on claims that
    may come later.
    """
    for event in plover_records(records):
        stream.write(orjson.dumps(event, option=orjson.OPT_APPEND_NEWLINE))


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register the ``plover`` exporter."""
    register(
        Exporter(
            name="plover",
            dump=dump_plover,
            extensions=(".plover.jsonl",),
            description="PLOVER event records (ACCUSE, REJECT, THREATEN), one per line",
        )
    )
