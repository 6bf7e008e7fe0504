"""Shallow replication (Azure's ReplicationMode Shallow): a version served from its
source's committed disk, with no copy made; Azure's limits on it; status and
deployment resolution saying so."""

import hashlib
import os

import pytest
from conftest import invalid
from google.protobuf.field_mask_pb2 import FieldMask
from imagegallery.v1 import common_pb2, planning_service_pb2_grpc
from imagegallery.v1 import image_version_service_pb2 as pb
from imagegallery.v1 import planning_service_pb2 as planning_pb
from imagegallery.v1 import replication_service_pb2 as replication_pb
from imagegallery_server.content.layout import version_dir_name
from imagegallery_server.domain import names
from test_download import read
from versioning import Catalog

MiB = 2**20
SHALLOW, FULL = pb.REPLICATION_MODE_SHALLOW, pb.REPLICATION_MODE_FULL
PROFILE = "image_version.publishing_profile"


@pytest.fixture
def catalog(channel, resource_group) -> Catalog:
    return Catalog(channel, resource_group)


@pytest.fixture
def definition(catalog):
    return catalog.definition()


@pytest.fixture
def data() -> bytes:
    """A sparse-looking disk: data, a run of zeros, data."""
    return os.urandom(MiB) + bytes(2 * MiB) + os.urandom(MiB)


@pytest.fixture
def source(catalog, data) -> str:
    return catalog.source(data, "src").name


def shallow(catalog: Catalog, definition, source: str, version_id="1.0.0", *targets, **profile):
    return catalog.create_version(
        definition, version_id, source, *targets, replication_mode=SHALLOW, **profile
    )


def full_view(catalog: Catalog, name: str) -> pb.ImageVersion:
    return catalog.versions.GetImageVersion(
        pb.GetImageVersionRequest(name=name, view=pb.IMAGE_VERSION_VIEW_FULL)
    )


def copies_on_disk(data_dir, name: str) -> list:
    """Every file of a replica of the version, in any region and zone."""
    directory = version_dir_name(names.key(name))
    return [p for p in (data_dir / "regions").glob(f"*/*/{directory}/**/*") if p.is_file()]


def test_a_shallow_version_completes_with_no_copy_and_serves_from_the_blob(
    catalog, definition, source, data, data_dir
):
    done = catalog.wait(shallow(catalog, definition, source))
    assert not done.HasField("error"), done.error
    name = f"{definition.name}/versions/1.0.0"
    version = full_view(catalog, name)
    assert version.provisioning_state == common_pb2.PROVISIONING_STATE_SUCCEEDED
    assert version.publishing_profile.replication_mode == SHALLOW
    status = version.replication_status
    assert status.replication_mode == SHALLOW
    assert status.aggregated_state == pb.AGGREGATED_REPLICATION_STATE_COMPLETED
    (region,) = status.summary
    assert (region.region, region.state) == ("eastus", pb.REPLICATION_STATE_COMPLETED)
    assert (region.replicas_completed, region.bytes_copied) == (1, 0)
    assert "shallow" in region.details
    assert copies_on_disk(data_dir, name) == []
    digest = hashlib.sha256(data).hexdigest()
    assert (data_dir / "blobs" / digest).is_file()
    header, content, _ = read(catalog, name, "East US")
    assert header.replication_mode == SHALLOW
    assert (header.zone, header.replica, header.sha256) == ("", 0, digest)
    assert content == data


def test_a_watch_sees_a_shallow_version_arrive_completed(catalog, definition, source):
    request = replication_pb.WatchReplicationStatusRequest(
        scope=definition.name, send_initial_state=True
    )
    stream = catalog.replication.WatchReplicationStatus(request, timeout=30)
    assert next(stream).checkpoint.initial_state_done  # nothing yet; watching from here
    catalog.wait(shallow(catalog, definition, source))
    change = next(m for m in stream if m.HasField("change")).change
    stream.cancel()
    assert change.image_version == f"{definition.name}/versions/1.0.0"
    assert change.status.replication_mode == SHALLOW
    assert change.status.aggregated_state == pb.AGGREGATED_REPLICATION_STATE_COMPLETED


def test_deployment_resolution_says_a_version_is_shallow(channel, catalog, definition, source):
    catalog.wait(shallow(catalog, definition, source))
    planner = planning_service_pb2_grpc.PlanningServiceStub(channel)
    answer = planner.ResolveDeployment(
        planning_pb.ResolveDeploymentRequest(
            image_definition=definition.name,
            region="eastus",
            vm=planning_pb.VirtualMachineSpec(has_os_profile=True),
        )
    )
    assert answer.replication_mode == SHALLOW
    assert answer.image_version.endswith("/versions/1.0.0")
    assert (answer.replica.id, answer.replica.region_replicas) == ("eastus/0", 1)


def test_a_full_version_says_it_is_full(catalog, definition, source, data_dir):
    done = catalog.wait(catalog.create_version(definition, "1.0.0", source, "eastus"))
    assert not done.HasField("error"), done.error
    name = f"{definition.name}/versions/1.0.0"
    version = full_view(catalog, name)
    assert version.publishing_profile.replication_mode == FULL
    assert version.replication_status.replication_mode == FULL
    assert read(catalog, name, "eastus")[0].replication_mode == FULL
    assert copies_on_disk(data_dir, name)  # a real copy


def test_shallow_takes_the_sources_region_alone_with_one_replica(catalog, definition, source):
    create = catalog.versions.CreateImageVersion
    for targets, profile, fields in [
        (
            ["eastus", "westus"],
            {},
            {f"{PROFILE}.target_regions[1].name": "SHALLOW_REPLICATION_LIMIT"},
        ),
        (
            ["eastus"],
            {"replica_count": 2},
            {f"{PROFILE}.replica_count": "SHALLOW_REPLICATION_LIMIT"},
        ),
        (
            [pb.TargetRegion(name="eastus", regional_replica_count=3)],
            {},
            {f"{PROFILE}.target_regions[0].regional_replica_count": "SHALLOW_REPLICATION_LIMIT"},
        ),
    ]:
        regions = [
            t if isinstance(t, pb.TargetRegion) else pb.TargetRegion(name=t) for t in targets
        ]
        request = pb.CreateImageVersionRequest(
            parent=definition.name,
            image_version_id="1.0.0",
            image_version=pb.ImageVersion(
                storage_profile=pb.StorageProfile(source=source),
                publishing_profile=pb.PublishingProfile(
                    target_regions=regions, replication_mode=SHALLOW, **profile
                ),
            ),
        )
        invalid(create, request, fields)


def test_the_mode_is_fixed_and_an_update_keeps_shallow_limits(catalog, definition, source):
    catalog.wait(shallow(catalog, definition, source))
    name = f"{definition.name}/versions/1.0.0"
    update = catalog.versions.UpdateImageVersion

    def masked(path: str, **profile) -> pb.UpdateImageVersionRequest:
        version = pb.ImageVersion(name=name, publishing_profile=pb.PublishingProfile(**profile))
        return pb.UpdateImageVersionRequest(
            image_version=version, update_mask=FieldMask(paths=[path])
        )

    invalid(
        update,
        masked("publishing_profile.replication_mode", replication_mode=FULL),
        {f"{PROFILE}.replication_mode": "IMMUTABLE_FIELD"},
    )
    wider = [pb.TargetRegion(name="eastus"), pb.TargetRegion(name="westus")]
    invalid(
        update,
        masked("publishing_profile.target_regions", target_regions=wider),
        {f"{PROFILE}.target_regions[1].name": "SHALLOW_REPLICATION_LIMIT"},
    )
    # Sending the version back as read changes nothing and is allowed.
    same = catalog.wait(
        update(pb.UpdateImageVersionRequest(image_version=full_view(catalog, name)))
    )
    assert not same.HasField("error"), same.error


def test_a_shallow_version_is_deleted_and_its_source_stays(
    catalog, definition, source, data, data_dir
):
    catalog.wait(shallow(catalog, definition, source))
    name = f"{definition.name}/versions/1.0.0"
    done = catalog.wait(
        catalog.versions.DeleteImageVersion(pb.DeleteImageVersionRequest(name=name))
    )
    assert not done.HasField("error"), done.error
    assert (data_dir / "blobs" / hashlib.sha256(data).hexdigest()).is_file()  # the source's
