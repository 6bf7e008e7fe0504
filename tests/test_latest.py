""" "latest": the highest Major, Minor, Patch as numbers among the versions that qualify."""

import os
from datetime import timedelta

import grpc
from conftest import failure
from google.protobuf.timestamp_pb2 import Timestamp
from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery_server.testing import ServerProcess, wait_for
from versioning import Catalog, disk_bytes


def latest(catalog, definition, region: str = "") -> str:
    request = version_pb.GetLatestImageVersionRequest(parent=definition.name, region=region)
    return catalog.versions.GetLatestImageVersion(request).name.rsplit("/", 1)[1]


def no_latest(catalog, definition, region: str = ""):
    request = version_pb.GetLatestImageVersionRequest(parent=definition.name, region=region)
    refused = failure(catalog.versions.GetLatestImageVersion, request, grpc.StatusCode.NOT_FOUND)
    assert refused.reason == "ERROR_REASON_NO_LATEST_VERSION"
    return refused


def completed_in(catalog, name: str, region: str) -> bool:
    summary = catalog.version(name).replication_status.summary
    return any(
        s.region == region and s.state == version_pb.REPLICATION_STATE_COMPLETED for s in summary
    )


def publish(catalog, definition, source, version_id: str, *targets, **profile) -> None:
    catalog.wait(catalog.create_version(definition, version_id, source.name, *targets, **profile))


def test_versions_compare_as_numbers_and_excluded_or_expired_ones_are_skipped(
    clocked_server, clocked_channel, resource_group
):
    catalog = Catalog(clocked_channel, resource_group)
    definition = catalog.definition()
    source = catalog.source(disk_bytes(0, zero_mib=1) + b"x")
    soon = clocked_server.now() + timedelta(minutes=10)
    for version_id in ["1.9.0", "1.10.0", "1.2.30"]:
        publish(catalog, definition, source, version_id)
    assert latest(catalog, definition) == "1.10.0"

    publish(catalog, definition, source, "2.0.0", exclude_from_latest=True)
    publish(
        catalog,
        definition,
        source,
        "1.11.0",
        end_of_life_date=Timestamp(seconds=int(soon.timestamp())),
    )
    assert latest(catalog, definition) == "1.11.0"

    clocked_server.advance(10 * 60 + 1)
    assert latest(catalog, definition) == "1.10.0"


def test_latest_answers_what_get_answers_for_that_version_in_either_view(channel, resource_group):
    catalog = Catalog(channel, resource_group)
    definition = catalog.definition()
    source = catalog.source(disk_bytes(0, zero_mib=1) + b"x")
    publish(catalog, definition, source, "1.0.0", "eastus", "westus", replica_count=2)

    for view in (version_pb.IMAGE_VERSION_VIEW_BASIC, version_pb.IMAGE_VERSION_VIEW_FULL):
        found = catalog.versions.GetLatestImageVersion(
            version_pb.GetLatestImageVersionRequest(parent=definition.name, view=view)
        )
        read = catalog.versions.GetImageVersion(
            version_pb.GetImageVersionRequest(name=f"{definition.name}/versions/1.0.0", view=view)
        )
        assert found == read
        assert found.HasField("replication_status") == (view == version_pb.IMAGE_VERSION_VIEW_FULL)


def test_per_region_latest_needs_a_completed_replica_there_and_no_exclusion(
    tmp_path, resource_group
):
    server = ServerProcess(tmp_path, env={"IMAGEGALLERY_REGION_THROTTLES": "westus=262144"}).start()
    try:
        with grpc.insecure_channel(server.address) as channel:
            catalog = Catalog(channel, resource_group)
            definition = catalog.definition()
            source = catalog.source(os.urandom(256 * 1024))  # a second to copy to westus
            publish(catalog, definition, source, "1.0.0", "eastus", "westus")
            hidden_in_westus = version_pb.TargetRegion(name="westus", exclude_from_latest=True)
            publish(catalog, definition, source, "1.1.0", "eastus", hidden_in_westus)
            operation = catalog.create_version(definition, "1.2.0", source.name, "eastus", "westus")
            wait_for(lambda: completed_in(catalog, f"{definition.name}/versions/1.2.0", "eastus"))

            assert latest(catalog, definition, "eastus") == "1.2.0"
            assert latest(catalog, definition, "West US") == "1.0.0"
            assert latest(catalog, definition) == "1.2.0"
            refused = no_latest(catalog, definition, "northeurope")
            assert refused.info.metadata["notTargeted"] == "3"
            catalog.wait(operation)
            assert latest(catalog, definition, "westus") == "1.2.0"
    finally:
        assert server.stop() == 0


def test_when_nothing_qualifies_the_error_says_why(channel, resource_group):
    catalog = Catalog(channel, resource_group)
    definition = catalog.definition()
    refused = no_latest(catalog, definition)
    assert "no image versions" in refused.message

    source = catalog.source(disk_bytes(0, zero_mib=1) + b"y")
    publish(catalog, definition, source, "1.0.0", exclude_from_latest=True)
    publish(catalog, definition, source, "2.0.0", exclude_from_latest=True)

    refused = no_latest(catalog, definition)
    assert refused.info.metadata["excluded"] == "2"
    assert "2 are excluded from latest" in refused.message
