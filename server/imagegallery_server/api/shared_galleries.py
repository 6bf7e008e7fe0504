"""SharedGalleryService: sharing a gallery, and reading what is shared, proto ⇄ domain."""

from collections.abc import Callable
from typing import Any, TypeVar

from google.protobuf.message import Message
from grpc.aio import ServicerContext
from imagegallery.v1 import gallery_service_pb2, shared_gallery_service_pb2_grpc
from imagegallery.v1 import shared_gallery_service_pb2 as pb

from imagegallery_server.api import requests
from imagegallery_server.api.convert import to_domain
from imagegallery_server.auth import context
from imagegallery_server.domain.contract import to_proto
from imagegallery_server.domain.errors import Violations
from imagegallery_server.domain.model import Page, SharingOperation, SharingProfileGroup
from imagegallery_server.domain.sharing import Sharing


class SharedGalleryServicer(shared_gallery_service_pb2_grpc.SharedGalleryServiceServicer):
    def __init__(self, sharing: Sharing) -> None:
        self._sharing = sharing

    async def ShareGallery(
        self, request: pb.ShareGalleryRequest, _: ServicerContext
    ) -> gallery_service_pb2.Gallery:
        v = Violations()
        operation = _operation(request.operation_type, v)
        groups = [
            to_domain(group, SharingProfileGroup, f"groups[{index}]", v)
            for index, group in enumerate(request.groups)
        ]
        mutation = requests.mutation("ShareGallery", request, v)
        gallery = await self._sharing.share(request.gallery, operation, groups, mutation, v)
        return to_proto(gallery, gallery_service_pb2.Gallery)

    async def ListSharedGalleries(
        self, request: pb.ListSharedGalleriesRequest, _: ServicerContext
    ) -> pb.ListSharedGalleriesResponse:
        caller = context.caller()
        return _listed(
            request,
            lambda size, after: self._sharing.list_galleries(request.parent, size, after, caller),
            pb.SharedGallery,
            pb.ListSharedGalleriesResponse,
        )

    async def GetSharedGallery(
        self, request: pb.GetSharedGalleryRequest, _: ServicerContext
    ) -> pb.SharedGallery:
        return to_proto(self._sharing.gallery(request.name), pb.SharedGallery)

    async def ListSharedGalleryImages(
        self, request: pb.ListSharedGalleryImagesRequest, _: ServicerContext
    ) -> pb.ListSharedGalleryImagesResponse:
        return _listed(
            request,
            lambda size, after: self._sharing.list_images(request.parent, size, after),
            pb.SharedGalleryImage,
            pb.ListSharedGalleryImagesResponse,
        )

    async def GetSharedGalleryImage(
        self, request: pb.GetSharedGalleryImageRequest, _: ServicerContext
    ) -> pb.SharedGalleryImage:
        return to_proto(self._sharing.image(request.name), pb.SharedGalleryImage)

    async def ListSharedGalleryImageVersions(
        self, request: pb.ListSharedGalleryImageVersionsRequest, _: ServicerContext
    ) -> pb.ListSharedGalleryImageVersionsResponse:
        return _listed(
            request,
            lambda size, after: self._sharing.list_versions(request.parent, size, after),
            pb.SharedGalleryImageVersion,
            pb.ListSharedGalleryImageVersionsResponse,
        )

    async def GetSharedGalleryImageVersion(
        self, request: pb.GetSharedGalleryImageVersionRequest, _: ServicerContext
    ) -> pb.SharedGalleryImageVersion:
        return to_proto(self._sharing.version(request.name), pb.SharedGalleryImageVersion)


R = TypeVar("R", bound=Message)


def _operation(number: int, v: Violations) -> SharingOperation | None:
    if number == 0:
        return None  # refused as missing by the domain
    if number not in pb.SharingOperation.values():
        v.add("operation_type", "FIELD_INVALID", f"{number} is not a SharingOperation")
        return None
    return SharingOperation[pb.SharingOperation.Name(number).removeprefix("SHARING_OPERATION_")]


def _listed(
    request: Any,
    list_page: Callable[[int, str], Page[Any]],
    message: type[Message],
    response: type[R],
) -> R:
    """A page of a list request as `message`s, in `response` (whose one repeated
    field holds them) with the token of the next page."""
    v = Violations()
    size = requests.page_size(request.page_size, v)
    after = requests.read_page_token(request.page_token, request.parent, v)
    v.raise_if_any()
    page = list_page(size, after)
    messages, next_after = requests.fit_page(
        [to_proto(item, message) for item in page.items], page.next_after
    )
    (field,) = [f.name for f in response.DESCRIPTOR.fields if f.name != "next_page_token"]
    token = requests.page_token(next_after, request.parent)
    return response(**{field: messages, "next_page_token": token})
