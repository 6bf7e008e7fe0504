"""ImageSourceService: uploads (with the client-streaming WriteUpload) and image sources."""

from collections.abc import AsyncIterator

from google.protobuf.empty_pb2 import Empty
from grpc.aio import ServicerContext
from imagegallery.v1 import image_source_service_pb2 as pb
from imagegallery.v1 import image_source_service_pb2_grpc

from imagegallery_server.api import requests
from imagegallery_server.api.convert import to_domain
from imagegallery_server.api.resource_edge import ResourceEdge
from imagegallery_server.auth import context
from imagegallery_server.clock import SystemClock
from imagegallery_server.domain.access import Permission
from imagegallery_server.domain.contract import to_proto
from imagegallery_server.domain.errors import ResourceExhausted, Violations
from imagegallery_server.domain.image_sources import ImageSources
from imagegallery_server.domain.model import ImageSource, Upload
from imagegallery_server.domain.uploads import Uploads

# The contract's limit on WriteUploadRequest.data.
MAX_WRITE_BYTES = 4 << 20


class ImageSourceServicer(image_source_service_pb2_grpc.ImageSourceServiceServicer):
    def __init__(
        self, uploads: Uploads, sources: ImageSources, idle_seconds: float, clock: SystemClock
    ) -> None:
        self._uploads = uploads
        self._idle_seconds = idle_seconds
        self._clock = clock
        self._sources = sources
        self._edge = ResourceEdge(
            sources,
            pb.ImageSource,
            ImageSource,
            "image_source",
            pb.ListImageSourcesResponse,
            "image_sources",
        )

    async def CreateUpload(self, request: pb.CreateUploadRequest, _: ServicerContext) -> pb.Upload:
        v = Violations()
        upload = to_domain(request.upload, Upload, "upload", v)
        mutation = requests.mutation("CreateUpload", request, v)
        created = await self._uploads.create(request.parent, upload, mutation, v, context.caller())
        return to_proto(created, pb.Upload)

    async def GetUpload(self, request: pb.GetUploadRequest, _: ServicerContext) -> pb.Upload:
        return to_proto(await self._uploads.get(request.name), pb.Upload)

    async def WriteUpload(
        self, request_iterator: AsyncIterator[pb.WriteUploadRequest], _: ServicerContext
    ) -> pb.Upload:
        messages = _until_idle(request_iterator, self._idle_seconds, self._clock)
        first = await anext(messages, None)
        if first is None or not first.name:
            v = Violations()
            v.required("name", "the upload's name, in the first message of the stream,")
            v.raise_if_any()
        assert first is not None
        context.authorize(Permission.WRITE, first.name)
        written = await self._uploads.write(first.name, _chunks(first, messages))
        return to_proto(written, pb.Upload)

    async def CommitUpload(self, request: pb.CommitUploadRequest, _: ServicerContext) -> pb.Upload:
        v = Violations()
        mutation = requests.mutation("CommitUpload", request, v)
        committed = await self._uploads.commit(
            request.name, request.size_bytes, request.sha256, mutation, v
        )
        return to_proto(committed, pb.Upload)

    async def DeleteUpload(self, request: pb.DeleteUploadRequest, _: ServicerContext) -> Empty:
        mutation = requests.sole_mutation("DeleteUpload", request)
        await self._uploads.delete(request.name, mutation)
        return Empty()

    async def GetImageSource(
        self, request: pb.GetImageSourceRequest, _: ServicerContext
    ) -> pb.ImageSource:
        return self._edge.get(request)

    async def ListImageSources(
        self, request: pb.ListImageSourcesRequest, _: ServicerContext
    ) -> pb.ListImageSourcesResponse:
        return self._edge.list(request)

    async def CreateImageSource(
        self, request: pb.CreateImageSourceRequest, _: ServicerContext
    ) -> pb.ImageSource:
        return await self._edge.create("CreateImageSource", request)

    async def DeleteImageSource(
        self, request: pb.DeleteImageSourceRequest, _: ServicerContext
    ) -> Empty:
        return await self._edge.delete("DeleteImageSource", request)


async def _until_idle(
    messages: AsyncIterator[pb.WriteUploadRequest], idle_seconds: float, clock: SystemClock
) -> AsyncIterator[pb.WriteUploadRequest]:
    """The stream's messages; a stream silent for `idle_seconds` is ended, so that
    an idle client holds no call (what it wrote is kept)."""
    stream, name = aiter(messages), ""
    while True:
        try:
            message = await clock.wait_for(anext(stream, None), idle_seconds)
        except TimeoutError:
            raise ResourceExhausted(
                "UPLOAD_STREAM_IDLE",
                f"The upload stream sent nothing for {idle_seconds:g} s and is closed; what "
                "it wrote is kept: resume from the upload's received bytes (GetUpload).",
                upload=name,
                idleSeconds=f"{idle_seconds:g}",
            ) from None
        if message is None:
            return
        name = name or message.name
        yield message


async def _chunks(
    first: pb.WriteUploadRequest, rest: AsyncIterator[pb.WriteUploadRequest]
) -> AsyncIterator[tuple[int, bytes]]:
    """(offset, data) of each message, checked as it arrives."""
    message: pb.WriteUploadRequest | None = first
    index = 0
    while message is not None:
        v = Violations()
        if message.offset < 0:
            v.add(
                "offset", "FIELD_INVALID", f"message {index}: offset {message.offset} is negative"
            )
        if len(message.data) > MAX_WRITE_BYTES:
            v.add(
                "data",
                "FIELD_INVALID",
                f"message {index}: {len(message.data)} bytes; at most {MAX_WRITE_BYTES} "
                "(4 MiB) a message",
            )
        v.raise_if_any()
        yield message.offset, message.data
        message = await anext(rest, None)
        index += 1
