"""The lexicon and gazetteer with every installed plugin's entries, built in one place.

The stages of the extractor never ask the plugin manager for their data: they are
handed a :class:`~claimkit.extract.cue_lexicon.Lexicon` and a
:class:`~claimkit.extract.gazetteer.Gazetteer`.  This module builds the two that the
default extractor hands them: the shipped entries extended by every plugin's
``register_cues`` and ``register_gazetteer`` hooks (see :mod:`claimkit.hookspecs`).
Each is cached per set of registered plugins, so registering a plugin (for example
with :func:`claimkit.plugins.plugin_registered`) gives a fresh one.

Example:
    >>> default_lexicon().verbs["denied"].kind.value
    'denial'
    >>> gazetteer().lookup("Pyongyang").id
    'state:kp'
"""

from __future__ import annotations

import functools
import threading

from claimkit.extract.cue_lexicon import Lexicon, base_lexicon
from claimkit.extract.gazetteer import (
    BUILTIN_PLUGIN,
    Gazetteer,
    builtin_first_names,
    builtin_not_names,
    register_gazetteer,
)
from claimkit.lexicon import CueWord, EvidencePhrase, GazetteerEntry, HedgePhrase
from claimkit.plugins import call_register_hook, get_plugin_manager

__all__ = ["default_lexicon", "gazetteer"]

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
