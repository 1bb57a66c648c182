"""Hook specifications: the ways a plugin can extend claimkit.

A plugin is a module or object with functions marked ``@claimkit.hookimpl`` whose
names match the specifications below.  Each hook receives a ``register`` callback;
the plugin calls it once per thing it provides.  claimkit's own formats and extractor
are registered through these same hooks.

Installed packages announce plugins through the ``claimkit`` entry point group::

    [project.entry-points.claimkit]
    rss = "claimkit_rss"
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from claimkit.lexicon import (
        CueWord,
        EvidencePhrase,
        GazetteerEntry,
        HedgePhrase,
        WordListEntry,
    )
    from claimkit.registry import Exporter, Extractor, Loader

__all__ = ["hookimpl", "hookspec"]

PROJECT = "claimkit"
"""The plugin manager's project name, the marker name and the entry point group."""

hookspec = pluggy.HookspecMarker(PROJECT)
"""Marks hook specifications (used by claimkit itself)."""

hookimpl = pluggy.HookimplMarker(PROJECT)
"""Marks a plugin's hook implementations: ``@claimkit.hookimpl``."""


@hookspec
def register_loaders(register: Callable[[Loader], None]) -> None:
    """Register loaders that read files into claimkit records.

    Args:
        register: Call it with one :class:`~claimkit.registry.Loader` per format.

    Example:
        .. code-block:: python

            @claimkit.hookimpl
            def register_loaders(register):
                register(Loader(name="tsv", extensions=(".tsv",), load=load_tsv))
    """


@hookspec
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register exporters that write claimkit records to files.

    Args:
        register: Call it with one :class:`~claimkit.registry.Exporter` per format.
    """


@hookspec
def register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register extractors that find claims in documents.

    Args:
        register: Call it with one :class:`~claimkit.registry.Extractor` each.
    """


@hookspec
def register_gazetteer(register: Callable[[GazetteerEntry], None]) -> None:
    """Register gazetteer entries: actors the extractor should recognise by name.

    Entries are merged into the built-in gazetteer (which is registered through this
    same hook): a new id adds an actor, an existing id gains the entry's aliases and
    demonyms and takes its other fields when they are set.  Affiliations name other
    entries by id.

    Args:
        register: Call it with one :class:`~claimkit.lexicon.GazetteerEntry`
            per actor.

    Example:
        .. code-block:: python

            @claimkit.hookimpl
            def register_gazetteer(register):
                register(GazetteerEntry(
                    name="Ukrainska Pravda",
                    kind=ActorKind.MEDIA_OUTLET,
                    country="UA",
                    aliases=("UP",),
                ))
    """


@hookspec
def register_cues(register: Callable[[CueWord | EvidencePhrase | HedgePhrase], None]) -> None:
    """Register cue words: attribution cues, evidence phrases and commitment hedges.

    The entries extend the lexicon shipped in ``claimkit/data/cues.json`` and
    ``claimkit/data/evidence.json``; an attribution cue registered for a form that the
    lexicon already has replaces it.

    Args:
        register: Call it with one :class:`~claimkit.lexicon.CueWord` (a reporting
            verb, noun or phrase with the claim kind it signals),
            :class:`~claimkit.lexicon.EvidencePhrase` (a phrase that raises or
            lowers evidence) or :class:`~claimkit.lexicon.HedgePhrase` (a hedge
            that lowers the speaker's commitment) per entry.

    Example:
        .. code-block:: python

            from claimkit.lexicon import CueWord, EvidencePhrase
            from claimkit.model import ClaimKind, CueEffect

            @claimkit.hookimpl
            def register_cues(register):
                register(CueWord(lemma="rubbish", kind=ClaimKind.DENIAL, frame="deny"))
                register(EvidencePhrase(phrase="leaked cables", effect=CueEffect.RAISES,
                                        weight=0.2, level="documented"))
    """


@hookspec
def register_word_lists(register: Callable[[WordListEntry], None]) -> None:
    """Register words for the extractor's word lists: the kind and mention lexicons.

    The entries extend the lists shipped in ``claimkit/data/kinds.json`` (what makes a
    claim's content a denial or an allegation: words that judge a claim false, missing
    evidence, wrongdoing by category, ...) and ``claimkit/data/mentions.json`` (what the
    actor stage reads as pronouns, quantifiers, official roles, organisation tails, ...).
    A word a list already holds is kept once.

    Args:
        register: Call it with one :class:`~claimkit.lexicon.WordListEntry` per word.

    Example:
        .. code-block:: python

            from claimkit.lexicon import WordListEntry

            @claimkit.hookimpl
            def register_word_lists(register):
                # "That is hogwash" denies the claim it answers
                register(WordListEntry(file="kinds", list="falsity.words", word="hogwash"))
                # "the envoy said" names an official
                register(WordListEntry(file="mentions", list="people.official_roles.words",
                                       word="envoy"))
    """
