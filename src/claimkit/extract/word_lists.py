"""The word lists of the kind and mention stages, as shipped and as plugins extend them.

``claimkit/data/kinds.json`` (the kind stage, :mod:`claimkit.extract.kinds`) and
``claimkit/data/mentions.json`` (the actor mention stages, :mod:`claimkit.extract.roles`)
hold word lists organised by meaning, each under a path of keys.  A plugin adds words
to them with :class:`~claimkit.lexicon.WordListEntry` records through the
``register_word_lists`` hook; :func:`extended` applies such records to the parsed file,
which the stage's lexicon is then built from
(:func:`claimkit.extract.installed.kind_lexicon`,
:func:`claimkit.extract.installed.mention_words`).

Example:
    >>> from claimkit.lexicon import WordListEntry
    >>> entry = WordListEntry(file="kinds", list="falsity.words", word="poppycock")
    >>> data = extended("kinds", [(entry, "my-plugin")])
    >>> "poppycock" in data["falsity"]["words"], "poppycock" in shipped("kinds")["falsity"]["words"]
    (True, False)
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from importlib import resources
from typing import Any

from claimkit.errors import PluginError
from claimkit.lexicon import WORD_LIST_FILES, WordListEntry

__all__ = ["extended", "shipped"]


def shipped(file: str) -> dict[str, Any]:
    """The word list file ``claimkit/data/<file>.json``, parsed afresh (the caller may change it).

    Args:
        file: ``"kinds"`` or ``"mentions"``.
    """
    if file not in WORD_LIST_FILES:
        raise ValueError(f"no word list file {file!r}")
    source = resources.files("claimkit.data").joinpath(f"{file}.json")
    with source.open("r", encoding="utf-8") as stream:
        data: dict[str, Any] = json.load(stream)
    return data


def extended(file: str, entries: Iterable[tuple[WordListEntry, str]]) -> dict[str, Any]:
    """The word list file with the entries of plugins added.

    Args:
        file: ``"kinds"`` or ``"mentions"``.
        entries: ``(entry, plugin name)`` pairs, in registration order; entries for the
            other file are skipped.

    Returns:
        The parsed file (as :func:`shipped`) with each entry's word added to its list
        (once), or set in its mapping to the entry's value.

    Raises:
        PluginError: An entry names a list the file does not have, gives a value to a
            plain list, or none to a mapping; the message names the plugin.
    """
    data = shipped(file)
    for entry, plugin in entries:
        if entry.file != file:
            continue
        where = f"plugin {plugin!r} registered {entry!r}"
        target: Any = data
        for key in entry.list.split("."):
            if not isinstance(target, dict) or key == "about" or key not in target:
                raise PluginError(f"{where}: {file}.json has no word list {entry.list!r}")
            target = target[key]
        if isinstance(target, list):
            if entry.value is not None:
                raise PluginError(f"{where}: {entry.list!r} is a list of words, it takes no value")
            if entry.word not in target:
                target.append(entry.word)
        elif isinstance(target, dict) and "about" not in target:
            if not isinstance(entry.value, str):
                raise PluginError(f"{where}: {entry.list!r} maps each word to a value; give one")
            target[entry.word] = entry.value
        else:
            raise PluginError(f"{where}: {file}.json has no word list {entry.list!r}")
    return data
