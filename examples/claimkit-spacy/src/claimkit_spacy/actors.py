"""Actors from spaCy phrases: claimkit's gazetteer and role lexicon first, then spaCy's entities.

A phrase (a claimant or a target) is a head token and the tokens of its noun phrase.  It
becomes an :class:`~claimkit.model.Actor` by the first of these that applies:

1. a pronoun ("he", "they", "it") is the most recent fitting actor of the document:
   a person of the right gender for "he" and "she", an organisation, state or group for
   "they", "we" and "it";
2. a name of claimkit's gazetteer in the phrase that covers the head ("Pyongyang", "the
   State Department") is that gazetteer actor, with its affiliation chain;
3. a generic body ("the foreign ministry") of a state named in the phrase is that state's
   body, found through the role lexicon and
   :meth:`~claimkit.extract.gazetteer.Gazetteer.by_function`;
4. a spaCy ``PERSON`` entity is a person, known again later by surname alone ("Sergei
   Lavrov" ... "Lavrov"), affiliated with a gazetteer actor named in the phrase;
5. another spaCy entity (``ORG``, ``GPE``, ``NORP``) is an organisation, place or group;
6. a common noun ("officials", "an unnamed spokesman") is a group or a person of the
   document, anonymous when the role lexicon's markers or an indefinite determiner say
   so, affiliated with a gazetteer actor named in the phrase ("North Korean officials").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimkit.extract.gazetteer import Gazetteer
from claimkit.extract.roles import RoleLexicon
from claimkit.lexicon import normalise, normalise_word
from claimkit.model import Actor, ActorKind, Document, actor_id

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

__all__ = ["ActorFinder"]

_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
_THIRD_PLURAL = frozenset({"they", "them", "their", "it", "its"})
_COLLECTIVE = _THIRD_PLURAL | frozenset({"we", "us", "our"})
_PERSONAL = _MALE | _FEMALE | frozenset({"i", "me", "my", "you"})
_INDEFINITE = frozenset({"a", "an", "some", "one", "two", "three", "several", "many", "other",
                         "another", "multiple", "numerous", "various", "few"})
_ARTICLES = frozenset({"the", "a", "an"})
_ENTITY_KINDS = {
    "ORG": ActorKind.ORGANISATION,
    "GPE": ActorKind.UNKNOWN,
    "LOC": ActorKind.UNKNOWN,
    "FAC": ActorKind.UNKNOWN,
    "NORP": ActorKind.GROUP,
}
_ACTOR_ENTITIES = frozenset({"PERSON", *_ENTITY_KINDS})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "ADJ"})
_QUOTES = "\"'\u201c\u201d\u2018\u2019"
MAX_PHRASE = 24
"""The most tokens of a phrase that are searched for gazetteer names."""


def _clean_name(text: str) -> str:
    name = " ".join(text.split()).strip(_QUOTES + " ,;:")
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
            break
    return name.strip()


class ActorFinder:
    """Resolves the phrases of one document to actors, remembering who was mentioned.

    Args:
        document: The document being read (anonymous actors are scoped to its id).
        gazetteer: claimkit's gazetteer (with every plugin's entries).
        roles: claimkit's role lexicon.
    """

    def __init__(self, document: Document, gazetteer: Gazetteer, roles: RoleLexicon) -> None:
        self.document = document
        self.gazetteer = gazetteer
        self.roles = roles
        self._people: dict[tuple[str, ...], Actor] = {}
        self._surnames: dict[str, Actor] = {}
        self._genders: dict[str, str] = {}
        self._recent: list[Actor] = []
        self._descriptions: dict[str, Actor] = {}

    # ------------------------------------------------------------------ memory

    def remember(self, actor: Actor) -> None:
        """Note that ``actor`` was just mentioned (pronouns look back to it)."""
        if actor.kind is ActorKind.UNKNOWN and actor.anonymous:
            return  # an unresolved pronoun or an unknown description
        if self._recent and self._recent[-1].id == actor.id:
            return
        self._recent.append(actor)
        del self._recent[:-20]

    def remember_people(self, sentence: SpacySpan) -> None:
        """Note the people a sentence names as the subjects of its clauses."""
        for entity in sentence.ents:
            if entity.label_ == "PERSON" and entity.root.dep_ in ("nsubj", "nsubjpass"):
                self.remember(self.person(entity, ()))

    def _pronoun(self, lower: str) -> Actor | None:
        """The actor a third-person pronoun refers to: the latest one that fits."""
        if lower in _MALE or lower in _FEMALE:
            wanted = "m" if lower in _MALE else "f"
            for actor in reversed(self._recent):
                if actor.kind is ActorKind.PERSON and self._genders.get(actor.id) in (None,
                                                                                     wanted):
                    return actor
        elif lower in _THIRD_PLURAL:
            for actor in reversed(self._recent):
                if actor.kind not in (ActorKind.PERSON, ActorKind.UNKNOWN):
                    return actor
        return None  # first and second person: the speaker of a quotation, not known here

    # -------------------------------------------------------------- gazetteer

    def names_in(self, tokens: Sequence[Token]) -> list[tuple[int, int, Actor]]:
        """Gazetteer names among the tokens, longest first, not overlapping.

        Names inside a spaCy ``PERSON`` entity count only when they cover it ("Jordan"
        in "Michael Jordan" is not the country).

        Returns:
            (first token index, end token index, actor) triples, indices into ``tokens``.
        """
        tokens = tokens[:MAX_PHRASE]
        keys = [normalise_word(t.text) for t in tokens]
        longest = self.gazetteer.max_key_length
        found: list[tuple[int, int, Actor]] = []
        index = 0
        while index < len(tokens):
            hit = None
            if keys[index]:
                for end in range(min(len(tokens), index + longest), index, -1):
                    key = tuple(k for k in keys[index:end] if k)
                    if len(key) > 1 and key[0] == "the":
                        key = key[1:]
                    if not key or not keys[end - 1]:
                        continue
                    surface = tokens[0].doc[tokens[index].i : tokens[end - 1].i + 1].text
                    senses = self.gazetteer.senses(key, surface)
                    if senses and senses[0].entry_id and not self._inside_person(
                        tokens[index], tokens[end - 1]
                    ):
                        hit = (index, end, self.gazetteer.actor(senses[0].entry_id))
                        break
            if hit is None:
                index += 1
            else:
                found.append(hit)
                index = hit[1]
        return found

    @staticmethod
    def _inside_person(first: Token, last: Token) -> bool:
        if first.ent_type_ != "PERSON":
            return False
        doc = first.doc
        start = first.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = last.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return not (start == first.i and end == last.i + 1)

    def _body(self, keys: Sequence[str], affiliation: Actor | None) -> Actor | None:
        """A generic body ("foreign ministry") of the state ``affiliation`` belongs to."""
        if affiliation is None or affiliation.principal.country is None:
            return None
        for size in (4, 3, 2):
            for start in range(0, len(keys) - size + 1):
                body = self.roles.bodies.get(tuple(keys[start : start + size]))
                if body is None:
                    continue
                entry = self.gazetteer.by_function(affiliation.principal.country, body.function)
                if entry is not None:
                    return self.gazetteer.actor(entry.id)
        return None

    # ---------------------------------------------------------------- people

    def person(self, entity: SpacySpan, names: Sequence[tuple[int, int, Actor]]) -> Actor:
        """The person a ``PERSON`` entity names, the same actor for later surname mentions."""
        name = _clean_name(entity.text) or entity.text.strip() or "unknown person"
        key = normalise(name)
        known = self._people.get(key)
        if known is None and len(key) == 1:
            known = self._surnames.get(key[0])
        if known is not None:
            return known
        entry = self.gazetteer.lookup(name)
        if entry is not None and entry.kind is ActorKind.PERSON:
            actor = self.gazetteer.actor(entry.id)
        else:
            affiliation = names[0][2] if names else None
            actor = Actor(
                id=actor_id(ActorKind.PERSON, name),
                name=name,
                kind=ActorKind.PERSON,
                affiliation=affiliation,
            )
        self._people[key] = actor
        if len(key) > 1:
            self._surnames.setdefault(key[-1], actor)
        gender = self.roles.gender(key[:1])
        if gender is not None:
            self._genders[actor.id] = gender
        return actor

    # ----------------------------------------------------------------- phrases

    def unresolved(self, head: Token) -> Actor:
        """The stand-in for a pronoun that names nobody found ("we" in a quotation)."""
        name = head.text
        return Actor(
            id=actor_id(ActorKind.UNKNOWN, "unresolved " + name.lower(), anonymous=True,
                        scope=self.document.id),
            name=name,
            kind=ActorKind.UNKNOWN,
            anonymous=True,
        )

    def resolve(self, head: Token, tokens: Sequence[Token], *,
                target: bool = False) -> Actor | None:
        """The actor a phrase names.

        Args:
            head: The phrase's head token.
            tokens: The phrase's tokens, in order (they contain ``head``).
            target: The phrase is a target: a name inside it is preferred to a
                description of its head ("Russia's war" is Russia).

        Returns:
            The actor, or ``None`` when the phrase names no actor (a pronoun with
            nothing before it, a verb, a number).
        """
        lower = head.lower_.replace("\u2019", "'")
        if head.pos_ == "PRON" or (head.text.islower() and (lower in _PERSONAL
                                                             or lower in _COLLECTIVE)):
            return self._pronoun(lower)
        if head.pos_ not in _NOMINAL:
            return None
        names = self.names_in(tokens)
        for first, end, actor in names:
            if tokens[first].i <= head.i < tokens[end - 1].i + 1:
                return actor
        others = [n for n in names if not (n[0] <= head.i - tokens[0].i < n[1])]
        if head.ent_type_ == "PERSON":
            entity = _entity_of(head)
            if entity is not None:
                return self.person(entity, others)
        keys = [normalise_word(t.text) for t in tokens]
        affiliation = others[0][2] if others else None
        if target and affiliation is not None and head.ent_type_ not in _ACTOR_ENTITIES:
            return affiliation
        body = self._body([k for k in keys if k], affiliation)
        if body is not None:
            return body
        if head.ent_type_ in _ENTITY_KINDS:
            entity = _entity_of(head)
            if entity is not None:
                name = _clean_name(entity.text)
                if name.lower().startswith("the "):
                    name = name[4:]
                if name:
                    kind = _ENTITY_KINDS[head.ent_type_]
                    return Actor(id=actor_id(kind, name), name=name, kind=kind,
                                 affiliation=affiliation)
        return self._described(head, tokens, affiliation)

    def _described(self, head: Token, tokens: Sequence[Token],
                   affiliation: Actor | None) -> Actor | None:
        """An actor made from a common noun phrase ("an unnamed defense official")."""
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        words = [t for t in tokens if t.i <= head.i and not t.is_punct]
        while words and words[0].lower_ in _ARTICLES:
            words = words[1:]
        if not words:
            return None
        doc = head.doc
        name = _clean_name(doc[words[0].i : head.i + 1].text)
        if not name:
            return None
        keys = {normalise_word(t.text) for t in tokens}
        first = tokens[0].lower_
        anonymous = bool(keys & self.roles.anonymous_markers) or first in _INDEFINITE
        head_key = (normalise_word(head.text),)
        if head_key in self.roles.org_nouns:
            kind = self.roles.org_nouns[head_key]
        elif head_key in self.roles.group_heads or head.tag_ in ("NNS", "NNPS"):
            kind = ActorKind.GROUP
        elif head_key in self.roles.person_heads:
            kind = ActorKind.PERSON
        else:
            kind = ActorKind.UNKNOWN
        role = head.lower_ if head_key in self.roles.person_heads else None
        if first == "the" and affiliation is None:
            # "the official" after "an anonymous North Korean defense official"
            known = self._descriptions.get(head_key[0])
            if known is not None:
                return known
        actor = Actor(
            id=actor_id(kind, name, anonymous=True, scope=self.document.id),
            name=name,
            kind=kind,
            affiliation=affiliation,
            role=role,
            anonymous=anonymous,
        )
        self._descriptions[head_key[0]] = actor
        return actor


def _entity_of(token: Token) -> SpacySpan | None:
    """The spaCy entity a token lies in."""
    for entity in token.doc.ents:
        if entity.start <= token.i < entity.end:
            return entity
    return None
