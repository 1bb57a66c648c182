"""Registers the built-in rules extractor (``rules``) through the ``register_extractors`` hook.

It is an ordinary claimkit plugin, listed in :data:`claimkit.plugins.DEFAULT_PLUGINS`,
so ``claimkit.extract``, ``claimkit.load("seeds/")`` and ``claimkit extract`` use it by
default (priority 100).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence

from claimkit.extract import linking, pipeline
from claimkit.hookspecs import hookimpl
from claimkit.model import Claim, Document
from claimkit.registry import Extractor, LinkFunction

__all__ = ["PRIORITY", "extract", "link", "prepare_link", "register_extractors"]

PRIORITY = 100
"""The priority of the built-in extractor; a plugin registering a higher one becomes the default."""


def extract(document: Document) -> list[Claim]:
    """Find the claims of one document with the rules pipeline (see :mod:`claimkit.extract`)."""
    return pipeline.extract(document)


def link(claims: Sequence[Claim]) -> list[Claim]:
    """Link denials to the allegations they answer across documents."""
    return linking.link(claims)


def prepare_link(allegations: Iterable[Claim]) -> LinkFunction:
    """A linker for parts of a corpus: ``allegations`` (all of its) clustered once.

    Linking the claims of whole documents with it gives the links :func:`link` gives
    them over the whole corpus (see :class:`claimkit.extract.allegations.AllegationIndex`).
    The index is kept on disk, as compact records: memory does not grow with the corpus.
    """
    return functools.partial(
        linking.link, index=linking.AllegationIndex(allegations, on_disk=True)
    )


@hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register the ``rules`` extractor."""
    register(
        Extractor(
            name="rules",
            extract=extract,
            link=link,
            prepare_link=prepare_link,
            priority=PRIORITY,
            description="built-in rules: cue lexicons, attribution patterns, gazetteer actors",
        )
    )
