"""The schema, as migrations applied in order (sqlite-utils' Migrations)."""

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("imagegallery")


@migrations()
def m001_catalog(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE resources (
            key TEXT PRIMARY KEY,           -- the lower-cased resource name
            kind TEXT NOT NULL,
            name TEXT NOT NULL,             -- as created
            parent_key TEXT NOT NULL,
            subscription TEXT NOT NULL,     -- lower-cased
            location TEXT NOT NULL,
            unique_key TEXT,                -- what must be unique within the kind
            revision INTEGER NOT NULL,      -- of the resource's last change
            body TEXT NOT NULL              -- JSON
        )
        """
    )
    db.execute(
        "CREATE UNIQUE INDEX resources_unique ON resources (kind, unique_key) "
        "WHERE unique_key IS NOT NULL"
    )
    db.execute("CREATE INDEX resources_by_parent ON resources (parent_key, kind, key)")
    db.execute("CREATE INDEX resources_by_kind ON resources (kind, subscription, key)")
    db.execute("CREATE INDEX resources_by_region ON resources (kind, subscription, location)")
    # The store-wide revision: one per write transaction that changed anything.
    db.execute("CREATE TABLE revision (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER)")
    db.execute("INSERT INTO revision VALUES (1, 0)")
    # Every change, written in the transaction that made it (the watch reads it).
    db.execute(
        """
        CREATE TABLE changes (
            id INTEGER PRIMARY KEY,
            revision INTEGER NOT NULL,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            action TEXT NOT NULL,           -- created, updated, deleted
            body TEXT,                      -- the resource after the change
            committed_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX changes_by_revision ON changes (revision)")
    # Answers to mutations that carried a request id, so a retry gets the same.
    db.execute(
        """
        CREATE TABLE request_ids (
            request_id TEXT PRIMARY KEY,
            fingerprint TEXT NOT NULL,
            result TEXT,
            created_at TEXT NOT NULL
        )
        """
    )


@migrations()
def m002_replication(db: Database) -> None:
    # One row per replica copy: a version's replica in one zone of one region.
    db.execute(
        """
        CREATE TABLE replicas (
            id INTEGER PRIMARY KEY,
            version_key TEXT NOT NULL,
            region TEXT NOT NULL,
            replica INTEGER NOT NULL,       -- 0 .. replica count - 1
            zone TEXT NOT NULL,
            state TEXT NOT NULL,            -- pending, copying, completed, failed, removing
            attempts INTEGER NOT NULL DEFAULT 0,
            not_before REAL NOT NULL DEFAULT 0,  -- unix time of the next attempt
            bytes_copied INTEGER NOT NULL DEFAULT 0,
            bytes_total INTEGER NOT NULL,
            bytes_per_second INTEGER NOT NULL DEFAULT 0,
            error TEXT NOT NULL DEFAULT '',
            UNIQUE (version_key, region, replica, zone)
        )
        """
    )
    db.execute("CREATE INDEX replicas_by_state ON replicas (state, not_before)")
    # Disk content (sha256) each resource keeps alive; unreferenced blobs are freed.
    db.execute(
        "CREATE TABLE blob_refs (digest TEXT NOT NULL, owner_key TEXT NOT NULL, "
        "PRIMARY KEY (digest, owner_key))"
    )
    db.execute("CREATE INDEX blob_refs_by_owner ON blob_refs (owner_key)")


@migrations()
def m003_feed_retention(db: Database) -> None:
    # The newest change id removed by retention: cursors before it have expired.
    db.execute(
        "CREATE TABLE feed (id INTEGER PRIMARY KEY CHECK (id = 1), compacted_through INTEGER)"
    )
    db.execute("INSERT INTO feed VALUES (1, 0)")
    db.execute("CREATE INDEX changes_by_kind ON changes (kind, id)")


@migrations()
def m004_replica_availability(db: Database) -> None:
    # 0 while the replica's zone or region is down (rehearsed): kept, not servable.
    db.execute("ALTER TABLE replicas ADD COLUMN available INTEGER NOT NULL DEFAULT 1")


@migrations()
def m005_audit(db: Database) -> None:
    # Every mutation and access change, allowed or refused; never a secret.
    db.execute(
        """
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            time TEXT NOT NULL,
            principal TEXT NOT NULL,
            method TEXT NOT NULL,
            resource TEXT NOT NULL,         -- as sent
            resource_key TEXT NOT NULL,     -- lower-cased, for scope queries
            outcome TEXT NOT NULL,          -- the gRPC status code's name
            request_id TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX audit_by_resource ON audit (resource_key, id)")


@migrations()
def m006_answered_messages(db: Database) -> None:
    # The resource as a read answers it: its contract message, serialized at each
    # write, so a read is one indexed query and no conversion. NULL for rows written
    # before this column, and for kinds that have no such message.
    db.execute("ALTER TABLE resources ADD COLUMN message BLOB")


@migrations()
def m007_access_generation(db: Database) -> None:
    # Taken up by one by every transaction that writes a record of a kind that decides
    # what a caller may do (Store.track_access): what was read of them is current while
    # it stands. In the database, so that writers in any process move the one count.
    db.execute(
        "CREATE TABLE access (id INTEGER PRIMARY KEY CHECK (id = 1), generation INTEGER NOT NULL)"
    )
    db.execute("INSERT INTO access VALUES (1, 0)")
