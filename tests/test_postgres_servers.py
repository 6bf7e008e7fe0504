"""Several servers on one PostgreSQL hear each other's commits: each reads the changes
rows after the last one it heard, woken by a notification at every commit (or, should
notifications be lost, by polling), so watches, waits, access and replication on one
server follow the writes made through another.

The servers here share one database and one data dir (each with a log of its own).
"Notifications lost" is made real by dropping the trigger that sends them."""

import asyncio
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

import grpc
import psycopg
import pytest
import structlog
from access import AUTH_ON, Directory, Stubs, channel_with, owner_token
from google.longrunning import operations_pb2
from google.protobuf.duration_pb2 import Duration
from imagegallery.v1 import access_service_pb2 as access_pb
from imagegallery.v1 import gallery_service_pb2 as gallery_pb
from imagegallery.v1 import replication_service_pb2 as pb
from imagegallery_server.store import Record, Store
from imagegallery_server.store.commits import Commit
from imagegallery_server.store.follower import CHANNEL
from imagegallery_server.store.postgres import PostgresDatabase
from imagegallery_server.testing import ServerProcess, wait_for
from imagegallery_server.testing_postgres import running_cluster
from versioning import disk_bytes

ENV = {
    **AUTH_ON,
    "IMAGEGALLERY_STORE_POLL_SECONDS": "0",  # notifications only
    "IMAGEGALLERY_WATCH_CHECKPOINT_SECONDS": "0.3",
    "IMAGEGALLERY_REGION_THROTTLES": "westus=1048576",  # a copy there takes seconds
}


def drop_notifications(url: str) -> None:
    """Every commit from now on is silent: servers hear of it only by polling."""
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("DROP TRIGGER changes_notify ON changes")


@dataclass
class Servers:
    """Servers on one database and one data dir, and each one's stubs as the owner."""

    url: str
    processes: list[ServerProcess]
    stubs: list[Stubs]


@contextmanager
def servers(
    data_dir: Path, url: str, env: dict[str, str], names: Sequence[str] = ("a", "b", "c")
) -> Iterator[Servers]:
    started: list[ServerProcess] = []
    try:
        for name in names:
            process = ServerProcess(data_dir, env=env, store=url, log_name=f"{name}.log")
            started.append(process.start())
        token = owner_token(started[0])
        yield Servers(url, started, [Stubs(channel_with(s.address, token)) for s in started])
    finally:
        for process in started:
            assert process.stop() == 0


@pytest.fixture(scope="module")
def trio(postgres, tmp_path_factory) -> Iterator[Servers]:
    """Three servers that hear each other by notifications only (no polling)."""
    with servers(tmp_path_factory.mktemp("trio"), postgres.create_database(), ENV) as started:
        yield started


def resource_group(admin: Stubs) -> str:
    """A resource group in a new subscription of the owner's tenant."""
    tenant = admin.access.GetCaller(access_pb.GetCallerRequest()).tenant
    subscription = Directory(admin).subscription(tenant, str(uuid.uuid4()))
    return f"{subscription}/resourceGroups/rg"


def on(stubs: Stubs, group: str) -> Stubs:
    """The same server's stubs, for versions under `group`."""
    return Stubs(stubs.channel, group)


def watch(stubs: Stubs, scope: str, cursor: str = ""):
    request = pb.WatchReplicationStatusRequest(scope=scope, start_cursor=cursor)
    return stubs.replication.WatchReplicationStatus(request, timeout=60)


def first_checkpoint(stream) -> str:
    return next(m for m in stream if m.HasField("checkpoint")).cursor


def changes_until(stream, cursor: int) -> list[tuple[int, str]]:
    """(cursor, version key) of each change the stream sends, up to `cursor`."""
    seen: list[tuple[int, str]] = []
    for message in stream:
        if message.HasField("change"):
            seen.append((int(message.cursor), message.change.image_version.lower()))
        if int(message.cursor) >= cursor:
            break
    stream.cancel()
    return seen


def replication_rows(url: str, scope: str, after: int) -> list[tuple[int, str]]:
    """What a watch of `scope` after `after` must send: the feed's rows, in order."""
    with psycopg.connect(url) as connection:
        rows = connection.execute(
            "SELECT id, key FROM changes WHERE kind = 'replication' AND id > %s ORDER BY id",
            (after,),
        ).fetchall()
    return [(i, key) for i, key in rows if key.startswith(scope.lower() + "/")]


def publish(stubs: Stubs, definition, versions: list[str], errors: list[BaseException]) -> None:
    """Creates the versions one after another, each done before the next."""
    try:
        data = disk_bytes(0, zero_mib=1) + uuid.uuid4().bytes
        source = stubs.source(data, source_id=f"image-{versions[0]}")
        for version in versions:
            stubs.wait(stubs.create_version(definition, version, source.name, "eastus"))
    except BaseException as error:
        errors.append(error)


def publish_at_once(group: str, definition, **versions: tuple[Stubs, list[str]]) -> None:
    errors: list[BaseException] = []
    writers = [
        threading.Thread(target=publish, args=(on(stubs, group), definition, ids, errors))
        for stubs, ids in versions.values()
    ]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    assert not errors, errors


def watched_writes_of_two_servers(started: Servers) -> None:
    """A watch on B sees, in order and without gaps, what A and C write at once."""
    a, b, c = started.stubs
    group = resource_group(a)
    definition = on(a, group).definition()
    stream = watch(b, definition.name)
    start = int(first_checkpoint(stream))
    publish_at_once(group, definition, a=(a, ["1.0.0", "1.0.1"]), c=(c, ["2.0.0", "2.0.1"]))
    expected = replication_rows(started.url, definition.name, start)

    seen = changes_until(stream, expected[-1][0])

    assert seen == expected
    assert {key.rsplit("/", 1)[1] for _, key in seen} == {"1.0.0", "1.0.1", "2.0.0", "2.0.1"}


def test_a_watch_on_one_server_sees_the_writes_of_two_others_woken_by_notifications(trio):
    watched_writes_of_two_servers(trio)


def test_a_watch_on_one_server_sees_the_writes_of_two_others_by_polling(postgres, tmp_path):
    url = postgres.create_database()
    env = {**ENV, "IMAGEGALLERY_STORE_POLL_SECONDS": "0.2"}
    with servers(tmp_path, url, env) as started:
        drop_notifications(url)
        watched_writes_of_two_servers(started)


def test_a_watch_resumes_by_cursor_on_another_server(trio):
    a, b, c = trio.stubs
    group = resource_group(a)
    definition = on(a, group).definition()
    stream = watch(a, definition.name)
    start = first_checkpoint(stream)
    publish_at_once(group, definition, c=(c, ["1.0.0", "1.0.1"]))
    last = replication_rows(trio.url, definition.name, int(start))[-1][0]
    on_a = changes_until(stream, last)

    on_b = changes_until(watch(b, definition.name, str(on_a[1][0])), last)

    assert on_b == on_a[2:]


@pytest.fixture(scope="module")
def silent(postgres, tmp_path_factory) -> Iterator[Servers]:
    """Two servers that hear of each other's writes only when they ask: no
    notifications, no polling."""
    url = postgres.create_database()
    env = {**ENV, "IMAGEGALLERY_STORE_POLL_SECONDS": "0"}
    with servers(tmp_path_factory.mktemp("silent"), url, env, names=("a", "b")) as started:
        drop_notifications(url)
        yield started


def test_a_cursor_another_server_gave_is_served_before_this_one_heard_of_it(silent):
    a, b = silent.stubs
    group = resource_group(a)
    definition = on(a, group).definition()
    publish_at_once(group, definition, a=(a, ["1.0.0"]))
    name = f"{definition.name}/versions/1.0.0"
    status = a.replication.GetReplicationStatus(pb.GetReplicationStatusRequest(name=name))

    stream = watch(b, definition.name, status.cursor)

    assert int(first_checkpoint(stream)) >= int(status.cursor)
    stream.cancel()


WAIT_SECONDS = 120


def test_wait_operation_on_any_server_ends_when_another_finishes_the_operation(trio):
    group = resource_group(trio.stubs[0])
    catalog = on(trio.stubs[0], group)
    definition = catalog.definition()
    source = catalog.source(disk_bytes(2))  # seconds to copy to westus
    operation = catalog.create_version(definition, "1.0.0", source.name, "eastus", "westus")
    answers: dict[int, operations_pb2.Operation] = {}

    def wait_on(server: int) -> None:
        request = operations_pb2.WaitOperationRequest(
            name=operation.name, timeout=Duration(seconds=WAIT_SECONDS)
        )
        # Answered before the wait's timeout, or the call fails: woken, not timed out.
        wait = trio.stubs[server].operations.WaitOperation
        answers[server] = wait(request, timeout=WAIT_SECONDS / 2)

    waits = [threading.Thread(target=wait_on, args=(i,)) for i in range(len(trio.stubs))]
    for wait in waits:
        wait.start()
    for wait in waits:
        wait.join()

    # One server's engine finished the copy; the others heard of it, each woken at once.
    assert [answers[i].done for i in range(len(trio.stubs))] == [True] * len(trio.stubs)
    assert not any(answers[i].HasField("error") for i in answers)


def test_a_role_removed_through_one_server_is_refused_by_another_at_once(silent):
    a = silent.stubs[0]
    directory = Directory(a)
    tenant = a.access.GetCaller(access_pb.GetCallerRequest()).tenant
    subscription = directory.subscription(tenant, str(uuid.uuid4()))
    gallery = a.galleries.CreateGallery(
        gallery_pb.CreateGalleryRequest(
            parent=f"{subscription}/resourceGroups/rg",
            gallery_id="gallery",
            gallery=gallery_pb.Gallery(location="eastus"),
        )
    ).name
    reader = directory.member(tenant, "reader")
    on_b = Stubs(channel_with(silent.processes[1].address, reader.token))
    get = gallery_pb.GetGalleryRequest(name=gallery)

    for _ in range(5):
        assignment = directory.assign(gallery, reader.name, "Reader")
        assert on_b.galleries.GetGallery(get).name == gallery
        a.access.DeleteRoleAssignment(access_pb.DeleteRoleAssignmentRequest(name=assignment.name))
        with pytest.raises(grpc.RpcError) as refused:
            on_b.galleries.GetGallery(get)
        assert refused.value.code() == grpc.StatusCode.PERMISSION_DENIED


# In process: stores on one database, as servers use them


@contextmanager
def opened(data_dir: Path, url: str, poll_seconds: float = 0) -> Iterator[Store]:
    store = Store(data_dir, url, poll_seconds)
    store.open()
    try:
        yield store
    finally:
        store.close()


def gallery(name: str) -> Record:
    return Record("gallery", name, "", "s", "eastus")


async def write_many(store: Store, prefix: str, count: int) -> None:
    for i in range(count):
        await store.write(lambda tx, i=i: tx.insert(gallery(f"{prefix}{i}")))


def heard_by(store: Store) -> list[Commit]:
    heard: list[Commit] = []
    store.commits.on_commit(heard.append)
    return heard


def written(commits: list[Commit]) -> list[tuple[int, dict[str, int], frozenset[str]]]:
    return [(c.revision, c.heads, c.keys) for c in commits]


def newest_change(url: str) -> int:
    with closing(psycopg.connect(url)) as connection:
        (head,) = connection.execute("SELECT max(id) FROM changes").fetchone()
    return int(head)


def test_every_store_hears_every_commit_once_in_order_its_own_among_them(postgres, tmp_path):
    url = postgres.create_database()

    async def main() -> None:
        with opened(tmp_path / "a", url) as a, opened(tmp_path / "b", url) as b:
            heard = {"a": heard_by(a), "b": heard_by(b)}
            await asyncio.gather(write_many(a, "a", 100), write_many(b, "b", 100))
            newest = newest_change(url)
            # Woken by notifications alone (no polling), some during a read of the last.
            await wait_until(lambda: a.commits.head() == b.commits.head() == newest)

            for commits in heard.values():
                assert [c.head for c in commits] == sorted({c.head for c in commits})
                assert len(commits) == 200
            assert written(heard["a"]) == written(heard["b"])

    asyncio.run(main())


def test_a_notification_that_comes_during_a_read_is_kept_for_the_next_wait(postgres):
    database = PostgresDatabase(postgres.create_database())
    with closing(database.connect()) as listening, closing(database.connect()) as other:
        listening.listen(CHANNEL)
        other.execute(f"NOTIFY {CHANNEL}")
        listening.execute("SELECT 1")  # reads the notification off the socket

        assert listening.take_notifications() == 1
        assert listening.take_notifications() == 0


def test_a_store_hears_by_polling_when_notifications_are_lost(postgres, tmp_path):
    url = postgres.create_database()

    async def main() -> None:
        with opened(tmp_path / "a", url) as a, opened(tmp_path / "b", url, 0.05) as b:
            drop_notifications(url)
            await write_many(a, "a", 3)
            await wait_until(lambda: b.commits.head() == a.commits.head())

    asyncio.run(main())


async def wait_until(condition, timeout: float = 15.0) -> None:
    await asyncio.to_thread(wait_for, condition, timeout)


def test_the_follower_survives_a_restart_of_postgresql_and_misses_nothing(tmp_path):
    with running_cluster() as cluster:
        url = cluster.create_database()

        async def main() -> None:
            with structlog.testing.capture_logs() as logs, opened(tmp_path / "b", url) as b:
                heard = heard_by(b)
                with opened(tmp_path / "a", url) as a:
                    await write_many(a, "before", 3)
                await asyncio.to_thread(cluster.restart)
                with opened(tmp_path / "c", url) as c:  # connected after the restart
                    await write_many(c, "after", 3)
                    await wait_until(lambda: b.commits.head() == c.commits.head())

                keys = [key for commit in heard for key in commit.keys]
                assert keys == [f"{w}{i}" for w in ("before", "after") for i in range(3)]
                events = [e["event"] for e in logs]
                assert "store.follower_disconnected" in events
                assert "store.follower_reconnected" in events

        asyncio.run(main())
