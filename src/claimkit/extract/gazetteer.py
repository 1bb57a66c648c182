"""The gazetteer: states, government bodies, organisations and outlets known by name.

Country names and ISO codes come from :mod:`pycountry`; the package data adds what
pycountry lacks (``claimkit/data/states.json``: the short names news uses, demonyms,
capitals, everyday aliases such as "the DPRK" or "the U.S.", place names that are not
people, and country names that are also first names) and the named actors that are not
states (``claimkit/data/gazetteer.json``: seats of power such as the White House or the
Kremlin, ministries, agencies, parliaments, parties, intergovernmental bodies, news
agencies and outlets, each with the actor it speaks for).  A capital stands for its
state ("Pyongyang" is ``state:kp``); a seat of power is a government body whose
principal is its state (the White House speaks for the United States).

Plugins extend the gazetteer through the ``register_gazetteer`` hook, the same way the
built-in data is loaded (this module is one of :data:`claimkit.plugins.DEFAULT_PLUGINS`);
the gazetteer with every plugin's entries is built at the top, by
:func:`claimkit.extract.installed.gazetteer`, and handed to the stages::

    import claimkit
    from claimkit.lexicon import GazetteerEntry
    from claimkit.model import ActorKind

    @claimkit.hookimpl
    def register_gazetteer(register):
        register(GazetteerEntry(
            name="Ukrainska Pravda",
            kind=ActorKind.MEDIA_OUTLET,
            country="UA",
            aliases=("UP", "Ukrainian Pravda"),
        ))

An entry registered under an id that already exists is merged into it: its aliases
and demonyms are added, and its other fields, when set, replace the old ones.  So a
newsroom can add "Number Ten" to the United Kingdom without restating the rest.

Matching is by *keys*: a name's words, accents and dots removed, possessive ``'s``
dropped and case folded (``"North Korea's"`` and ``"NORTH KOREA"`` both give
``("north", "korea")``).  Short all-capital aliases ("US", "UN", "AP") only match
text written in capitals, so "us" and "Us" never mean the United States.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from typing import Any

import attrs
import pycountry

from claimkit.errors import InvalidValueError, PluginError
from claimkit.hookspecs import hookimpl
from claimkit.lexicon import GazetteerEntry, NameForm, normalise, normalise_word
from claimkit.model import Actor, ActorKind, actor_id

__all__ = [
    "BUILTIN_PLUGIN",
    "Gazetteer",
    "GazetteerEntry",
    "NameForm",
    "builtin_entries",
    "builtin_first_names",
    "builtin_not_names",
    "normalise",
    "normalise_word",
    "register_gazetteer",
]

def _is_acronym(alias: str) -> bool:
    letters = alias.replace(".", "").replace("-", "").replace("/", "")
    return letters.isalnum() and letters.isupper() and len(letters) <= 5



def _kind(value: ActorKind | str) -> ActorKind:
    try:
        return ActorKind(value)
    except ValueError as error:
        raise InvalidValueError(f"unknown actor kind {value!r}") from error


def _merge(old: GazetteerEntry, new: GazetteerEntry) -> GazetteerEntry:
    def union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*a, *b)))

    return attrs.evolve(
        old,
        name=new.name,
        kind=new.kind,
        country=new.country or old.country,
        aliases=union(old.aliases, new.aliases),
        demonyms=union(old.demonyms, new.demonyms),
        affiliation=new.affiliation or old.affiliation,
        function=new.function or old.function,
    )


# -------------------------------------------------------------------- gazetteer


@attrs.frozen
class _Sense:
    """One meaning of a key: the entry it names (``""`` for a not-name) and how."""

    entry_id: str
    form: NameForm
    exact: str | None
    """For acronyms: the only spelling (dots removed) that may match."""


class Gazetteer:
    """A searchable set of :class:`GazetteerEntry` objects.

    Build one from entries (later entries with the same id are merged into earlier
    ones), then look names up with :meth:`lookup` or turn entries into actors with
    :meth:`actor`.  The default gazetteer, with every plugin's entries, is
    :func:`claimkit.extract.installed.gazetteer`.

    Example:
        >>> from claimkit.extract.installed import gazetteer
        >>> g = gazetteer()
        >>> g.lookup("Pyongyang").id
        'state:kp'
        >>> g.actor("media_outlet:korean-central-news-agency").affiliation.id
        'state:kp'
    """

    def __init__(
        self,
        entries: Iterable[GazetteerEntry] = (),
        *,
        first_names: Iterable[str] = (),
        not_names: Iterable[str] = (),
    ) -> None:
        self._entries: dict[str, GazetteerEntry] = {}
        self._first_names = {normalise_word(name) for name in first_names}
        self._not_names = {normalise(name) for name in not_names} - {()}
        self._index: dict[tuple[str, ...], list[_Sense]] | None = None
        self._actors: dict[str, Actor] = {}
        self._version = 0
        self._functions: dict[tuple[str, str], GazetteerEntry] | None = None
        self._namesakes: dict[str, dict[str, GazetteerEntry]] | None = None
        for entry in entries:
            self.add(entry)

    # building --------------------------------------------------------------

    def add(self, entry: GazetteerEntry) -> None:
        """Add an entry, merging it into an existing entry of the same id.

        Raises:
            PluginError: ``entry`` is not a :class:`GazetteerEntry`.
        """
        if not isinstance(entry, GazetteerEntry):
            raise PluginError(f"expected a GazetteerEntry, got {type(entry).__name__}")
        old = self._entries.get(entry.id)
        self._entries[entry.id] = entry if old is None else _merge(old, entry)
        self._changed()

    def _changed(self) -> None:
        self._index = None
        self._functions = None
        self._namesakes = None
        self._actors = {}
        self._version += 1
        self.__dict__.pop("max_key_length", None)

    @property
    def version(self) -> int:
        """A number that grows whenever entries or names are added (for caches)."""
        return self._version

    def add_first_names(self, names: Iterable[str]) -> None:
        """Declare names that are also first names ("Jordan", "Chad"); see :meth:`is_first_name`."""
        self._first_names.update(normalise_word(name) for name in names)
        self._changed()

    def add_not_names(self, names: Iterable[str]) -> None:
        """Declare names that contain an entry's name but are no actor ("New Mexico").

        They match as a whole, so the entry inside them ("Mexico") is not found there.
        """
        self._not_names.update(key for key in map(normalise, names) if key)
        self._changed()

    def _build_index(self) -> dict[tuple[str, ...], list[_Sense]]:
        index: dict[tuple[str, ...], list[_Sense]] = {}

        def put(surface: str, entry: GazetteerEntry, form: NameForm) -> None:
            key = normalise(surface)
            if not key:
                return
            bare = surface[4:] if surface[:4].lower() == "the " else surface
            exact = bare.replace(".", "") if _is_acronym(bare) else None
            senses = index.setdefault(key, [])
            sense = _Sense(entry.id, form, exact)
            # later entries win: a plugin's alias overrides a built-in one
            senses[:] = [s for s in senses if (s.exact, s.form) != (exact, form)]
            senses.insert(0, sense)

        for entry in self._entries.values():
            put(entry.name, entry, NameForm.NAME)
            for alias in entry.aliases:
                put(alias, entry, NameForm.NAME)
            for demonym in entry.demonyms:
                put(demonym, entry, NameForm.DEMONYM)
                plural = _plural_demonym(demonym)
                if plural:
                    put(plural, entry, NameForm.PEOPLE)
        for key in self._not_names:
            index.setdefault(key, []).append(_Sense("", NameForm.NAME, None))
        self._check_affiliations()
        return index

    def _check_affiliations(self) -> None:
        for entry in self._entries.values():
            seen = {entry.id}
            current = entry
            while current.affiliation is not None:
                parent = self._entries.get(current.affiliation)
                if parent is None:
                    raise PluginError(
                        f"gazetteer entry {current.id!r} is affiliated to unknown entry "
                        f"{current.affiliation!r}"
                    )
                if parent.id in seen:
                    raise PluginError(
                        f"gazetteer entry {entry.id!r} has a circular affiliation through "
                        f"{parent.id!r}"
                    )
                seen.add(parent.id)
                current = parent

    @property
    def index(self) -> Mapping[tuple[str, ...], list[_Sense]]:
        """Key -> senses, built on first use."""
        if self._index is None:
            self._index = self._build_index()
        return self._index

    # queries ---------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[GazetteerEntry]:
        return iter(self._entries.values())

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._entries

    def entry(self, entry_id: str) -> GazetteerEntry:
        """The entry with this id (:class:`KeyError` when absent)."""
        return self._entries[entry_id]

    def senses(self, key: tuple[str, ...], surface: str | None = None) -> list[_Sense]:
        """The senses of a key, best first; acronym senses only when ``surface`` is spelt so.

        A sense whose ``entry_id`` is empty marks a not-name (see :meth:`add_not_names`).
        """
        found = self.index.get(key, [])
        if not found:
            return found
        plain = None
        if surface is not None:
            plain = surface[4:] if surface[:4].lower() == "the " else surface
            plain = plain.replace(".", "").strip()
        return [s for s in found if s.exact is None or s.exact == plain]

    def lookup(self, name: str) -> GazetteerEntry | None:
        """The entry a name, alias or demonym refers to, or ``None``.

        Args:
            name: The name as written ("the DPRK", "North Korean", "State Department").
        """
        senses = self.senses(normalise(name), name.strip())
        return self._entries[senses[0].entry_id] if senses and senses[0].entry_id else None

    def form(self, name: str) -> NameForm | None:
        """Whether ``name`` is a name, a demonym or a plural demonym of some entry."""
        senses = self.senses(normalise(name), name.strip())
        return senses[0].form if senses and senses[0].entry_id else None

    def state(self, country: str) -> GazetteerEntry | None:
        """The state entry of an ISO 3166-1 alpha-2 (or alpha-3) code."""
        code = country.upper()
        if len(code) == 3:
            found = pycountry.countries.get(alpha_3=code)
            if found is None:
                return None
            code = found.alpha_2
        return self._entries.get(actor_id(ActorKind.STATE, code, country=code))

    def by_function(self, country: str | None, function: str) -> GazetteerEntry | None:
        """The body that plays ``function`` for a state ("US", "foreign_ministry" -> State Dept)."""
        if country is None:
            return None
        return self._function_index().get((country, function))

    def bodies_for(self, function: str) -> list[GazetteerEntry]:
        """Each state's own body for ``function`` ("foreign_ministry": the State Department)."""
        return [named for (_, key), named in self._function_index().items() if key == function]

    def namesakes(self, word: str) -> Mapping[str, GazetteerEntry]:
        """The entries whose name ends in ``word``, by country ("congress": "IN" -> the INC)."""
        if self._namesakes is None:
            namesakes: dict[str, dict[str, GazetteerEntry]] = {}
            for entry in self._entries.values():
                if entry.country and entry.kind is not ActorKind.STATE:
                    last = normalise_word(entry.name.split()[-1])
                    namesakes.setdefault(last, {}).setdefault(entry.country, entry)
            self._namesakes = namesakes
        return self._namesakes.get(normalise_word(word), {})

    def _function_index(self) -> dict[tuple[str, str], GazetteerEntry]:
        if self._functions is None:
            functions: dict[tuple[str, str], GazetteerEntry] = {}
            for entry in self._entries.values():
                if entry.country and entry.function:
                    functions.setdefault((entry.country, entry.function), entry)
            self._functions = functions
        return self._functions

    def is_first_name(self, word: str) -> bool:
        """Whether a name in the gazetteer is also a common first name ("Jordan Peterson")."""
        return normalise_word(word) in self._first_names

    def actor(self, entry_id: str) -> Actor:
        """The entry as an :class:`~claimkit.model.Actor`, with its chain of affiliations.

        Raises:
            KeyError: No entry has this id.
        """
        cached = self._actors.get(entry_id)
        if cached is not None:
            return cached
        entry = self._entries[entry_id]
        parent = self.actor(entry.affiliation) if entry.affiliation else None
        actor = entry.actor(parent)
        self._actors[entry_id] = actor
        return actor

    @functools.cached_property
    def max_key_length(self) -> int:
        """The number of words in the longest key."""
        return max((len(key) for key in self.index), default=1)


def _plural_demonym(demonym: str) -> str | None:
    """The plural of a demonym ("Iranians"); adjectives such as "French" have none."""
    if demonym.lower().endswith(("ese", "sh", "ch", "ss", "y", "o", "z", "ic")):
        return None
    return demonym + "s"


# ------------------------------------------------------------------ built-in data


def _read_json(name: str) -> Any:
    path = resources.files("claimkit.data").joinpath(name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:  # pragma: no cover - broken installation
        raise PluginError(f"claimkit package data {name} is unreadable: {error}") from error


def _state_entries(table: Mapping[str, Any]) -> Iterator[GazetteerEntry]:
    skip = set(table.get("skip_pycountry", ()))
    rows: dict[str, Mapping[str, Any]] = {}
    for number, row in enumerate(table["states"]):
        code = row.get("country")
        if not isinstance(code, str):
            raise PluginError(f"states.json: record {number} has no country code")
        rows[code] = row
    codes = [*rows, *(c.alpha_2 for c in pycountry.countries if c.alpha_2 not in rows)]
    for code in codes:
        row = rows.get(code, {})
        country = pycountry.countries.get(alpha_2=code)
        aliases: list[str] = list(row.get("aliases", ()))
        if country is not None:
            for attribute in ("common_name", "name", "official_name"):
                value = getattr(country, attribute, None)
                if value and "," not in value and value not in skip:
                    aliases.append(value)
        if not row and not aliases:
            continue
        name = row.get("name") or (
            getattr(country, "common_name", None) or (country.name if country else None)
        )
        if not name:
            raise PluginError(f"states.json: the state {code} needs a name")
        yield GazetteerEntry(
            name=name,
            kind=ActorKind.STATE,
            country=code,
            aliases=(*aliases, *row.get("seats", ())),
            demonyms=row.get("demonyms", ()),
        )


def _named_entries(
    table: Mapping[str, Any], references: Mapping[str, str]
) -> Iterator[GazetteerEntry]:
    for number, row in enumerate(table["entries"]):
        affiliation = row.get("affiliation")
        if affiliation is not None and ":" not in affiliation:
            affiliation = references.get(affiliation, affiliation)
        try:
            yield GazetteerEntry(
                name=row["name"],
                kind=row["kind"],
                country=row.get("country"),
                aliases=row.get("aliases", ()),
                affiliation=affiliation,
                function=row.get("function"),
                **({"id": row["id"]} if "id" in row else {}),
            )
        except (KeyError, InvalidValueError) as error:
            raise PluginError(f"gazetteer.json: record {number} is invalid: {error}") from error


def builtin_entries() -> tuple[GazetteerEntry, ...]:
    """The entries that ship with claimkit: pycountry's states and the package data.

    In ``gazetteer.json`` an affiliation is an actor id (``"state:us"``) or, for
    brevity, the slug part of another entry's id (``"united-nations"``).

    Returns:
        States first, then named bodies, organisations and outlets.
    """
    states = _read_json("states.json")
    named = _read_json("gazetteer.json")
    references: dict[str, str] = {}
    for row in named["entries"]:
        full = row.get("id") or actor_id(
            _kind(row["kind"]), row["name"], country=row.get("country")
        )
        references.setdefault(full.split(":", 1)[1], full)
    return (*_state_entries(states), *_named_entries(named, references))


@functools.cache
def builtin_not_names() -> tuple[str, ...]:
    """Names that are places or things, not actors.

    Those that contain a state's name but do not mean it ("New Mexico", "Bank of America"),
    and the first-level subdivisions of the countries ``states.json`` lists ("Minnesota",
    "Ontario", "Queensland"), as pycountry names them (with and without accents).
    """
    table = _read_json("states.json")
    names = list(table.get("not_names", ()))
    skip = set(table.get("subdivision_skip", ()))
    countries = {normalise(c.name) for c in pycountry.countries}
    types = set(table.get("subdivision_types", ()))
    wanted = set(table.get("subdivision_countries", ()))
    for subdivision in pycountry.subdivisions:
        name = subdivision.name
        if subdivision.country_code not in wanted or subdivision.parent_code is not None or (
            subdivision.type not in types
        ):
            continue
        if name in skip or "," in name or "[" in name or normalise(name) in countries:
            continue
        names.append(name)
    return tuple(names)


def builtin_first_names() -> tuple[str, ...]:
    """Country and capital names that are also first names ("Chad Smith", "Jordan Peterson")."""
    return tuple(_read_json("states.json").get("first_names", ()))


@functools.cache
def _builtin() -> tuple[GazetteerEntry, ...]:
    return builtin_entries()


@hookimpl
def register_gazetteer(register: Callable[[GazetteerEntry], None]) -> None:
    """Register claimkit's built-in gazetteer entries (see :func:`builtin_entries`)."""
    for entry in _builtin():
        register(entry)


BUILTIN_PLUGIN = __name__
"""The plugin name this module is registered under (its entries come first)."""
