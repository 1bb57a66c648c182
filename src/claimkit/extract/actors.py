"""Actor mentions in one document, and their resolution to normalised actors.

:class:`ActorResolver` reads a document's title, summary and body and finds every
phrase that names an actor:

* **names** from the gazetteer ("North Korea", "the DPRK", "Pyongyang", "the State
  Department", "KCNA"), capitals standing for their states and seats of power speaking
  for them, and capitalised organisation names ("Clinton Foundation", "Kharkiv Regional
  Military Administration", "the Trump campaign");
* **demonyms** ("North Korean", "Russian") that stand for their states;
* **people** by name, with the title, role and affiliation written around them
  ("Russian President Vladimir Putin", "Vedant Patel, deputy spokesperson for the US
  Department of State"), and later surname-only references ("Putin") to them;
* **descriptions** of unnamed people, groups and bodies ("an anonymous North Korean
  defense official", "officials", "Chinese state media"), which become anonymous actors
  scoped to the document and affiliated to the state or body they name;
* **pronouns** ("he", "it", "they") and repeated descriptions ("the official", "the
  agency", "the party"), resolved to the actor they most likely refer to.

The heuristics, in short: a subject pronoun prefers the first fitting actor of the
nearest sentence that has one, an object pronoun the most recent one other than the
subject just before its verb; "he" and "she" skip people whose first name, title or role
says otherwise; expletive "it" ("it is unclear") and "it" as the object of a verb
("denied it") are no mentions.  A single capitalised word is a name only with a title,
an apposition, or an earlier full name it repeats; a title-case headline is read after
the body, and names there only the people the body names.  :meth:`ActorResolver.resolve`
goes further than :meth:`ActorResolver.mentions` for the phrases it is asked about: it
also resolves relative pronouns ("who"), quantifiers ("some"), "the country", and
documents cited as sources ("a new poll", an actor of kind ``unknown``).

Everything is rule-based and deterministic: one tokenising pass per region, dictionary
lookups against the gazetteer (:mod:`claimkit.extract.gazetteer`) and the role lexicon
(:mod:`claimkit.extract.roles`), and a left-to-right pass that keeps a history for
pronouns and repeated descriptions.
"""

from __future__ import annotations

import bisect
import enum
import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Literal

import attrs

from claimkit.extract.gazetteer import Gazetteer
from claimkit.extract.installed import gazetteer
from claimkit.extract.roles import Body, RoleLexicon, role_lexicon
from claimkit.lexicon import GazetteerEntry, NameForm, normalise_word
from claimkit.model import Actor, ActorKind, Document, Span, actor_id

__all__ = ["ActorResolver", "Mention", "MentionKind", "gazetteer"]


class MentionKind(enum.Enum):
    """How a mention names its actor."""

    NAME = "name"
    """A proper name ("North Korea", "Vedant Patel", "Pyongyang", "Putin")."""
    DESCRIPTION = "description"
    """A noun phrase naming by role ("an anonymous official", "state media", "officials")."""
    PRONOUN = "pronoun"
    """A pronoun ("he", "it", "they")."""
    DEMONYM = "demonym"
    """An adjective of nationality standing for its state ("North Korean", "Russian")."""


@attrs.frozen
class Mention:
    """One place in a document's text that refers to an actor."""

    span: Span
    """Exact offsets of the name, head or pronoun in :attr:`Document.text`."""
    actor: Actor
    """The actor referred to, with its affiliation chain."""
    kind: MentionKind
    """How the text names it."""


# ------------------------------------------------------------------------ tokens

_TOKEN = re.compile(
    r"[^\W_](?:[\w'\u2019\-]*[^\W_])?(?:\.(?:[A-Za-z]\.)*)?"  # words, U.S., Sen.
    r"|[^\w\s]"  # one punctuation character
)
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "sens",
        "rep",
        "reps",
        "gov",
        "lt",
        "gen",
        "col",
        "adm",
        "capt",
        "maj",
        "sgt",
        "cmdr",
        "st",
        "jr",
        "sr",
        "inc",
        "co",
        "corp",
        "ltd",
        "prof",
        "rev",
        "pres",
        "amb",
        "vs",
        "jan",
        "feb",
        "mar",
        "apr",
        "aug",
        "sept",
        "sep",
        "oct",
        "nov",
        "dec",
        "dept",
    ]
)
_PRONOUNS: dict[str, Literal["person", "thing", "plural"]] = {
    "he": "person",
    "him": "person",
    "she": "person",
    "it": "thing",
    "they": "plural",
    "them": "plural",
}
_POSSESSIVE_PRONOUNS: dict[str, Literal["person", "thing", "plural"]] = {
    "his": "person",
    "her": "person",
    "its": "thing",
    "their": "plural",
}
_EXPLETIVE_IT = re.compile(
    r"(?:(?:['\u2019]s|\s+(?:is|was|has\s+been|had\s+been|would\s+be|will\s+be|remains|remained))"
    r"(?:\s+not)?(?:\s+\w+ly)?\s+(?:clear|unclear|likely|unlikely|possible|impossible|true|false|"
    r"important|difficult|hard|easy|time|necessary|certain|uncertain|believed|thought|said|"
    r"reported|understood|known|unknown|expected|feared|alleged|claimed|hoped|estimated|"
    r"feared|worth|too|no\s+secret|a\s+shame)\b"
    r"|\s+(?:seems|seemed|appears|appeared|emerged|turns\s+out|turned\s+out)\s+(?:that|to|as)\b"
    r"|\s+(?:clear|unclear|hard|difficult|easy|possible|impossible|necessary|likely|unlikely)\b)",
    re.IGNORECASE,
)
_PREPOSITIONS = frozenset({"of", "for", "at", "in", "from", "with", "to", "by"})
_NAME_CONNECTORS = frozenset(
    {
        "de",
        "del",
        "da",
        "di",
        "du",
        "la",
        "le",
        "al",
        "el",
        "bin",
        "ibn",
        "von",
        "van",
        "der",
        "den",
        "ter",
        "dos",
        "das",
        "y",
    }
)
_ORG_TAILS = {
    "campaign": ActorKind.ORGANISATION,
    "camp": ActorKind.ORGANISATION,
    "team": ActorKind.ORGANISATION,
    "administration": ActorKind.GOVERNMENT_BODY,
    "government": ActorKind.GOVERNMENT_BODY,
    "regime": ActorKind.GOVERNMENT_BODY,
}


_FAST_TOKEN = re.compile(
    r"([\s_]*)(?:"
    r"([a-z]+)(?![\w'\u2019\-.])"  # a plain lowercase word (the common case)
    r"|([^\W_](?:[\w'\u2019\-]*[^\W_])?(?:\.(?:[A-Za-z]\.)*)?)"  # as _TOKEN's words
    r"|([^\w\s])"  # one punctuation character
    r"|\Z)"  # the end, so a trailing run of whitespace or ``_`` is skipped once, not rescanned
)
""":data:`_TOKEN` with what it skips (whitespace, ``_``) and the kind of each token as groups.

Its last match is always the end (no token group set), which ends the scan.
"""


def _tokens(
    text: str, start: int, end: int, special: frozenset[str] = frozenset()
) -> tuple[list[_Token], list[_Segment | None]]:
    """The tokens of ``text[start:end]`` (as :data:`_TOKEN` finds them), with their keys.

    Also returns, for each token, its segment when it is punctuation or a plain word
    (lowercase, its key not in ``special``): the token itself, else ``None`` (see
    :meth:`_Matcher.segment`).
    """
    tokens: list[_Token] = []
    plain_segments: list[_Segment | None] = []
    append = tokens.append
    mark = plain_segments.append
    position = start
    # _Token's fields in order: first, last, category, start, end, entry, form, role,
    # body, possessive, index, text, key, cap, punct (positional: keywords cost more)
    for skipped, plain, word, punct in _FAST_TOKEN.findall(text, start, end):
        s = position + len(skipped)
        i = len(tokens)
        if plain:
            position = s + len(plain)
            token = _Token(
                i, i + 1, "word", s, position, None, None, None, None, False, -1,
                plain, plain, False, False,
            )  # fmt: skip
            append(token)
            mark(None if plain in special else token)
            continue
        if punct:
            position = s + 1
            token = _Token(
                i, i + 1, "punct", s, position, None, None, None, None, False, -1,
                punct, punct, False, True,
            )  # fmt: skip
            append(token)
            mark(token)
            continue
        if not word:
            break  # the end (see _FAST_TOKEN)
        position = s + len(word)
        shapes = _word_shapes.get(word)
        if shapes is None:
            if len(_word_shapes) >= _MEMO_SIZE:
                _word_shapes.clear()
            shapes = _word_shapes[word] = _shapes(word)
        for first, last, shown, key, cap, possessive, is_punct in shapes:
            i = len(tokens)
            token = _Token(
                i, i + 1, "punct" if is_punct else "word", s + first, s + last,
                None, None, None, None, possessive, -1, shown, key, cap, is_punct,
            )  # fmt: skip
            append(token)
            if is_punct or (not cap and key not in special and not key.endswith("-year-old")):
                mark(token)
            else:
                mark(None)
    return tokens, plain_segments


_Shape = tuple[int, int, str, str, bool, bool, bool]
"""A token of a word as offsets into the word, text, key, cap, possessive and punct."""

_word_shapes: dict[str, tuple[_Shape, ...]] = {}
"""The tokens each word other than a plain lowercase one splits into (names recur)."""


def _shapes(word: str) -> tuple[_Shape, ...]:
    """The tokens of one word that :data:`_FAST_TOKEN` found (not a plain lowercase word)."""
    if len(word) == 1 and not word.isalnum():  # pragma: no cover - a word character
        return ((0, 1, word, word, False, False, True),)
    if word.isalpha() and word.islower():
        return ((0, len(word), word, word if word.isascii() else normalise_word(word),
                 False, False, False),)
    if (
        word.endswith(".")
        and len(word) > 2
        and "." not in word[:-1]
        and word[:-1].lower() not in _ABBREVIATIONS
    ):
        stop = len(word) - 1
        return (_word_shape(word[:-1], 0, stop), (stop, stop + 1, ".", ".", False, False, True))
    return (_word_shape(word, 0, len(word)),)


def _word_shape(word: str, start: int, end: int) -> _Shape:
    possessive = len(word) > 2 and word[-2:] in ("'s", "\u2019s")
    if possessive:
        end -= 2
        word = word[:-2]
    return (start, end, word, normalise_word(word), word[:1].isupper(), possessive, False)


# ---------------------------------------------------------------------- segments

_Category = Literal[
    "gaz",
    "not_name",
    "title",
    "head",
    "group",
    "body",
    "orgnoun",
    "doc",
    "mod",
    "det",
    "pron",
    "poss_pron",
    "stop",
    "name",
    "word",
    "punct",
]


@attrs.define(slots=True, eq=False)
class _Segment:
    first: int
    last: int  # exclusive token index
    category: _Category
    start: int
    end: int
    entry: GazetteerEntry | None = None
    form: NameForm | None = None
    role: str | None = None
    body: Body | None = None
    possessive: bool = False
    index: int = -1
    """Position in the region's segment list; -1 on plain words and punctuation, the
    segments :func:`_tokens` makes, where nothing reads it (it is set on the others only)."""


@attrs.define(slots=True, eq=False)
class _Token(_Segment):
    """A token, which is also the segment of itself when a segment covers only it.

    Most segments cover one token (punctuation, plain words, "the", pronouns, one-word
    names), so a token costs one object instead of two.  :func:`_tokens` makes the
    segments of punctuation and plain words; :meth:`_Matcher.segment` sets the category
    (and entry, form, role, body) of the others that it keeps as their own segments.
    """

    text: str = ""
    key: str = ""
    cap: bool = False
    punct: bool = False


class _Matcher:
    """Longest-match lookup of token sequences in the gazetteer and role lexicon."""

    def __init__(self, gaz: Gazetteer, lexicon: RoleLexicon) -> None:
        self.gaz = gaz
        self.lexicon = lexicon
        keys: set[tuple[str, ...]] = set(gaz.index)
        keys |= set(lexicon.titles) | lexicon.person_heads | lexicon.group_heads
        keys |= set(lexicon.bodies) | lexicon.modifiers | lexicon.determiners
        keys |= set(lexicon.org_nouns) | lexicon.document_nouns
        self.prefixes: set[tuple[str, ...]] = set()
        for key in keys:
            for n in range(1, len(key) + 1):
                self.prefixes.add(key[:n])
        self.max_len = max((len(k) for k in keys), default=1)
        self.first_words = frozenset(key[0] for key in keys)
        self.special = self.first_words | _PLAIN_EXCLUDED
        """Lowercase keys that may start something other than a plain word."""
        self._single: dict[
            tuple[str, bool, bool],
            tuple[_Category, GazetteerEntry | None, NameForm | None, str | None, Body | None]
            | None,
        ] = {}
        """One-token classifications by (spelling, possessive, whether a name follows)."""

    def segment(
        self, tokens: list[_Token], plain_segments: list[_Segment | None]
    ) -> list[_Segment]:
        """The segments of a region's tokens.

        Args:
            tokens: The tokens, from :func:`_tokens` called with :attr:`special`.
            plain_segments: What :func:`_tokens` returned with them: the segments of
                punctuation and plain words, taken as they are.
        """
        segments: list[_Segment] = []
        append = segments.append
        revisit: list[_Segment] = []  # segments whose category may depend on the next one
        i = 0
        n = len(tokens)
        lexicon = self.lexicon
        while i < n:
            if plain_segments[i] is not None:  # a run of punctuation and plain words
                try:
                    j = plain_segments.index(None, i)
                except ValueError:
                    j = n
                segments.extend(plain_segments[i:j])  # type: ignore[arg-type]
                i = j
                continue
            token = tokens[i]
            key = token.key
            best = self._longest(tokens, i)
            if best is not None and not (
                token.cap
                and best.category in ("mod", "head", "group", "det")
                and segments
                and segments[-1].category == "name"
                and not segments[-1].possessive
            ):
                best.index = len(segments)
                append(best)
                if best.category in _REVISIT:
                    revisit.append(best)
                i = best.last
                continue
            key = token.key
            if best is None and token.cap and "-" in token.text:
                hyphenated = self._hyphenated(token, i)
                if hyphenated is not None:
                    hyphenated.index = len(segments)
                    append(hyphenated)
                    i += 1
                    continue
            if best is None and not token.cap and key.endswith("-year-old"):
                index = len(segments)
                append(_Segment(i, i + 1, "head", token.start, token.end, role="", index=index))
                i += 1
                continue
            if best is not None:  # a capitalised role word inside a name ("Kim Jong Un")
                category: _Category = "name"
            elif key in _PRONOUNS:  # "he's", "it's" are contractions, not possessives
                category = "pron"
            elif key in _POSSESSIVE_PRONOUNS:
                category = "poss_pron"
            elif token.cap and key not in lexicon.stopwords and key not in _NAME_CONNECTORS:
                category = "name"
            elif token.cap:
                category = "stop"
            else:
                category = "word"
            if best is token:  # classified as a one-token segment above, then refused
                token.entry = token.form = token.role = token.body = None
            token.category = category  # the token is its own segment
            token.index = len(segments)
            append(token)
            if category == "stop":
                revisit.append(token)
            i += 1
        count = len(segments)
        for segment in revisit:  # in text order, each before the one after it changes
            index = segment.index
            if (
                segment.category in ("mod", "stop", "det")
                and segment.last - segment.first == 1
                and tokens[segment.first].cap
                and tokens[segment.first].key in _PLACE_PREFIXES
                and index + 1 < count
                and segments[index + 1].category == "name"
            ):
                segment.category = "name"  # "New York", "San Francisco"
            if (
                segment.category == "body"
                and index + 1 < count
                and segments[index + 1].category in ("body", "mod")
            ):
                segment.category = "mod"
        return segments

    def _hyphenated(self, token: _Token, i: int) -> _Segment | None:
        """The name before a hyphen ("Moscow-based", "US-led", "Kremlin-backed")."""
        head, _, tail = token.text.partition("-")
        if tail.lower() not in _HYPHEN_TAILS:
            return None
        senses = self.gaz.senses((normalise_word(head),), head)
        if not senses or not senses[0].entry_id:
            return None
        end = token.start + len(head)
        return _Segment(
            i,
            i + 1,
            "gaz",
            token.start,
            end,
            entry=self.gaz.entry(senses[0].entry_id),
            form=senses[0].form,
        )

    def _longest(self, tokens: list[_Token], i: int) -> _Segment | None:
        token = tokens[i]
        prefixes = self.prefixes
        if token.punct or token.key not in self.first_words:  # no key starts with it
            return None
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            following is None
            or following.punct
            or token.possessive
            or (token.key, following.key) not in prefixes
        ):  # only the token itself can match: classify it once per spelling
            next_is_name = following is not None and following.cap
            memo_key = (token.text, token.possessive, next_is_name)
            memo = self._single.get(memo_key, _UNSEEN)
            if memo is _UNSEEN:
                single = self._classify(tokens, i, i + 1, (token.key,))
                memo = None
                if single is not None:
                    memo = (single.category, single.entry, single.form, single.role, single.body)
                if len(self._single) >= _MEMO_SIZE:
                    self._single.clear()
                self._single[memo_key] = memo
            if memo is None:
                return None
            # the token becomes its own segment (its offsets and possessive are the same)
            token.category, token.entry, token.form, token.role, token.body = memo
            return token
        key: tuple[str, ...] = ()
        found: _Segment | None = None
        for j in range(i, min(len(tokens), i + self.max_len)):
            token = tokens[j]
            if token.punct:
                break
            key = (*key, token.key)
            if key not in self.prefixes:
                break
            segment = self._classify(tokens, i, j + 1, key)
            if segment is not None:
                found = segment
            if token.possessive:
                break
        return found

    def _classify(
        self, tokens: list[_Token], i: int, j: int, key: tuple[str, ...]
    ) -> _Segment | None:
        first, last = tokens[i], tokens[j - 1]
        start, end = first.start, last.end
        possessive = last.possessive
        lexicon = self.lexicon
        if first.cap or not first.text.islower():
            senses = self.gaz.senses(key, first.text if j - i == 1 else None)
            if senses:
                sense = senses[0]
                if not sense.entry_id:
                    return _Segment(i, j, "not_name", start, end, possessive=possessive)
                return _Segment(
                    i,
                    j,
                    "gaz",
                    start,
                    end,
                    entry=self.gaz.entry(sense.entry_id),
                    form=sense.form,
                    possessive=possessive,
                )
            if key in lexicon.titles and (len(key) > 1 or _next_is_name(tokens, j)):
                return _Segment(
                    i, j, "title", start, end, role=lexicon.titles[key], possessive=possessive
                )
        if key in lexicon.bodies:
            return _Segment(
                i, j, "body", start, end, body=lexicon.bodies[key], possessive=possessive
            )
        if key in lexicon.person_heads:
            return _Segment(i, j, "head", start, end, role=" ".join(key), possessive=possessive)
        if key in lexicon.group_heads:
            return _Segment(i, j, "group", start, end, role=" ".join(key), possessive=possessive)
        if key in lexicon.org_nouns:
            return _Segment(i, j, "orgnoun", start, end, role=" ".join(key), possessive=possessive)
        if key in lexicon.document_nouns:
            return _Segment(i, j, "doc", start, end, role=" ".join(key), possessive=possessive)
        if len(key) == 1 and key[0].endswith("-year-old") and not first.cap:
            return _Segment(i, j, "head", start, end, role="", possessive=possessive)
        if (key in lexicon.determiners and not first.cap) or (
            key in lexicon.determiners and len(key) == 1
        ):
            return _Segment(i, j, "det", start, end, possessive=possessive)
        if key in lexicon.modifiers:
            return _Segment(i, j, "mod", start, end, possessive=possessive)
        return None


_UNSEEN: Any = object()
_MEMO_SIZE = 1 << 16
"""Most one-token classifications :class:`_Matcher` keeps (cleared when full)."""
_REVISIT = frozenset({"mod", "stop", "det", "body"})
"""Categories :meth:`_Matcher.segment` may change after seeing the next segment."""


def _next_is_name(tokens: list[_Token], j: int) -> bool:
    return j < len(tokens) and tokens[j].cap and not tokens[j].punct


@functools.lru_cache(maxsize=8)
def _matcher_for(version: int, gaz: Gazetteer) -> _Matcher:
    """The matcher of a gazetteer, rebuilt when entries are added (``version`` changes)."""
    del version
    return _Matcher(gaz, role_lexicon())


# --------------------------------------------------------------------- resolver

_PERSONISH = frozenset({ActorKind.PERSON})
_THINGISH = frozenset(
    {ActorKind.STATE, ActorKind.GOVERNMENT_BODY, ActorKind.ORGANISATION, ActorKind.MEDIA_OUTLET}
)
_PLURALISH = frozenset({ActorKind.GROUP, ActorKind.STATE, ActorKind.ORGANISATION})
_GROUPISH = frozenset({ActorKind.GROUP})


_Shared = tuple[dict[str, tuple[int, "_Draft"]], set[str]]
"""The look-up tables of :class:`_RegionBuilder` (``surnamed``, ``known_roles``)."""


@attrs.define
class _Draft:
    """A mention being built, before actors are merged across the document."""

    span: Span
    actor: Actor
    kind: MentionKind
    surnames: tuple[str, ...] = ()
    sentence: int = 0
    gender: Literal["f", "m"] | None = None


class ActorResolver:
    """Finds and resolves the actor mentions of one document.

    Args:
        document: The document; only its content regions (title, summary, body) are read.
        gazetteer: The gazetteer to use; the default one (with plugin entries) if omitted.

    Example:
        >>> from claimkit.model import Document
        >>> doc = Document(id="d", text="Pyongyang denied it. The DPRK said it never did.")
        >>> [(m.span.text(doc.text), m.actor.id) for m in ActorResolver(doc).mentions()]
        [('Pyongyang', 'state:kp'), ('DPRK', 'state:kp'), ('it', 'state:kp')]
        >>> text = "Kremlin spokesman Dmitry Peskov denied it. Peskov said he had no evidence."
        >>> doc = Document(id="d", text=text)
        >>> peskov = ActorResolver(doc).resolve(Span(start=0, end=31))
        >>> peskov.actor.id, peskov.actor.role, peskov.actor.principal.id
        ('person:dmitry-peskov', 'spokesman', 'state:ru')
        >>> [m.actor.id for m in ActorResolver(doc).mentions()][-2:]
        ['person:dmitry-peskov', 'person:dmitry-peskov']
    """

    def __init__(self, document: Document, gazetteer: Gazetteer | None = None) -> None:
        self.document = document
        self.gazetteer = gazetteer if gazetteer is not None else _default_gazetteer()
        self._matcher = _matcher_for(self.gazetteer.version, self.gazetteer)
        self._mentions: tuple[Mention, ...] | None = None
        self._starts: list[int] = []
        self._history: list[_Draft] | None = None

    # public ----------------------------------------------------------------

    def mentions(self) -> Sequence[Mention]:
        """Every actor mention in the document's content regions, in text order."""
        if self._mentions is None:
            drafts: list[_Draft] = []
            deferred: list[tuple[list[_Token], list[_Segment | None]]] = []
            text = self.document.text
            special = self._matcher.special
            # look-up tables of the drafts so far, kept up to date from region to region
            shared: _Shared = ({}, set())
            for region in self.document.content_regions():
                tokens, plain = _tokens(text, region.span.start, region.span.end, special)
                if not tokens:
                    continue
                if _is_title_case(tokens):
                    deferred.append((tokens, plain))  # read once the body has named its people
                    continue
                drafts.extend(self._region_mentions(tokens, plain, drafts, shared=shared))
            for tokens, plain in deferred:
                drafts.extend(
                    self._region_mentions(tokens, plain, drafts, title_case=True, shared=shared)
                )
            self._mentions = tuple(_finalise(drafts))
            self._starts = [m.span.start for m in self._mentions]
        return self._mentions

    def actors_in(self, span: Span) -> Sequence[Mention]:
        """The mentions lying inside ``span``, in text order.

        Args:
            span: Any span of the document ("accused the United States of America (USA)").
        """
        mentions = self.mentions()
        first = bisect.bisect_left(self._starts, span.start)
        last = bisect.bisect_left(self._starts, span.end, lo=first)
        return [m for m in mentions[first:last] if m.span.end <= span.end]

    def resolve(self, span: Span) -> Mention | None:
        """Resolve a noun phrase (a claimant, source or target) to the actor it names.

        Mentions found inside the phrase are preferred in this order: a named person,
        a described person or group, a body, organisation or outlet, a state, a demonym,
        a pronoun.  A phrase with none of them is analysed on its own, with the
        document's earlier mentions as context, so that a bare capitalised word
        ("Guterres") is read as a person's name and a pronoun is resolved.

        Args:
            span: The phrase, e.g. the span of "Vedant Patel, deputy spokesperson for
                the US Department of State" or of "he".

        Returns:
            The mention (its span tightened to the name or head), or ``None``.
        """
        text = self.document.text
        start, end = max(0, span.start), min(len(text), span.end)
        if start >= end:
            return None
        inside = list(self.actors_in(Span(start=start, end=end)))
        if inside:
            # an owner yields to the one it owns: "Clinton aides", "an aide to Clinton"
            owned = [
                m
                for m in inside
                if any(
                    d.actor.affiliation is not None and d.actor.affiliation.id == m.actor.id
                    for d in inside
                )
            ]
            heads = [m for m in inside if m not in owned] or inside
            return min(heads, key=lambda m: (_priority(m), m.span.start))
        mentions = self.mentions()
        first = bisect.bisect_right(self._starts, start)
        around = [
            m
            for m in mentions[max(0, first - 8) : first]
            if m.span.start <= start and end <= m.span.end and m.kind is MentionKind.NAME
        ]
        words, _plain = _tokens(text, start, end)
        if len(words) == 1 and words[0].key in _RELATIVE_PRONOUNS:
            return self._relative(words[0])
        if len(words) == 2 and words[0].key == "the" and words[1].key in _STATE_NOUNS:
            return self._state_noun(words)
        if around and words:  # part of a name ("Peskov" in "Dmitry Peskov")
            outer = min(around, key=lambda m: (len(m.span), _priority(m)))
            inner = Span(start=words[0].start, end=words[-1].end)
            return Mention(span=inner, actor=outer.actor, kind=outer.kind)
        return self._analyse(start, end)

    # internals -------------------------------------------------------------

    def _state_noun(self, words: list[_Token]) -> Mention | None:
        """Resolve "the country" or "the nation" to the state last named before it."""
        index = bisect.bisect_left(self._starts, words[0].start)
        for mention in reversed(self.mentions()[max(0, index - _LOOKBACK) : index]):
            if mention.actor.kind is ActorKind.STATE:
                span = Span(start=words[0].start, end=words[-1].end)
                return Mention(span=span, actor=mention.actor, kind=MentionKind.DESCRIPTION)
        return None

    def _relative(self, word: _Token) -> Mention | None:
        """Resolve "who" or "which" to the nearest fitting mention before it in its sentence."""
        people = word.key in ("who", "whom", "whose")
        mentions = self.mentions()
        index = bisect.bisect_left(self._starts, word.start)
        text = self.document.text
        for mention in reversed(mentions[max(0, index - 12) : index]):
            between = text[mention.span.end : word.start]
            if _SENTENCE_BREAK.search(between) or len(between) > 160:
                return None
            is_person = mention.actor.kind in (ActorKind.PERSON, ActorKind.GROUP)
            if people == is_person and mention.kind is not MentionKind.DEMONYM:
                span = Span(start=word.start, end=word.end)
                return Mention(span=span, actor=mention.actor, kind=MentionKind.PRONOUN)
        return None

    def _analyse(self, start: int, end: int) -> Mention | None:
        tokens, plain = _tokens(self.document.text, start, end, self._matcher.special)
        if not tokens:
            return None
        mentions = self.mentions()
        index = bisect.bisect_left(self._starts, start)
        if self._history is None:  # drafts of the mentions, made once (never changed)
            self._history = [
                _Draft(m.span, m.actor, m.kind, surnames=_surnames(m.actor)) for m in mentions
            ]
        history = [  # the earlier mentions a phrase may refer back to
            d for d in self._history[max(0, index - _LOOKBACK) : index] if d.span.end <= start
        ]
        drafts = self._region_mentions(tokens, plain, history, standalone=True)
        if not drafts and tokens[0].key in _QUANTIFIERS:
            # "some", "many of them", "those who voted": an unnamed group or person
            kind = ActorKind.PERSON if tokens[0].key in _ONE else ActorKind.GROUP
            name = tokens[0].key
            actor = Actor(
                id=_actor_id(kind, name, anonymous=True, scope=self.document.id),
                name=name,
                kind=kind,
                anonymous=True,
            )
            span = Span(start=tokens[0].start, end=tokens[0].end)
            return Mention(span=span, actor=actor, kind=MentionKind.DESCRIPTION)
        if not drafts:
            plural = _plural_people(tokens, self._matcher.lexicon)
            if plural is not None:
                name = " ".join(t.text.lower() for t in plural)
                actor = Actor(
                    id=_actor_id(ActorKind.GROUP, name, anonymous=True, scope=self.document.id),
                    name=name,
                    kind=ActorKind.GROUP,
                    anonymous=True,
                )
                span = Span(start=plural[0].start, end=plural[-1].end)
                return Mention(span=span, actor=actor, kind=MentionKind.DESCRIPTION)
            words = [t for t in tokens if not t.punct]
            names = [t for t in words if t.cap and t.key not in self._matcher.lexicon.stopwords]
            if names and len(names) == len(words) and len(names) <= 4:
                name = " ".join(t.text for t in names)
                actor = Actor(
                    id=_actor_id(ActorKind.PERSON, name), name=name, kind=ActorKind.PERSON
                )
                span = Span(start=names[0].start, end=names[-1].end)
                return Mention(span=span, actor=actor, kind=MentionKind.NAME)
            return None
        # the history ends before the phrase, so its drafts would sort before the new ones
        mentions = list(_finalise([*history, *drafts], first=len(history)))
        return min(mentions, key=lambda m: (_priority(m), m.span.start)) if mentions else None

    def _region_mentions(
        self,
        tokens: list[_Token],
        plain: list[_Segment | None],
        history: list[_Draft],
        *,
        standalone: bool = False,
        title_case: bool = False,
        shared: _Shared | None = None,
    ) -> list[_Draft]:
        segments = self._matcher.segment(tokens, plain)
        builder = _RegionBuilder(self, tokens, segments, history, standalone=standalone)
        builder.title_case = title_case
        if shared is not None:  # the tables of every draft in ``history``
            builder.surnamed, builder.known_roles = shared
        return builder.build()


def _is_title_case(tokens: list[_Token]) -> bool:
    """Whether a region is a headline in title case ("Trump Gives Clinton A New Reason").

    At least 4 words, of which at least 70% capitalised.
    """
    most = 3 * len(tokens)  # more than 30% of the tokens in lower case: not title case
    words = lower = 0
    for token in tokens:
        if token.punct or not token.text[:1].isalpha():
            continue
        words += 1
        if not token.cap:
            lower += 1
            if 10 * lower > most:
                return False
    if words < 4:
        return False
    return words - lower >= 0.7 * words


_PEOPLE_SUFFIXES = ("ers", "ists", "ians", "ents", "ans", "ors", "ives", "als", "ics", "ees")


def _plural_people(tokens: list[_Token], lexicon: RoleLexicon) -> list[_Token] | None:
    """A phrase ending in a plural noun for people ("Local politicians", "many farmers")."""
    words: list[_Token] = []
    for token in tokens:
        if token.punct:
            break
        words.append(token)
    if not words or len(words) > 5:
        return None
    last = words[-1]
    if last.cap or not last.key.isalpha() or not last.key.endswith(_PEOPLE_SUFFIXES):
        return None
    while words and (words[0].key,) in lexicon.determiners:
        words = words[1:]
    return words or None


_actor_id = functools.lru_cache(maxsize=1 << 14)(actor_id)
""":func:`claimkit.model.actor_id`, remembered (names and descriptions recur)."""


def _default_gazetteer() -> Gazetteer:
    return gazetteer()


def _priority(mention: Mention) -> int:
    """Which mention of a phrase names its head: people first, states and pronouns last."""
    actor = mention.actor
    if mention.kind is MentionKind.NAME and actor.kind is ActorKind.PERSON:
        return 0
    if mention.kind is MentionKind.DESCRIPTION and actor.kind in (
        ActorKind.PERSON,
        ActorKind.GROUP,
    ):
        return 1
    if actor.kind in (ActorKind.GOVERNMENT_BODY, ActorKind.ORGANISATION, ActorKind.MEDIA_OUTLET):
        return 2 if mention.kind is MentionKind.NAME else 3  # "state news agency RIA Novosti"
    if mention.kind is MentionKind.NAME:
        return 4
    if mention.kind is MentionKind.DEMONYM:
        return 5
    if mention.kind is MentionKind.PRONOUN:
        return 6
    return 7


def _surnames(actor: Actor) -> tuple[str, ...]:
    if actor.kind is not ActorKind.PERSON or actor.anonymous:
        return ()
    return _name_surnames(actor.name)


@functools.lru_cache(maxsize=1 << 12)
def _name_surnames(name: str) -> tuple[str, ...]:
    """The keys of a person's surname and first name (people are named again and again)."""
    words = [normalise_word(w) for w in name.split()]
    if len(words) < 2:
        return tuple(words)
    return (words[-1], words[0])


def _short_names(drafts: list[_Draft]) -> dict[str, str]:
    """Map one-word people ("President Putin" before "Vladimir Putin") to the full name.

    Only when exactly one full name in the document starts or ends with the word.
    """
    full: dict[str, set[str]] = {}
    short: set[tuple[str, str]] = set()
    seen: set[tuple[str, str]] = set()  # many drafts repeat an actor: read each (id, name) once
    for draft in drafts:
        actor = draft.actor
        if actor.kind is not ActorKind.PERSON or actor.anonymous:
            continue
        pair = (actor.id, actor.name)
        if pair in seen:
            continue
        seen.add(pair)
        words = actor.name.split()
        if len(words) > 1:
            for word in (words[0], words[-1]):
                full.setdefault(normalise_word(word), set()).add(actor.id)
        else:
            short.add((actor.id, normalise_word(words[0])))
    remap: dict[str, str] = {}
    for short_id, word in short:
        targets = full.get(word, set())
        if len(targets) == 1:
            remap[short_id] = next(iter(targets))
    return remap


_span_order = operator.attrgetter("span.start", "span.end")
"""The key that sorts drafts in text order."""


def _finalise(drafts: list[_Draft], first: int = 0) -> Iterator[Mention]:
    """Give every mention of one actor id the same, most informative actor.

    Args:
        drafts: The drafts, each with the actor it was found with.
        first: Make mentions of ``drafts[first:]`` only, in text order; the drafts
            before still inform their actors.
    """
    remap = _short_names(drafts)
    best: dict[str, Actor] = {}
    ordered = drafts
    if remap:
        ordered = [d for d in drafts if d.actor.id not in remap]
        ordered += [d for d in drafts if d.actor.id in remap]
    for draft in ordered:
        actor = draft.actor
        key = remap.get(actor.id, actor.id)
        known = best.get(key)
        if known is None:
            best[key] = actor
            continue
        if (known.role is None and actor.role) or (known.affiliation is None and actor.affiliation):
            best[key] = attrs.evolve(
                known,
                role=known.role or actor.role,
                affiliation=known.affiliation or _safe_affiliation(known, actor.affiliation),
            )
    if remap:
        for key, actor in list(best.items()):
            parent = actor.affiliation
            if parent is not None and parent.id in remap:
                best[key] = attrs.evolve(
                    actor, affiliation=_safe_affiliation(actor, best[remap[parent.id]])
                )
    for draft in sorted(drafts[first:] if first else drafts, key=_span_order):
        actor = best[remap.get(draft.actor.id, draft.actor.id)]
        yield Mention(span=draft.span, actor=actor, kind=draft.kind)


def _safe_affiliation(actor: Actor, affiliation: Actor | None) -> Actor | None:
    if affiliation is None:
        return None
    if affiliation.id == actor.id or any(a.id == actor.id for a in affiliation.affiliations()):
        return None
    return affiliation


# ------------------------------------------------------------------ region pass

_NP_CATEGORIES = frozenset(
    {"gaz", "not_name", "title", "head", "group", "body", "orgnoun", "doc", "mod", "det", "name"}
)
_HEADISH = frozenset({"head", "group", "body", "title", "orgnoun", "doc"})
_PP_WORDS = frozenset({"of", "for", "at", "in", "from", "with", "on", "and", "the"})
_INDEFINITE = frozenset(
    {
        "a",
        "an",
        "one",
        "some",
        "several",
        "many",
        "other",
        "another",
        "two",
        "three",
        "four",
        "five",
        "multiple",
        "numerous",
        "various",
        "few",
        "dozens of",
        "hundreds of",
    }
)
_OBJECT_PREPOSITIONS = frozenset(
    {
        "to",
        "of",
        "with",
        "at",
        "for",
        "from",
        "by",
        "on",
        "in",
        "about",
        "against",
        "into",
        "than",
        "like",
        "as",
        "toward",
        "towards",
        "over",
        "under",
        "between",
        "among",
    }
)
_SENTENCE_END = frozenset({".", "!", "?"})
_GENERIC_ORG_NOUNS = frozenset(
    {
        "party",
        "group",
        "company",
        "firm",
        "organization",
        "organisation",
        "outlet",
        "newspaper",
        "paper",
        "network",
        "channel",
        "station",
        "broadcaster",
        "publication",
        "agency",
    }
)
_HYPHEN_TAILS = frozenset(
    [
        "based",
        "led",
        "backed",
        "funded",
        "sponsored",
        "controlled",
        "owned",
        "run",
        "allied",
        "aligned",
        "linked",
        "affiliated",
        "friendly",
        "brokered",
        "made",
        "supplied",
        "supported",
        "installed",
        "appointed",
        "imposed",
    ]
)
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which"})
_SENTENCE_BREAK = re.compile(r"[.!?][\"\u201d\u2019']?\s|\n")
_PLAIN_EXCLUDED = frozenset({*_PRONOUNS, *_POSSESSIVE_PRONOUNS})
_OFFICIAL_HEADS = frozenset({"official", "officials", "spokesperson", "spokesman", "spokeswoman"})
_OFFICIAL_ROLES = frozenset(
    {
        "official",
        "officials",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "minister",
        "director",
        "diplomat",
        "ambassador",
        "envoy",
        "secretary",
        "officer",
        "adviser",
        "advisor",
        "aide",
        "commissioner",
        "undersecretary",
        "secretary-general",
    }
)
"""Role words of people whom a later "the official" may refer to."""
_CLAUSE_WORDS = frozenset(
    {
        "and",
        "but",
        "or",
        "that",
        "because",
        "while",
        "when",
        "whether",
        "if",
        "as",
        "so",
        "said",
        "says",
        "say",
        "added",
        "adds",
        "where",
        "since",
        "although",
        "though",
        "after",
        "before",
        "until",
        "unless",
        "than",
        "why",
        "how",
        "what",
        "which",
        "then",
    }
)
_COMMON_VERBS = frozenset(
    {
        "deny",
        "make",
        "made",
        "call",
        "see",
        "saw",
        "tell",
        "told",
        "find",
        "found",
        "put",
        "take",
        "took",
        "give",
        "gave",
        "keep",
        "kept",
        "let",
        "get",
        "got",
        "urge",
        "ask",
        "warn",
        "accuse",
        "blame",
        "do",
        "did",
        "does",
        "want",
        "wants",
        "need",
        "needs",
        "condemn",
        "support",
        "supports",
        "back",
        "backs",
        "help",
        "helps",
        "hit",
        "sent",
        "send",
        "sends",
        "brought",
        "bring",
        "bought",
        "buy",
        "sold",
        "sell",
        "won",
        "win",
    }
)
_OBJECT_ACTOR_NEXT = frozenset({"of", "for", "to", "with", "from", "over", "into"})
_PLACE_PREFIXES = frozenset(
    {"new", "san", "santa", "los", "las", "saint", "st", "fort", "port", "el", "la", "le"}
)
_GENERIC_BODY_FUNCTIONS = frozenset({"office", "ministry"})
"""Body functions whose definite phrases ("the agency") may refer to any earlier body."""
_QUANTIFIERS = frozenset(
    {
        "some",
        "many",
        "most",
        "those",
        "others",
        "both",
        "several",
        "few",
        "all",
        "one",
        "another",
        "anyone",
        "someone",
        "somebody",
        "everyone",
        "everybody",
        "nobody",
    }
)
_ONE = frozenset({"one", "another", "anyone", "someone", "somebody", "nobody"})
_STATE_NOUNS = frozenset({"country", "nation"})
_ADJECTIVE_SUFFIXES = (
    "al",
    "ic",
    "ive",
    "ous",
    "ly",
    "ed",
    "ing",
    "ful",
    "less",
    "able",
    "ible",
    "ary",
    "ish",
    "ent",
    "ant",
)
"""Endings of capitalised sentence-initial words that are not first names ("Archetypal")."""
_CLOSE_TO = frozenset(
    {"close", "closer", "near", "loyal", "linked", "connected", "allied", "tied", "affiliated"}
)
_NON_TITLE_PREPOSITIONS = frozenset({"to", "at", "with", "from", "by"})
"""Prepositions that never continue a title ("an aide to", unlike "minister of")."""
_LOOKBACK = 80
"""How many earlier mentions pronouns, descriptions and surnames may refer back to."""
_FUNCTION_WORDS = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "tells",
        "has",
        "have",
        "had",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "being",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "shall",
        "did",
        "does",
        "do",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "in",
        "on",
        "to",
        "for",
        "with",
        "at",
        "by",
        "from",
        "as",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "than",
        "then",
        "also",
        "again",
        "already",
        "still",
        "has",
        "not",
        "never",
        "no",
        "yes",
        "later",
        "earlier",
        "today",
        "yesterday",
        "tomorrow",
        "recently",
        "previously",
        "too",
        "either",
        "so",
        "yet",
        "if",
        "because",
        "while",
        "when",
        "where",
        "after",
        "before",
        "since",
        "until",
        "though",
        "although",
        "however",
        "claimed",
        "claims",
        "denied",
        "denies",
        "stated",
        "states",
        "added",
        "adds",
        "announced",
        "announces",
        "reported",
        "reports",
        "warned",
        "warns",
        "accused",
        "accuses",
        "insisted",
        "insists",
        "confirmed",
        "confirms",
        "rejected",
        "rejects",
        "dismissed",
        "dismisses",
        "alleged",
        "alleges",
        "noted",
        "notes",
        "wrote",
        "writes",
        "argued",
        "argues",
        "believes",
        "believed",
        "called",
        "calls",
    ]
)


class _RegionBuilder:
    """Turns the segments of one region into mention drafts, left to right."""

    def __init__(
        self,
        resolver: ActorResolver,
        tokens: list[_Token],
        segments: list[_Segment],
        history: list[_Draft],
        *,
        standalone: bool,
    ) -> None:
        self.gaz = resolver.gazetteer
        self.lexicon = resolver._matcher.lexicon
        self.doc = resolver.document
        self.text = resolver.document.text
        self.tokens = tokens
        self.segments = segments
        self.history = history
        self.standalone = standalone
        self.out: list[_Draft] = []
        self.sentence = (history[-1].sentence + 1) if history else 0
        self.resume = 0
        """Where the pass resumes after a phrase (past an apposition it consumed)."""
        self.linked_gender: Literal["f", "m"] | None = None
        self.surnamed: dict[str, tuple[int, _Draft]] | None = None
        """Surname -> (position in history + out, the latest draft with it); see _linked_person."""
        self.known_roles: set[str] | None = None
        """Every role word of the recent drafts and more (see :meth:`_known_roles`)."""
        self.title_case = False
        """Whether the region is a title-case headline, where capitals do not mark names."""

    # helpers ------------------------------------------------------------------

    def _recent(self) -> Iterator[_Draft]:
        """Earlier drafts, most recent first, within a window (pronouns look back so far)."""
        return itertools.islice(
            itertools.chain(reversed(self.out), reversed(self.history)), _LOOKBACK
        )

    def _emit(self, draft: _Draft, hints: Iterable[str] = ()) -> None:
        draft.sentence = self.sentence
        actor = draft.actor
        if draft.gender is None and actor.kind is ActorKind.PERSON:
            words = [*hints, *(normalise_word(w) for w in (actor.role or "").split())]
            if not actor.anonymous:
                words.append(normalise_word(actor.name.split()[0]))
            draft.gender = self.lexicon.gender(words)
        self.out.append(draft)
        if draft.surnames and self.surnamed is not None:
            position = len(self.history) + len(self.out) - 1
            for surname in draft.surnames:
                self.surnamed[surname] = (position, draft)
        if actor.role and self.known_roles is not None:
            self.known_roles.update(_role_words(actor.role))

    def _words(self, segment: _Segment) -> str:
        return self.text[segment.start : segment.end]

    def _keys(self, segment: _Segment) -> tuple[str, ...]:
        return tuple(t.key for t in self.tokens[segment.first : segment.last])

    # the pass -----------------------------------------------------------------

    def build(self) -> list[_Draft]:
        segments = self.segments
        i = 0
        n = len(segments)
        while i < n:
            segment = segments[i]
            category = segment.category
            if category == "word":  # the most common case first
                i += 1
            elif category == "punct":
                if self.tokens[segment.first].text in _SENTENCE_END:
                    self.sentence += 1
                i += 1
            elif category in ("pron", "poss_pron"):
                self._pronoun(segment, i)
                i += 1
            elif (
                category == "det"
                and self.standalone
                and self.tokens[segment.first].key in _POSSESSIVE_PRONOUNS
                and (i + 1 >= n or segments[i + 1].category not in _NP_CATEGORIES)
            ):
                self._pronoun(segment, i)  # "his", "their" on their own
                i += 1
            elif category in ("det", "mod") and (
                i + 1 >= n or segments[i + 1].category not in _NP_CATEGORIES
            ):
                i += 1  # "the" before a plain word: no phrase to build
            elif category in _NP_CATEGORIES:
                j = self._phrase_end(i)
                self.resume = j
                self._phrase(segments[i:j], j)
                i = max(j, self.resume)
            else:
                i += 1
        return self.out

    def _phrase_end(self, i: int) -> int:
        """Extend a noun phrase over modifiers, names, org tails and prepositional phrases."""
        segments = self.segments
        n = len(segments)
        j = i
        while j < n:
            segment = segments[j]
            category = segment.category
            if category in _NP_CATEGORIES:
                if category == "det" and j > i and not segments[j - 1].possessive:
                    break
                j += 1
                if segment.possessive and category in ("head", "group", "body"):
                    break
                continue
            if (
                j > i
                and category in ("word", "mod", "body", "orgnoun")
                and self._org_tail(segment)
                and segments[j - 1].category == "name"
            ):
                return j + 1
            if category == "word" and j > i:
                key = self.tokens[segment.first].key
                if (
                    key in _CLOSE_TO
                    and segments[j - 1].category in ("head", "group")
                    and j + 1 < n
                    and self.tokens[segments[j + 1].first].key in _PREPOSITIONS
                ):  # "officials linked to the IRGC": step onto the preposition
                    j += 1
                    continue
                previous = segments[j - 1]
                attaches = previous.category in _HEADISH or (
                    previous.category in ("mod", "word")
                    and self.tokens[previous.first].key in _CLOSE_TO
                    and j - 2 >= i
                    and segments[j - 2].category in ("head", "group")
                )  # "sources close to the Kremlin"
                if key in _PREPOSITIONS and attaches:
                    k = self._pp_end(j + 1)
                    if k > j + 1:
                        j = k
                        continue
            break
        return max(j, i + 1)

    def _org_tail(self, segment: _Segment) -> bool:
        """Whether a segment is one word such as "campaign" that makes a name an organisation."""
        return segment.last - segment.first == 1 and self.tokens[segment.first].key in _ORG_TAILS

    def _pp_end(self, j: int) -> int:
        """The end of a prepositional phrase from ``j`` naming a body, state or (title) name."""
        segments = self.segments
        n = len(segments)
        k = j
        found = -1
        loose = 0
        while k < n and k < j + 12:
            segment = segments[k]
            category = segment.category
            if category in ("gaz", "body", "name"):
                found = k
            elif category in ("det", "mod", "head", "group", "title", "not_name"):
                pass
            elif category == "word" and loose < 4:
                key = self.tokens[segment.first].key
                if key in _PP_WORDS:
                    if found >= 0 and key not in ("of",):
                        break
                elif found >= 0 or not key.isalpha():
                    break
                loose += 1
            else:
                break
            k += 1
        if found < 0:
            return j
        # stop after the last body, state or name, keeping trailing body words
        end = found + 1
        while end < k and segments[end].category in ("body", "name", "gaz"):
            end += 1
        return end

    # phrases ------------------------------------------------------------------

    def _phrase(self, phrase: list[_Segment], after: int) -> None:
        names = self._name_runs(phrase)
        if names:
            split = self._head_before_names(phrase, names[0])
            if split is not None:  # "economists at Duke University", "an aide to Clinton"
                head, pp_start = split
                emitted = len(self.out)
                rest = phrase[pp_start:]
                self._named(rest, self._name_runs(rest), after)
                owners = [d.actor for d in self.out[emitted:] if d.kind is MentionKind.NAME]
                self._description(phrase[:pp_start], head, owners[0] if owners else None)
                return
            self._named(phrase, names, after)
            return
        heads = [s for s in phrase if s.category in ("head", "group")]
        if not heads and any(s.category == "title" for s in phrase):
            # a title used as a noun: "the former House Speaker"
            heads = [next(s for s in phrase if s.category == "title")]
        if heads:
            head = heads[0]
            # compound heads written apart ("deputy" "director"): take the last adjacent one
            index = phrase.index(head)
            while index + 1 < len(phrase) and phrase[index + 1].category in ("head", "group"):
                index += 1
                head = phrase[index]
            self._description(phrase, head)
            self._gazetteer_mentions(
                [s for s in phrase if s.category == "gaz" and s.start > head.end]
            )
            return
        bodies = [s for s in phrase if s.category == "body"]
        gazs = [s for s in phrase if s.category == "gaz"]
        nouns = [s for s in phrase if s.category == "orgnoun"]
        if nouns and not (bodies and bodies[-1].start > nouns[-1].start):
            self._organisation_description(phrase, nouns[-1], gazs)
            return
        if bodies:
            self._bodies(phrase, bodies[0], gazs)
            return
        documents = [s for s in phrase if s.category == "doc"]
        if documents and self.standalone:
            self._document(phrase, documents[0])
            return
        self._gazetteer_mentions(gazs)

    def _determiner(self, before: list[_Segment]) -> tuple[bool, str]:
        """Whether a phrase is definite, and its determiner's key."""
        det = next((s for s in before if s.category == "det"), None)
        det_key = " ".join(self._keys(det)) if det is not None else ""
        return det is None or det_key in ("the", "this", "that", "these", "those"), det_key

    def _organisation_description(
        self, phrase: list[_Segment], noun: _Segment, gazs: list[_Segment]
    ) -> None:
        """An organisation named by a noun ("the party", "a Moscow-based think tank")."""
        before = [s for s in phrase if s.end <= noun.start]
        if noun is not phrase[-1] and phrase[phrase.index(noun) + 1].category in _HEADISH:
            self._gazetteer_mentions(gazs)
            return
        if self._modifies_noun(noun) or (not before and not self.standalone):
            self._gazetteer_mentions(gazs)
            return
        noun_key = normalise_word(self._words(noun).split()[-1])
        kind = self.lexicon.org_nouns[self._keys(noun)]
        definite, _det = self._determiner(before)
        span = Span(
            start=next((s for s in before if s.category != "det"), noun).start, end=noun.end
        )
        affiliation = self._affiliation(phrase, exclude=noun)
        if definite:
            for draft in self._recent():
                actor = draft.actor
                if draft.kind is MentionKind.PRONOUN or actor.kind is not kind:
                    continue
                name_words = {normalise_word(w) for w in actor.name.split()}
                if noun_key in name_words or noun_key in _GENERIC_ORG_NOUNS:
                    self._emit(_Draft(span, actor, MentionKind.DESCRIPTION))
                    self._gazetteer_mentions([s for s in gazs if s.start > noun.end])
                    return
        words = [
            self._words(s).lower()
            for s in before
            if s.category in ("mod", "orgnoun", "doc") and not set(self._keys(s)) & _INDEFINITE
        ]
        self._anonymous(kind, [*words, self._words(noun).lower()], affiliation, span)
        self._gazetteer_mentions([s for s in gazs if s.start > noun.end])

    def _document(self, phrase: list[_Segment], noun: _Segment) -> None:
        """A document cited as a source ("a new poll", "the report"); only when asked."""
        before = [s for s in phrase if s.end <= noun.start]
        span = Span(
            start=next((s for s in before if s.category != "det"), noun).start, end=noun.end
        )
        words = [
            self._words(s).lower()
            for s in before
            if s.category in ("mod", "word", "doc") and not set(self._keys(s)) & _INDEFINITE
        ]
        affiliation = self._affiliation(phrase, exclude=noun)
        self._anonymous(ActorKind.UNKNOWN, [*words, self._words(noun).lower()], affiliation, span)

    def _anonymous(
        self, kind: ActorKind, words: list[str], affiliation: Actor | None, span: Span
    ) -> None:
        country = None
        if affiliation is not None:
            country = affiliation.principal.country or affiliation.country
        state = self.gaz.state(country) if country else None
        prefix = [state.demonyms[0] if state.demonyms else state.name] if state else []
        name = " ".join([*prefix, *words])
        actor = Actor(
            id=_actor_id(kind, name, anonymous=True, scope=self.doc.id),
            name=name,
            kind=kind,
            country=country,
            affiliation=affiliation,
            anonymous=True,
        )
        self._emit(_Draft(span, actor, MentionKind.DESCRIPTION))

    def _gazetteer_mentions(self, gazs: list[_Segment]) -> None:
        for segment in gazs:
            self._emit(self._gaz_draft(segment))

    def _gaz_draft(self, segment: _Segment) -> _Draft:
        entry = segment.entry
        assert entry is not None
        span = Span(start=segment.start, end=segment.end)
        if segment.form is NameForm.PEOPLE:
            name = self._words(segment)
            actor = Actor(
                id=_actor_id(ActorKind.GROUP, name),
                name=name,
                kind=ActorKind.GROUP,
                country=entry.country,
            )
            return _Draft(span, actor, MentionKind.NAME)
        kind = MentionKind.DEMONYM if segment.form is NameForm.DEMONYM else MentionKind.NAME
        return _Draft(span, self.gaz.actor(entry.id), kind)

    # affiliations -------------------------------------------------------------

    def _affiliation(
        self, phrase: list[_Segment], *, exclude: _Segment | None = None
    ) -> Actor | None:
        """The body or state a phrase names: the first body, else the first state."""
        state: GazetteerEntry | None = None
        for segment in phrase:
            if (
                segment.category == "gaz"
                and segment.entry is not None
                and segment.entry.kind is ActorKind.STATE
            ):
                state = state or segment.entry
        for segment in phrase:
            if segment is exclude:
                continue
            if segment.category == "gaz" and segment.entry is not None:
                if (
                    segment.entry.kind is not ActorKind.STATE
                    and segment.form is not NameForm.PEOPLE
                ):
                    return self.gaz.actor(segment.entry.id)
            elif segment.category == "body":
                body = self._body_actor(segment, state, phrase)
                if body is not None:
                    return body
        if state is not None:
            return self.gaz.actor(state.id)
        return None

    def _body_actor(
        self, segment: _Segment, state: GazetteerEntry | None, phrase: list[_Segment]
    ) -> Actor | None:
        body = segment.body
        assert body is not None
        if state is None:
            state = self._context_state()
        if state is None:
            if body.kind is ActorKind.MEDIA_OUTLET:
                return Actor(id=_actor_id(body.kind, body.name), name=body.name, kind=body.kind)
            return None
        # "state media" is a kind of outlet, not one agency: keep it generic
        named = (
            None
            if body.kind is ActorKind.MEDIA_OUTLET
            else self.gaz.by_function(state.country, body.function)
        )
        if named is not None:
            return self.gaz.actor(named.id)
        adjective = state.demonyms[0] if state.demonyms else state.name
        if body.kind is ActorKind.MEDIA_OUTLET:
            name = f"{adjective} {body.name}"
        elif body.name[:1].isupper():
            name = f"{body.name} of {state.name}"
        else:
            index = phrase.index(segment)
            mods: list[str] = []
            while index > 0 and phrase[index - 1].category == "mod":
                index -= 1
                mods.insert(0, self._words(phrase[index]).lower())
            name = " ".join([adjective, *mods, self._words(segment).lower()])
        return Actor(
            id=_actor_id(body.kind, name),
            name=name,
            kind=body.kind,
            country=state.country,
            affiliation=self.gaz.actor(state.id),
        )

    def _context_state(self) -> GazetteerEntry | None:
        """The state of the most recent mention that has one (for "state media")."""
        for draft in self._recent():
            if draft.kind is MentionKind.PRONOUN:
                continue
            country = draft.actor.principal.country or draft.actor.country
            if country:
                return self.gaz.state(country)
        return None

    def _modifies_noun(self, segment: _Segment) -> bool:
        """Whether a word follows that makes ``segment`` a modifier ("military hardware")."""
        index = segment.index + 1
        if index <= 0 or index >= len(self.segments):
            return False
        following = self.segments[index]
        if following.category != "word":
            return False
        token = self.tokens[following.first]
        return token.key.isalpha() and not token.cap and token.key not in _FUNCTION_WORDS

    def _bodies(self, phrase: list[_Segment], body: _Segment, gazs: list[_Segment]) -> None:
        if body is phrase[-1] and self._modifies_noun(body):
            self._gazetteer_mentions(gazs)
            return
        states = [s.entry for s in gazs if s.entry is not None and s.entry.kind is ActorKind.STATE]
        actor: Actor | None = None
        before = [s for s in phrase if s.end <= body.start]
        definite, _det = self._determiner(before)
        if not states and definite and any(s.category == "det" for s in before):
            actor = self._antecedent_body(body)  # "the agency", "the ministry"
        if actor is None:
            actor = self._body_actor(body, states[0] if states else None, phrase)
        if actor is None:
            self._gazetteer_mentions(gazs)
            return
        index = phrase.index(body)
        while index > 0 and phrase[index - 1].category == "mod":
            index -= 1
        span = Span(start=phrase[index].start, end=body.end)
        self._emit(_Draft(span, actor, MentionKind.DESCRIPTION))
        self._gazetteer_mentions([s for s in gazs if s.start > body.end])

    def _antecedent_body(self, body: _Segment) -> Actor | None:
        """The body a definite generic phrase ("the agency") refers back to.

        A recent government body whose name has the phrase's noun wins; failing that,
        for a generic noun ("the agency", "the department"), the most recent body of the
        same function or, with no function, any government body.
        """
        assert body.body is not None
        noun = normalise_word(self._words(body).split()[-1])
        fallback: Actor | None = None
        for draft in self._recent():
            actor = draft.actor
            if draft.kind is MentionKind.PRONOUN or actor.kind is not body.body.kind:
                continue
            if noun in {normalise_word(w) for w in actor.name.split()}:
                return actor
            if fallback is None and body.body.function in _GENERIC_BODY_FUNCTIONS:
                fallback = actor
        return fallback

    # descriptions -------------------------------------------------------------

    def _description(
        self, phrase: list[_Segment], head: _Segment, owner: Actor | None = None
    ) -> None:
        group = head.category == "group"
        before = [s for s in phrase if s.end <= head.start]
        det = next((s for s in before if s.category == "det"), None)
        det_key = " ".join(self._keys(det)) if det is not None else ""
        if not group and not self.standalone and not before and owner is None:
            return  # a bare singular role noun ("in general") is no mention
        affiliation = owner or self._affiliation(phrase, exclude=head)
        markers = self.lexicon.anonymous_markers
        anonymous_marked = any(k in markers for s in before for k in self._keys(s))
        role_words = [
            t.text.lower()
            for s in before
            if s.category in ("mod", "head")
            for t in self.tokens[s.first : s.last]
            if t.key not in markers and t.key not in _INDEFINITE
        ]
        head_text = self._words(head)
        role = " ".join([*role_words, head_text.lower()])
        first = next((s for s in before if s.category != "det"), head)
        span = Span(start=first.start, end=head.end)
        head_word = normalise_word(head_text.split()[-1])
        definite = det is None or det_key in ("the", "this", "that", "these", "those")
        if definite and head_word.endswith("year-old"):
            person = next(
                (d.actor for d in self._recent() if d.actor.kind is ActorKind.PERSON), None
            )
            if person is not None:
                self._emit(_Draft(span, person, MentionKind.DESCRIPTION))
                return
        if definite and not anonymous_marked:
            antecedent = self._antecedent(head_word, group, affiliation)
            if antecedent is not None:
                self._emit(_Draft(span, antecedent, MentionKind.DESCRIPTION))
                return
        kind = ActorKind.GROUP if group else ActorKind.PERSON
        if group and head_word == "west":
            actor = Actor(id=_actor_id(kind, "the West"), name="the West", kind=kind)
            self._emit(_Draft(span, actor, MentionKind.NAME))
            return
        country = None
        if affiliation is not None:
            country = affiliation.principal.country or affiliation.country
        state = self.gaz.state(country) if country else None
        prefix = ""
        if state is not None:
            prefix = (state.demonyms[0] if state.demonyms else state.name) + " "
        name = prefix + role
        named_by = owner or affiliation
        if named_by is not None and named_by.principal.kind is not ActorKind.STATE:
            name = f"{named_by.name} {role}"  # "Republican Party presidential front-runner"
        actor = Actor(
            id=_actor_id(kind, name, anonymous=True, scope=self.doc.id),
            name=name,
            kind=kind,
            role=role,
            country=country,
            affiliation=affiliation,
            anonymous=True,
        )
        self._emit(_Draft(span, actor, MentionKind.DESCRIPTION))

    def _antecedent(self, head_word: str, group: bool, affiliation: Actor | None) -> Actor | None:
        """The last person (or group) this definite description refers back to.

        A candidate must have the same head word in its role ("the deputy director"), or,
        failing that, an official's role for "the official" or "the spokesman"; when the
        description names a state or body, the candidate must speak for the same state.
        """
        if head_word not in _OFFICIAL_HEADS and head_word not in self._known_roles():
            return None  # no recent role has the word
        loose: Actor | None = None
        for draft in self._recent():
            actor = draft.actor
            if draft.kind is MentionKind.PRONOUN or not actor.role:
                continue
            if group != (actor.kind is ActorKind.GROUP) or actor.kind not in (
                ActorKind.PERSON,
                ActorKind.GROUP,
            ):
                continue
            if affiliation is not None and (
                actor.affiliation is None or affiliation.principal.id != actor.principal.id
            ):
                continue
            words = _role_words(actor.role)
            if head_word in words:
                return actor
            if loose is None and head_word in _OFFICIAL_HEADS and words & _OFFICIAL_ROLES:
                loose = actor
        return loose

    # named people and organisations -------------------------------------------

    def _name_runs(self, phrase: list[_Segment]) -> list[tuple[int, int, ActorKind]]:
        """Runs of unknown capitalised words: (first, last, kind) indices into ``phrase``."""
        runs: list[tuple[int, int, ActorKind]] = []
        n = len(phrase)
        i = 0
        while i < n:
            segment = phrase[i]
            first_name = (
                segment.category == "gaz"
                and segment.last - segment.first == 1
                and i + 1 < n
                and phrase[i + 1].category == "name"
                and not segment.possessive
                and self.gaz.is_first_name(self._words(segment))
            )
            if segment.category == "not_name":  # a place: "New York Police Department"
                j = self._organisation_name_end(phrase, i + 1)
                if j > i + 1:
                    last_key = self.tokens[phrase[j - 1].last - 1].key
                    runs.append((i, j, self.lexicon.org_heads[last_key]))
                i = j
                continue
            if segment.category != "name" and not first_name:
                i += 1
                continue
            j = i + 1
            while j < n and phrase[j].category == "name" and not phrase[j - 1].possessive:
                j += 1
            j = self._organisation_name_end(phrase, j)
            keys = [t.key for t in self.tokens[phrase[i].first : phrase[j - 1].last]]
            if not self.lexicon.not_actor_heads.isdisjoint(keys):
                i = j
                continue
            # an organisation word alone ("Center", "TV") is no organisation's name
            kind = self.lexicon.org_heads.get(keys[-1], ActorKind.PERSON)
            if len(keys) == 1:
                kind = ActorKind.PERSON
            descriptor = phrase[i - 1].body if i > 0 and phrase[i - 1].category == "body" else None
            if descriptor is not None:
                kind = descriptor.kind  # "state broadcaster TRT", "the agency Frontex"
            if (
                j < n
                and phrase[j].category in ("word", "mod", "body", "orgnoun")
                and self._org_tail(phrase[j])
            ):
                kind = _ORG_TAILS[self.tokens[phrase[j].first].key]
                j += 1
            runs.append((i, j, kind))
            i = j
        return runs

    def _organisation_name_end(self, phrase: list[_Segment], j: int) -> int:
        """Extend a name over capitalised lexicon words that end in an organisation word.

        "Kharkiv Regional Military Administration", "New York Police Department".
        """
        k = j
        n = len(phrase)
        while (
            k < n
            and phrase[k].category in ("body", "mod", "orgnoun", "head", "group", "name")
            and not phrase[k - 1].possessive
            and all(t.cap for t in self.tokens[phrase[k].first : phrase[k].last])
        ):
            k += 1
            if self.tokens[phrase[k - 1].last - 1].key in self.lexicon.org_heads:
                j = k
        return j

    def _head_before_names(
        self, phrase: list[_Segment], run: tuple[int, int, ActorKind]
    ) -> tuple[_Segment, int] | None:
        """A role noun whose prepositional phrase holds the names: (head, where the PP starts).

        "economists at Duke University", "a spokesman for the Trump campaign", "an aide to
        Hillary Clinton"; but not a title such as "deputy minister for international
        organizations Kim Son-gyong", whose name is the head.
        """
        first, _last, kind = run
        head_index = None
        for index in range(first):
            category = phrase[index].category
            if category in ("head", "group"):
                head_index = index
            elif category == "word" and head_index is not None:
                key = self.tokens[phrase[index].first].key
                if key not in _PREPOSITIONS and key not in _CLOSE_TO:
                    return None
                between = phrase[index + 1 : first]
                has_det = any(s.category == "det" for s in between)
                if kind is not ActorKind.PERSON or has_det or key in _NON_TITLE_PREPOSITIONS:
                    return phrase[head_index], index
                return None
        return None

    def _named(
        self, phrase: list[_Segment], names: list[tuple[int, int, ActorKind]], after: int
    ) -> None:
        consumed: set[int] = set()
        organisation: Actor | None = None
        owner: Actor | None = None  # the actor named last, for "Clinton aides"
        for number, (first, last, kind) in enumerate(names):
            run = phrase[first:last]
            tokens = self.tokens
            name = " ".join([t.text for t in tokens[run[0].first : run[-1].last]])
            before = phrase[:first]
            if self.title_case and not self.standalone:
                self._known_names_in(run)
                continue
            if kind is not ActorKind.PERSON:
                span = Span(start=run[0].start, end=run[-1].end)
                organisation = owner = self._named_organisation(run, before, kind, span)
                consumed.update(id(s) for s in phrase[:last])
                continue
            if (
                number + 1 < len(names)
                and last < len(phrase)
                and phrase[last].category in ("title", "head")
                and not run[-1].possessive
            ):
                continue  # a place or organisation before a title: "New York Mayor Eric Adams"
            titled = any(s.category in ("title", "head") for s in before)
            first_word = self.tokens[run[0].first]
            if (
                len(run) > 1
                and not before
                and not titled
                and first_word.key.endswith(_ADJECTIVE_SUFFIXES)
                and first_word.key not in self.lexicon.male
                and first_word.key not in self.lexicon.female
            ):
                rest = self._linked_person(self.tokens[run[1].first].key)
                if rest is not None and self._linked_person(first_word.key) is None:
                    # "Archetypal Trump voters": a capitalised first word, then a known name
                    run = run[1:]
                    name = " ".join([t.text for t in tokens[run[0].first : run[-1].last]])
            hints = [t.key for t in tokens[before[0].first : before[-1].last]] if before else []
            if run[-1].last - run[0].first == 1:  # one word (tokens hold no spaces)
                linked = self._linked_person(normalise_word(name))
                if linked is not None:  # "Putin", "Mr. Trump", "President Putin"
                    span = Span(start=run[0].start, end=run[-1].end)
                    draft = _Draft(span, linked, MentionKind.NAME, surnames=_surnames(linked))
                    draft.gender = self.linked_gender
                    self._emit(draft, hints)
                    consumed.update(id(s) for s in run)
                    owner = linked
                    continue
                following = run[-1].index + 1
                if not titled and (
                    (last < len(phrase) and phrase[last].category in ("head", "group"))
                    or (
                        self.standalone
                        and following < len(self.segments)
                        and self.segments[following].category == "word"
                        and self.tokens[self.segments[following].first].key.endswith("s")
                    )
                ):
                    continue  # an unknown word before a noun modifies it: "Cement makers"
                if not titled and not self.standalone and self._apposition(after) is None:
                    continue
            role = self._title_role(before)
            possessor = owner if before and any(seg.possessive for seg in before) else None
            affiliation = self._affiliation(before) or organisation or possessor
            apposition = self._apposition(after) if last == len(phrase) else None
            if apposition is not None:
                role = role or apposition[0]
                affiliation = affiliation or apposition[1]
            country = None
            if affiliation is not None:
                country = affiliation.principal.country or affiliation.country
            actor = Actor(
                id=_actor_id(ActorKind.PERSON, name),
                name=name,
                kind=ActorKind.PERSON,
                role=role,
                affiliation=affiliation,
                country=country,
            )
            span = Span(start=run[0].start, end=run[-1].end)
            self._emit(_Draft(span, actor, MentionKind.NAME, surnames=_surnames(actor)), hints)
            if apposition is not None:
                self._emit(_Draft(apposition[2], actor, MentionKind.DESCRIPTION))
            consumed.update(id(s) for s in phrase[:last])
            owner = actor
        end = names[-1][1]
        trailing = [s for s in phrase[end:] if s.category in ("head", "group")]
        if trailing:  # "Clinton aides", "Obama administration officials"
            head = trailing[0]
            while (
                head.index + 1 < len(self.segments)
                and self.segments[head.index + 1].category in ("head", "group")
                and self.segments[head.index + 1] in phrase
            ):
                head = self.segments[head.index + 1]
            self._description(phrase[end:], head, owner)
            consumed.update(id(s) for s in phrase[end:] if s.end <= head.end)
        self._gazetteer_mentions(
            [s for s in phrase if s.category == "gaz" and id(s) not in consumed]
        )

    def _known_names_in(self, run: list[_Segment]) -> None:
        """In a title-case headline, only people the text names elsewhere are names."""
        tokens = [t for s in run for t in self.tokens[s.first : s.last]]
        k = 0
        while k < len(tokens):
            actor = self._linked_person(tokens[k].key)
            if actor is None:
                k += 1
                continue
            words = {normalise_word(w) for w in actor.name.split()}
            end = k + 1
            while end < len(tokens) and tokens[end].key in words:
                end += 1
            span = Span(start=tokens[k].start, end=tokens[end - 1].end)
            self._emit(_Draft(span, actor, MentionKind.NAME, surnames=_surnames(actor)))
            k = end

    def _named_organisation(
        self, run: list[_Segment], before: list[_Segment], kind: ActorKind, span: Span
    ) -> Actor:
        words = [t.text for s in run for t in self.tokens[s.first : s.last]]
        owner = None
        tail = self.tokens[run[-1].first].key
        if tail in _ORG_TAILS and len(words) > 1:
            owner = self._linked_person(normalise_word(words[-2]))
        affiliation = owner or self._affiliation(before)
        name = " ".join(words)
        country = None
        if affiliation is not None:
            country = affiliation.principal.country or affiliation.country
        actor = Actor(
            id=_actor_id(kind, name),
            name=name,
            kind=kind,
            country=country,
            affiliation=_safe_affiliation_for(_actor_id(kind, name), affiliation),
        )
        self._emit(_Draft(span, actor, MentionKind.NAME))
        return actor

    def _title_role(self, before: list[_Segment]) -> str | None:
        parts: list[str] = []
        for segment in before:
            category = segment.category
            if category in ("title", "head", "group"):
                parts.append(
                    segment.role if segment.role is not None else self._words(segment).lower()
                )
            elif (
                category == "mod" and not set(self._keys(segment)) & self.lexicon.anonymous_markers
            ):
                parts.append(self._words(segment).lower())
            elif category == "word" and parts:
                parts.append(self._words(segment))
        role = " ".join(p for p in parts if p)
        return role or None

    def _known_roles(self) -> set[str]:
        """The words of every role of the recent drafts and more (a quick test)."""
        known = self.known_roles
        if known is None:  # built on first use, then kept up to date by _emit
            known = set()
            for draft in itertools.chain(self.history[-_LOOKBACK:], self.out):
                if draft.actor.role:
                    known.update(_role_words(draft.actor.role))
            self.known_roles = known
        return known

    def _linked_person(self, word: str) -> Actor | None:
        """The person of the latest recent draft with this surname (or first name).

        Recent means among the :data:`_LOOKBACK` latest drafts, as :meth:`_recent`.
        """
        surnamed = self.surnamed
        if surnamed is None:  # built on first use, then kept up to date by _emit
            surnamed = {}
            total = len(self.history)
            for position in range(max(0, total - _LOOKBACK), total):
                draft = self.history[position]
                for surname in draft.surnames:
                    surnamed[surname] = (position, draft)
            for position, draft in enumerate(self.out, start=total):
                for surname in draft.surnames:
                    surnamed[surname] = (position, draft)
            self.surnamed = surnamed
        latest = surnamed.get(word)
        if latest is None or latest[0] < len(self.history) + len(self.out) - _LOOKBACK:
            return None
        self.linked_gender = latest[1].gender
        return latest[1].actor

    def _apposition(self, after: int) -> tuple[str | None, Actor | None, Span] | None:
        """A role phrase set off after a name: ", deputy spokesperson for the US Department"."""
        segments = self.segments
        if after >= len(segments) or segments[after].category != "punct":
            return None
        if self._words(segments[after]) not in (",", "(", "\u2014", "\u2013"):
            return None
        i = after + 1
        if i >= len(segments) or segments[i].category not in _NP_CATEGORIES:
            return None
        j = self._phrase_end(i)
        phrase = segments[i:j]
        heads = [s for s in phrase if s.category in ("head", "title")]
        if not heads or self._name_runs(phrase):
            return None
        self.resume = max(self.resume, j)
        head = heads[0]
        index = phrase.index(head)
        while index + 1 < len(phrase) and phrase[index + 1].category in ("head", "title"):
            index += 1
            head = phrase[index]
        before = [s for s in phrase if s.end <= head.start and s.category != "det"]
        role_words = [
            self._words(s).lower() for s in before if s.category in ("mod", "head", "title")
        ]
        role = " ".join([*role_words, self._words(head).lower()])
        affiliation = self._affiliation(phrase, exclude=head)
        first = before[0] if before else head
        return role, affiliation, Span(start=first.start, end=head.end)

    # pronouns -----------------------------------------------------------------

    def _pronoun(self, segment: _Segment, index: int) -> None:
        token = self.tokens[segment.first]
        key = token.key
        possessive = segment.category == "poss_pron" or key in _POSSESSIVE_PRONOUNS
        if possessive and not self.standalone:
            return
        kind = (_POSSESSIVE_PRONOUNS if possessive else _PRONOUNS).get(key)
        if kind is None:
            return
        if key == "it" and _EXPLETIVE_IT.match(self.text, token.end):
            return
        if key in ("it", "them") and not self.standalone and self._object_it(index):
            return
        wanted = {"person": _PERSONISH, "thing": _THINGISH, "plural": _PLURALISH}[kind]
        if key == "them":
            wanted = _GROUPISH

        gender = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}.get(key)

        def fits(draft: _Draft) -> bool:
            actor = draft.actor
            if draft.kind is MentionKind.DEMONYM and kind == "person":
                return False
            if gender is not None and draft.gender is not None and draft.gender != gender:
                return False
            return actor.kind in wanted

        previous = self.segments[index - 1] if index > 0 else None
        is_object = (
            previous is not None
            and previous.category == "word"
            and (self.tokens[previous.first].key in _OBJECT_PREPOSITIONS)
        )
        after_verb = (
            previous is not None
            and previous.category == "word"
            and not is_object
            and _looks_like_verb(self.tokens[previous.first].key)
        )
        antecedent: _Draft | None = None
        if not is_object and not after_verb and key in ("he", "she", "it", "they"):
            antecedent = self._subject_antecedent(fits)
        if antecedent is None:
            subject_end = self.segments[index - 2].end if after_verb and index >= 2 else -1
            candidates = (d for d in self._recent() if fits(d))
            antecedent = next(candidates, None)
            if antecedent is not None and antecedent.span.end == subject_end:
                # the object of a verb is not the subject just before it: "Washington accused it"
                antecedent = next(candidates, antecedent)
        if antecedent is not None:
            span = Span(start=token.start, end=token.end)
            draft = _Draft(span, antecedent.actor, MentionKind.PRONOUN, gender=antecedent.gender)
            if draft.gender is None and gender is not None:
                draft.gender = "f" if gender == "f" else "m"
            self._emit(draft)

    def _object_it(self, index: int) -> bool:
        """Whether "it" is the object of a verb ("denied it"), which is seldom an actor.

        "accused it of", "urged it to" still name one.
        """
        segments = self.segments
        previous = segments[index - 1] if index > 0 else None
        if previous is None or previous.category != "word":
            return False
        if not _looks_like_verb(self.tokens[previous.first].key):
            return False
        following = segments[index + 1] if index + 1 < len(segments) else None
        return following is None or self.tokens[following.first].key not in _OBJECT_ACTOR_NEXT

    def _subject_antecedent(self, fits: Callable[[_Draft], bool]) -> _Draft | None:
        """For a subject pronoun: the first fitting mention of the nearest sentence with one."""
        sentence: int | None = None
        best: _Draft | None = None
        for draft in self._recent():
            if sentence is not None and draft.sentence != sentence:
                break
            if not fits(draft):
                continue
            if draft.kind is not MentionKind.PRONOUN:
                sentence = draft.sentence
                best = draft
            elif sentence is None:
                return draft
        return best


@functools.lru_cache(maxsize=1 << 12)
def _role_words(role: str) -> frozenset[str]:
    """The keys of a role's words, whole and split at hyphens ("vice-president")."""
    words = {normalise_word(w) for w in re.split(r"[\s-]+", role)}
    words |= {normalise_word(w) for w in role.split()}
    return frozenset(words)


def _looks_like_verb(word: str) -> bool:
    """A cheap guess that a lowercase word before a pronoun is a verb ("denied it")."""
    if word in _CLAUSE_WORDS or word in _OBJECT_PREPOSITIONS:
        return False
    return word in _COMMON_VERBS or word.endswith(("ed", "ing", "es"))


def _safe_affiliation_for(own_id: str, affiliation: Actor | None) -> Actor | None:
    if affiliation is None:
        return None
    if affiliation.id == own_id or any(a.id == own_id for a in affiliation.affiliations()):
        return None
    return affiliation
