"""Servers on one PostgreSQL and one data root share replication: each copy is claimed
by one server at a time, a copy whose server died is finished by another, a live
server's copy is left alone, and an upload begun on one server ends on another."""

import asyncio
import contextlib
import hashlib
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import TypeVar

import grpc
import psycopg
import pytest
from imagegallery.v1 import image_source_service_pb2 as source_pb
from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery.v1 import maintenance_service_pb2 as maintenance_pb
from imagegallery.v1 import maintenance_service_pb2_grpc
from imagegallery_server.content import Layout, UploadStore
from imagegallery_server.domain.access import ANONYMOUS
from imagegallery_server.domain.errors import Violations
from imagegallery_server.domain.model import Upload, UploadState
from imagegallery_server.domain.resources import Mutation
from imagegallery_server.domain.uploads import Uploads
from imagegallery_server.store import Store, Transaction
from imagegallery_server.store.database import StoreUnavailable
from imagegallery_server.store.replica_states import ReplicaState
from imagegallery_server.store.replicas import Replica
from imagegallery_server.testing import ServerProcess, wait_for
from test_uploads import MiB, chunks, commit, files_in, get, new_upload, upload_id
from versioning import Catalog, disk_bytes, replica_files, sha256

T = TypeVar("T")
# Copies into westus at half a MiB a second: a 4 MiB disk takes 8 s.
SLOW_WESTUS = {"IMAGEGALLERY_REGION_THROTTLES": "westus=524288"}
COMPLETED = version_pb.AGGREGATED_REPLICATION_STATE_COMPLETED


@pytest.fixture
def database(postgres) -> str:
    return postgres.create_database()


@pytest.fixture
def fleet(tmp_path, database) -> Iterator["Fleet"]:
    servers = Fleet(tmp_path, database)
    yield servers
    servers.stop()


class Fleet:
    """Servers on one database and one data root (`data_dir`), each with its own log."""

    def __init__(self, tmp_path, database: str) -> None:
        self.data_dir = tmp_path / "data"
        self._database = database
        self.servers: list[ServerProcess] = []

    def start(self, name: str, env: dict[str, str] | None = None) -> ServerProcess:
        server = ServerProcess(self.data_dir, env=env, store=self._database, log_name=f"{name}.log")
        self.servers.append(server.start())
        return server

    def stop(self) -> None:
        for server in self.servers:
            if server.process is not None and server.process.poll() is None:
                assert server.stop() == 0

    def copy_starts(self, *servers: ServerProcess) -> Counter[int]:
        """How many times each replica's copy was started, by `servers` (all by default)."""
        return Counter(
            int(event["replica"])
            for server in servers or self.servers
            for event in server.log_events()
            if event.get("event") == "replication.copy_started"
        )


@contextlib.contextmanager
def catalog_on(server: ServerProcess, resource_group: str) -> Iterator[Catalog]:
    with grpc.insecure_channel(server.address) as channel:
        yield Catalog(channel, resource_group)


def progress_in(catalog: Catalog, version: str, region: str) -> int:
    summary = catalog.version(version).replication_status.summary
    return next((s.progress for s in summary if s.region == region), 0)


def start_slow_copies(catalog: Catalog, data: bytes, **profile):
    """A version copied to eastus and (slowly) westus, once westus's copy is under way."""
    definition = catalog.definition()
    source = catalog.source(data)
    operation = catalog.create_version(
        definition, "1.0.0", source.name, "eastus", "westus", **profile
    )
    version = f"{definition.name}/versions/1.0.0"
    wait_for(lambda: progress_in(catalog, version, "westus") > 0, 30, "the copy to westus")
    return operation, version


def copy_next(tx: Transaction) -> Replica:
    replica = tx.replicas.claim_next(time.time())
    assert replica is not None
    tx.replicas.transition(replica, ReplicaState.COPYING)
    return replica


def add_two(tx: Transaction) -> None:
    for index in (1, 2):
        tx.replicas.add("version", "eastus", index, "0", 1)


async def writer_session_of(store: Store) -> int:
    """The backend of the store's writer connection, whose session holds the claims."""
    (pid,) = await store.write(lambda tx: tx._db.execute("SELECT pg_backend_pid()").fetchone())
    return int(pid)


def end_session(database: str, pid: int) -> None:
    """Ends a backend's session; returns once it has ended."""
    with psycopg.connect(database, autocommit=True) as admin:
        (ended,) = admin.execute("SELECT pg_terminate_backend(%s, 30000)", (pid,)).fetchone()
    assert ended, f"backend {pid} did not end"


def test_a_claim_is_one_servers_until_it_releases_it_or_its_connection_ends(tmp_path, database):
    first, second = (Store(tmp_path / name, database) for name in ("a", "b"))

    async def scenario() -> None:
        first.open()  # on the loop, whose follower hears of the other's commits
        second.open()
        try:
            await first.write(add_two)
            mine, theirs = await first.write(copy_next), await second.write(copy_next)
            assert mine.id != theirs.id
            assert not await second.write(lambda tx: tx.replicas.claim(mine))
            assert await second.write(lambda tx: tx.replicas.requeue_unclaimed()) == 0
            # As a server killed: its session ends (pg_terminate_backend returns once it
            # has), and its claims with it.
            await asyncio.to_thread(end_session, database, await writer_session_of(first))
            assert await second.write(lambda tx: tx.replicas.requeue_unclaimed()) == 1
            assert second.read.replicas.get(mine.id).state is ReplicaState.PENDING
            assert second.read.replicas.get(theirs.id).state is ReplicaState.COPYING
        finally:
            first.close()
            second.close()

    asyncio.run(scenario())


def test_a_claim_outlives_the_writers_lost_connection(tmp_path, database):
    """PostgreSQL ends a lost session's locks: the writer's new session takes its
    claims again before anything else, so no other server counts them unclaimed."""
    first, second = (Store(tmp_path / name, database) for name in ("a", "b"))

    async def write_once_reconnected(store: Store, fn: Callable[[Transaction], T]) -> T:
        with contextlib.suppress(StoreUnavailable):  # the statement that finds it lost
            return await store.write(fn)
        return await store.write(fn)

    async def scenario() -> None:
        first.open()
        second.open()
        try:
            await first.write(add_two)
            mine = await first.write(copy_next)
            await asyncio.to_thread(end_session, database, await writer_session_of(first))
            assert await write_once_reconnected(first, lambda tx: tx.replicas.holds(mine))
            assert await second.write(lambda tx: tx.replicas.requeue_unclaimed()) == 0
            assert not await second.write(lambda tx: tx.replicas.claim(mine))
        finally:
            first.close()
            second.close()

    asyncio.run(scenario())


def test_copies_of_a_killed_server_are_finished_by_another_and_verified(fleet, resource_group):
    slow = fleet.start("slow", SLOW_WESTUS)
    data = disk_bytes(4)
    with catalog_on(slow, resource_group) as catalog:
        operation, version = start_slow_copies(catalog, data, replica_count=2)
    others = [fleet.start("b"), fleet.start("c")]
    slow.kill()

    with grpc.insecure_channel(others[0].address) as channel:
        catalog = Catalog(channel, resource_group)
        done = catalog.wait(operation)
        status = catalog.version(version).replication_status
        scrub = maintenance_service_pb2_grpc.MaintenanceServiceStub(channel).ScrubReplicas(
            maintenance_pb.ScrubReplicasRequest(scope=version)
        )
    assert not done.HasField("error"), done.error
    assert status.aggregated_state == COMPLETED
    assert (scrub.replicas_checked, list(scrub.damaged)) == (4, [])
    digest = hashlib.sha256(data).hexdigest()
    assert [sha256(p) for p in replica_files(fleet.data_dir)] == [digest] * 4
    assert not list(fleet.data_dir.rglob("*.partial"))
    cut_off, finished = fleet.copy_starts(slow), fleet.copy_starts(*others)
    assert len(finished) == 2 and set(finished) < set(cut_off), (cut_off, finished)
    assert set(cut_off.values()) == set(finished.values()) == {1}
    assert sum(s.count_events("replication.resumed") for s in others) >= 1


def test_a_live_servers_copy_is_not_requeued_when_another_server_starts(fleet, resource_group):
    slow = fleet.start("slow", SLOW_WESTUS)
    with catalog_on(slow, resource_group) as catalog:
        operation, version = start_slow_copies(catalog, disk_bytes(4))
        other = fleet.start("b")
        assert progress_in(catalog, version, "westus") < 100  # b started mid-copy
        done = catalog.wait(operation)

    assert not done.HasField("error"), done.error
    assert other.count_events("replication.resumed") == 0
    assert fleet.copy_starts(other) == Counter()
    assert set(fleet.copy_starts(slow).values()) == {1}


def test_three_servers_copy_every_replica_exactly_once(fleet, resource_group):
    workers = {"IMAGEGALLERY_REPLICATION_WORKERS": "4"}
    servers = [fleet.start(name, workers) for name in ("a", "b", "c")]
    operations = []
    data = disk_bytes(1)
    with contextlib.ExitStack() as stack:
        catalogs = [stack.enter_context(catalog_on(s, resource_group)) for s in servers]
        definition = catalogs[0].definition()
        source = catalogs[0].source(data)
        for index in range(6):
            catalog = catalogs[index % 3]
            operations.append(
                catalog.create_version(
                    definition, f"1.0.{index}", source.name, "eastus", "westus", "westus2",
                    replica_count=3,
                )
            )  # fmt: skip
        results = [catalogs[i % 3].wait(op) for i, op in enumerate(operations)]

    assert [r.HasField("error") for r in results] == [False] * 6
    starts = fleet.copy_starts()
    assert len(starts) == 6 * 3 * 3 and set(starts.values()) == {1}, starts
    assert len([s for s in servers if fleet.copy_starts(s)]) >= 2  # the work was shared
    digest = hashlib.sha256(data).hexdigest()
    assert {sha256(p) for p in replica_files(fleet.data_dir)} == {digest}


def test_an_upload_begun_on_one_server_resumes_and_commits_on_others(fleet, resource_group):
    servers = [fleet.start(name) for name in ("a", "b", "c")]
    data = disk_bytes(3)
    cut = [2**20, 2 * 2**20]
    with contextlib.ExitStack() as stack:
        sources = [stack.enter_context(catalog_on(s, resource_group)).sources for s in servers]
        upload = new_upload(sources[0], resource_group, len(data))
        sources[0].WriteUpload(chunks(upload.name, data[: cut[0]]))
        assert get(sources[1], upload).received_bytes == cut[0]
        sources[1].WriteUpload(chunks(upload.name, data[cut[0] : cut[1]], offset=cut[0]))
        assert get(sources[0], upload).received_bytes == cut[1]  # caught up with b
        sources[0].WriteUpload(chunks(upload.name, data[cut[1] :], offset=cut[1]))
        committed = commit(sources[2], upload, data)
        assert committed.state == source_pb.UPLOAD_STATE_COMMITTED
        assert committed.disk.sha256 == hashlib.sha256(data).hexdigest()
        assert get(sources[0], upload).state == source_pb.UPLOAD_STATE_COMMITTED
    assert not list((fleet.data_dir / "uploads").glob("*.part"))


def test_expiry_on_one_server_spares_an_upload_another_is_committing(tmp_path, database):
    """A commit is two steps, the bytes made a blob then the store told; another
    server's sweep in between finds the upload's bytes still there, as a blob."""

    async def scenario() -> None:
        stores = [Store(tmp_path / name, database) for name in ("a", "b")]
        for store in stores:
            store.open()
        layout, clock = Layout(tmp_path / "data"), Clock()
        content_a = UploadStore(layout)
        a, b = (
            Uploads(store, content, layout, clock, ttl=timedelta(hours=1))
            for store, content in zip(stores, [content_a, UploadStore(layout)], strict=True)
        )
        try:
            data = os.urandom(4096)
            digest = hashlib.sha256(data).hexdigest()
            clock.now -= timedelta(hours=2)  # both declared two hours ago
            committing, abandoned = await declare(a, len(data)), await declare(a, MiB)
            clock.now += timedelta(hours=2)
            untouched = clock.now.timestamp() - 7200
            os.utime(layout.upload_path(upload_id(abandoned)), (untouched, untouched))
            await feed(a, committing.name, data)
            content_a.commit(upload_id(committing), len(data), digest)  # the store not told yet

            assert await b.expire() == [abandoned.name]
            done = await a.commit(committing.name, len(data), digest, Mutation(), Violations())
            assert (done.state, done.disk.sha256) == (UploadState.COMMITTED, digest)
            assert files_in(layout.uploads_dir) == set()
        finally:
            for store in stores:
                store.close()

    asyncio.run(scenario())


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


async def declare(uploads: Uploads, size: int) -> Upload:
    parent = "/subscriptions/s1/resourceGroups/rg"
    declared = Upload(location="eastus", size_bytes=size)
    return await uploads.create(parent, declared, Mutation(), Violations(), ANONYMOUS)


async def feed(uploads: Uploads, name: str, data: bytes) -> None:
    async def one():
        yield 0, data

    await uploads.write(name, one())
