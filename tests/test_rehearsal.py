"""Rehearsed failures (zones and regions down, for real) and scrubbing replicas."""

import contextlib
import hashlib
import os
from collections.abc import Iterator

import grpc
from conftest import invalid
from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery.v1 import maintenance_service_pb2 as pb
from imagegallery.v1 import maintenance_service_pb2_grpc
from imagegallery_server.testing import ServerProcess, wait_for
from versioning import Catalog, disk_bytes, replica_files, sha256

ZRS, LRS = 2, 1


def maintenance(channel) -> maintenance_service_pb2_grpc.MaintenanceServiceStub:
    return maintenance_service_pb2_grpc.MaintenanceServiceStub(channel)


def set_conditions(channel, region: str, **fields) -> pb.RegionConditions:
    conditions = pb.RegionConditions(region=region, **fields)
    request = pb.UpdateRegionConditionsRequest(conditions=conditions)
    return maintenance(channel).UpdateRegionConditions(request)


def regional(catalog, name: str) -> dict:
    return {s.region: s for s in catalog.version(name).replication_status.summary}


def test_a_zone_down_leaves_zrs_replicas_servable_and_lrs_ones_in_it_not(
    channel, resource_group, data_dir
):
    catalog = Catalog(channel, resource_group)
    definition = catalog.definition()
    source = catalog.source(disk_bytes(1))
    name = f"{definition.name}/versions/1.0.0"
    targets = [
        version_pb.TargetRegion(name="eastus", regional_replica_count=1, storage_account_type=ZRS),
        version_pb.TargetRegion(name="westus2", regional_replica_count=3, storage_account_type=LRS),
    ]
    catalog.wait(catalog.create_version(definition, "1.0.0", source.name, *targets))
    zone_folder = data_dir / "regions" / "westus2" / "2"
    assert zone_folder.is_dir()

    for region in ("eastus", "westus2"):
        applied = set_conditions(channel, region, zones_down=["2"])
        assert list(applied.zones_down) == ["2"]

    assert not zone_folder.exists(), "a downed zone's folder must be out of the server's reach"
    status = regional(catalog, name)
    assert (status["eastus"].replicas_available, list(status["eastus"].zones_down)) == (1, ["2"])
    assert (status["westus2"].replicas_available, list(status["westus2"].zones_down)) == (2, ["2"])
    assert status["westus2"].replicas_completed == 3

    for region in ("eastus", "westus2"):
        set_conditions(channel, region)
    assert zone_folder.is_dir()
    status = regional(catalog, name)
    assert status["westus2"].replicas_available == 3 and not status["westus2"].zones_down


def test_copies_to_a_region_that_is_down_wait_and_finish_when_it_is_back(
    clocked_server, clocked_channel, resource_group
):
    channel = clocked_channel
    catalog = Catalog(channel, resource_group)
    definition = catalog.definition()
    source = catalog.source(disk_bytes(1))
    name = f"{definition.name}/versions/1.0.0"
    set_conditions(channel, "westus", down=True)
    try:
        operation = catalog.create_version(definition, "1.0.0", source.name, "eastus", "westus")

        wait_for(lambda: "down" in regional(catalog, name)["westus"].details)
        # More tries than a failing copy gets (5): waiting for a region uses up none.
        waits = clocked_server.count_events("replication.waiting") + 6
        clocked_server.advance_until(
            60, lambda: clocked_server.count_events("replication.waiting") >= waits
        )
        status = regional(catalog, name)
        assert status["eastus"].state == version_pb.REPLICATION_STATE_COMPLETED
        assert status["westus"].state == version_pb.REPLICATION_STATE_REPLICATING
        assert not catalog.operations.GetOperation(operation_request(operation)).done
    finally:
        set_conditions(channel, "westus")

    done = catalog.wait(operation)
    assert not done.HasField("error")
    assert regional(catalog, name)["westus"].state == version_pb.REPLICATION_STATE_COMPLETED


def published_in(catalog: Catalog, region: str) -> str:
    """A version of a 1 MiB disk with two replicas in `region`, its source's region."""
    definition = catalog.definition(location=region)
    source = catalog.source(disk_bytes(1), location=region)
    two = version_pb.TargetRegion(name=region, regional_replica_count=2)
    done = catalog.wait(catalog.create_version(definition, "1.0.0", source.name, two))
    assert not done.HasField("error"), done.error
    return f"{definition.name}/versions/1.0.0"


def test_a_region_down_moves_every_zone_folder_out_of_reach(channel, resource_group, data_dir):
    catalog = Catalog(channel, resource_group)
    name = published_in(catalog, "westus3")
    root = data_dir / "regions" / "westus3"
    zones = sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    assert zones == ["1", "2"]  # one replica in each

    set_conditions(channel, "westus3", down=True)
    try:
        assert not any((root / zone).exists() for zone in zones), "the region must be unreadable"
        assert regional(catalog, name)["westus3"].replicas_available == 0
    finally:
        set_conditions(channel, "westus3")

    assert all((root / zone).is_dir() for zone in zones)
    assert regional(catalog, name)["westus3"].replicas_available == 2


def operation_request(operation):
    from google.longrunning import operations_pb2

    return operations_pb2.GetOperationRequest(name=operation.name)


def test_a_flipped_byte_is_found_by_the_scrub_and_repaired(channel, resource_group, data_dir):
    catalog = Catalog(channel, resource_group)
    definition = catalog.definition()
    data = disk_bytes(1)
    digest = hashlib.sha256(data).hexdigest()
    catalog.wait(catalog.create_version(definition, "1.0.0", catalog.source(data).name, "eastus"))
    name = f"{definition.name}/versions/1.0.0"
    (replica,) = [p for p in replica_files(data_dir) if sha256(p) == digest]
    os.chmod(replica, 0o644)
    with replica.open("r+b") as disk:
        disk.seek(1000)
        flipped = bytes([disk.read(1)[0] ^ 0xFF])
        disk.seek(1000)
        disk.write(flipped)

    report = maintenance(channel).ScrubReplicas(pb.ScrubReplicasRequest(scope=definition.name))

    assert report.replicas_checked == 1
    assert len(report.damaged) == 1 and "os" in report.damaged[0]
    wait_for(lambda: replica.exists() and sha256(replica) == digest)
    wait_for(
        lambda: regional(catalog, name)["eastus"].state == version_pb.REPLICATION_STATE_COMPLETED
    )
    clean = maintenance(channel).ScrubReplicas(pb.ScrubReplicasRequest(scope=name))
    assert (clean.replicas_checked, list(clean.damaged)) == (1, [])


def test_zones_down_by_configuration_come_back_after_a_restart_without_it(tmp_path, resource_group):
    folder = tmp_path / "regions" / "eastus" / "2"
    folder.mkdir(parents=True)
    (folder / "marker").write_text("replica bytes")
    down = ServerProcess(tmp_path, env={"IMAGEGALLERY_ZONES_DOWN": "eastus=2"}).start()
    with grpc.insecure_channel(down.address) as channel:
        conditions = maintenance(channel).GetRegionConditions(
            pb.GetRegionConditionsRequest(region="East US")
        )
    assert not folder.exists()
    assert down.stop() == 0

    up = ServerProcess(tmp_path).start()
    assert up.stop() == 0
    assert (folder / "marker").read_text() == "replica bytes"
    assert list(conditions.zones_down) == ["2"]


def test_an_outage_configured_at_start_is_the_same_as_one_set_at_run_time(tmp_path, resource_group):
    with running(ServerProcess(tmp_path)) as channel:
        name = published_in(Catalog(channel, resource_group), "centralus")

    down = ServerProcess(tmp_path, env={"IMAGEGALLERY_ZONES_DOWN": "centralus=1"})
    with running(down) as channel:
        status = regional(Catalog(channel, resource_group), name)["centralus"]
        assert (status.replicas_available, list(status.zones_down)) == (1, ["1"])
        scrubbed = maintenance(channel).ScrubReplicas(pb.ScrubReplicasRequest(scope=name))
        assert (scrubbed.replicas_checked, list(scrubbed.damaged)) == (1, [])

    with running(ServerProcess(tmp_path)) as channel:
        status = regional(Catalog(channel, resource_group), name)["centralus"]
        assert (status.replicas_available, list(status.zones_down)) == (2, [])


@contextlib.contextmanager
def running(server: ServerProcess) -> Iterator[grpc.Channel]:
    """A channel to the server, stopped (cleanly) however the block ends."""
    server.start()
    try:
        with grpc.insecure_channel(server.address) as channel:
            yield channel
    finally:
        assert server.stop() == 0


def test_bad_conditions_are_refused(channel):
    stub = maintenance(channel)
    request = pb.UpdateRegionConditionsRequest(
        conditions=pb.RegionConditions(
            region="westus", zones_down=["1"], throttle_bytes_per_second=-1
        )
    )

    invalid(
        stub.UpdateRegionConditions,
        request,
        {
            "conditions.throttle_bytes_per_second": "FIELD_INVALID",
            "conditions.zones_down[0]": "FIELD_INVALID",
        },
    )
