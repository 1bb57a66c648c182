"""The role lexicon and the mention word lists, from package data.

``claimkit/data/roles.json`` lists the words that make a noun phrase name an actor by
role rather than by name: titles written before names ("Sen.", "Foreign Minister"),
role nouns ("official", "deputy director", "spokesperson") and their plurals, the
words that mark an unnamed source ("anonymous", "unidentified"), modifiers that may
stand between a determiner and a role noun ("senior", "defense"), generic organs of a
state ("foreign ministry", "state media") and the last words of organisation names
("Foundation", "Times").  Every entry is matched by its key (see
:func:`claimkit.lexicon.normalise`).

``claimkit/data/mentions.json`` holds the other word lists of the actor mention stages,
organised by meaning (pronouns, grammar words, how names are read, organisation and
people words), read into :class:`MentionWords` by :func:`mention_words`.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any, Literal, cast

import attrs

from claimkit.errors import PluginError
from claimkit.lexicon import normalise, normalise_word
from claimkit.model import ActorKind

__all__ = [
    "Body", "MentionWords", "RoleLexicon", "mention_words", "names_no_person", "names_people",
    "plural", "role_lexicon",
]

Key = tuple[str, ...]


def plural(noun: str) -> str:
    """The English plural of a role noun ("spokesman" -> "spokesmen").

    Example:
        >>> plural("deputy"), plural("official"), plural("spokeswoman")
        ('deputies', 'officials', 'spokeswomen')
    """
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    return noun + "s"


@attrs.frozen
class Body:
    """A generic organ of a state ("foreign ministry"), before its state is known."""

    function: str
    """Its function key (``"foreign_ministry"``), as in gazetteer entries."""
    name: str
    """Its canonical name ("Ministry of Foreign Affairs"), or a lowercase generic word."""
    kind: ActorKind
    """Government body, or media outlet for state media."""


@attrs.frozen
class RoleLexicon:
    """The parsed role lexicon; get the built-in one with :func:`role_lexicon`."""

    titles: Mapping[Key, str]
    """Title key -> role ("sen" -> "senator"); an empty role for "Mr." and the like."""
    person_heads: frozenset[Key]
    """Role nouns naming one person ("official", "deputy director")."""
    group_heads: frozenset[Key]
    """Plural role nouns naming groups ("officials", "sources", "the west")."""
    anonymous_markers: frozenset[str]
    modifiers: frozenset[Key]
    determiners: frozenset[Key]
    bodies: Mapping[Key, Body]
    org_heads: Mapping[str, ActorKind]
    not_actor_heads: frozenset[str]
    stopwords: frozenset[str]
    org_nouns: Mapping[Key, ActorKind] = attrs.field(factory=dict)
    """Common nouns naming an organisation, body or outlet ("party", "newspaper")."""
    institution_nouns: Mapping[Key, ActorKind] = attrs.field(factory=dict)
    """Nouns of institutions that speak as one after an article and a nationality ("A
    Nigerian hospital denied"); read as organisation nouns only there."""
    document_nouns: frozenset[Key] = frozenset()
    """Nouns for documents and data cited as sources ("poll", "report", "records")."""
    female: frozenset[str] = frozenset()
    """First names and role words of women ("hillary", "spokeswoman", "mrs")."""
    male: frozenset[str] = frozenset()
    """First names and role words of men ("vladimir", "spokesman", "mr")."""
    _name_genders: dict[tuple[str, str], Literal["f", "m"] | None] = attrs.field(
        factory=dict, init=False, repr=False, eq=False)
    """:meth:`name_gender`'s answers so far: people are named again and again."""

    def first_name(self, word: str) -> bool:
        """Whether a lowercase word is a first name: gendered, and no role or title.

        Example:
            >>> lexicon = role_lexicon()
            >>> [lexicon.first_name(w) for w in ("bill", "hillary", "actor", "mr")]
            [True, True, False, False]
        """
        if word not in self.male and word not in self.female:
            return False
        key = (word,)
        return key not in self.titles and key not in self.person_heads and (
            key not in self.group_heads
        )

    def gender(self, words: Iterable[str]) -> Literal["f", "m"] | None:
        """The gender the key words suggest ("f", "m"), or ``None`` when unknown or mixed."""
        found = {
            ("f" if w in self.female else "m") for w in words if w in self.female or w in self.male
        }
        if len(found) == 1:
            return "f" if "f" in found else "m"
        return None

    def name_gender(self, role: str, first: str) -> Literal["f", "m"] | None:
        """The gender a person's role and first name suggest (remembered per lexicon).

        Example:
            >>> role_lexicon().name_gender("senator", "Hillary")
            'f'
        """
        key = (role, first)
        if key not in self._name_genders:
            words = [normalise_word(w) for w in role.split()]
            if first:
                words.append(normalise_word(first))
            self._name_genders[key] = self.gender(words)
        return self._name_genders[key]

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> RoleLexicon:
        """Parse the lexicon's JSON object.

        Raises:
            PluginError: A section is missing or malformed.
        """
        try:
            heads = {normalise(h) for h in data["person_heads"]}
            # multi-word titles are role nouns too, when written in lower case
            heads |= {normalise(t) for t, role in data["titles"].items() if role and " " in t}
            groups = {normalise(h) for h in data["group_heads"]}
            groups |= {(*h[:-1], plural(h[-1])) for h in heads}
            bodies: dict[Key, Body] = {}
            for function, spec in data["bodies"].items():
                kind = ActorKind(spec.get("kind", "government_body"))
                body = Body(function=function, name=spec["name"], kind=kind)
                for phrase in spec["phrases"]:
                    bodies[normalise(phrase)] = body
            return cls(
                titles={normalise(k): v for k, v in data["titles"].items()},
                person_heads=frozenset(heads),
                group_heads=frozenset(groups),
                anonymous_markers=frozenset(normalise_word(w) for w in data["anonymous_markers"]),
                modifiers=frozenset(normalise(m) for m in data["modifiers"]),
                determiners=frozenset(
                    normalise(d) if d != "the" else ("the",) for d in data["determiners"]
                ),
                bodies=bodies,
                org_heads={normalise_word(k): ActorKind(v) for k, v in data["org_heads"].items()},
                not_actor_heads=frozenset(normalise_word(w) for w in data["not_actor_heads"]),
                stopwords=frozenset(normalise_word(w) for w in data["stopwords"]),
                org_nouns={normalise(k): ActorKind(v) for k, v in data["org_nouns"].items()},
                institution_nouns={
                    normalise(k): ActorKind(v) for k, v in data["institution_nouns"].items()
                },
                document_nouns=frozenset(normalise(w) for w in data["document_nouns"]),
                female=frozenset(
                    normalise_word(w) for w in (*data["female_names"], *data["female_words"])
                ),
                male=frozenset(
                    normalise_word(w) for w in (*data["male_names"], *data["male_words"])
                ),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise PluginError(f"roles.json is malformed: {error!r}") from error


@functools.cache
def role_lexicon() -> RoleLexicon:
    """The built-in role lexicon from ``claimkit/data/roles.json``."""
    text = resources.files("claimkit.data").joinpath("roles.json").read_text(encoding="utf-8")
    return RoleLexicon.from_mapping(json.loads(text))


Refers = Literal["person", "thing", "plural"]
"""What a pronoun refers to: a person, a thing (state, body, organisation) or a plurality."""


@attrs.frozen
class MentionWords:
    """The word lists of ``claimkit/data/mentions.json``; see each list's ``about`` there."""

    personal_pronouns: Mapping[str, Refers]
    possessive_pronouns: Mapping[str, Refers]
    relative_pronouns: frozenset[str]
    quantifiers: frozenset[str]
    one: frozenset[str]
    indefinite: frozenset[str]
    prepositions: frozenset[str]
    phrase_words: frozenset[str]
    non_title_prepositions: frozenset[str]
    object_prepositions: frozenset[str]
    object_actor_next: frozenset[str]
    clause_words: frozenset[str]
    common_verbs: frozenset[str]
    function_words: frozenset[str]
    close_to: frozenset[str]
    state_nouns: frozenset[str]
    abbreviations: frozenset[str]
    name_connectors: frozenset[str]
    place_prefixes: frozenset[str]
    adjective_suffixes: tuple[str, ...]
    hyphen_tails: frozenset[str]
    org_tails: Mapping[str, ActorKind]
    generic_org_nouns: frozenset[str]
    generic_body_functions: frozenset[str]
    business_nouns: frozenset[str]
    other_heads: frozenset[str]
    official_heads: frozenset[str]
    official_roles: frozenset[str]
    salient_heads: frozenset[str]
    people_suffixes: tuple[str, ...]
    not_people: frozenset[str] = frozenset()
    speaker_verbs: frozenset[str] = frozenset()
    owner_speakers: frozenset[str] = frozenset()
    adversaries: frozenset[str] = frozenset()
    followers: frozenset[str] = frozenset()
    kin: frozenset[str] = frozenset()
    members: frozenset[str] = frozenset()
    led_bodies: Mapping[str, ActorKind] = attrs.field(factory=dict)
    never_names: frozenset[str] = frozenset()
    state_body_prefixes: frozenset[str] = frozenset()
    name_opening_words: frozenset[str] = frozenset()
    cause_groups: frozenset[str] = frozenset()

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> MentionWords:
        """Parse the word lists' JSON object.

        Raises:
            PluginError: A list is missing or malformed.
        """
        try:

            def words(group: str, name: str) -> frozenset[str]:
                return frozenset(str(w) for w in data[group][name]["words"])

            def refers(name: str) -> dict[str, Refers]:
                table = data["pronouns"][name]["refers_to"]
                if not set(table.values()) <= {"person", "thing", "plural"}:
                    raise ValueError(f"pronouns.{name}: unknown referent")
                return {str(k): cast(Refers, v) for k, v in table.items()}

            return cls(
                personal_pronouns=refers("personal"),
                possessive_pronouns=refers("possessive"),
                relative_pronouns=words("pronouns", "relative"),
                quantifiers=words("pronouns", "quantifiers"),
                one=words("pronouns", "one"),
                indefinite=words("pronouns", "indefinite"),
                prepositions=words("grammar", "prepositions"),
                phrase_words=words("grammar", "phrase_words"),
                non_title_prepositions=words("grammar", "non_title_prepositions"),
                object_prepositions=words("grammar", "object_prepositions"),
                object_actor_next=words("grammar", "object_actor_next"),
                clause_words=words("grammar", "clause_words"),
                common_verbs=words("grammar", "common_verbs"),
                function_words=words("grammar", "function_words"),
                close_to=words("grammar", "close_to"),
                state_nouns=words("grammar", "state_nouns"),
                abbreviations=words("names", "abbreviations"),
                name_connectors=words("names", "connectors"),
                place_prefixes=words("names", "place_prefixes"),
                adjective_suffixes=tuple(data["names"]["adjective_suffixes"]["endings"]),
                hyphen_tails=words("names", "hyphen_tails"),
                org_tails={
                    str(k): ActorKind(v)
                    for k, v in data["organisations"]["tails"]["kinds"].items()
                },
                generic_org_nouns=words("organisations", "generic_nouns"),
                generic_body_functions=words("organisations", "generic_body_functions"),
                business_nouns=words("organisations", "business_nouns"),
                other_heads=words("organisations", "other_heads"),
                official_heads=words("people", "official_heads"),
                official_roles=words("people", "official_roles"),
                salient_heads=words("people", "salient_heads"),
                people_suffixes=tuple(data["people"]["plural_suffixes"]["endings"]),
                not_people=words("people", "not_people") if "not_people" in data["people"]
                else frozenset(),
                speaker_verbs=words("grammar", "speaker_verbs")
                if "speaker_verbs" in data["grammar"]
                else frozenset(),
                owner_speakers=words("people", "owner_speakers")
                if "owner_speakers" in data["people"]
                else frozenset(),
                adversaries=words("people", "adversaries") if "adversaries" in data["people"]
                else frozenset(),
                followers=words("people", "followers") if "followers" in data["people"]
                else frozenset(),
                kin=words("people", "kin") if "kin" in data["people"] else frozenset(),
                members=words("people", "members") if "members" in data["people"]
                else frozenset(),
                led_bodies={
                    str(k): ActorKind(v)
                    for k, v in data["organisations"].get("led_bodies", {}).get(
                        "kinds", {}).items()
                },
                never_names=words("names", "never") if "never" in data["names"]
                else frozenset(),
                state_body_prefixes=words("organisations", "state_body_prefixes")
                if "state_body_prefixes" in data["organisations"]
                else frozenset(),
                name_opening_words=words("organisations", "name_opening_words")
                if "name_opening_words" in data["organisations"]
                else frozenset(),
                cause_groups=words("organisations", "cause_groups")
                if "cause_groups" in data["organisations"]
                else frozenset(),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise PluginError(f"mentions.json is malformed: {error!r}") from error


@functools.cache
def mention_words() -> MentionWords:
    """The built-in mention word lists from ``claimkit/data/mentions.json``.

    Example:
        >>> words = mention_words()
        >>> words.personal_pronouns["they"], "aide" in words.official_roles
        ('plural', True)
    """
    text = resources.files("claimkit.data").joinpath("mentions.json").read_text(encoding="utf-8")
    return MentionWords.from_mapping(json.loads(text))


def names_no_person(word: str) -> bool:
    """Whether a lowercase word is a document, an organisation or a body (the shipped lists).

    "the report said he lied": such a speaker is never "he" or "she".

    Example:
        >>> [names_no_person(w) for w in ("report", "company", "ministry", "senator")]
        [True, True, True, False]
    """
    lexicon = role_lexicon()
    key = (word,)
    return key in lexicon.document_nouns or key in lexicon.org_nouns or (
        key in lexicon.bodies or word in lexicon.org_heads
    )


def names_people(word: str) -> bool:
    """Whether a lowercase word stands for a group of people (the shipped lists).

    A group head of ``roles.json`` ("critics", "voters"), a plural with an ending for people
    that is not one of the plurals for things ("farmers", not "numbers"), or a quantifier
    that stands for several ("many", "others").

    Example:
        >>> [names_people(w) for w in ("critics", "farmers", "numbers", "many", "someone")]
        [True, True, False, True, False]
    """
    words = mention_words()
    if word in words.quantifiers:
        return word not in words.one
    return (word,) in role_lexicon().group_heads or (
        word.endswith(words.people_suffixes) and word not in words.not_people
    )
