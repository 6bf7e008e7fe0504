"""The watch hub in process, over a real store: each replication change is read and
encoded once and routed only to the streams whose scope covers it; a resume from an
old cursor catches up from the store and joins the hub without gap or duplicate; a
stream left too far behind is ended, resumable from what it delivered."""

import asyncio
from collections.abc import Awaitable, Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from imagegallery_server.store import Record, Store
from imagegallery_server.watch.follow import Follow
from imagegallery_server.watch.hub import PAGE, TICKS_PER_CHECKPOINT, Hub
from imagegallery_server.watch.subscription import Change, Checkpoint, Overflowed

GALLERY = "/subscriptions/s1/resourcegroups/rg/providers/microsoft.compute/galleries/g"
DEFINITION = f"{GALLERY}/images/d"
OTHER_GALLERY = "/subscriptions/s1/resourcegroups/rg/providers/microsoft.compute/galleries/other"


def version(number: int, definition: str = DEFINITION) -> str:
    return f"{definition}/versions/{number}.0.0"


class Encoder:
    """Counts how many times the hub encodes a change."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, change_id: int, body: dict[str, Any]) -> bytes:
        self.calls += 1
        return f"{change_id}:{body['name']}".encode()


def run(
    tmp_path: Path,
    store_url: str,
    test: Callable[[Store, Hub[bytes], Encoder], Awaitable[None]],
    **hub,
):
    async def main() -> None:
        store = Store(tmp_path, store_url)
        store.open()
        encoder = Encoder()
        try:
            await test(store, Hub(store, encoder, hub.get("queue_length", 1000)), encoder)
        finally:
            store.close()

    asyncio.run(main())


async def replication_changed(store: Store, *keys: str) -> None:
    """One commit that records a replication change of each version key."""

    def touch(tx) -> None:
        for key in keys:
            tx.replicas.touch(key)

    await store.write(touch)


def replication_ids(store: Store, scope: str) -> list[int]:
    return [row.id for row in store.read.feed.after(0, 10**9, scope, 10**6)]


def quiet_for_a_while(hub: Hub[bytes]) -> None:
    """The checkpoint clock ticks as many times as a quiet stream waits for one."""
    for _ in range(TICKS_PER_CHECKPOINT):
        hub.tick()


async def taken(follow: Follow[bytes], until: int) -> list[Change[bytes] | Checkpoint]:
    """What `follow` gives until the change `until` is among it."""
    items: list[Change[bytes] | Checkpoint] = []
    while not any(isinstance(i, Change) and i.id == until for i in items):
        items += await follow.next()
    return items


def test_a_write_that_changes_no_replication_reads_nothing_and_wakes_no_stream(tmp_path, store_url):
    async def test(store, hub, encoder):
        subscriptions = [hub.subscribe(scope) for scope in ("", GALLERY, version(1))]
        before = hub.position

        gallery = Record("gallery", GALLERY, "", "s1", "eastus", {"description": "x"})
        await store.write(lambda tx: tx.insert(gallery))

        assert (hub.counters.reads, hub.counters.encoded, hub.counters.queued) == (0, 0, 0)
        assert encoder.calls == 0
        assert hub.position > before  # a checkpoint now carries the newer cursor
        quiet_for_a_while(hub)
        for subscription in subscriptions:
            assert await subscription.take() == [Checkpoint(hub.position)]

    run(tmp_path, store_url, test)


def test_one_change_is_read_and_encoded_once_for_every_stream_that_covers_it(tmp_path, store_url):
    async def test(store, hub, encoder):
        scopes = ["", "/subscriptions/s1", GALLERY, DEFINITION, version(1)]
        covering = [hub.subscribe(scopes[i % len(scopes)]) for i in range(500)]
        elsewhere = [hub.subscribe(scope) for scope in (OTHER_GALLERY, version(2), version(10))]

        await replication_changed(store, version(1))

        assert (hub.counters.reads, hub.counters.encoded, encoder.calls) == (1, 1, 1)
        assert hub.counters.queued == len(covering)
        delivered = [await subscription.take() for subscription in covering]
        (change,) = delivered[0]
        assert change.key == version(1) and change.payload.endswith(version(1).encode())
        assert all(len(items) == 1 and items[0] is change for items in delivered)
        quiet_for_a_while(hub)
        for subscription in elsewhere:  # checkpoints only, never the change
            assert await subscription.take() == [Checkpoint(hub.position)]

    run(tmp_path, store_url, test)


def test_a_change_reaches_a_scopes_streams_in_the_order_they_subscribed(tmp_path, store_url):
    async def test(store, hub, encoder):
        subscriptions = [hub.subscribe(version(1)) for _ in range(300)]
        woken: list[int] = []
        started: list[int] = []
        all_waiting = asyncio.Event()

        async def stream(index: int) -> None:
            started.append(index)
            if len(started) == len(subscriptions):
                all_waiting.set()
            await subscriptions[index].take()  # waits from here, with no await before
            woken.append(index)

        # Started in another order than they subscribed in, and all waiting.
        waiting = [asyncio.create_task(stream(i)) for i in reversed(range(len(subscriptions)))]
        await all_waiting.wait()

        await replication_changed(store, version(1))
        await asyncio.gather(*waiting)

        assert woken == list(range(len(subscriptions)))

    run(tmp_path, store_url, test)


def test_a_resume_from_an_old_cursor_catches_up_then_joins_live_without_gap_or_duplicate(
    tmp_path, store_url
):
    async def test(store, hub, encoder):
        start = hub.position
        elsewhere = version(1, f"{OTHER_GALLERY}/images/d")
        for number in range(PAGE * 2 + 50):  # several pages to catch up on
            await replication_changed(store, version(number % 7), elsewhere)

        seen: list[int] = []
        written = 0
        with closing(Follow(hub, GALLERY, start)) as follow:
            # A change is written after every read: while catching up, as the
            # stream joins the hub, and live.
            while written < 20 or seen[-1] != replication_ids(store, GALLERY)[-1]:
                for item in await follow.next():
                    assert isinstance(item, Change)
                    seen.append(item.id)
                if written < 20:
                    await replication_changed(store, version(written % 3), elsewhere)
                    written += 1

        assert seen == [i for i in replication_ids(store, GALLERY) if i > start]

    run(tmp_path, store_url, test)


def test_a_stream_whose_queue_overflows_is_ended_resumably_and_never_blocks_the_hub(
    tmp_path, store_url
):
    async def test(store, hub, encoder):
        start = hub.position
        await replication_changed(store, version(1))
        with closing(Follow(hub, DEFINITION, start)) as slow:
            first = await slow.next()  # read from the store; live from here on
            delivered = first[-1].id
            for number in range(2, 8):  # more than the queue holds, none read
                await replication_changed(store, version(number))
            with pytest.raises(Overflowed):
                await slow.next()

        with closing(Follow(hub, DEFINITION, delivered)) as resumed:
            rest = await taken(resumed, replication_ids(store, DEFINITION)[-1])

        assert [c.key for c in first + rest] == [version(n) for n in range(1, 8)]

    run(tmp_path, store_url, test, queue_length=3)


def test_a_stream_that_leaves_is_forgotten_by_the_hub(tmp_path, store_url):
    async def test(store, hub, encoder):
        with closing(Follow(hub, DEFINITION, hub.position)) as follow:
            waiting = asyncio.ensure_future(follow.next())
            await replication_changed(store, version(1))
            assert [c.key for c in await waiting] == [version(1)]
        await replication_changed(store, version(2))
        assert hub.counters.queued == 1

    run(tmp_path, store_url, test)
