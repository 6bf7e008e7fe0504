"""The catalog through the SDK: galleries, definitions, uploads and sources,
versions, their long-running operations, and "latest"."""

import hashlib

import grpc
import pytest
from conftest import COMPLETED, MiB, disk_with_holes, every
from google.longrunning import operations_pb2
from google.protobuf.duration_pb2 import Duration
from google.protobuf.field_mask_pb2 import FieldMask
from imagegallery.errors import (
    AbortedError,
    FailedPreconditionError,
    ImageGalleryError,
    InvalidArgumentError,
    NotFoundError,
)
from imagegallery.v1 import common_pb2, operation_metadata_pb2
from imagegallery.v1 import gallery_service_pb2 as gallery_pb
from imagegallery.v1 import image_definition_service_pb2 as definition_pb
from imagegallery.v1 import image_source_service_pb2 as source_pb
from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery.v1 import replication_service_pb2 as replication_pb

SUCCEEDED = common_pb2.PROVISIONING_STATE_SUCCEEDED


def test_galleries_are_created_read_listed_updated_and_deleted(client, catalog, resource_group):
    created = catalog.gallery("images")
    assert created.name == f"{resource_group}/providers/Microsoft.Compute/galleries/images"
    assert (created.location, created.provisioning_state) == ("eastus", SUCCEEDED)
    assert created.etag and created.unique_name.endswith("-IMAGES")

    got = client.galleries.GetGallery(gallery_pb.GetGalleryRequest(name=created.name))
    assert got == created
    catalog.gallery("other")
    listed = every(
        client.galleries.ListGalleries,
        gallery_pb.ListGalleriesRequest(parent=resource_group, page_size=1),
        "galleries",
    )
    assert sorted(g.name.rsplit("/", 1)[1] for g in listed) == ["images", "other"]

    updated = client.galleries.UpdateGallery(
        gallery_pb.UpdateGalleryRequest(
            gallery=gallery_pb.Gallery(
                name=created.name, description="renamed", tags={"team": "sdk"}, etag=created.etag
            ),
            update_mask=FieldMask(paths=["description", "tags"]),
        )
    )
    assert (updated.description, dict(updated.tags)) == ("renamed", {"team": "sdk"})
    assert updated.etag != created.etag

    # The old etag no longer matches: the delete is refused as ABORTED, typed.
    with pytest.raises(AbortedError) as stale:
        client.galleries.DeleteGallery(
            gallery_pb.DeleteGalleryRequest(name=created.name, etag=created.etag)
        )
    assert stale.value.reason == "ERROR_REASON_ETAG_MISMATCH"
    client.galleries.DeleteGallery(
        gallery_pb.DeleteGalleryRequest(name=created.name, etag=updated.etag)
    )
    with pytest.raises(NotFoundError) as gone:
        client.galleries.GetGallery(gallery_pb.GetGalleryRequest(name=created.name))
    assert gone.value.reason == "ERROR_REASON_RESOURCE_NOT_FOUND"


def test_image_definitions_are_created_read_listed_updated_and_deleted(client, catalog):
    gallery = catalog.gallery()
    created = catalog.definition(gallery.name, "ubuntu", description="first")
    assert created.name == f"{gallery.name}/images/ubuntu"
    assert created.location == "eastus"  # the gallery's
    assert created.hyper_v_generation == common_pb2.HYPER_V_GENERATION_V1  # the default
    assert created.architecture == common_pb2.ARCHITECTURE_X64

    got = client.definitions.GetImageDefinition(
        definition_pb.GetImageDefinitionRequest(name=created.name)
    )
    assert got == created
    catalog.definition(gallery.name, "debian")
    listed = every(
        client.definitions.ListImageDefinitions,
        definition_pb.ListImageDefinitionsRequest(parent=gallery.name, page_size=1),
        "image_definitions",
    )
    assert sorted(d.identifier.sku for d in listed) == ["debian", "ubuntu"]

    updated = client.definitions.UpdateImageDefinition(
        definition_pb.UpdateImageDefinitionRequest(
            image_definition=definition_pb.ImageDefinition(
                name=created.name,
                description="second",
                recommended=definition_pb.RecommendedMachineConfiguration(
                    v_cpus=definition_pb.ResourceRange(min=2, max=16)
                ),
            ),
            update_mask=FieldMask(paths=["description", "recommended"]),
        )
    )
    assert updated.description == "second"
    assert (updated.recommended.v_cpus.min, updated.recommended.v_cpus.max) == (2, 16)

    # A gallery with definitions is deleted only when forced.
    with pytest.raises(FailedPreconditionError) as refused:
        client.galleries.DeleteGallery(gallery_pb.DeleteGalleryRequest(name=gallery.name))
    assert refused.value.reason == "ERROR_REASON_RESOURCE_HAS_CHILDREN"
    client.definitions.DeleteImageDefinition(
        definition_pb.DeleteImageDefinitionRequest(name=created.name)
    )
    with pytest.raises(NotFoundError):
        client.definitions.GetImageDefinition(
            definition_pb.GetImageDefinitionRequest(name=created.name)
        )
    client.galleries.DeleteGallery(gallery_pb.DeleteGalleryRequest(name=gallery.name, force=True))


def test_uploads_become_sources_and_sources_are_listed_and_deleted(
    client, resource_group, tmp_path
):
    data = disk_with_holes()
    progress = []
    upload = client.upload(
        resource_group, "eastus", data, progress=lambda *seen: progress.append(seen)
    )

    assert upload.state == source_pb.UPLOAD_STATE_COMMITTED
    assert upload.disk.sha256 == hashlib.sha256(data).hexdigest()
    assert upload.disk.size_bytes == upload.size_bytes == upload.received_bytes == len(data)
    assert 0 < upload.disk.occupied_bytes < MiB  # the zeros are holes
    assert progress[0] == (upload.name, 0, len(data))
    assert progress[-1] == (upload.name, len(data), len(data))
    got = client.sources.GetUpload(source_pb.GetUploadRequest(name=upload.name))
    assert (got.name, got.state, got.disk) == (upload.name, upload.state, upload.disk)

    # The same disk from a file: an upload is consumed by the source made from it.
    path = tmp_path / "disk.raw"
    path.write_bytes(data)
    from_file = client.upload(resource_group, "East US", path)
    assert from_file.disk == upload.disk and from_file.name != upload.name

    sources = []
    for source_id, disk in (("first", upload), ("second", from_file)):
        sources.append(
            client.sources.CreateImageSource(
                source_pb.CreateImageSourceRequest(
                    parent=resource_group,
                    image_source_id=source_id,
                    image_source=source_pb.ImageSource(
                        location="eastus",
                        kind=source_pb.IMAGE_SOURCE_KIND_VHD,
                        os_disk=source_pb.SourceDisk(upload=disk.name),
                    ),
                )
            )
        )
    first = sources[0]
    assert first.name == f"{resource_group}/providers/Microsoft.Compute/vhds/first"
    assert first.os_disk.disk == upload.disk
    assert client.sources.GetImageSource(source_pb.GetImageSourceRequest(name=first.name)) == first
    listed = every(
        client.sources.ListImageSources,
        source_pb.ListImageSourcesRequest(parent=resource_group, page_size=1),
        "image_sources",
    )
    assert sorted(s.name for s in listed) == sorted(s.name for s in sources)

    for source in sources:
        client.sources.DeleteImageSource(source_pb.DeleteImageSourceRequest(name=source.name))
    with pytest.raises(NotFoundError):
        client.sources.GetImageSource(source_pb.GetImageSourceRequest(name=first.name))
    assert (
        client.sources.ListImageSources(
            source_pb.ListImageSourcesRequest(parent=resource_group)
        ).image_sources
        == []
    )


def test_an_upload_left_uncommitted_is_deleted(client, resource_group):
    upload = client.sources.CreateUpload(
        source_pb.CreateUploadRequest(
            parent=resource_group, upload=source_pb.Upload(location="eastus", size_bytes=MiB)
        )
    )
    written = client.sources.WriteUpload(
        iter([source_pb.WriteUploadRequest(name=upload.name, offset=0, data=b"\x01" * 4096)])
    )
    assert (written.received_bytes, written.state) == (4096, source_pb.UPLOAD_STATE_RECEIVING)
    with pytest.raises(FailedPreconditionError) as incomplete:
        client.sources.CommitUpload(
            source_pb.CommitUploadRequest(name=upload.name, size_bytes=MiB, sha256="0" * 64)
        )
    assert incomplete.value.reason == "ERROR_REASON_UPLOAD_INCOMPLETE"
    assert incomplete.value.metadata["receivedBytes"] == "4096"

    client.sources.DeleteUpload(source_pb.DeleteUploadRequest(name=upload.name))
    with pytest.raises(NotFoundError):
        client.sources.GetUpload(source_pb.GetUploadRequest(name=upload.name))


def test_a_version_is_created_listed_updated_retried_and_deleted_with_operations(client, catalog):
    gallery = catalog.gallery()
    definition = catalog.definition(gallery.name)
    source = catalog.source(disk_with_holes())
    name = f"{definition.name}/versions/1.0.0"

    creating = catalog.create_version(definition.name, "1.0.0", source.name, "eastus", "westus")
    assert creating.name.startswith("operations/")
    metadata = operation_metadata_pb2.OperationMetadata()
    got = client.operations.GetOperation(operations_pb2.GetOperationRequest(name=creating.name))
    assert got.metadata.Unpack(metadata)
    assert (metadata.target, metadata.verb) == (name, "create")

    # Cancelling is refused: the operation goes on.
    with pytest.raises(FailedPreconditionError) as not_cancelled:
        client.operations.CancelOperation(operations_pb2.CancelOperationRequest(name=creating.name))
    assert not_cancelled.value.reason == "ERROR_REASON_OPERATION_NOT_CANCELLABLE"

    waited = client.operations.WaitOperation(
        operations_pb2.WaitOperationRequest(name=creating.name, timeout=Duration(seconds=60))
    )
    assert waited.done and not waited.HasField("error")
    seen = []
    version = client.wait(creating, progress=seen.append, timeout=60)
    assert version.name == name and seen and seen[-1].progress_percent == 100
    assert version.provisioning_state == SUCCEEDED

    full = client.versions.GetImageVersion(
        version_pb.GetImageVersionRequest(name=name, view=version_pb.IMAGE_VERSION_VIEW_FULL)
    )
    assert full.replication_status.aggregated_state == COMPLETED
    assert [s.region for s in full.replication_status.summary] == ["eastus", "westus"]
    assert full.storage_profile.os_disk_image.disk == source.os_disk.disk

    # Every operation of the server is listed, page by page: this one among them.
    listed = every(
        client.operations.ListOperations,
        operations_pb2.ListOperationsRequest(page_size=50),
        "operations",
    )
    assert creating.name in {o.name for o in listed}

    catalog.create_version(definition.name, "1.1.0", source.name, "eastus")
    second = client.wait(
        catalog.create_version(definition.name, "1.2.0", source.name, "eastus"), timeout=60
    )
    versions = every(
        client.versions.ListImageVersions,
        version_pb.ListImageVersionsRequest(parent=definition.name, page_size=2),
        "image_versions",
    )
    assert sorted(v.name.rsplit("/", 1)[1] for v in versions) == ["1.0.0", "1.1.0", "1.2.0"]

    latest = client.versions.GetLatestImageVersion(
        version_pb.GetLatestImageVersionRequest(parent=definition.name)
    )
    assert latest.name == second.name
    # 1.2.0 is not in westus: there, latest is 1.0.0.
    in_westus = client.versions.GetLatestImageVersion(
        version_pb.GetLatestImageVersionRequest(parent=definition.name, region="West US")
    )
    assert in_westus.name == name

    narrowing = client.versions.UpdateImageVersion(
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
            update_mask=FieldMask(paths=["publishing_profile.target_regions", "safety_profile"]),
        )
    )
    narrowed = client.wait(narrowing, timeout=60)
    assert [t.name for t in narrowed.publishing_profile.target_regions] == ["eastus"]

    # Nothing failed, so there is nothing to retry.
    with pytest.raises(FailedPreconditionError) as nothing_failed:
        client.versions.RetryImageVersionReplication(
            version_pb.RetryImageVersionReplicationRequest(name=name)
        )
    assert nothing_failed.value.reason == "ERROR_REASON_NO_FAILED_REGIONS"

    deleting = client.versions.DeleteImageVersion(version_pb.DeleteImageVersionRequest(name=name))
    assert client.wait(deleting, timeout=60) is None
    with pytest.raises(NotFoundError):
        client.versions.GetImageVersion(version_pb.GetImageVersionRequest(name=name))

    # A finished operation may be forgotten.
    client.operations.DeleteOperation(operations_pb2.DeleteOperationRequest(name=creating.name))
    with pytest.raises(NotFoundError):
        client.operations.GetOperation(operations_pb2.GetOperationRequest(name=creating.name))


def test_a_soft_deleted_version_is_listed_restored_and_purged(client, catalog):
    gallery = catalog.gallery()
    policy = gallery_pb.SoftDeletePolicy(is_soft_delete_enabled=True)
    turned_on = client.galleries.UpdateGallery(
        gallery_pb.UpdateGalleryRequest(
            gallery=gallery_pb.Gallery(name=gallery.name, soft_delete_policy=policy),
            update_mask=FieldMask(paths=["soft_delete_policy"]),
        )
    )
    assert turned_on.soft_delete_policy.retention_period_in_days == 7
    definition = catalog.definition(gallery.name)
    source = catalog.source(disk_with_holes())
    version = client.wait(
        catalog.create_version(definition.name, "1.0.0", source.name, "eastus"), timeout=60
    )

    def soft_delete() -> None:
        deleting = client.versions.DeleteImageVersion(
            version_pb.DeleteImageVersionRequest(name=version.name)
        )
        assert client.wait(deleting, timeout=60) is None

    soft_delete()
    kept = client.versions.ListSoftDeletedResources(
        version_pb.ListSoftDeletedResourcesRequest(parent=gallery.name)
    ).soft_deleted_resources
    assert [r.resource_arm_id for r in kept] == [version.name]
    restored = client.versions.UndeleteImageVersion(
        version_pb.UndeleteImageVersionRequest(name=version.name)
    )
    assert restored.name == version.name
    soft_delete()
    client.versions.PurgeImageVersion(version_pb.PurgeImageVersionRequest(name=version.name))
    with pytest.raises(NotFoundError):
        client.versions.PurgeImageVersion(version_pb.PurgeImageVersionRequest(name=version.name))


def test_a_plain_stub_call_raises_the_typed_error_with_its_violations(client, resource_group):
    with pytest.raises(InvalidArgumentError) as raised:
        client.galleries.CreateGallery(
            gallery_pb.CreateGalleryRequest(
                parent=resource_group,
                gallery_id="-bad-",
                gallery=gallery_pb.Gallery(location="eastus"),
            )
        )
    error = raised.value
    assert isinstance(error, ImageGalleryError) and isinstance(error, grpc.RpcError)
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT
    assert error.reason == "ERROR_REASON_INVALID_NAME"
    assert error.is_reason("ERROR_REASON_INVALID_NAME")
    assert ("gallery_id", "ERROR_REASON_INVALID_NAME") in [
        (v.field, v.reason) for v in error.violations
    ]
    assert error.details() == error.message and "-bad-" in error.message
    assert isinstance(error.__cause__, grpc.RpcError)  # grpc's own error, kept


def test_a_streaming_call_raises_the_typed_error(client, resource_group):
    missing = f"{resource_group}/providers/Microsoft.Compute/galleries/g/images/i/versions/1.0.0"
    with pytest.raises(NotFoundError) as raised:
        list(
            client.replication.ReadImageVersionDisk(
                replication_pb.ReadImageVersionDiskRequest(name=missing, region="eastus")
            )
        )
    assert raised.value.reason == "ERROR_REASON_RESOURCE_NOT_FOUND"

    # A future's failure is typed too.
    future = client.galleries.GetGallery.future(
        gallery_pb.GetGalleryRequest(
            name=f"{resource_group}/providers/Microsoft.Compute/galleries/g"
        )
    )
    assert isinstance(future.exception(), NotFoundError)
    with pytest.raises(NotFoundError):
        future.result()
