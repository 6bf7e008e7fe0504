"""The store: one SQLite file in WAL mode (or a PostgreSQL database shared by several
servers), one writer thread, reads on the caller's thread.

Every write is a plain function run by the writer thread inside one IMMEDIATE
transaction (the pattern of datasette's `execute_write_fn`); a write that
carries a request id answers a retry with the first call's result.
"""

import asyncio
import dataclasses
import errno
import fcntl
import os
import queue
import sqlite3
import threading
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol, TypeVar

from sqlite_utils import Database

from imagegallery_server.store.claims import LocalClaims
from imagegallery_server.store.commits import Commit, Commits
from imagegallery_server.store.connection import Connection
from imagegallery_server.store.migrations import migrations
from imagegallery_server.store.records import Reader, Record, Render, Transaction
from imagegallery_server.store.shown_cache import ShownCache
from imagegallery_server.store.subtree_cache import SubtreeCache

if TYPE_CHECKING:
    from imagegallery_server.store.follower import Follower

R = TypeVar("R")
DATABASE_FILE = "imagegallery.db"
SQLITE_FULL = 13  # "database or disk is full"
LOCK_FILE = "imagegallery.lock"
REQUEST_ID_RETENTION = timedelta(days=1)
POSTGRES_SCHEMES = ("postgresql://", "postgres://")
# How often a server on a shared database reads the commits of the others unasked,
# should their notifications be lost (0: never).
POLL_SECONDS = 5.0
MMAP_BYTES = 2**30


class StoreUnavailable(ConnectionError):
    """The store's database cannot be opened, or cannot be reached now (a
    ConnectionError, which the API answers as UNAVAILABLE)."""


class StoreInUse(StoreUnavailable):
    """Another process holds the store."""


def hold_lock(path: Path) -> IO[str]:
    """Takes the store's lock for as long as the returned file stays open (the
    kernel releases it when the process dies, however it dies)."""
    lock = path.open("a+")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock.seek(0)
        holder = lock.read().strip() or "another process"
        lock.close()
        raise StoreInUse(
            f"{path.parent} is in use by {holder}; one server serves a data dir at a time"
        ) from None
    lock.truncate(0)
    lock.write(f"process {os.getpid()}\n")
    lock.flush()
    return lock


class RequestIdReused(Exception):
    """A request id came back with a different request."""


class Engine(Protocol):
    """Where the store's database lives."""

    @property
    def private(self) -> bool:
        """Whether this server alone writes the database (then it may keep what it read)."""

    @property
    def claims(self) -> LocalClaims:
        """This server's claims of replicas, held through the writer's connection."""

    def open(self) -> Connection:
        """The writer's connection to the database, migrated to the newest schema."""

    def connect(self) -> Connection: ...

    def follower(self, commits: Commits, poll_seconds: float) -> "Follower | None":
        """What hears of the commits of other servers on the database (None: there are none)."""

    def close(self) -> None: ...


class SqliteFile:
    """The default: one SQLite file under the data dir, this server's alone."""

    private = True

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock: IO[str] | None = None
        self.claims = LocalClaims()

    def open(self) -> Connection:
        self._lock = hold_lock(self.path.parent / LOCK_FILE)
        self.claims = LocalClaims()  # a server that starts holds nothing yet
        writer = _connect(self.path)
        migrations.apply(Database(writer))
        return writer

    def connect(self) -> Connection:
        return _connect(self.path)

    def follower(self, commits: Commits, poll_seconds: float) -> None:
        return None

    def close(self) -> None:
        if self._lock is not None:
            self._lock.close()  # releases the lock
            self._lock = None

    def __str__(self) -> str:
        return str(self.path)


def engine(data_dir: Path, url: str = "") -> Engine:
    """The SQLite file under `data_dir`, or the PostgreSQL database of `url`."""
    if not url:
        return SqliteFile(data_dir / DATABASE_FILE)
    if not url.startswith(POSTGRES_SCHEMES):
        raise ValueError(f"{url!r} is not a PostgreSQL URL ({' or '.join(POSTGRES_SCHEMES)})")
    from imagegallery_server.store import postgres  # psycopg loads for PostgreSQL only

    return postgres.PostgresDatabase(url)


class Store:
    def __init__(self, data_dir: Path, url: str = "", poll_seconds: float = POLL_SECONDS) -> None:
        """A store in `data_dir`, its database there unless `url` names a PostgreSQL one
        (whose other servers' commits are read every `poll_seconds` unasked, 0: never)."""
        self.path = data_dir / DATABASE_FILE
        self.engine = engine(data_dir, url)
        self._poll_seconds = poll_seconds
        self._follower: Follower | None = None
        self._tasks: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._writer: threading.Thread | None = None
        self._reader: Reader | None = None
        self.commits = Commits()
        self._shown = ShownCache()  # of this process's reader, emptied at every open
        self.commits.on_commit(self._shown.committed)
        self._subtree_caches: list[SubtreeCache] = []
        self._renderers: dict[str, Render] = {}
        self._access_kinds: frozenset[str] = frozenset()

    def render(self, kind: str, render: Render) -> None:
        """Keeps, with every record of `kind` written from now on, the message that
        `render` makes of its body and revision (what a read answers)."""
        self._renderers[kind] = render

    def track_access(self, kinds: Iterable[str]) -> None:
        """Every transaction that writes a record of one of `kinds` (from now on)
        takes the next access generation, in the database, which the loop hears of
        with its commit (`commits.access_generation`)."""
        self._access_kinds |= frozenset(kinds)

    def subtree_cache(self) -> SubtreeCache:
        """A new cache of answers worked out from a resource and what lies under
        it, emptied at every open and kept only for a private database."""
        cache = SubtreeCache(enabled=self.engine.private)
        self.commits.on_commit(cache.committed)
        self._subtree_caches.append(cache)
        return cache

    def on_write(self, listener: Callable[[], None]) -> None:
        """Calls `listener` on the event loop after every write that changed something."""
        self.commits.on_commit(lambda _: listener())

    def open(self) -> None:
        """Creates or migrates the database and starts the writer. A SQLite database
        is this server's alone: a second server on it refuses to start."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.parent.chmod(0o700)  # also a data dir made before files were private
        writer = self.engine.open()
        _forget_old_requests(writer)
        head, revision = _last_change(writer)
        self.commits.start(head, Reader(writer).access_generation())
        self._follower = self.engine.follower(self.commits, self._poll_seconds)
        if self._follower is not None:
            self._follower.start(head, revision)
        self._writer = threading.Thread(
            target=self._write_loop, args=(writer,), name="store-writer", daemon=True
        )
        self._writer.start()
        self._shown.clear()
        for cache in self._subtree_caches:
            cache.clear()
        # Another server's commits would not empty the cache: kept for a private database.
        self._reader = Reader(self.engine.connect(), self._shown if self.engine.private else None)

    def close(self) -> None:
        if self._writer is not None:
            self._tasks.put(None)
            self._writer.join()
            self._writer = None
        if self._follower is not None:
            self._follower.stop()
            self._follower = None
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        self.engine.close()

    async def heard(self) -> None:
        """Returns once the event loop has heard of every commit made before the call,
        by this server or (on a shared database) any other."""
        if self._follower is not None:
            await self._follower.heard()

    def access_generation(self) -> int:
        """The access generation as the database has it now: the one the loop heard of
        last, unless other servers write the database too (one may just have changed
        access data), then read."""
        heard = self.commits.access_generation
        return heard if self._follower is None else max(heard, self.read.access_generation())

    @property
    def read(self) -> Reader:
        assert self._reader is not None, "the store is not open"
        return self._reader

    async def write(
        self,
        fn: Callable[[Transaction], R],
        *,
        request_id: str = "",
        fingerprint: str = "",
    ) -> R:
        """Runs `fn` in one transaction on the writer thread and returns its result.

        With a request id, `fn` must return a Record or None: that result is kept,
        and a later call with the same id and fingerprint gets it back unrun."""
        if self._writer is None or not self._writer.is_alive():
            raise RuntimeError("the store's writer is not running")
        loop = asyncio.get_running_loop()
        future: asyncio.Future[R] = loop.create_future()
        self._tasks.put((fn, request_id, fingerprint, loop, future))
        return await future

    def _write_loop(self, connection: Connection) -> None:
        while (task := self._tasks.get()) is not None:
            fn, request_id, fingerprint, loop, future = task
            try:
                result, commit = self._run(connection, fn, request_id, fingerprint)
            except BaseException as error:  # handed to the caller, never lost here
                loop.call_soon_threadsafe(_settle, future, None, error)
            else:
                if commit is not None:  # first, so the caller resumes with it known
                    self._hand_on(commit, connection, loop)
                loop.call_soon_threadsafe(_settle, future, result, None)
        connection.close()

    def _hand_on(
        self, commit: Commit, connection: Connection, loop: asyncio.AbstractEventLoop
    ) -> None:
        if self._follower is None:
            loop.call_soon_threadsafe(self.commits.committed, commit)
        else:  # in order with the commits of other servers before it
            self._follower.hear_after_commit(connection, commit)

    def _run(
        self,
        connection: Connection,
        fn: Callable[..., Any],
        request_id: str,
        fingerprint: str,
    ) -> Any:
        connection.execute("BEGIN IMMEDIATE")
        try:
            transaction = Transaction(
                connection, self._renderers, self._access_kinds, self.engine.claims
            )
            if request_id and (remembered := transaction.recall_request(request_id)):
                first_fingerprint, result = remembered
                if first_fingerprint != fingerprint:
                    raise RequestIdReused(request_id)
                connection.execute("ROLLBACK")
                return (Record(**result) if result else None), None
            result = fn(transaction)
            transaction.record_replication()
            if request_id:
                stored = dataclasses.asdict(result) if result is not None else None
                transaction.remember_request(request_id, fingerprint, stored)
            connection.execute("COMMIT")
            return result, (transaction.commit if transaction.changed else None)
        except sqlite3.OperationalError as error:
            _roll_back(connection)
            if error.sqlite_errorcode == SQLITE_FULL:
                raise OSError(errno.ENOSPC, "the disk is full", str(self.path)) from error
            raise
        except BaseException:
            _roll_back(connection)
            raise


def _roll_back(connection: Connection) -> None:
    # SQLite has rolled back already after some errors (a full disk among them).
    if connection.in_transaction:
        connection.execute("ROLLBACK")


def _settle(future: asyncio.Future[Any], result: Any, error: BaseException | None) -> None:
    if future.cancelled():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


def _forget_old_requests(connection: Connection) -> None:
    """Request ids guard retries for a day; an older one is forgotten, and its
    reuse is then a new request."""
    cutoff = (datetime.now(UTC) - REQUEST_ID_RETENTION).isoformat()
    connection.execute("DELETE FROM request_ids WHERE created_at < ?", (cutoff,))


def _last_change(connection: Connection) -> tuple[int, int]:
    """The newest change id and its revision (0 and 0 before the first)."""
    row = connection.execute("SELECT id, revision FROM changes ORDER BY id DESC LIMIT 1").fetchone()
    return (int(row[0]), int(row[1])) if row else (0, 0)


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA busy_timeout = 5000")
    connection.execute("PRAGMA journal_mode = WAL")
    # Every committed change survives a crash of the process or the machine.
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    # Reads map the file instead of copying its pages into a cache of 2 MB per
    # connection, which any commit empties: a list page of a large definition read
    # most of its rows through system calls.
    connection.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    return connection
