from google.longrunning import operations_pb2
from google.protobuf.empty_pb2 import Empty
from grpc.aio import ServicerContext
from imagegallery.v1 import image_version_service_pb2 as pb
from imagegallery.v1 import image_version_service_pb2_grpc

from imagegallery_server.api import requests
from imagegallery_server.api.convert import to_domain
from imagegallery_server.api.operations import operation_message
from imagegallery_server.auth import context
from imagegallery_server.domain.contract import to_proto
from imagegallery_server.domain.errors import Violations
from imagegallery_server.domain.image_versions import ImageVersions
from imagegallery_server.domain.model import ImageVersion
from imagegallery_server.domain.soft_deleted_versions import SoftDeletedVersions

FULL = pb.IMAGE_VERSION_VIEW_FULL


class ImageVersionServicer(image_version_service_pb2_grpc.ImageVersionServiceServicer):
    def __init__(self, versions: ImageVersions, soft_deleted: SoftDeletedVersions) -> None:
        self._versions = versions
        self._soft_deleted = soft_deleted

    async def GetImageVersion(
        self, request: pb.GetImageVersionRequest, _: ServicerContext
    ) -> pb.ImageVersion:
        # The domain answers the message serialized, as it is stored (here and below).
        return self._versions.answer_version(request.name, full=request.view == FULL)  # type: ignore[return-value]

    async def ListImageVersions(
        self, request: pb.ListImageVersionsRequest, _: ServicerContext
    ) -> pb.ListImageVersionsResponse:
        v = Violations()
        size = requests.page_size(request.page_size, v)
        after = requests.read_page_token(request.page_token, request.parent, v)
        v.raise_if_any()
        within = context.require_list(request.parent)
        full = request.view == FULL
        page = self._versions.list_page(request.parent, size, after, within, full=full)
        messages, next_after = requests.fit_page(page.items, page.next_after)
        return pb.ListImageVersionsResponse(
            image_versions=messages,  # type: ignore[arg-type]
            next_page_token=requests.page_token(next_after, request.parent),
        )

    async def GetLatestImageVersion(
        self, request: pb.GetLatestImageVersionRequest, _: ServicerContext
    ) -> pb.ImageVersion:
        return self._versions.answer_latest(request.parent, request.region, request.view == FULL)  # type: ignore[return-value]

    async def CreateImageVersion(
        self, request: pb.CreateImageVersionRequest, _: ServicerContext
    ) -> operations_pb2.Operation:
        v = Violations()
        version = self._read(request.image_version, v)
        mutation = requests.mutation("CreateImageVersion", request, v)
        operation = await self._versions.create(
            request.parent, request.image_version_id, version, mutation, v
        )
        return operation_message(operation, self._versions)

    async def UpdateImageVersion(
        self, request: pb.UpdateImageVersionRequest, _: ServicerContext
    ) -> operations_pb2.Operation:
        v = Violations()
        version = self._read(request.image_version, v)
        paths = requests.update_paths(request.image_version, request.update_mask, "update_mask", v)
        mutation = requests.mutation("UpdateImageVersion", request, v)
        operation = await self._versions.update(version, paths, mutation, v)
        return operation_message(operation, self._versions)

    async def DeleteImageVersion(
        self, request: pb.DeleteImageVersionRequest, _: ServicerContext
    ) -> operations_pb2.Operation:
        mutation = requests.sole_mutation("DeleteImageVersion", request)
        operation = await self._versions.delete(
            request.name, request.etag, False, mutation, request.bypass_soft_delete
        )
        return operation_message(operation, self._versions)

    async def RetryImageVersionReplication(
        self, request: pb.RetryImageVersionReplicationRequest, _: ServicerContext
    ) -> operations_pb2.Operation:
        mutation = requests.sole_mutation("RetryImageVersionReplication", request)
        operation = await self._versions.retry(request.name, mutation)
        return operation_message(operation, self._versions)

    async def ListSoftDeletedResources(
        self, request: pb.ListSoftDeletedResourcesRequest, _: ServicerContext
    ) -> pb.ListSoftDeletedResourcesResponse:
        v = Violations()
        size = requests.page_size(request.page_size, v)
        after = requests.read_page_token(request.page_token, request.parent, v)
        v.raise_if_any()
        page = self._soft_deleted.list_page(request.parent, size, after)
        messages = [to_proto(item, pb.SoftDeletedResource) for item in page.items]
        fitted, next_after = requests.fit_page(messages, page.next_after)
        return pb.ListSoftDeletedResourcesResponse(
            soft_deleted_resources=fitted,
            next_page_token=requests.page_token(next_after, request.parent),
        )

    async def UndeleteImageVersion(
        self, request: pb.UndeleteImageVersionRequest, _: ServicerContext
    ) -> pb.ImageVersion:
        mutation = requests.sole_mutation("UndeleteImageVersion", request)
        restored = await self._soft_deleted.undelete(request.name, mutation)
        return to_proto(restored, pb.ImageVersion)

    async def PurgeImageVersion(
        self, request: pb.PurgeImageVersionRequest, _: ServicerContext
    ) -> Empty:
        mutation = requests.sole_mutation("PurgeImageVersion", request)
        await self._soft_deleted.purge(request.name, mutation)
        return Empty()

    def _read(self, message: pb.ImageVersion, v: Violations) -> ImageVersion:
        return to_domain(message, ImageVersion, "image_version", v)
