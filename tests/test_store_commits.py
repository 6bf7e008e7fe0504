"""What the store tells the event loop of each commit, in process over a real store:
the newest change id and the access generation (no query needed), and a wait on
one key that ends at the commit that changes it (how WaitOperation waits, with no
timer); and what compaction keeps of the changes."""

import asyncio
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from imagegallery_server.domain.operations import OPERATION, Operation, Operations
from imagegallery_server.store import Record, Store, Transaction

NAME = "operations/0b7e4a5e-52f7-4e0e-9d43-54ec1f8b2b3a"


def operation(done: bool) -> Record:
    body = OPERATION.body(Operation(name=NAME, target="/subscriptions/s", verb="create", done=done))
    return Record(OPERATION.name, NAME, "operations:/subscriptions/s", "s", "eastus", body)


@contextmanager
def opened(data_dir: Path, url: str, *access_kinds: str) -> Iterator[Store]:
    store = Store(data_dir, url)
    store.track_access(access_kinds)
    store.open()
    try:
        yield store
    finally:
        store.close()


def query(store: Store, sql: str) -> list[tuple]:
    with closing(store.engine.connect()) as db:
        return [tuple(row) for row in db.execute(sql)]


def test_the_newest_change_is_known_without_reading(tmp_path, store_url):
    async def main() -> None:
        with opened(tmp_path, store_url) as store:
            await store.write(lambda tx: tx.insert(operation(done=False)))

            assert [(store.commits.head(),)] == query(store, "SELECT max(id) FROM changes")

    asyncio.run(main())


def record(kind: str, name: str) -> Record:
    return Record(kind, name, "", "", "")


def stored_access_generation(store: Store) -> int:
    [(generation,)] = query(store, "SELECT generation FROM access")
    return int(generation)


def test_a_write_of_access_data_takes_the_next_access_generation_once(tmp_path, store_url):
    async def main() -> None:
        with opened(tmp_path, store_url, "role_assignment", "principal") as store:
            assert store.commits.access_generation == 0
            await store.write(lambda tx: tx.insert(operation(done=False)))
            assert store.commits.access_generation == 0  # not access data

            def two_access_changes(tx: Transaction) -> None:
                tx.insert(record("principal", "tenants/t/principals/p"))
                tx.insert(record("role_assignment", "/subscriptions/s/roleAssignments/a"))

            await store.write(two_access_changes)
            assert store.commits.access_generation == stored_access_generation(store) == 1

            principal = store.read.get("tenants/t/principals/p")
            assert principal is not None
            await store.write(lambda tx: tx.delete(principal))
            assert store.commits.access_generation == stored_access_generation(store) == 2

        with opened(
            tmp_path, store_url
        ) as reopened:  # the generation is the database's, read at start
            assert reopened.commits.access_generation == 2

    asyncio.run(main())


def test_compaction_keeps_only_the_newest_change(tmp_path, store_url):
    async def main() -> None:
        with opened(tmp_path, store_url, "principal") as store:
            await store.write(lambda tx: tx.insert(record("principal", "tenants/t/principals/p")))
            await store.write(lambda tx: tx.insert(operation(done=False)))
            await store.write(lambda tx: tx.update(operation(done=True)))
            head = store.commits.head()

            through = await store.write(lambda tx: tx.feed.compact(before="9999"))

            kept = query(store, "SELECT id, kind FROM changes")
            assert kept == [(head, "operation")]  # none kept for the access data
            assert through == head - 1 == store.read.feed.compacted_through()
            assert store.commits.access_generation == 1

    asyncio.run(main())


def test_a_wait_on_an_operation_ends_at_the_commit_that_finishes_it(tmp_path, store_url):
    async def main() -> None:
        with opened(tmp_path, store_url) as store:
            running = await store.write(lambda tx: tx.insert(operation(done=False)))
            waiting = asyncio.ensure_future(Operations(store).wait(NAME, 30))
            other = Record("gallery", "/subscriptions/s/resourceGroups/r/g", "", "s", "eastus")
            await store.write(lambda tx: tx.insert(other))
            assert not waiting.done()

            finished = await store.write(lambda tx: tx.update(operation(done=True)))
            assert (await waiting).done and finished.revision > running.revision

    asyncio.run(main())
