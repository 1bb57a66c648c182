"""claimkit in pandas: claims, actors and documents as DataFrames, and back.

Install the extra with ``pip install 'claimkit[pandas]'``; then::

    frames = corpus.to_pandas()            # or claimkit.integrations.pandas.to_frames(corpus)
    frames.claims.groupby("kind", observed=True).size()
    corpus = claimkit.integrations.pandas.from_frames(frames)

:func:`to_frames` gives three DataFrames, one row per record, with dtypes chosen for
analysis rather than for storage:

* closed vocabularies (a claim's ``kind``, ``commitment`` and ``evidence_strength``, an
  actor's ``kind``) are ``category`` columns listing every value of the enum, so counts
  show the kinds that never occur; ``evidence_strength`` is *ordered* from
  ``no_evidence`` to ``corroborated``, so ``frame[frame.evidence_strength >=
  "documented"]`` works;
* offsets are nullable integers (``Int64``): ``span_start``/``span_end`` and
  ``claimant_``, ``content_`` and ``target_`` ``start``/``end``, ``<NA>`` where the claim
  records no such span;
* text is ``string``, missing text ``<NA>``; ``published`` is ``datetime64[s]``
  (seconds, so any date from year 1 to 9999 fits), missing dates ``NaT``;
* a claim names its actors by id (``claimant_id``, ``target_id``, ``channel_id``; an
  actor its ``affiliation_id``): join with the actors frame to get their names;
* what holds several values stays one cell, as Python lists: a claim's ``cue_spans``
  (``[start, end]`` pairs), ``evidence_cues`` (dicts as claimkit's JSON writes them) and
  ``responds_to``; an actor's ``aliases``; a document's ``summary``, ``regions`` and
  ``metadata`` (use ``DataFrame.explode`` to unnest them).

No column is a float column that is all missing: the only float is ``evidence_score``,
which every claim has.  :func:`from_frames` reads the three frames back; the claims it
gives equal the originals (the round trip is lossless for claims, their actors and the
documents).
"""

from __future__ import annotations

import datetime as _dt
import importlib
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from claimkit import serialization
from claimkit.errors import ClaimkitError, LoadError
from claimkit.model import (
    Actor,
    ActorKind,
    Claim,
    ClaimKind,
    Commitment,
    Corpus,
    Document,
    Evidence,
    EvidenceCue,
    EvidenceStrength,
    Provenance,
    Region,
    Span,
)

__all__ = [
    "ACTOR_COLUMNS",
    "CLAIM_COLUMNS",
    "DOCUMENT_COLUMNS",
    "Frames",
    "from_frames",
    "to_frames",
]

CLAIM_COLUMNS: tuple[str, ...] = (
    "id",
    "document_id",
    "kind",
    "claimant_id",
    "target_id",
    "channel_id",
    "cue",
    "proposition",
    "quote",
    "commitment",
    "evidence_strength",
    "evidence_score",
    "evidence_cues",
    "responds_to",
    "span_start",
    "span_end",
    "cue_spans",
    "claimant_start",
    "claimant_end",
    "content_start",
    "content_end",
    "target_start",
    "target_end",
)
"""The columns of the claims frame, in order."""

ACTOR_COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "kind",
    "role",
    "country",
    "aliases",
    "anonymous",
    "affiliation_id",
)
"""The columns of the actors frame, in order."""

DOCUMENT_COLUMNS: tuple[str, ...] = (
    "id",
    "title",
    "outlet",
    "url",
    "published",
    "byline",
    "summary",
    "text",
    "regions",
    "metadata",
)
"""The columns of the documents frame, in order."""

_PARTS = ("claimant", "content", "target")

DataFrame = Any
"""A ``pandas.DataFrame`` (typed loosely: pandas is optional and ships no type information)."""


class Frames(NamedTuple):
    """The three DataFrames of a corpus (unpack it, or use the names)."""

    claims: DataFrame
    """One row per claim."""
    actors: DataFrame
    """One row per actor: those of the corpus and every actor its claims mention."""
    documents: DataFrame
    """One row per document."""


def _pandas() -> Any:
    """Import pandas (typed loosely: it is optional)."""
    try:
        return importlib.import_module("pandas")
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ClaimkitError(
            "claimkit.integrations.pandas needs pandas: pip install 'claimkit[pandas]'"
        ) from error


def _category(pd: Any, kind: type[ClaimKind | Commitment | ActorKind]) -> Any:
    return pd.CategoricalDtype([member.value for member in kind], ordered=False)


def _strength(pd: Any) -> Any:
    ranked = sorted(EvidenceStrength, key=lambda member: member.rank)
    return pd.CategoricalDtype([member.value for member in ranked], ordered=True)


def _claim_row(claim: Claim) -> list[Any]:
    provenance = claim.provenance
    row: list[Any] = [
        claim.id,
        claim.document_id,
        claim.kind.value,
        claim.claimant.id,
        None if claim.target is None else claim.target.id,
        None if claim.channel is None else claim.channel.id,
        claim.cue,
        claim.proposition,
        claim.quote,
        claim.commitment.value,
        claim.evidence.strength.value,
        claim.evidence.score,
        [serialization.unstructure(cue) for cue in claim.evidence.cues],
        list(claim.responds_to),
        provenance.span.start,
        provenance.span.end,
        [[span.start, span.end] for span in provenance.cue],
    ]
    for part in _PARTS:
        span = getattr(provenance, part)
        row.extend((None, None) if span is None else (span.start, span.end))
    return row


def _all_actors(corpus: Corpus) -> list[Actor]:
    found: dict[str, Actor] = {}
    for actor in corpus.actors:
        for member in (actor, *actor.affiliations()):
            found.setdefault(member.id, member)
    for claim in corpus.claims:
        for actor in claim.actors():
            found.setdefault(actor.id, actor)
    return list(found.values())


def _frame(pd: Any, rows: list[list[Any]], dtypes: dict[str, Any]) -> Any:
    frame = pd.DataFrame(rows, columns=list(dtypes), dtype=object)
    return frame.astype(dtypes)


def to_frames(corpus: Corpus) -> Frames:
    """The claims, actors and documents of a corpus as DataFrames (see the module notes).

    Raises:
        ClaimkitError: pandas is not installed.
    """
    pd = _pandas()
    text = pd.StringDtype()
    offsets = pd.Int64Dtype()
    claim_types: dict[str, Any] = {name: text for name in CLAIM_COLUMNS}
    claim_types.update(
        kind=_category(pd, ClaimKind),
        commitment=_category(pd, Commitment),
        evidence_strength=_strength(pd),
        evidence_score="float64",
        evidence_cues=object,
        responds_to=object,
        cue_spans=object,
    )
    for name in CLAIM_COLUMNS:
        if name.endswith(("_start", "_end")):
            claim_types[name] = offsets
    actor_types: dict[str, Any] = {name: text for name in ACTOR_COLUMNS}
    actor_types.update(kind=_category(pd, ActorKind), aliases=object, anonymous="bool")
    document_types: dict[str, Any] = {name: text for name in DOCUMENT_COLUMNS}
    document_types.update(
        published="datetime64[s]", summary=object, regions=object, metadata=object
    )
    claims = _frame(pd, [_claim_row(claim) for claim in corpus.claims], claim_types)
    actors = _frame(
        pd,
        [
            [
                actor.id,
                actor.name,
                actor.kind.value,
                actor.role,
                actor.country,
                list(actor.aliases),
                actor.anonymous,
                None if actor.affiliation is None else actor.affiliation.id,
            ]
            for actor in _all_actors(corpus)
        ],
        actor_types,
    )
    documents = _frame(
        pd,
        [
            [
                document.id,
                document.title,
                document.outlet,
                document.url,
                None
                if document.published is None
                else _dt.datetime.combine(document.published, _dt.time()),
                document.byline,
                list(document.summary),
                document.text,
                [serialization.unstructure(region) for region in document.regions],
                dict(document.metadata),
            ]
            for document in corpus.documents
        ],
        document_types,
    )
    return Frames(claims=claims, actors=actors, documents=documents)


# ---------------------------------------------------------------- and back


def _missing(pd: Any, value: Any) -> bool:
    return value is None or (not isinstance(value, list | dict | tuple) and bool(pd.isna(value)))


def _text(pd: Any, value: Any) -> str | None:
    return None if _missing(pd, value) else str(value)


def _int(pd: Any, value: Any) -> int | None:
    return None if _missing(pd, value) else int(value)


def _span(pd: Any, start: Any, end: Any) -> Span | None:
    first, last = _int(pd, start), _int(pd, end)
    if first is None and last is None:
        return None
    if first is None or last is None:
        raise LoadError("a span has a start without an end, or an end without a start")
    return Span(start=first, end=last)


def _records(frame: Any, columns: Sequence[str], name: str) -> Iterable[dict[str, Any]]:
    missing = [column for column in columns if column not in frame.columns]
    if missing:
        raise LoadError(f"the {name} frame lacks the columns {', '.join(missing)}")
    for row in frame[list(columns)].itertuples(index=False, name=None):
        yield dict(zip(columns, row, strict=True))


def _actors(pd: Any, frame: Any) -> dict[str, Actor]:
    rows = {}
    for index, row in enumerate(_records(frame, ACTOR_COLUMNS, "actors")):
        rows[str(row["id"])] = (index, row)
    built: dict[str, Actor] = {}

    def build(actor_id: str, seen: tuple[str, ...] = ()) -> Actor:
        if actor_id in built:
            return built[actor_id]
        if actor_id not in rows:
            raise LoadError(f"actor {actor_id!r} is not in the actors frame")
        if actor_id in seen:
            raise LoadError(f"actor {actor_id!r} has a circular affiliation")
        index, row = rows[actor_id]
        parent = _text(pd, row["affiliation_id"])
        try:
            actor = Actor(
                id=actor_id,
                name=str(row["name"]),
                kind=ActorKind(str(row["kind"])),
                affiliation=None if parent is None else build(parent, (*seen, actor_id)),
                role=_text(pd, row["role"]),
                country=_text(pd, row["country"]),
                aliases=tuple(row["aliases"]),
                anonymous=bool(row["anonymous"]),
            )
        except (ValueError, TypeError) as error:
            raise LoadError(f"actors frame, row {index}: {error}") from None
        built[actor_id] = actor
        return actor

    for actor_id in rows:
        build(actor_id)
    return {actor_id: built[actor_id] for actor_id in rows}


def _claim(pd: Any, row: dict[str, Any], actors: dict[str, Actor]) -> Claim:
    def actor(column: str) -> Actor | None:
        key = _text(pd, row[column])
        if key is None:
            return None
        if key not in actors:
            raise LoadError(f"{column} {key!r} is not in the actors frame")
        return actors[key]

    claimant = actor("claimant_id")
    if claimant is None:
        raise LoadError("claimant_id is missing")
    spans = {part: _span(pd, row[f"{part}_start"], row[f"{part}_end"]) for part in _PARTS}
    main = _span(pd, row["span_start"], row["span_end"])
    if main is None:
        raise LoadError("span_start and span_end are missing")
    return Claim(
        id=str(row["id"]),
        kind=ClaimKind(str(row["kind"])),
        claimant=claimant,
        proposition=str(row["proposition"]),
        provenance=Provenance(
            document_id=str(row["document_id"]),
            span=main,
            cue=tuple(Span(start=int(a), end=int(b)) for a, b in row["cue_spans"]),
            claimant=spans["claimant"],
            content=spans["content"],
            target=spans["target"],
        ),
        target=actor("target_id"),
        quote=_text(pd, row["quote"]),
        cue=str(row["cue"]),
        commitment=Commitment(str(row["commitment"])),
        evidence=Evidence(
            strength=EvidenceStrength(str(row["evidence_strength"])),
            score=float(row["evidence_score"]),
            cues=tuple(serialization.structure(cue, EvidenceCue) for cue in row["evidence_cues"]),
        ),
        channel=actor("channel_id"),
        responds_to=tuple(str(other) for other in row["responds_to"]),
    )


def _document(pd: Any, row: dict[str, Any]) -> Document:
    published = row["published"]
    date: _dt.date | None = None if _missing(pd, published) else pd.Timestamp(published).date()
    return Document(
        id=str(row["id"]),
        text=str(row["text"]),
        title=_text(pd, row["title"]),
        summary=tuple(str(line) for line in row["summary"]),
        outlet=_text(pd, row["outlet"]),
        url=_text(pd, row["url"]),
        published=date,
        byline=_text(pd, row["byline"]),
        regions=tuple(serialization.structure(region, Region) for region in row["regions"]),
        metadata=dict(row["metadata"]),
    )


def from_frames(
    claims: Any | Frames,
    actors: Any | None = None,
    documents: Any | None = None,
) -> Corpus:
    """Rebuild a corpus from the frames :func:`to_frames` gives.

    Args:
        claims: The claims frame, or a :class:`Frames` (then leave the others out).
        actors: The actors frame: every actor the claims name, and their affiliations.
        documents: The documents frame, if any.

    Returns:
        The corpus; its claims equal the ones the frames were made from.

    Raises:
        LoadError: A column is missing, a claim names an actor the actors frame lacks,
            or a value is invalid (the error names the frame and row).
    """
    pd = _pandas()
    if isinstance(claims, Frames):
        claims, actors, documents = claims
    if actors is None:
        raise LoadError("from_frames needs the actors frame to rebuild the claims' actors")
    by_id = _actors(pd, actors)
    found: list[Claim] = []
    for index, row in enumerate(_records(claims, CLAIM_COLUMNS, "claims")):
        try:
            found.append(_claim(pd, row, by_id))
        except LoadError as error:
            raise LoadError(f"claims frame, row {index}: {error.reason}") from None
        except (ValueError, TypeError) as error:
            raise LoadError(f"claims frame, row {index}: {error}") from None
    docs: list[Document] = []
    if documents is not None:
        for index, row in enumerate(_records(documents, DOCUMENT_COLUMNS, "documents")):
            try:
                docs.append(_document(pd, row))
            except (LoadError, ValueError, TypeError) as error:
                raise LoadError(f"documents frame, row {index}: {error}") from None
    return Corpus.build(docs, found, by_id.values())
