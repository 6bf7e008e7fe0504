"""A real PostgreSQL for tests, from the `postgresql` Debian package: a cluster made
by initdb in a temporary directory, served on a free loopback port until stopped.

initdb refuses to run as root (as CI does), so as root every command of the cluster
runs as the `postgres` user, which then owns the directory."""

import contextlib
import hashlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg

BIN_DIRS = "/usr/lib/postgresql/*/bin"
SERVICE_USER = "postgres"
SUPERUSER = "postgres"


def bin_dir() -> Path:
    """The newest installed PostgreSQL's programs."""
    found = sorted(
        Path("/").glob(BIN_DIRS.lstrip("/")), key=lambda p: int(p.parent.name.split(".")[0])
    )
    if not found:
        raise RuntimeError(f"no PostgreSQL in {BIN_DIRS}: install the postgresql package")
    return found[-1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresCluster:
    """One cluster in its own temporary directory; `start` serves it, `stop` ends it
    and removes the directory."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="imagegallery-postgres-"))
        self.data = self.root / "data"
        self.log = self.root / "postgres.log"
        self.port = 0
        self._bin = bin_dir()
        self._as_service_user = os.geteuid() == 0
        if self._as_service_user:
            account = pwd.getpwnam(SERVICE_USER)
            os.chown(self.root, account.pw_uid, account.pw_gid)

    def start(self) -> "PostgresCluster":
        self._run("initdb", "--pgdata", str(self.data), "--username", SUPERUSER,
                  "--auth", "trust", "--encoding", "UTF8", "--no-locale", "--no-sync")  # fmt: skip
        self.port = free_port()
        self._serve()
        return self

    @contextlib.contextmanager
    def down(self) -> Iterator[None]:
        """The cluster stopped for the block (fast: every session is cut, as by an
        outage), then served again on the same port with the same data."""
        self._run("pg_ctl", "stop", "--wait", "--mode", "fast", "--pgdata", str(self.data))
        try:
            yield
        finally:
            self._serve()

    def _serve(self) -> None:
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            # A test cluster lives as long as its tests: nothing to keep after a crash.
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run("pg_ctl", "start", "--wait", "--pgdata", str(self.data),
                  "--log", str(self.log), "--options", options)  # fmt: skip

    def restart(self) -> None:
        """Stops the server (every connection to it drops) and starts it again, keeping its data."""
        with self.down():
            pass

    def stop(self) -> None:
        if self.data.joinpath("postmaster.pid").exists():
            self._run("pg_ctl", "stop", "--wait", "--mode", "fast", "--pgdata", str(self.data))
        shutil.rmtree(self.root, ignore_errors=True)

    def dsn(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new, empty database of its own; its DSN."""
        return self._database(f"test_{uuid.uuid4().hex[:12]}")

    def database_of(self, data_dir: Path) -> str:
        """The DSN of the database kept for `data_dir` (made on first use), as a
        server's SQLite file is kept in it: a restart on the data dir finds its data."""
        return self._database(
            f"dir_{hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]}"
        )

    def _database(self, name: str) -> str:
        """The DSN of database `name`, made unless it exists."""
        with psycopg.connect(self.dsn(), autocommit=True) as connection:
            made = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
            if made.fetchone() is None:
                connection.execute(f'CREATE DATABASE "{name}"')
        return self.dsn(name)

    def _run(self, program: str, *args: str) -> None:
        command = [str(self._bin / program), *args]
        if self._as_service_user:
            command = ["runuser", "-u", SERVICE_USER, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log = self.log.read_text() if self.log.exists() else ""
            raise RuntimeError(f"{program} failed:\n{done.stdout}{done.stderr}{log}")


@contextlib.contextmanager
def running_cluster() -> Iterator[PostgresCluster]:
    cluster = PostgresCluster()
    try:
        yield cluster.start()
    finally:
        cluster.stop()
