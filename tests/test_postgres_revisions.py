"""Revisions on PostgreSQL commit in the order they are taken, whichever server (here:
connection) writes: a watcher that has read past change N+1 has seen N. A plain
sequence would not give that (a later value may commit first)."""

import threading

from imagegallery_server.store import Record, Transaction
from imagegallery_server.store.connection import Connection
from imagegallery_server.store.postgres import PostgresDatabase
from imagegallery_server.testing import wait_for


def write(connection: Connection, name: str) -> None:
    """One write transaction of the store's, as its writer thread runs it."""
    connection.execute("BEGIN IMMEDIATE")
    Transaction(connection, {}).insert(Record("gallery", name, "", "s", "eastus"))
    connection.execute("COMMIT")


def changes_after(watcher: Connection, cursor: int) -> list[tuple[int, int]]:
    """What a watch reads: (change id, revision) past its cursor, in id order."""
    rows = watcher.execute("SELECT id, revision FROM changes WHERE id > ? ORDER BY id", (cursor,))
    return [tuple(row) for row in rows]


def waits_for_a_lock(watcher: Connection, pid: int) -> bool:
    (waiting,) = watcher.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE pid = ? AND wait_event_type = 'Lock'", (pid,)
    ).fetchone()
    return waiting == 1


def test_a_second_writer_takes_its_revision_after_the_first_commits(postgres):
    database = PostgresDatabase(postgres.create_database())
    first, second, watcher = database.open(), database.connect(), database.connect()
    (second_pid,) = second.execute("SELECT pg_backend_pid()").fetchone()

    first.execute("BEGIN IMMEDIATE")
    Transaction(first, {}).insert(Record("gallery", "a", "", "s", "eastus"))
    writing = threading.Thread(target=write, args=(second, "b"))
    writing.start()
    wait_for(lambda: waits_for_a_lock(watcher, second_pid), what="the second writer to wait")
    assert changes_after(watcher, 0) == []  # nothing committed, nothing seen

    first.execute("COMMIT")
    writing.join()

    (first_change, first_revision), (second_change, second_revision) = changes_after(watcher, 0)
    assert second_change > first_change and second_revision == first_revision + 1


def test_a_watcher_never_misses_a_change_of_concurrent_writers(postgres):
    database = PostgresDatabase(postgres.create_database())
    writers, writes = [database.open(), database.connect()], 100
    watcher = database.connect()

    def write_many(connection: Connection, prefix: str) -> None:
        for i in range(writes):
            write(connection, f"{prefix}{i}")

    threads = [
        threading.Thread(target=write_many, args=(w, f"w{n}-")) for n, w in enumerate(writers)
    ]
    for thread in threads:
        thread.start()
    seen: list[tuple[int, int]] = []
    while any(thread.is_alive() for thread in threads):
        seen += changes_after(watcher, seen[-1][0] if seen else 0)
    for thread in threads:
        thread.join()
    seen += changes_after(watcher, seen[-1][0] if seen else 0)

    assert seen == changes_after(watcher, 0)  # every committed change, none skipped
    assert [revision for _, revision in seen] == list(range(1, writes * len(writers) + 1))
