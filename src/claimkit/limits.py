"""Documented size limits on input, so hostile files fail fast instead of exhausting memory.

Each limit can be raised by assigning to the module attribute before loading.
"""

from __future__ import annotations

__all__ = ["MAX_AFFILIATION_DEPTH", "MAX_FILE_BYTES", "MAX_JSON_DEPTH", "MAX_LINE_BYTES"]

MAX_FILE_BYTES = 1 << 30
"""Largest file (1 GiB) that the whole-file loaders (text, JSON) read into memory.
Streaming loaders (JSON Lines, CSV) have no file limit, only :data:`MAX_LINE_BYTES`."""

MAX_LINE_BYTES = 64 << 20
"""Longest single JSON Lines line, CSV line or CSV field (64 MiB; a CSV field may span lines).
Reading a JSON Lines or CSV file holds no more than a few times this much at once."""

MAX_JSON_DEPTH = 64
"""Deepest JSON nesting (objects and arrays) accepted in a JSON file or a JSON Lines
line: claimkit's own layout needs about ten levels plus the affiliation chains.
Deeper input is refused with :class:`~claimkit.errors.LimitExceededError` (the parser
itself stops at 1024 levels, so hostile nesting never exhausts the stack)."""

MAX_AFFILIATION_DEPTH = 32
"""Longest chain of actor affiliations (an official, their ministry, its state, ...)
accepted when loading; real chains have three or four links."""
