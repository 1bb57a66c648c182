"""The lexicons and gazetteer with every installed plugin's entries, built in one place.

The stages of the extractor never ask the plugin manager for their data: they are
handed a :class:`~claimkit.extract.cue_lexicon.Lexicon`, a
:class:`~claimkit.extract.kinds.KindLexicon`, a
:class:`~claimkit.extract.roles.MentionWords` and a
:class:`~claimkit.extract.gazetteer.Gazetteer`.  This module builds the ones that the
default extractor hands them: the shipped entries extended by every plugin's
``register_cues``, ``register_word_lists`` and ``register_gazetteer`` hooks (see
:mod:`claimkit.hookspecs`).  Each is cached per set of registered plugins, so
registering a plugin (for example with :func:`claimkit.plugins.plugin_registered`)
gives a fresh one.

Example:
    >>> default_lexicon().verbs["denied"].kind.value
    'denial'
    >>> gazetteer().lookup("Pyongyang").id
    'state:kp'
    >>> "rubbish" in kind_lexicon().falsity, "aide" in mention_words().official_roles
    (True, True)
"""

from __future__ import annotations

import functools
import threading

from claimkit.errors import PluginError
from claimkit.extract.cue_lexicon import Lexicon, base_lexicon
from claimkit.extract.gazetteer import (
    BUILTIN_PLUGIN,
    Gazetteer,
    builtin_first_names,
    builtin_not_names,
    register_gazetteer,
)
from claimkit.extract.kinds import KindLexicon
from claimkit.extract.kinds import kind_lexicon as shipped_kind_lexicon
from claimkit.extract.roles import MentionWords
from claimkit.extract.roles import mention_words as shipped_mention_words
from claimkit.extract.word_lists import extended
from claimkit.lexicon import CueWord, EvidencePhrase, GazetteerEntry, HedgePhrase, WordListEntry
from claimkit.plugins import call_register_hook, get_plugin_manager

__all__ = ["default_lexicon", "gazetteer", "kind_lexicon", "mention_words"]

_cache_lock = threading.Lock()
_cache: dict[tuple[str, ...], Lexicon] = {}


def _plugin_key() -> tuple[str, ...]:
    pm = get_plugin_manager()
    return tuple(sorted(str(name) for name, _plugin in pm.list_name_plugin()))


def default_lexicon() -> Lexicon:
    """The shipped cue lexicon extended by every plugin's ``register_cues`` hook.

    Plugins are applied in registration order; the result is cached per set of
    registered plugins.

    Raises:
        PluginError: A plugin registered something that is not a cue.
    """
    key = _plugin_key()
    with _cache_lock:
        cached = _cache.get(key)
    if cached is not None:
        return cached
    items: list[CueWord | EvidencePhrase | HedgePhrase] = []
    call_register_hook(
        "register_cues",
        (CueWord, EvidencePhrase, HedgePhrase),
        lambda item, _plugin: items.append(item),
    )
    lexicon = base_lexicon().extended(items) if items else base_lexicon()
    with _cache_lock:
        _cache[key] = lexicon
    return lexicon


@functools.lru_cache(maxsize=4)
def _gazetteer_for(_plugins: tuple[str, ...]) -> Gazetteer:
    result = Gazetteer(first_names=builtin_first_names(), not_names=builtin_not_names())
    if get_plugin_manager().get_plugin(BUILTIN_PLUGIN) is None:
        register_gazetteer(result.add)
    # built-in entries first, then every plugin's in registration order
    call_register_hook(
        "register_gazetteer",
        GazetteerEntry,
        lambda entry, _plugin: result.add(entry),
        first=BUILTIN_PLUGIN,
    )
    result.index  # noqa: B018 - build and validate now, so errors name the plugins' data
    return result


def gazetteer() -> Gazetteer:
    """The default gazetteer: the built-in entries and every plugin's, cached.

    Raises:
        PluginError: A plugin registered something that is not a
            :class:`~claimkit.lexicon.GazetteerEntry`, or an entry affiliated to an
            unknown id.
    """
    return _gazetteer_for(_plugin_key())


def _word_list_entries(file: str) -> list[tuple[WordListEntry, str]]:
    """Every plugin's ``register_word_lists`` entries for one file, with the plugin's name."""
    entries: list[tuple[WordListEntry, str]] = []
    call_register_hook(
        "register_word_lists", WordListEntry, lambda entry, plugin: entries.append((entry, plugin))
    )
    return [e for e in entries if e[0].file == file]


@functools.lru_cache(maxsize=4)
def _kind_lexicon_for(_plugins: tuple[str, ...]) -> KindLexicon:
    entries = _word_list_entries("kinds")
    if not entries:
        return shipped_kind_lexicon()
    return KindLexicon(extended("kinds", entries))


@functools.lru_cache(maxsize=4)
def _mention_words_for(_plugins: tuple[str, ...]) -> MentionWords:
    entries = _word_list_entries("mentions")
    if not entries:
        return shipped_mention_words()
    try:
        return MentionWords.from_mapping(extended("mentions", entries))
    except PluginError as error:
        names = ", ".join(sorted({plugin for _entry, plugin in entries}))
        raise PluginError(f"word list entries of {names}: {error}") from error


def kind_lexicon() -> KindLexicon:
    """The kind stage's lexicons (``data/kinds.json``) with the plugins' words added.

    The words come from every plugin's ``register_word_lists`` hook; without any, this
    is :func:`claimkit.extract.kinds.kind_lexicon`, the shipped lexicons.

    Raises:
        PluginError: A plugin registered something that is not a
            :class:`~claimkit.lexicon.WordListEntry`, or an entry for a list that
            ``kinds.json`` does not have.
    """
    return _kind_lexicon_for(_plugin_key())


def mention_words() -> MentionWords:
    """The mention word lists (``data/mentions.json``) with the plugins' words added.

    The words come from every plugin's ``register_word_lists`` hook; without any, this
    is :func:`claimkit.extract.roles.mention_words`, the shipped lists.

    Raises:
        PluginError: A plugin registered something that is not a
            :class:`~claimkit.lexicon.WordListEntry`, or an entry for a list that
            ``mentions.json`` does not have.
    """
    return _mention_words_for(_plugin_key())
