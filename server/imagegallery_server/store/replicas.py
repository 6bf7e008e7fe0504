"""Rows of the replicas table (one copy of a version in one zone of a region)
and of blob_refs (which disk contents are still needed)."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from imagegallery_server.store.claims import LocalClaims
from imagegallery_server.store.connection import Connection
from imagegallery_server.store.replica_states import (
    IllegalTransition,
    ReplicaState,
    check_deletion,
    check_transition,
)


@dataclass(frozen=True)
class Replica:
    id: int
    version_key: str
    region: str
    replica: int
    zone: str
    state: ReplicaState
    attempts: int
    not_before: float
    bytes_copied: int
    bytes_total: int
    bytes_per_second: int
    error: str
    available: int = 1  # 0 while its zone or region is down

    def __post_init__(self) -> None:
        # Rows and the changes feed hold the state as its stored string.
        object.__setattr__(self, "state", ReplicaState(self.state))


# Pending replicas a claim looks at: those another server holds are passed over.
CANDIDATES = 8
_COLUMNS = (
    "id, version_key, region, replica, zone, state, attempts, not_before, "
    "bytes_copied, bytes_total, bytes_per_second, error, available"
)


class ReplicaQueries:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def of_version(self, version_key: str) -> list[Replica]:
        return self._select("version_key = ? ORDER BY region, replica, zone", version_key)

    def get(self, replica_id: int) -> Replica | None:
        rows = self._select("id = ?", replica_id)
        return rows[0] if rows else None

    def completed_under(self, key: str) -> list[Replica]:
        """Completed replicas of the versions that are `key` or under it (all for "")."""
        return self._select(
            "state = ? AND (? = '' OR version_key = ? OR substr(version_key, 1, ?) = ?) "
            "ORDER BY id",
            ReplicaState.COMPLETED,
            key,
            key,
            len(key) + 1,
            key + "/",
        )

    def in_place(self, region: str, zone: str | None) -> list[Replica]:
        """Every replica in a region, or in one zone of it."""
        if zone is None:
            return self._select("region = ? ORDER BY id", region)
        return self._select("region = ? AND zone = ? ORDER BY id", region, zone)

    def regions_unavailable(self) -> list[str]:
        """The regions holding a replica marked unavailable (its zone or region down)."""
        rows = self._db.execute(
            "SELECT DISTINCT region FROM replicas WHERE available = 0 ORDER BY region"
        )
        return [region for (region,) in rows]

    def removing(self) -> list[Replica]:
        return self._select("state = ? ORDER BY id", ReplicaState.REMOVING)

    def _select(self, where: str, *args: object) -> list[Replica]:
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM replicas WHERE {where}", args)
        return [Replica(*row) for row in rows]


class ReplicaChanges(ReplicaQueries):
    """Writes; each tells `changed(version_key)` so the changes feed records it. Work on
    a replica is done under this server's claim of it (see `claims`)."""

    def __init__(
        self,
        connection: Connection,
        changed: Callable[[str], None],
        claims: LocalClaims | None = None,
    ) -> None:
        super().__init__(connection)
        self._changed = changed
        self._claims = claims or LocalClaims()

    def claim_next(self, now: float) -> Replica | None:
        """The first pending replica due by `now` that no server holds, now claimed."""
        due = self._select(
            f"state = ? AND not_before <= ? ORDER BY id LIMIT ?{self._claims.row_locks}",
            ReplicaState.PENDING,
            now,
            CANDIDATES,
        )
        return next((replica for replica in due if self.claim(replica)), None)

    def claim(self, replica: Replica) -> bool:
        """Claims the replica for this server, unless a server (this one too) holds it."""
        return self._claims.take(self._db, replica.id)

    def holds(self, replica: Replica) -> bool:
        """Whether this server's claim of the replica still stands (a claim lost with
        the database's session may have been taken by another server since)."""
        return self._claims.holds(self._db, replica.id)

    def release(self, replica: Replica) -> None:
        """Ends this server's claim of the replica (if it holds one)."""
        self._claims.release(self._db, replica.id)

    def add(self, version_key: str, region: str, replica: int, zone: str, total: int) -> None:
        self._db.execute(
            "INSERT INTO replicas (version_key, region, replica, zone, state, bytes_total) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (version_key, region, replica, zone, ReplicaState.PENDING, total),
        )
        self._changed(version_key)

    def transition(self, replica: Replica, to: ReplicaState, **values: object) -> None:
        """Moves the replica to `to`, writing `values` with it. Refuses a move the
        table of `replica_states` does not allow, and one from a state the stored
        replica is no longer in."""
        check_transition(replica.state, to)
        assignments = ", ".join(f"{column} = ?" for column in ["state", *values])
        self._write_if_unmoved(replica, f"UPDATE replicas SET {assignments}", to, *values.values())

    def mark_for_removal(self, replica: Replica) -> None:
        """The replica is no longer wanted (unless already being removed)."""
        if replica.state is not ReplicaState.REMOVING:
            self.transition(replica, ReplicaState.REMOVING)

    def set_available(self, replica: Replica, available: int) -> None:
        self._db.execute("UPDATE replicas SET available = ? WHERE id = ?", (available, replica.id))
        self._changed(replica.version_key)

    def progress(self, replica: Replica, bytes_copied: int, bytes_per_second: int) -> None:
        self._db.execute(
            "UPDATE replicas SET bytes_copied = ?, bytes_per_second = ? WHERE id = ?",
            (bytes_copied, bytes_per_second, replica.id),
        )
        self._changed(replica.version_key)

    def delete(self, replica: Replica) -> None:
        """Deletes the row of a replica being removed, once its files are gone."""
        check_deletion(replica.state)
        self._write_if_unmoved(replica, "DELETE FROM replicas")

    def touch(self, version_key: str) -> None:
        """Marks the version's replication as changed (e.g. the version itself went)."""
        self._changed(version_key)

    def requeue_unclaimed(self) -> int:
        """Copies cut off by a stop or a crash (copying, but no server holds them) start
        again from scratch; a live server's copies are left alone."""
        copying = self._select(
            f"state = ? ORDER BY id{self._claims.row_locks}", ReplicaState.COPYING
        )
        held = self._claims.held(self._db) if copying else set()
        interrupted = [replica for replica in copying if replica.id not in held]
        for replica in interrupted:
            self.transition(
                replica,
                ReplicaState.PENDING,
                bytes_copied=0,
                bytes_per_second=0,
                attempts=max(replica.attempts - 1, 0),  # the cut-off attempt is not held against it
            )
        return len(interrupted)

    def _write_if_unmoved(self, replica: Replica, statement: str, *values: object) -> None:
        """Runs `statement` on the replica's row if it is still in `replica.state`."""
        cursor = self._db.execute(
            f"{statement} WHERE id = ? AND state = ?", (*values, replica.id, replica.state)
        )
        if cursor.rowcount != 1:
            raise IllegalTransition(f"replica {replica.id} is no longer {replica.state}")
        self._changed(replica.version_key)


class BlobRefs:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def hold(self, owner_key: str, digests: Iterable[str]) -> None:
        self._db.executemany(
            "INSERT OR IGNORE INTO blob_refs VALUES (?, ?)",
            [(digest, owner_key) for digest in digests],
        )

    def release(self, owner_key: str) -> None:
        self._db.execute("DELETE FROM blob_refs WHERE owner_key = ?", (owner_key,))

    def held(self, digest: str) -> bool:
        row = self._db.execute("SELECT 1 FROM blob_refs WHERE digest = ? LIMIT 1", (digest,))
        return row.fetchone() is not None
