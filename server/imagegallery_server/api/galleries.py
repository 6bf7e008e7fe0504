from google.protobuf.empty_pb2 import Empty
from grpc.aio import ServicerContext
from imagegallery.v1 import gallery_service_pb2 as pb
from imagegallery.v1 import gallery_service_pb2_grpc

from imagegallery_server.api.resource_edge import ResourceEdge
from imagegallery_server.domain.galleries import Galleries
from imagegallery_server.domain.model import Gallery


class GalleryServicer(gallery_service_pb2_grpc.GalleryServiceServicer):
    def __init__(self, galleries: Galleries) -> None:
        self._edge = ResourceEdge(
            galleries, pb.Gallery, Gallery, "gallery", pb.ListGalleriesResponse, "galleries"
        )

    async def GetGallery(self, request: pb.GetGalleryRequest, _: ServicerContext) -> pb.Gallery:
        return self._edge.get(request)

    async def ListGalleries(
        self, request: pb.ListGalleriesRequest, _: ServicerContext
    ) -> pb.ListGalleriesResponse:
        return self._edge.list(request)

    async def CreateGallery(
        self, request: pb.CreateGalleryRequest, _: ServicerContext
    ) -> pb.Gallery:
        return await self._edge.create("CreateGallery", request)

    async def UpdateGallery(
        self, request: pb.UpdateGalleryRequest, _: ServicerContext
    ) -> pb.Gallery:
        return await self._edge.update("UpdateGallery", request)

    async def DeleteGallery(self, request: pb.DeleteGalleryRequest, _: ServicerContext) -> Empty:
        return await self._edge.delete("DeleteGallery", request)
