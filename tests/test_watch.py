"""WatchReplicationStatus: ordered, resumable, the whole status in every message."""

import contextlib
from pathlib import Path

import grpc
import pytest
from conftest import definition_pb, expire_changes, failure, invalid
from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery.v1 import region_service_pb2 as region_pb
from imagegallery.v1 import replication_service_pb2 as pb
from imagegallery_server.testing import ServerProcess
from versioning import Catalog, disk_bytes

REGIONS = ["eastus", "westus", "northeurope"]
COMPLETED = version_pb.AGGREGATED_REPLICATION_STATE_COMPLETED


@pytest.fixture(scope="module")
def slow_server(tmp_path_factory):
    """Copies to westus and northeurope take seconds; quiet streams checkpoint often."""
    env = {
        "IMAGEGALLERY_REGION_THROTTLES": "westus=1048576,northeurope=1048576",
        "IMAGEGALLERY_WATCH_CHECKPOINT_SECONDS": "0.3",
        "IMAGEGALLERY_WATCH_SLOW_READER_SECONDS": "1",
    }
    server = ServerProcess(tmp_path_factory.mktemp("watch"), env=env, test_clock=True).start()
    yield server
    assert server.stop() == 0


@pytest.fixture
def catalog(slow_server, resource_group):
    with grpc.insecure_channel(slow_server.address) as channel:
        yield Catalog(channel, resource_group)


def watch(catalog, scope: str = "", cursor: str = "", initial: bool = False):
    """A stream that ends, whatever happens, after 30 s."""
    request = pb.WatchReplicationStatusRequest(
        scope=scope, start_cursor=cursor, send_initial_state=initial
    )
    return catalog.replication.WatchReplicationStatus(request, timeout=30)


def first_checkpoint(catalog, scope: str) -> str:
    stream = watch(catalog, scope)
    message = next(m for m in stream if m.HasField("checkpoint"))
    stream.cancel()
    return message.cursor


def until_completed(stream, name: str, limit: int | None = None) -> list:
    """Change messages until `name` is Completed (or `limit` of them)."""
    seen = []
    for message in stream:
        if not message.HasField("change"):
            continue
        seen.append(message)
        done = (
            message.change.image_version == name
            and message.change.status.aggregated_state == COMPLETED
        )
        if done or len(seen) == limit:
            break
    stream.cancel()
    return seen


def test_a_replication_is_watched_to_completed_and_a_resume_loses_and_repeats_nothing(catalog):
    definition = catalog.definition()
    source = catalog.source(disk_bytes(2))
    start = first_checkpoint(catalog, definition.name)
    operation = catalog.create_version(definition, "1.0.0", source.name, *REGIONS)
    name = f"{definition.name}/versions/1.0.0"

    whole = until_completed(watch(catalog, definition.name, start), name)
    first_two = until_completed(watch(catalog, definition.name, start), name, limit=2)
    rest = until_completed(watch(catalog, definition.name, first_two[-1].cursor), name)
    catalog.wait(operation)

    cursors = [m.cursor for m in whole]
    assert [m.cursor for m in first_two + rest] == cursors
    assert [int(c) for c in cursors] == sorted({int(c) for c in cursors})
    assert whole[-1].change.status.aggregated_state == COMPLETED
    for region in REGIONS:
        progress = [
            s.progress for m in whole for s in m.change.status.summary if s.region == region
        ]
        assert progress == sorted(progress), f"{region} went backwards: {progress}"
        assert progress[-1] == 100
    assert len([m for m in whole if m.change.status.summary]) > len(REGIONS) * 2


def test_one_stream_over_a_gallery_sees_every_version(catalog):
    definition = catalog.definition()
    gallery = definition.name.rsplit("/images/", 1)[0]
    source = catalog.source(disk_bytes(0, zero_mib=1) + b"z")
    start = first_checkpoint(catalog, gallery)
    for version_id in ("1.0.0", "2.0.0"):
        catalog.wait(catalog.create_version(definition, version_id, source.name, "eastus"))

    seen = until_completed(watch(catalog, gallery, start), f"{definition.name}/versions/2.0.0")

    assert {m.change.image_version.rsplit("/", 1)[1] for m in seen} == {"1.0.0", "2.0.0"}


def test_the_initial_state_comes_first_then_a_checkpoint(catalog):
    definition = catalog.definition()
    source = catalog.source(disk_bytes(0, zero_mib=1) + b"i")
    catalog.wait(catalog.create_version(definition, "1.0.0", source.name, "eastus"))

    stream = watch(catalog, definition.name, initial=True)
    first, second = next(stream), next(stream)
    stream.cancel()

    assert first.change.image_version == f"{definition.name}/versions/1.0.0"
    assert first.change.status.aggregated_state == COMPLETED
    assert second.checkpoint.initial_state_done
    assert second.cursor == first.cursor


def test_a_deleted_version_is_announced(catalog):
    definition = catalog.definition()
    source = catalog.source(disk_bytes(0, zero_mib=1) + b"d")
    name = f"{definition.name}/versions/1.0.0"
    catalog.wait(catalog.create_version(definition, "1.0.0", source.name, "eastus"))
    start = catalog.replication.GetReplicationStatus(
        pb.GetReplicationStatusRequest(name=name)
    ).cursor

    catalog.wait(
        catalog.versions.DeleteImageVersion(version_pb.DeleteImageVersionRequest(name=name))
    )
    stream = watch(catalog, name, start)
    deleted = next(m for m in stream if m.HasField("change") and m.change.deleted)
    stream.cancel()

    assert deleted.change.image_version == name


def rss_bytes(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    (line,) = [line for line in status.splitlines() if line.startswith("VmRSS:")]
    return int(line.split()[1]) * 1024


def test_a_reader_that_never_reads_is_cut_off_with_its_cursor(catalog, slow_server):
    rss_before = rss_bytes(slow_server.process.pid)
    definition = catalog.definition()
    source = catalog.source(disk_bytes(0, zero_mib=1) + b"s")
    start = first_checkpoint(catalog, "")
    cut_before = slow_server.count_events("watch.slow_readers_cut")
    # A client that keeps its flow-control window small, as a stuck reader's would be.
    options = [("grpc.http2.bdp_probe", 0)]
    channel = grpc.insecure_channel(slow_server.address, options=options)
    stream = Catalog(channel, catalog.resource_group).replication.WatchReplicationStatus(
        pb.WatchReplicationStatusRequest(start_cursor=start), timeout=60
    )
    # A status over every region makes messages big enough to fill the stream's window.
    everywhere = [
        r.name
        for r in catalog.regions.ListRegions(region_pb.ListRegionsRequest()).regions
        if not r.requires_allow_listing
    ]
    catalog.wait(catalog.create_version(definition, "1.0.0", source.name, *everywhere), seconds=120)
    slow_server.advance_until(
        1, lambda: slow_server.count_events("watch.slow_readers_cut") > cut_before, what="a cut"
    )

    with pytest.raises(grpc.RpcError) as cut:
        for _ in stream:
            pass

    channel.close()
    assert cut.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert "WATCH_TOO_SLOW" in str(cut.value.trailing_metadata())
    # The server held no more than its flow-control window for the stuck stream.
    assert rss_bytes(slow_server.process.pid) - rss_before < 64 * 2**20


@contextlib.contextmanager
def own_server(tmp_path, resource_group, env: dict[str, str]):
    """A catalog on a server of its own (with a test clock), started with `env`, and
    the server."""
    server = ServerProcess(tmp_path, env=env, test_clock=True).start()
    try:
        with grpc.insecure_channel(server.address) as channel:
            yield Catalog(channel, resource_group), server
    finally:
        assert server.stop() == 0


def test_a_cursor_older_than_retention_expires_with_the_oldest_served(tmp_path, resource_group):
    env = {"IMAGEGALLERY_CHANGES_RETENTION_SECONDS": "60"}
    with own_server(tmp_path, resource_group, env) as (catalog, server):
        definition = catalog.definition()
        source = catalog.source(disk_bytes(0, zero_mib=1) + b"e")
        catalog.wait(catalog.create_version(definition, "1.0.0", source.name, "eastus"))
        expire_changes(server, 60)
        catalog.wait(catalog.create_version(definition, "2.0.0", source.name, "eastus"))
        expire_changes(server, 60)

        refused = failure(
            lambda request: next(iter(catalog.replication.WatchReplicationStatus(request))),
            pb.WatchReplicationStatusRequest(start_cursor="1"),
            grpc.StatusCode.OUT_OF_RANGE,
        )

        assert refused.reason == "ERROR_REASON_WATCH_CURSOR_EXPIRED"
        assert int(refused.info.metadata["oldestCursor"]) > 1


def test_a_stream_left_more_changes_behind_than_its_queue_holds_ends_with_its_cursor(
    tmp_path, resource_group
):
    with own_server(tmp_path, resource_group, {"IMAGEGALLERY_WATCH_QUEUE_LENGTH": "1"}) as (
        catalog,
        _,
    ):
        definition = catalog.definition()
        source = catalog.source(disk_bytes(0, zero_mib=1) + b"q")
        catalog.wait(catalog.create_version(definition, "1.0.0", source.name, "eastus"))
        start = catalog.replication.GetReplicationStatus(
            pb.GetReplicationStatusRequest(name=f"{definition.name}/versions/1.0.0")
        ).cursor
        catalog.wait(catalog.create_version(definition, "2.0.0", source.name, "eastus"))
        stream = watch(catalog, definition.name, start)
        first = next(stream)  # read from the store: the stream is live from here on
        # One commit announces both versions deleted: two changes for a queue of one.
        catalog.definitions.DeleteImageDefinition(
            definition_pb.DeleteImageDefinitionRequest(name=definition.name, force=True)
        )
        cut = failure(lambda _: list(stream), None, grpc.StatusCode.RESOURCE_EXHAUSTED)

        assert cut.reason == "ERROR_REASON_WATCH_TOO_SLOW" and "behind" in cut.message
        assert int(cut.info.metadata["cursor"]) >= int(first.cursor)
        resumed = watch(catalog, definition.name, cut.info.metadata["cursor"])
        deleted = set()
        for message in resumed:
            if message.HasField("change") and message.change.deleted:
                deleted.add(message.change.image_version.rsplit("/", 1)[1])
            if deleted == {"1.0.0", "2.0.0"}:
                break
        resumed.cancel()


@pytest.mark.parametrize(
    ("request_fields", "field", "reason"),
    [
        ({"scope": "/nowhere/x"}, "scope", "INVALID_RESOURCE_NAME"),
        ({"start_cursor": "abc"}, "start_cursor", "FIELD_INVALID"),
        ({"start_cursor": "999999999"}, "start_cursor", "FIELD_INVALID"),
    ],
)
def test_bad_watch_requests_are_refused(catalog, request_fields, field, reason):
    invalid(
        lambda request: next(iter(catalog.replication.WatchReplicationStatus(request))),
        pb.WatchReplicationStatusRequest(**request_fields),
        {field: reason},
    )
