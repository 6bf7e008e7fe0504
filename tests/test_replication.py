"""Image versions replicated as real, verified, independent copies; surviving a crash."""

import hashlib
import signal
import time

import grpc
from conftest import definition_pb, failure
from google.protobuf.field_mask_pb2 import FieldMask
from google.rpc import error_details_pb2
from imagegallery.v1 import image_source_service_pb2 as source_pb
from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery.v1 import operation_metadata_pb2
from imagegallery_server.testing import ServerProcess, wait_for
from versioning import QUICK_RETRIES, Catalog, disk_bytes, replica_files, sha256

ZRS = version_pb.TargetRegion(name="West US 2", storage_account_type=2)  # Standard_ZRS


def test_a_version_is_copied_to_every_zone_of_every_target_region(
    channel, resource_group, data_dir
):
    catalog = Catalog(channel, resource_group)
    definition = catalog.definition()
    data = disk_bytes(2, zero_mib=6)
    source = catalog.source(data, upload=catalog.interrupted_upload(data, cut=2**20))

    operation = catalog.create_version(
        definition, "1.0.0", source.name, "East US", ZRS, "westus", replica_count=2
    )
    done = catalog.wait(operation)

    assert not done.HasField("error"), done.error
    version = catalog.version(f"{definition.name}/versions/1.0.0")
    assert version.provisioning_state == 4  # SUCCEEDED
    status = version.replication_status
    assert status.aggregated_state == version_pb.AGGREGATED_REPLICATION_STATE_COMPLETED
    assert [(s.region, s.state, s.progress, s.replicas_completed) for s in status.summary] == [
        ("eastus", version_pb.REPLICATION_STATE_COMPLETED, 100, 2),
        ("westus2", version_pb.REPLICATION_STATE_COMPLETED, 100, 2),
        ("westus", version_pb.REPLICATION_STATE_COMPLETED, 100, 2),
    ]
    mine = [p for p in replica_files(data_dir) if sha256(p) == hashlib.sha256(data).hexdigest()]
    by_region = {
        region: [p for p in mine if f"/regions/{region}/" in str(p)]
        for region in ("eastus", "westus2", "westus")
    }
    assert {region: len(files) for region, files in by_region.items()} == {
        "eastus": 2,
        "westus2": 6,
        "westus": 2,
    }
    assert {p.parent.parent.parent.name for p in by_region["westus2"]} == {"1", "2", "3"}
    assert len({p.stat().st_ino for p in mine}) == len(mine)
    assert all(p.stat().st_blocks * 512 < 3 * 2**20 for p in mine)  # the zeros stay holes


def partial_files(data_dir, region: str) -> list:
    return list((data_dir / "regions" / region).rglob("*.partial"))


def test_a_server_killed_mid_copy_resumes_and_never_counts_a_half_written_replica(
    tmp_path, resource_group
):
    slow = ServerProcess(tmp_path, env={"IMAGEGALLERY_REGION_THROTTLES": "westus=1048576"}).start()
    data = disk_bytes(4)
    with grpc.insecure_channel(slow.address) as channel:
        catalog = Catalog(channel, resource_group)
        definition = catalog.definition()
        source = catalog.source(data)
        operation = catalog.create_version(definition, "1.0.0", source.name, "eastus", "westus")
        half_written = wait_for(
            lambda: partial_files(tmp_path, "westus"), 20, "a replica being written in westus"
        )
        status = catalog.version(f"{definition.name}/versions/1.0.0").replication_status
        westus = next(s for s in status.summary if s.region == "westus")
        assert westus.state == version_pb.REPLICATION_STATE_REPLICATING

    slow.process.send_signal(signal.SIGKILL)
    slow.process.wait(10)
    assert any(p.exists() for p in half_written)

    restarted = ServerProcess(tmp_path).start()
    with grpc.insecure_channel(restarted.address) as channel:
        catalog = Catalog(channel, resource_group)
        done = catalog.wait(operation)
        version = catalog.version(f"{definition.name}/versions/1.0.0")
    assert restarted.stop() == 0
    assert not done.HasField("error"), done.error
    assert (
        version.replication_status.aggregated_state
        == version_pb.AGGREGATED_REPLICATION_STATE_COMPLETED
    )
    digest = hashlib.sha256(data).hexdigest()
    assert [sha256(p) for p in replica_files(tmp_path)] == [digest, digest]
    assert partial_files(tmp_path, "westus") == []


def test_a_copy_damaged_in_transit_is_refused_and_only_it_is_copied_again(tmp_path, resource_group):
    env = {
        "IMAGEGALLERY_DAMAGED_COPIES": "westus=1",
        "IMAGEGALLERY_REPLICATION_RETRY_SECONDS": "0.1",
    }
    server = ServerProcess(tmp_path, env=env).start()
    data = disk_bytes(2, zero_mib=2)
    try:
        with grpc.insecure_channel(server.address) as channel:
            catalog = Catalog(channel, resource_group)
            definition = catalog.definition()
            source = catalog.source(data)
            operation = catalog.create_version(
                definition, "1.0.0", source.name, "eastus", "westus", replica_count=2
            )
            done = catalog.wait(operation)
            version = catalog.version(f"{definition.name}/versions/1.0.0")
    finally:
        assert server.stop() == 0

    assert not done.HasField("error"), done.error
    assert [
        (s.region, s.state, s.replicas_completed) for s in version.replication_status.summary
    ] == [
        ("eastus", version_pb.REPLICATION_STATE_COMPLETED, 2),
        ("westus", version_pb.REPLICATION_STATE_COMPLETED, 2),
    ]
    digest = hashlib.sha256(data).hexdigest()
    assert [sha256(p) for p in replica_files(tmp_path)] == [digest] * 4
    events = server.log_events()
    refused = [e for e in events if e.get("event") == "replication.retrying"]
    assert [(e["region"], e["error"].split(":")[0]) for e in refused] == [
        ("westus", "CopyCorrupted")
    ]
    completed = [e["region"] for e in events if e.get("event") == "replication.replica_completed"]
    assert sorted(completed) == ["eastus", "eastus", "westus", "westus"]


def update_regions(catalog, name: str, *targets, allow_removal: bool = False):
    version = version_pb.ImageVersion(
        name=name,
        publishing_profile=version_pb.PublishingProfile(
            target_regions=[version_pb.TargetRegion(name=t) for t in targets]
        ),
        safety_profile=version_pb.SafetyProfile(
            allow_deletion_of_replicated_locations=allow_removal
        ),
    )
    paths = ["publishing_profile.target_regions", "safety_profile"]
    return catalog.versions.UpdateImageVersion(
        version_pb.UpdateImageVersionRequest(
            image_version=version, update_mask=FieldMask(paths=paths)
        )
    )


def test_regions_added_are_replicated_and_regions_removed_are_deleted(
    channel, resource_group, data_dir
):
    catalog = Catalog(channel, resource_group)
    definition = catalog.definition()
    data = disk_bytes(1)
    digest = hashlib.sha256(data).hexdigest()
    catalog.wait(
        catalog.create_version(definition, "1.0.0", catalog.source(data).name, "eastus", "westus")
    )
    name = f"{definition.name}/versions/1.0.0"

    catalog.wait(update_regions(catalog, name, "eastus", "westus", "northeurope"))
    regions = {s.region: s.state for s in catalog.version(name).replication_status.summary}
    assert regions == dict.fromkeys(
        ["eastus", "westus", "northeurope"], version_pb.REPLICATION_STATE_COMPLETED
    )
    westus = [
        p for p in replica_files(data_dir) if "/regions/westus/" in str(p) and sha256(p) == digest
    ]
    assert len(westus) == 1

    refused = failure(
        catalog.versions.UpdateImageVersion,
        update_regions_request(name, "eastus", "northeurope"),
        grpc.StatusCode.FAILED_PRECONDITION,
    )
    assert refused.reason == "ERROR_REASON_REGION_REMOVAL_NOT_ALLOWED"
    assert westus[0].exists()

    done = catalog.wait(update_regions(catalog, name, "eastus", "northeurope", allow_removal=True))
    assert not done.HasField("error")
    assert not westus[0].exists()
    assert [s.region for s in catalog.version(name).replication_status.summary] == [
        "eastus",
        "northeurope",
    ]


def update_regions_request(name: str, *targets):
    version = version_pb.ImageVersion(
        name=name,
        publishing_profile=version_pb.PublishingProfile(
            target_regions=[version_pb.TargetRegion(name=t) for t in targets]
        ),
    )
    return version_pb.UpdateImageVersionRequest(
        image_version=version, update_mask=FieldMask(paths=["publishing_profile.target_regions"])
    )


def status_of(operation) -> str:
    metadata = operation_metadata_pb2.OperationMetadata()
    assert operation.metadata.Unpack(metadata)
    return metadata.status_message


def test_a_region_that_keeps_failing_fails_the_operation_until_retried(tmp_path, resource_group):
    blocked = tmp_path / "westus-disk"
    blocked.write_text("a file where the region's folder should be")
    env = {"IMAGEGALLERY_REGION_ROOTS": f"westus={blocked}", **QUICK_RETRIES}
    server = ServerProcess(tmp_path / "data", env=env).start()
    try:
        with grpc.insecure_channel(server.address) as channel:
            catalog = Catalog(channel, resource_group)
            definition = catalog.definition()
            source = catalog.source(disk_bytes(1))
            name = f"{definition.name}/versions/1.0.0"

            failed = catalog.wait(
                catalog.create_version(definition, "1.0.0", source.name, "eastus", "westus")
            )

            assert failed.error.code == grpc.StatusCode.UNAVAILABLE.value[0]
            assert "westus" in failed.error.message
            (detail,) = failed.error.details
            info = error_details_pb2.ErrorInfo()
            assert detail.Unpack(info) and info.domain == "imagegallery.v1"
            assert info.reason == "ERROR_REASON_REPLICATION_FAILED", info
            assert status_of(failed).startswith("Failed: ") and "westus" in status_of(failed)
            version = catalog.version(name)
            assert version.provisioning_state == 3  # FAILED
            states = {s.region: (s.state, s.details) for s in version.replication_status.summary}
            assert states["eastus"][0] == version_pb.REPLICATION_STATE_COMPLETED
            assert states["westus"][0] == version_pb.REPLICATION_STATE_FAILED
            assert "NotADirectoryError" in states["westus"][1]
            request = version_pb.GetLatestImageVersionRequest(
                parent=definition.name, region="eastus"
            )
            assert catalog.versions.GetLatestImageVersion(request).name == name

            blocked.unlink()
            retried = catalog.wait(
                catalog.versions.RetryImageVersionReplication(
                    version_pb.RetryImageVersionReplicationRequest(name=name)
                )
            )

            assert not retried.HasField("error"), retried.error
            assert status_of(retried) == "Succeeded"
            assert catalog.version(name).replication_status.aggregated_state == (
                version_pb.AGGREGATED_REPLICATION_STATE_COMPLETED
            )
            assert len(list(blocked.rglob("os"))) == 1
    finally:
        assert server.stop() == 0


def test_bytes_no_source_or_version_holds_are_freed(tmp_path, resource_group):
    ttl = 3600
    env = {"IMAGEGALLERY_UPLOAD_TTL_SECONDS": str(ttl)}
    server = ServerProcess(tmp_path, env=env, test_clock=True).start()
    try:
        with grpc.insecure_channel(server.address) as channel:
            catalog = Catalog(channel, resource_group)
            definition = catalog.definition()
            data = disk_bytes(1)
            blob = tmp_path / "blobs" / hashlib.sha256(data).hexdigest()
            source = catalog.source(data)
            catalog.wait(catalog.create_version(definition, "1.0.0", source.name, "eastus"))
            catalog.sources.DeleteImageSource(source_pb.DeleteImageSourceRequest(name=source.name))
            # Bytes nothing holds, freed by the same sweeps: once they are, so would be
            # the version's, if it did not hold them.
            other_data = disk_bytes(1)
            other = catalog.source(other_data, "other")
            other_blob = tmp_path / "blobs" / hashlib.sha256(other_data).hexdigest()
            catalog.sources.DeleteImageSource(source_pb.DeleteImageSourceRequest(name=other.name))
            server.advance_until(ttl + 1, lambda: not other_blob.exists(), what="a sweep")
            assert blob.exists(), "the version still holds its bytes"

            deleted = catalog.wait(
                catalog.versions.DeleteImageVersion(
                    version_pb.DeleteImageVersionRequest(name=f"{definition.name}/versions/1.0.0")
                )
            )

            assert not deleted.HasField("error")
            assert replica_files(tmp_path) == []
            server.advance_until(ttl + 1, lambda: not blob.exists(), what="the bytes freed")
    finally:
        assert server.stop() == 0


def slow_catalog(tmp_path, resource_group, **env):
    """A server whose copies to westus take seconds, and a Catalog on it."""
    settings = {"IMAGEGALLERY_REGION_THROTTLES": "westus=262144", **env}
    server = ServerProcess(tmp_path, env=settings).start()
    channel = grpc.insecure_channel(server.address)
    return server, channel, Catalog(channel, resource_group)


def test_deleting_a_version_mid_copy_cancels_it_and_aborts_its_create(tmp_path, resource_group):
    server, channel, catalog = slow_catalog(tmp_path, resource_group)
    try:
        definition = catalog.definition()
        source = catalog.source(disk_bytes(2))
        name = f"{definition.name}/versions/1.0.0"
        create = catalog.create_version(definition, "1.0.0", source.name, "eastus", "westus")
        wait_for(lambda: partial_files(tmp_path, "westus"), 20, "a copy to westus")

        started = time.monotonic()
        deleted = catalog.wait(
            catalog.versions.DeleteImageVersion(version_pb.DeleteImageVersionRequest(name=name))
        )

        assert not deleted.HasField("error")
        assert time.monotonic() - started < 4, "the copy to westus was not cancelled"
        aborted = catalog.wait(create)
        assert aborted.error.code == grpc.StatusCode.ABORTED.value[0]
        assert replica_files(tmp_path) == [] and partial_files(tmp_path, "westus") == []
    finally:
        channel.close()
        assert server.stop() == 0


def test_a_forced_definition_delete_ends_its_versions_operations(tmp_path, resource_group):
    server, channel, catalog = slow_catalog(tmp_path, resource_group)
    try:
        definition = catalog.definition()
        source = catalog.source(disk_bytes(2))
        create = catalog.create_version(definition, "1.0.0", source.name, "eastus", "westus")

        catalog.definitions.DeleteImageDefinition(
            definition_pb.DeleteImageDefinitionRequest(name=definition.name, force=True)
        )

        aborted = catalog.wait(create)
        assert aborted.error.code == grpc.StatusCode.ABORTED.value[0]
        wait_for(lambda: replica_files(tmp_path) == [], 10, "every replica removed")
    finally:
        channel.close()
        assert server.stop() == 0


def test_regions_without_their_own_count_follow_the_common_count(channel, resource_group, data_dir):
    catalog = Catalog(channel, resource_group)
    definition = catalog.definition()
    catalog.wait(
        catalog.create_version(definition, "1.0.0", catalog.source(disk_bytes(1)).name, "eastus")
    )
    name = f"{definition.name}/versions/1.0.0"

    catalog.wait(
        catalog.versions.UpdateImageVersion(
            version_pb.UpdateImageVersionRequest(
                image_version=version_pb.ImageVersion(
                    name=name, publishing_profile=version_pb.PublishingProfile(replica_count=3)
                ),
                update_mask=FieldMask(paths=["publishing_profile.replica_count"]),
            )
        )
    )

    (eastus,) = catalog.version(name).replication_status.summary
    assert (eastus.replica_count, eastus.replicas_completed) == (3, 3)
