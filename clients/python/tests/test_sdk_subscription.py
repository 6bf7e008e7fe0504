"""The calls of one subscription by the ids of its resources, as azure-mgmt-compute
takes them, on the sync and the asyncio client."""

import asyncio

import pytest
from conftest import ADDRESS, TOKEN, disk_with_holes, new_subscription
from imagegallery import ids
from imagegallery.aio import AsyncClient
from imagegallery.errors import NotFoundError
from imagegallery.v1 import common_pb2 as common
from imagegallery.v1 import gallery_service_pb2 as gallery_pb
from imagegallery.v1 import image_definition_service_pb2 as definition_pb
from imagegallery.v1 import image_source_service_pb2 as source_pb
from imagegallery.v1 import image_version_service_pb2 as version_pb

LINUX = {"os_type": common.OS_TYPE_LINUX, "os_state": common.OS_STATE_GENERALIZED}


def test_ids_are_azure_resource_ids():
    assert ids.image_version_id("s", "rg", "g", "i", "1.0.0") == (
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/galleries/g"
        "/images/i/versions/1.0.0"
    )
    assert ids.image_definition_id("s", "rg", "g", "i").endswith("/galleries/g/images/i")
    assert ids.resource_group_id("s", "rg") == "/subscriptions/s/resourceGroups/rg"


def test_a_version_published_and_read_by_its_ids(client):
    demo = client.subscription(new_subscription(client).rsplit("/", 1)[1])

    gallery = demo.create_gallery("rg", "images", gallery_pb.Gallery(location="eastus"))
    identifier = definition_pb.ImageIdentifier(publisher="Contoso", offer="Ubuntu", sku="22")
    definition = demo.create_image_definition(
        "rg", "images", "ubuntu", definition_pb.ImageDefinition(identifier=identifier, **LINUX)
    )
    upload = demo.upload("rg", "eastus", disk_with_holes())
    source = demo.create_image_source(
        "rg",
        "disk",
        source_pb.ImageSource(
            location="eastus",
            kind=source_pb.IMAGE_SOURCE_KIND_MANAGED_IMAGE,
            os_disk=source_pb.SourceDisk(upload=upload.name),
            **LINUX,
        ),
    )
    body = version_pb.ImageVersion(
        storage_profile=version_pb.StorageProfile(source=source.name),
        publishing_profile=version_pb.PublishingProfile(
            target_regions=[
                version_pb.TargetRegion(name="eastus"),
                version_pb.TargetRegion(name="westus"),
            ]
        ),
    )
    created = demo.begin_create_image_version("rg", "images", "ubuntu", "1.0.0", body).result()

    assert gallery.name == demo.gallery_id("rg", "images")
    assert definition.name == demo.image_definition_id("rg", "images", "ubuntu")
    assert created.name == demo.image_version_id("rg", "images", "ubuntu", "1.0.0")
    assert demo.get_gallery("rg", "images").name == gallery.name
    assert demo.get_image_definition("rg", "images", "ubuntu").name == definition.name
    full = demo.get_image_version("rg", "images", "ubuntu", "1.0.0", full=True)
    assert sorted(s.region for s in full.replication_status.summary) == ["eastus", "westus"]
    assert demo.get_latest_image_version("rg", "images", "ubuntu", "westus").name == created.name
    assert [v.name for v in demo.list_image_versions("rg", "images", "ubuntu")] == [created.name]
    assert [d.name for d in demo.list_image_definitions("rg", "images")] == [definition.name]
    assert [g.name for g in demo.list_galleries()] == [gallery.name]  # the whole subscription

    assert demo.begin_delete_image_version("rg", "images", "ubuntu", "1.0.0").result() is None
    with pytest.raises(NotFoundError):
        demo.get_image_version("rg", "images", "ubuntu", "1.0.0")


def test_the_asyncio_client_takes_the_same_ids(client):
    subscription = new_subscription(client).rsplit("/", 1)[1]

    async def scenario() -> tuple[str, list[str], str]:
        async with AsyncClient(ADDRESS, token=TOKEN) as aclient:
            demo = aclient.subscription(subscription)
            gallery = await demo.create_gallery("rg", "g", gallery_pb.Gallery(location="eastus"))
            listed = [g.name async for g in demo.list_galleries("rg")]
            read = await demo.get_gallery("rg", "g")
            await demo.delete_gallery("rg", "g")
            return gallery.name, listed, read.name

    name, listed, read = asyncio.run(scenario())

    assert name == ids.gallery_id(subscription, "rg", "g")
    assert listed == [name] and read == name
    with pytest.raises(NotFoundError):
        client.subscription(subscription).get_gallery("rg", "g")
