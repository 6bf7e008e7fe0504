"""ReplicationService: status read once, or followed as a stream."""

import asyncio
from collections.abc import AsyncIterator

from grpc.aio import ServicerContext
from imagegallery.v1 import replication_service_pb2 as pb
from imagegallery.v1 import replication_service_pb2_grpc

from imagegallery_server.auth import context
from imagegallery_server.domain.access import Permission
from imagegallery_server.domain.contract import to_proto
from imagegallery_server.domain.downloads import Downloads, Header
from imagegallery_server.domain.errors import ResourceExhausted
from imagegallery_server.domain.replication_watch import Event, ReplicationWatch


class ReplicationServicer(replication_service_pb2_grpc.ReplicationServiceServicer):
    def __init__(
        self, watch: ReplicationWatch, slow_reader_seconds: float, downloads: Downloads
    ) -> None:
        self._watch = watch
        self._slow_reader_seconds = slow_reader_seconds
        self._downloads = downloads

    async def GetReplicationStatus(
        self, request: pb.GetReplicationStatusRequest, _: ServicerContext
    ) -> pb.GetReplicationStatusResponse:
        replication, cursor = self._watch.get(request.name)
        return pb.GetReplicationStatusResponse(
            replication=to_proto(replication, pb.VersionReplicationStatus), cursor=cursor
        )

    async def WatchReplicationStatus(
        self, request: pb.WatchReplicationStatusRequest, rpc: ServicerContext
    ) -> None:
        delivered = request.start_cursor
        context.caller().require_list(request.scope)
        events = self._watch.watch(request.scope, request.start_cursor, request.send_initial_state)
        async for event in events:
            caller = context.refreshed_caller()  # a spent token ends the stream
            version = event.replication and event.replication.image_version
            if version and not caller.may(Permission.READ, version):
                continue  # a role removed mid-stream stops the version's changes
            try:
                await asyncio.wait_for(rpc.write(_message(event)), self._slow_reader_seconds)
            except TimeoutError:
                raise ResourceExhausted(
                    "WATCH_TOO_SLOW",
                    f"The stream was not read for {self._slow_reader_seconds:g} s; it is closed "
                    f"so that it holds no more. Resume from cursor {delivered!r}.",
                    cursor=delivered,
                ) from None
            delivered = event.cursor

    async def ReadImageVersionDisk(
        self, request: pb.ReadImageVersionDiskRequest, _: ServicerContext
    ) -> AsyncIterator[pb.ReadImageVersionDiskResponse]:
        async for part in self._downloads.read(request.name, request.region, request.disk):
            if isinstance(part, Header):
                yield pb.ReadImageVersionDiskResponse(header=to_proto(part, pb.ReplicaDiskHeader))
            else:
                chunk = pb.ReplicaDiskChunk(offset=part.offset, data=part.data)
                yield pb.ReadImageVersionDiskResponse(chunk=chunk)


def _message(event: Event) -> pb.WatchReplicationStatusResponse:
    if event.replication is None:
        checkpoint = pb.Checkpoint(initial_state_done=event.initial_state_done)
        return pb.WatchReplicationStatusResponse(checkpoint=checkpoint, cursor=event.cursor)
    change = to_proto(event.replication, pb.VersionReplicationStatus)
    return pb.WatchReplicationStatusResponse(change=change, cursor=event.cursor)
