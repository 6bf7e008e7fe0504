"""The calls of one subscription by the ids of its resources, as
azure-mgmt-compute's operation groups take them::

    demo = client.subscription("demo")
    gallery = demo.create_gallery("rg", "images", Gallery(location="eastus"))
    version = demo.begin_create_image_version("rg", "images", "ubuntu", "1.0.0", v).result()
    for listed in demo.list_image_versions("rg", "images", "ubuntu"):
        ...

Each method builds the request and makes the call the client would make with it,
so on an AsyncClient each is awaited (or iterated with ``async for``) as that is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar

from imagegallery import ids
from imagegallery.uploads import DiskData
from imagegallery.v1 import gallery_service_pb2 as gallery_pb
from imagegallery.v1 import image_definition_service_pb2 as definition_pb
from imagegallery.v1 import image_source_service_pb2 as source_pb
from imagegallery.v1 import image_version_service_pb2 as version_pb

if TYPE_CHECKING:
    from imagegallery.client import Surface

BeginT = TypeVar("BeginT")
PagedT = TypeVar("PagedT")


class SubscriptionClient(Generic[BeginT, PagedT]):
    def __init__(self, client: Surface[BeginT, PagedT], subscription: str) -> None:
        self._client: Any = client  # its stubs are attributes of Client and AsyncClient
        self.subscription = subscription

    def resource_group_id(self, resource_group: str) -> str:
        return ids.resource_group_id(self.subscription, resource_group)

    def gallery_id(self, resource_group: str, gallery: str) -> str:
        return ids.gallery_id(self.subscription, resource_group, gallery)

    def image_definition_id(self, resource_group: str, gallery: str, image: str) -> str:
        return ids.image_definition_id(self.subscription, resource_group, gallery, image)

    def image_version_id(self, resource_group: str, gallery: str, image: str, version: str) -> str:
        return ids.image_version_id(self.subscription, resource_group, gallery, image, version)

    # Galleries

    def create_gallery(self, resource_group: str, gallery: str, body: gallery_pb.Gallery) -> Any:
        request = gallery_pb.CreateGalleryRequest(
            parent=self.resource_group_id(resource_group), gallery_id=gallery, gallery=body
        )
        return self._client.galleries.CreateGallery(request)

    def get_gallery(self, resource_group: str, gallery: str) -> Any:
        name = self.gallery_id(resource_group, gallery)
        return self._client.galleries.GetGallery(gallery_pb.GetGalleryRequest(name=name))

    def delete_gallery(self, resource_group: str, gallery: str) -> Any:
        name = self.gallery_id(resource_group, gallery)
        return self._client.galleries.DeleteGallery(gallery_pb.DeleteGalleryRequest(name=name))

    def list_galleries(self, resource_group: str = "-", page_size: int = 0) -> PagedT:
        """The galleries of a resource group; of the whole subscription for "-"."""
        parent = self.resource_group_id(resource_group)
        result: PagedT = self._client.list_galleries(parent, page_size)
        return result

    # Image definitions

    def create_image_definition(
        self,
        resource_group: str,
        gallery: str,
        image: str,
        body: definition_pb.ImageDefinition,
    ) -> Any:
        request = definition_pb.CreateImageDefinitionRequest(
            parent=self.gallery_id(resource_group, gallery),
            image_definition_id=image,
            image_definition=body,
        )
        return self._client.definitions.CreateImageDefinition(request)

    def get_image_definition(self, resource_group: str, gallery: str, image: str) -> Any:
        name = self.image_definition_id(resource_group, gallery, image)
        request = definition_pb.GetImageDefinitionRequest(name=name)
        return self._client.definitions.GetImageDefinition(request)

    def list_image_definitions(
        self, resource_group: str, gallery: str, page_size: int = 0
    ) -> PagedT:
        parent = self.gallery_id(resource_group, gallery)
        result: PagedT = self._client.list_image_definitions(parent, page_size)
        return result

    # Uploads and image sources

    def upload(self, resource_group: str, location: str, data: DiskData, **options: Any) -> Any:
        """Client.upload into the resource group."""
        parent = self.resource_group_id(resource_group)
        return self._client.upload(parent, location, data, **options)

    def create_image_source(
        self, resource_group: str, source: str, body: source_pb.ImageSource
    ) -> Any:
        request = source_pb.CreateImageSourceRequest(
            parent=self.resource_group_id(resource_group), image_source_id=source, image_source=body
        )
        return self._client.sources.CreateImageSource(request)

    # Image versions

    def begin_create_image_version(
        self,
        resource_group: str,
        gallery: str,
        image: str,
        version: str,
        body: version_pb.ImageVersion,
    ) -> BeginT:
        request = version_pb.CreateImageVersionRequest(
            parent=self.image_definition_id(resource_group, gallery, image),
            image_version_id=version,
            image_version=body,
        )
        result: BeginT = self._client.begin_create_image_version(request)
        return result

    def get_image_version(
        self, resource_group: str, gallery: str, image: str, version: str, *, full: bool = False
    ) -> Any:
        """The version; with `full`, its replication status too (Azure's
        ``expand=ReplicationStatus``)."""
        request = version_pb.GetImageVersionRequest(
            name=self.image_version_id(resource_group, gallery, image, version),
            view=version_pb.IMAGE_VERSION_VIEW_FULL if full else None,
        )
        return self._client.versions.GetImageVersion(request)

    def get_latest_image_version(
        self, resource_group: str, gallery: str, image: str, region: str = ""
    ) -> Any:
        request = version_pb.GetLatestImageVersionRequest(
            parent=self.image_definition_id(resource_group, gallery, image), region=region
        )
        return self._client.versions.GetLatestImageVersion(request)

    def list_image_versions(
        self, resource_group: str, gallery: str, image: str, page_size: int = 0
    ) -> PagedT:
        parent = self.image_definition_id(resource_group, gallery, image)
        result: PagedT = self._client.list_image_versions(parent, page_size)
        return result

    def begin_delete_image_version(
        self, resource_group: str, gallery: str, image: str, version: str
    ) -> BeginT:
        name = self.image_version_id(resource_group, gallery, image, version)
        result: BeginT = self._client.begin_delete_image_version(name)
        return result
