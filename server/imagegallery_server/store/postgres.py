"""The store on PostgreSQL: a database named by a URL, shared by any number of
servers, migrated under a lock, and connections that run the store's queries
(written for SQLite, rewritten by `postgres_dialect`)."""

import contextlib
from collections.abc import Collection, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, cast

import psycopg
from psycopg.pq import TransactionStatus
from sqlite_utils import Database

from imagegallery_server.store import postgres_dialect as dialect
from imagegallery_server.store.claims import AdvisoryClaims
from imagegallery_server.store.commits import Commits
from imagegallery_server.store.database import StoreUnavailable
from imagegallery_server.store.follower import NOTIFY_ON_COMMIT, Follower
from imagegallery_server.store.migrations import migrations

# pg_advisory_xact_lock's key for migrations: servers starting at once take turns.
MIGRATION_LOCK = 0x1A6E_6A11
CONNECT_TIMEOUT = 5  # seconds
NUL, REPLACEMENT_CHARACTER = "\x00", "\ufffd"
MIGRATIONS_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
)
IDENTITY_TABLES = (
    "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
    "AND column_name = 'id' AND is_identity = 'YES'"
)


class PgCursor:
    """A psycopg cursor as sqlite3's: an insert's id is its lastrowid."""

    def __init__(self, cursor: psycopg.Cursor[Any], returns_id: bool = False) -> None:
        self._cursor = cursor
        self.lastrowid: int | None = None
        if returns_id and (row := cursor.fetchone()):
            self.lastrowid = int(row[0])

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    def fetchone(self) -> Any:
        return self._cursor.fetchone()

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    def __iter__(self) -> Iterator[Any]:
        return iter(self._cursor)


class PgConnection:
    """A psycopg connection (in autocommit: transactions are begun by the store's
    BEGIN) that speaks the store's SQLite dialect, and connects again once lost."""

    def __init__(
        self,
        database: "PostgresDatabase",
        connection: psycopg.Connection[Any],
        identity_tables: Collection[str],
        reconnects: bool = True,
    ) -> None:
        """`reconnects`: whether a lost connection is replaced (not for one whose
        session holds more than its statements: a LISTEN)."""
        self._database = database
        self._reconnects = reconnects
        self._db = connection
        self._identity_tables = frozenset(identity_tables)
        self._statements: dict[str, str] = {}
        self.session = 1  # the number of the database session: one more at each reconnect

    @property
    def in_transaction(self) -> bool:
        # A transaction is over once its connection is lost.
        return not self._db.closed and self._db.info.transaction_status != TransactionStatus.IDLE

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> PgCursor:
        with self._reachable():
            if steps := dialect.TRANSACTIONS.get(sql):
                for step in steps:
                    cursor = self._db.execute(step)
                return PgCursor(cursor)
            translated = self._translate(sql)
            cursor = self._db.execute(translated, _values(parameters))
            return PgCursor(cursor, translated.endswith(dialect.RETURNING_ID))

    def executemany(self, sql: str, parameters: Sequence[Sequence[Any]], /) -> PgCursor:
        with self._reachable():
            cursor = self._db.cursor()
            cursor.executemany(self._translate(sql), [_values(p) for p in parameters])
            return PgCursor(cursor)

    @contextlib.contextmanager
    def _reachable(self) -> Iterator[None]:
        """A statement on a live connection, or StoreUnavailable. A lost connection
        is replaced before the next statement, never within a transaction: the
        statement that finds it lost fails, and its transaction with it (nothing of
        it is kept)."""
        try:
            if self._db.closed:
                if not self._reconnects:
                    raise StoreUnavailable(f"the connection to {self._database} was lost")
                self._db = self._database.reconnect()
                self.session += 1
            yield
        except psycopg.OperationalError as error:
            if not self._db.closed:
                raise
            raise StoreUnavailable(
                f"the database ({self._database}) is unreachable: {error}"
            ) from None

    def close(self) -> None:
        self._db.close()

    def listen(self, channel: str) -> None:
        self._db.execute(f"LISTEN {channel}")

    def fileno(self) -> int:
        """The socket, readable when a notification (or the connection's end) came."""
        return self._db.fileno()

    def take_notifications(self) -> int:
        """How many notifications came, without waiting; raises when the connection is lost."""
        return sum(1 for _ in self._db.notifies(timeout=0))

    def _translate(self, sql: str) -> str:
        translated = self._statements.get(sql)
        if translated is None:
            translated = self._statements[sql] = dialect.statement(sql, self._identity_tables)
        return translated


def _values(parameters: Sequence[Any]) -> tuple[Any, ...]:
    return tuple(_value(p) for p in parameters)


def _value(parameter: Any) -> Any:
    # SQLite keeps a bool as the integer it is; so do the columns here.
    if isinstance(parameter, bool):
        return int(parameter)
    # PostgreSQL's text holds no NUL: it becomes U+FFFD, which no name holds either (a
    # lookup finds nothing, as on SQLite; a request id or an audit record keeps the rest).
    if isinstance(parameter, str) and NUL in parameter:
        return parameter.replace(NUL, REPLACEMENT_CHARACTER)
    return parameter


class PostgresDatabase:
    """The store's database on a PostgreSQL server, shared with other servers."""

    private = False  # other servers write it too: nothing read may be kept unasked

    def __init__(self, url: str) -> None:
        self.url = url
        self.claims = AdvisoryClaims()

    def open(self) -> PgConnection:
        """A connection to the database, migrated to the newest schema; the claims
        this server takes are held by it."""
        self.claims = AdvisoryClaims()
        connection = self.reconnect()
        migrate(connection)
        return self._adapt(connection)

    def connect(self, reconnects: bool = True) -> PgConnection:
        return self._adapt(self.reconnect(), reconnects)

    def reconnect(self) -> psycopg.Connection[Any]:
        """A new connection, or StoreUnavailable (soon: a server answers while it waits)."""
        try:
            return psycopg.connect(self.url, autocommit=True, connect_timeout=CONNECT_TIMEOUT)
        except psycopg.OperationalError as error:
            raise StoreUnavailable(f"{self}: {error}") from None

    def follower(self, commits: Commits, poll_seconds: float) -> Follower:
        return Follower(self, commits, poll_seconds)

    def close(self) -> None:
        """Nothing is held beyond the connections."""

    def __str__(self) -> str:
        """The URL's parameters but its password, to log."""
        info = psycopg.conninfo.conninfo_to_dict(self.url)
        info.pop("password", None)
        return " ".join(f"{key}={value}" for key, value in info.items())

    def _adapt(self, connection: psycopg.Connection[Any], reconnects: bool = True) -> PgConnection:
        identity_tables = [table for (table,) in connection.execute(IDENTITY_TABLES)]
        return PgConnection(self, connection, identity_tables, reconnects)


class _MigrationDdl:
    """What a migration asks of its `db` (`execute`), in PostgreSQL's dialect."""

    def __init__(self, connection: psycopg.Connection[Any]) -> None:
        self._db = connection

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> psycopg.Cursor[Any]:
        return self._db.execute(dialect.ddl(sql), _values(parameters))


def migrate(connection: psycopg.Connection[Any]) -> None:
    """Applies the store's migrations not yet applied, in one transaction, one
    server at a time."""
    with connection.transaction():
        connection.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        connection.execute(MIGRATIONS_TABLE)
        connection.execute(dialect.JSON_EXTRACT_FUNCTION)
        applied = {name for (name,) in connection.execute("SELECT name FROM schema_migrations")}
        # The migrations speak SQL through db.execute only, which the adapter gives.
        db = cast(Database, _MigrationDdl(connection))
        for migration in migrations._migrations:
            if migration.name not in applied:
                migration.fn(db)
                connection.execute(
                    "INSERT INTO schema_migrations VALUES (%s, %s)",
                    (migration.name, datetime.now(UTC).isoformat()),
                )
        for statement in NOTIFY_ON_COMMIT:
            connection.execute(statement)
