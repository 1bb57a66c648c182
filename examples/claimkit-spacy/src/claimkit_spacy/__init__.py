"""claimkit-spacy: a claimkit extractor plugin built on spaCy's entities and dependency parse.

Install it next to claimkit (with spaCy and its small English pipeline) and choose it by
name, or for a whole program through the environment::

    import claimkit

    corpus = claimkit.load("seeds/", extractor="spacy")
    # or: CLAIMKIT_EXTRACTOR=spacy python my_pipeline.py

The package registers one extractor, ``spacy``, through the ``claimkit`` entry point group
(see ``pyproject.toml``), with a priority below the built-in ``rules`` extractor, so
installing it changes nothing until it is asked for.  spaCy is imported and its pipeline
loaded on the first extraction, not when claimkit loads its plugins.  It reuses claimkit's
cue lexicon, gazetteer, role lexicon, evidence scoring and linking (see
:mod:`claimkit_spacy.extractor`); as it links with the built-in linker, it also offers the
built-in ``prepare_link``, so streamed runs cluster its allegations once.
"""

from __future__ import annotations

from collections.abc import Callable

import claimkit
from claimkit import Extractor
from claimkit.extract.linking import link
from claimkit.extract.plugin import prepare_link

from claimkit_spacy.extractor import extract
from claimkit_spacy.nlp import DEFAULT_MODEL, ENV_MODEL

__all__ = ["DEFAULT_MODEL", "ENV_MODEL", "PRIORITY", "extract", "register_extractors"]

PRIORITY = 50
"""Below the built-in ``rules`` extractor's 100: ``spacy`` is used only when named."""


@claimkit.hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register the ``spacy`` extractor."""
    register(
        Extractor(
            name="spacy",
            extract=extract,
            link=link,
            prepare_link=prepare_link,
            priority=PRIORITY,
            description="spaCy entities and dependency parse with claimkit's lexicons",
        )
    )
