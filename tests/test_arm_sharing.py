"""Sharing through the ARM front, with the official Python SDK: the owner shares a
gallery (POST …/share) and publishes one to the community; a user of another tenant,
with no role anywhere, reads them through sharedGalleries and communityGalleries
only, and loses the shared one when the share is removed."""

import pytest
from access import Directory, Stubs, channel_with
from arm import RG, SUBSCRIPTION, arm_server, image_source
from azure.core.exceptions import HttpResponseError
from azure.mgmt.compute import ComputeManagementClient
from test_arm_front import StaticToken


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    process = arm_server(tmp_path_factory.mktemp("arm-sharing"))
    yield process
    assert process.stop() == 0


def sdk(server, token: str, subscription: str) -> ComputeManagementClient:
    return ComputeManagementClient(
        StaticToken(token),
        subscription,
        base_url=server.arm_endpoint,
        connection_verify=str(server.arm_ca),
        polling_interval=0.1,
    )


@pytest.fixture(scope="module")
def owner(server):
    return sdk(server, server.owner_token, SUBSCRIPTION)


@pytest.fixture(scope="module")
def consumer_token(server) -> str:
    """A user of Fabrikam, whose subscription is fabrikam-apps; no role anywhere."""
    directory = Directory(Stubs(channel_with(server.address, server.owner_token)))
    fabrikam = directory.tenant("fabrikam")
    directory.subscription(fabrikam, "fabrikam-apps")
    return directory.member(fabrikam, "Consumer").token


def published(server, owner, gallery: str, properties: dict) -> None:
    owner.galleries.begin_create_or_update(
        RG, gallery, {"location": "eastus", "properties": properties}
    ).result()
    owner.gallery_images.begin_create_or_update(
        RG,
        gallery,
        "ubuntu",
        {
            "location": "eastus",
            "properties": {
                "osType": "Linux",
                "osState": "Generalized",
                "hyperVGeneration": "V2",
                "identifier": {"publisher": "Contoso", "offer": gallery, "sku": "1"},
            },
        },
    ).result()
    source = {"source": {"id": image_source(server, f"{gallery}-disk")}}
    body = {"location": "eastus", "properties": {"storageProfile": source}}
    owner.gallery_image_versions.begin_create_or_update(
        RG, gallery, "ubuntu", "1.0.0", body
    ).result()


def test_a_gallery_shared_with_another_tenants_subscription(server, owner, consumer_token):
    published(server, owner, "shared", {})
    consumer = sdk(server, consumer_token, "fabrikam-apps")
    groups = [{"type": "Subscriptions", "ids": ["fabrikam-apps"]}]

    answer = owner.gallery_sharing_profile.begin_update(
        RG, "shared", {"operationType": "Add", "groups": groups}
    ).result()
    galleries = list(consumer.shared_galleries.list("eastus"))
    unique = galleries[0].name
    versions = list(consumer.shared_gallery_image_versions.list("eastus", unique, "ubuntu"))
    with pytest.raises(HttpResponseError) as owners_names:
        sdk(server, consumer_token, SUBSCRIPTION).galleries.get(RG, "shared")
    owner.gallery_sharing_profile.begin_update(
        RG, "shared", {"operationType": "Remove", "groups": groups}
    ).result()
    after = list(consumer.shared_galleries.list("eastus"))

    assert (answer.operation_type, answer.groups[0].ids) == ("Add", ["fabrikam-apps"])
    assert len(galleries) == 1 and galleries[0].identifier.unique_id == f"/SharedGalleries/{unique}"
    assert [v.name for v in versions] == ["1.0.0"]
    assert owners_names.value.status_code == 403
    assert owners_names.value.error.code == "AuthorizationFailed"
    assert list(consumer.shared_galleries.list("westus")) == after == []


def test_a_community_gallery_is_read_by_its_public_name(server, owner, consumer_token):
    info = {
        "publisherUri": "https://contoso.example",
        "publisherContact": "images@contoso.example",
        "eula": "https://contoso.example/eula",
        "publicNamePrefix": "contoso",
    }
    published(
        server,
        owner,
        "public",
        {"sharingProfile": {"permissions": "Community", "communityGalleryInfo": info}},
    )
    consumer = sdk(server, consumer_token, "fabrikam-apps")

    owner.gallery_sharing_profile.begin_update(
        RG, "public", {"operationType": "EnableCommunity"}
    ).result()
    profile = owner.galleries.get(RG, "public").properties.sharing_profile
    public_name = profile.community_gallery_info.public_names[0]
    gallery = consumer.community_galleries.get("eastus", public_name)
    images = list(consumer.community_gallery_images.list("eastus", public_name))

    assert profile.permissions == "Community" and public_name.startswith("contoso-")
    assert (
        gallery.name == public_name
        and gallery.type == "Microsoft.Compute/locations/communityGallery"
    )
    assert [image.name for image in images] == ["ubuntu"]
