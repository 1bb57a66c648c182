"""claimkit: a typed, evidence-scored ledger of who alleges what against whom, and who denies it.

Load news, extract allegations and denials with their claimants, targets and evidence,
and export them::

    >>> import claimkit
    >>> corpus = claimkit.datasets.example()                   # the two seed articles
    >>> len(corpus.documents), len(corpus.disputes()) >= 2
    (2, True)
    >>> claimkit.dump(corpus, "claims.csv")                    # doctest: +SKIP
"""

from __future__ import annotations

import sys
import types
from importlib.metadata import PackageNotFoundError, version

from claimkit import datasets
from claimkit.api import dump, dump_stream, dumps, extract, iter_load, load, load_stream, loads
from claimkit.errors import (
    AmbiguousFormatError,
    ClaimkitError,
    ClaimkitWarning,
    DuplicateNameError,
    DuplicateTextWarning,
    ExportError,
    ExtractionError,
    FormatError,
    InvalidValueError,
    LimitExceededError,
    LoadError,
    PluginError,
    SchemaVersionError,
    UnknownActorError,
    UnknownFormatError,
    UnsupportedInputError,
)
from claimkit.evaluation import EvaluationReport, evaluate
from claimkit.hookspecs import hookimpl
from claimkit.model import (
    Actor,
    ActorKind,
    Claim,
    ClaimKind,
    Commitment,
    Corpus,
    CueEffect,
    Dispute,
    Document,
    Evidence,
    EvidenceCue,
    EvidenceStrength,
    Provenance,
    Record,
    Region,
    RegionKind,
    Span,
)
from claimkit.registry import Exporter, Extractor, Loader


class _Package(types.ModuleType):
    """The ``claimkit`` module, whose name ``extract`` stays the function.

    Importing a subpackage sets it as an attribute of its parent, so the first import
    of the extractor package (:mod:`claimkit.extract`, which plugins load lazily) would
    replace :func:`claimkit.extract` with the package.  This class refuses exactly that
    assignment, so ``import claimkit`` does not have to import the whole extractor
    first; the package stays reachable as ``sys.modules["claimkit.extract"]`` and by
    ``from claimkit.extract import ...``.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name == "extract" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

try:
    __version__ = version("claimkit")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0+unknown"

__all__ = [
    "Actor",
    "ActorKind",
    "AmbiguousFormatError",
    "Claim",
    "ClaimKind",
    "ClaimkitError",
    "ClaimkitWarning",
    "Commitment",
    "Corpus",
    "CueEffect",
    "Dispute",
    "Document",
    "DuplicateNameError",
    "DuplicateTextWarning",
    "EvaluationReport",
    "Evidence",
    "EvidenceCue",
    "EvidenceStrength",
    "ExportError",
    "Exporter",
    "ExtractionError",
    "Extractor",
    "FormatError",
    "InvalidValueError",
    "LimitExceededError",
    "LoadError",
    "Loader",
    "PluginError",
    "Provenance",
    "Record",
    "Region",
    "RegionKind",
    "SchemaVersionError",
    "Span",
    "UnknownActorError",
    "UnknownFormatError",
    "UnsupportedInputError",
    "__version__",
    "datasets",
    "dump",
    "dump_stream",
    "dumps",
    "evaluate",
    "extract",
    "hookimpl",
    "iter_load",
    "load",
    "load_stream",
    "loads",
]
