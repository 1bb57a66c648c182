"""The gazetteer: pycountry states, package data, aliases, affiliations and the plugin hook."""

from __future__ import annotations

import pytest

import claimkit
from claimkit.errors import PluginError
from claimkit.extract.gazetteer import (
    Gazetteer,
    GazetteerEntry,
    NameForm,
    builtin_entries,
    normalise,
)
from claimkit.extract.installed import gazetteer
from claimkit.model import ActorKind
from claimkit.plugins import plugin_registered


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("North Korea", "state:kp"),
        ("the DPRK", "state:kp"),
        ("D.P.R.K.", "state:kp"),
        ("Pyongyang", "state:kp"),
        ("Democratic People's Republic of Korea", "state:kp"),
        ("Washington", "state:us"),
        ("U.S.", "state:us"),
        ("United States of America", "state:us"),
        ("Moscow", "state:ru"),
        ("Russian Federation", "state:ru"),
        ("Tehran", "state:ir"),
        ("Kyiv", "state:ua"),
        ("Kiev", "state:ua"),
        ("Beijing", "state:cn"),
        ("Britain", "state:gb"),
        ("NORTH KOREA", "state:kp"),
        ("Kenya", "state:ke"),  # from pycountry, no hand-written alias needed
        ("Bosnia and Herzegovina", "state:ba"),
    ],
)
def test_names_capitals_and_seats_stand_for_their_states(name: str, expected: str) -> None:
    entry = gazetteer().lookup(name)
    assert entry is not None, name
    assert entry.id == expected
    assert entry.kind is ActorKind.STATE


@pytest.mark.parametrize(
    ("demonym", "expected"),
    [
        ("North Korean", "state:kp"),
        ("Iranian", "state:ir"),
        ("Russian", "state:ru"),
        ("Ukrainian", "state:ua"),
        ("Chinese", "state:cn"),
        ("American", "state:us"),
        ("Israeli", "state:il"),
        ("British", "state:gb"),
        ("Saudi", "state:sa"),
    ],
)
def test_demonyms(demonym: str, expected: str) -> None:
    g = gazetteer()
    entry = g.lookup(demonym)
    assert entry is not None and entry.id == expected
    assert g.form(demonym) in (NameForm.DEMONYM, NameForm.NAME)


def test_plural_demonyms_name_people() -> None:
    g = gazetteer()
    assert g.form("North Koreans") is NameForm.PEOPLE
    assert g.form("Americans") is NameForm.PEOPLE
    assert g.form("French") is NameForm.DEMONYM


def test_every_state_with_a_table_row_has_demonyms_and_most_have_seats() -> None:
    states = [e for e in builtin_entries() if e.kind is ActorKind.STATE]
    assert len(states) >= 190
    with_demonyms = [e for e in states if e.demonyms]
    assert len(with_demonyms) >= 180


@pytest.mark.parametrize(
    ("name", "expected", "principal"),
    [
        ("the White House", "government_body:white-house", "state:us"),
        ("the Kremlin", "government_body:kremlin", "state:ru"),
        ("Downing Street", "government_body:downing-street", "state:gb"),
        ("Elysee", "government_body:elysee-palace", "state:fr"),
        ("Élysée", "government_body:elysee-palace", "state:fr"),
        ("Blue House", "government_body:south-korean-presidential-office", "state:kr"),
    ],
)
def test_seats_of_power_are_bodies_speaking_for_their_states(
    name: str, expected: str, principal: str
) -> None:
    g = gazetteer()
    entry = g.lookup(name)
    assert entry is not None and entry.id == expected
    assert g.actor(entry.id).principal.id == principal


def test_acronyms_only_match_capitals() -> None:
    g = gazetteer()
    assert g.lookup("US") is not None
    assert g.lookup("us") is None
    assert g.lookup("Us") is None
    assert g.lookup("Un") is None  # "Kim Jong Un"
    assert g.lookup("UN") is not None


def test_not_names_block_the_state_inside_them() -> None:
    g = gazetteer()
    assert g.lookup("New Mexico") is None
    assert g.lookup("Mexico") is not None
    assert g.lookup("Bank of America") is None


@pytest.mark.parametrize(
    ("name", "expected", "kind", "principal"),
    [
        ("KCNA", "media_outlet:korean-central-news-agency", ActorKind.MEDIA_OUTLET, "state:kp"),
        (
            "Korean Central News Agency",
            "media_outlet:korean-central-news-agency",
            ActorKind.MEDIA_OUTLET,
            "state:kp",
        ),
        (
            "the Voice of America",
            "media_outlet:voice-of-america",
            ActorKind.MEDIA_OUTLET,
            "state:us",
        ),
        ("VOA", "media_outlet:voice-of-america", ActorKind.MEDIA_OUTLET, "state:us"),
        (
            "State Department",
            "government_body:us-department-of-state",
            ActorKind.GOVERNMENT_BODY,
            "state:us",
        ),
        (
            "the Pentagon",
            "government_body:us-department-of-defense",
            ActorKind.GOVERNMENT_BODY,
            "state:us",
        ),
        (
            "FBI",
            "government_body:federal-bureau-of-investigation",
            ActorKind.GOVERNMENT_BODY,
            "state:us",
        ),
        ("Xinhua", "media_outlet:xinhua", ActorKind.MEDIA_OUTLET, "state:cn"),
        ("TASS", "media_outlet:tass", ActorKind.MEDIA_OUTLET, "state:ru"),
        ("IRNA", "media_outlet:islamic-republic-news-agency", ActorKind.MEDIA_OUTLET, "state:ir"),
        (
            "UN Security Council",
            "organisation:un-security-council",
            ActorKind.ORGANISATION,
            "organisation:united-nations",
        ),
        ("Reuters", "media_outlet:reuters", ActorKind.MEDIA_OUTLET, "media_outlet:reuters"),
        (
            "GOP",
            "organisation:republican-party",
            ActorKind.ORGANISATION,
            "organisation:republican-party",
        ),
    ],
)
def test_bodies_and_outlets_carry_their_affiliation_chain(
    name: str, expected: str, kind: ActorKind, principal: str
) -> None:
    g = gazetteer()
    entry = g.lookup(name)
    assert entry is not None, name
    assert entry.id == expected
    actor = g.actor(entry.id)
    assert actor.kind is kind
    assert actor.principal.id == principal


def test_generic_functions_find_named_bodies() -> None:
    g = gazetteer()
    body = g.by_function("US", "foreign_ministry")
    assert body is not None and body.id == "government_body:us-department-of-state"
    media = g.by_function("KP", "state_media")
    assert media is not None and media.name == "Korean Central News Agency"
    assert g.by_function("KP", "no_such_function") is None


def test_normalise() -> None:
    assert normalise("North Korea\u2019s") == ("north", "korea")
    assert normalise("the U.S. Department of State") == ("us", "department", "of", "state")
    assert normalise("Élysée Palace") == ("elysee", "palace")


def test_entry_ids_follow_actor_id_conventions() -> None:
    entry = GazetteerEntry(name="Ukrainska Pravda", kind="media_outlet", country="UA")
    assert entry.id == "media_outlet:ukrainska-pravda"
    state = GazetteerEntry(name="Narnia", kind=ActorKind.STATE, country="NA")
    assert state.id == "state:na"


def test_entry_validation() -> None:
    with pytest.raises(claimkit.InvalidValueError):
        GazetteerEntry(name="  ", kind=ActorKind.STATE)
    with pytest.raises(claimkit.InvalidValueError):
        GazetteerEntry(name="X", kind="planet")
    with pytest.raises(claimkit.InvalidValueError):
        GazetteerEntry(name="X", kind=ActorKind.STATE, country="kp")


def test_merging_an_existing_id_adds_aliases() -> None:
    g = Gazetteer([GazetteerEntry(name="Ruritania", kind=ActorKind.STATE, country="RT")])
    g.add(
        GazetteerEntry(name="Ruritania", kind=ActorKind.STATE, country="RT", aliases=("Strelsau",))
    )
    assert len(g) == 1
    entry = g.lookup("Strelsau")
    assert entry is not None and entry.id == "state:rt"
    assert g.lookup("Ruritania") is entry


def test_unknown_or_circular_affiliations_are_errors() -> None:
    g = Gazetteer(
        [GazetteerEntry(name="Ghost Agency", kind="government_body", affiliation="state:zz")]
    )
    with pytest.raises(PluginError, match="unknown entry"):
        g.lookup("Ghost Agency")
    loop = Gazetteer(
        [
            GazetteerEntry(name="A", kind="organisation", affiliation="organisation:b"),
            GazetteerEntry(name="B", kind="organisation", affiliation="organisation:a"),
        ]
    )
    with pytest.raises(PluginError, match="circular"):
        loop.lookup("A")


class _NewsroomPlugin:
    @claimkit.hookimpl
    def register_gazetteer(self, register):  # type: ignore[no-untyped-def]
        register(
            GazetteerEntry(
                name="Ukrainska Pravda",
                kind=ActorKind.MEDIA_OUTLET,
                country="UA",
                aliases=("Ukrainian Pravda",),
            )
        )
        # extend a built-in entry: the UK gains an alias
        register(
            GazetteerEntry(
                name="United Kingdom", kind=ActorKind.STATE, country="GB", aliases=("Blighty",)
            )
        )


class _BadPlugin:
    @claimkit.hookimpl
    def register_gazetteer(self, register):  # type: ignore[no-untyped-def]
        register("not an entry")


def test_plugins_extend_the_default_gazetteer() -> None:
    assert gazetteer().lookup("Ukrainian Pravda") is None
    with plugin_registered(_NewsroomPlugin(), name="newsroom"):
        g = gazetteer()
        outlet = g.lookup("Ukrainian Pravda")
        assert outlet is not None and outlet.id == "media_outlet:ukrainska-pravda"
        uk = g.lookup("Blighty")
        assert uk is not None and uk.id == "state:gb"
        assert g.lookup("Britain") is uk  # built-in aliases kept
    assert gazetteer().lookup("Ukrainian Pravda") is None


def test_a_plugin_registering_garbage_is_a_plugin_error() -> None:
    with (
        plugin_registered(_BadPlugin(), name="bad-gazetteer"),
        pytest.raises(PluginError, match="bad-gazetteer"),
    ):
        gazetteer()


def test_role_lexicon() -> None:
    from claimkit.extract.roles import RoleLexicon, plural, role_lexicon

    lexicon = role_lexicon()
    assert ("deputy", "director") in lexicon.person_heads
    assert ("officials",) in lexicon.group_heads
    assert ("spokesmen",) in lexicon.group_heads  # plurals are generated
    assert lexicon.bodies[("foreign", "ministry")].function == "foreign_ministry"
    assert lexicon.bodies[("state", "media")].kind is ActorKind.MEDIA_OUTLET
    assert lexicon.titles[("sen",)] == "senator"
    assert lexicon.gender(["hillary"]) == "f" and lexicon.gender(["spokesman"]) == "m"
    assert lexicon.gender(["hillary", "spokesman"]) is None
    assert plural("secretary") == "secretaries" and plural("attorney") == "attorneys"
    with pytest.raises(PluginError, match="roles.json"):
        RoleLexicon.from_mapping({"titles": {}})
