"""The server's one source of time: what time it is, and every wait for time to pass
(token expiry, retention, checkpoints, slow readers, idle streams, retries, sweeps
and scrubs all go through it).

`SystemClock` is the real one. `MovableClock` runs with it but can be moved forward
(`advance`), so that tests of a server process make hours pass in no time; it is
only ever served on loopback, behind `--test-clock` (api/test_clock.py)."""

import asyncio
import contextlib
import time
from collections.abc import Awaitable
from datetime import UTC, datetime, timedelta
from typing import TypeVar

T = TypeVar("T")


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    # Seconds since the epoch: time.time itself, with no method around it (every
    # call's token expiry is compared with it).
    time = staticmethod(time.time)

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back, for measuring waits."""
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    async def wait_for(self, awaitable: Awaitable[T], seconds: float) -> T:
        """What `awaitable` gives, or TimeoutError once `seconds` have passed."""
        return await asyncio.wait_for(awaitable, seconds)


class MovableClock(SystemClock):
    """The system's time plus an offset that only grows: time passes as usual, and
    `advance` makes more of it pass at once, ending every wait it overtakes."""

    def __init__(self) -> None:
        self._offset = 0.0
        self._moved = asyncio.Event()

    def now(self) -> datetime:
        return super().now() + timedelta(seconds=self._offset)

    def time(self) -> float:
        return super().time() + self._offset

    def monotonic(self) -> float:
        return super().monotonic() + self._offset

    def advance(self, seconds: float) -> datetime:
        """Moves the clock `seconds` forward (not back) and wakes every waiter to
        look again; returns the time it is now."""
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        self._offset += seconds
        moved, self._moved = self._moved, asyncio.Event()
        moved.set()
        return self.now()

    async def sleep(self, seconds: float) -> None:
        deadline = self.monotonic() + seconds
        while (left := deadline - self.monotonic()) > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._moved.wait(), left)

    async def wait_for(self, awaitable: Awaitable[T], seconds: float) -> T:
        waited = asyncio.ensure_future(awaitable)
        timer = asyncio.ensure_future(self.sleep(seconds))
        try:
            await asyncio.wait((waited, timer), return_when=asyncio.FIRST_COMPLETED)
        except asyncio.CancelledError:
            waited.cancel()
            raise
        finally:
            timer.cancel()
        if not waited.done():
            waited.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await waited
            raise TimeoutError
        return waited.result()
