"""Soft delete: with a gallery's soft_delete_policy on, a deleted image version is
kept with its replicas, listed, restorable, and purged at the end of retention (7
days of the server's clock, which these tests move) or on request."""

import hashlib
from datetime import timedelta

import grpc
import pytest
from conftest import failure, gallery_pb, new_definition
from google.protobuf.field_mask_pb2 import FieldMask
from imagegallery.v1 import access_service_pb2 as access_pb
from imagegallery.v1 import access_service_pb2_grpc
from imagegallery.v1 import image_definition_service_pb2 as definition_pb
from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery.v1 import replication_service_pb2 as replication_pb
from imagegallery_server.testing import ServerProcess, wait_for
from test_download import read
from versioning import Catalog, disk_bytes, replica_files, sha256

Code = grpc.StatusCode
RETENTION = timedelta(days=7)


@pytest.fixture(scope="module")
def clocked(tmp_path_factory):
    env = {"IMAGEGALLERY_LIMIT_IMAGE_VERSIONS": "2"}
    process = ServerProcess(tmp_path_factory.mktemp("soft"), test_clock=True, env=env).start()
    yield process
    assert process.stop() == 0


@pytest.fixture
def catalog(clocked, resource_group):
    return Catalog(grpc.insecure_channel(clocked.address), resource_group)


def definition_in(catalog: Catalog, soft_delete: bool) -> definition_pb.ImageDefinition:
    gallery = catalog.galleries.CreateGallery(
        gallery_pb.CreateGalleryRequest(
            parent=catalog.resource_group,
            gallery_id="gallery",
            gallery=gallery_pb.Gallery(
                location="eastus",
                soft_delete_policy=gallery_pb.SoftDeletePolicy(is_soft_delete_enabled=soft_delete),
            ),
        )
    )
    return catalog.definitions.CreateImageDefinition(
        definition_pb.CreateImageDefinitionRequest(
            parent=gallery.name, image_definition_id="image", image_definition=new_definition()
        )
    )


def gallery_of(definition) -> str:
    return definition.name.rsplit("/images/", 1)[0]


def replicated(catalog: Catalog, definition, version_id: str, data: bytes) -> str:
    source = catalog.source(data, source_id=f"src-{version_id}")
    catalog.wait(catalog.create_version(definition, version_id, source.name, "eastus", "westus"))
    return f"{definition.name}/versions/{version_id}"


def delete(catalog: Catalog, name: str, bypass: bool = False) -> None:
    operation = catalog.versions.DeleteImageVersion(
        version_pb.DeleteImageVersionRequest(name=name, bypass_soft_delete=bypass)
    )
    assert not catalog.wait(operation).HasField("error")


def soft_deleted(catalog: Catalog, parent: str) -> list[version_pb.SoftDeletedResource]:
    request = version_pb.ListSoftDeletedResourcesRequest(parent=parent)
    return list(catalog.versions.ListSoftDeletedResources(request).soft_deleted_resources)


def copies_of(data_dir, data: bytes) -> list[str]:
    """The replica files holding `data` (other tests' replicas may go meanwhile)."""
    digest = hashlib.sha256(data).hexdigest()
    return sorted(str(p) for p in replica_files(data_dir) if _digest(p) == digest)


def _digest(path) -> str:
    try:
        return sha256(path)
    except FileNotFoundError:
        return ""


def test_a_gallery_shows_its_policy_with_azures_retention(catalog):
    definition = definition_in(catalog, soft_delete=True)
    gallery = catalog.galleries.GetGallery(
        gallery_pb.GetGalleryRequest(name=gallery_of(definition))
    )

    assert gallery.soft_delete_policy.is_soft_delete_enabled
    assert gallery.soft_delete_policy.retention_period_in_days == 7


def test_a_soft_deleted_version_is_listed_then_restored_with_its_replicas(clocked, catalog):
    definition = definition_in(catalog, soft_delete=True)
    data = disk_bytes(2)
    name = replicated(catalog, definition, "1.0.0", data)
    copies = copies_of(clocked.data_dir, data)
    assert len(copies) == 2  # one replica in each region

    delete(catalog, name)

    failure(
        catalog.versions.GetImageVersion,
        version_pb.GetImageVersionRequest(name=name),
        Code.NOT_FOUND,
    )
    (listed,) = soft_deleted(catalog, gallery_of(definition))
    assert listed.resource_arm_id == name
    assert listed.soft_deleted_artifact_type == version_pb.SOFT_DELETED_ARTIFACT_TYPE_IMAGES
    kept = listed.hard_deletion_target_time.ToDatetime() - listed.soft_deleted_time.ToDatetime()
    assert kept == RETENTION
    assert listed.image_version.replication_status.aggregated_state == (
        version_pb.AGGREGATED_REPLICATION_STATE_COMPLETED
    )
    assert [r.resource_arm_id for r in soft_deleted(catalog, definition.name)] == [name]
    assert copies_of(clocked.data_dir, data) == copies

    restored = catalog.versions.UndeleteImageVersion(
        version_pb.UndeleteImageVersionRequest(name=name)
    )

    assert restored.name == name
    assert soft_deleted(catalog, gallery_of(definition)) == []
    status = catalog.version(name).replication_status
    assert [(s.region, s.state) for s in status.summary] == [
        ("eastus", version_pb.REPLICATION_STATE_COMPLETED),
        ("westus", version_pb.REPLICATION_STATE_COMPLETED),
    ]
    assert copies_of(clocked.data_dir, data) == copies
    for region in ("eastus", "westus"):
        assert read(catalog, name, region)[1] == data


def test_a_soft_deleted_version_holds_its_name_and_its_gallery(catalog):
    definition = definition_in(catalog, soft_delete=True)
    name = replicated(catalog, definition, "1.0.0", disk_bytes(1))
    delete(catalog, name)

    taken = failure(
        lambda source: catalog.create_version(definition, "1.0.0", source, "eastus"),
        catalog.source(disk_bytes(1), source_id="again").name,
        Code.ALREADY_EXISTS,
    )
    gallery = failure(
        catalog.galleries.DeleteGallery,
        gallery_pb.DeleteGalleryRequest(name=gallery_of(definition), force=True),
        Code.FAILED_PRECONDITION,
    )
    image = failure(
        catalog.definitions.DeleteImageDefinition,
        definition_pb.DeleteImageDefinitionRequest(name=definition.name, force=True),
        Code.FAILED_PRECONDITION,
    )

    assert taken.reason == "ERROR_REASON_SOFT_DELETED_VERSION_EXISTS"
    assert gallery.reason == image.reason == "ERROR_REASON_SOFT_DELETED_RESOURCES_PRESENT"
    catalog.versions.PurgeImageVersion(version_pb.PurgeImageVersionRequest(name=name))
    catalog.galleries.DeleteGallery(
        gallery_pb.DeleteGalleryRequest(name=gallery_of(definition), force=True)
    )


def test_retention_ends_in_a_purge_of_the_version_and_its_replicas(clocked, catalog):
    definition = definition_in(catalog, soft_delete=True)
    data = disk_bytes(1)
    name = replicated(catalog, definition, "1.0.0", data)
    delete(catalog, name)

    clocked.advance((RETENTION - timedelta(hours=1)).total_seconds())
    assert [r.resource_arm_id for r in soft_deleted(catalog, definition.name)] == [name]

    clocked.advance(timedelta(hours=1, seconds=1).total_seconds())
    wait_for(lambda: soft_deleted(catalog, definition.name) == [], what="the purge")
    wait_for(lambda: copies_of(clocked.data_dir, data) == [], what="the replicas to go")
    failure(
        catalog.versions.UndeleteImageVersion,
        version_pb.UndeleteImageVersionRequest(name=name),
        Code.NOT_FOUND,
    )


def test_a_purge_on_request_or_a_bypass_deletes_for_good(clocked, catalog):
    definition = definition_in(catalog, soft_delete=True)
    first, second = disk_bytes(1), disk_bytes(1)
    purged = replicated(catalog, definition, "1.0.0", first)
    bypassed = replicated(catalog, definition, "1.0.1", second)

    delete(catalog, purged)
    catalog.versions.PurgeImageVersion(version_pb.PurgeImageVersionRequest(name=purged))
    delete(catalog, bypassed, bypass=True)

    assert soft_deleted(catalog, definition.name) == []
    wait_for(lambda: not copies_of(clocked.data_dir, first), what="the purged replicas to go")
    wait_for(lambda: not copies_of(clocked.data_dir, second), what="the bypassed replicas to go")
    again = failure(
        catalog.versions.PurgeImageVersion,
        version_pb.PurgeImageVersionRequest(name=purged),
        Code.NOT_FOUND,
    )
    assert again.reason == "ERROR_REASON_RESOURCE_NOT_FOUND"


def test_without_the_policy_a_delete_is_for_good_and_nothing_restores(catalog):
    definition = definition_in(catalog, soft_delete=False)
    name = replicated(catalog, definition, "1.0.0", disk_bytes(1))

    delete(catalog, name)

    assert soft_deleted(catalog, gallery_of(definition)) == []


def test_turning_the_policy_off_keeps_the_soft_deleted_but_refuses_their_restore(catalog):
    definition = definition_in(catalog, soft_delete=True)
    name = replicated(catalog, definition, "1.0.0", disk_bytes(1))
    delete(catalog, name)

    gallery = catalog.galleries.UpdateGallery(
        gallery_pb.UpdateGalleryRequest(
            gallery=gallery_pb.Gallery(name=gallery_of(definition)),
            update_mask=FieldMask(paths=["soft_delete_policy"]),
        )
    )
    refused = failure(
        catalog.versions.UndeleteImageVersion,
        version_pb.UndeleteImageVersionRequest(name=name),
        Code.FAILED_PRECONDITION,
    )

    assert not gallery.HasField("soft_delete_policy")
    assert refused.reason == "ERROR_REASON_SOFT_DELETE_NOT_ENABLED"
    assert [r.resource_arm_id for r in soft_deleted(catalog, definition.name)] == [name]


def test_a_soft_deleted_version_counts_against_the_limit_until_purged(catalog):
    definition = definition_in(catalog, soft_delete=True)  # the limit here is 2
    name = replicated(catalog, definition, "1.0.0", disk_bytes(1))
    delete(catalog, name)
    replicated(catalog, definition, "1.0.1", disk_bytes(1))
    source = catalog.source(disk_bytes(1), source_id="third")

    over = failure(
        lambda r: catalog.create_version(definition, "1.0.2", r, "eastus"),
        source.name,
        Code.RESOURCE_EXHAUSTED,
    )
    catalog.versions.PurgeImageVersion(version_pb.PurgeImageVersionRequest(name=name))

    assert over.reason == "ERROR_REASON_QUOTA_EXCEEDED"
    catalog.wait(catalog.create_version(definition, "1.0.2", source.name, "eastus"))


def test_a_watch_sees_the_delete_the_restore_and_the_purge(catalog):
    definition = definition_in(catalog, soft_delete=True)
    name = replicated(catalog, definition, "1.0.0", disk_bytes(1))
    cursor = catalog.replication.GetReplicationStatus(
        replication_pb.GetReplicationStatusRequest(name=name)
    ).cursor
    stream = catalog.replication.WatchReplicationStatus(
        replication_pb.WatchReplicationStatusRequest(
            scope=gallery_of(definition), start_cursor=cursor
        ),
        timeout=30,
    )

    delete(catalog, name)
    catalog.versions.UndeleteImageVersion(version_pb.UndeleteImageVersionRequest(name=name))
    delete(catalog, name)
    catalog.versions.PurgeImageVersion(version_pb.PurgeImageVersionRequest(name=name))

    seen = []
    for message in stream:
        if message.HasField("change"):
            change = message.change
            seen.append((change.deleted, change.soft_deleted))
            if change.deleted and not change.soft_deleted:
                break
    stream.cancel()
    assert [s for i, s in enumerate(seen) if i == 0 or s != seen[i - 1]] == [
        (True, True),  # soft-deleted
        (False, False),  # restored
        (True, True),  # soft-deleted again
        (True, False),  # purged
    ]


def test_each_soft_delete_change_is_audited(catalog, clocked):
    definition = definition_in(catalog, soft_delete=True)
    name = replicated(catalog, definition, "1.0.0", disk_bytes(1))
    delete(catalog, name)
    catalog.versions.UndeleteImageVersion(version_pb.UndeleteImageVersionRequest(name=name))
    delete(catalog, name)
    catalog.versions.PurgeImageVersion(version_pb.PurgeImageVersionRequest(name=name))
    access = access_service_pb2_grpc.AccessServiceStub(grpc.insecure_channel(clocked.address))

    scope = access_pb.ListAuditRecordsRequest(scope=definition.name)
    records = [r for r in access.ListAuditRecords(scope).audit_records if r.resource == name]

    methods = [r.method.rsplit("/", 1)[1] for r in reversed(records)]
    assert methods == [
        "DeleteImageVersion",
        "UndeleteImageVersion",
        "DeleteImageVersion",
        "PurgeImageVersion",
    ]
    assert {r.outcome for r in records} == {"OK"}
