"""Claims: which server works on a replica (copies, scrubs or removes it).

A claim is taken in a write transaction and lasts until released or until the server
holding it is gone, however it ends; a replica left copying that nobody holds was cut
off, and is requeued. One SQLite file has one server, which holds its claims in
memory. On PostgreSQL a claim is a session advisory lock on the server's writer
connection: PostgreSQL releases it when that connection ends (a SIGKILL included), with
no clocks or leases to trust."""

import structlog

from imagegallery_server.store.connection import Connection

log = structlog.get_logger("imagegallery.store")

# pg_advisory_lock's first key for replica claims; the second is the replica's id.
CLAIM_LOCKS = 0x1A6E_C1A1
HELD_BY_ANY_SESSION = (
    "SELECT objid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2 "
    "AND classid = ? "
    "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
)


class LocalClaims:
    """The claims of the only server on its database: what its memory holds."""

    row_locks = ""  # one server: its writes are the only ones

    def __init__(self) -> None:
        self._held: set[int] = set()

    def take(self, db: Connection, replica_id: int) -> bool:
        """Claims the replica unless it is claimed already (by this server, too)."""
        if replica_id in self._held:
            return False
        self._held.add(replica_id)
        return True

    def release(self, db: Connection, replica_id: int) -> None:
        self._held.discard(replica_id)

    def holds(self, db: Connection, replica_id: int) -> bool:
        """Whether this server holds its claim of the replica still."""
        return replica_id in self._held

    def held(self, db: Connection) -> set[int]:
        """The replicas claimed now, by any server."""
        return set(self._held)


class AdvisoryClaims(LocalClaims):
    """Claims shared by every server on one PostgreSQL database."""

    # A row another server's transaction is claiming is passed over, not waited for.
    row_locks = " FOR UPDATE SKIP LOCKED"

    def __init__(self) -> None:
        super().__init__()
        self._session = 1  # of the writer's connection, whose session holds the locks

    def take(self, db: Connection, replica_id: int) -> bool:
        self._retake_after_reconnect(db)
        if not super().take(db, replica_id):
            return False
        if not self._lock(db, replica_id):
            super().release(db, replica_id)
            return False
        return True

    def release(self, db: Connection, replica_id: int) -> None:
        self._retake_after_reconnect(db)
        if replica_id in self._held:
            super().release(db, replica_id)
            db.execute(
                "SELECT pg_advisory_unlock(CAST(? AS integer), CAST(? AS integer))",
                (CLAIM_LOCKS, replica_id),
            )

    def holds(self, db: Connection, replica_id: int) -> bool:
        self._retake_after_reconnect(db)
        return super().holds(db, replica_id)

    def held(self, db: Connection) -> set[int]:
        self._retake_after_reconnect(db)
        return {int(objid) for (objid,) in db.execute(HELD_BY_ANY_SESSION, (CLAIM_LOCKS,))}

    def _retake_after_reconnect(self, db: Connection) -> None:
        """A lost connection's session took its locks with it: the new session takes
        them again, first, before another server may count them unclaimed."""
        session = getattr(db, "session", self._session)
        if session == self._session:
            return
        self._session = session
        lost = {replica_id for replica_id in self._held if not self._lock(db, replica_id)}
        self._held -= lost
        if lost:
            log.warning("replication.claims_lost", replicas=sorted(lost))

    @staticmethod
    def _lock(db: Connection, replica_id: int) -> bool:
        (taken,) = db.execute(
            "SELECT pg_try_advisory_lock(CAST(? AS integer), CAST(? AS integer))",
            (CLAIM_LOCKS, replica_id),
        ).fetchone()
        return bool(taken)
