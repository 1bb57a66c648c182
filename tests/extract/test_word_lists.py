"""Plugins extend the kind and mention word lists through ``register_word_lists``."""

from __future__ import annotations

import pytest

import claimkit
from claimkit import hookimpl
from claimkit.errors import InvalidValueError, PluginError
from claimkit.extract import installed, kinds, roles
from claimkit.extract.word_lists import extended, shipped
from claimkit.lexicon import WordListEntry
from claimkit.model import ActorKind
from claimkit.plugins import plugin_registered

# From PolNeAR (HuffPost, 2016-06-08, "Chuck Grassley compares Trump's ...").
SINOVIC = (
    "Matt Sinovic, executive director of the advocacy group Progress Iowa, has accused "
    "Grassley of trying to use his role as Judiciary Committee chairman to keep a Supreme "
    "Court seat empty for Trump to fill.\n\n"
    "\u201cIt\u2019s downright ludicrous,\u201d Sinovic said in a statement."
)
# From PolNeAR (Politico, 2016-05-19, "In memo to Congress, Saudis insist ...").
SAUDI = (
    "Saudi Arabia is distributing to members of Congress an unusual white paper that details "
    "its counter-terrorism efforts, a move that the kingdom hopes will shatter U.S. "
    "perceptions that it has done little to fight extremists."
)


class _Words:
    """A plugin adding words to both files."""

    def __init__(self, *entries: WordListEntry) -> None:
        self.entries = entries

    @hookimpl
    def register_word_lists(self, register):  # type: ignore[no-untyped-def]
        for entry in self.entries:
            register(entry)


def _kind_of(text: str, cue: str) -> str:
    (claim,) = [c for c in claimkit.extract(text).claims if c.cue == cue]
    return claim.kind.value


def test_a_plugin_word_makes_a_claim_judged_false_a_denial() -> None:
    # "ludicrous" is not in falsity.words: "It's downright ludicrous" is a mere statement
    assert _kind_of(SINOVIC, "said") == "statement"
    plugin = _Words(WordListEntry(file="kinds", list="falsity.words", word="ludicrous"))
    with plugin_registered(plugin, name="more-falsity"):
        assert _kind_of(SINOVIC, "said") == "denial"
        assert "ludicrous" in installed.kind_lexicon().falsity
    assert _kind_of(SINOVIC, "said") == "statement"  # gone with the plugin


def test_a_plugin_state_noun_resolves_the_kingdom_to_its_state() -> None:
    def claimant() -> str:
        (claim,) = claimkit.extract(SAUDI).claims
        assert claim.claimant is not None
        return claim.claimant.id

    assert claimant() == "unknown:kingdom"
    plugin = _Words(WordListEntry(file="mentions", list="grammar.state_nouns.words",
                                  word="kingdom"))
    with plugin_registered(plugin, name="kingdom"):
        assert claimant() == "state:sa"
    assert claimant() == "unknown:kingdom"


def test_without_plugin_words_the_stages_get_the_shipped_lists() -> None:
    # the same objects, so the default extraction is exactly the shipped one
    assert installed.kind_lexicon() is kinds.kind_lexicon()
    assert installed.mention_words() is roles.mention_words()


def test_mapping_lists_take_a_value_and_words_are_kept_once() -> None:
    plugin = _Words(
        WordListEntry(file="mentions", list="organisations.tails.kinds", word="slate",
                      value="organisation"),
        WordListEntry(file="mentions", list="people.official_roles.words", word="aide"),
    )
    with plugin_registered(plugin, name="tails"):
        words = installed.mention_words()
        assert words.org_tails["slate"] is ActorKind.ORGANISATION
    data = extended("mentions", [(plugin.entries[1], "tails")])
    roles_list = data["people"]["official_roles"]["words"]
    assert roles_list.count("aide") == 1
    assert roles_list == shipped("mentions")["people"]["official_roles"]["words"]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (WordListEntry(file="kinds", list="falsity.nouns", word="x"), "list 'falsity.nouns'"),
        (WordListEntry(file="kinds", list="falsity.about", word="x"), "no word list"),
        (WordListEntry(file="kinds", list="falsity", word="x"), "no word list 'falsity'"),
        (WordListEntry(file="kinds", list="falsity.words", word="x", value="y"), "takes no value"),
        (WordListEntry(file="mentions", list="pronouns.personal.refers_to", word="thon"),
         "give one"),
        (WordListEntry(file="mentions", list="pronouns.personal.refers_to", word="thon",
                       value="alien"), "unknown referent"),
    ],
)
def test_a_bad_entry_is_a_plugin_error_naming_the_plugin(
    entry: WordListEntry, message: str
) -> None:
    name = f"bad-words-{entry.list}-{entry.value}"  # the lexicons are cached by plugin names
    def build() -> object:
        if entry.file == "kinds":
            return installed.kind_lexicon()
        return installed.mention_words()

    with plugin_registered(_Words(entry), name=name), pytest.raises(PluginError) as error:
        build()
    assert name in str(error.value) and message in str(error.value)


def test_registering_something_else_is_a_plugin_error() -> None:
    class Strings:
        @hookimpl
        def register_word_lists(self, register):  # type: ignore[no-untyped-def]
            register("ludicrous")

    with plugin_registered(Strings(), name="strings"), pytest.raises(PluginError, match="strings"):
        installed.kind_lexicon()


@pytest.mark.parametrize(
    "fields",
    [
        {"file": "cues", "list": "verbs", "word": "aver"},
        {"file": "kinds", "list": "falsity..words", "word": "x"},
        {"file": "kinds", "list": "falsity.words", "word": " "},
    ],
)
def test_entries_are_checked_when_made(fields: dict[str, str]) -> None:
    with pytest.raises(InvalidValueError):
        WordListEntry(**fields)


def test_a_plugin_offence_makes_an_agentless_accusation_the_prosecutors() -> None:
    text = "The cyclist is accused of doping before the 2012 race."
    assert claimkit.extract(text).claims[0].claimant.name == "unnamed source"
    plugin = _Words(WordListEntry(file="kinds", list="offences.words", word="doping"))
    with plugin_registered(plugin, name="sport-offences"):
        assert claimkit.extract(text).claims[0].claimant.name == "prosecutors"
    assert claimkit.extract(text).claims[0].claimant.name == "unnamed source"
