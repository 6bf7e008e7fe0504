"""The server process: health, shutdown on signals, one log event per RPC."""

import contextlib
import os
import signal
import stat
import uuid
from concurrent.futures import ThreadPoolExecutor

import grpc
import pytest
from conftest import gallery_pb
from grpc_health.v1 import health_pb2, health_pb2_grpc
from imagegallery.v1 import gallery_service_pb2_grpc, replication_service_pb2_grpc
from imagegallery.v1 import replication_service_pb2 as replication_pb
from imagegallery_server.testing import ServerProcess
from versioning import Catalog

SERVING = health_pb2.HealthCheckResponse.SERVING
NOT_SERVING = health_pb2.HealthCheckResponse.NOT_SERVING


SERVICES = [  # every service of the contract, and the operations service
    "imagegallery.v1.AccessService",
    "imagegallery.v1.GalleryService",
    "imagegallery.v1.ImageDefinitionService",
    "imagegallery.v1.ImageSourceService",
    "imagegallery.v1.ImageVersionService",
    "imagegallery.v1.MaintenanceService",
    "imagegallery.v1.PlanningService",
    "imagegallery.v1.RegionService",
    "imagegallery.v1.ReplicationService",
    "google.longrunning.Operations",
]


def test_every_service_is_serving(channel):
    health = health_pb2_grpc.HealthStub(channel)

    for service in ["", *SERVICES]:
        assert health.Check(health_pb2.HealthCheckRequest(service=service)).status == SERVING


def test_sigterm_says_not_serving_then_exits_zero(tmp_path):
    server = ServerProcess(tmp_path).start()
    with grpc.insecure_channel(server.address) as channel:
        watch = health_pb2_grpc.HealthStub(channel).Watch(health_pb2.HealthCheckRequest())
        assert next(watch).status == SERVING

        server.process.send_signal(signal.SIGTERM)

        assert next(watch).status == NOT_SERVING
        watch.cancel()
    assert server.process.wait(30) == 0


def test_sigint_drains_calls_in_flight_and_loses_none(tmp_path):
    server = ServerProcess(tmp_path).start()
    parent = f"/subscriptions/{uuid.uuid4()}/resourceGroups/rg"

    def create(index: int) -> tuple[str, grpc.StatusCode]:
        request = gallery_pb.CreateGalleryRequest(
            parent=parent, gallery_id=f"g{index}", gallery=gallery_pb.Gallery(location="eastus")
        )
        try:
            return stub.CreateGallery(request, timeout=30).name, grpc.StatusCode.OK
        except grpc.RpcError as error:
            return "", error.code()

    with grpc.insecure_channel(server.address) as channel:
        stub = gallery_service_pb2_grpc.GalleryServiceStub(channel)
        with ThreadPoolExecutor(8) as pool:
            results = [pool.submit(create, i) for i in range(200)]
            while not any(r.done() for r in results):
                pass
            server.process.send_signal(signal.SIGINT)
            answers = [r.result() for r in results]
    assert server.process.wait(30) == 0
    acknowledged = {name for name, code in answers if code == grpc.StatusCode.OK}
    # A call that reaches the server as it closes is refused (UNAVAILABLE) or, when
    # its answer cannot be sent any more, CANCELLED: a retry with a request id is safe.
    cut = [code for _, code in answers if code == grpc.StatusCode.CANCELLED]
    assert {code for _, code in answers} <= {
        grpc.StatusCode.OK,
        grpc.StatusCode.UNAVAILABLE,
        grpc.StatusCode.CANCELLED,
    }
    assert acknowledged

    restarted = ServerProcess(tmp_path).start()
    with grpc.insecure_channel(restarted.address) as channel:
        stub = gallery_service_pb2_grpc.GalleryServiceStub(channel)
        listed = stub.ListGalleries(gallery_pb.ListGalleriesRequest(parent=parent, page_size=1000))
    assert restarted.stop() == 0
    stored = {g.name for g in listed.galleries}
    assert acknowledged <= stored
    assert len(stored) <= len(acknowledged) + len(cut)


def test_one_log_event_per_rpc(server, galleries, resource_group):
    request_id = str(uuid.uuid4())
    galleries.CreateGallery(
        gallery_pb.CreateGalleryRequest(
            parent=resource_group,
            gallery_id="logged",
            gallery=gallery_pb.Gallery(location="eastus"),
            request_id=request_id,
        )
    )

    events = server.events_of_request(request_id)

    assert len(events) == 1
    (event,) = events
    assert event["event"] == "rpc"
    assert event["method"] == "/imagegallery.v1.GalleryService/CreateGallery"
    assert event["code"] == "OK"
    assert isinstance(event["duration_ms"], float)
    assert event["principal"] == "anonymous"


def test_a_refused_call_is_logged_with_its_code(server, galleries):
    request_id = str(uuid.uuid4())
    with contextlib.suppress(grpc.RpcError):
        galleries.GetGallery(
            gallery_pb.GetGalleryRequest(name="nonsense"), metadata=[("x-request-id", request_id)]
        )

    (event,) = server.events_of_request(request_id)

    assert event["code"] == "INVALID_ARGUMENT"


def test_a_method_no_service_has_is_unimplemented_and_logged(server):
    request_id = str(uuid.uuid4())
    with grpc.insecure_channel(server.address) as channel:
        call = channel.unary_unary("/imagegallery.v1.GalleryService/NoSuchMethod")
        with pytest.raises(grpc.RpcError) as refused:
            call(b"", metadata=[("x-request-id", request_id)])

    assert refused.value.code() == grpc.StatusCode.UNIMPLEMENTED
    (event,) = server.events_of_request(request_id)
    assert (event["event"], event["code"]) == ("rpc", "UNIMPLEMENTED")
    assert event["method"] == "/imagegallery.v1.GalleryService/NoSuchMethod"


def test_a_stream_left_while_the_server_writes_to_it_is_logged_cancelled_not_crashed(tmp_path):
    """The client goes away as the next message is written; gRPC's send then
    fails before the call's context knows it was cancelled."""
    quick = {"IMAGEGALLERY_WATCH_CHECKPOINT_SECONDS": "0.01"}
    server = ServerProcess(tmp_path, env=quick).start()
    request_ids = [str(uuid.uuid4()) for _ in range(40)]
    with grpc.insecure_channel(server.address) as channel:
        stub = replication_service_pb2_grpc.ReplicationServiceStub(channel)
        for request_id in request_ids:
            stream = stub.WatchReplicationStatus(
                replication_pb.WatchReplicationStatusRequest(),
                metadata=[("x-request-id", request_id)],
            )
            next(stream)
            stream.cancel()

    codes = {code for r in request_ids for code in logged_codes(server, r)}

    assert codes == {"CANCELLED"}
    assert not [e for e in server.log_events() if e["event"] == "rpc.crashed"]
    assert server.stop() == 0


def logged_codes(server: ServerProcess, request_id: str) -> list[str]:
    return [str(e["code"]) for e in server.events_of_request(request_id) if e["event"] == "rpc"]


def test_a_second_server_on_a_port_in_use_refuses_to_start(server, tmp_path):
    second = ServerProcess(tmp_path, args=["--listen", server.address])

    with pytest.raises(RuntimeError, match="exited early") as refused:
        second.start()

    assert f"cannot listen on '{server.address}'" in str(refused.value)


@pytest.mark.sqlite_only("the data dir's lock, which guards its SQLite file")
def test_a_second_server_on_a_data_dir_in_use_refuses_to_start_naming_the_holder(tmp_path):
    first = ServerProcess(tmp_path).start()
    try:
        with pytest.raises(RuntimeError, match="exited early") as refused:
            ServerProcess(tmp_path).start()
        assert f"is in use by process {first.process.pid}" in str(refused.value)
    finally:
        assert first.stop() == 0


def test_a_server_killed_hard_restarts_on_its_port_and_data_dir(tmp_path):
    first = ServerProcess(tmp_path).start()
    address = first.address
    first.process.kill()
    first.process.wait()

    again = ServerProcess(tmp_path, args=["--listen", address]).start()
    try:
        with grpc.insecure_channel(again.address) as channel:
            health = health_pb2_grpc.HealthStub(channel)
            assert health.Check(health_pb2.HealthCheckRequest()).status == SERVING
        assert again.address == address
    finally:
        assert again.stop() == 0


def test_the_data_dir_and_its_files_are_private_whatever_the_umask(tmp_path, resource_group):
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o755)
    previous = os.umask(0o022)
    try:
        server = ServerProcess(data_dir).start()
    finally:
        os.umask(previous)
    try:
        with grpc.insecure_channel(server.address) as channel:
            catalog = Catalog(channel, resource_group)
            source = catalog.source(os.urandom(64 * 1024)).name
            done = catalog.wait(catalog.create_version(catalog.definition(), "1.0.0", source))
            assert not done.HasField("error"), done.error
        made = [p for p in data_dir.rglob("*") if p.name != "server.log"]  # the test's own file
        assert {p.parent.name for p in made if p.is_file()} >= {"blobs", "0"}  # blob, replica
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
        shared = {str(p): oct(stat.S_IMODE(p.stat().st_mode)) for p in made}
        assert {p: m for p, m in shared.items() if int(m, 8) & 0o077} == {}
    finally:
        assert server.stop() == 0
