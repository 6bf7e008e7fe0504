"""The replica state machine over a real store: every move its table allows is made,
every other is refused and leaves the replica as it was, and so is a move from a
state the stored replica has already left."""

import asyncio
import itertools
import uuid
from collections.abc import Awaitable, Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from imagegallery_server.store import Store
from imagegallery_server.store.replica_states import ALLOWED, IllegalTransition, ReplicaState
from imagegallery_server.store.replicas import Replica

PENDING, COPYING, COMPLETED, FAILED, REMOVING = ReplicaState
EVERY_MOVE = set(itertools.product(ReplicaState, repeat=2))
# Written out again, apart from the table, so that a change to it is a change here too.
ALLOWED_MOVES = {
    (PENDING, COPYING),  # a worker claims it
    (COPYING, COMPLETED),
    (COPYING, PENDING),  # a failed attempt to retry, its place down, or the server restarted
    (COPYING, FAILED),  # out of attempts
    (COMPLETED, PENDING),  # a scrub found it damaged
    (FAILED, PENDING),  # RetryImageVersion
    (PENDING, REMOVING),
    (COPYING, REMOVING),
    (COMPLETED, REMOVING),
    (FAILED, REMOVING),
}


def run(tmp_path: Path, store_url: str, test: Callable[[Store], Awaitable[Any]]) -> Any:
    async def main() -> Any:
        store = Store(tmp_path, store_url)
        store.open()
        try:
            return await test(store)
        finally:
            store.close()

    return asyncio.run(main())


async def replica_in(store: Store, state: ReplicaState) -> Replica:
    """A new replica of its own version, put in `state` behind the state machine's back."""
    key = f"version-{uuid.uuid4().hex}"
    await store.write(lambda tx: tx.replicas.add(key, "eastus", 0, "1", 100))
    (added,) = store.read.replicas.of_version(key)
    with closing(store.engine.connect()) as db:
        db.execute("UPDATE replicas SET state = ? WHERE id = ?", (state, added.id))
    return stored(store, added)


def stored(store: Store, replica: Replica) -> Replica:
    current = store.read.replicas.get(replica.id)
    assert current is not None
    return current


def test_the_table_is_the_one_written_here_and_the_stored_strings_stay():
    assert set(ALLOWED) == set(ReplicaState)
    assert {(current, to) for current, targets in ALLOWED.items() for to in targets} == (
        ALLOWED_MOVES
    )
    assert [s.value for s in ReplicaState] == [
        "pending",
        "copying",
        "completed",
        "failed",
        "removing",
    ]


def test_every_allowed_move_is_made_and_every_other_refused(tmp_path, store_url):
    async def walk(store: Store) -> tuple[set[Any], set[Any]]:
        made, refused = set(), set()
        for current, to in sorted(EVERY_MOVE):
            replica = await replica_in(store, current)
            try:
                await store.write(lambda tx, r=replica, to=to: tx.replicas.transition(r, to))
            except IllegalTransition:
                refused.add((current, to))
                assert stored(store, replica) == replica
            else:
                made.add((current, to))
                assert stored(store, replica).state is to
        return made, refused

    made, refused = run(tmp_path, store_url, walk)
    assert made == ALLOWED_MOVES
    assert refused == EVERY_MOVE - ALLOWED_MOVES


def test_a_move_from_a_state_the_replica_has_left_is_refused(tmp_path, store_url):
    async def stale_move(store: Store) -> None:
        before = await replica_in(store, ReplicaState.PENDING)
        await store.write(lambda tx: tx.replicas.transition(before, ReplicaState.COPYING))
        with pytest.raises(IllegalTransition, match="no longer pending"):
            await store.write(lambda tx: tx.replicas.transition(before, ReplicaState.COPYING))
        assert stored(store, before).attempts == before.attempts

    run(tmp_path, store_url, stale_move)


def test_only_a_replica_being_removed_loses_its_row(tmp_path, store_url):
    async def delete_each(store: Store) -> None:
        for state in ReplicaState:
            replica = await replica_in(store, state)
            deleting = store.write(lambda tx, r=replica: tx.replicas.delete(r))
            if state is ReplicaState.REMOVING:
                await deleting
                assert store.read.replicas.get(replica.id) is None
            else:
                with pytest.raises(IllegalTransition):
                    await deleting
                assert stored(store, replica) == replica

    run(tmp_path, store_url, delete_each)


def test_marking_for_removal_leaves_a_replica_already_being_removed_alone(tmp_path, store_url):
    async def mark_twice(store: Store) -> None:
        replica = await replica_in(store, ReplicaState.PENDING)
        await store.write(lambda tx: tx.replicas.mark_for_removal(replica))
        removing = stored(store, replica)
        await store.write(lambda tx: tx.replicas.mark_for_removal(removing))
        assert stored(store, replica).state is ReplicaState.REMOVING

    run(tmp_path, store_url, mark_twice)
