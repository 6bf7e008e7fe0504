"""What a server on a shared (PostgreSQL) store hears of the commits of every server
on it, its own among them: the `changes` rows after the last one heard, read in
commit order, grouped by revision into Commits and handed to the event loop.

Every transaction that writes changes notifies CHANNEL as it commits (a trigger:
NOTIFY_ON_COMMIT). A notification only wakes the follower, which then reads the rows
itself, so a lost one costs a delay (until the next poll, when polling is on), never
a change. Revisions commit in the order they are taken (see postgres_dialect), so a
read of the rows after the last one heard finds whole commits, in order, none missed.

The follower waits in a thread of its own, on its connection's socket and a wake-up
pipe at once (psycopg's async notifies() would hold the connection for as long as it
waits, and the event loop would run the reads): the loop only runs the commits."""

import asyncio
import contextlib
import itertools
import os
import select
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import psycopg
import structlog

from imagegallery_server.store.commits import Commit, Commits
from imagegallery_server.store.connection import Connection
from imagegallery_server.store.database import StoreUnavailable

if TYPE_CHECKING:
    from imagegallery_server.store.postgres import PgConnection, PostgresDatabase

log = structlog.get_logger("imagegallery.store")

CHANNEL = "imagegallery_commits"
# Run at every migration. One notification per transaction: PostgreSQL folds the
# same payload on the same channel into one, sent at commit (none on a rollback).
NOTIFY_ON_COMMIT = (
    "CREATE OR REPLACE FUNCTION imagegallery_notify_commit() RETURNS trigger "
    f"LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('{CHANNEL}', ''); RETURN NULL; END $$",
    "CREATE OR REPLACE TRIGGER changes_notify AFTER INSERT ON changes "
    "FOR EACH STATEMENT EXECUTE FUNCTION imagegallery_notify_commit()",
)
PAGE_REVISIONS = 100
# The rows of up to PAGE_REVISIONS whole commits after a change id, with the access
# generation of the same snapshot (one statement).
COMMITS_AFTER = (
    "SELECT id, revision, kind, key, (SELECT generation FROM access) FROM changes "
    "WHERE id > ? AND revision < ? + "
    "(SELECT revision FROM changes WHERE id > ? ORDER BY id LIMIT 1) ORDER BY id"
)
FIRST_RETRY_SECONDS = 0.1
LAST_RETRY_SECONDS = 5.0


def commits_of(rows: Iterable[tuple[Any, ...]]) -> list[Commit]:
    """Rows of COMMITS_AFTER as the commits that wrote them."""
    commits = []
    for _, group in itertools.groupby(rows, key=lambda row: row[1]):
        changes = list(group)
        heads = {kind: change_id for change_id, _, kind, _, _ in changes}  # the last id wins
        keys = frozenset(key for _, _, _, key, _ in changes)
        revision, access_generation = changes[-1][1], changes[-1][4]
        commits.append(Commit(heads, keys, access_generation, revision))
    return commits


class Follower:
    """Hands `commits` every commit after a change id, each once and in order, read
    by whichever comes first: the writer right after its own commit (so its caller
    resumes with it known), or the follower's thread when notified or polling."""

    def __init__(self, database: "PostgresDatabase", commits: Commits, poll_seconds: float):
        """`poll_seconds`: how often to read without a notification (0: never)."""
        self._database = database
        self._commits = commits
        self._poll = poll_seconds or None
        self._lock = threading.Lock()  # one reader of the rows at a time, in order
        self._after = 0  # the last change id handed to the loop
        self._revision = 0  # and its revision
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._waiting: list[asyncio.Future[None]] = []  # for the next read (`heard`)
        self._wake_read, self._wake_write = os.pipe()
        os.set_blocking(self._wake_write, False)

    def start(self, after: int, revision: int) -> None:
        """Follows the commits after change id `after` (of `revision`), for the
        running event loop."""
        self._after, self._revision = after, revision
        self._loop = asyncio.get_running_loop()
        self._thread = threading.Thread(target=self._follow, name="store-follower", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._wake()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        os.close(self._wake_read)
        os.close(self._wake_write)

    async def heard(self) -> None:
        """Returns once the loop has heard of every commit made before the call."""
        assert self._loop is not None
        future = self._loop.create_future()
        self._waiting.append(future)  # no lock: `_read` swaps the list before it reads
        self._wake()
        await future

    def hear(self, connection: Connection) -> None:
        """Reads, through `connection`, the commits after the last one handed to the
        loop, and hands them on in order."""
        with self._lock:
            self._read(connection)

    def hear_after_commit(self, connection: Connection, commit: Commit) -> None:
        """What the writer does after each commit: hands it on, after the commits of
        other servers before it, read through `connection` when there are any. Should
        the connection fail here, they are left for the follower's thread."""
        with self._lock:
            if commit.revision <= self._revision:
                return  # the follower's thread read it first
            if commit.revision == self._revision + 1:  # no other server's in between
                self._hand_on([commit], commit.head, commit.revision)
                return
            try:
                self._read(connection)
            except (psycopg.Error, StoreUnavailable) as error:
                log.warning("store.commit_unheard", error=str(error))
                self._wake()

    def _read(self, connection: Connection) -> None:
        waiting, self._waiting = self._waiting, []
        while rows := connection.execute(
            COMMITS_AFTER, (self._after, PAGE_REVISIONS, self._after)
        ).fetchall():
            last_id, last_revision, *_ = rows[-1]
            self._hand_on(commits_of(rows), last_id, last_revision)
        assert self._loop is not None
        for future in waiting:  # after the commits: the loop runs them in order
            self._loop.call_soon_threadsafe(_resolve, future)

    def _hand_on(self, commits: list[Commit], last_id: int, last_revision: int) -> None:
        assert self._loop is not None
        for commit in commits:
            self._loop.call_soon_threadsafe(self._commits.committed, commit)
        self._after, self._revision = last_id, last_revision

    def _follow(self) -> None:
        retry, lost = FIRST_RETRY_SECONDS, False
        while not self._stopping.is_set():
            try:
                # Never replaced behind the follower's back: a new connection must LISTEN.
                connection = self._database.connect(reconnects=False)
                try:
                    connection.listen(CHANNEL)
                    if lost:
                        log.info("store.follower_reconnected", after=self._after)
                    retry, lost = FIRST_RETRY_SECONDS, False
                    self.hear(connection)  # what committed before the follower listened
                    while self._wait(connection):
                        self.hear(connection)
                finally:
                    connection.close()
            except (psycopg.OperationalError, StoreUnavailable) as error:  # reconnects
                log.warning(
                    "store.follower_disconnected", error=str(error).strip(), retry_seconds=retry
                )
                lost = True
                self._stopping.wait(retry)
                retry = min(retry * 2, LAST_RETRY_SECONDS)

    def _wait(self, connection: "PgConnection") -> bool:
        """Waits for a notification, a wake-up or the poll; False when stopping."""
        if connection.take_notifications():  # came during the last read, kept aside
            return not self._stopping.is_set()
        ready, _, _ = select.select([connection.fileno(), self._wake_read], [], [], self._poll)
        if self._wake_read in ready:
            os.read(self._wake_read, 4096)
        if connection.fileno() in ready:
            connection.take_notifications()  # raises when the connection is lost
        return not self._stopping.is_set()

    def _wake(self) -> None:
        with contextlib.suppress(BlockingIOError):  # full: a wake-up is pending anyway
            os.write(self._wake_write, b".")


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)
