"""The ids a stream has seen, each with a small value, in memory that does not grow with it.

Reading and writing streams need to remember what came before only in a few places: a
document id that comes twice is an error, an actor is written once, a claim's spans
must fit the text of a document read earlier.  Kept in a set or a dict, those ids are
the one part of a streamed run that grows with the corpus (about 150 bytes an id, so
150 MB for a million actors).  :class:`SeenIds` keeps the most recent
:data:`MEMORY_IDS` of them in a dict and moves older ones, in batches, to a private
temporary SQLite database, of which at most :data:`DISK_CACHE_KB` KB stay in memory;
the rest is a temporary file that SQLite deletes when the database closes.  A stream
of fewer ids never opens a database.

Example:
    >>> from claimkit.seen_ids import SeenIds
    >>> seen: SeenIds[str] = SeenIds(memory_ids=2)  # tiny, so that ids go to disk
    >>> [seen.add(id) for id in ["a", "b", "c", "a", "d", "b"]]
    [True, True, True, False, True, False]
    >>> len(seen), "c" in seen, "e" in seen
    (4, True, False)
    >>> lengths: SeenIds[int] = SeenIds(memory_ids=2)
    >>> for id, length in [("d1", 120), ("d2", 80), ("d3", 95)]:
    ...     lengths[id] = length
    >>> lengths.get("d1"), lengths.get("d4")
    (120, None)
    >>> seen.close(); lengths.close()
"""

from __future__ import annotations

import itertools
import sqlite3
from typing import Final, Generic, TypeVar

__all__ = ["DISK_CACHE_KB", "MEMORY_IDS", "SeenIds"]

MEMORY_IDS = 4096
"""How many ids a :class:`SeenIds` holds in memory at the most (the latest added or
looked up); older ones are on disk.  4,096 ids of about 100 characters take about 1 MB.
Assign to it before a run to trade memory for lookups on disk."""

DISK_CACHE_KB = 1024
"""How much of a :class:`SeenIds` database SQLite keeps in memory at the most."""

V = TypeVar("V", bound=str | int | bytes)
"""What a :class:`SeenIds` keeps with each id: one SQLite value."""


class _Missing:
    pass


_MISSING: Final = _Missing()


class SeenIds(Generic[V]):
    """Ids, each with a value (a string, 64-bit integer or bytes) or none, in bounded memory.

    Used as a set (:meth:`add` and ``in``) or as a mapping from id to value
    (:meth:`get` and item assignment).  Lookups of the latest ids are dict lookups;
    others are a query on an indexed SQLite table.  Not safe for concurrent use.

    Args:
        memory_ids: The most ids kept in memory (by default :data:`MEMORY_IDS`, read
            when the instance is made); when there are more, the older half goes to disk.
    """

    def __init__(self, memory_ids: int | None = None) -> None:
        if memory_ids is None:
            memory_ids = MEMORY_IDS
        if memory_ids < 1:
            raise ValueError(f"memory_ids must be >= 1, got {memory_ids}")
        self._limit = memory_ids
        self._recent: dict[str, V | None] = {}
        self._db: sqlite3.Connection | None = None
        self._count = 0

    def __len__(self) -> int:
        """How many different ids were added."""
        return self._count

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and not isinstance(self._find(key), _Missing)

    def get(self, key: str) -> V | None:
        """The value of ``key``; ``None`` when it has none or was never added."""
        found = self._find(key)
        return None if isinstance(found, _Missing) else found

    def __setitem__(self, key: str, value: V) -> None:
        """Add ``key`` with the value ``value``, replacing any value it had."""
        if isinstance(self._find(key), _Missing):
            self._count += 1
        self._keep(key, value)

    def add(self, key: str) -> bool:
        """Add ``key`` (without a value); whether it is new."""
        if key in self:
            return False
        self._count += 1
        self._keep(key, None)
        return True

    def close(self) -> None:
        """Forget every id and delete the database, if there is one."""
        self._recent = {}
        self._count = 0
        if self._db is not None:
            self._db.close()
            self._db = None

    def _find(self, key: str) -> V | _Missing | None:
        found = self._recent.get(key, _MISSING)
        if not isinstance(found, _Missing) or self._db is None:
            return found
        row = self._db.execute("SELECT value FROM seen WHERE id = ?", (key,)).fetchone()
        if row is None:
            return _MISSING
        value: V | None = row[0]
        self._keep(key, value)  # likely asked for again soon: ids come in runs
        return value

    def _keep(self, key: str, value: V | None) -> None:
        self._recent[key] = value
        if len(self._recent) > self._limit:
            self._spill()

    def _spill(self) -> None:
        """Move the older half of the ids in memory to disk."""
        if self._db is None:
            self._db = sqlite3.connect("", isolation_level=None, check_same_thread=False)
            self._db.executescript(
                f"""
                PRAGMA cache_size = -{DISK_CACHE_KB};
                PRAGMA journal_mode = OFF;
                PRAGMA synchronous = OFF;
                CREATE TABLE seen (id TEXT PRIMARY KEY, value) WITHOUT ROWID;
                """
            )
        items = iter(self._recent.items())
        older = list(itertools.islice(items, len(self._recent) // 2))
        self._recent = dict(items)  # a new dict: deleting keys would keep the table's size
        self._db.execute("BEGIN")
        # an id read back from disk is in both places, and the value in memory is the
        # newer one (assigned since): it replaces the one on disk
        self._db.executemany("INSERT OR REPLACE INTO seen VALUES (?, ?)", older)
        self._db.execute("COMMIT")
