"""Documented size limits on input, so hostile files fail fast instead of exhausting memory.

Each limit can be raised by assigning to the module attribute before loading.
"""

from __future__ import annotations

__all__ = ["MAX_FILE_BYTES", "MAX_JSON_DEPTH", "MAX_LINE_BYTES"]

MAX_FILE_BYTES = 1 << 30
"""Largest file (1 GiB) that the whole-file loaders (text, JSON) read into memory.
Streaming loaders (JSON Lines, CSV) have no file limit, only :data:`MAX_LINE_BYTES`."""

MAX_LINE_BYTES = 64 << 20
"""Longest single JSON Lines line or CSV field (64 MiB)."""

MAX_JSON_DEPTH = 64
"""Deepest JSON nesting claimkit's own layout could need, with plenty to spare; orjson
itself refuses nesting beyond 1024 levels."""
