"""The lexicon types plugins use: cue words, evidence and hedge phrases, gazetteer entries.

A plugin extends claimkit's extractor by registering these small frozen records
through the ``register_cues``, ``register_gazetteer`` and ``register_word_lists`` hooks
(see :mod:`claimkit.hookspecs`)::

    import claimkit
    from claimkit.lexicon import CueWord, EvidencePhrase, GazetteerEntry
    from claimkit.model import ActorKind, ClaimKind, CueEffect

    @claimkit.hookimpl
    def register_cues(register):
        register(CueWord(lemma="aver", kind=ClaimKind.STATEMENT, pos="verb"))
        register(EvidencePhrase(phrase="leaked cables", effect=CueEffect.RAISES, weight=0.2))

    @claimkit.hookimpl
    def register_gazetteer(register):
        register(GazetteerEntry(name="Ukrainska Pravda", kind=ActorKind.MEDIA_OUTLET,
                                country="UA"))

    @claimkit.hookimpl
    def register_word_lists(register):
        register(WordListEntry(file="kinds", list="falsity.words", word="hogwash"))

The module also holds what defines how entries are matched: the *key* of a name
(:func:`normalise`, :func:`normalise_word`) and the regular inflections of a verb
(:func:`inflect`).  It depends on :mod:`claimkit.model` and :mod:`claimkit.errors`
only, so the hook specifications can name these types without importing the
extractor.  The same names are importable from their earlier places,
:mod:`claimkit.extract.cues` and :mod:`claimkit.extract.gazetteer`.
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import Any, Literal

import attrs
from attrs import field, frozen

from claimkit.errors import InvalidValueError, PluginError
from claimkit.model import Actor, ActorKind, ClaimKind, CueEffect, EvidenceStrength, actor_id

__all__ = [
    "COMMITMENTS",
    "FRAMES",
    "WORD_LIST_FILES",
    "CueWord",
    "EvidencePhrase",
    "GazetteerEntry",
    "HedgePhrase",
    "NameForm",
    "WordListEntry",
    "inflect",
    "normalise",
    "normalise_word",
]

# ----------------------------------------------------------------------- keys

_KEY_WORD = re.compile(r"[^\W_](?:[\w'\u2019\-]*[^\W_])?")
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def _fold(word: str) -> str:
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("\u2019", "'").casefold()


@functools.lru_cache(maxsize=1 << 16)
def normalise_word(word: str) -> str:
    """The key form of one word: dots, accents and a possessive ``'s`` removed, case folded.

    Args:
        word: One word as written ("Korea's", "U.S.", "Élysée").

    Returns:
        Its key ("korea", "us", "elysee"); empty when nothing alphanumeric remains.
    """
    word = word.replace(".", "")
    if len(word) > 2:
        word = _POSSESSIVE.sub("", word)
    return _fold(word)


def normalise(text: str) -> tuple[str, ...]:
    """The key of a name: its words in key form, a leading "the" dropped.

    Args:
        text: A name as written ("the U.S. Department of State").

    Returns:
        A tuple of key words (``("us", "department", "of", "state")``).

    Example:
        >>> normalise("North Korea's")
        ('north', 'korea')
        >>> normalise("the D.P.R.K.")
        ('dprk',)
    """
    words = [normalise_word(m.group()) for m in _KEY_WORD.finditer(text.replace(".", ""))]
    words = [w for w in words if w]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return tuple(words)


class NameForm(enum.Enum):
    """How a gazetteer key names its entry."""

    NAME = "name"
    """A name or alias ("North Korea", "the DPRK", "Pyongyang")."""
    DEMONYM = "demonym"
    """An adjective of nationality ("North Korean")."""
    PEOPLE = "people"
    """A plural demonym naming the people, not the state ("North Koreans")."""



# ---------------------------------------------------------------- cue entries

FRAMES = frozenset(
    {"say", "tell", "accuse", "charge", "blame", "attribute", "warn", "deny", "reject",
     "condemn", "call", "urge", "according", "in", "hedge", "undergo"}
)
"""How source, target and content sit around a cue (see ``data/cues.json``)."""

Pos = Literal["verb", "noun", "phrase"]
_POS = ("verb", "noun", "phrase")


def _claim_kind(value: Any) -> ClaimKind:
    return value if isinstance(value, ClaimKind) else ClaimKind(value)


def _lower_tuple(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        value = (value,)
    return tuple(" ".join(v.lower().replace("\u2019", "'").split()) for v in value)


def _norm(value: object) -> str:
    return " ".join(str(value).lower().replace("\u2019", "'").split())


def _effect(value: CueEffect | str) -> CueEffect:
    return value if isinstance(value, CueEffect) else CueEffect(value)


def _level(value: EvidenceStrength | str | None) -> EvidenceStrength | None:
    if value is None or isinstance(value, EvidenceStrength):
        return value
    return EvidenceStrength(value)


def _check_frame(_inst: object, _attribute: attrs.Attribute[str], value: str) -> None:
    if value not in FRAMES:
        raise PluginError(f"unknown cue frame {value!r}; expected one of {sorted(FRAMES)}")


COMMITMENTS = ("probable", "possible", "uncommitted")
"""The commitments a cue word can imply (a plain cue leaves the speaker certain)."""


def _check_commitment(_inst: object, _attribute: attrs.Attribute[str | None],
                      value: str | None) -> None:
    if value is not None and value not in COMMITMENTS:
        raise PluginError(f"unknown cue commitment {value!r}; expected one of {COMMITMENTS}")


def _check_pos(_inst: object, _attribute: attrs.Attribute[str], value: str) -> None:
    if value not in _POS:
        raise PluginError(f"unknown cue part of speech {value!r}; expected one of {_POS}")


_VOWELS = "aeiou"


def _doubles(lemma: str) -> bool:
    """Whether a verb ends in one vowel and one consonant that may double ("stab", "admit")."""
    word = lemma.rsplit("-", 1)[-1].rsplit(" ", 1)[-1]
    return (
        len(word) >= 3
        and word[-1] not in _VOWELS + "wxy"
        and word[-1].isalpha()
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    )


def inflect(lemma: str) -> tuple[str, ...]:
    """The regular inflections of an English verb.

    Example:
        >>> inflect("deny")
        ('deny', 'denies', 'denied', 'denying')
        >>> inflect("refute")
        ('refute', 'refutes', 'refuted', 'refuting')
        >>> inflect("agree")
        ('agree', 'agrees', 'agreed', 'agreeing')

    A final consonant after a single vowel may double ("stab": "stabbed"; "admit":
    "admitted"), so both spellings are given; "lie" gives "lying":

        >>> inflect("stab")
        ('stab', 'stabs', 'stabbed', 'stabbing', 'stabed', 'stabing')
        >>> inflect("lie")
        ('lie', 'lies', 'lied', 'lying')
    """
    if lemma.endswith("ie") and len(lemma) > 2:
        return (lemma, lemma + "s", lemma + "d", lemma[:-2] + "ying")
    if _doubles(lemma):
        doubled = lemma + lemma[-1]
        return (lemma, lemma + "s", doubled + "ed", doubled + "ing", lemma + "ed", lemma + "ing")
    if lemma.endswith("ee"):
        return (lemma, lemma + "s", lemma + "d", lemma + "ing")
    if lemma.endswith("e"):
        return (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return (lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return (lemma, lemma + "es", lemma + "ed", lemma + "ing")
    return (lemma, lemma + "s", lemma + "ed", lemma + "ing")


@frozen
class CueWord:
    """One entry of the attribution cue lexicon.

    Attributes:
        lemma: The base form ("deny", "allegation", "according to").
        kind: The claim kind the cue signals on its own.
        pos: ``"verb"``, ``"noun"`` or ``"phrase"`` (a multiword cue).
        frame: Where source, target and content sit around it (see
            :data:`~claimkit.lexicon.FRAMES`).
        forms: The surface forms; for verbs, generated by
            :func:`~claimkit.lexicon.inflect` when empty.
        requires: A word that must follow within a few tokens for a verb or phrase to
            count ("that" for "find", "with" for "charge", "object" for "call"); several
            alternatives are separated by "|" ("that|to" for "agree"). Some values name a
            condition instead: ``"claim-noun"`` (a claim noun right after: "fight the
            charges", "shot down reports"), ``"responsible"`` (a party, then "responsible"
            or "accountable": "held the ministry responsible for"), ``"penalty"`` (a
            reason, or a term a party serves: "banned the fan for three years"),
            ``"stripped-of"`` (a rank or honour: "stripped of his title"), ``"party-of"``
            (a party, then "of" and a wrong: "suspect the driver of drunk driving", which
            reads the verb as a charge, frame ``"accuse"``).
        commitment: The commitment the cue itself implies, if any: ``"probable"`` for
            beliefs ("believes"), ``"uncommitted"`` for wishes, plans and refusals
            ("wants", "plans to", "declined to"), ``"possible"`` for hints.
    """

    lemma: str = field(converter=_norm)
    kind: ClaimKind = field(converter=_claim_kind)
    pos: str = field(default="verb", validator=_check_pos)
    frame: str = field(default="say", validator=_check_frame)
    forms: tuple[str, ...] = field(default=(), converter=_lower_tuple)
    requires: str | None = None
    commitment: str | None = field(default=None, validator=_check_commitment)

    def surface_forms(self) -> tuple[str, ...]:
        """Every form that matches this cue."""
        if self.forms:
            return self.forms
        if self.pos == "verb":
            return inflect(self.lemma)
        return (self.lemma,)


@frozen
class EvidencePhrase:
    """A phrase that moves a claim's evidence score.

    Attributes:
        phrase: The words, matched case-insensitively on word boundaries.
        effect: Whether it states absence of evidence, raises or lowers support.
        weight: The signed change to the score, in [-1, 1].
        level: The evidence strength it implies, if any.
    """

    phrase: str = field(converter=_norm)
    effect: CueEffect = field(converter=_effect)
    weight: float = field(default=0.0, converter=float)
    level: EvidenceStrength | None = field(default=None, converter=_level)


@frozen
class HedgePhrase:
    """A phrase that lowers a speaker's commitment ("likely", "may").

    Attributes:
        phrase: The words.
        commitment: ``"probable"``, ``"possible"`` or ``"uncommitted"``.
    """

    phrase: str = field(converter=_norm)
    commitment: str = "possible"


# ----------------------------------------------------------- gazetteer entries

def _to_tuple(value: Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(dict.fromkeys(value))


def _actor_kind(value: ActorKind | str) -> ActorKind:
    try:
        return ActorKind(value)
    except ValueError as error:
        raise InvalidValueError(f"unknown actor kind {value!r}") from error


def _default_id(entry: GazetteerEntry) -> str:
    return actor_id(entry.kind, entry.name, country=entry.country)


@attrs.frozen(kw_only=True)
class GazetteerEntry:
    """One actor the extractor recognises by name.

    Attributes:
        name: The canonical name ("US Department of State").
        kind: What sort of actor it is.
        country: Its ISO 3166-1 alpha-2 code, if it belongs to a state.
        aliases: Other names it goes by in news ("State Department", "the Pentagon").
        demonyms: For states, the adjectives of nationality ("North Korean").
        affiliation: The id of the entry it speaks for ("state:us").
        function: The role a government body plays for its state
            (``"foreign_ministry"``, ``"defence_ministry"``, ``"state_media"``, ...;
            see ``bodies`` in ``claimkit/data/roles.json``), so that "the US foreign
            ministry" finds the State Department.
        id: Its actor id; by default :func:`claimkit.model.actor_id` of its kind,
            name and country (``state:kp``, ``government_body:us-department-of-state``).

    Example:
        >>> GazetteerEntry(name="Voice of America", kind="media_outlet", country="US").id
        'media_outlet:voice-of-america'
    """

    name: str = attrs.field()
    kind: ActorKind = attrs.field(converter=_actor_kind)
    country: str | None = attrs.field(default=None)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple)
    demonyms: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple)
    affiliation: str | None = attrs.field(default=None)
    function: str | None = attrs.field(default=None)
    id: str = attrs.field(default=attrs.Factory(_default_id, takes_self=True))

    @name.validator
    def _check_name(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not normalise(value):
            raise InvalidValueError(f"gazetteer entry name must be a non-empty name, got {value!r}")

    @country.validator
    def _check_country(self, _attribute: attrs.Attribute[str | None], value: str | None) -> None:
        if value is not None and not (
            isinstance(value, str) and len(value) == 2 and value.isascii() and value.isupper()
        ):
            raise InvalidValueError(
                f"gazetteer entry {self.name!r}: country must be an ISO alpha-2 code, got {value!r}"
            )

    def actor(self, affiliation: Actor | None = None) -> Actor:
        """This entry as a :class:`~claimkit.model.Actor` (without resolving its affiliation).

        The actor carries the entry's aliases ("DHS", "the Pentagon", "Pyongyang"), so a
        user can find an actor's claims by any name the news gives it.

        Args:
            affiliation: The actor it speaks for, already built.
        """
        return Actor(
            id=self.id,
            name=self.name,
            kind=self.kind,
            country=self.country,
            affiliation=affiliation,
            aliases=tuple(a for a in dict.fromkeys(self.aliases) if a != self.name),
        )



# ----------------------------------------------------------------- word lists

WORD_LIST_FILES = ("kinds", "mentions")
"""The word list files a :class:`WordListEntry` can extend (``claimkit/data/<file>.json``)."""


def _check_file(_inst: object, _attribute: attrs.Attribute[str], value: str) -> None:
    if value not in WORD_LIST_FILES:
        raise InvalidValueError(
            f"word list file must be one of {', '.join(WORD_LIST_FILES)}, got {value!r}"
        )


def _check_path(_inst: object, _attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value or any(not p for p in value.split(".")):
        raise InvalidValueError(f"word list must be a dotted path such as 'falsity.words', "
                                f"got {value!r}")


def _check_word(_inst: object, _attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidValueError(f"word list entry must be a non-empty word, got {value!r}")


@frozen(kw_only=True)
class WordListEntry:
    """A word (or phrase) added to one of the extractor's word lists.

    The kind stage reads its lexicons from ``claimkit/data/kinds.json`` (words that judge
    a claim false, wrongdoing by category, ...) and the actor mention stages theirs from
    ``claimkit/data/mentions.json`` (pronouns, official roles, organisation tails, ...);
    each list there has an ``about`` that says what it holds.  An entry names a list by
    its file and its path of keys in that file, and adds one word to it.

    Attributes:
        file: ``"kinds"`` or ``"mentions"``.
        list: The list's keys joined by dots, down to the list itself:
            ``"falsity.words"``, ``"wrongdoing.deception.verbs"`` (verbs are given as
            lemmas and inflected), ``"people.official_roles.words"``.
        word: The word or phrase, written as the list writes its entries (lowercase).
        value: For the lists that map each word to something, what the word maps to:
            the referent of a pronoun in ``"pronouns.personal.refers_to"`` (``"person"``,
            ``"thing"`` or ``"plural"``), the actor kind of an organisation tail in
            ``"organisations.tails.kinds"`` (``"organisation"``, ...); ``None`` otherwise.

    Example:
        >>> WordListEntry(file="mentions", list="people.official_roles.words", word="envoy")
        WordListEntry(file='mentions', list='people.official_roles.words', word='envoy', value=None)
    """

    file: str = field(validator=_check_file)
    list: str = field(validator=_check_path)
    word: str = field(validator=_check_word)
    value: str | None = field(default=None)
