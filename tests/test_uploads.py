"""Uploads over a real server and real files: chunks, interruptions and resumes,
commit checks, the 1 TiB limit, sparse storage, expiry and the freeing of blobs."""

import asyncio
import hashlib
import os
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import grpc
import pytest
from conftest import RpcFailure, failure, invalid
from imagegallery.v1 import image_source_service_pb2 as pb
from imagegallery.v1 import image_source_service_pb2_grpc
from imagegallery_server.content import Layout, UploadStore
from imagegallery_server.domain.access import ANONYMOUS
from imagegallery_server.domain.errors import Violations
from imagegallery_server.domain.model import Upload, UploadState
from imagegallery_server.domain.resources import Mutation
from imagegallery_server.domain.uploads import Uploads
from imagegallery_server.store import Store
from imagegallery_server.testing import ServerProcess, wait_for

Code = grpc.StatusCode
MiB = 1 << 20
TiB = 1 << 40


@pytest.fixture
def sources(channel) -> image_source_service_pb2_grpc.ImageSourceServiceStub:
    return image_source_service_pb2_grpc.ImageSourceServiceStub(channel)


def new_upload(sources, parent: str, size: int, location: str = "eastus") -> pb.Upload:
    return sources.CreateUpload(
        pb.CreateUploadRequest(parent=parent, upload=pb.Upload(location=location, size_bytes=size))
    )


def chunks(
    name: str, data: bytes, offset: int = 0, chunk: int = MiB
) -> Iterator[pb.WriteUploadRequest]:
    """`data` as WriteUpload messages starting at `offset`; the first names the upload."""
    for start in range(0, len(data), chunk):
        yield pb.WriteUploadRequest(
            name=name if start == 0 else "", offset=offset + start, data=data[start : start + chunk]
        )


def commit(sources, upload: pb.Upload, data: bytes) -> pb.Upload:
    return sources.CommitUpload(
        pb.CommitUploadRequest(
            name=upload.name, size_bytes=len(data), sha256=hashlib.sha256(data).hexdigest()
        )
    )


def upload_disk(sources, parent: str, data: bytes, location: str = "eastus") -> pb.Upload:
    """A committed upload of `data`."""
    upload = new_upload(sources, parent, len(data), location)
    sources.WriteUpload(chunks(upload.name, data))
    return commit(sources, upload, data)


def get(sources, upload: pb.Upload) -> pb.Upload:
    return sources.GetUpload(pb.GetUploadRequest(name=upload.name))


def upload_id(upload: pb.Upload) -> str:
    return upload.name.rsplit("/", 1)[1]


def files_in(directory: Path) -> set[str]:
    return set(os.listdir(directory)) if directory.is_dir() else set()


def wait_until(condition, timeout: float = 5.0) -> None:
    wait_for(condition, timeout)


def test_an_upload_in_chunks_is_committed_with_its_digest(sources, resource_group, data_dir):
    data = os.urandom(3 * MiB + 5)
    upload = new_upload(sources, resource_group, len(data), "East US")

    assert upload.name.startswith(f"{resource_group}/providers/Microsoft.Compute/uploads/")
    assert upload.location == "eastus"
    assert upload.state == pb.UPLOAD_STATE_RECEIVING
    assert upload.received_bytes == 0
    assert upload.expire_time.ToSeconds() - time.time() == pytest.approx(24 * 3600, abs=60)

    written = sources.WriteUpload(chunks(upload.name, data))
    assert written.received_bytes == len(data)
    assert get(sources, upload).state == pb.UPLOAD_STATE_RECEIVING

    committed = commit(sources, upload, data)

    digest = hashlib.sha256(data).hexdigest()
    assert committed.state == pb.UPLOAD_STATE_COMMITTED
    assert (committed.disk.sha256, committed.disk.size_bytes) == (digest, len(data))
    assert committed.disk.occupied_bytes == 3 * MiB + 4096
    assert committed.received_bytes == len(data)
    assert not committed.HasField("expire_time")
    assert get(sources, upload) == committed
    assert (data_dir / "blobs" / digest).read_bytes() == data
    assert f"{upload_id(upload)}.part" not in files_in(data_dir / "uploads")


def test_a_cancelled_upload_resumes_from_the_offset_the_server_holds(sources, resource_group):
    data = os.urandom(4 * MiB)
    upload = new_upload(sources, resource_group, len(data))
    release = threading.Event()

    def first_half() -> Iterator[pb.WriteUploadRequest]:
        yield from chunks(upload.name, data[: 2 * MiB])
        release.wait(10)

    call = sources.WriteUpload.future(first_half())
    wait_until(lambda: get(sources, upload).received_bytes == 2 * MiB)
    call.cancel()
    release.set()
    with pytest.raises(grpc.FutureCancelledError):
        call.result()

    assert get(sources, upload).received_bytes == 2 * MiB
    resumed = sources.WriteUpload(chunks(upload.name, data[2 * MiB :], offset=2 * MiB))
    assert resumed.received_bytes == len(data)
    assert commit(sources, upload, data).disk.sha256 == hashlib.sha256(data).hexdigest()


def test_an_idle_upload_stream_is_closed_and_its_upload_resumes(tmp_path, resource_group):
    server = ServerProcess(tmp_path, env={"IMAGEGALLERY_UPLOAD_IDLE_SECONDS": "0.5"}).start()
    try:
        with grpc.insecure_channel(server.address) as channel:
            sources = image_source_service_pb2_grpc.ImageSourceServiceStub(channel)
            data = os.urandom(2 * MiB)
            upload = new_upload(sources, resource_group, len(data))
            hang = threading.Event()

            def half_then_silence() -> Iterator[pb.WriteUploadRequest]:
                yield from chunks(upload.name, data[:MiB])
                hang.wait(30)  # the server, not the client, ends the stream

            try:
                closed = failure(
                    sources.WriteUpload, half_then_silence(), grpc.StatusCode.RESOURCE_EXHAUSTED
                )
            finally:
                hang.set()
            assert closed.reason == "ERROR_REASON_UPLOAD_STREAM_IDLE"
            assert closed.info.metadata["upload"] == upload.name
            assert get(sources, upload).received_bytes == MiB
            sources.WriteUpload(chunks(upload.name, data[MiB:], offset=MiB))
            assert commit(sources, upload, data).disk.sha256 == hashlib.sha256(data).hexdigest()
    finally:
        assert server.stop() == 0


def test_an_upload_cut_off_by_a_closed_channel_resumes_where_the_error_says(
    server, sources, resource_group
):
    data = os.urandom(3 * MiB)
    upload = new_upload(sources, resource_group, len(data))
    release = threading.Event()

    def first_part() -> Iterator[pb.WriteUploadRequest]:
        yield from chunks(upload.name, data[:MiB])
        release.wait(10)

    other = grpc.insecure_channel(server.address)
    call = image_source_service_pb2_grpc.ImageSourceServiceStub(other).WriteUpload.future(
        first_part()
    )
    wait_until(lambda: get(sources, upload).received_bytes == MiB)
    other.close()
    release.set()
    with pytest.raises(grpc.RpcError):
        call.result()

    # A client that lost count starts over at 0 and is told where to resume.
    refused = failure(sources.WriteUpload, chunks(upload.name, data), Code.FAILED_PRECONDITION)
    assert refused.reason == "ERROR_REASON_UPLOAD_OFFSET_MISMATCH"
    assert refused.info.metadata["receivedBytes"] == str(MiB)
    assert refused.info.metadata["offset"] == "0"
    assert refused.info.metadata["upload"] == upload.name
    resume = int(refused.info.metadata["receivedBytes"])
    sources.WriteUpload(chunks(upload.name, data[resume:], offset=resume))
    assert commit(sources, upload, data).state == pb.UPLOAD_STATE_COMMITTED


def test_a_restart_does_not_put_off_an_abandoned_uploads_expiry(tmp_path, resource_group):
    server = ServerProcess(tmp_path).start()
    with grpc.insecure_channel(server.address) as channel:
        sources = image_source_service_pb2_grpc.ImageSourceServiceStub(channel)
        upload = new_upload(sources, resource_group, 2 * MiB)
        sources.WriteUpload(chunks(upload.name, os.urandom(MiB)))
    assert server.stop() == 0
    two_days_ago = time.time() - 2 * 86400  # its last write, as the files say
    for path in (tmp_path / "uploads").iterdir():
        os.utime(path, (two_days_ago, two_days_ago))

    server = ServerProcess(tmp_path).start()  # uploads expire a day after their last write
    try:
        with grpc.insecure_channel(server.address) as channel:
            sources = image_source_service_pb2_grpc.ImageSourceServiceStub(channel)
            wait_until(lambda: not (tmp_path / "uploads" / f"{upload_id(upload)}.part").exists())
            gone = failure(
                sources.GetUpload, pb.GetUploadRequest(name=upload.name), grpc.StatusCode.NOT_FOUND
            )
    finally:
        assert server.stop() == 0
    assert gone.reason == "ERROR_REASON_RESOURCE_NOT_FOUND"


def test_the_received_offset_survives_a_killed_server(tmp_path):
    server = ServerProcess(tmp_path / "killed").start()
    parent = "/subscriptions/s1/resourceGroups/rg"
    data = os.urandom(3 * MiB)
    try:
        with grpc.insecure_channel(server.address) as channel:
            stub = image_source_service_pb2_grpc.ImageSourceServiceStub(channel)
            upload = new_upload(stub, parent, len(data))
            assert stub.WriteUpload(chunks(upload.name, data[: 2 * MiB])).received_bytes == 2 * MiB
        assert server.process is not None
        server.process.kill()
        server.process.wait()

        server.start()
        with grpc.insecure_channel(server.address) as channel:
            stub = image_source_service_pb2_grpc.ImageSourceServiceStub(channel)
            assert get(stub, upload).received_bytes == 2 * MiB
            stub.WriteUpload(chunks(upload.name, data[2 * MiB :], offset=2 * MiB))
            assert commit(stub, upload, data).disk.sha256 == hashlib.sha256(data).hexdigest()
    finally:
        server.stop()


def test_a_wrong_digest_is_refused_and_nothing_is_committed(sources, resource_group, data_dir):
    data = os.urandom(MiB)
    upload = new_upload(sources, resource_group, len(data))
    sources.WriteUpload(chunks(upload.name, data))
    stated = hashlib.sha256(b"other bytes").hexdigest()

    refused = failure(
        sources.CommitUpload,
        pb.CommitUploadRequest(name=upload.name, size_bytes=len(data), sha256=stated),
        Code.FAILED_PRECONDITION,
    )

    actual = hashlib.sha256(data).hexdigest()
    assert refused.reason == "ERROR_REASON_UPLOAD_DIGEST_MISMATCH"
    assert refused.info.metadata["statedSha256"] == stated
    assert refused.info.metadata["receivedSha256"] == actual
    assert get(sources, upload).state == pb.UPLOAD_STATE_RECEIVING
    assert not {stated, actual} & files_in(data_dir / "blobs")
    # Upper-case hex is the same digest.
    upper = sources.CommitUpload(
        pb.CommitUploadRequest(name=upload.name, size_bytes=len(data), sha256=actual.upper())
    )
    assert upper.disk.sha256 == actual


def test_a_commit_outliving_the_clients_deadline_still_completes(sources, resource_group):
    size = 512 * MiB  # hashing it, even holes, takes longer than the deadline
    upload = new_upload(sources, resource_group, size)
    sources.WriteUpload(iter([pb.WriteUploadRequest(name=upload.name, offset=size)]))
    zeros = hashlib.sha256()
    for _ in range(size // MiB):
        zeros.update(bytes(MiB))
    digest = zeros.hexdigest()
    request = pb.CommitUploadRequest(name=upload.name, size_bytes=size, sha256=digest)

    with pytest.raises(grpc.RpcError) as cut_off:
        sources.CommitUpload(request, timeout=0.05)

    assert cut_off.value.code() == Code.DEADLINE_EXCEEDED
    wait_until(lambda: get(sources, upload).state == pb.UPLOAD_STATE_COMMITTED, timeout=20)
    assert sources.CommitUpload(request).disk.occupied_bytes == 0


def test_a_commit_must_state_the_declared_size_once_every_byte_is_in(sources, resource_group):
    data = os.urandom(MiB)
    upload = new_upload(sources, resource_group, 2 * MiB)
    sources.WriteUpload(chunks(upload.name, data))
    digest = hashlib.sha256(data + bytes(MiB)).hexdigest()

    invalid(
        sources.CommitUpload,
        pb.CommitUploadRequest(name=upload.name, size_bytes=MiB, sha256=digest),
        {"size_bytes": "UPLOAD_SIZE_MISMATCH"},
    )
    incomplete = failure(
        sources.CommitUpload,
        pb.CommitUploadRequest(name=upload.name, size_bytes=2 * MiB, sha256=digest),
        Code.FAILED_PRECONDITION,
    )
    assert incomplete.reason == "ERROR_REASON_UPLOAD_INCOMPLETE"
    assert incomplete.info.metadata["receivedBytes"] == str(MiB)
    assert incomplete.info.metadata["sizeBytes"] == str(2 * MiB)
    assert get(sources, upload).state == pb.UPLOAD_STATE_RECEIVING


def test_a_commit_names_every_mistake_at_once(sources):
    invalid(
        sources.CommitUpload,
        pb.CommitUploadRequest(name="uploads/x", size_bytes=-1, sha256="abc"),
        {"name": "INVALID_RESOURCE_NAME", "size_bytes": "FIELD_INVALID", "sha256": "FIELD_INVALID"},
    )
    invalid(
        sources.CommitUpload,
        pb.CommitUploadRequest(name="/subscriptions/s/resourceGroups/rg/providers/x/uploads/y"),
        {
            "name": "INVALID_RESOURCE_NAME",
            "size_bytes": "FIELD_REQUIRED",
            "sha256": "FIELD_REQUIRED",
        },
    )


def test_a_committed_upload_keeps_its_bytes(sources, resource_group):
    data = os.urandom(8192)
    upload = upload_disk(sources, resource_group, data)

    assert commit(sources, upload, data) == upload  # the same commit again: the same answer
    for call, request in [
        (sources.WriteUpload, chunks(upload.name, data)),
        (
            sources.CommitUpload,
            pb.CommitUploadRequest(
                name=upload.name, size_bytes=len(data), sha256=hashlib.sha256(b"x").hexdigest()
            ),
        ),
    ]:
        refused = failure(call, request, Code.FAILED_PRECONDITION)
        assert refused.reason == "ERROR_REASON_UPLOAD_ALREADY_COMMITTED"
        assert refused.info.metadata["sha256"] == upload.disk.sha256


def test_a_disk_over_one_tib_is_refused_before_any_file_exists(sources, resource_group, data_dir):
    before = files_in(data_dir / "uploads")

    invalid(
        sources.CreateUpload,
        pb.CreateUploadRequest(
            parent=resource_group, upload=pb.Upload(location="eastus", size_bytes=TiB + 1)
        ),
        {"upload.size_bytes": "DISK_TOO_LARGE"},
    )

    assert files_in(data_dir / "uploads") == before
    largest = new_upload(sources, resource_group, TiB)  # exactly 1 TiB is allowed (sparse)
    assert largest.size_bytes == TiB
    sources.DeleteUpload(pb.DeleteUploadRequest(name=largest.name))
    assert files_in(data_dir / "uploads") == before


def test_create_names_every_mistake_at_once(sources, data_dir):
    before = files_in(data_dir / "uploads")
    invalid(
        sources.CreateUpload,
        pb.CreateUploadRequest(parent="/subscriptions/s", upload=pb.Upload(size_bytes=-5)),
        {
            "parent": "INVALID_RESOURCE_NAME",
            "upload.location": "FIELD_REQUIRED",
            "upload.size_bytes": "FIELD_INVALID",
        },
    )
    invalid(
        sources.CreateUpload,
        pb.CreateUploadRequest(
            parent="/subscriptions/s/resourceGroups/rg", upload=pb.Upload(location="chinaeast2")
        ),
        {"upload.location": "REGION_IN_OTHER_CLOUD", "upload.size_bytes": "FIELD_REQUIRED"},
    )
    assert files_in(data_dir / "uploads") == before


def test_zero_blocks_are_neither_stored_nor_counted(sources, resource_group, data_dir):
    data = os.urandom(MiB) + bytes(63 * MiB)

    committed = upload_disk(sources, resource_group, data)

    assert committed.disk.size_bytes == 64 * MiB
    assert committed.disk.occupied_bytes == MiB
    blob = data_dir / "blobs" / committed.disk.sha256
    assert blob.stat().st_size == 64 * MiB
    assert blob.stat().st_blocks * 512 <= MiB + 64 * 1024


def test_a_writer_may_skip_over_zeros(sources, resource_group, data_dir):
    head, middle = os.urandom(MiB), os.urandom(4096)
    upload = new_upload(sources, resource_group, 64 * MiB)

    def sparse() -> Iterator[pb.WriteUploadRequest]:
        yield pb.WriteUploadRequest(name=upload.name, offset=0, data=head)
        yield pb.WriteUploadRequest(offset=32 * MiB, data=middle)
        yield pb.WriteUploadRequest(offset=64 * MiB)  # nothing but zeros up to the end

    assert sources.WriteUpload(sparse()).received_bytes == 64 * MiB
    whole = head + bytes(31 * MiB) + middle + bytes(32 * MiB - 4096)
    committed = commit(sources, upload, whole)

    assert committed.disk.sha256 == hashlib.sha256(whole).hexdigest()
    assert committed.disk.occupied_bytes == MiB + 4096


def test_writes_go_forward_and_stay_inside_the_disk(sources, resource_group):
    upload = new_upload(sources, resource_group, 2 * MiB)
    sources.WriteUpload(chunks(upload.name, os.urandom(MiB)))

    behind = failure(
        sources.WriteUpload,
        iter([pb.WriteUploadRequest(name=upload.name, offset=4096, data=b"x")]),
        Code.FAILED_PRECONDITION,
    )
    assert behind.reason == "ERROR_REASON_UPLOAD_OFFSET_MISMATCH"
    assert behind.info.metadata["receivedBytes"] == str(MiB)
    beyond = failure(
        sources.WriteUpload,
        iter([pb.WriteUploadRequest(name=upload.name, offset=2 * MiB - 1, data=b"xy")]),
        Code.OUT_OF_RANGE,
    )
    assert beyond.reason == "ERROR_REASON_UPLOAD_WRITE_BEYOND_END"
    assert beyond.info.metadata["end"] == str(2 * MiB + 1)
    assert beyond.info.metadata["sizeBytes"] == str(2 * MiB)
    assert get(sources, upload).received_bytes == MiB


def test_the_first_message_names_the_upload(sources, resource_group):
    upload = new_upload(sources, resource_group, MiB)
    for stream in ([], [pb.WriteUploadRequest(offset=0, data=b"x")]):
        invalid(sources.WriteUpload, iter(stream), {"name": "FIELD_REQUIRED"})
    invalid(
        sources.WriteUpload,
        iter([pb.WriteUploadRequest(name=upload.name, offset=-1, data=b"x")]),
        {"offset": "FIELD_INVALID"},
    )
    missing = failure(
        sources.WriteUpload,
        iter(
            [pb.WriteUploadRequest(name=f"{resource_group}/providers/Microsoft.Compute/uploads/x")]
        ),
        Code.NOT_FOUND,
    )
    assert missing.reason == "ERROR_REASON_RESOURCE_NOT_FOUND"


def test_a_failed_write_stream_is_logged_once_with_its_code(server, sources, resource_group):
    upload = new_upload(sources, resource_group, MiB)
    request_id = uuid.uuid4().hex

    with pytest.raises(grpc.RpcError):
        sources.WriteUpload(
            iter([pb.WriteUploadRequest(name=upload.name, offset=MiB, data=b"x")]),
            metadata=[("x-request-id", request_id)],
        )

    events = server.events_of_request(request_id)
    assert [(e["method"], e["code"]) for e in events] == [
        ("/imagegallery.v1.ImageSourceService/WriteUpload", "OUT_OF_RANGE")
    ]


def test_deleting_an_upload_frees_its_bytes(sources, resource_group, data_dir):
    receiving = new_upload(sources, resource_group, MiB)
    sources.WriteUpload(chunks(receiving.name, os.urandom(4096)))
    committed = upload_disk(sources, resource_group, os.urandom(4096))

    for upload in (receiving, committed):
        sources.DeleteUpload(pb.DeleteUploadRequest(name=upload.name))
        gone = failure(sources.GetUpload, pb.GetUploadRequest(name=upload.name), Code.NOT_FOUND)
        assert gone.info.metadata["resource"] == upload.name

    assert not any(f.startswith(upload_id(receiving)) for f in files_in(data_dir / "uploads"))
    assert committed.disk.sha256 not in files_in(data_dir / "blobs")
    refused = failure(
        sources.WriteUpload, chunks(receiving.name, b"x", offset=4096), Code.NOT_FOUND
    )
    assert refused.reason == "ERROR_REASON_RESOURCE_NOT_FOUND"


def test_a_retried_create_answers_the_first_upload(sources, resource_group, data_dir):
    request = pb.CreateUploadRequest(
        parent=resource_group,
        upload=pb.Upload(location="eastus", size_bytes=MiB),
        request_id=str(uuid.uuid4()),
    )
    before = files_in(data_dir / "uploads")

    first, again = sources.CreateUpload(request), sources.CreateUpload(request)

    assert again.name == first.name
    assert files_in(data_dir / "uploads") - before == {f"{upload_id(first)}.part"}


def test_an_abandoned_upload_expires_over_the_server(tmp_path):
    server = ServerProcess(tmp_path / "ttl", env={"IMAGEGALLERY_UPLOAD_TTL_SECONDS": "1"}).start()
    parent = "/subscriptions/s1/resourceGroups/rg"
    try:
        with grpc.insecure_channel(server.address) as channel:
            stub = image_source_service_pb2_grpc.ImageSourceServiceStub(channel)
            abandoned = new_upload(stub, parent, MiB)
            kept = upload_disk(stub, parent, os.urandom(4096))

            def expired() -> bool:
                try:
                    get(stub, abandoned)
                except grpc.RpcError as error:
                    return RpcFailure(error).code == Code.NOT_FOUND
                return False

            wait_until(expired, timeout=10)
            assert files_in(tmp_path / "ttl" / "uploads") == set()
            assert get(stub, kept).state == pb.UPLOAD_STATE_COMMITTED
    finally:
        server.stop()


# -- expiry and blob collection, in process with a clock the test moves -------------------


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


def test_expiry_deletes_abandoned_uploads_and_garbage_collection_unheld_blobs(tmp_path):
    async def scenario() -> None:
        store = Store(tmp_path)
        store.open()
        layout = Layout(tmp_path)
        clock = Clock()
        uploads = Uploads(store, UploadStore(layout), layout, clock, ttl=timedelta(hours=1))
        parent = "/subscriptions/s1/resourceGroups/rg"
        try:

            async def declare(size: int) -> Upload:
                declared = Upload(location="eastus", size_bytes=size)
                return await uploads.create(parent, declared, Mutation(), Violations(), ANONYMOUS)

            async def feed(name: str, data: bytes) -> None:
                async def one():
                    yield 0, data

                await uploads.write(name, one())

            abandoned = await declare(MiB)
            await feed(abandoned.name, os.urandom(4096))
            done = await declare(4096)
            data = os.urandom(4096)
            await feed(done.name, data)
            digest = hashlib.sha256(data).hexdigest()
            committed = await uploads.commit(done.name, 4096, digest, Mutation(), Violations())
            stray = layout.blob_path("0" * 64)
            stray.write_bytes(b"left by a crash")

            assert await uploads.expire() == []  # within the TTL: nothing goes
            clock.now += timedelta(hours=2)
            assert await uploads.expire() == [abandoned.name]

            assert files_in(layout.uploads_dir) == set()
            assert (await uploads.get(committed.name)).state is UploadState.COMMITTED
            assert await uploads.collect_garbage() == ["0" * 64]  # held blobs stay
            assert layout.blob_path(digest).exists()
            await uploads.delete(committed.name, Mutation())
            assert not layout.blob_path(digest).exists()
        finally:
            store.close()

    asyncio.run(scenario())
