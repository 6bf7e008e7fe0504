"""The Python SDK against a live server, as the runner starts it:

    .venv/bin/python -m imagegallery_server.testing \\
        python='.venv/bin/python -m pytest -q -p no:cacheprovider clients/python/tests'

The runner sets IMAGEGALLERY_ADDRESS (the server) and IMAGEGALLERY_TOKEN (a token
of the suite's own principal, an administrator), and afterwards checks that this
principal called every RPC the server serves. Each test works under subscriptions
of its own ("python-…"), so that it neither sees nor disturbs other suites; it
never revokes the suite's token nor demotes an administrator.
"""

import os
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from imagegallery.client import Client
from imagegallery.v1 import access_service_pb2 as access_pb
from imagegallery.v1 import gallery_service_pb2 as gallery_pb
from imagegallery.v1 import image_definition_service_pb2 as definition_pb
from imagegallery.v1 import image_source_service_pb2 as source_pb
from imagegallery.v1 import image_version_service_pb2 as version_pb

ADDRESS = os.environ.get("IMAGEGALLERY_ADDRESS", "")
TOKEN = os.environ.get("IMAGEGALLERY_TOKEN", "")
MiB = 1024 * 1024
COMPLETED = version_pb.AGGREGATED_REPLICATION_STATE_COMPLETED


def pytest_configure(config: pytest.Config) -> None:
    if not ADDRESS or not TOKEN:
        raise pytest.UsageError(
            "clients/python/tests run against a live server: IMAGEGALLERY_ADDRESS and "
            "IMAGEGALLERY_TOKEN must be set (the runner sets both):\n"
            "  .venv/bin/python -m imagegallery_server.testing "
            "python='.venv/bin/python -m pytest -q -p no:cacheprovider clients/python/tests'"
        )


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


@pytest.fixture(scope="session")
def client() -> Iterator[Client]:
    """The suite's principal, an administrator."""
    with Client(ADDRESS, token=TOKEN, timeout=30) as client:
        yield client


def new_subscription(client: Client, prefix: str = "python") -> str:
    """A subscription of the test's own, created in the caller's tenant (resources
    live only in a subscription that exists); its name."""
    request = access_pb.CreateSubscriptionRequest(subscription_id=unique(prefix))
    return client.access.CreateSubscription(request).name


@pytest.fixture
def resource_group(client: Client) -> str:
    """A resource group in a subscription of its own."""
    return f"{new_subscription(client)}/resourceGroups/rg"


def every(list_call: Callable[..., Any], request: Any, field: str) -> list[Any]:
    """Every item of a paged List call, page by page."""
    items, request = [], type(request).FromString(request.SerializeToString())
    while True:
        page = list_call(request)
        items += list(getattr(page, field))
        if not page.next_page_token:
            return items
        request.page_token = page.next_page_token


def disk_with_holes() -> bytes:
    """A 9 MiB disk: random bytes at its start and around 6 MiB, zeros elsewhere,
    so that whole 4 MiB chunks of zeros are never sent."""
    data = bytearray(9 * MiB)
    data[0 : 64 * 1024] = os.urandom(64 * 1024)
    data[6 * MiB + 100 : 6 * MiB + 100 + 8192] = os.urandom(8192)
    return bytes(data)


class Catalog:
    """The usual first steps, through the SDK: a gallery, a definition, a source."""

    def __init__(self, client: Client, resource_group: str) -> None:
        self.client, self.resource_group = client, resource_group

    def gallery(self, gallery_id: str = "gallery", location: str = "eastus") -> gallery_pb.Gallery:
        return self.client.galleries.CreateGallery(
            gallery_pb.CreateGalleryRequest(
                parent=self.resource_group,
                gallery_id=gallery_id,
                gallery=gallery_pb.Gallery(location=location, description="made by the SDK"),
            )
        )

    def definition(
        self, gallery: str, image_id: str = "ubuntu", **fields: Any
    ) -> definition_pb.ImageDefinition:
        values: dict[str, Any] = {
            "os_type": 2,  # Linux
            "os_state": 1,  # Generalized
            "identifier": definition_pb.ImageIdentifier(
                publisher="Contoso", offer="Ubuntu", sku=image_id
            ),
            **fields,
        }
        return self.client.definitions.CreateImageDefinition(
            definition_pb.CreateImageDefinitionRequest(
                parent=gallery,
                image_definition_id=image_id,
                image_definition=definition_pb.ImageDefinition(**values),
            )
        )

    def source(
        self, data: bytes, source_id: str = "disk", location: str = "eastus"
    ) -> source_pb.ImageSource:
        upload = self.client.upload(self.resource_group, location, data)
        return self.client.sources.CreateImageSource(
            source_pb.CreateImageSourceRequest(
                parent=self.resource_group,
                image_source_id=source_id,
                image_source=source_pb.ImageSource(
                    location=location,
                    kind=source_pb.IMAGE_SOURCE_KIND_MANAGED_IMAGE,
                    os_type=2,
                    os_state=1,
                    os_disk=source_pb.SourceDisk(upload=upload.name),
                ),
            )
        )

    def create_version(self, definition: str, version_id: str, source: str, *regions, **profile):
        """Starts creating a version; regions are names or TargetRegion messages."""
        targets = [
            r if isinstance(r, version_pb.TargetRegion) else version_pb.TargetRegion(name=r)
            for r in regions
        ]
        return self.client.versions.CreateImageVersion(
            version_pb.CreateImageVersionRequest(
                parent=definition,
                image_version_id=version_id,
                image_version=version_pb.ImageVersion(
                    storage_profile=version_pb.StorageProfile(source=source),
                    publishing_profile=version_pb.PublishingProfile(
                        target_regions=targets, **profile
                    ),
                ),
            )
        )


@pytest.fixture
def catalog(client: Client, resource_group: str) -> Catalog:
    return Catalog(client, resource_group)
