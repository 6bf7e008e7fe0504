"""WatchReplicationStatus streams as they are written: each message checked against
the caller's access as it is now, sent as the bytes encoded once for every
stream, and a reader that stops reading cut off with the cursor to resume from."""

import asyncio
import contextlib
import functools
from collections.abc import Iterator

import structlog
from grpc.aio import ServicerContext
from imagegallery.v1 import replication_service_pb2 as pb

from imagegallery_server.auth import context
from imagegallery_server.clock import SystemClock
from imagegallery_server.domain.access import Permission
from imagegallery_server.domain.errors import ResourceExhausted

log = structlog.get_logger("imagegallery.watch")


class WatchStream:
    def __init__(self, streams: "WatchStreams", rpc: ServicerContext, cursor: int) -> None:
        self._streams = streams
        self._rpc = rpc
        self._task = asyncio.current_task()
        self.delivered = cursor  # the cursor after the last message written
        self.writing_since: float | None = None
        self._stuck = False

    async def send(self, message: bytes, cursor: int, version: str = "") -> None:
        """Writes `message` (serialized), unless it is about a version the caller may
        no longer read."""
        caller = context.refreshed_caller()  # a spent token ends the stream
        if version and not caller.may(Permission.READ, version):
            return  # a role removed mid-stream stops the version's changes
        self.writing_since = self._streams.clock.monotonic()
        try:
            await self._rpc.write(message)
        except asyncio.CancelledError:
            if not self._stuck or self._task is None or self._task.uncancel():
                raise
            seconds = self._streams.slow_reader_seconds
            raise self.too_slow(f"was not read for {seconds:g} s") from None
        self.writing_since = None
        self.delivered = cursor

    async def checkpoint(self, cursor: int) -> None:
        cursor = max(cursor, self.delivered)
        await self.send(checkpoint_message(cursor), cursor)

    def too_slow(self, why: str) -> ResourceExhausted:
        return ResourceExhausted(
            "WATCH_TOO_SLOW",
            f"The stream {why}; it is closed so that it holds no more. Resume from "
            f"cursor '{self.delivered}'.",
            cursor=str(self.delivered),
        )

    def cut_if_writing_since(self, before: float) -> bool:
        if self.writing_since is not None and self.writing_since < before and not self._stuck:
            self._stuck = True
            if self._task is not None:
                self._task.cancel()
            return True
        return False


class WatchStreams:
    """The open streams, and a watchdog that cuts off those stuck writing one
    message for longer than the slow-reader time (one timer for all of them,
    rather than one per message)."""

    def __init__(self, slow_reader_seconds: float, clock: SystemClock) -> None:
        self.slow_reader_seconds = slow_reader_seconds
        self.clock = clock
        self._open: set[WatchStream] = set()

    @contextlib.contextmanager
    def opened(self, rpc: ServicerContext, cursor: int) -> Iterator[WatchStream]:
        stream = WatchStream(self, rpc, cursor)
        self._open.add(stream)
        try:
            yield stream
        finally:
            self._open.discard(stream)

    async def cut_slow_readers_forever(self) -> None:
        while True:
            await self.clock.sleep(self.slow_reader_seconds / 4)
            before = self.clock.monotonic() - self.slow_reader_seconds
            cut = sum(stream.cut_if_writing_since(before) for stream in list(self._open))
            if cut:  # each call logs when it ends, which may wait for its reader
                log.info("watch.slow_readers_cut", streams=cut)


@functools.lru_cache(maxsize=16)
def checkpoint_message(cursor: int, initial_state_done: bool = False) -> bytes:
    """The same for every stream at a cursor, so serialized once."""
    checkpoint = pb.Checkpoint(initial_state_done=initial_state_done)
    return pb.WatchReplicationStatusResponse(
        checkpoint=checkpoint, cursor=str(cursor)
    ).SerializeToString()
