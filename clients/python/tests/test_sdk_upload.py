"""The upload helper (Client.upload, AsyncClient.upload): chunks of at most 4 MiB,
chunks of zeros skipped, resumed from the offset the server holds, committed with
size and sha256; and the asyncio client's typed errors."""

import asyncio
import hashlib
import io
import os
from concurrent import futures

import grpc
import pytest
from conftest import ADDRESS, TOKEN, MiB, disk_with_holes
from imagegallery.aio import AsyncClient
from imagegallery.client import MAX_CHUNK, Client, RetryPolicy
from imagegallery.errors import (
    FailedPreconditionError,
    InvalidArgumentError,
    NotFoundError,
)
from imagegallery.v1 import gallery_service_pb2 as gallery_pb
from imagegallery.v1 import image_source_service_pb2 as source_pb
from imagegallery.v1 import image_source_service_pb2_grpc as source_grpc
from imagegallery.v1 import replication_service_pb2 as replication_pb


def test_an_interrupted_upload_is_resumed_from_what_the_server_holds(client, resource_group):
    data = os.urandom(5 * MiB + 123)
    started = client.sources.CreateUpload(
        source_pb.CreateUploadRequest(
            parent=resource_group,
            upload=source_pb.Upload(location="eastus", size_bytes=len(data)),
        )
    )
    # A first attempt sent 1 MiB, then stopped.
    client.sources.WriteUpload(
        iter([source_pb.WriteUploadRequest(name=started.name, offset=0, data=data[:MiB])])
    )
    progress = []

    upload = client.upload(
        "", "", io.BytesIO(data), resume=started.name, progress=lambda *p: progress.append(p)
    )

    assert upload.name == started.name and upload.state == source_pb.UPLOAD_STATE_COMMITTED
    assert upload.disk.sha256 == hashlib.sha256(data).hexdigest()
    assert progress[0] == (started.name, MiB, len(data))  # where it went on from
    assert progress[-1] == (started.name, len(data), len(data))

    # Resuming a committed upload only commits it again: it is answered as it is.
    again = client.upload("", "", data, resume=started.name)
    assert (again.name, again.disk) == (upload.name, upload.disk)
    with pytest.raises(ValueError, match="declared with"):
        client.upload("", "", data[:-1], resume=started.name)


def test_a_disk_of_zeros_is_committed_without_sending_any_byte(client, resource_group):
    data = bytes(3 * MiB)
    upload = client.upload(resource_group, "eastus", data, chunk_size=MiB)
    assert upload.disk.sha256 == hashlib.sha256(data).hexdigest()
    assert (upload.disk.size_bytes, upload.disk.occupied_bytes) == (len(data), 0)


def test_bad_chunk_sizes_and_a_bad_parent_are_refused(client, resource_group):
    with pytest.raises(ValueError):
        client.upload(resource_group, "eastus", b"x", chunk_size=MAX_CHUNK + 1)
    with pytest.raises(InvalidArgumentError) as bad:
        client.upload("/not/a/resource/group", "eastus", b"x" * 4096)
    assert "parent" in [v.field for v in bad.value.violations]


def test_the_async_client_uploads_and_raises_typed_errors(resource_group):
    data = disk_with_holes()

    async def run() -> None:
        async with AsyncClient(ADDRESS, token=TOKEN) as client:
            upload = await client.upload(resource_group, "eastus", data)
            assert upload.state == source_pb.UPLOAD_STATE_COMMITTED
            assert upload.disk.sha256 == hashlib.sha256(data).hexdigest()

            with pytest.raises(NotFoundError):
                await client.galleries.GetGallery(
                    gallery_pb.GetGalleryRequest(
                        name=f"{resource_group}/providers/Microsoft.Compute/galleries/none"
                    )
                )
            missing = f"{resource_group}/providers/Microsoft.Compute/galleries/g/images/i"
            with pytest.raises(NotFoundError) as streamed:
                async for _ in client.replication.ReadImageVersionDisk(
                    replication_pb.ReadImageVersionDiskRequest(
                        name=f"{missing}/versions/1.0.0", region="eastus"
                    )
                ):
                    pass
            assert streamed.value.reason == "ERROR_REASON_RESOURCE_NOT_FOUND"
            with pytest.raises(FailedPreconditionError) as written:
                await client.sources.WriteUpload(
                    iter([source_pb.WriteUploadRequest(name=upload.name, offset=0, data=b"x")])
                )
            assert written.value.reason == "ERROR_REASON_UPLOAD_ALREADY_COMMITTED"

    asyncio.run(run())


class BreakingSources(source_grpc.ImageSourceServiceServicer):
    """An ImageSourceService whose first WriteUpload stream breaks (UNAVAILABLE)
    after its first message; it keeps every message it was sent."""

    def __init__(self, size: int) -> None:
        self.disk = bytearray(size)
        self.received = 0
        self.streams: list[list[tuple[int, int]]] = []

    def CreateUpload(self, request, context):
        return source_pb.Upload(name="uploads/u", size_bytes=request.upload.size_bytes)

    def GetUpload(self, request, context):
        return source_pb.Upload(
            name=request.name, size_bytes=len(self.disk), received_bytes=self.received
        )

    def WriteUpload(self, request_iterator, context):
        stream: list[tuple[int, int]] = []
        self.streams.append(stream)
        for message in request_iterator:
            if message.offset < self.received:
                context.abort(grpc.StatusCode.FAILED_PRECONDITION, "offset mismatch")
            self.disk[message.offset : message.offset + len(message.data)] = message.data
            self.received = message.offset + len(message.data)
            stream.append((message.offset, len(message.data)))
            if len(self.streams) == 1:
                context.abort(grpc.StatusCode.UNAVAILABLE, "the connection broke")
        return self.GetUpload(source_pb.GetUploadRequest(name="uploads/u"), context)

    def CommitUpload(self, request, context):
        assert request.sha256 == hashlib.sha256(self.disk).hexdigest()
        assert request.size_bytes == len(self.disk)
        return source_pb.Upload(
            name=request.name, size_bytes=len(self.disk), state=source_pb.UPLOAD_STATE_COMMITTED
        )


def test_a_broken_stream_is_resumed_and_zero_chunks_are_never_sent():
    data = bytearray(10 * MiB)
    data[: 2 * MiB] = os.urandom(2 * MiB)  # two chunks of data, one of zeros,
    data[3 * MiB + 5] = 1  # one with one byte, then zeros to the end
    sources = BreakingSources(len(data))
    server = grpc.server(futures.ThreadPoolExecutor(4))
    source_grpc.add_ImageSourceServiceServicer_to_server(sources, server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    retry = RetryPolicy(max_attempts=3, initial=0.01, maximum=0.02)
    try:
        with Client(f"127.0.0.1:{port}", retry=retry) as client:
            upload = client.upload("rg", "eastus", bytes(data), chunk_size=MiB)
    finally:
        server.stop(None)

    assert upload.state == source_pb.UPLOAD_STATE_COMMITTED
    assert sources.disk == data
    assert sources.streams == [
        [(0, MiB)],  # broken after its first message
        [(MiB, MiB), (3 * MiB, MiB), (10 * MiB, 0)],  # from the offset held; zeros skipped
    ]
