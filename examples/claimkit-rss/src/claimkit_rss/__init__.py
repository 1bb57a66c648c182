"""claimkit-rss: a claimkit plugin that loads RSS and Atom news feeds.

Install it next to claimkit and feeds load like any other file; claimkit then runs its
extractor over every item::

    import claimkit

    corpus = claimkit.load("world-news.xml")   # RSS 2.0, RSS 1.0 or Atom

The package registers one loader, ``rss``, through the ``claimkit`` entry point group
(see ``pyproject.toml``). It claims the ``.rss`` and ``.atom`` extensions; any other file
(``feed.xml``) is recognised by its content.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO

import claimkit
from claimkit import Loader, limits

from claimkit_rss.feed import parse_feed, parse_xml, sniff_feed
from claimkit_rss.html import html_to_paragraphs

__all__ = ["html_to_paragraphs", "load_feed", "parse_feed", "parse_xml", "sniff_feed"]


def load_feed(stream: BinaryIO, source: str) -> Iterator[claimkit.Document]:
    """Read a feed from a binary stream and yield one document per item.

    This is the ``load`` function of the ``rss`` loader: claimkit calls it with an
    open file and the file's name (for error messages).

    Raises:
        claimkit.LoadError: The feed is malformed, unsafe or not a feed.
    """
    data = stream.read(limits.MAX_FILE_BYTES + 1)
    yield from parse_feed(data, source)


@claimkit.hookimpl
def register_loaders(register: Callable[[Loader], None]) -> None:
    """Register the ``rss`` loader."""
    register(
        Loader(
            name="rss",
            load=load_feed,
            extensions=(".rss", ".atom"),
            sniff=sniff_feed,
            raw=True,
            description="RSS 2.0, RSS 1.0 and Atom news feeds, one document per item",
        )
    )
