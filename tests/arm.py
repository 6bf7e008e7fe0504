"""Helpers for the ARM front's tests: a server serving it (auth on), a subscription
to work in, and image sources made over gRPC (ARM has no upload of its own)."""

from pathlib import Path

from imagegallery.client import Client
from imagegallery.v1 import access_service_pb2 as access_pb
from imagegallery.v1 import common_pb2 as common
from imagegallery.v1 import image_source_service_pb2 as source_pb
from imagegallery_server.testing import ServerProcess

SUBSCRIPTION = "arm-sdk"
RG = "images"


def arm_server(data_dir: Path) -> ServerProcess:
    """A started server with the ARM front on, and SUBSCRIPTION made."""
    server = ServerProcess(
        data_dir, env={"IMAGEGALLERY_AUTH": "token"}, args=["--arm-listen", "127.0.0.1:0"]
    ).start()
    with Client(server.address, token=server.owner_token) as client:
        request = access_pb.CreateSubscriptionRequest(subscription_id=SUBSCRIPTION)
        client.access.CreateSubscription(request)
    return server


def image_source(server: ServerProcess, source_id: str) -> str:
    """A managed image (Linux, generalized, Hyper-V V2) made from an upload; its id."""
    with Client(server.address, token=server.owner_token) as client:
        group = f"/subscriptions/{SUBSCRIPTION}/resourceGroups/{RG}"
        upload = client.upload(group, "eastus", bytes(range(256)) * 4096)
        source = client.sources.CreateImageSource(
            source_pb.CreateImageSourceRequest(
                parent=group,
                image_source_id=source_id,
                image_source=source_pb.ImageSource(
                    location="eastus",
                    kind=source_pb.IMAGE_SOURCE_KIND_MANAGED_IMAGE,
                    os_type=common.OS_TYPE_LINUX,
                    os_state=common.OS_STATE_GENERALIZED,
                    hyper_v_generation=common.HYPER_V_GENERATION_V2,
                    os_disk=source_pb.SourceDisk(upload=upload.name),
                ),
            )
        )
    return source.name
