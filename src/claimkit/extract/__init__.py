"""The built-in rules extractor: allegations, denials and other attributed claims.

One module per stage, each usable on its own:

* :mod:`claimkit.extract.segment`: sentences and tokens with exact offsets;
* :mod:`claimkit.extract.cues`: the cue lexicon and cue matching (negation, passives,
  participles, nominal cues), extendable through the ``register_cues`` hook;
* :mod:`claimkit.extract.actors` and :mod:`claimkit.extract.gazetteer`: actor
  mentions and their resolution;
* :mod:`claimkit.extract.claims`: source, cue, content and target spans, and the kind;
* :mod:`claimkit.extract.attribution` and :mod:`claimkit.extract.speakers`: claimants,
  targets and channels resolved, and the claims finished;
* :mod:`claimkit.extract.evidence`: evidence strength with its cues, and commitment;
* :mod:`claimkit.extract.linking`: denials linked to the allegations they answer;
* :mod:`claimkit.extract.pipeline`: the stages run on one document, then linking;
* :mod:`claimkit.extract.plugin`: the ``rules`` extractor registered with claimkit.

Example:
    >>> from claimkit.extract import extract
    >>> from claimkit.model import Document
    >>> text = "Tehran denied the charges, the ministry said."
    >>> [c.kind.value for c in extract(Document(id="d", text=text))][:1]
    ['denial']
"""

from __future__ import annotations

from claimkit.extract.cue_lexicon import Lexicon
from claimkit.extract.installed import default_lexicon
from claimkit.extract.linking import link
from claimkit.extract.pipeline import extract
from claimkit.lexicon import CueWord, EvidencePhrase, HedgePhrase

__all__ = [
    "CueWord",
    "EvidencePhrase",
    "HedgePhrase",
    "Lexicon",
    "default_lexicon",
    "extract",
    "link",
]
