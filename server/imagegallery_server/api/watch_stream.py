"""One WatchReplicationStatus stream as it is written: each message checked against
the caller's access as it is now, sent as the bytes encoded once for every
stream, and a reader that does not keep up cut off with the cursor to resume from."""

import asyncio
import functools

from grpc.aio import ServicerContext
from imagegallery.v1 import replication_service_pb2 as pb

from imagegallery_server.auth import context
from imagegallery_server.domain.access import Permission
from imagegallery_server.domain.errors import ResourceExhausted


class WatchStream:
    def __init__(self, rpc: ServicerContext, slow_reader_seconds: float, cursor: int) -> None:
        self._rpc = rpc
        self._slow_reader_seconds = slow_reader_seconds
        self.delivered = str(cursor)  # the cursor after the last message written

    async def send(self, message: bytes, cursor: int, version: str = "") -> None:
        """Writes `message` (serialized), unless it is about a version the caller may
        no longer read."""
        caller = context.refreshed_caller()  # a spent token ends the stream
        if version and not caller.may(Permission.READ, version):
            return  # a role removed mid-stream stops the version's changes
        try:
            async with asyncio.timeout(self._slow_reader_seconds):
                await self._rpc.write(message)
        except TimeoutError:
            raise self.too_slow(f"was not read for {self._slow_reader_seconds:g} s") from None
        self.delivered = str(cursor)

    async def checkpoint(self, cursor: int) -> None:
        cursor = max(cursor, int(self.delivered))
        await self.send(checkpoint_message(cursor), cursor)

    def too_slow(self, why: str) -> ResourceExhausted:
        return ResourceExhausted(
            "WATCH_TOO_SLOW",
            f"The stream {why}; it is closed so that it holds no more. Resume from "
            f"cursor {self.delivered!r}.",
            cursor=self.delivered,
        )


@functools.lru_cache(maxsize=16)
def checkpoint_message(cursor: int, initial_state_done: bool = False) -> bytes:
    """The same for every stream at a cursor, so serialized once."""
    checkpoint = pb.Checkpoint(initial_state_done=initial_state_done)
    return pb.WatchReplicationStatusResponse(
        checkpoint=checkpoint, cursor=str(cursor)
    ).SerializeToString()
