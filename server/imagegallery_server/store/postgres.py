"""The store on PostgreSQL: a database named by a URL, shared by any number of
servers, migrated under a lock, and connections that run the store's queries
(written for SQLite, rewritten by `postgres_dialect`)."""

from collections.abc import Collection, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, cast

import psycopg
from psycopg.pq import TransactionStatus
from sqlite_utils import Database

from imagegallery_server.store import postgres_dialect as dialect
from imagegallery_server.store.database import StoreUnavailable
from imagegallery_server.store.migrations import migrations

# pg_advisory_xact_lock's key for migrations: servers starting at once take turns.
MIGRATION_LOCK = 0x1A6E_6A11
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
    BEGIN) that speaks the store's SQLite dialect."""

    def __init__(self, connection: psycopg.Connection[Any], identity_tables: Collection[str]):
        self._db = connection
        self._identity_tables = frozenset(identity_tables)
        self._statements: dict[str, str] = {}

    @property
    def in_transaction(self) -> bool:
        return self._db.info.transaction_status != TransactionStatus.IDLE

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> PgCursor:
        if steps := dialect.TRANSACTIONS.get(sql):
            for step in steps:
                cursor = self._db.execute(step)
            return PgCursor(cursor)
        translated = self._translate(sql)
        cursor = self._db.execute(translated, _values(parameters))
        return PgCursor(cursor, translated.endswith(dialect.RETURNING_ID))

    def executemany(self, sql: str, parameters: Sequence[Sequence[Any]], /) -> PgCursor:
        cursor = self._db.cursor()
        cursor.executemany(self._translate(sql), [_values(p) for p in parameters])
        return PgCursor(cursor)

    def close(self) -> None:
        self._db.close()

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

    def open(self) -> PgConnection:
        """A connection to the database, migrated to the newest schema."""
        try:
            connection = psycopg.connect(self.url, autocommit=True)
        except psycopg.OperationalError as error:
            raise StoreUnavailable(f"{self}: {error}") from None
        migrate(connection)
        return self._adapt(connection)

    def connect(self) -> PgConnection:
        return self._adapt(psycopg.connect(self.url, autocommit=True))

    def close(self) -> None:
        """Nothing is held beyond the connections."""

    def __str__(self) -> str:
        """The URL's parameters but its password, to log."""
        info = psycopg.conninfo.conninfo_to_dict(self.url)
        info.pop("password", None)
        return " ".join(f"{key}={value}" for key, value in info.items())

    @staticmethod
    def _adapt(connection: psycopg.Connection[Any]) -> PgConnection:
        identity_tables = [table for (table,) in connection.execute(IDENTITY_TABLES)]
        return PgConnection(connection, identity_tables)


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
