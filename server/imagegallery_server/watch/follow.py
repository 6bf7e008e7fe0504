"""Follows the replication feed of one scope from a cursor (a change id).

Rows are read from the store (never from memory alone), so a stream that resumes
from its last cursor gets exactly the rest; every write wakes the followers, and a
quiet scope gets a checkpoint carrying the cursor it has reached."""

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from imagegallery_server.store import Store
from imagegallery_server.store.feed import FeedRow

BATCH = 100


class CursorExpired(Exception):
    def __init__(self, cursor: int, oldest: int) -> None:
        super().__init__(f"cursor {cursor} is older than the oldest served, {oldest}")
        self.cursor = cursor
        self.oldest = oldest


@dataclass(frozen=True)
class Checkpoint:
    cursor: int


class Follower:
    """Wakes every follow() when the store writes; one per server."""

    def __init__(self, store: Store, checkpoint_seconds: float) -> None:
        self._store = store
        self._checkpoint_seconds = checkpoint_seconds
        self._changed = asyncio.Event()
        store.on_write(self._wake)

    def _wake(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    def head(self) -> int:
        return self._store.read.feed.head()

    async def follow(self, scope: str, cursor: int) -> AsyncIterator[FeedRow | Checkpoint]:
        """Rows of `scope` after `cursor`, then more as they come; a Checkpoint when
        nothing came for a while. Raises CursorExpired when the rows after the
        cursor are gone (now, or later for a reader left far behind)."""
        feed = self._store.read.feed
        while True:
            changed = self._changed  # taken before reading, so no write is missed
            oldest = feed.compacted_through()
            if cursor < oldest:
                raise CursorExpired(cursor, oldest)
            head = feed.head()
            rows = feed.after(cursor, head, scope, BATCH)
            for row in rows:
                yield row
                cursor = row.id
            if len(rows) == BATCH:
                continue
            cursor = max(cursor, head)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), self._checkpoint_seconds)
                continue
            yield Checkpoint(cursor)


async def compact_forever(store: Store, retention_seconds: float) -> None:
    """Drops changes older than the retention window, now and then (cursors into
    them expire)."""
    while True:
        cutoff = (datetime.now(UTC) - timedelta(seconds=retention_seconds)).isoformat()
        await store.write(lambda tx, before=cutoff: tx.feed.compact(before))
        await asyncio.sleep(min(retention_seconds / 4, 60.0))
