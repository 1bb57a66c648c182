r"""Hypothesis strategies for every claimkit model type, hostile text included.

Each function returns a :class:`hypothesis.strategies.SearchStrategy`.  Everything
they generate is *valid* (it passes the model's validators), but the text inside is
chosen to break formats: any Unicode character (NUL and other control characters
included; lone surrogates excluded, as they cannot be encoded as UTF-8), quotes,
commas, newlines and carriage returns, right-to-left text and direction overrides,
very long strings, and cells a spreadsheet would run as formulas (``=SUM(A1)``,
``+1``, ``-2``, ``@x``, ``\tfoo``, ``'x``).

Spans always fit the text they point into: a claim's provenance spans and evidence cue
spans lie inside its document's text, and a region lies inside its document.  Corpora
are built with :meth:`claimkit.Corpus.build`, with unique document, actor and claim ids;
actors form affiliation chains (an official speaks for a ministry, which speaks for a
state), and ``responds_to`` links point at other claims of the corpus.

Importing :mod:`claimkit.testing` registers these strategies with
:func:`hypothesis.strategies.register_type_strategy`, so ``st.from_type(claimkit.Claim)``
and ``@given(corpus=...)`` with type annotations work.  When claimkit is installed,
hypothesis also runs :func:`register_strategies` on its own start-up through its
``hypothesis`` entry point, so the registration holds even without that import.

Example:
    >>> import claimkit
    >>> from hypothesis import given
    >>> from claimkit.testing import strategies as cks
    >>> @given(cks.corpora())
    ... def test_round_trip(corpus):
    ...     assert claimkit.loads(claimkit.dumps(corpus, "json"), "json") == corpus
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Sequence

from hypothesis import strategies as st
from hypothesis.strategies import DrawFn, SearchStrategy

from claimkit.model import (
    Actor,
    ActorKind,
    Claim,
    ClaimKind,
    Commitment,
    Corpus,
    CueEffect,
    Document,
    Evidence,
    EvidenceCue,
    EvidenceStrength,
    Provenance,
    Region,
    RegionKind,
    Span,
)

__all__ = [
    "FORMULA_STRINGS",
    "HOSTILE_STRINGS",
    "LONG_TEXT_SIZE",
    "RTL_STRINGS",
    "actor_pools",
    "actors",
    "claims",
    "corpora",
    "country_codes",
    "documents",
    "evidence",
    "evidence_cues",
    "hostile_text",
    "identifiers",
    "names",
    "news_sentence",
    "news_texts",
    "provenances",
    "regions",
    "register_strategies",
    "spans",
]

FORMULA_STRINGS: tuple[str, ...] = (
    "=SUM(A1)",
    "=1+2",
    "=cmd|' /C calc'!A0",
    "+1",
    "-2",
    "-",
    "@x",
    "@SUM(1)",
    "\tfoo",
    "\rfoo",
    "'x",
    "''",
    "'=1",
    "=",
    "+",
)
"""Strings a spreadsheet would run as formulas, and strings that already look neutralised."""

RTL_STRINGS: tuple[str, ...] = (
    "\u0645\u0631\u062d\u0628\u0627",  # Arabic
    "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd",  # Hebrew
    "\u202eevil\u202c",  # right-to-left override
    "\u200fmark\u200e",
    "abc \u0627\u0644\u0639\u0631\u0628\u064a\u0629 123",
)
"""Right-to-left text and bidirectional control characters."""

HOSTILE_STRINGS: tuple[str, ...] = (
    *FORMULA_STRINGS,
    *RTL_STRINGS,
    "",
    " ",
    "\x00",
    "a\x00b",
    '"',
    '""',
    "'",
    ",",
    'a,"b",c',
    "\n",
    "\r",
    "\r\n",
    "line one\nline two",
    "cr\ronly",
    "\ufeffbom",
    "\u2028\u2029",
    "\x1f\x1e\x0b\x0c",
    "\U0001f600 emoji",
    "e\u0301 combining",
    "\u201ccurly\u201d \u2018quotes\u2019",
    "{}",
    "[1]",
    '{"type": "header"}',
    "null",
    "1:2",
    "0:0;1:1",
    "true",
    "\\",
    "\\u0000",
    "</script>",
    "&amp;",
)
"""Short strings known to trip up formats: separators, quotes, control characters."""

LONG_TEXT_SIZE = 20_000
"""Roughly how long the "very long" strings of :func:`hostile_text` get, in characters."""


@functools.cache
def hostile_text(
    *, min_size: int = 0, max_size: int = 60, long: bool = True
) -> SearchStrategy[str]:
    """Strings of any Unicode, with a strong bias towards ones that break formats.

    Args:
        min_size: The fewest characters to generate.
        max_size: The most characters of the ordinary (not "very long") strings.
        long: Sometimes generate a very long string (about :data:`LONG_TEXT_SIZE`
            characters) built from hostile pieces.

    Returns:
        A strategy for strings without lone surrogates (which no file can hold).
    """
    anything = st.text(st.characters(codec="utf-8"), min_size=min_size, max_size=max_size)
    known = st.sampled_from(HOSTILE_STRINGS)
    pieces = st.one_of(known, st.text(st.characters(codec="utf-8"), max_size=8))
    mixed = st.lists(pieces, max_size=6).map("".join)
    choices: list[SearchStrategy[str]] = [anything, known, mixed]
    if long:
        choices.append(
            st.builds(
                lambda piece, count: (piece or "x") * count,
                known,
                st.integers(LONG_TEXT_SIZE // 4, LONG_TEXT_SIZE),
            ).map(lambda s: s[:LONG_TEXT_SIZE])
        )
    strategy = st.one_of(*choices)
    if min_size:
        strategy = strategy.filter(lambda s: len(s) >= min_size)
    return strategy


@functools.cache
def names(*, max_size: int = 40) -> SearchStrategy[str]:
    """Hostile strings that are not blank, as actor names and evidence cue texts need."""
    return hostile_text(max_size=max_size, long=False).map(
        lambda s: s if s.strip() else f"x{s}"
    )


@functools.cache
def identifiers() -> SearchStrategy[str]:
    """Record ids: sometimes tidy (``claim:3f2a...``), sometimes hostile but never blank."""
    tidy = st.builds(
        lambda prefix, digits: f"{prefix}:{digits}",
        st.sampled_from(("doc", "claim", "state", "person", "government_body")),
        st.text("0123456789abcdef-", min_size=1, max_size=16),
    )
    return st.one_of(tidy, names(max_size=20))


@functools.cache
def country_codes() -> SearchStrategy[str]:
    """ISO 3166-1 alpha-2 shaped codes (two capital letters)."""
    return st.one_of(
        st.sampled_from(("US", "KP", "RU", "IR", "UA", "CN", "GB", "FR", "IL", "PS")),
        st.from_regex(r"\A[A-Z]{2}\Z"),
    )


def spans(text: str | None = None) -> SearchStrategy[Span]:
    """Spans inside ``text`` (any span when ``text`` is None).

    Args:
        text: The text the spans must fit.

    Returns:
        A strategy of :class:`~claimkit.Span` with ``end <= len(text)``.
    """
    limit = 10_000 if text is None else len(text)
    return st.tuples(st.integers(0, limit), st.integers(0, limit)).map(
        lambda pair: Span(start=min(pair), end=max(pair))
    )


def regions(text: str | None = None) -> SearchStrategy[Region]:
    """Regions (title, summary, body, byline, boilerplate) inside ``text``."""
    return st.builds(Region, kind=st.sampled_from(RegionKind), span=spans(text))


def _optional(strategy: SearchStrategy[str]) -> SearchStrategy[str | None]:
    return st.one_of(st.none(), strategy)


@st.composite
def documents(
    draw: DrawFn, *, id: str | None = None, text: str | None = None
) -> Document:
    """Documents with hostile text, metadata and regions that fit the text.

    Args:
        draw: Supplied by hypothesis.
        id: Use this id instead of a generated one.
        text: Use this text instead of a generated one.
    """
    body = text if text is not None else draw(hostile_text(max_size=300))
    return Document(
        id=id if id is not None else draw(identifiers()),
        text=body,
        title=draw(_optional(hostile_text(max_size=40, long=False))),
        summary=draw(st.lists(hostile_text(max_size=30, long=False), max_size=3)),
        outlet=draw(_optional(hostile_text(max_size=20, long=False))),
        url=draw(_optional(st.sampled_from(("https://example.org/a?b=1&c=2", "=HYPERLINK(x)")))),
        published=draw(st.one_of(st.none(), st.dates(_dt.date(1, 1, 1), _dt.date(9999, 12, 31)))),
        byline=draw(_optional(hostile_text(max_size=20, long=False))),
        regions=draw(st.lists(regions(body), max_size=4)),
        metadata=draw(
            st.dictionaries(
                hostile_text(max_size=10, long=False),
                hostile_text(max_size=20, long=False),
                max_size=3,
            )
        ),
    )


@st.composite
def _actor_chain(draw: DrawFn, depth: int, used: frozenset[str]) -> Actor:
    affiliation = None
    seen = set(used)
    for _ in range(draw(st.integers(1, depth))):
        actor = draw(_single_actor(affiliation, frozenset(seen)))
        seen.add(actor.id)
        affiliation = actor
    assert affiliation is not None
    return affiliation


@st.composite
def _single_actor(draw: DrawFn, affiliation: Actor | None, used: frozenset[str]) -> Actor:
    kind = draw(st.sampled_from(ActorKind))
    return Actor(
        id=draw(identifiers().filter(lambda value: value not in used)),
        name=draw(names()),
        kind=kind,
        affiliation=affiliation,
        role=draw(_optional(hostile_text(max_size=20, long=False))),
        country=draw(st.one_of(st.none(), country_codes())),
        aliases=draw(st.lists(hostile_text(max_size=15, long=False), max_size=3)),
        anonymous=draw(st.booleans()),
    )


def actors(*, max_depth: int = 3) -> SearchStrategy[Actor]:
    """Actors with affiliation chains up to ``max_depth`` long (ids unique within a chain).

    Args:
        max_depth: The longest chain, the actor itself included.
    """
    return _actor_chain(max_depth, frozenset())


@st.composite
def actor_pools(draw: DrawFn, *, max_size: int = 6, max_depth: int = 3) -> list[Actor]:
    """Lists of actors with unique ids, where affiliations point at earlier actors of the list.

    Args:
        draw: Supplied by hypothesis.
        max_size: The most actors.
        max_depth: The longest affiliation chain.
    """
    pool: list[Actor] = []
    used: set[str] = set()
    for _ in range(draw(st.integers(1, max_size))):
        candidates = [a for a in pool if len(a.affiliations()) + 1 < max_depth]
        affiliation = (
            draw(st.one_of(st.none(), st.sampled_from(candidates))) if candidates else None
        )
        actor = draw(_single_actor(affiliation, frozenset(used)))
        used.add(actor.id)
        pool.append(actor)
    return pool


@st.composite
def evidence_cues(draw: DrawFn, text: str | None = None) -> EvidenceCue:
    """Evidence cues; with ``text``, the cue's span lies inside it and its text is that span's.

    Args:
        draw: Supplied by hypothesis.
        text: The document text the cue points into.
    """
    span = draw(spans(text))
    cue_text = text[span.start : span.end] if text is not None else ""
    return EvidenceCue(
        text=cue_text if cue_text.strip() else draw(names(max_size=20)),
        span=span,
        effect=draw(st.sampled_from(CueEffect)),
        weight=draw(st.floats(-1.0, 1.0, allow_nan=False)),
        rule=draw(_optional(hostile_text(max_size=20, long=False))),
    )


@st.composite
def evidence(draw: DrawFn, text: str | None = None) -> Evidence:
    """Evidence with a level, a score in [0, 1] and cues (inside ``text`` when given).

    Args:
        draw: Supplied by hypothesis.
        text: The document text the cues point into.
    """
    return Evidence(
        strength=draw(st.sampled_from(EvidenceStrength)),
        score=draw(st.floats(0.0, 1.0, allow_nan=False)),
        cues=draw(st.lists(evidence_cues(text), max_size=3)),
    )


@st.composite
def provenances(draw: DrawFn, document: Document | None = None) -> Provenance:
    """Provenance whose spans all lie inside ``document``'s text (any spans without one).

    Args:
        draw: Supplied by hypothesis.
        document: The document the claim is found in.
    """
    text = document.text if document is not None else None
    optional_span = st.one_of(st.none(), spans(text))
    return Provenance(
        document_id=document.id if document is not None else draw(identifiers()),
        span=draw(spans(text)),
        cue=draw(st.lists(spans(text), max_size=3)),
        claimant=draw(optional_span),
        content=draw(optional_span),
        target=draw(optional_span),
    )


@st.composite
def claims(
    draw: DrawFn,
    *,
    document: Document | None = None,
    pool: Sequence[Actor] | None = None,
    id: str | None = None,
    responds_to: Sequence[str] = (),
) -> Claim:
    """Claims whose spans fit ``document``, with actors from ``pool`` (or fresh ones).

    Args:
        draw: Supplied by hypothesis.
        document: The document the claim is found in; spans then fit its text.
        pool: Actors to choose the claimant, target and channel from.
        id: Use this id instead of a generated one.
        responds_to: Ids the claim may answer (a subset is chosen).
    """
    actor = st.sampled_from(list(pool)) if pool else actors()
    text = document.text if document is not None else None
    return Claim(
        id=id if id is not None else draw(identifiers()),
        kind=draw(st.sampled_from(ClaimKind)),
        claimant=draw(actor),
        proposition=draw(hostile_text(max_size=80)),
        provenance=draw(provenances(document)),
        target=draw(st.one_of(st.none(), actor)),
        quote=draw(_optional(hostile_text(max_size=60, long=False))),
        cue=draw(hostile_text(max_size=15, long=False)),
        commitment=draw(st.sampled_from(Commitment)),
        evidence=draw(evidence(text)),
        channel=draw(st.one_of(st.none(), actor)),
        responds_to=draw(
            st.lists(st.sampled_from(list(responds_to)), unique=True, max_size=3)
            if responds_to
            else st.just([])
        ),
    )


@st.composite
def corpora(
    draw: DrawFn, *, max_documents: int = 3, max_actors: int = 6, max_claims: int = 6
) -> Corpus:
    """Whole corpora: documents, an actor pool with affiliation chains, and claims.

    Ids are unique within each kind of record; every claim points into one of the
    corpus's documents when it has any, and its ``responds_to`` names earlier claims.
    Some actors are included even though no claim mentions them.

    Args:
        draw: Supplied by hypothesis.
        max_documents: The most documents.
        max_actors: The most actors in the pool.
        max_claims: The most claims.
    """
    document_ids = draw(st.lists(identifiers(), max_size=max_documents, unique=True))
    docs = [draw(documents(id=document_id)) for document_id in document_ids]
    pool = draw(actor_pools(max_size=max_actors))
    claim_ids = draw(st.lists(identifiers(), max_size=max_claims, unique=True))
    found: list[Claim] = []
    for index, claim_id in enumerate(claim_ids):
        document = draw(st.sampled_from(docs)) if docs else None
        found.append(
            draw(
                claims(
                    document=document, pool=pool, id=claim_id, responds_to=claim_ids[:index]
                )
            )
        )
    extra = draw(st.lists(st.sampled_from(pool), max_size=2, unique_by=lambda a: a.id))
    return Corpus.build(docs, found, extra)


_SPEAKERS = (
    "North Korea",
    "Washington",
    "The Kremlin",
    "A spokesperson for the ministry",
    "Officials in Ankara",
    "An anonymous defense official",
    "Tehran",
    "The company",
    "Police",
    "Vedant Patel, deputy spokesperson for the US Department of State,",
)
_VERBS = (
    "said",
    "denied",
    "has denied",
    "did not deny",
    "accused {target} of",
    "charged {target} with",
    "rejected claims that",
    "dismissed reports that",
    "warned {target} against",
    "admitted",
    "confirmed",
    "claimed",
    "never said",
)
_CONTENTS = (
    "supplying weapons to Russia",
    "the ships had entered its waters",
    "there was no evidence of a transfer",
    "it had shelled the village",
    "the vote was rigged",
    "negotiations were under way",
)
_QUOTES = (('"', '"'), ("\u201c", "\u201d"), ("'", "'"), ("\u2018", "\u2019"), ("\u00ab", "\u00bb"))


@st.composite
def news_sentence(draw: DrawFn) -> str:
    """One English sentence shaped like news attribution, sometimes with hostile parts.

    Direct and indirect speech, "according to", quotes of several styles (split around
    "he said" too), nominal allegations ("a charge Tehran has refuted"), negations, and
    names or contents replaced by :func:`hostile_text`.
    """
    speaker = draw(st.one_of(st.sampled_from(_SPEAKERS), names(max_size=20)))
    target = draw(st.one_of(st.sampled_from(_SPEAKERS), names(max_size=20)))
    verb = draw(st.sampled_from(_VERBS)).format(target=target)
    content = draw(st.one_of(st.sampled_from(_CONTENTS), hostile_text(max_size=40, long=False)))
    opening, closing = draw(st.sampled_from(_QUOTES))
    shape = draw(st.integers(0, 5))
    if shape == 0:
        return f"{speaker} {verb} {content}."
    if shape == 1:
        return f"{opening}{content},{closing} {speaker} {verb}."
    if shape == 2:
        return f"According to {speaker}, {content}."
    if shape == 3:
        half = len(content) // 2
        return f"{opening}{content[:half]},{closing} he said, {opening}{content[half:]}.{closing}"
    if shape == 4:
        return f"{speaker} made the allegation of {content}, a charge {target} has refuted."
    return f"{speaker} {verb} {opening}{content}{closing}"


@st.composite
def news_texts(draw: DrawFn, *, max_sentences: int = 8) -> str:
    """Articles of :func:`news_sentence` sentences: an optional title, bullets, paragraphs.

    Args:
        draw: Supplied by hypothesis.
        max_sentences: The most sentences.
    """
    sentences = draw(st.lists(news_sentence(), min_size=1, max_size=max_sentences))
    title = draw(st.one_of(st.just(""), hostile_text(max_size=40, long=False).map(str.strip)))
    bullets = draw(st.lists(st.sampled_from(sentences), max_size=2))
    separator = draw(st.sampled_from((" ", "\n", "\n\n", "\r\n")))
    lines = ([title] if title else []) + [f"- {bullet}" for bullet in bullets]
    return "\n".join([*lines, separator.join(sentences)])


def register_strategies() -> None:
    """Register these strategies for the model classes with hypothesis.

    After this, ``st.from_type(claimkit.Claim)`` (and every other model class) draws
    from the strategies above.  Calling it again is harmless.
    """
    st.register_type_strategy(Span, spans())
    st.register_type_strategy(Region, regions())
    st.register_type_strategy(Document, documents())
    st.register_type_strategy(Actor, actors())
    st.register_type_strategy(EvidenceCue, evidence_cues())
    st.register_type_strategy(Evidence, evidence())
    st.register_type_strategy(Provenance, provenances())
    st.register_type_strategy(Claim, claims())
    st.register_type_strategy(Corpus, corpora())
