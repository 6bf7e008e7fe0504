"""One stream's bounded queue of changes and checkpoints, filled by the hub."""

import asyncio
from collections import deque
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Change(Generic[T]):
    """A change of the feed: its id (the cursor after it), its key, and its payload
    as the hub encoded it once for every stream."""

    id: int
    key: str
    payload: T


@dataclass(frozen=True)
class Checkpoint:
    cursor: int


class Overflowed(Exception):
    """The stream fell more changes behind than its queue holds."""


class Subscription(Generic[T]):
    """Never blocks the hub: a change that finds the queue full drops it whole,
    and the stream ends at its next read (resumable from what it delivered)."""

    def __init__(self, scope: str, length: int) -> None:
        self.scope = scope
        self._length = length
        self._items: deque[Change[T] | Checkpoint] = deque()
        self._waiter: asyncio.Future[None] | None = None
        self._overflowed = False
        self._quiet_ticks = 0  # of the hub's checkpoint clock since something came

    def put(self, change: Change[T]) -> None:
        self._quiet_ticks = 0
        if self._overflowed:
            return
        if len(self._items) >= self._length:
            self._overflowed = True
            self._items.clear()
        else:
            self._items.append(change)
        self._wake()

    def tick(self, checkpoint: Checkpoint, quiet_ticks: int) -> None:
        """Queues `checkpoint` once nothing came for `quiet_ticks` ticks."""
        self._quiet_ticks += 1
        if self._quiet_ticks >= quiet_ticks and not self._items and not self._overflowed:
            self._quiet_ticks = 0
            self._items.append(checkpoint)
            self._wake()

    async def take(self) -> list[Change[T] | Checkpoint]:
        """Everything queued, in order, once there is something."""
        while not self._items:
            if self._overflowed:
                raise Overflowed
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None
        items = list(self._items)
        self._items.clear()
        return items

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)
