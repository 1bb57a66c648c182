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

from importlib.metadata import PackageNotFoundError, version

# The extractor package is imported first so that the ``extract`` function imported
# below, not the ``claimkit.extract`` subpackage, is what ``claimkit.extract`` names.
import claimkit.extract  # noqa: F401
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
