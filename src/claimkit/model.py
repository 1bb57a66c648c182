"""The typed core: documents, actors, claims, evidence and the corpus that holds them.

Every class here is an attrs value class: frozen, slotted, keyword-only and validated
when it is built, so an object that exists is a valid one.  Closed vocabularies are
enums whose values are the lowercase strings used in every file format.

Offsets are Python string indices (Unicode code points) into :attr:`Document.text`,
half-open like slices: ``document.text[span.start:span.end]`` is the span's text.

Identifiers are deterministic: :func:`stable_id` derives them from content, so
extracting the same text twice gives equal objects and byte-identical files.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeAlias

import attrs
from attrs import field, frozen

from claimkit.errors import InvalidValueError, UnknownActorError

if TYPE_CHECKING:  # pragma: no cover
    from claimkit.integrations.pandas import Frames

__all__ = [
    "Actor",
    "ActorKind",
    "Claim",
    "ClaimKind",
    "Commitment",
    "Corpus",
    "CueEffect",
    "Dispute",
    "Document",
    "FIELD_CONVERTERS",
    "Evidence",
    "EvidenceCue",
    "EvidenceStrength",
    "Provenance",
    "Record",
    "Region",
    "RegionKind",
    "Span",
    "actor_id",
    "sentence_around",
    "slugify",
    "stable_id",
    "thread_roots",
]


# --------------------------------------------------------------------------- enums


class _Enum(enum.Enum):
    """An enumeration whose members hash by identity, as they compare.

    ``enum.Enum`` hashes a member by its name in Python code, a call each time a member
    is looked up in a set or a dict ("``actor.kind in {ActorKind.PERSON, ...}``", hundreds
    of thousands of times in a corpus); identity hashing is the built-in one, and agrees
    with equality, which for members is identity.
    """

    __hash__ = object.__hash__


class ActorKind(_Enum):
    """What sort of actor speaks or is spoken about."""

    STATE = "state"
    """A country acting as a whole ("North Korea", "Washington" as the US)."""
    GOVERNMENT_BODY = "government_body"
    """A ministry, agency, office or other organ of a state ("the State Department")."""
    ORGANISATION = "organisation"
    """A non-state organisation: a party, a company, an NGO, an intergovernmental body."""
    MEDIA_OUTLET = "media_outlet"
    """A news agency, broadcaster or publication ("the Korean Central News Agency")."""
    PERSON = "person"
    """One human being, named or not."""
    GROUP = "group"
    """An informal collective ("officials", "critics", "the West")."""
    UNKNOWN = "unknown"
    """The extractor could not tell."""


class ClaimKind(_Enum):
    """What a claim does."""

    ALLEGATION = "allegation"
    """Accuses someone of wrongdoing or asserts a fact damaging to them."""
    DENIAL = "denial"
    """Rejects an allegation or its premise."""
    ADMISSION = "admission"
    """Concedes a fact against the speaker's own interest."""
    WARNING = "warning"
    """Threatens or cautions someone."""
    CONFIRMATION = "confirmation"
    """Affirms a fact that others reported."""
    STATEMENT = "statement"
    """Any other attributed statement."""


class Commitment(_Enum):
    """How firmly the speaker commits to the proposition (after FactBank)."""

    CERTAIN = "certain"
    """Presented as fact ("Russia is purchasing ...")."""
    PROBABLE = "probable"
    """Presented as likely ("likely", "probably", "appears to")."""
    POSSIBLE = "possible"
    """Presented as possible ("possible purchase", "may", "could")."""
    UNCOMMITTED = "uncommitted"
    """The speaker takes no position (reported without endorsement, questions)."""


_STRENGTH_RANK = {
    "no_evidence": 0,
    "assertion": 1,
    "reported": 2,
    "documented": 3,
    "corroborated": 4,
}


class EvidenceStrength(_Enum):
    """An ordinal scale of the evidence behind a claim, from weakest to strongest.

    Members compare by rank: ``EvidenceStrength.ASSERTION < EvidenceStrength.DOCUMENTED``.
    """

    NO_EVIDENCE = "no_evidence"
    """The text says outright that there is no evidence ("certainly no evidence")."""
    ASSERTION = "assertion"
    """A bare assertion with nothing offered in support."""
    REPORTED = "reported"
    """Second-hand: attributed to reports, sources or unnamed officials."""
    DOCUMENTED = "documented"
    """Backed by records, intelligence, documents or imagery."""
    CORROBORATED = "corroborated"
    """Confirmed independently by more than one party or kind of evidence."""

    @property
    def rank(self) -> int:
        """The position of this level on the scale, 0 (weakest) to 4 (strongest)."""
        return _STRENGTH_RANK[self.value]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, EvidenceStrength):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, EvidenceStrength):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, EvidenceStrength):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, EvidenceStrength):
            return NotImplemented
        return self.rank >= other.rank


class CueEffect(_Enum):
    """How an evidence cue moves the evidence score."""

    ABSENCE = "absence"
    """States that evidence is missing ("no indications", "without proof")."""
    RAISES = "raises"
    """Points to support ("declassified intelligence records", "satellite images")."""
    LOWERS = "lowers"
    """Weakens the sourcing ("reportedly", "anonymous", "lacked further information")."""


class RegionKind(_Enum):
    """The part of a document a region of its text belongs to."""

    TITLE = "title"
    SUMMARY = "summary"
    BODY = "body"
    BYLINE = "byline"
    BOILERPLATE = "boilerplate"
    """Not article text: shortcodes, comment prompts, sign-offs. Kept, never extracted."""
    DATELINE = "dateline"
    """The wire dateline opening a story ("SEOUL (Reuters) -", "PUTRAJAYA:"): where and through
    whom it was filed, not what anyone said. Kept, never extracted."""


# ------------------------------------------------------------------------- helpers


def _fail(message: str) -> InvalidValueError:
    return InvalidValueError(message)


def _non_negative(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(f"{attribute.name} must be an int, got {type(value).__name__}")
    if value < 0:
        raise _fail(f"{attribute.name} must be >= 0, got {value}")


def _non_empty_str(_inst: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise _fail(f"{attribute.name} must be a str, got {type(value).__name__}")
    if not value.strip():
        raise _fail(f"{attribute.name} must not be empty")


def _none_if_empty(value: Any) -> Any:
    """Normalise an empty optional string to ``None`` (so CSV cells round-trip)."""
    return None if value == "" else value


def _optional_str(_inst: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and not isinstance(value, str):
        raise _fail(f"{attribute.name} must be a str or None, got {type(value).__name__}")


def _is_enum(kind: type[enum.Enum]) -> Any:
    def check(_inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, kind):
            raise _fail(f"{attribute.name} must be a {kind.__name__}, got {value!r}")

    return check


def _instance_of(kind: type, *, optional: bool = False) -> Any:
    def check(_inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        if not isinstance(value, kind):
            raise _fail(f"{attribute.name} must be a {kind.__name__}, got {type(value).__name__}")

    return check


def _tuple_of(kind: type) -> Any:
    def check(_inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            if not isinstance(item, kind):
                raise _fail(
                    f"{attribute.name}[{index}] must be a {kind.__name__}, "
                    f"got {type(item).__name__}"
                )

    return check


def _to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    if isinstance(value, str | bytes):
        raise _fail("expected a sequence of items, got a single string")
    return tuple(value)


def _to_str_map(value: Mapping[str, str] | None) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise _fail(f"metadata must be a mapping, got {type(value).__name__}")
    result = {}
    for key, item in value.items():
        if not isinstance(key, str) or not isinstance(item, str):
            raise _fail("metadata keys and values must be strings")
        result[key] = item
    return dict(sorted(result.items()))


_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Turn a name into a lowercase ASCII slug (``"Kim Jong Un"`` -> ``"kim-jong-un"``).

    Args:
        text: Any string.

    Returns:
        The slug; ``"x"`` when nothing alphanumeric remains.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _SLUG_DROP.sub("-", ascii_text.lower()).strip("-")
    return slug[:60].rstrip("-") or "x"


_slug = functools.lru_cache(maxsize=1 << 12)(slugify)
""":func:`slugify`, remembered for :func:`actor_id` (an anonymous actor's id slugs its
document's id, the same for every description in the document, and names recur)."""


def stable_id(prefix: str, *parts: object) -> str:
    """Derive a deterministic identifier from content.

    Args:
        prefix: A short readable prefix (``"claim"``, ``"doc"``).
        *parts: Values that together identify the object; their ``repr`` is hashed.

    Returns:
        ``prefix`` and the first 16 hex digits of a SHA-256 digest, joined by ``:``.
    """
    digest = hashlib.sha256("\x1f".join(repr(part) for part in parts).encode("utf-8"))
    return f"{prefix}:{digest.hexdigest()[:16]}"


def actor_id(
    kind: ActorKind,
    name: str,
    *,
    country: str | None = None,
    anonymous: bool = False,
    scope: str | None = None,
) -> str:
    """The conventional id of an actor, shared by extractors, gold data and plugins.

    * a state is ``state:`` and its lowercase ISO code (``state:kp``), or its slug when
      the code is unknown;
    * anything else is its kind and the slug of its name
      (``government_body:us-department-of-state``, ``person:vedant-patel``);
    * an anonymous actor is one per document: ``scope`` (the document id) is put in its
      id (``person:anon:doc-1:north-korean-defense-official``), since two unnamed
      officials in two articles are not known to be one person.

    Args:
        kind: The actor's kind.
        name: Its canonical name (or, when anonymous, its description).
        country: Its ISO 3166-1 alpha-2 code, if known.
        anonymous: Whether the actor is unnamed.
        scope: For anonymous actors, the id of the document that mentions them.

    Returns:
        The id.

    Example:
        >>> actor_id(ActorKind.STATE, "North Korea", country="KP")
        'state:kp'
        >>> actor_id(ActorKind.PERSON, "Vedant Patel")
        'person:vedant-patel'
    """
    if kind is ActorKind.STATE and country:
        return f"state:{country.lower()}"
    if anonymous:
        return f"{kind.value}:anon:{_slug(scope or '')}:{_slug(name)}"
    return f"{kind.value}:{_slug(name)}"


_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


def _country(_inst: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and (not isinstance(value, str) or not _COUNTRY_CODE.match(value)):
        raise _fail(f"{attribute.name} must be an ISO 3166-1 alpha-2 code like 'KP', got {value!r}")


def _score(_inst: object, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(f"{attribute.name} must be a number, got {type(value).__name__}")
    if not 0.0 <= value <= 1.0:
        raise _fail(f"{attribute.name} must lie in [0, 1], got {value}")


# --------------------------------------------------------------------------- spans


@frozen(kw_only=True, order=True)
class Span:
    """A half-open range of character offsets into one document's text.

    Example:
        >>> text = "North Korea denies the claim."
        >>> Span(start=12, end=18).text(text)
        'denies'
    """

    start: int = field(validator=_non_negative)
    end: int = field(validator=_non_negative)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise _fail(f"span end ({self.end}) is before its start ({self.start})")

    def __len__(self) -> int:
        return self.end - self.start

    def text(self, text: str) -> str:
        """Return the part of ``text`` this span covers.

        Args:
            text: The full text of the document the span points into.

        Returns:
            ``text[start:end]``.

        Raises:
            InvalidValueError: The span does not fit inside ``text``.
        """
        if self.end > len(text):
            raise _fail(f"span {self.start}:{self.end} lies outside a text of {len(text)} chars")
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies entirely inside this span."""
        return self.start <= other.start and other.end <= self.end

    def shift(self, offset: int) -> Span:
        """Return this span moved by ``offset`` characters."""
        return Span(start=self.start + offset, end=self.end + offset)


_new_object = object.__new__


def _unchecked_span(start: int, end: int) -> Span:
    """A :class:`Span` of offsets known to be valid (``0 <= start <= end``), made unchecked.

    The extractor makes tens of thousands of spans from offsets it has just read off the
    text; this skips the validators the public constructor runs on what callers pass.
    It is for code that has its offsets from the text itself, never for input.

    Example:
        >>> _unchecked_span(12, 18) == Span(start=12, end=18)
        True
    """
    span: Span = _new_object(Span)
    _set_start(span, start)
    _set_end(span, end)
    return span


# the slots' own setters: what object.__setattr__ ends at, without looking the name up
_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__


@frozen(kw_only=True)
class Region:
    """A part of a document's text with its role (title, summary line, body, boilerplate)."""

    kind: RegionKind = field(validator=_is_enum(RegionKind))
    span: Span = field(validator=_instance_of(Span))


# ----------------------------------------------------------------------- documents

_CONTENT_REGIONS = frozenset({RegionKind.TITLE, RegionKind.SUMMARY, RegionKind.BODY})


@frozen(kw_only=True, eq=True, hash=False)
class Document:
    """One news article.

    ``text`` is the article exactly as it came, so offsets into it match the original
    file.  ``regions`` says which parts of the text are title, summary, body or
    boilerplate; extractors read only the non-boilerplate regions, and a document
    without regions is all body.  Documents hold a mutable ``metadata`` dict and so are
    not hashable; use :attr:`id` as a key.
    """

    id: str = field(validator=_non_empty_str)
    text: str = field(validator=_instance_of(str))
    title: str | None = field(default=None, converter=_none_if_empty, validator=_optional_str)
    summary: tuple[str, ...] = field(default=(), converter=_to_tuple, validator=_tuple_of(str))
    outlet: str | None = field(default=None, converter=_none_if_empty, validator=_optional_str)
    url: str | None = field(default=None, converter=_none_if_empty, validator=_optional_str)
    published: _dt.date | None = field(
        default=None, validator=_instance_of(_dt.date, optional=True)
    )
    byline: str | None = field(default=None, converter=_none_if_empty, validator=_optional_str)
    regions: tuple[Region, ...] = field(
        default=(), converter=_to_tuple, validator=_tuple_of(Region)
    )
    metadata: dict[str, str] = field(factory=dict, converter=_to_str_map)

    def __attrs_post_init__(self) -> None:
        for region in self.regions:
            if region.span.end > len(self.text):
                raise _fail(
                    f"document {self.id!r}: region {region.kind.value} "
                    f"{region.span.start}:{region.span.end} lies outside its text"
                )

    def content_regions(self) -> tuple[Region, ...]:
        """The regions an extractor should read: everything but bylines and boilerplate.

        Returns:
            The title, summary and body regions; one body region covering the
            whole text when the document has no regions.
        """
        if not self.regions:
            return (Region(kind=RegionKind.BODY, span=Span(start=0, end=len(self.text))),)
        return tuple(r for r in self.regions if r.kind in _CONTENT_REGIONS)

    def span_text(self, span: Span) -> str:
        """Return the text of ``span`` in this document."""
        return span.text(self.text)


# -------------------------------------------------------------------------- actors


@frozen(kw_only=True)
class Actor:
    """Someone who speaks or is spoken about: a state, a body, an outlet, a person.

    ``affiliation`` is the actor this one speaks for (an official speaks for a
    ministry, a ministry for a state); it is a full :class:`Actor`, so a claim's
    claimant carries its whole chain of affiliations with it.
    """

    id: str = field(validator=_non_empty_str)
    name: str = field(validator=_non_empty_str)
    kind: ActorKind = field(default=ActorKind.UNKNOWN, validator=_is_enum(ActorKind))
    affiliation: Actor | None = field(default=None)
    role: str | None = field(default=None, converter=_none_if_empty, validator=_optional_str)
    country: str | None = field(default=None, validator=_country)
    aliases: tuple[str, ...] = field(default=(), converter=_to_tuple, validator=_tuple_of(str))
    anonymous: bool = field(default=False, validator=_instance_of(bool))

    @affiliation.validator
    def _check_affiliation(self, _attribute: attrs.Attribute[Any], value: Actor | None) -> None:
        if value is None:
            return
        if not isinstance(value, Actor):
            raise _fail(f"affiliation must be an Actor, got {type(value).__name__}")
        seen = {self.id}
        current: Actor | None = value
        while current is not None:
            if current.id in seen:
                raise _fail(f"actor {self.id!r} has a circular affiliation through {current.id!r}")
            seen.add(current.id)
            current = current.affiliation

    def affiliations(self) -> tuple[Actor, ...]:
        """The chain of actors this one speaks for, nearest first."""
        chain: list[Actor] = []
        current = self.affiliation
        while current is not None:
            chain.append(current)
            current = current.affiliation
        return tuple(chain)

    def speaks_for(self, other: Actor | str) -> bool:
        """Whether this actor is ``other`` or speaks for it, directly or through a chain.

        Args:
            other: An actor or an actor id.
        """
        other_id = other if isinstance(other, str) else other.id
        return self.id == other_id or any(a.id == other_id for a in self.affiliations())

    @property
    def principal(self) -> Actor:
        """The outermost actor this one speaks for (itself when it has no affiliation)."""
        chain = self.affiliations()
        return chain[-1] if chain else self


# -------------------------------------------------------------------------- claims


def _float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(f"expected a number, got {type(value).__name__}")
    return float(value)


@frozen(kw_only=True)
class EvidenceCue:
    """One piece of text that moved an evidence score, and how."""

    text: str = field(validator=_non_empty_str)
    span: Span = field(validator=_instance_of(Span))
    effect: CueEffect = field(validator=_is_enum(CueEffect))
    weight: float = field(default=0.0, converter=_float)
    """The signed change this cue made to the score."""
    rule: str | None = field(default=None, validator=_optional_str)
    """The lexicon entry or rule that matched, for explanations."""

    @weight.validator
    def _check_weight(self, _attribute: attrs.Attribute[float], value: float) -> None:
        if not -1.0 <= value <= 1.0:
            raise _fail(f"weight must lie in [-1, 1], got {value}")


@frozen(kw_only=True)
class Evidence:
    """The evidence behind a claim: an ordinal level, a score, and the cues behind both."""

    strength: EvidenceStrength = field(
        default=EvidenceStrength.ASSERTION, validator=_is_enum(EvidenceStrength)
    )
    score: float = field(default=0.25, converter=_float, validator=_score)
    cues: tuple[EvidenceCue, ...] = field(
        default=(), converter=_to_tuple, validator=_tuple_of(EvidenceCue)
    )

    def explain(self) -> str:
        """A one-line human explanation of the level, score and cues."""
        parts = [f"{self.strength.value} ({self.score:.2f})"]
        for cue in self.cues:
            sign = "+" if cue.weight >= 0 else ""
            parts.append(f"{cue.effect.value} {cue.text!r} {sign}{cue.weight:.2f}")
        return "; ".join(parts)


@frozen(kw_only=True)
class Provenance:
    """Where a claim and its parts sit in their document."""

    document_id: str = field(validator=_non_empty_str)
    span: Span = field(validator=_instance_of(Span))
    """The whole attribution: usually its sentence or clause."""
    cue: tuple[Span, ...] = field(default=(), converter=_to_tuple, validator=_tuple_of(Span))
    """The cue words; several spans for split cues ("did ... deny")."""
    claimant: Span | None = field(default=None, validator=_instance_of(Span, optional=True))
    content: Span | None = field(default=None, validator=_instance_of(Span, optional=True))
    target: Span | None = field(default=None, validator=_instance_of(Span, optional=True))

    def spans(self) -> Iterator[Span]:
        """Every span this provenance records."""
        yield self.span
        yield from self.cue
        for span in (self.claimant, self.content, self.target):
            if span is not None:
                yield span


@frozen(kw_only=True)
class Claim:
    """One attributed statement: who claims what, against whom, how firmly, on what evidence."""

    id: str = field(validator=_non_empty_str)
    kind: ClaimKind = field(validator=_is_enum(ClaimKind))
    claimant: Actor = field(validator=_instance_of(Actor))
    proposition: str = field(validator=_instance_of(str))
    """What is alleged, denied or stated, as text."""
    provenance: Provenance = field(validator=_instance_of(Provenance))
    target: Actor | None = field(default=None, validator=_instance_of(Actor, optional=True))
    """For an allegation the actor accused; for a denial the actor whose allegation it answers."""
    quote: str | None = field(default=None, converter=_none_if_empty, validator=_optional_str)
    """The direct quotation, when the claim is quoted."""
    cue: str = field(default="", validator=_instance_of(str))
    """The cue words as they appear ("has refuted", "denies")."""
    commitment: Commitment = field(default=Commitment.CERTAIN, validator=_is_enum(Commitment))
    evidence: Evidence = field(factory=Evidence, validator=_instance_of(Evidence))
    channel: Actor | None = field(default=None, validator=_instance_of(Actor, optional=True))
    """The outlet or agency the claim came through ("the Korean Central News Agency")."""
    responds_to: tuple[str, ...] = field(default=(), converter=_to_tuple, validator=_tuple_of(str))
    """Ids of the claims this one answers (a denial's allegations)."""

    @property
    def document_id(self) -> str:
        """The id of the document the claim was found in."""
        return self.provenance.document_id

    def sentence_span(self, document: Document) -> Span:
        """The span of the whole sentence the claim comes from, in ``document``.

        The claim's own span (:attr:`Provenance.span`) is often a clause; this widens
        it to the sentence around it, within the same region (a summary bullet, a
        title, a body line) and never past a line break.

        Args:
            document: The claim's document (its id is :attr:`document_id`).

        Raises:
            InvalidValueError: ``document`` is not the claim's document, or the
                claim's span does not fit in its text.
        """
        self._check_document(document)
        return sentence_around(document, self.provenance.span)

    def sentence(self, document: Document) -> str:
        """The sentence the claim comes from (see :meth:`sentence_span`), as one line.

        Example:
            >>> document = Document(id="d", text="Fighting resumed. Russia denied it.")
            >>> claim = Claim(
            ...     id="c",
            ...     kind=ClaimKind.DENIAL,
            ...     claimant=Actor(id="state:ru", name="Russia"),
            ...     proposition="it",
            ...     provenance=Provenance(document_id="d", span=Span(start=25, end=34)),
            ... )
            >>> claim.sentence(document)
            'Russia denied it.'
        """
        return " ".join(self.sentence_span(document).text(document.text).split())

    def content_text(self, document: Document) -> str:
        """The text of what is claimed, exactly as the document has it (one line).

        The content span when the extractor recorded one, else :attr:`proposition`.

        Raises:
            InvalidValueError: ``document`` is not the claim's document.
        """
        self._check_document(document)
        content = self.provenance.content
        if content is None:
            return self.proposition
        return " ".join(content.text(document.text).split())

    def _check_document(self, document: Document) -> None:
        if document.id != self.document_id:
            raise _fail(
                f"claim {self.id!r} comes from document {self.document_id!r}, not {document.id!r}"
            )

    def actors(self) -> Iterator[Actor]:
        """The claimant, target and channel, with their affiliations."""
        for actor in (self.claimant, self.target, self.channel):
            if actor is not None:
                yield actor
                yield from actor.affiliations()


_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s|$)|\n")


def sentence_around(document: Document, span: Span) -> Span:
    """The sentence of ``document`` that holds ``span``, widened from it.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` followed by closing quotes or
    brackets and then whitespace, or at a line break; it never leaves the region
    (title, summary bullet, body line) that holds the start of ``span``.

    Raises:
        InvalidValueError: ``span`` does not fit in the document's text.
    """
    text = document.text
    span.text(text)  # raises when it does not fit
    low, high = 0, len(text)
    for region in document.regions:
        if region.span.start <= span.start < max(region.span.end, region.span.start + 1):
            low, high = region.span.start, region.span.end
            break
    start = low
    for match in _SENTENCE_END.finditer(text, low, span.start):
        start = match.end()
    end = high
    probe = max(span.start, min(span.end, high) - 3)
    found = _SENTENCE_END.search(text, probe, high) if probe < high else None
    if found is not None:
        end = found.end() if found.group() != "\n" else found.start()
    end = max(end, min(span.end, high))
    while start < end and text[start].isspace():
        start += 1
    return Span(start=start, end=end)


_ANAPHORS = frozenset(
    [
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "such",
        "so",
        "them",
        "they",
        "he",
        "she",
        "him",
        "her",
        "his",
        "their",
        "there",
    ]
)
_ARTICLES = frozenset(["a", "an", "the", "any", "some"])
_WORD = re.compile(r"[\w’'-]+")


def _stands_alone(proposition: str) -> bool:
    """Whether a proposition reads without its sentence (see Corpus.standalone_proposition)."""
    words = [w.lower() for w in _WORD.findall(proposition)]
    if not words or words[0] in _ANAPHORS or words[-2:] == ["do", "so"]:
        return False
    return not (words[0] in _ARTICLES and len(words) <= 3)


Record: TypeAlias = Document | Actor | Claim
"""What loaders yield and exporters consume, record by record."""


# -------------------------------------------------------------------------- corpus


def thread_roots(claims: Iterable[Claim]) -> dict[str, str]:
    """The thread of every claim: the smallest claim id among those it is linked to.

    Claims joined by ``responds_to`` links, directly or through others, share a root;
    links to claims outside ``claims`` are not followed.

    Example:
        >>> from claimkit import datasets
        >>> roots = thread_roots(datasets.example_gold().claims)
        >>> len(set(roots.values())) < len(roots)  # some claims answer others
        True
    """
    listed = list(claims)
    parent = {claim.id: claim.id for claim in listed}

    def find(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for claim in listed:
        for other in claim.responds_to:
            if other in parent:
                a, b = find(claim.id), find(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    return {key: find(key) for key in parent}


@frozen(kw_only=True)
class Dispute:
    """A dispute thread: allegations (possibly reported by several documents) and their answers."""

    allegations: tuple[Claim, ...]
    responses: tuple[Claim, ...]

    @property
    def denials(self) -> tuple[Claim, ...]:
        """The responses that are denials."""
        return tuple(c for c in self.responses if c.kind is ClaimKind.DENIAL)

    @property
    def document_ids(self) -> tuple[str, ...]:
        """The documents the thread draws on, in first-seen order."""
        seen: dict[str, None] = {}
        for claim in (*self.allegations, *self.responses):
            seen.setdefault(claim.document_id, None)
        return tuple(seen)


def _actors_of(claims: Iterable[Claim], extra: Iterable[Actor]) -> tuple[Actor, ...]:
    found: dict[str, Actor] = {}
    for actor in extra:
        found.setdefault(actor.id, actor)
        for parent in actor.affiliations():
            found.setdefault(parent.id, parent)
    for claim in claims:
        for actor in claim.actors():
            found.setdefault(actor.id, actor)
    return tuple(found.values())


@frozen(kw_only=True, eq=True, hash=False)
class Corpus:
    """Documents, actors and claims together, with lookups and dispute threads.

    Build one with :meth:`build`, which also collects every actor the claims mention.
    Lookups are computed once, on first use.
    """

    documents: tuple[Document, ...] = field(
        default=(), converter=_to_tuple, validator=_tuple_of(Document)
    )
    actors: tuple[Actor, ...] = field(default=(), converter=_to_tuple, validator=_tuple_of(Actor))
    claims: tuple[Claim, ...] = field(default=(), converter=_to_tuple, validator=_tuple_of(Claim))
    _index: dict[str, Any] = field(factory=dict, init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        for name, items in (
            ("document", self.documents),
            ("actor", self.actors),
            ("claim", self.claims),
        ):
            seen: set[str] = set()
            for item in items:
                if item.id in seen:
                    raise _fail(f"duplicate {name} id {item.id!r} in corpus")
                seen.add(item.id)

    @classmethod
    def build(
        cls,
        documents: Iterable[Document] = (),
        claims: Iterable[Claim] = (),
        actors: Iterable[Actor] = (),
    ) -> Corpus:
        """Make a corpus, collecting the actors of the claims and their affiliations.

        Args:
            documents: The documents.
            claims: The claims.
            actors: Actors to include even if no claim mentions them; they win over
                claim actors of the same id.

        Returns:
            The corpus, with actors deduplicated by id in first-seen order.
        """
        claims = tuple(claims)
        return cls(documents=documents, actors=_actors_of(claims, actors), claims=claims)

    def records(self) -> Iterator[Record]:
        """Every record: documents, then actors, then claims."""
        yield from self.documents
        yield from self.actors
        yield from self.claims

    def __len__(self) -> int:
        return len(self.claims)

    def merge(self, other: Corpus) -> Corpus:
        """Return a corpus holding the records of both (ids must not clash)."""
        return Corpus.build(
            (*self.documents, *other.documents),
            (*self.claims, *other.claims),
            (*self.actors, *other.actors),
        )

    # lookups ---------------------------------------------------------------

    def _lookup(self, name: str) -> Any:
        if not self._index:
            self._build_index()
        return self._index[name]

    def _build_index(self) -> None:
        by_actor: defaultdict[str, list[Claim]] = defaultdict(list)
        by_target: defaultdict[str, list[Claim]] = defaultdict(list)
        by_document: defaultdict[str, list[Claim]] = defaultdict(list)
        by_kind: defaultdict[ClaimKind, list[Claim]] = defaultdict(list)
        for claim in self.claims:
            for actor in (claim.claimant, *claim.claimant.affiliations()):
                by_actor[actor.id].append(claim)
            if claim.target is not None:
                by_target[claim.target.id].append(claim)
            by_document[claim.document_id].append(claim)
            by_kind[claim.kind].append(claim)
        self._index.update(
            documents={d.id: d for d in self.documents},
            actors={a.id: a for a in self.actors},
            claims={c.id: c for c in self.claims},
            by_actor=by_actor,
            by_target=by_target,
            by_document=by_document,
            by_kind=by_kind,
        )

    def document(self, document_id: str) -> Document:
        """The document with this id (:class:`KeyError` when absent)."""
        return self._lookup("documents")[document_id]  # type: ignore[no-any-return]

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id (:class:`KeyError` when absent)."""
        return self._lookup("actors")[actor_id]  # type: ignore[no-any-return]

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id (:class:`KeyError` when absent)."""
        return self._lookup("claims")[claim_id]  # type: ignore[no-any-return]

    def actor_ids(self, actor: Actor | str) -> tuple[str, ...]:
        """The ids an actor, an actor id, or an actor's name or alias stands for.

        Args:
            actor: An :class:`Actor`; an id (``"state:kp"``); or a name or alias
                (``"North Korea"``, ``"Pyongyang"``), matched without regard to case
                against every actor of the corpus.

        Raises:
            UnknownActorError: ``actor`` is a string that is neither an id of this
                corpus nor any of its actors' names or aliases, and does not look like
                an id (``kind:name``), so it is most likely misspelt.
        """
        if isinstance(actor, Actor):
            return (actor.id,)
        if not isinstance(actor, str):
            raise InvalidValueError(
                f"expected an Actor, an actor id or a name, got {type(actor).__name__}"
            )
        if actor in self._lookup("actors"):
            return (actor,)
        key = actor.casefold().strip()
        named = tuple(
            a.id
            for a in self.actors
            if key == a.name.casefold() or any(key == x.casefold() for x in a.aliases)
        )
        if named:
            return named
        if ":" in actor:
            return (actor,)  # an id, of an actor that is not in this corpus
        raise UnknownActorError(
            f"no actor of the corpus has the id, name or alias {actor!r} "
            f"(ids look like 'state:kp'; {len(self.actors)} actors)"
        )

    def claims_by(self, actor: Actor | str) -> tuple[Claim, ...]:
        """Claims made by the actor or by anyone speaking for it.

        Args:
            actor: An actor, actor id, name or alias (see :meth:`actor_ids`); claims
                by its officials and bodies count.

        Raises:
            UnknownActorError: No actor has that name (see :meth:`actor_ids`).
        """
        return self._claims_of("by_actor", self.actor_ids(actor))

    def claims_against(self, actor: Actor | str) -> tuple[Claim, ...]:
        """Claims whose target is the actor (an actor, id, name or alias).

        Raises:
            UnknownActorError: No actor has that name (see :meth:`actor_ids`).
        """
        return self._claims_of("by_target", self.actor_ids(actor))

    def _claims_of(self, index: str, actor_ids: tuple[str, ...]) -> tuple[Claim, ...]:
        table = self._lookup(index)
        if len(actor_ids) == 1:
            return tuple(table.get(actor_ids[0], ()))
        found = {c.id for actor_id in actor_ids for c in table.get(actor_id, ())}
        return tuple(c for c in self.claims if c.id in found)

    def claims_in(self, document: Document | str) -> tuple[Claim, ...]:
        """Claims found in one document."""
        document_id = document if isinstance(document, str) else document.id
        return tuple(self._lookup("by_document").get(document_id, ()))

    def claims_of_kind(self, kind: ClaimKind | str) -> tuple[Claim, ...]:
        """Claims of one kind (``ClaimKind.DENIAL`` or ``"denial"``)."""
        return tuple(self._lookup("by_kind").get(ClaimKind(kind), ()))

    @property
    def allegations(self) -> tuple[Claim, ...]:
        """All allegations."""
        return self.claims_of_kind(ClaimKind.ALLEGATION)

    @property
    def denials(self) -> tuple[Claim, ...]:
        """All denials."""
        return self.claims_of_kind(ClaimKind.DENIAL)

    def responses_to(self, claim: Claim | str) -> tuple[Claim, ...]:
        """Claims whose ``responds_to`` names this claim."""
        claim_id = claim if isinstance(claim, str) else claim.id
        return tuple(c for c in self.claims if claim_id in c.responds_to)

    def sentence_of(self, claim: Claim) -> str | None:
        """The sentence ``claim`` comes from, when its document is in the corpus."""
        document = self._lookup("documents").get(claim.document_id)
        return None if document is None else claim.sentence(document)

    def standalone_proposition(self, claim: Claim) -> str:
        """What ``claim`` says, in words that can be read without the article.

        Many propositions only make sense in their sentence ("the charges", "a
        charge", "it as a 'possible purchase'", "any plans to do so").  The rule:

        1. a proposition that does not start with a pronoun or a pointing word ("it",
           "such", "these", ...), is longer than three words when it starts with an
           article, and does not end in "do so" stands alone and is returned as it is;
        2. otherwise, if the claim is a response (not an allegation) to claims of this
           corpus (``responds_to``), and the proposition of the one it answers (the
           nearest before it in the same document, else the first) stands alone, that
           follows in brackets: ``"the charges [Russia was purchasing ... from North
           Korea]"``;
        3. otherwise the sentence the claim comes from (:meth:`Claim.sentence`), when
           the document is in the corpus;
        4. otherwise the proposition as it is.

        Args:
            claim: A claim (of this corpus or not).
        """
        proposition = " ".join(claim.proposition.split())
        if _stands_alone(proposition):
            return proposition
        known = self._lookup("claims")
        answered = [known[i] for i in claim.responds_to if i in known]
        if answered and claim.kind is not ClaimKind.ALLEGATION:
            before = [
                c
                for c in answered
                if c.document_id == claim.document_id
                and c.provenance.span.start <= claim.provenance.span.start
            ]
            antecedent = (
                max(before, key=lambda c: c.provenance.span.start) if before else answered[0]
            )
            inner = " ".join(antecedent.proposition.split())
            if _stands_alone(inner):
                return f"{proposition} [{inner}]"
        return self.sentence_of(claim) or proposition

    def threads(self) -> tuple[Dispute, ...]:
        """Every thread: the groups of claims joined by ``responds_to`` links.

        Claims linked directly or through others form one thread, so one allegation
        reported by two documents and denied in both is a single thread.  Allegations
        nobody answered are threads of their own with no responses.
        """
        roots = thread_roots(self.claims)
        groups: dict[str, list[Claim]] = {}
        for claim in self.claims:
            groups.setdefault(roots[claim.id], []).append(claim)
        threads = []
        for members in groups.values():
            allegations = tuple(c for c in members if c.kind is ClaimKind.ALLEGATION)
            if not allegations:
                continue
            responses = tuple(c for c in members if c.kind is not ClaimKind.ALLEGATION)
            threads.append(Dispute(allegations=allegations, responses=responses))
        return tuple(threads)

    def disputes(self) -> tuple[Dispute, ...]:
        """The threads in which at least one allegation is answered by a denial."""
        return tuple(t for t in self.threads() if t.denials)

    def to_pandas(self) -> Frames:
        """The claims, actors and documents as pandas DataFrames (needs ``claimkit[pandas]``).

        Delegates to :func:`claimkit.integrations.pandas.to_frames`, which documents the
        columns and dtypes; :func:`claimkit.integrations.pandas.from_frames` reads them back.

        Raises:
            ClaimkitError: pandas is not installed.
        """
        from claimkit.integrations.pandas import to_frames

        return to_frames(self)


# ------------------------------------------------------------------ field converters

FIELD_CONVERTERS: Mapping[Any, str] = MappingProxyType(
    {
        _to_tuple: "tuple",
        _float: "float",
        _none_if_empty: "none_if_empty",
        _to_str_map: "sorted_str_map",
    }
)
"""What each converter on a field of the model does, by name, for serialisers that must
reproduce it without running it: ``tuple`` (any iterable but a string becomes a tuple),
``float`` (a number becomes a float), ``none_if_empty`` (``""`` becomes ``None``) and
``sorted_str_map`` (a mapping of strings to strings, its keys sorted)."""
