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

Everything is rule-based and deterministic: the document's shared tokens
(:class:`~claimkit.extract.segment.DocumentTokens`, the same the cue stage reads) seen
as mention tokens (:mod:`claimkit.extract.mention_tokens`) grouped into segments
(:mod:`claimkit.extract.mention_segments`) by dictionary lookups against the gazetteer
(:mod:`claimkit.extract.gazetteer`), the role lexicon and the mention word lists
(:mod:`claimkit.extract.roles`, ``data/roles.json`` and ``data/mentions.json``), and a
left-to-right pass over each region that keeps a history for pronouns and repeated
descriptions (:mod:`claimkit.extract.region_pass`, with its state in
:mod:`claimkit.extract.mention_drafts` and its parts in
:mod:`claimkit.extract.descriptions`, :mod:`claimkit.extract.names` and
:mod:`claimkit.extract.pronouns`).  This module finds the regions, runs the pass, merges
each actor's mentions across the document and resolves the phrases it is asked about.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Iterator, Mapping, Sequence

import attrs

from claimkit.extract.acronyms import spelled_out
from claimkit.extract.gazetteer import (
    Gazetteer,
    builtin_first_names,
    builtin_not_names,
    register_gazetteer,
)
from claimkit.extract.mention_drafts import (
    _LOOKBACK,
    Mention,
    MentionKind,
    _actor_id,
    _Draft,
    _Shared,
    _surnames,
    actor_gender,
)
from claimkit.extract.mention_segments import _matcher_for
from claimkit.extract.mention_tokens import (
    _headline_parts,
    _is_title_case,
    _Segment,
    _Token,
    _tokens,
)
from claimkit.extract.region_pass import _RegionBuilder
from claimkit.extract.roles import MentionWords, RoleLexicon, mention_words, names_people
from claimkit.extract.segment import DocumentTokens, Token
from claimkit.extract.segment import words as _words
from claimkit.lexicon import normalise_word
from claimkit.model import Actor, ActorKind, Document, Span, _unchecked_span

__all__ = ["SENTENCE_BREAK", "ActorResolver", "Mention", "MentionKind"]

_PHRASE_WORDS = re.compile(r"[^\W_][\w.'\u2019&-]*")
"""The words of a phrase, for :meth:`ActorResolver._named_head`."""
_NOT_DESCRIBING = frozenset(_words("""
    of in at on for from with by to about against over under after before into within across
    between among like including and or but nor its his her their our my your this that these
    those who which whom whose than as via per said says told say inside outside near behind
    beyond around throughout toward towards upon amid despite without during since until
    through off up down some many several both all few most each every any no one two three
    four five six seven eight nine ten dozen dozens hundreds thousands
"""))
"""Lowercase words before a name that do not describe it ("reporters in Cedar Rapids")."""
_ARTICLES = frozenset(["the", "a", "an"])
_APPOSITION_MARKS = (",", "(", "\u2014", "\u2013", " - ", ";", ":")
_LINKED_BETWEEN = re.compile(
    r",|\b(?:on|of|for|against|with|to|by|about|in|at|from|and|or|who|which|that)\b"
)
"""A comma, preposition, conjunction or relative between a possessor and a later name:
the name is not the head the possessor modifies ("Clinton's attack on Trump")."""
SENTENCE_BREAK = re.compile(r"[.!?][\"\u201d\u2019']?\s|\n")
"""The end of a sentence in raw text: a full stop, question or exclamation mark (and a closing
quotation mark) before a space, or a line break."""


class ActorResolver:
    """Finds and resolves the actor mentions of one document.

    Args:
        document: The document; only its content regions (title, summary, body) are read.
        gazetteer: The gazetteer to use (the extractor hands it
            :func:`claimkit.extract.installed.gazetteer`, with every plugin's entries);
            the shipped entries alone if omitted.
        tokens: The document's shared tokens (the extractor hands it those the cue
            stage read); made here if omitted.
        words: The mention word lists (the extractor hands it
            :func:`claimkit.extract.installed.mention_words`, with every plugin's
            words); the shipped ones if omitted.

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

    def __init__(
        self,
        document: Document,
        gazetteer: Gazetteer | None = None,
        tokens: DocumentTokens | None = None,
        words: MentionWords | None = None,
    ) -> None:
        self.document = document
        self.tokens = tokens if tokens is not None else DocumentTokens(document)
        self.gazetteer = gazetteer if gazetteer is not None else _default_gazetteer()
        self.words = words if words is not None else mention_words()
        self._matcher = _matcher_for(self.gazetteer.version, self.gazetteer, self.words)
        self._mentions: tuple[Mention, ...] | None = None
        self._starts: list[int] = []
        self._history: list[_Draft | None] | None = None
        self.answering: Mapping[tuple[int, int], tuple[int, int]] = {}
        """The accused's span of the charge each denial answers, by the denial's source."""

    # public ----------------------------------------------------------------

    def mentions(self) -> Sequence[Mention]:
        """Every actor mention in the document's content regions, in text order."""
        if self._mentions is None:
            drafts: list[_Draft] = []
            deferred: list[tuple[list[_Token], list[_Segment | None]]] = []
            text = self.document.text
            special = self._matcher.special
            abbreviations = self.words.abbreviations
            # look-up tables of the drafts so far, kept up to date from region to region
            shared: _Shared = ({}, set())
            for region in self.document.content_regions():
                start, end = region.span.start, region.span.end
                shared_tokens = self.tokens.between(start, end)
                for tokens, plain in _headline_parts(text, shared_tokens, start, end, special,
                                                     abbreviations):
                    if not tokens:
                        continue
                    if _is_title_case(tokens):
                        deferred.append((tokens, plain))  # read once the body named its people
                        continue
                    drafts.extend(self._region_mentions(tokens, plain, drafts, shared=shared))
            for tokens, plain in deferred:
                drafts.extend(
                    self._region_mentions(tokens, plain, drafts, title_case=True, shared=shared)
                )
            self._mentions = tuple(_finalise(drafts, text))
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
        inside = list(self.actors_in(_unchecked_span(start, end)))
        named_head = self._named_head(start, end, inside)
        if named_head is not None:
            return named_head
        if inside:
            # an owner yields to the one it owns: "Clinton aides", "an aide to Clinton"
            outsiders = self.words.followers | self.words.adversaries
            owned = [
                m
                for m in inside
                if any(
                    (d.actor.affiliation is not None and d.actor.affiliation.id == m.actor.id)
                    or (  # "Sanders supporters": a group named after, not speaking for, him
                        d.kind is MentionKind.DESCRIPTION and d.actor.role is not None
                        and d.actor.role.split()[-1] in outsiders
                        and 0 <= d.span.start - m.span.end <= 1
                    )
                    for d in inside
                )
            ]
            heads = [m for m in inside if m not in owned] or inside
            last = heads[-1]
            if len(heads) > 1 and (
                (last.kind is MentionKind.NAME and last.actor.kind is ActorKind.PERSON)
                or (last.kind is MentionKind.DESCRIPTION and last.actor.kind is ActorKind.GROUP
                    and last.actor.name.split()[-1].lower() in outsiders)
            ):
                # "Trump's GOP primary rival Sen. Marco Rubio", "The president's critics": a
                # possessor before the person or group the phrase names is only a modifier
                heads = [
                    m for m in heads
                    if m is last or text[m.span.end : m.span.end + 1] not in ("'", "\u2019")
                    or _LINKED_BETWEEN.search(text, m.span.end, last.span.start) is not None
                ]
            return min(heads, key=lambda m: (_priority(m), m.span.start))
        mentions = self.mentions()
        first = bisect.bisect_right(self._starts, start)
        around = [
            m
            for m in mentions[max(0, first - 8) : first]
            if m.span.start <= start and end <= m.span.end and m.kind is MentionKind.NAME
        ]
        shared = self.tokens.between(start, end)
        words, _plain = _tokens(text, shared, start, end, abbreviations=self.words.abbreviations)
        if len(words) == 1 and words[0].key in self.words.relative_pronouns:
            return self._relative(words[0])
        if len(words) == 2 and words[0].key == "the" and words[1].key in self.words.state_nouns:
            return self._state_noun(words)
        if around and words:  # part of a name ("Peskov" in "Dmitry Peskov")
            outer = min(around, key=lambda m: (len(m.span), _priority(m)))
            inner = _unchecked_span(words[0].start, words[-1].end)
            return Mention(span=inner, actor=outer.actor, kind=outer.kind)
        return self._analyse(start, end, shared)

    # internals -------------------------------------------------------------

    def _named_head(self, start: int, end: int, inside: list[Mention]) -> Mention | None:
        """The name that ends a phrase after a lowercase describing noun, when nothing names it.

        "Brazilian meatpacker Serrano", "U.S. short seller Kestrel Research", "Sports daily
        Marca": the name is the phrase's head and the words before it describe it; a
        country or place among them ("Brazilian", "U.S.") is no speaker. Applies only when
        no mention covers the name and every mention inside the phrase is a state; one or
        two lowercase words describe it, and the phrase opens with an article or a
        capitalised word ("Clinton spokesman Brian Fallon" is read by the region pass, "Mr.
        Obama spoke Hebrew" is no phrase of this shape).
        """
        if any(m.actor.kind is not ActorKind.STATE for m in inside):
            return None  # "Clinton spokesman Brian Fallon", "Mr. Obama spoke Hebrew"
        text = self.document.text
        words = list(_PHRASE_WORDS.finditer(text, start, end))
        run = len(words)
        while run > 0 and words[run - 1].group()[:1].isupper():
            run -= 1
        if run in (0, len(words)) or len(words) - run > 4:
            return None
        lowercase = [w.group() for w in words[:run] if not w.group()[:1].isupper()]
        opening = words[0].group()
        if not 1 <= len(lowercase) <= 2 or lowercase != [w.group() for w in words[run - len(
            lowercase) : run]] or not (opening[:1].isupper() or opening.lower() in _ARTICLES):
            return None  # "some voters wore T-shirts", "Mr. Obama spoke Hebrew"
        if opening.lower() in _ARTICLES:
            lowercase = [w for w in lowercase if w.lower() not in _ARTICLES]
        if not lowercase or any(
            not w.isalpha() or w in _NOT_DESCRIBING or w in self.words.name_connectors
            for w in lowercase
        ):
            return None  # "reporters in Cedar Rapids", "Corriere della Sera", "three Pinocchios"
        name_start = words[run].start()
        if any(mark in text[start:name_start] for mark in _APPOSITION_MARKS):
            return None  # "Massimo Franco, a columnist for ...": the apposition describes him
        if any(m.span.end > name_start for m in inside):
            return None  # the name is read already
        head = self._analyse(name_start, end)
        if head is None or head.kind is not MentionKind.NAME or head.span.start < name_start:
            return None
        return head


    def _state_noun(self, words: list[_Token]) -> Mention | None:
        """Resolve "the country" or "the nation" to the state last named before it."""
        index = bisect.bisect_left(self._starts, words[0].start)
        for mention in reversed(self.mentions()[max(0, index - _LOOKBACK) : index]):
            if mention.actor.kind is ActorKind.STATE:
                span = _unchecked_span(words[0].start, words[-1].end)
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
            if SENTENCE_BREAK.search(between) or len(between) > 160:
                break
            is_person = mention.actor.kind in (ActorKind.PERSON, ActorKind.GROUP)
            if word.key == "that" and len(between.split()) > 2:
                return self._that_noun(word)  # "a lawsuit that alleges": no mention's
            if (people == is_person or word.key == "that") and (
                mention.kind is not MentionKind.DEMONYM
            ):
                span = _unchecked_span(word.start, word.end)
                return Mention(span=span, actor=mention.actor, kind=MentionKind.PRONOUN)
        if people:  # "individuals who claim": unnamed people of the noun before "who"
            before = _NOUN_BEFORE.search(text, max(0, word.start - 40), word.start)
            if before is not None and names_people(before.group(1).lower()):
                return self._that_noun(word)
        return None

    def _that_noun(self, word: _Token) -> Mention | None:
        """An unnamed actor for the common noun a relative follows ("a lawsuit that")."""
        before = _NOUN_BEFORE.search(self.document.text, max(0, word.start - 40), word.start)
        if before is None or before.group(1).lower() in _NOT_NOUNS:
            return None
        name = before.group(1).lower()
        actor = Actor(id=_actor_id(ActorKind.UNKNOWN, name, anonymous=True,
                                   scope=self.document.id),
                      name=name, kind=ActorKind.UNKNOWN, anonymous=True)
        return Mention(span=_unchecked_span(word.start, word.end), actor=actor,
                       kind=MentionKind.PRONOUN)

    def _analyse(self, start: int, end: int, shared: list[Token] | None = None) -> Mention | None:
        shared = self.tokens.between(start, end) if shared is None else shared  # resolve's
        tokens, plain = _tokens(
            self.document.text, shared, start, end, self._matcher.special, self.words.abbreviations
        )
        if not tokens:
            return None
        history = self._window(bisect.bisect_left(self._starts, start), start)
        drafts = self._region_mentions(tokens, plain, history, standalone=True)
        plural = None
        if not drafts and len(tokens) > 1 and tokens[1].key != "of":
            # "many environmentalists", "some Republicans": the group the quantifier counts
            plural = _plural_people(tokens, self._matcher.lexicon, self.words.people_suffixes,
                                    self.words.not_people)
        if not drafts and plural is None and tokens[0].key in self.words.quantifiers:
            # "some", "many of them", "those who voted": an unnamed group or person
            kind = ActorKind.PERSON if tokens[0].key in self.words.one else ActorKind.GROUP
            name = tokens[0].key
            actor = Actor(id=_actor_id(kind, name, anonymous=True, scope=self.document.id),
                          name=name, kind=kind, anonymous=True)
            span = _unchecked_span(tokens[0].start, tokens[0].end)
            return Mention(span=span, actor=actor, kind=MentionKind.DESCRIPTION)
        if not drafts:
            if plural is None:
                plural = _plural_people(tokens, self._matcher.lexicon,
                                        self.words.people_suffixes, self.words.not_people)
            if plural is not None:
                name = " ".join(t.text.lower() for t in plural)
                actor = Actor(id=_actor_id(ActorKind.GROUP, name, anonymous=True,
                                           scope=self.document.id),
                              name=name, kind=ActorKind.GROUP, anonymous=True)
                span = _unchecked_span(plural[0].start, plural[-1].end)
                return Mention(span=span, actor=actor, kind=MentionKind.DESCRIPTION)
            words = [t for t in tokens if not t.punct]
            names = [t for t in words if t.cap and t.key not in self._matcher.lexicon.stopwords]
            if names and len(names) == len(words) and len(names) <= 4:
                name = " ".join(t.text for t in names)
                actor = Actor(
                    id=_actor_id(ActorKind.PERSON, name), name=name, kind=ActorKind.PERSON
                )
                span = _unchecked_span(names[0].start, names[-1].end)
                return Mention(span=span, actor=actor, kind=MentionKind.NAME)
            return None
        # the history ends before the phrase, so its drafts would sort before the new ones
        mentions = list(
            _finalise([*history, *drafts], self.document.text, first=len(history))
        )
        return min(mentions, key=lambda m: (_priority(m), m.span.start)) if mentions else None

    def _window(self, index: int, start: int) -> list[_Draft]:
        """Drafts of the :data:`_LOOKBACK` mentions before ``index`` that end before ``start``.

        Each with its gender, so that "he" passes over "Hillary Clinton"; made when a window
        first takes it in and kept (the same object for every later analysis, as before).
        """
        mentions = self.mentions()
        kept = self._history = self._history or [None] * len(mentions)
        window = []
        for position in range(max(0, index - _LOOKBACK), index):
            draft = kept[position]
            if draft is None:
                actor = mentions[position].actor
                draft = kept[position] = _Draft(
                    mentions[position].span, actor, mentions[position].kind,
                    surnames=_surnames(actor), gender=actor_gender(actor, self._matcher.lexicon)
                    if actor.kind is ActorKind.PERSON else None)
            if draft.span.end <= start:
                window.append(draft)
        return window

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
        builder = _RegionBuilder(
            self.gazetteer,
            self._matcher.lexicon,
            self.document,
            tokens,
            segments,
            history,
            standalone=standalone,
            words=self.words,
        )
        builder.title_case = title_case
        builder.answering = self.answering
        if shared is not None:  # the tables of every draft in ``history``
            builder.surnamed, builder.known_roles = shared
        return builder.build()


_NOUN_BEFORE = re.compile(r"\b([a-z][a-z-]{2,})\s+$")
_NOT_NOUNS = frozenset({"the", "and", "but", "was", "were", "are", "has", "have", "had", "been",
                        "not", "said", "says", "say", "than", "such", "fact", "now"})


def _plural_people(
    tokens: list[_Token], lexicon: RoleLexicon, suffixes: tuple[str, ...],
    not_people: frozenset[str] = frozenset(),
) -> list[_Token] | None:
    """A phrase ending in a plural noun for people ("Local politicians", "many farmers")."""
    words: list[_Token] = []
    for token in tokens:
        if token.punct:
            break
        words.append(token)
    if not words or len(words) > 5:
        return None
    last = words[-1]
    if last.cap or not last.key.isalpha() or not last.key.endswith(suffixes) or (
        last.key in not_people
    ):
        return None
    while words and (words[0].key,) in lexicon.determiners:
        words = words[1:]
    return words or None


@functools.lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    """The shipped gazetteer, without plugin entries (the stage never asks the plugins)."""
    shipped = Gazetteer(first_names=builtin_first_names(), not_names=builtin_not_names())
    register_gazetteer(shipped.add)
    return shipped


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


def _finalise(drafts: list[_Draft], text: str, first: int = 0) -> Iterator[Mention]:
    """Give every mention of one actor id the same, most informative actor.

    Args:
        drafts: The drafts, each with the actor it was found with.
        text: The document's text (to read acronyms the document spells out).
        first: Make mentions of ``drafts[first:]`` only, in text order; the drafts
            before still inform their actors.
    """
    remap = _short_names(drafts)
    remap.update(spelled_out(drafts, text))
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
