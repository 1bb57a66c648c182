"""Mention drafts and the state of the left-to-right pass over one region.

A :class:`Mention` is one place in a document's text that refers to an actor.  While a
region is read, mentions are *drafts* (``_Draft``), whose actors are merged across
the document at the end (:mod:`claimkit.extract.actors`).  ``_RegionState`` holds
what the pass over one region shares: its tokens and segments, the drafts so far and
the earlier ones (the history pronouns and descriptions refer back to), and how far a
noun phrase reaches.  The pass itself is split by what it reads:
:mod:`claimkit.extract.descriptions` (role phrases, bodies, organisations and the
affiliations they name), :mod:`claimkit.extract.names` (named people and organisations)
and :mod:`claimkit.extract.pronouns`; ``_RegionBuilder`` in
:mod:`claimkit.extract.region_pass` combines them.
"""

from __future__ import annotations

import enum
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Literal

import attrs

from claimkit.extract.gazetteer import Gazetteer
from claimkit.extract.mention_tokens import _Segment, _Token
from claimkit.extract.roles import MentionWords, RoleLexicon, mention_words
from claimkit.lexicon import normalise_word
from claimkit.model import Actor, ActorKind, Document, Span, actor_id

__all__ = ["Mention", "MentionKind"]


_LINKS = frozenset({"of", "for", "on"})
"""Words that may go on an organisation's name to a place or field ("Bank of England")."""


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


_NP_CATEGORIES = frozenset(
    {"gaz", "not_name", "title", "head", "group", "body", "orgnoun", "doc", "mod", "det", "name"}
)
_HEADISH = frozenset({"head", "group", "body", "title", "orgnoun", "doc"})
_SENTENCE_OPENERS = frozenset({".", "!", "?", ":", ";", "\"", "\u201c", "\u2014", "(", "\n"})
"""Marks after which a word opens a phrase as the first of a sentence or headline does."""
_LOOKBACK = 80
"""How many earlier mentions pronouns, descriptions and surnames may refer back to."""

_actor_id = functools.lru_cache(maxsize=1 << 11)(actor_id)
""":func:`claimkit.model.actor_id`, remembered (names and descriptions recur; a small bound,
since anonymous actors are scoped to their document and never asked for again)."""
_Shared = tuple[dict[str, tuple[int, "_Draft"]], set[str]]
"""The look-up tables of the region pass (``surnamed``, ``known_roles``)."""


@attrs.define
class _Draft:
    """A mention being built, before actors are merged across the document."""

    span: Span
    actor: Actor
    kind: MentionKind
    surnames: tuple[str, ...] = ()
    sentence: int = 0
    gender: Literal["f", "m"] | None = None
    affiliation: Actor | None = None
    """The body or party a description named ("the Republican nominee"), if any."""
    apposed: bool = False
    """Whether the draft is a description set off after its person's name ("Rep. Jason
    Chaffetz, the chairman of the House Oversight Committee,")."""


def actor_gender(actor: Actor, lexicon: RoleLexicon, hints: Iterable[str] = ()
                 ) -> Literal["f", "m"] | None:
    """The gender a person's role words and first name suggest ("Hillary Clinton": "f")."""
    first = "" if actor.anonymous else actor.name.split()[0]
    hinted = list(hints)
    if not hinted:
        return lexicon.name_gender(actor.role or "", first)
    words = [*hinted, *(normalise_word(w) for w in (actor.role or "").split())]
    if first:
        words.append(normalise_word(first))
    return lexicon.gender(words)


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


@functools.lru_cache(maxsize=1 << 12)
def _role_words(role: str) -> frozenset[str]:
    """The keys of a role's words, whole and split at hyphens ("vice-president")."""
    words = {normalise_word(w) for w in re.split(r"[\s-]+", role)}
    words |= {normalise_word(w) for w in role.split()}
    return frozenset(words)


def _draft_role_words(draft: _Draft, text: str) -> frozenset[str]:
    """The role words a draft gives its actor: the role, and a named person's description.

    "Rep. Jason Chaffetz, the chairman of the House Oversight Committee": the role is the
    title's, and the description after the name adds "chairman".
    """
    actor = draft.actor
    words = _role_words(actor.role) if actor.role else frozenset()
    if draft.apposed:
        words |= _role_words(text[draft.span.start : draft.span.end])
    return words


class _RegionState:
    """The state of the pass over one region, and the helpers every part of it uses."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        lexicon: RoleLexicon,
        document: Document,
        tokens: list[_Token],
        segments: list[_Segment],
        history: list[_Draft],
        *,
        standalone: bool,
        words: MentionWords | None = None,
    ) -> None:
        self.gaz = gazetteer
        self.lexicon = lexicon
        self.words = words if words is not None else mention_words()
        """The mention word lists (``data/mentions.json`` and the plugins' words)."""
        self.doc = document
        self.text = document.text
        self.tokens = tokens
        self.segments = segments
        self.history = history
        self.standalone = standalone
        self.out: list[_Draft] = []
        self.apposed: dict[int, tuple[str, Actor | None]] = {}
        """Role and affiliation of a description, by the start of the name set after it
        ("The Kremlin spokesman, Dmitry Peskov,")."""
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
        self.answering: Mapping[tuple[int, int], tuple[int, int]] = {}
        """The accused's span of the charge each denial answers, by the denial's source span
        (:func:`~claimkit.extract.denied_charges.charges_answered`)."""

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
            draft.gender = actor_gender(actor, self.lexicon, hints)
        self.out.append(draft)
        if draft.surnames and self.surnamed is not None:
            position = len(self.history) + len(self.out) - 1
            for surname in draft.surnames:
                self.surnamed[surname] = (position, draft)
        if self.known_roles is not None:
            self.known_roles.update(_draft_role_words(draft, self.text))

    def _words(self, segment: _Segment) -> str:
        return self.text[segment.start : segment.end]

    def _keys(self, segment: _Segment) -> tuple[str, ...]:
        return tuple(t.key for t in self.tokens[segment.first : segment.last])

    def _known_roles(self) -> set[str]:
        """The words of every role of the recent drafts and more (a quick test)."""
        known = self.known_roles
        if known is None:  # built on first use, then kept up to date by _emit
            known = set()
            for draft in itertools.chain(self.history[-_LOOKBACK:], self.out):
                known.update(_draft_role_words(draft, self.text))
            self.known_roles = known
        return known

    # how far a phrase reaches ---------------------------------------------------

    def _and_joins_organisation(self, j: int) -> bool:
        """Whether "and" at segment ``j`` sits inside one organisation's capitalised name.

        "Food and Drug Administration", "Bill and Melinda Gates Foundation": a name before it,
        and capitalised words after it that end in an organisation word.
        """
        segments = self.segments
        before = segments[j - 1]
        if before.category not in ("name", "body", "mod", "gaz") or before.possessive or not all(
            t.cap for t in self.tokens[before.first : before.last]
        ):
            return False
        k = j + 1
        last_key = None
        while k < len(segments) and segments[k].category in (
            "name", "body", "mod", "orgnoun"
        ) and all(t.cap for t in self.tokens[segments[k].first : segments[k].last]):
            last_key = self.tokens[segments[k].last - 1].key
            if segments[k].possessive:
                break
            k += 1
        return k > j + 1 and last_key is not None and last_key in self.lexicon.org_heads

    def _phrase_end(self, i: int) -> int:
        """Extend a noun phrase over modifiers, names, org tails and prepositional phrases."""
        segments = self.segments
        n = len(segments)
        j = i
        named = False  # whether the phrase went on an organisation's name over a link
        while j < n:
            segment = segments[j]
            category = segment.category
            if category in _NP_CATEGORIES:
                if category == "det" and j > i and not segments[j - 1].possessive and not (
                    named and self._listed_the(segments, j)
                ):
                    break
                j += 1
                if segment.possessive and category in ("head", "group", "body") and (
                    not self._people_possessive(segments, j - 1)  # "the Sudan People's
                ):  # Liberation Movement" goes on
                    break
                continue
            if (
                j > i
                and category in ("word", "mod", "body", "orgnoun")
                and self._org_tail(segment)
                and segments[j - 1].category == "name"
            ):
                return j + 1
            if named and (self._listed_name(segments, j) or (
                self.tokens[segment.first].key in ("of", "and") and j + 1 < n
                and (self._capitalised(segments[j + 1]) or self._listed_the(segments, j + 1))
            )):  # "the Ministry of Ports, Shipping and Waterways", "for the Origins of Novel
                j += 1  # Pathogens": the name goes on after its link
                continue
            if category in ("word", "stop") and j > i:
                key = self.tokens[segment.first].key
                if key in self.words.name_connectors and segments[j - 1].category == "name":
                    k = j  # particles inside a name: "Bill de Blasio", "von der Leyen"
                    while k < n and segments[k].category in ("word", "stop") and (
                        self.tokens[segments[k].first].key in self.words.name_connectors
                    ):
                        k += 1
                    if k < n and (segments[k].category == "name" or (
                        segments[k].category == "gaz" and segments[k].last - segments[k].first == 1
                    )):  # "Leila de Lima": a one-word place's name is a surname there
                        j = k
                        continue
                if category == "stop":
                    break
                if key == "and" and self._and_joins_organisation(j):
                    j += 1  # "Securities and Exchange Commission": one organisation's name
                    continue
                if (
                    key in self.words.close_to
                    and segments[j - 1].category in ("head", "group")
                    and j + 1 < n
                    and self.tokens[segments[j + 1].first].key in self.words.prepositions
                ):  # "officials linked to the IRGC": step onto the preposition
                    j += 1
                    continue
                previous = segments[j - 1]
                link = self._named_organisation_of(segments, j) if key in _LINKS else 0
                if link:
                    j += 1 + link  # "the Law Society of Kenya", "the Reserve Bank of India"
                    named = True
                    continue
                attaches = previous.category in _HEADISH or (
                    previous.category in ("mod", "word")
                    and self.tokens[previous.first].key in self.words.close_to
                    and j - 2 >= i
                    and segments[j - 2].category in ("head", "group")
                )  # "sources close to the Kremlin"
                if key in self.words.prepositions and attaches:
                    k = self._pp_end(j + 1)
                    if k > j + 1:
                        j = k
                        continue
            break
        return max(j, i + 1)

    def _named_organisation_of(self, segments: Sequence[_Segment], j: int) -> int:
        """How many words of the link at ``segments[j]`` go on an organisation's name, or 0.

        "Law Society of Kenya", "Reserve Bank of India", "Securities and Exchange Board of
        India": a capitalised organisation word before an "of", a state or name after it; so
        does a "for" or an "on" ("Movement for Socialism", "Center for American Progress",
        "Kenya National Commission on Human Rights"), and a "the" after them ("Office for
        the Coordination of Humanitarian Affairs", "Commission on the Status of Women",
        "Office of the Privacy Commissioner of Canada", "Office of the Attorney General"):
        1 for the link alone, 2 with its "the".  ``segments`` is the region's segments or
        one phrase of them.
        """
        link = self.tokens[segments[j].first].key if 0 < j < len(segments) else ""
        if j + 1 >= len(segments) or link not in ("of", "for", "on"):
            return 0
        before = self.tokens[segments[j - 1].last - 1]
        if link != "of" and (self.title_case or before.key == "campaign"):
            return 0  # "Campaign for Trump Says ...": the campaign he runs
        if link == "on" and self.lexicon.org_heads.get(before.key) is ActorKind.MEDIA_OUTLET:
            return 0  # "Breitbart News Daily on SiriusXM": a show on a channel
        size = 1
        if self.tokens[segments[j + 1].first].key == "the" and (
            segments[j + 1].last - segments[j + 1].first == 1 and j + 2 < len(segments)
        ):
            size = 2
        after = segments[j + size]
        if link == "of" or (after.category == "gaz" and after.entry is not None and (
            after.entry.kind is ActorKind.STATE and size == 1
        )):  # "Committee on Benghazi", not "Edison Research for the Associated Press" or
            named: tuple[str, ...] = ("gaz", "name")  # "Breitbart News Daily on SiriusXM"
            if link == "of" and size == 2:
                named = ("gaz", "name", "head", "title", "body", "orgnoun")  # "the Office of
                # the Director of Public Prosecutions", "Office of the Privacy Commissioner"
        else:
            named = ("name", "mod")  # "Commission on Human Rights", "Office for the ..."
        if before.cap and before.key in self.lexicon.org_heads and (
            after.category in named
            and all(t.cap for t in self.tokens[after.first : after.last])
        ):
            return size
        return size if self._people_for(segments, j) else 0

    def _people_for(self, segments: Sequence[_Segment], j: int) -> bool:
        """Whether a plural noun for people, "for" and a name make a group's name.

        "Vets for Marsh", "Citizens for Fair Play", "Moms for Liberty", "Students for Fair
        Admissions": a capitalised plural of ``mentions.json``'s ``cause_groups``, opening
        its phrase or after a determiner or an organisation noun, before "for" and a
        capitalised name.  Not in a headline's title case ("Biden Calls for Unity"), nor
        people who work for someone ("Attorneys for Clinton", "Executives for Mondelez").
        """
        if self.title_case or j < 1 or j + 1 >= len(segments) or (
            self.tokens[segments[j].first].key != "for"
        ):
            return False
        people, after = segments[j - 1], segments[j + 1]
        word = self.tokens[people.first]
        if people.category not in ("name", "group") or people.last - people.first != 1 or (
            people.possessive or not word.cap or word.key not in self.words.cause_groups
        ):
            return False
        opening = people.index - 1 if people.index > 0 else -1
        if opening >= 0 and self.segments[opening].category not in ("det", "orgnoun", "punct"):
            return False  # "Congress Vets for Marsh" is no opening
        return after.category in ("name", "gaz") and all(
            t.cap for t in self.tokens[after.first : after.last]
        )

    def _capitalised(self, segment: _Segment) -> bool:
        return segment.category != "punct" and all(
            t.cap for t in self.tokens[segment.first : segment.last]
        )

    def _listed_name(self, phrase: Sequence[_Segment], j: int) -> bool:
        """Whether a comma at ``j`` goes on a list of a name's words that "and" closes."""
        if not self._portfolios_before(phrase, j):
            return False  # not "the Bank of England, Barclays and HSBC": a ministry's portfolios
        k = j
        while k + 2 < len(phrase) and self.tokens[phrase[k].first].text == "," and (
            self._listed(phrase[k + 1])
        ):
            k += 2
        return k > j and k + 1 < len(phrase) and self.tokens[phrase[k].first].key == "and" and (
            self._listed(phrase[k + 1]) or phrase[k + 1].category == "body"
            or self._listed_the(phrase, k + 1)
        )

    def _portfolios_before(self, phrase: Sequence[_Segment], j: int) -> bool:
        """Whether the comma at ``j`` follows a body's "of" or "for" and listed words."""
        if j == 0 or self.tokens[phrase[j].first].text != "," or (
            phrase[j - 1].category not in ("name", "mod")
        ):
            return False
        link = j - 1
        while link > 0 and (
            self._listed(phrase[link]) or self.tokens[phrase[link].first].text == ","
        ):
            link -= 1
        return link >= 1 and self.tokens[phrase[link].first].key in ("of", "for") and (
            self.lexicon.org_heads.get(self.tokens[phrase[link - 1].last - 1].key)
            is ActorKind.GOVERNMENT_BODY
        )

    def _listed_the(self, phrase: Sequence[_Segment], j: int) -> bool:
        """Whether a "the" at ``j`` opens the last word of a listed name after "and".

        "the Department of Forestry, Fisheries and the Environment": "and the" and a
        capitalised word close a list a comma opened after a body's "of" or "for".
        """
        if j < 3 or j + 1 >= len(phrase) or self._keys(phrase[j]) != ("the",) or (
            self._keys(phrase[j - 1]) != ("and",) or not self._listed(phrase[j + 1])
        ):
            return False
        comma = j - 2
        while comma > 0 and self._listed(phrase[comma]):
            comma -= 1
        return comma < j - 2 and self._portfolios_before(phrase, comma)

    def _listed(self, segment: _Segment) -> bool:
        """Whether a segment may be a word of a list in a body's name ("Shipping")."""
        return segment.category in ("name", "mod") and self._capitalised(segment) and not (
            self.tokens[segment.first].text.isupper()
        )

    def _people_possessive(self, phrase: list[_Segment], p: int) -> bool:
        """Whether a capitalised possessive at ``p`` is a word of the organisation's name.

        "The Tigray People's Liberation Front", "the Information Commissioner's Office",
        "the Women's Equality Party", "the Mayor's Office": a common noun for
        people or a role, capitalised, owns the rest of the name, which goes on in
        capitalised words to an organisation word. A name or a state before the
        possessive owns a body of its own ("Trump's Justice Department", "Britain's
        Foreign Office"), and so does a role before words that end in no organisation
        word ("the Commissioner's report").
        """
        segment = phrase[p]
        token = self.tokens[segment.last - 1]
        key = (token.key,)
        if segment.last - segment.first != 1 or not token.cap or not (
            key in self.lexicon.person_heads or key in self.lexicon.group_heads
            or token.key in self.words.kin
        ):
            return False
        before = p
        while before > 0 and phrase[before - 1].category != "det" and all(
            t.cap for t in self.tokens[phrase[before - 1].first : phrase[before - 1].last]
        ):
            before -= 1
        if p - before > _NAME_BEFORE_POSSESSIVE:
            return False  # a title-case headline: "... Praises Marco Rubio Donor's Campaign"
        for k in range(p + 1, min(len(phrase), p + 1 + _NAME_AFTER_POSSESSIVE)):
            following = phrase[k]
            if following.category not in ("body", "mod", "orgnoun", "head", "group", "name") or (
                not all(t.cap for t in self.tokens[following.first : following.last])
            ):
                return False
            if self.tokens[following.last - 1].key in self.lexicon.org_heads:
                return True
            if following.possessive:
                return False
        return False

    def _org_tail(self, segment: _Segment) -> bool:
        """Whether a segment is one word such as "campaign" that makes a name an organisation."""
        return (
            segment.last - segment.first == 1
            and self.tokens[segment.first].key in self.words.org_tails
        )

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
                if found < 0 and key in self.words.speaker_verbs:
                    break  # "Supporters of the senator said the DNC ...": a verb ends it
                if key in self.words.phrase_words:
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


_NAME_BEFORE_POSSESSIVE = 2
"""Capitalised words an organisation's name may have before a possessive inside it
("Manhattan District Attorney's Office")."""
_NAME_AFTER_POSSESSIVE = 3
"""Words from a possessive inside an organisation's name to its organisation word
("the Tigray People's Liberation Front")."""
