"""Fixtures: a real server process on a real port with its own SQLite file, and
stubs connected to it over gRPC.

Servers started by the tests run with --auth none (the local-emulation mode)
unless a test asks for tokens (test_access*.py): the catalog's rules are
tested on their own there, and access on its own here. Without auth a
subscription is registered by the first create that names it, so these tests
use any subscription id (test_subscriptions.py tests both ways).
"""

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import grpc
import pytest
from google.rpc import error_details_pb2
from grpc_status import rpc_status
from imagegallery.v1 import (
    gallery_service_pb2,
    gallery_service_pb2_grpc,
    image_definition_service_pb2,
    image_definition_service_pb2_grpc,
    region_service_pb2_grpc,
)
from imagegallery_server.store.connection import Connection
from imagegallery_server.store.database import engine
from imagegallery_server.testing import ServerProcess, fleet
from imagegallery_server.testing_postgres import PostgresCluster, running_cluster

os.environ.setdefault("IMAGEGALLERY_AUTH", "none")
# The kinds of store a test may run on: SQLite in the data dir (the default), and a
# database of the tests' own PostgreSQL.
STORES = ["sqlite", "postgresql"]
# The store of the session's server where a test does not choose (a whole run on
# PostgreSQL: IMAGEGALLERY_TEST_STORE=postgresql).
DEFAULT_STORE = os.environ.get("IMAGEGALLERY_TEST_STORE", "sqlite")
on_every_store = pytest.mark.parametrize("server", STORES, indirect=True)
gallery_pb = gallery_service_pb2
definition_pb = image_definition_service_pb2


@pytest.fixture(scope="session")
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    """The tests' server, on SQLite unless a test asks for another store (`on_every_store`)."""
    url = store_url_of(request, getattr(request, "param", DEFAULT_STORE))
    process = ServerProcess(tmp_path_factory.mktemp("server"), store=url).start()
    yield process
    assert process.stop() == 0


@pytest.fixture(params=STORES)
def store_url(request: pytest.FixtureRequest) -> str:
    """Each kind of store for a test's own server or store: "" (SQLite in its data
    dir), then a new database of the tests' PostgreSQL."""
    return store_url_of(request, request.param)


def store_url_of(request: pytest.FixtureRequest, store: str) -> str:
    assert store in STORES, store
    return request.getfixturevalue("postgres").create_database() if store == "postgresql" else ""


def connect_to_store(data_dir: Path, url: str) -> Connection:
    """A connection (in autocommit) to the database of the store in `data_dir` or at `url`."""
    return engine(data_dir, url).connect()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    """A real PostgreSQL, started once for the tests that ask for it."""
    with running_cluster() as cluster:
        yield cluster


@pytest.fixture
def servers_on_one_database(
    tmp_path: Path, postgres: PostgresCluster
) -> Iterator[Callable[..., list[ServerProcess]]]:
    """Starts `count` servers (3 unless told) together on one new database of the
    tests' PostgreSQL and one shared data dir (`testing.fleet`, with its options);
    stops every one still running at the end."""
    started: list[ServerProcess] = []

    def start(count: int = 3, **options: Any) -> list[ServerProcess]:
        servers = fleet(count, tmp_path / "shared", postgres.create_database(), **options)
        started.extend(servers)
        return servers

    yield start
    for server in started:
        if server.process is not None and server.process.poll() is None:
            assert server.stop() == 0


@pytest.fixture(scope="session", autouse=True)
def default_store(request: pytest.FixtureRequest) -> Iterator[None]:
    """In a run on PostgreSQL, every server a test starts without naming a store
    keeps its data in a database of the tests' PostgreSQL (one per data dir)."""
    if DEFAULT_STORE == "sqlite":
        yield
        return
    cluster: PostgresCluster = request.getfixturevalue("postgres")
    sqlite = ServerProcess.default_store
    ServerProcess.default_store = cluster.database_of
    yield
    ServerProcess.default_store = sqlite


@pytest.fixture(autouse=True)
def sqlite_only(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test marked `sqlite_only` (of what only SQLite has: the data dir's lock, its
    file, its full disk) starts its servers on SQLite in every run."""
    if request.node.get_closest_marker("sqlite_only") is None:
        yield
        return
    default = ServerProcess.default_store
    ServerProcess.default_store = lambda data_dir: ""
    yield
    ServerProcess.default_store = default


@pytest.fixture(scope="session")
def clocked_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """A server whose clock tests move forward (`advance`) rather than wait: its time
    runs ahead of the real one, so tests that compare with the real one use `server`."""
    process = ServerProcess(tmp_path_factory.mktemp("clocked"), test_clock=True).start()
    yield process
    assert process.stop() == 0


@pytest.fixture(scope="session")
def clocked_channel(clocked_server: ServerProcess) -> Iterator[grpc.Channel]:
    with grpc.insecure_channel(clocked_server.address) as channel:
        yield channel


@pytest.fixture(scope="session")
def channel(server: ServerProcess) -> Iterator[grpc.Channel]:
    with grpc.insecure_channel(server.address) as channel:
        yield channel


@pytest.fixture
def galleries(channel: grpc.Channel) -> gallery_service_pb2_grpc.GalleryServiceStub:
    return gallery_service_pb2_grpc.GalleryServiceStub(channel)


@pytest.fixture
def definitions(
    channel: grpc.Channel,
) -> image_definition_service_pb2_grpc.ImageDefinitionServiceStub:
    return image_definition_service_pb2_grpc.ImageDefinitionServiceStub(channel)


@pytest.fixture
def regions(channel: grpc.Channel) -> region_service_pb2_grpc.RegionServiceStub:
    return region_service_pb2_grpc.RegionServiceStub(channel)


@pytest.fixture
def resource_group() -> str:
    """A resource group in a subscription of its own, so tests never see each other."""
    return f"/subscriptions/{uuid.uuid4()}/resourceGroups/rg-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def gallery(galleries, resource_group: str) -> gallery_pb.Gallery:
    return galleries.CreateGallery(
        gallery_pb.CreateGalleryRequest(
            parent=resource_group,
            gallery_id="gallery1",
            gallery=gallery_pb.Gallery(location="eastus"),
        )
    )


def new_definition(**fields: object) -> definition_pb.ImageDefinition:
    """A valid Linux image definition, with `fields` changed."""
    values: dict[str, object] = {
        "os_type": 2,  # OS_TYPE_LINUX
        "os_state": 1,  # OS_STATE_GENERALIZED
        "identifier": definition_pb.ImageIdentifier(
            publisher="Contoso", offer="Ubuntu", sku="22_04"
        ),
    }
    values.update(fields)
    return definition_pb.ImageDefinition(**values)


class RpcFailure:
    """The parts of a failed call that tests assert on."""

    def __init__(self, error: grpc.RpcError) -> None:
        self.code = error.code()
        self.message = error.details()
        status = rpc_status.from_call(error)
        assert status is not None, f"{self.code}: {self.message} carries no google.rpc.Status"
        self.info = error_details_pb2.ErrorInfo()
        self.bad_request = error_details_pb2.BadRequest()
        self.quota_failure = error_details_pb2.QuotaFailure()
        found = set()
        for detail in status.details:
            for message in (self.info, self.bad_request, self.quota_failure):
                if detail.Is(message.DESCRIPTOR):
                    detail.Unpack(message)
                    found.add(message.DESCRIPTOR.name)
        assert "ErrorInfo" in found, f"{self.code}: {self.message} carries no ErrorInfo"
        assert self.info.domain == "imagegallery.v1"

    @property
    def reason(self) -> str:
        return self.info.reason

    @property
    def fields(self) -> dict[str, str]:
        """Each violated field with its reason."""
        return {v.field: v.reason for v in self.bad_request.field_violations}


def failure(call, request, code: grpc.StatusCode) -> RpcFailure:
    """Makes the call, which must fail with `code`, and returns what it said."""
    with pytest.raises(grpc.RpcError) as raised:
        call(request)
    result = RpcFailure(raised.value)
    assert result.code == code, f"expected {code}, got {result.code}: {result.message}"
    return result


def invalid(call, request, fields: dict[str, str]) -> RpcFailure:
    """The call must be refused as INVALID_ARGUMENT naming exactly `fields`
    (each field path with its reason, e.g. {"gallery_id": "INVALID_NAME"})."""
    result = failure(call, request, grpc.StatusCode.INVALID_ARGUMENT)
    expected = sorted((path, f"ERROR_REASON_{reason}") for path, reason in fields.items())
    found = sorted((v.field, v.reason) for v in result.bad_request.field_violations)
    assert found == expected, result.message
    assert result.reason == result.bad_request.field_violations[0].reason
    return result


def expire_changes(server: ServerProcess, retention_seconds: float) -> None:
    """Moves the clock of `server` (a test-clock one) past the retention of changes
    until it has dropped every change made so far (but the newest of each kind)."""
    compactions = server.count_events("changes.compacted")
    server.advance_until(
        retention_seconds + 1,
        lambda: server.count_events("changes.compacted") > compactions,
        what="a compaction",
    )


@pytest.fixture
def data_dir(server: ServerProcess) -> Path:
    return server.data_dir
