"""Follows the replication feed of one scope from a cursor (a change id): first
the rows after it read from the store, a page at a time, then, from the hub's
position at the last read, the live changes the hub routes to the stream."""

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from imagegallery_server.store import Store
from imagegallery_server.watch.hub import PAGE, Hub
from imagegallery_server.watch.subscription import Change, Checkpoint

T = TypeVar("T")


class CursorExpired(Exception):
    def __init__(self, cursor: int, oldest: int) -> None:
        super().__init__(f"cursor {cursor} is older than the oldest served, {oldest}")
        self.cursor = cursor
        self.oldest = oldest


async def follow(hub: Hub[T], scope: str, cursor: int) -> AsyncIterator[Change[T] | Checkpoint]:
    """Changes of `scope` after `cursor` in order, each once, then more as they
    come, and a Checkpoint when nothing came for a while. Raises CursorExpired
    when the rows after the cursor are gone, Overflowed for a stream left behind."""
    while len(changes := _after(hub, scope, cursor)) == PAGE:
        for change in changes:
            yield change
        cursor = changes[-1].id
    # No await since the read: what the hub routes from now on comes after it.
    subscription = hub.subscribe(scope)
    try:
        for change in changes:
            yield change
        while True:
            yield await subscription.get()
    finally:
        hub.unsubscribe(subscription)


def _after(hub: Hub[T], scope: str, cursor: int) -> list[Change[T]]:
    """A page of the changes in (cursor, hub.position]."""
    feed = hub.store.read.feed
    rows = feed.after(cursor, hub.position, scope, PAGE)
    oldest = feed.compacted_through()  # read after the rows: a compaction before shows
    if cursor < oldest:
        raise CursorExpired(cursor, oldest)
    return [hub.encoded(row) for row in rows]


async def compact_forever(store: Store, retention_seconds: float) -> None:
    """Drops changes older than the retention window, now and then (cursors into
    them expire)."""
    while True:
        cutoff = (datetime.now(UTC) - timedelta(seconds=retention_seconds)).isoformat()
        await store.write(lambda tx, before=cutoff: tx.feed.compact(before))
        await asyncio.sleep(min(retention_seconds / 4, 60.0))
