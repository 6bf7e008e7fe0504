"""ReplicationService: status read once, or followed as a stream."""

from collections.abc import AsyncIterator
from contextlib import closing
from typing import Any

from grpc.aio import ServicerContext
from imagegallery.v1 import replication_service_pb2 as pb
from imagegallery.v1 import replication_service_pb2_grpc

from imagegallery_server.api.watch_stream import WatchStream, WatchStreams, checkpoint_message
from imagegallery_server.auth import context
from imagegallery_server.domain import replication_watch
from imagegallery_server.domain.contract import to_proto
from imagegallery_server.domain.downloads import Downloads, Header
from imagegallery_server.domain.replication_watch import ReplicationWatch, VersionReplication
from imagegallery_server.watch.follow import CursorExpired, Follow
from imagegallery_server.watch.hub import Hub
from imagegallery_server.watch.subscription import Checkpoint, Overflowed


class ReplicationServicer(replication_service_pb2_grpc.ReplicationServiceServicer):
    def __init__(
        self,
        watch: ReplicationWatch,
        hub: Hub[bytes],
        streams: WatchStreams,
        downloads: Downloads,
    ) -> None:
        self._watch = watch
        self._hub = hub
        self._streams = streams
        self._downloads = downloads

    async def GetReplicationStatus(
        self, request: pb.GetReplicationStatusRequest, _: ServicerContext
    ) -> pb.GetReplicationStatusResponse:
        replication, cursor = self._watch.get(request.name)
        return pb.GetReplicationStatusResponse(
            replication=to_proto(replication, pb.VersionReplicationStatus), cursor=cursor
        )

    # It writes its responses through `rpc` (grpc.aio allows that of a streaming
    # method) instead of being the iterator the generated base class declares.
    async def WatchReplicationStatus(  # type: ignore[override]
        self, request: pb.WatchReplicationStatusRequest, rpc: ServicerContext
    ) -> None:
        context.caller().require_list(request.scope)
        start = await self._watch.start(request.scope, request.start_cursor)
        cursor = start.cursor
        with self._streams.opened(rpc, cursor) as stream:
            if request.send_initial_state:
                cursor = await self._send_current(stream, start.key)
            try:
                with closing(Follow(self._hub, start.key, cursor)) as changes:
                    while True:
                        for item in await changes.next():
                            if isinstance(item, Checkpoint):
                                await stream.checkpoint(item.cursor)
                            else:
                                await stream.send(item.payload, item.id, item.key)
            except CursorExpired as expired:
                raise replication_watch.cursor_expired(expired.cursor, expired.oldest) from None
            except Overflowed:
                raise stream.too_slow("fell too many changes behind") from None

    async def _send_current(self, stream: WatchStream, key: str) -> int:
        """Sends the state of every version in scope, then a checkpoint; returns its cursor."""
        cursor = self._hub.position  # before the read: nothing after it is missed
        for replication in self._watch.current(key):
            message = change_message(cursor, replication)
            await stream.send(message, cursor, replication.image_version)
        await stream.send(checkpoint_message(cursor, initial_state_done=True), cursor)
        return cursor

    async def ReadImageVersionDisk(
        self, request: pb.ReadImageVersionDiskRequest, _: ServicerContext
    ) -> AsyncIterator[pb.ReadImageVersionDiskResponse]:
        async for part in self._downloads.read(request.name, request.region, request.disk):
            if isinstance(part, Header):
                yield pb.ReadImageVersionDiskResponse(header=to_proto(part, pb.ReplicaDiskHeader))
            else:
                chunk = pb.ReplicaDiskChunk(offset=part.offset, data=part.data)
                yield pb.ReadImageVersionDiskResponse(chunk=chunk)


def change_message(cursor: int, replication: VersionReplication) -> bytes:
    change = to_proto(replication, pb.VersionReplicationStatus)
    return pb.WatchReplicationStatusResponse(change=change, cursor=str(cursor)).SerializeToString()


def encode_change(change_id: int, body: dict[str, Any]) -> bytes:
    """A feed row as every stream sends it; the hub calls this once per change."""
    return change_message(change_id, replication_watch.replication_of(body))
