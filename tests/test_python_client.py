"""The Python client (clients/python/imagegallery/client.py): the issue 6 scenario
against a real server, and its retries, deadline and token against a fake one."""

import asyncio
from concurrent import futures

import grpc
import pytest
from google.protobuf import any_pb2
from google.protobuf.field_mask_pb2 import FieldMask
from google.rpc import error_details_pb2, status_pb2
from grpc_status import rpc_status
from imagegallery.aio import AsyncClient
from imagegallery.client import Client, RetryPolicy
from imagegallery.errors import ImageGalleryError, InvalidArgumentError, from_rpc_error
from imagegallery.v1 import gallery_service_pb2 as gallery_pb
from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery.v1 import replication_service_pb2 as replication_pb
from versioning import Catalog, disk_bytes

COMPLETED = version_pb.AGGREGATED_REPLICATION_STATE_COMPLETED


def test_the_scenario_runs_through_the_client(server, resource_group):
    with Client(server.address, token="python-client") as client:
        catalog = Catalog(client.channel, resource_group)
        definition = catalog.definition()
        source = catalog.source(disk_bytes(1))

        operation = catalog.create_version(definition, "1.0.0", source.name, "eastus", "westus")
        name = f"{definition.name}/versions/1.0.0"
        for message in client.watch(name, send_initial_state=True):
            change = message.change
            if change.image_version == name and change.status.aggregated_state == COMPLETED:
                break
        seen = []
        created = client.wait(operation, progress=seen.append)
        assert created.name == name and seen

        latest = client.versions.GetLatestImageVersion(
            version_pb.GetLatestImageVersionRequest(parent=definition.name)
        )
        assert latest.name == name

        narrowed = client.versions.UpdateImageVersion(
            version_pb.UpdateImageVersionRequest(
                image_version=version_pb.ImageVersion(
                    name=name,
                    publishing_profile=version_pb.PublishingProfile(
                        target_regions=[version_pb.TargetRegion(name="eastus")]
                    ),
                    safety_profile=version_pb.SafetyProfile(
                        allow_deletion_of_replicated_locations=True
                    ),
                ),
                update_mask=FieldMask(
                    paths=["publishing_profile.target_regions", "safety_profile"]
                ),
            )
        )
        updated = client.wait(narrowed)
        assert [t.name for t in updated.publishing_profile.target_regions] == ["eastus"]

        with pytest.raises(grpc.RpcError) as raised:
            client.galleries.CreateGallery(
                gallery_pb.CreateGalleryRequest(
                    parent=resource_group,
                    gallery_id="-bad-",
                    gallery=gallery_pb.Gallery(location="eastus"),
                )
            )
        error = from_rpc_error(raised.value)
        assert isinstance(error, InvalidArgumentError)
        assert error.code == grpc.StatusCode.INVALID_ARGUMENT
        assert error.reason == "ERROR_REASON_INVALID_NAME"
        assert ("gallery_id", "ERROR_REASON_INVALID_NAME") in [
            (v.field, v.reason) for v in error.violations
        ]

        deleting = client.versions.DeleteImageVersion(
            version_pb.DeleteImageVersionRequest(name=name)
        )
        assert client.wait(deleting.name) is None
        with pytest.raises(grpc.RpcError) as gone:
            catalog.version(name)
        assert from_rpc_error(gone.value).code == grpc.StatusCode.NOT_FOUND


class FlakyGalleries:
    """A GalleryService that fails its first `failures` calls with UNAVAILABLE."""

    def __init__(self, failures: int) -> None:
        self.failures, self.calls = failures, []

    def handle(self, request, context):
        self.calls.append((request, dict(context.invocation_metadata()), context.time_remaining()))
        if self.failures:
            self.failures -= 1
            context.abort(grpc.StatusCode.UNAVAILABLE, "try again")
        return gallery_pb.Gallery(name="g")


@pytest.fixture
def flaky():
    galleries = FlakyGalleries(failures=2)
    handler = grpc.method_handlers_generic_handler(
        "imagegallery.v1.GalleryService",
        {
            name: grpc.unary_unary_rpc_method_handler(
                galleries.handle,
                request_deserializer=kind.FromString,
                response_serializer=gallery_pb.Gallery.SerializeToString,
            )
            for name, kind in [
                ("GetGallery", gallery_pb.GetGalleryRequest),
                ("CreateGallery", gallery_pb.CreateGalleryRequest),
            ]
        },
    )
    server = grpc.server(futures.ThreadPoolExecutor(4), handlers=[handler])
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    retry = RetryPolicy(max_attempts=4, initial=0.001, maximum=0.005)
    with Client(f"127.0.0.1:{port}", token="secret", retry=retry, timeout=5) as client:
        yield client, galleries
    server.stop(None)


def test_reads_are_retried_with_a_deadline_and_the_token(flaky):
    client, galleries = flaky
    assert client.galleries.GetGallery(gallery_pb.GetGalleryRequest(name="g")).name == "g"
    assert len(galleries.calls) == 3
    for _, metadata, remaining in galleries.calls:
        assert metadata["authorization"] == "Bearer secret"
        # The deadline travels as a grpc-timeout header, which rounds up: a little
        # over the client's 5 s may remain at the server.
        assert remaining is not None and 0 < remaining <= 5.1


def test_writes_get_one_request_id_and_are_retried_with_it(flaky):
    client, galleries = flaky
    request = gallery_pb.CreateGalleryRequest(parent="p", gallery_id="g")
    client.galleries.CreateGallery(request)
    ids = {sent.request_id for sent, _, _ in galleries.calls}
    assert len(galleries.calls) == 3 and len(ids) == 1 and "" not in ids
    assert request.request_id == ""


def test_an_operation_error_is_an_image_gallery_error():
    from google.longrunning import operations_pb2
    from google.rpc import status_pb2
    from imagegallery.client import operation_result

    failed = operations_pb2.Operation(
        name="op", done=True, error=status_pb2.Status(code=9, message="no")
    )
    with pytest.raises(ImageGalleryError) as raised:
        operation_result(failed)
    assert raised.value.code == grpc.StatusCode.FAILED_PRECONDITION


def test_the_async_client_watches_waits_and_reads_errors(server, resource_group):
    with grpc.insecure_channel(server.address) as channel:
        catalog = Catalog(channel, resource_group)
        definition = catalog.definition()
        source = catalog.source(disk_bytes(1))
        operation = catalog.create_version(definition, "1.0.0", source.name, "eastus", "westus")
    name = f"{definition.name}/versions/1.0.0"

    async def scenario() -> None:
        async with AsyncClient(server.address, token="python-async") as client:
            async for message in client.watch(name, send_initial_state=True):
                change = message.change
                if change.image_version == name and change.status.aggregated_state == COMPLETED:
                    break
            assert (await client.wait(operation)).name == name
            request = version_pb.GetLatestImageVersionRequest(parent=definition.name)
            assert (await client.versions.GetLatestImageVersion(request)).name == name
            with pytest.raises(grpc.RpcError) as raised:
                await client.galleries.CreateGallery(
                    gallery_pb.CreateGalleryRequest(parent=resource_group, gallery_id="-bad-")
                )
            error = from_rpc_error(raised.value)
            assert error.reason == "ERROR_REASON_INVALID_NAME"
            assert "gallery_id" in [v.field for v in error.violations]
            deleting = await client.versions.DeleteImageVersion(
                version_pb.DeleteImageVersionRequest(name=name)
            )
            assert await client.wait(deleting) is None

    asyncio.run(scenario())


def test_the_async_client_retries_reads_with_the_token(flaky):
    _, galleries = flaky
    address = flaky[0].address

    async def read() -> str:
        retry = RetryPolicy(max_attempts=4, initial=0.001, maximum=0.005)
        async with AsyncClient(address, token="secret", retry=retry, timeout=5) as client:
            return (await client.galleries.GetGallery(gallery_pb.GetGalleryRequest(name="g"))).name

    assert asyncio.run(read()) == "g"
    assert len(galleries.calls) == 3
    assert all(md["authorization"] == "Bearer secret" for _, md, _ in galleries.calls)


def status_error(context, code: grpc.StatusCode, reason: str, **metadata: str) -> None:
    info = error_details_pb2.ErrorInfo(reason=reason, domain="imagegallery.v1", metadata=metadata)
    detail = any_pb2.Any()
    detail.Pack(info)
    context.abort_with_status(
        rpc_status.to_status(
            status_pb2.Status(code=code.value[0], message=reason, details=[detail])
        )
    )


class ScriptedWatch:
    """Drops the stream (UNAVAILABLE), then is too slow, then has an expired cursor."""

    def __init__(self) -> None:
        self.requests = []

    def handle(self, request, context):
        n = len(self.requests)
        self.requests.append(request)
        if n == 0:
            yield replication_pb.WatchReplicationStatusResponse(cursor="c1")
            context.abort(grpc.StatusCode.UNAVAILABLE, "connection lost")
        elif n == 1:
            yield replication_pb.WatchReplicationStatusResponse(cursor="c2")
            status_error(
                context,
                grpc.StatusCode.RESOURCE_EXHAUSTED,
                "ERROR_REASON_WATCH_TOO_SLOW",
                cursor="c3",
            )
        elif n == 2:
            status_error(context, grpc.StatusCode.OUT_OF_RANGE, "ERROR_REASON_WATCH_CURSOR_EXPIRED")
        elif n == 3:
            yield replication_pb.WatchReplicationStatusResponse(
                cursor="c9", checkpoint=replication_pb.Checkpoint(initial_state_done=True)
            )
            context.abort(grpc.StatusCode.UNAVAILABLE, "connection lost")
        else:
            status_error(context, grpc.StatusCode.PERMISSION_DENIED, "PERMISSION_DENIED")


@pytest.fixture
def scripted():
    watch = ScriptedWatch()
    handler = grpc.method_handlers_generic_handler(
        "imagegallery.v1.ReplicationService",
        {
            "WatchReplicationStatus": grpc.unary_stream_rpc_method_handler(
                watch.handle,
                request_deserializer=replication_pb.WatchReplicationStatusRequest.FromString,
                response_serializer=replication_pb.WatchReplicationStatusResponse.SerializeToString,
            )
        },
    )
    server = grpc.server(futures.ThreadPoolExecutor(4), handlers=[handler])
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    yield f"127.0.0.1:{port}", watch
    server.stop(None)


EXPECTED_REQUESTS = [("c0", False), ("c1", False), ("c3", False), ("", True), ("c9", False)]


def check_watch(received, reconnects, watch, raised) -> None:
    assert received == ["c1", "c2", "c9"]
    assert [(r.start_cursor, r.send_initial_state) for r in watch.requests] == EXPECTED_REQUESTS
    assert reconnects == [False, False, True, False]
    assert raised.code == grpc.StatusCode.PERMISSION_DENIED


def test_the_watch_resumes_from_its_cursor_and_rereads_an_expired_one(scripted):
    address, watch = scripted
    received, reconnects = [], []
    with Client(address) as client:
        messages = client.watch(
            "scope",
            start_cursor="c0",
            initial_backoff=0.001,
            on_reconnect=lambda error, reread: reconnects.append(reread),
        )
        with pytest.raises(ImageGalleryError) as raised:
            for message in messages:
                received.append(message.cursor)
    check_watch(received, reconnects, watch, raised.value)


def test_the_async_watch_resumes_the_same_way(scripted):
    address, watch = scripted
    received, reconnects = [], []

    async def run() -> None:
        async with AsyncClient(address) as client:
            messages = client.watch(
                "scope",
                start_cursor="c0",
                initial_backoff=0.001,
                on_reconnect=lambda error, reread: reconnects.append(reread),
            )
            async for message in messages:
                received.append(message.cursor)

    with pytest.raises(ImageGalleryError) as raised:
        asyncio.run(run())
    check_watch(received, reconnects, watch, raised.value)
