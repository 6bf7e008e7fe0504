from grpc.aio import ServicerContext
from imagegallery.v1 import maintenance_service_pb2 as pb
from imagegallery.v1 import maintenance_service_pb2_grpc

from imagegallery_server.api.convert import to_domain
from imagegallery_server.domain.contract import to_proto
from imagegallery_server.domain.errors import Violations
from imagegallery_server.domain.maintenance import Maintenance, RegionConditions


class MaintenanceServicer(maintenance_service_pb2_grpc.MaintenanceServiceServicer):
    def __init__(self, maintenance: Maintenance) -> None:
        self._maintenance = maintenance

    async def ScrubReplicas(
        self, request: pb.ScrubReplicasRequest, _: ServicerContext
    ) -> pb.ScrubReplicasResponse:
        checked, damaged = await self._maintenance.scrub(request.scope)
        return pb.ScrubReplicasResponse(replicas_checked=checked, damaged=damaged)

    async def GetRegionConditions(
        self, request: pb.GetRegionConditionsRequest, _: ServicerContext
    ) -> pb.RegionConditions:
        return to_proto(self._maintenance.get(request.region), pb.RegionConditions)

    async def UpdateRegionConditions(
        self, request: pb.UpdateRegionConditionsRequest, _: ServicerContext
    ) -> pb.RegionConditions:
        v = Violations()
        conditions = to_domain(request.conditions, RegionConditions, "conditions", v)
        v.raise_if_any()
        return to_proto(await self._maintenance.update(conditions), pb.RegionConditions)
