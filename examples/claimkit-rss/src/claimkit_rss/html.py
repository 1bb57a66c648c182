"""Turn the HTML found in feed descriptions and content into plain paragraphs."""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_paragraphs"]

_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr",
        "ul",
    }
)  # fmt: skip
"""Elements that end a paragraph of text."""

_SKIP = frozenset({"script", "style", "noscript", "template", "iframe", "object", "svg"})
"""Elements whose content is never text for a reader."""

_SPACE = re.compile(r"\s+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        self._skipping = 0

    def _break(self) -> None:
        text = _SPACE.sub(" ", "".join(self._current)).strip()
        if text:
            self.paragraphs.append(text)
        self._current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skipping += 1
        elif tag in _BLOCK:
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK:
            self._break()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._current.append(data)

    def close(self) -> None:
        super().close()
        self._break()


def html_to_paragraphs(markup: str) -> list[str]:
    """Strip tags from an HTML fragment and return its paragraphs of text.

    Entities are decoded, runs of whitespace collapse to one space, block elements
    (``<p>``, ``<br>``, ``<li>``, headings, ...) end a paragraph, and scripts and
    styles are dropped. Plain text without tags comes back as one paragraph.

    Args:
        markup: An HTML fragment, as found in an RSS ``<description>``.

    Returns:
        The non-empty paragraphs, in order.

    Example:
        >>> html_to_paragraphs("<p>Tehran &amp; Moscow</p><p>denied it.<script>x()</script></p>")
        ['Tehran & Moscow', 'denied it.']
    """
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    return collector.paragraphs
