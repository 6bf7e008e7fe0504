"""Follows the replication feed of one scope from a cursor (a change id): first
the rows after it read from the store, a page at a time, then, from the hub's
position at the last read, the live changes the hub routes to the stream."""

import functools
from datetime import timedelta
from typing import Generic, TypeVar

import structlog

from imagegallery_server.clock import SystemClock
from imagegallery_server.store import Store, Transaction
from imagegallery_server.watch.hub import PAGE, Hub
from imagegallery_server.watch.subscription import Change, Checkpoint, Subscription

T = TypeVar("T")
log = structlog.get_logger("imagegallery.watch")


class CursorExpired(Exception):
    def __init__(self, cursor: int, oldest: int) -> None:
        super().__init__(f"cursor {cursor} is older than the oldest served, {oldest}")
        self.cursor = cursor
        self.oldest = oldest


class Follow(Generic[T]):
    """Changes of `scope` after `cursor` in order, each once, then more as they
    come, and a Checkpoint when nothing came for a while; `close` when done."""

    def __init__(self, hub: Hub[T], scope: str, cursor: int) -> None:
        self._hub = hub
        self._scope = scope
        self._cursor = cursor
        self._subscription: Subscription[T] | None = None

    async def next(self) -> list[Change[T] | Checkpoint]:
        """The next changes (at least one). Raises CursorExpired when the rows after
        the cursor are gone, Overflowed for a stream left too far behind."""
        if self._subscription is None and (changes := self._read()):
            return changes
        assert self._subscription is not None
        return await self._subscription.take()

    def _read(self) -> list[Change[T] | Checkpoint]:
        """A page of the changes in (cursor, hub position]; subscribes to the hub
        once the page is the last, with no await since the read, so that what the
        hub routes from then on is exactly what comes after it."""
        hub = self._hub
        feed = hub.store.read.feed
        rows = feed.after(self._cursor, hub.position, self._scope, PAGE)
        oldest = feed.compacted_through()  # read after the rows: a compaction before shows
        if self._cursor < oldest:
            raise CursorExpired(self._cursor, oldest)
        if len(rows) < PAGE:
            self._subscription = hub.subscribe(self._scope)
        if rows:
            self._cursor = rows[-1].id
        return [hub.encoded(row) for row in rows]

    def close(self) -> None:
        """The hub forgets the stream."""
        if self._subscription is not None:
            self._hub.unsubscribe(self._subscription)


def _compact(tx: Transaction, before: str) -> int:
    return tx.feed.compact(before)


async def compact_forever(store: Store, retention_seconds: float, clock: SystemClock) -> None:
    """Drops changes older than the retention window, now and then (cursors into
    them expire)."""
    compacted = 0
    while True:
        cutoff = (clock.now() - timedelta(seconds=retention_seconds)).isoformat()
        try:
            through = await store.write(functools.partial(_compact, before=cutoff))
        except ConnectionError:  # the database is out of reach: next time
            log.exception("changes.compaction_failed")
            through = compacted
        if through > compacted:
            log.info("changes.compacted", through=through)
            compacted = through
        await clock.sleep(min(retention_seconds / 4, 60.0))
