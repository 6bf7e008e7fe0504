from google.protobuf.empty_pb2 import Empty
from grpc.aio import ServicerContext
from imagegallery.v1 import image_definition_service_pb2 as pb
from imagegallery.v1 import image_definition_service_pb2_grpc

from imagegallery_server.api.resource_edge import ResourceEdge
from imagegallery_server.domain.image_definitions import ImageDefinitions
from imagegallery_server.domain.model import ImageDefinition


class ImageDefinitionServicer(image_definition_service_pb2_grpc.ImageDefinitionServiceServicer):
    def __init__(self, definitions: ImageDefinitions) -> None:
        self._edge = ResourceEdge(
            definitions,
            pb.ImageDefinition,
            ImageDefinition,
            "image_definition",
            pb.ListImageDefinitionsResponse,
            "image_definitions",
        )

    async def GetImageDefinition(
        self, request: pb.GetImageDefinitionRequest, _: ServicerContext
    ) -> pb.ImageDefinition:
        return self._edge.get(request)

    async def ListImageDefinitions(
        self, request: pb.ListImageDefinitionsRequest, _: ServicerContext
    ) -> pb.ListImageDefinitionsResponse:
        return self._edge.list(request)

    async def CreateImageDefinition(
        self, request: pb.CreateImageDefinitionRequest, _: ServicerContext
    ) -> pb.ImageDefinition:
        return await self._edge.create("CreateImageDefinition", request)

    async def UpdateImageDefinition(
        self, request: pb.UpdateImageDefinitionRequest, _: ServicerContext
    ) -> pb.ImageDefinition:
        return await self._edge.update("UpdateImageDefinition", request)

    async def DeleteImageDefinition(
        self, request: pb.DeleteImageDefinitionRequest, _: ServicerContext
    ) -> Empty:
        return await self._edge.delete("DeleteImageDefinition", request)
