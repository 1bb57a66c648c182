"""Extraction in worker processes: these names live in :mod:`claimkit.runner`.

:mod:`claimkit.runner` runs an extractor over documents in every way (in this process,
in worker processes, streamed) and documents how workers find the extractor.  The names
below are re-exported here, where earlier code imports them from.
"""

from __future__ import annotations

from claimkit.runner import (
    AUTO_CHARS_PER_WORKER,
    DEFAULT_CHUNK_SIZE,
    auto_workers,
    default_start_method,
    extract_claims,
    extract_one,
    iter_extract,
    resolve_workers,
    workers_for,
)

__all__ = [
    "AUTO_CHARS_PER_WORKER",
    "DEFAULT_CHUNK_SIZE",
    "auto_workers",
    "default_start_method",
    "extract_claims",
    "extract_one",
    "iter_extract",
    "resolve_workers",
    "workers_for",
]
