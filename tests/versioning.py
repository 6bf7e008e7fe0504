"""Helpers for tests of image versions: a source of real bytes, and operations waited on."""

import hashlib
import os
from pathlib import Path

from conftest import definition_pb, gallery_pb, new_definition
from google.longrunning import operations_pb2, operations_pb2_grpc
from google.protobuf.duration_pb2 import Duration
from imagegallery.v1 import (
    gallery_service_pb2_grpc,
    image_definition_service_pb2_grpc,
    image_source_service_pb2_grpc,
    image_version_service_pb2_grpc,
    region_service_pb2_grpc,
    replication_service_pb2_grpc,
)
from imagegallery.v1 import image_source_service_pb2 as source_pb
from imagegallery.v1 import image_version_service_pb2 as version_pb
from test_uploads import chunks, commit, new_upload, upload_disk

MiB = 2**20
# A copy that fails is tried twice, a tenth of a second apart, then its region fails.
QUICK_RETRIES = {
    "IMAGEGALLERY_REPLICATION_ATTEMPTS": "2",
    "IMAGEGALLERY_REPLICATION_RETRY_SECONDS": "0.1",
}


class Catalog:
    """Stubs on one channel, and the steps most version tests start with."""

    def __init__(self, channel, resource_group: str) -> None:
        self.resource_group = resource_group
        self.replication = replication_service_pb2_grpc.ReplicationServiceStub(channel)
        self.regions = region_service_pb2_grpc.RegionServiceStub(channel)
        self.galleries = gallery_service_pb2_grpc.GalleryServiceStub(channel)
        self.definitions = image_definition_service_pb2_grpc.ImageDefinitionServiceStub(channel)
        self.sources = image_source_service_pb2_grpc.ImageSourceServiceStub(channel)
        self.versions = image_version_service_pb2_grpc.ImageVersionServiceStub(channel)
        self.operations = operations_pb2_grpc.OperationsStub(channel)

    def definition(self, location: str = "eastus", **fields) -> definition_pb.ImageDefinition:
        gallery = self.galleries.CreateGallery(
            gallery_pb.CreateGalleryRequest(
                parent=self.resource_group,
                gallery_id="gallery",
                gallery=gallery_pb.Gallery(location=location),
            )
        )
        return self.definitions.CreateImageDefinition(
            definition_pb.CreateImageDefinitionRequest(
                parent=gallery.name,
                image_definition_id="image",
                image_definition=new_definition(**fields),
            )
        )

    def interrupted_upload(self, data: bytes, cut: int, location: str = "eastus"):
        """A committed upload whose first stream stopped after `cut` bytes, resumed
        from the offset the server reports."""
        upload = new_upload(self.sources, self.resource_group, len(data), location)
        self.sources.WriteUpload(chunks(upload.name, data[:cut]))
        held = self.sources.GetUpload(source_pb.GetUploadRequest(name=upload.name)).received_bytes
        assert held == cut
        self.sources.WriteUpload(chunks(upload.name, data[held:], offset=held))
        return commit(self.sources, upload, data)

    def source(
        self,
        data: bytes,
        source_id: str = "image",
        location: str = "eastus",
        kind: int = source_pb.IMAGE_SOURCE_KIND_MANAGED_IMAGE,
        upload: source_pb.Upload | None = None,
        **fields,
    ) -> source_pb.ImageSource:
        upload = upload or upload_disk(self.sources, self.resource_group, data, location)
        values = {"os_type": 2, "os_state": 1, **fields}  # Linux, Generalized
        return self.sources.CreateImageSource(
            source_pb.CreateImageSourceRequest(
                parent=self.resource_group,
                image_source_id=source_id,
                image_source=source_pb.ImageSource(
                    location=location,
                    kind=kind,
                    os_disk=source_pb.SourceDisk(upload=upload.name),
                    **values,
                ),
            )
        )

    def create_version(self, definition, version_id: str, source: str, *targets, **profile):
        """Starts creating a version; targets are TargetRegion messages or region names."""
        regions = [
            t if isinstance(t, version_pb.TargetRegion) else version_pb.TargetRegion(name=t)
            for t in targets
        ]
        return self.versions.CreateImageVersion(
            version_pb.CreateImageVersionRequest(
                parent=definition.name,
                image_version_id=version_id,
                image_version=version_pb.ImageVersion(
                    storage_profile=version_pb.StorageProfile(source=source),
                    publishing_profile=version_pb.PublishingProfile(
                        target_regions=regions, **profile
                    ),
                ),
            )
        )

    def wait(self, operation, seconds: int = 60) -> operations_pb2.Operation:
        done = self.operations.WaitOperation(
            operations_pb2.WaitOperationRequest(
                name=operation.name, timeout=Duration(seconds=seconds)
            )
        )
        assert done.done, f"{operation.name} still running after {seconds} s"
        return done

    def version(self, name: str, full: bool = True) -> version_pb.ImageVersion:
        view = version_pb.IMAGE_VERSION_VIEW_FULL if full else version_pb.IMAGE_VERSION_VIEW_BASIC
        return self.versions.GetImageVersion(
            version_pb.GetImageVersionRequest(name=name, view=view)
        )


def disk_bytes(data_mib: int, zero_mib: int = 0) -> bytes:
    """Random bytes followed by zeros (which are neither stored nor copied)."""
    return os.urandom(data_mib * MiB) + bytes(zero_mib * MiB)


def replica_files(data_dir: Path) -> list[Path]:
    """Every finished replica disk under the data dir's regions (passing over a folder
    the replication cleaner removes meanwhile)."""
    return [
        Path(folder) / name
        for folder, _, names in os.walk(data_dir / "regions")
        for name in names
        if not name.endswith(".partial")
    ]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
