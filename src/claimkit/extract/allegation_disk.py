"""An allegation index kept on disk: the rows of a temporary SQLite database.

:class:`~claimkit.extract.allegations.AllegationIndex` keeps its allegations here when
built with ``on_disk=True`` (as :func:`claimkit.stream.link_stream` does), so that the
memory linking needs does not grow with the corpus: at most :data:`DISK_CACHE_MB` of
the database stay in memory, the rest is in a temporary file that SQLite deletes when
the index goes.  Building reads one bucket at a time (the allegations of one accuser
against one accused, then those against one accused), in the order the in-memory
index uses, and runs the same code on it, so both give the same links.
"""

from __future__ import annotations

import functools
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import orjson

from claimkit.extract.allegation_records import (
    MAX_LINKS_PER_CLUSTER,
    IndexedAllegation,
    _Against,
    _Bucket,
    _bucket_groups,
    _Group,
    nearest_reports,
)
from claimkit.extract.propositions import _read
from claimkit.model import Actor, Claim

__all__ = ["DISK_CACHE_MB", "DiskStore"]

DISK_CACHE_MB = 4
"""How much of an on-disk allegation index SQLite keeps in memory at the most."""

_BATCH = 2048
"""Rows written at a time."""

_SCHEMA = """
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE allegation (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    document TEXT NOT NULL,
    start INTEGER NOT NULL,
    cue_start INTEGER,
    cue_end INTEGER,
    accuser TEXT NOT NULL,
    accused TEXT NOT NULL,
    claimant TEXT NOT NULL,
    principal TEXT NOT NULL,
    proposition TEXT NOT NULL,
    rank INTEGER,
    cluster INTEGER
);
CREATE TABLE clustered (rank INTEGER PRIMARY KEY, cluster INTEGER NOT NULL);
CREATE TABLE corroborated (id TEXT PRIMARY KEY, names TEXT NOT NULL);
CREATE TABLE grp (
    number INTEGER PRIMARY KEY,
    accuser TEXT NOT NULL,
    accused TEXT NOT NULL,
    cluster INTEGER NOT NULL,
    proposition TEXT NOT NULL,
    documents INTEGER NOT NULL,
    document TEXT NOT NULL
);
CREATE TABLE post (side INTEGER NOT NULL, actor TEXT NOT NULL, word TEXT NOT NULL,
                   grp INTEGER NOT NULL);
"""

_COLUMNS = (
    "seq, id, document, start, cue_start, cue_end, accuser, accused, claimant, principal, "
    "proposition, cluster"
)

_ACCUSED, _ACCUSER = 0, 1
"""The two sides of the word index: groups by whom they accuse, and by who accuses."""


@functools.lru_cache(maxsize=256)
def _actor(data: str) -> Actor:
    from claimkit.serialization import structure

    return structure(orjson.loads(data), Actor)


@functools.lru_cache(maxsize=256)
def _actor_data(actor: Actor) -> str:
    from claimkit.serialization import unstructure

    return orjson.dumps(unstructure(actor)).decode()


def _row(claim: Claim) -> tuple[object, ...]:
    """An allegation's row: what :func:`~claimkit.extract.allegation_records._record` keeps."""
    cue = claim.provenance.cue
    principal = claim.claimant.principal
    return (claim.id, claim.document_id, claim.provenance.span.start,
            cue[0].start if cue else None, cue[0].end if cue else None, principal.id,
            claim.target.principal.id,  # type: ignore[union-attr]
            claim.claimant.name, _actor_data(principal), claim.proposition)


def _record(row: Sequence[Any]) -> IndexedAllegation:
    (_, claim_id, document, start, cue_start, cue_end, accuser, accused, claimant, principal,
     proposition, cluster) = row
    return IndexedAllegation(
        id=claim_id, document=document, start=start,
        cue=None if cue_start is None else (cue_start, cue_end),
        accuser=accuser, accused=accused, claimant=claimant, principal=_actor(principal),
        proposition=proposition, text=_read(proposition),
        cluster=-1 if cluster is None else cluster,
    )


class DiskStore:
    """The allegations of an index, clusters and word index as rows of a temporary database.

    Safe to use from several threads (one lock); pickled as the database's bytes.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._db = self._connect()
        self._db.executescript(_SCHEMA)
        self._pending: list[tuple[object, ...]] = []
        self._groups = 0
        self._clustered: list[tuple[int, int]] = []
        self._new_groups: list[tuple[object, ...]] = []
        self._new_posts: list[tuple[object, ...]] = []
        self._corroborated: list[tuple[str, str]] = []
        self._last: tuple[str, tuple[list[IndexedAllegation], list[int]]] | None = None

    @staticmethod
    def _connect() -> sqlite3.Connection:
        # "": a private temporary database, kept in SQLite's page cache until it grows
        # past it, then written to a file deleted when the connection closes
        db = sqlite3.connect("", check_same_thread=False, isolation_level=None)
        db.execute(f"PRAGMA cache_size = -{DISK_CACHE_MB * 1024}")
        return db

    # ---------------------------------------------------------------- building

    def add(self, claim: Claim) -> None:
        """Store one allegation (written in batches)."""
        self._pending.append(_row(claim))
        if len(self._pending) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._db.executemany(
                "INSERT INTO allegation (id, document, start, cue_start, cue_end, accuser, "
                "accused, claimant, principal, proposition) VALUES (?,?,?,?,?,?,?,?,?,?)",
                self._pending,
            )
            self._pending = []

    def buckets(self) -> Iterator[_Bucket]:
        """Each (accuser, accused) bucket in rank order, one at a time."""
        self._flush()
        self._db.executescript(
            """
            UPDATE allegation SET rank = ranked.rank FROM (
                SELECT seq, row_number() OVER (ORDER BY document, start, id, seq) - 1 AS rank
                FROM allegation) AS ranked
            WHERE allegation.seq = ranked.seq;
            CREATE INDEX allegation_bucket ON allegation (accuser, accused, rank);
            CREATE INDEX allegation_against ON allegation (accused, seq);
            """
        )
        cursor = self._db.execute(
            "SELECT accuser, accused, rank, document, proposition FROM allegation "
            "ORDER BY accuser, accused, rank"
        )
        bucket: _Bucket | None = None
        while rows := cursor.fetchmany(1024):
            for accuser, accused, rank, document, proposition in rows:
                if bucket is None or (accuser, accused) != (bucket.accuser, bucket.accused):
                    if bucket is not None:
                        yield bucket
                    bucket = _Bucket(accuser, accused, [], [], [])
                bucket.ranks.append(rank)
                bucket.documents.append(document)
                bucket.propositions.append(proposition)
        if bucket is not None:
            yield bucket

    def set_clusters(self, bucket: _Bucket, clusters: Sequence[int]) -> None:
        """Record the clusters of one bucket and index its groups by word."""
        self._clustered.extend(zip(bucket.ranks, clusters, strict=True))
        for first, documents in _bucket_groups(bucket, clusters):
            number = self._groups
            self._groups += 1
            proposition = bucket.propositions[first]
            self._new_groups.append((number, bucket.accuser, bucket.accused, clusters[first],
                                     proposition, len(documents), min(documents)))
            for word in _read(proposition).words:
                self._new_posts.append((_ACCUSED, bucket.accused, word, number))
                self._new_posts.append((_ACCUSER, bucket.accuser, word, number))
        if len(self._clustered) >= _BATCH:
            self._flush_clusters()

    def _flush_clusters(self) -> None:
        self._db.executemany("INSERT INTO clustered VALUES (?, ?)", self._clustered)
        self._db.executemany("INSERT INTO grp VALUES (?,?,?,?,?,?,?)", self._new_groups)
        self._db.executemany("INSERT INTO post VALUES (?,?,?,?)", self._new_posts)
        self._clustered, self._new_groups, self._new_posts = [], [], []

    def against(self) -> Iterator[_Against]:
        """The allegations against each accused, in corpus order, one accused at a time."""
        self._flush_clusters()
        self._db.executescript(
            """
            UPDATE allegation SET cluster = clustered.cluster FROM clustered
            WHERE allegation.rank = clustered.rank;
            DROP TABLE clustered;
            """
        )
        cursor = self._db.execute(
            "SELECT accused, id, accuser, claimant, proposition FROM allegation "
            "ORDER BY accused, seq"
        )
        members: _Against | None = None
        last = None
        while rows := cursor.fetchmany(1024):
            for accused, claim_id, accuser, claimant, proposition in rows:
                if members is None or accused != last:
                    if members is not None:
                        yield members
                    members, last = _Against([], [], [], []), accused
                members.ids.append(claim_id)
                members.accusers.append(accuser)
                members.claimants.append(claimant)
                members.propositions.append(proposition)
        if members is not None:
            yield members

    def set_corroborators(self, found: Mapping[str, dict[str, str]]) -> None:
        """Record who else alleges some allegations alike."""
        self._corroborated.extend(
            (claim_id, orjson.dumps(names).decode()) for claim_id, names in found.items()
        )
        if len(self._corroborated) >= _BATCH:
            self._flush_corroborated()

    def _flush_corroborated(self) -> None:
        self._db.executemany("INSERT OR REPLACE INTO corroborated VALUES (?, ?)",
                             self._corroborated)
        self._corroborated = []

    def finish(self) -> None:
        """Index the rows for linking."""
        self._flush_corroborated()
        self._db.executescript(
            """
            DROP INDEX allegation_bucket;
            DROP INDEX allegation_against;
            CREATE INDEX allegation_id ON allegation (id);
            CREATE INDEX allegation_document ON allegation (document, start, id, seq);
            CREATE INDEX allegation_cluster ON allegation (cluster, document, start, id, seq);
            CREATE INDEX allegation_first ON allegation (cluster, seq);
            CREATE INDEX post_word ON post (side, actor, word, grp);
            """
        )

    # ----------------------------------------------------------------- reading

    def _all(self, query: str, *parameters: object) -> list[Any]:
        with self._lock:
            return self._db.execute(query, parameters).fetchall()

    def __len__(self) -> int:
        return int(self._all("SELECT COUNT(*) FROM allegation")[0][0])

    def __iter__(self) -> Iterator[IndexedAllegation]:
        last = 0
        while rows := self._all(
            f"SELECT {_COLUMNS} FROM allegation WHERE seq > ? ORDER BY seq LIMIT 1024", last
        ):
            yield from map(_record, rows)
            last = rows[-1][0]

    def __contains__(self, claim_id: object) -> bool:
        return bool(self._all("SELECT 1 FROM allegation WHERE id = ? LIMIT 1", claim_id))

    @property
    def clusters(self) -> Mapping[str, int]:
        """Each allegation's cluster number, read from disk."""
        return _Column(self, "SELECT id, cluster FROM allegation", "allegation")

    @property
    def corroborators(self) -> Mapping[str, dict[str, str]]:
        """The other parties alleging each corroborated allegation, read from disk."""
        return _Column(self, "SELECT id, names FROM corroborated", "corroborated", orjson.loads)

    def in_document(self, document: str) -> tuple[Sequence[IndexedAllegation], Sequence[int]]:
        """The allegations of one document in text order, and where each starts."""
        last = self._last  # claims come by document: the last one is asked for again
        if last is not None and last[0] == document:
            return last[1]
        records = [_record(row) for row in self._all(
            f"SELECT {_COLUMNS} FROM allegation WHERE document = ? ORDER BY start, id, seq",
            document,
        )]
        found = records, [r.start for r in records]
        self._last = (document, found)
        return found

    def first(self, cluster: int) -> IndexedAllegation:
        """The first allegation of a cluster, in corpus order."""
        (row,) = self._all(
            f"SELECT {_COLUMNS} FROM allegation WHERE cluster = ? ORDER BY seq LIMIT 1", cluster
        )
        return _record(row)

    def reports(self, cluster: int, document: str, here: int) -> Sequence[IndexedAllegation]:
        """All reports of a cluster, or the nearest (see :func:`nearest_reports`)."""
        limit = MAX_LINKS_PER_CLUSTER
        some = self._all(
            f"SELECT {_COLUMNS} FROM allegation WHERE cluster = ? LIMIT ?", cluster, limit + 1
        )
        if len(some) <= limit:
            return [_record(row) for row in some]
        where = f"SELECT {_COLUMNS} FROM allegation WHERE cluster = ? AND document "
        before = self._all(
            where + "= ? AND start < ? ORDER BY start DESC, id DESC, seq DESC LIMIT ?",
            cluster, document, here, limit,
        )
        after = self._all(
            where + "= ? AND start >= ? ORDER BY start, id, seq LIMIT ?",
            cluster, document, here, limit,
        )
        others = self._all(
            where + "<> ? ORDER BY document, start, id, seq LIMIT ?", cluster, document, limit
        )
        same = [_record(row) for row in (*reversed(before), *after)]
        return nearest_reports(same, here, map(_record, others))

    def elsewhere(self, words: frozenset[str], document: str, side: str,
                  target: str | None) -> Iterator[_Group]:
        """Alike groups of other documents against ``side`` or by ``target``."""
        if not words:
            return
        marks = ",".join("?" * len(words))
        query = (
            "SELECT g.accuser, g.accused, g.cluster, g.proposition, g.document "
            "FROM (SELECT grp, COUNT(*) AS shared FROM post WHERE side = ? AND actor = ? "
            f"AND word IN ({marks}) GROUP BY grp) AS s JOIN grp AS g ON g.number = s.grp "
            "WHERE s.shared >= 2 AND (g.documents > 1 OR g.document <> ?)"
        )
        sides = [(_ACCUSED, side)] + ([(_ACCUSER, target)] if target is not None else [])
        for number, actor in sides:
            for accuser, accused, cluster, proposition, one in self._all(
                query, number, actor, *words, document
            ):
                # (the documents are not needed once chosen: the first stands for them)
                yield _Group(_read(proposition), accuser, accused, cluster, frozenset([one]))

    # ---------------------------------------------------------------- pickling

    def __getstate__(self) -> dict[str, object]:
        with self._lock:
            return {"data": self._db.serialize(), "groups": self._groups}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._lock = threading.Lock()
        self._db = self._connect()
        self._db.deserialize(state["data"])
        self._db.execute(f"PRAGMA cache_size = -{DISK_CACHE_MB * 1024}")
        self._pending, self._clustered, self._new_groups, self._new_posts = [], [], [], []
        self._corroborated, self._last = [], None
        self._groups = state["groups"]


class _Column(Mapping[str, Any]):
    """One column of an on-disk index by claim id, read as a mapping."""

    def __init__(self, store: DiskStore, query: str, table: str,
                 decode: Any = None) -> None:
        self._store, self._query, self._table, self._decode = store, query, table, decode

    def __getitem__(self, claim_id: str) -> Any:
        rows = self._store._all(self._query + " WHERE id = ? LIMIT 1", claim_id)
        if not rows:
            raise KeyError(claim_id)
        value = rows[0][1]
        return self._decode(value) if self._decode else value

    def __iter__(self) -> Iterator[str]:
        for (claim_id,) in self._store._all(f"SELECT id FROM {self._table}"):
            yield claim_id

    def __len__(self) -> int:
        return int(self._store._all(f"SELECT COUNT(*) FROM {self._table}")[0][0])
