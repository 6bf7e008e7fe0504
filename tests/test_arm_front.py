"""The official Azure SDK for Python (azure-mgmt-compute), unmodified, against the
ARM front: given only an endpoint, a token credential and the server's CA."""

import time

import pytest
import requests
from arm import RG, SUBSCRIPTION, arm_server, image_source
from azure.core.credentials import AccessToken
from azure.core.exceptions import (
    ClientAuthenticationError,
    HttpResponseError,
    ResourceNotFoundError,
    ServiceRequestError,
)
from azure.mgmt.compute import ComputeManagementClient
from imagegallery import ids
from imagegallery.client import Client
from imagegallery.v1 import gallery_service_pb2 as gallery_pb
from imagegallery.v1 import image_definition_service_pb2 as definition_pb
from imagegallery_server.testing import ServerProcess

API_VERSION = "2026-03-03"


class StaticToken:
    """What any azure-core credential is: something with get_token."""

    def __init__(self, token: str) -> None:
        self.token = token

    def get_token(self, *scopes: str, **options: object) -> AccessToken:
        return AccessToken(self.token, int(time.time()) + 3600)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    process = arm_server(tmp_path_factory.mktemp("arm"))
    yield process
    assert process.stop() == 0


@pytest.fixture(scope="module")
def compute(server):
    return ComputeManagementClient(
        StaticToken(server.owner_token),
        SUBSCRIPTION,
        base_url=server.arm_endpoint,
        connection_verify=str(server.arm_ca),
        polling_interval=0.1,
    )


def test_the_python_sdk_publishes_lists_and_deletes_a_version(server, compute):
    gallery = compute.galleries.begin_create_or_update(
        RG, "gallery", {"location": "eastus", "properties": {"description": "made by the SDK"}}
    ).result()
    image = compute.gallery_images.begin_create_or_update(
        RG,
        "gallery",
        "ubuntu",
        {
            "location": "eastus",
            "properties": {
                "osType": "Linux",
                "osState": "Generalized",
                "hyperVGeneration": "V2",
                "identifier": {"publisher": "Contoso", "offer": "Ubuntu", "sku": "24_04"},
            },
        },
    ).result()
    body = {
        "location": "eastus",
        "properties": {
            "storageProfile": {"source": {"id": image_source(server, "disk")}},
            "publishingProfile": {"targetRegions": [{"name": "eastus"}, {"name": "westus"}]},
        },
    }
    poller = compute.gallery_image_versions.begin_create_or_update(
        RG, "gallery", "ubuntu", "1.0.0", body
    )
    version = poller.result()

    assert gallery.name == "gallery" and gallery.properties.provisioning_state == "Succeeded"
    assert gallery.properties.identifier.unique_name
    assert image.properties.os_type == "Linux" and image.properties.hyper_v_generation == "V2"
    assert version.id.endswith("/galleries/gallery/images/ubuntu/versions/1.0.0")
    assert version.properties.provisioning_state == "Succeeded"
    polls = [e for e in server.log_events() if "capsOperations" in str(e.get("path", ""))]
    assert polls, "the SDK's poller read the operation's status"
    expanded = compute.gallery_image_versions.get(
        RG, "gallery", "ubuntu", "1.0.0", expand="ReplicationStatus"
    )
    status = expanded.properties.replication_status
    assert status.aggregated_state == "Completed"
    assert sorted(s.region for s in status.summary) == ["eastus", "westus"]
    listed = compute.gallery_image_versions.list_by_gallery_image(RG, "gallery", "ubuntu")
    assert [v.name for v in listed] == ["1.0.0"]
    updated = compute.gallery_image_versions.begin_update(
        RG, "gallery", "ubuntu", "1.0.0", {"tags": {"stage": "tested"}}
    ).result()
    assert updated.tags == {"stage": "tested"}
    assert updated.properties.publishing_profile.target_regions  # left as they were
    assert [g.name for g in compute.galleries.list_by_resource_group(RG)] == ["gallery"]
    assert [g.name for g in compute.galleries.list()] == ["gallery"]

    compute.gallery_image_versions.begin_delete(RG, "gallery", "ubuntu", "1.0.0").result()
    compute.gallery_images.begin_delete(RG, "gallery", "ubuntu").result()
    compute.galleries.begin_delete(RG, "gallery").result()

    with pytest.raises(ResourceNotFoundError) as missing:
        compute.galleries.get(RG, "gallery")
    assert missing.value.error.code == "ResourceNotFound"


def test_what_one_front_writes_the_other_reads(server, compute):
    compute.galleries.begin_create_or_update(RG, "both", {"location": "westus"}).result()
    with Client(server.address, token=server.owner_token) as grpc_client:
        name = ids.gallery_id(SUBSCRIPTION, RG, "both")
        read = grpc_client.galleries.GetGallery(gallery_pb.GetGalleryRequest(name=name))
        grpc_client.galleries.UpdateGallery(
            gallery_pb.UpdateGalleryRequest(
                gallery=gallery_pb.Gallery(name=name, description="changed over gRPC"),
                update_mask={"paths": ["description"]},
            )
        )

    assert read.location == "westus"
    assert compute.galleries.get(RG, "both").properties.description == "changed over gRPC"


def test_the_same_bad_input_is_refused_with_the_same_rule(compute):
    with pytest.raises(HttpResponseError) as bad:
        compute.galleries.begin_create_or_update(RG, "-bad-", {"location": "eastus"}).result()
    with pytest.raises(HttpResponseError) as changed:
        compute.galleries.begin_create_or_update(RG, "fixed", {"location": "eastus"}).result()
        compute.galleries.begin_create_or_update(RG, "fixed", {"location": "westus"}).result()

    assert bad.value.status_code == 400 and bad.value.error.code == "InvalidParameter"
    assert bad.value.error.target == "gallery_id"
    assert changed.value.status_code == 409
    assert changed.value.error.code == "PropertyChangeNotAllowed"


def test_a_wrong_token_or_a_wrong_ca_is_refused(server, tmp_path):
    stranger = ComputeManagementClient(
        StaticToken("igt_not-a-token"),
        SUBSCRIPTION,
        base_url=server.arm_endpoint,
        connection_verify=str(server.arm_ca),
    )
    with pytest.raises(ClientAuthenticationError):
        stranger.galleries.get(RG, "gallery")

    other = ServerProcess(tmp_path / "other", args=["--arm-listen", "127.0.0.1:0"]).start()
    try:
        untrusting = ComputeManagementClient(
            StaticToken(server.owner_token),
            SUBSCRIPTION,
            base_url=server.arm_endpoint,
            connection_verify=str(other.arm_ca),  # another server's CA
        )
        with pytest.raises(ServiceRequestError, match="CERTIFICATE_VERIFY_FAILED"):
            untrusting.galleries.get(RG, "gallery")
    finally:
        assert other.stop() == 0


def test_an_api_version_not_served_is_named(server):
    answer = requests.get(
        f"{server.arm_endpoint}/subscriptions/{SUBSCRIPTION}/providers/Microsoft.Compute/galleries",
        params={"api-version": "2019-01-01"},
        headers={"authorization": f"Bearer {server.owner_token}"},
        verify=str(server.arm_ca),
        timeout=30,
    )

    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == "InvalidApiVersionParameter"
    assert API_VERSION in answer.json()["error"]["message"]


def test_a_list_longer_than_a_page_is_followed_by_its_next_link(server, compute):
    compute.galleries.begin_create_or_update(RG, "many", {"location": "eastus"}).result()
    gallery = ids.gallery_id(SUBSCRIPTION, RG, "many")
    with Client(server.address, token=server.owner_token) as grpc_client:
        for n in range(101):  # the first page holds 100
            grpc_client.definitions.CreateImageDefinition(
                definition_pb.CreateImageDefinitionRequest(
                    parent=gallery,
                    image_definition_id=f"image-{n:03}",
                    image_definition=definition_pb.ImageDefinition(
                        os_type=2,
                        os_state=1,
                        identifier=definition_pb.ImageIdentifier(
                            publisher="Contoso", offer="Many", sku=f"sku-{n}"
                        ),
                    ),
                )
            )

    listed = [image.name for image in compute.gallery_images.list_by_gallery(RG, "many")]

    assert listed == [f"image-{n:03}" for n in range(101)]
    pages = [
        e for e in server.log_events() if str(e.get("path", "")).endswith("/galleries/many/images")
    ]
    assert len(pages) == 2


def test_a_vhd_source_is_refused_naming_what_to_do_instead(compute):
    compute.galleries.begin_create_or_update(RG, "vhd", {"location": "eastus"}).result()
    body = {
        "location": "eastus",
        "properties": {
            "storageProfile": {"osDiskImage": {"source": {"uri": "https://a.blob/x.vhd"}}}
        },
    }

    with pytest.raises(HttpResponseError) as refused:
        compute.gallery_image_versions.begin_create_or_update(RG, "vhd", "any", "1.0.0", body)

    assert refused.value.status_code == 400
    assert refused.value.error.target == "storage_profile.os_disk_image.source"
    assert "upload the disk over gRPC" in refused.value.error.message


def test_its_own_certificate_is_private_and_a_given_one_is_used_instead(server, tmp_path):
    made = server.data_dir / "arm-tls"
    modes = {path.name: path.stat().st_mode & 0o777 for path in made.iterdir()}
    given = ServerProcess(
        tmp_path / "given",
        args=[
            *("--arm-listen", "127.0.0.1:0"),
            *("--arm-tls-cert", str(made / "server.pem")),
            *("--arm-tls-key", str(made / "server-key.pem")),
        ],
    ).start()
    try:
        answer = requests.get(
            f"{given.arm_endpoint}/subscriptions/{SUBSCRIPTION}/providers/Microsoft.Compute/galleries",
            params={"api-version": API_VERSION},
            verify=str(server.arm_ca),  # the given certificate's CA
            timeout=30,
        )
        made_by_given = (given.data_dir / "arm-tls").exists()
    finally:
        assert given.stop() == 0

    assert made.stat().st_mode & 0o777 == 0o700
    assert modes["ca-key.pem"] == modes["server-key.pem"] == 0o600
    assert answer.status_code == 200 and answer.json() == {"value": []}
    assert not made_by_given


def test_soft_delete_lists_restores_and_bypasses(server, compute):
    compute.galleries.begin_create_or_update(
        RG,
        "kept",
        {"location": "eastus", "properties": {"softDeletePolicy": {"isSoftDeleteEnabled": True}}},
    ).result()
    compute.gallery_images.begin_create_or_update(
        RG,
        "kept",
        "ubuntu",
        {
            "location": "eastus",
            "properties": {
                "osType": "Linux",
                "osState": "Generalized",
                "hyperVGeneration": "V2",
                "identifier": {"publisher": "Contoso", "offer": "Kept", "sku": "1"},
            },
        },
    ).result()
    body = {
        "location": "eastus",
        "properties": {"storageProfile": {"source": {"id": image_source(server, "kept-disk")}}},
    }
    versions = compute.gallery_image_versions
    created = versions.begin_create_or_update(RG, "kept", "ubuntu", "1.0.0", body).result()

    versions.begin_delete(RG, "kept", "ubuntu", "1.0.0").result()
    listed = list(
        compute.soft_deleted_resource.list_by_artifact_name(RG, "kept", "images", "ubuntu")
    )
    restored = versions.begin_update(
        RG, "kept", "ubuntu", "1.0.0", {"properties": {"restore": True, "storageProfile": {}}}
    ).result()
    versions.begin_delete(RG, "kept", "ubuntu", "1.0.0", bypass_soft_delete=True).result()
    after = list(
        compute.soft_deleted_resource.list_by_artifact_name(RG, "kept", "images", "ubuntu")
    )

    assert compute.galleries.get(RG, "kept").properties.soft_delete_policy.is_soft_delete_enabled
    assert [(r.name, r.properties.soft_deleted_artifact_type) for r in listed] == [
        ("1.0.0", "Images")
    ]
    assert listed[0].properties.resource_arm_id == created.id
    assert listed[0].id.endswith("/softDeletedArtifactTypes/Images/artifacts/ubuntu/versions/1.0.0")
    assert restored.id == created.id and restored.properties.provisioning_state == "Succeeded"
    assert after == []


def test_security_features_and_shallow_replication(server, compute):
    compute.galleries.begin_create_or_update(RG, "secure", {"location": "eastus"}).result()

    def definition(name: str, generation: str, features: list[dict[str, str]]):
        properties = {
            "osType": "Linux",
            "osState": "Generalized",
            "hyperVGeneration": generation,
            "identifier": {"publisher": "Contoso", "offer": "Secure", "sku": name},
            "features": features,
        }
        body = {"location": "eastus", "properties": properties}
        return compute.gallery_images.begin_create_or_update(RG, "secure", name, body).result()

    trusted = [{"name": "SecurityType", "value": "TrustedLaunch"}]
    with pytest.raises(HttpResponseError) as v1:
        definition("v1", "V1", trusted)
    image = definition(
        "v2",
        "V2",
        [
            {"name": "SecurityType", "value": "TrustedLaunchSupported"},
            {"name": "DiskControllerTypes", "value": "SCSI, NVMe"},
        ],
    )
    body = {
        "location": "eastus",
        "properties": {
            "storageProfile": {"source": {"id": image_source(server, "secure-disk")}},
            "publishingProfile": {
                "replicationMode": "Shallow",
                "targetRegions": [{"name": "eastus"}],
            },
        },
    }
    versions = compute.gallery_image_versions
    versions.begin_create_or_update(RG, "secure", "v2", "1.0.0", body).result()
    shallow = versions.get(RG, "secure", "v2", "1.0.0", expand="ReplicationStatus")

    assert v1.value.status_code == 400 and "V2" in v1.value.error.message
    assert {(f.name, f.value) for f in image.properties.features} == {
        ("SecurityType", "TrustedLaunchSupported"),
        ("DiskControllerTypes", "SCSI, NVMe"),
    }
    assert shallow.properties.publishing_profile.replication_mode == "Shallow"
    assert shallow.properties.replication_status.aggregated_state == "Completed"
