"""Rows of the resources table, and the reads and writes made on them."""

import contextlib
import dataclasses
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from imagegallery_server.store.audit import AuditLog, AuditQueries
from imagegallery_server.store.claims import LocalClaims
from imagegallery_server.store.commits import Commit
from imagegallery_server.store.connection import Connection
from imagegallery_server.store.feed import FeedChanges, FeedQueries
from imagegallery_server.store.replicas import BlobRefs, ReplicaChanges, ReplicaQueries

if TYPE_CHECKING:
    from imagegallery_server.store.shown_cache import ShownCache


@dataclass(frozen=True)
class Record:
    kind: str
    name: str
    parent_key: str
    subscription: str
    location: str
    body: dict[str, Any] = field(default_factory=dict)
    unique_key: str | None = None
    revision: int = 0

    @property
    def key(self) -> str:
        return self.name.lower()


_COLUMNS = "kind, name, parent_key, subscription, location, body, unique_key, revision"
# Renders the message a read answers from a record's body and revision (see Shown).
Render = Callable[[dict[str, Any], int], bytes]


class Shown(NamedTuple):
    """A resource as a read answers it: the message rendered at its last write, or
    None for a row written before messages were kept (its body then says it). A
    tuple, as immutable as a frozen dataclass and made in a third of its time (a
    list page makes a hundred)."""

    kind: str
    key: str
    name: str
    unique_key: str | None
    revision: int
    message: bytes | None
    body_json: str

    @property
    def body(self) -> dict[str, Any]:
        return json.loads(self.body_json)


def _record(row: sqlite3.Row | tuple[Any, ...]) -> Record:
    kind, name, parent_key, subscription, location, body, unique_key, revision = row
    return Record(
        kind, name, parent_key, subscription, location, json.loads(body), unique_key, revision
    )


class Reader:
    """Reads of the catalog; every query is one statement, so one consistent snapshot."""

    def __init__(self, connection: Connection, cache: "ShownCache | None" = None) -> None:
        self._db = connection
        self._cache = cache  # point reads outside a snapshot answered from memory
        self.replicas = ReplicaQueries(connection)
        self.blobs = BlobRefs(connection)
        self.feed = FeedQueries(connection)
        self.audit = AuditQueries(connection)

    def get(self, key: str) -> Record | None:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM resources WHERE key = ?", (key.lower(),)
        ).fetchone()
        return _record(row) if row else None

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one snapshot of the store (one read transaction), for a
        read that takes several statements. Snapshots nest; the outermost ends it."""
        outermost = not self._db.in_transaction
        if outermost:
            self._db.execute("BEGIN")
        try:
            yield
        finally:
            if outermost:
                self._db.execute("COMMIT")

    def shown(self, key: str) -> Shown | None:
        cache = None if self._db.in_transaction else self._cache
        key = key.lower()
        shown = cache.get(key) if cache else None
        if shown is None:
            row = self._db.execute(
                f"SELECT {_SHOWN_COLUMNS} FROM resources WHERE key = ?", (key,)
            ).fetchone()
            shown = Shown(*row) if row else None
            if cache and shown:
                cache.keep(shown)
        return shown

    def access_generation(self) -> int:
        """The access generation (see Store.track_access) as the database has it."""
        (generation,) = self._db.execute("SELECT generation FROM access").fetchone()
        return int(generation)

    def find_unique(self, kind: str, unique_key: str) -> Record | None:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM resources WHERE kind = ? AND unique_key = ?",
            (kind, unique_key),
        ).fetchone()
        return _record(row) if row else None

    def count_in_region(self, kind: str, subscription: str, location: str) -> int:
        (count,) = self._db.execute(
            "SELECT count(*) FROM resources WHERE kind = ? AND subscription = ? AND location = ?",
            (kind, subscription.lower(), location),
        ).fetchone()
        return int(count)

    def count_children(self, parent_key: str) -> int:
        (count,) = self._db.execute(
            "SELECT count(*) FROM resources WHERE parent_key = ?", (parent_key,)
        ).fetchone()
        return int(count)

    def last_by_unique_key(self, kind: str, prefix: str, *, before: str, limit: int) -> list[Shown]:
        """Resources of `kind` whose unique key starts with `prefix` and sorts before
        `before`, greatest first (how "latest" walks versions)."""
        rows = self._db.execute(
            f"SELECT {_SHOWN_COLUMNS} FROM resources WHERE kind = ? AND unique_key >= ? "
            "AND unique_key < ? ORDER BY unique_key DESC LIMIT ?",
            (kind, prefix, min(before, prefix + "\uffff"), limit),
        )
        return [Shown(*row) for row in rows]

    def under(self, kind: str, key: str, *, after: str, limit: int) -> list[Record]:
        """Records of `kind` that are `key` or lie under it (all of them for an empty
        key), in key order after `after`."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM resources WHERE kind = ? AND key > ? "
            "AND (? = '' OR key = ? OR substr(key, 1, ?) = ?) ORDER BY key LIMIT ?",
            (kind, after, key, key, len(key) + 1, key + "/", limit),
        )
        return [_record(row) for row in rows]

    def list_shown(self, kind: str, *, limit: int, **filters: Any) -> list[Shown]:
        """`list`, as reads answer each record."""
        query, args = _query(kind, **filters)
        rows = self._db.execute(f"SELECT {_SHOWN_COLUMNS} FROM resources {query}", (*args, limit))
        return [Shown(*row) for row in rows]

    def list(self, kind: str, *, limit: int, **filters: Any) -> list[Record]:
        """Up to `limit` records of `kind` (see `_query` for the filters and order)."""
        query, args = _query(kind, **filters)
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM resources {query}", (*args, limit))
        return [_record(row) for row in rows]

    def close(self) -> None:
        self._db.close()


class Transaction(Reader):
    """The writer's view inside one transaction. The first change takes the next
    store revision; every change is recorded in `changes` under it."""

    replicas: ReplicaChanges
    feed: FeedChanges
    audit: AuditLog

    def __init__(
        self,
        connection: Connection,
        renderers: dict[str, Render],
        access_kinds: frozenset[str] = frozenset(),
        claims: LocalClaims | None = None,
    ) -> None:
        super().__init__(connection)
        self._renderers = renderers
        self._access_kinds = access_kinds
        self._revision: int | None = None
        self._access_generation: int | None = None  # taken by the first access change
        self.replicas = ReplicaChanges(connection, self._replication_changed, claims)
        self.feed = FeedChanges(connection)
        self.audit = AuditLog(connection)
        self._replication_dirty: set[str] = set()
        self._heads: dict[str, int] = {}  # the newest change id written, by kind
        self._keys: set[str] = set()

    @property
    def changed(self) -> bool:
        """Whether this transaction changed anything (and so took a revision)."""
        return self._revision is not None

    @property
    def commit(self) -> Commit:
        """What this transaction wrote (once it has changed something)."""
        assert self._revision is not None
        return Commit(
            dict(self._heads), frozenset(self._keys), self._access_generation, self._revision
        )

    def take_revision(self) -> int:
        """The store revision of this transaction: the first change takes the next one."""
        if self._revision is None:
            (self._revision,) = self._db.execute(
                "UPDATE revision SET value = value + 1 RETURNING value"
            ).fetchone()
        return self._revision

    def insert(self, record: Record) -> Record:
        revision = self.take_revision()
        stored = replace(record, subscription=record.subscription.lower(), revision=revision)
        self._db.execute(
            f"INSERT INTO resources (key, message, {_COLUMNS}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (stored.key, self._message(stored), *self._values(stored)),
        )
        self._changed(stored, "created")
        return stored

    def update(self, record: Record) -> Record:
        stored = replace(record, revision=self.take_revision())
        self._db.execute(
            "UPDATE resources SET body = ?, unique_key = ?, revision = ?, message = ? "
            "WHERE key = ?",
            (
                json.dumps(stored.body),
                stored.unique_key,
                stored.revision,
                self._message(stored),
                stored.key,
            ),
        )
        self._changed(stored, "updated")
        return stored

    def recast(self, record: Record, kind: str, body: dict[str, Any], unique_key: str) -> Record:
        """Gives the record another kind and body under the same key, keeping what it
        holds (its blobs and replicas): to its old kind it is deleted, to its new one
        created. How a resource is set aside and brought back."""
        stored = replace(
            record, kind=kind, body=body, unique_key=unique_key, revision=self.take_revision()
        )
        self._db.execute(
            "UPDATE resources SET kind = ?, body = ?, unique_key = ?, revision = ?, message = ? "
            "WHERE key = ?",
            (
                kind,
                json.dumps(body),
                unique_key,
                stored.revision,
                self._message(stored),
                record.key,
            ),
        )
        self._changed(record, "deleted")
        self._changed(stored, "created")
        return stored

    def delete(self, record: Record) -> None:
        """Deletes the record and, depth first, everything under it: its children,
        and what is named under it though held by another (role assignments on it).
        What a deleted record held goes with it: its blobs are released and its
        replicas are marked for removal (the replication engine deletes their files)."""
        for child in self._children(record.key):
            self.delete(child)
        for held in self._named_under(record.key):  # once the children are gone
            self.delete(held)
        self._db.execute("DELETE FROM resources WHERE key = ?", (record.key,))
        self._changed(record, "deleted")
        self.blobs.release(record.key)
        for replica in self.replicas.of_version(record.key):
            self.replicas.mark_for_removal(replica)

    def recall_request(self, request_id: str) -> tuple[str, Any] | None:
        """The fingerprint and result stored for a request id, if any."""
        row = self._db.execute(
            "SELECT fingerprint, result FROM request_ids WHERE request_id = ?", (request_id,)
        ).fetchone()
        return (row[0], json.loads(row[1])) if row else None

    def remember_request(self, request_id: str, fingerprint: str, result: Any) -> None:
        self._db.execute(
            "INSERT INTO request_ids VALUES (?, ?, ?, ?)",
            (request_id, fingerprint, json.dumps(result), _now()),
        )

    def _named_under(self, key: str) -> list[Record]:
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM resources WHERE key > ? AND substr(key, 1, ?) = ?",
            (key, len(key) + 1, key + "/"),
        ).fetchall()
        return [_record(row) for row in rows]

    def _children(self, key: str) -> Iterator[Record]:
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM resources WHERE parent_key = ?", (key,)
        ).fetchall()
        return (_record(row) for row in rows)

    def _replication_changed(self, version_key: str) -> None:
        self.take_revision()  # a replica change takes a revision like any change
        self._replication_dirty.add(version_key)

    def record_replication(self) -> None:
        """Records, once per transaction, each changed version's replication as it
        now stands: its resource (None once deleted) and all its replicas. The
        watch serves these rows, so each is whole on its own."""
        for key in sorted(self._replication_dirty):
            resource = self.get(key)
            replicas = [dataclasses.asdict(r) for r in self.replicas.of_version(key)]
            if resource is not None:
                name = resource.name
            else:
                last = self.feed.last_of(key)
                name = last.body["name"] if last else key
            body = {
                "name": name,
                "kind": resource and resource.kind,
                "resource": resource and resource.body,
                "replicas": replicas,
            }
            self._append("replication", key, "updated" if resource else "deleted", json.dumps(body))
        self._replication_dirty.clear()

    def _changed(self, record: Record, action: str) -> None:
        body = None if action == "deleted" else json.dumps(record.body)
        self._append(record.kind, record.key, action, body)
        if record.kind in self._access_kinds and self._access_generation is None:
            (self._access_generation,) = self._db.execute(
                "UPDATE access SET generation = generation + 1 RETURNING generation"
            ).fetchone()

    def _append(self, kind: str, key: str, action: str, body: str | None) -> None:
        cursor = self._db.execute(
            "INSERT INTO changes (revision, kind, key, action, body, committed_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (self.take_revision(), kind, key, action, body, _now()),
        )
        assert cursor.lastrowid is not None
        self._heads[kind] = cursor.lastrowid
        self._keys.add(key)

    def _message(self, record: Record) -> bytes | None:
        render = self._renderers.get(record.kind)
        return render(record.body, record.revision) if render else None

    @staticmethod
    def _values(record: Record) -> tuple[Any, ...]:
        return (
            record.kind,
            record.name,
            record.parent_key,
            record.subscription,
            record.location,
            json.dumps(record.body),
            record.unique_key,
            record.revision,
        )


_SHOWN_COLUMNS = "kind, key, name, unique_key, revision, message, body"


def _query(
    kind: str,
    *,
    after: str = "",
    before: str | None = None,
    order: str = "key",
    parent_key: str | None = None,
    subscription: str | None = None,
    body_field: tuple[str, Any] | None = None,
    within: Sequence[str] | None = None,
) -> tuple[str, list[Any]]:
    """The WHERE, ORDER BY and LIMIT (its value left to bind) of records of `kind` in
    `order` (their key or unique key) after `after` and before `before`, optionally
    of one parent or one subscription, with one top-level body field of one value,
    or whose keys are one of `within` or lie under one."""
    assert order in ("key", "unique_key"), order
    where = ["kind = ?", f"{order} > ?"]
    args: list[Any] = [kind, after]
    if before is not None:
        where.append(f"{order} < ?")
        args.append(before)
    if within is not None:
        where.append(
            "(" + " OR ".join(["key = ? OR substr(key, 1, ?) = ?"] * len(within) or ["FALSE"]) + ")"
        )
        for prefix in within:
            args += [prefix, len(prefix) + 1, prefix + "/"]
    if body_field is not None:
        where.append("json_extract(body, ?) = ?")
        args += [f"$.{body_field[0]}", body_field[1]]
    if parent_key is not None:
        where.append("parent_key = ?")
        args.append(parent_key)
    if subscription is not None:
        where.append("subscription = ?")
        args.append(subscription.lower())
    return f"WHERE {' AND '.join(where)} ORDER BY {order} LIMIT ?", args


def _now() -> str:
    return datetime.now(UTC).isoformat()
