from grpc.aio import ServicerContext
from imagegallery.v1 import region_service_pb2 as pb
from imagegallery.v1 import region_service_pb2_grpc

from imagegallery_server.api import requests
from imagegallery_server.domain import regions
from imagegallery_server.domain.errors import Violations
from imagegallery_server.domain.validation import check_region


class RegionServicer(region_service_pb2_grpc.RegionServiceServicer):
    async def GetRegion(self, request: pb.GetRegionRequest, _: ServicerContext) -> pb.Region:
        v = Violations()
        region = check_region(request.name, "name", v)
        v.raise_if_any()
        assert region is not None
        return _message(region)

    async def ListRegions(
        self, request: pb.ListRegionsRequest, _: ServicerContext
    ) -> pb.ListRegionsResponse:
        v = Violations()
        every = len(regions.PUBLIC_REGIONS)
        size = min(requests.page_size(request.page_size or every, v), every)
        after = requests.read_page_token(request.page_token, "regions", v)
        v.raise_if_any()
        rest = [r for r in regions.PUBLIC_REGIONS if r.name > after]
        more = len(rest) > size
        return pb.ListRegionsResponse(
            regions=[_message(r) for r in rest[:size]],
            next_page_token=requests.page_token(rest[size - 1].name if more else None, "regions"),
        )


def _message(region: regions.Region) -> pb.Region:
    return pb.Region(
        name=region.name,
        display_name=region.display_name,
        has_availability_zones=region.has_availability_zones,
        requires_allow_listing=region.name in regions.NEEDS_ALLOW_LIST,
    )
