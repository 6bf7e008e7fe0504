"""ReadImageVersionDisk: a version's disks read back from a completed replica in a
region, exact to the byte, sparse, spread over the region's replicas, and refused
precisely where they cannot be served."""

import hashlib
import itertools
import os
import uuid
from collections import Counter
from pathlib import Path

import grpc
import pytest
from conftest import failure, invalid
from imagegallery.v1 import image_source_service_pb2 as source_pb
from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery.v1 import maintenance_service_pb2 as maintenance_pb
from imagegallery.v1 import maintenance_service_pb2_grpc as maintenance_grpc
from imagegallery.v1 import replication_service_pb2 as pb
from imagegallery_server.testing import ServerProcess, wait_for
from versioning import Catalog, MiB, disk_bytes, replica_files

Code = grpc.StatusCode
SNAPSHOT = source_pb.IMAGE_SOURCE_KIND_SNAPSHOT
REGIONS = ["eastus", "westus", "northeurope"]
SLOW = "japaneast"  # copies there crawl, so its replication stays incomplete
LUN = 3
COMPLETED = version_pb.REPLICATION_STATE_COMPLETED


@pytest.fixture(scope="module")
def download_server(tmp_path_factory):
    # Enough workers that the crawling copies never hold up the others.
    env = {
        "IMAGEGALLERY_REGION_THROTTLES": f"{SLOW}=16384",
        "IMAGEGALLERY_REPLICATION_WORKERS": "8",
    }
    process = ServerProcess(tmp_path_factory.mktemp("download"), env=env).start()
    yield process
    assert process.stop() == 0


@pytest.fixture(scope="module")
def catalog(download_server):
    with grpc.insecure_channel(download_server.address) as channel:
        resource_group = f"/subscriptions/{uuid.uuid4()}/resourceGroups/downloads"
        yield Catalog(channel, resource_group)


@pytest.fixture(scope="module")
def definition(catalog):
    return catalog.definition()


@pytest.fixture(scope="module")
def disks() -> dict[str, bytes]:
    """An OS disk of 1 MiB of data then 3 MiB of zeros, and a data disk with a hole
    between two pieces of data."""
    return {
        "os": disk_bytes(1, zero_mib=3),
        f"lun-{LUN}": os.urandom(MiB // 2) + bytes(2 * MiB) + os.urandom(MiB // 2),
    }


def snapshot(catalog: Catalog, source_id: str, data: bytes, os_disk: bool) -> str:
    fields = {} if os_disk else {"os_type": 0, "os_state": 0}
    return catalog.source(data, source_id, "eastus", SNAPSHOT, **fields).name


def create(catalog: Catalog, definition, version_id: str, disks: dict[str, bytes], *regions):
    profile = version_pb.StorageProfile()
    profile.os_disk_image.source = snapshot(catalog, f"os-{version_id}", disks["os"], True)
    for disk, data in disks.items():
        if disk != "os":
            lun = int(disk.removeprefix("lun-"))
            source = snapshot(catalog, f"{disk}-{version_id}", data, False)
            profile.data_disk_images.append(version_pb.DiskImage(source=source, lun=lun))
    return catalog.versions.CreateImageVersion(
        version_pb.CreateImageVersionRequest(
            parent=definition.name,
            image_version_id=version_id,
            image_version=version_pb.ImageVersion(
                storage_profile=profile,
                publishing_profile=version_pb.PublishingProfile(
                    target_regions=[version_pb.TargetRegion(name=r) for r in regions],
                    replica_count=2,
                ),
            ),
        )
    )


@pytest.fixture(scope="module")
def version(catalog, definition, disks) -> str:
    """1.0.0: both disks, in three regions, two replicas each, all complete."""
    done = catalog.wait(create(catalog, definition, "1.0.0", disks, *REGIONS))
    assert not done.HasField("error"), done.error
    return f"{definition.name}/versions/1.0.0"


def read(catalog: Catalog, name: str, region: str, disk: str = ""):
    """The header, the disk reassembled as a client would, and the chunks' (offset, size)."""
    request = pb.ReadImageVersionDiskRequest(name=name, region=region, disk=disk)
    stream = catalog.replication.ReadImageVersionDisk(request, timeout=20)
    first = next(stream)
    assert first.HasField("header")
    header = first.header
    content = bytearray(header.size_bytes)  # a file of the given size: zeros until written
    chunks = []
    for message in stream:
        assert message.HasField("chunk")
        chunk = message.chunk
        assert 0 < len(chunk.data) <= MiB
        content[chunk.offset : chunk.offset + len(chunk.data)] = chunk.data
        chunks.append((chunk.offset, len(chunk.data)))
    assert len(content) == header.size_bytes
    return header, bytes(content), chunks


def refused(catalog: Catalog, code: Code, name: str, region: str, disk: str = ""):
    request = pb.ReadImageVersionDiskRequest(name=name, region=region, disk=disk)
    return failure(lambda r: list(catalog.replication.ReadImageVersionDisk(r)), request, code)


def test_every_region_serves_the_exact_bytes_sparsely(catalog, version, disks):
    data = disks["os"]
    for region in [*REGIONS, "East US", "NORTH EUROPE"]:
        header, content, chunks = read(catalog, version, region)
        assert hashlib.sha256(content).hexdigest() == hashlib.sha256(data).hexdigest()
        assert header.sha256 == hashlib.sha256(data).hexdigest()
        assert header.size_bytes == len(data) == 4 * MiB
        assert header.image_version == version and header.disk == "os"
        assert header.region == region.replace(" ", "").lower()
        assert header.replica in (0, 1)
        offsets = [offset for offset, _ in chunks]
        assert offsets == sorted(offsets)
        assert all(a + n <= b for (a, n), (b, _) in itertools.pairwise(chunks))
        # The 3 MiB of zeros are never sent.
        assert sum(size for _, size in chunks) <= 2 * MiB


def test_successive_reads_take_the_regions_replicas_in_turn(catalog, version):
    for region in REGIONS:
        served = Counter()
        for _ in range(6):
            header, _, _ = read(catalog, version, region)
            served[(header.replica, header.zone)] += 1
        assert {replica for replica, _ in served} == {0, 1}, served
        mean = 6 / len(served)
        assert all(abs(count - mean) <= 1 for count in served.values()), served


def test_a_data_disk_is_read_by_its_lun(catalog, version, disks):
    data = disks[f"lun-{LUN}"]
    for spelling in (f"lun-{LUN}", str(LUN), f"LUN{LUN}"):
        header, content, chunks = read(catalog, version, "westus", spelling)
        assert header.disk == f"lun-{LUN}"
        assert header.sha256 == hashlib.sha256(data).hexdigest()
        assert content == data
        assert sum(size for _, size in chunks) < len(data)  # the hole in the middle stays one


def test_a_missing_version_is_not_found(catalog, definition):
    missing = refused(catalog, Code.NOT_FOUND, f"{definition.name}/versions/9.9.9", "eastus")
    assert missing.reason == "ERROR_REASON_RESOURCE_NOT_FOUND"


def test_a_region_the_version_does_not_target_is_refused(catalog, version):
    error = refused(catalog, Code.FAILED_PRECONDITION, version, "West Europe")
    assert error.reason == "ERROR_REASON_NOT_REPLICATED_TO_REGION"
    assert "not available in westeurope region" in error.message
    assert error.info.metadata["region"] == "westeurope"
    assert error.info.metadata["state"] == "NotTargeted"


def test_a_region_still_replicating_is_refused_while_a_completed_one_serves(catalog, definition):
    data = {"os": disk_bytes(1, zero_mib=1)}
    create(catalog, definition, "2.0.0", data, "eastus", SLOW)
    name = f"{definition.name}/versions/2.0.0"
    error = refused(catalog, Code.FAILED_PRECONDITION, name, "Japan East")
    assert error.reason == "ERROR_REASON_NOT_REPLICATED_TO_REGION"
    assert f"not available in {SLOW} region" in error.message
    assert error.info.metadata["state"] == "Replicating"
    assert wait_for_region(catalog, name, "eastus")
    _, content, _ = read(catalog, name, "eastus")
    assert content == data["os"]


def wait_for_region(catalog: Catalog, name: str, region: str, timeout: float = 15) -> bool:

    def completed() -> bool:
        summary = catalog.version(name).replication_status.summary
        return any(s.region == region and s.state == COMPLETED for s in summary)

    return wait_for(completed, timeout, f"a completed replica in {region}")


def test_a_disk_the_version_lacks_is_refused_on_the_disk_field(catalog, version):
    request = pb.ReadImageVersionDiskRequest(name=version, region="eastus", disk="lun-5")
    call = lambda r: list(catalog.replication.ReadImageVersionDisk(r))  # noqa: E731
    error = invalid(call, request, {"disk": "UNKNOWN_DISK"})
    assert error.info.metadata["disks"] == f"os,lun-{LUN}"
    request.disk = "swap"
    invalid(call, request, {"disk": "FIELD_INVALID"})


def test_bad_arguments_are_all_named_at_once(catalog, version):
    call = lambda r: list(catalog.replication.ReadImageVersionDisk(r))  # noqa: E731
    request = pb.ReadImageVersionDiskRequest(name=version, region="Atlantis")
    invalid(call, request, {"region": "UNKNOWN_REGION"})
    request = pb.ReadImageVersionDiskRequest(name="versions/1", region="", disk="?")
    invalid(
        call,
        request,
        {"name": "INVALID_RESOURCE_NAME", "region": "FIELD_REQUIRED", "disk": "FIELD_INVALID"},
    )


def files_holding(data_dir: Path, data: bytes) -> list[Path]:
    digest = hashlib.sha256(data).hexdigest()
    return [
        p
        for p in replica_files(data_dir)
        if p.stat().st_size == len(data) and hashlib.sha256(p.read_bytes()).hexdigest() == digest
    ]


def test_an_unreadable_replica_is_passed_over_until_none_is_left(
    catalog, definition, download_server
):
    data = {"os": disk_bytes(1, zero_mib=1)}
    done = catalog.wait(create(catalog, definition, "3.0.0", data, "eastus"))
    assert not done.HasField("error"), done.error
    name = f"{definition.name}/versions/3.0.0"
    first, second = sorted(files_holding(download_server.data_dir, data["os"]))

    first.unlink()  # one replica's file is gone
    served = {read(catalog, name, "eastus")[0].replica for _ in range(4)}
    assert len(served) == 1
    _, content, _ = read(catalog, name, "eastus")
    assert content == data["os"]

    os.truncate(second, MiB)  # and the other's is cut short
    error = refused(catalog, Code.UNAVAILABLE, name, "eastus")
    assert error.reason == "ERROR_REASON_REPLICA_UNAVAILABLE"
    assert "No replica of" in error.message and "eastus" in error.message
    assert error.info.metadata["tried"] == "2"


def set_zones_down(channel, region: str, zones: list[str]) -> None:
    maintenance = maintenance_grpc.MaintenanceServiceStub(channel)
    conditions = maintenance_pb.RegionConditions(region=region, zones_down=zones)
    maintenance.UpdateRegionConditions(
        maintenance_pb.UpdateRegionConditionsRequest(conditions=conditions)
    )


def test_replicas_in_a_zone_that_is_down_do_not_serve(catalog, version, download_server, disks):
    with grpc.insecure_channel(download_server.address) as channel:
        try:
            set_zones_down(channel, "northeurope", ["1"])
            served = {read(catalog, version, "northeurope")[0].zone for _ in range(4)}
            assert served == {"2"}  # replica 0 lives in zone 1, replica 1 in zone 2
            set_zones_down(channel, "northeurope", ["1", "2"])
            error = refused(catalog, Code.UNAVAILABLE, version, "northeurope")
            assert error.reason == "ERROR_REASON_REPLICA_UNAVAILABLE"
            assert "down" in error.message
        finally:
            set_zones_down(channel, "northeurope", [])
    _, content, _ = read(catalog, version, "northeurope")
    assert content == disks["os"]


def open_replica_files(pid: int, region: str = "westus") -> int:
    """Files the server holds open under the region (copies into it included)."""
    held = 0
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            held += f"/regions/{region}/" in os.readlink(fd)
        except FileNotFoundError:  # closed meanwhile
            continue
    return held


def test_a_read_dropped_midway_lets_go_of_its_file(catalog, version, download_server):
    pid = download_server.process.pid
    request = pb.ReadImageVersionDiskRequest(name=version, region="westus", disk=f"lun-{LUN}")
    streams = [catalog.replication.ReadImageVersionDisk(request, timeout=20) for _ in range(5)]
    for stream in streams:
        assert next(stream).HasField("header")
    assert open_replica_files(pid) >= 1
    for stream in streams:
        stream.cancel()
    wait_for(lambda: open_replica_files(pid) == 0, 5, "every replica file closed")
