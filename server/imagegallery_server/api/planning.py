"""PlanningService: deployment resolution, image switches, replica advice and cost."""

from grpc.aio import ServicerContext
from imagegallery.v1 import common_pb2, planning_service_pb2_grpc
from imagegallery.v1 import planning_service_pb2 as pb

from imagegallery_server.api.convert import to_domain
from imagegallery_server.domain import planning
from imagegallery_server.domain.contract import to_proto
from imagegallery_server.domain.errors import Violations
from imagegallery_server.domain.model import StorageAccountType


class PlanningServicer(planning_service_pb2_grpc.PlanningServiceServicer):
    def __init__(self, planner: planning.Planning) -> None:
        self._planner = planner

    async def ResolveDeployment(
        self, request: pb.ResolveDeploymentRequest, _: ServicerContext
    ) -> pb.ResolveDeploymentResponse:
        v = Violations()
        vm = None
        if request.HasField("vm"):
            vm = to_domain(request.vm, planning.VirtualMachineSpec, "vm", v)
        deployment = self._planner.resolve(
            request.image_definition, request.version, request.region, vm, v
        )
        replica = deployment.replica
        return pb.ResolveDeploymentResponse(
            image_version=deployment.image_version,
            replica=pb.DeploymentReplica(
                id=replica.id,
                region=replica.region,
                index=replica.index,
                zones=list(replica.zones),
                storage_account_type=_storage_type(replica.storage_account_type),
                region_replicas=replica.region_replicas,
            ),
            warnings=_warnings(deployment.warnings),
            replication_mode=f"REPLICATION_MODE_{deployment.replication_mode.name}",
        )

    async def CheckImageSwitch(
        self, request: pb.CheckImageSwitchRequest, _: ServicerContext
    ) -> pb.CheckImageSwitchResponse:
        switch = self._planner.check_switch(request.current_image, request.target_image)
        return to_proto(switch, pb.CheckImageSwitchResponse)

    async def RecommendReplicas(
        self, request: pb.RecommendReplicasRequest, _: ServicerContext
    ) -> pb.RecommendReplicasResponse:
        advice = self._planner.recommend(
            request.concurrent_vms,
            list(request.scale_set_instances),
            request.margin,
            request.replica_limit,
        )
        return to_proto(advice, pb.RecommendReplicasResponse)

    async def CompareReplicas(
        self, request: pb.CompareReplicasRequest, _: ServicerContext
    ) -> pb.CompareReplicasResponse:
        loads = [
            planning.RegionalLoad(load.region, load.concurrent_vms, tuple(load.scale_set_instances))
            for load in request.loads
        ]
        comparison = self._planner.compare(
            request.image_version, loads, request.margin, request.replica_limit
        )
        return to_proto(comparison, pb.CompareReplicasResponse)

    async def EstimateCost(
        self, request: pb.EstimateCostRequest, _: ServicerContext
    ) -> pb.EstimateCostResponse:
        v = Violations()
        proposed = prices = None
        if request.HasField("proposed"):
            proposed = to_domain(request.proposed, planning.ProposedImageVersion, "proposed", v)
        if request.HasField("prices"):
            prices = to_domain(request.prices, planning.PriceTable, "prices", v)
        v.raise_if_any()
        estimate = self._planner.estimate_cost(request.image_version, proposed, prices)
        return to_proto(estimate, pb.EstimateCostResponse)


def _warnings(warnings: list[planning.PlanningWarning]) -> list[pb.PlanningWarning]:
    return [to_proto(warning, pb.PlanningWarning) for warning in warnings]


def _storage_type(value: StorageAccountType | None) -> common_pb2.StorageAccountType | str:
    """The enum value, or its proto name (which a message's constructor takes too)."""
    if value is None:
        return common_pb2.STORAGE_ACCOUNT_TYPE_UNSPECIFIED
    return f"STORAGE_ACCOUNT_TYPE_{value.name}"
