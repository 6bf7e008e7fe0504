"""Publishes an image through the Python SDK: a gallery, an image definition, a
disk uploaded from a local file, a version replicated to two regions and watched
until Completed, "latest" resolved, and an error handled.

    IMAGEGALLERY_ADDRESS=127.0.0.1:50051 IMAGEGALLERY_TOKEN=igt_... python scenario.py

IMAGEGALLERY_RESOURCE_GROUP names the resource group to publish in (the token's
principal needs Contributor there); by default a resource group in a subscription
the example creates, which only an administrator may do.
"""

import os
import sys
import tempfile
import uuid
from pathlib import Path

from imagegallery.client import Client
from imagegallery.errors import AlreadyExistsError, ImageGalleryError, InvalidArgumentError
from imagegallery.v1 import access_service_pb2 as access_pb
from imagegallery.v1 import gallery_service_pb2 as gallery_pb
from imagegallery.v1 import image_definition_service_pb2 as definition_pb
from imagegallery.v1 import image_source_service_pb2 as source_pb
from imagegallery.v1 import image_version_service_pb2 as version_pb

COMPLETED = version_pb.AGGREGATED_REPLICATION_STATE_COMPLETED
FAILED = version_pb.AGGREGATED_REPLICATION_STATE_FAILED


def main() -> int:
    address = os.environ.get("IMAGEGALLERY_ADDRESS", "127.0.0.1:50051")
    token = os.environ.get("IMAGEGALLERY_TOKEN")
    resource_group = os.environ.get("IMAGEGALLERY_RESOURCE_GROUP", "")

    with Client(address, token=token) as client:
        caller = client.access.GetCaller(access_pb.GetCallerRequest())
        print(f"signed in as {caller.principal.name or 'anyone (auth is off)'}")

        if not resource_group:
            # Resources live in a subscription that exists: one of the example's own.
            subscription = client.access.CreateSubscription(
                access_pb.CreateSubscriptionRequest(subscription_id=str(uuid.uuid4()))
            )
            resource_group = f"{subscription.name}/resourceGroups/images"

        gallery = client.galleries.CreateGallery(
            gallery_pb.CreateGalleryRequest(
                parent=resource_group,
                gallery_id="images",
                gallery=gallery_pb.Gallery(location="eastus", description="Example images"),
            )
        )
        print(f"gallery {gallery.name}")

        # Errors are typed: the same gallery again already exists.
        try:
            client.galleries.CreateGallery(
                gallery_pb.CreateGalleryRequest(
                    parent=resource_group,
                    gallery_id="images",
                    gallery=gallery_pb.Gallery(location="eastus"),
                )
            )
        except AlreadyExistsError as error:
            print(f"error handled: {error.code.name} {error.reason}")
        # ... and bad input names every field at fault.
        try:
            client.galleries.CreateGallery(
                gallery_pb.CreateGalleryRequest(parent=resource_group, gallery_id="-bad-")
            )
        except InvalidArgumentError as error:
            for violation in error.violations:
                print(f"error handled: {violation.field}: {violation.reason}")

        definition = client.definitions.CreateImageDefinition(
            definition_pb.CreateImageDefinitionRequest(
                parent=gallery.name,
                image_definition_id="ubuntu",
                image_definition=definition_pb.ImageDefinition(
                    os_type=2,  # Linux
                    os_state=1,  # Generalized
                    identifier=definition_pb.ImageIdentifier(
                        publisher="Contoso", offer="Ubuntu", sku="22_04"
                    ),
                ),
            )
        )
        print(f"definition {definition.name}")

        # A disk file of 8 MiB: 1 MiB of data, then zeros (which are not sent).
        with tempfile.TemporaryDirectory() as scratch:
            disk = Path(scratch) / "disk.raw"
            disk.write_bytes(os.urandom(1 << 20) + bytes(7 << 20))
            upload = client.upload(resource_group, "eastus", disk)
        print(f"uploaded {upload.disk.size_bytes} bytes, sha256 {upload.disk.sha256}")
        source = client.sources.CreateImageSource(
            source_pb.CreateImageSourceRequest(
                parent=resource_group,
                image_source_id="ubuntu-disk",
                image_source=source_pb.ImageSource(
                    location="eastus",
                    kind=source_pb.IMAGE_SOURCE_KIND_MANAGED_IMAGE,
                    os_type=2,
                    os_state=1,
                    os_disk=source_pb.SourceDisk(upload=upload.name),
                ),
            )
        )

        operation = client.versions.CreateImageVersion(
            version_pb.CreateImageVersionRequest(
                parent=definition.name,
                image_version_id="1.0.0",
                image_version=version_pb.ImageVersion(
                    storage_profile=version_pb.StorageProfile(source=source.name),
                    publishing_profile=version_pb.PublishingProfile(
                        target_regions=[
                            version_pb.TargetRegion(name="eastus"),
                            version_pb.TargetRegion(name="westus"),
                        ]
                    ),
                ),
            )
        )
        name = f"{definition.name}/versions/1.0.0"
        print(f"creating {name} ({operation.name})")

        for message in client.watch(name, send_initial_state=True):
            if not message.HasField("change"):
                continue
            status = message.change.status
            state = version_pb.AggregatedReplicationState.Name(status.aggregated_state)
            regions = ", ".join(f"{s.region} {s.progress}%" for s in status.summary)
            print(f"  {state}: {regions}")
            if status.aggregated_state in (COMPLETED, FAILED):
                break
        version = client.wait(operation)  # raises the operation's error, if it failed
        print(f"published {version.name}")

        latest = client.versions.GetLatestImageVersion(
            version_pb.GetLatestImageVersionRequest(parent=definition.name, region="westus")
        )
        print(f"latest in westus: {latest.name}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except ImageGalleryError as error:
        print(f"failed: {error}", file=sys.stderr)
        sys.exit(1)
