"""Sharing profiles: a gallery shared with subscriptions and tenants (Groups) or
published to every caller (Community), read through its shared and community
names only, deployed and downloaded from there, and unshared at once."""

import hashlib
import os
import uuid

import grpc
import pytest
from access import AUTH_ON, Directory, Stubs, channel_with, owner_token
from conftest import definition_pb, new_definition
from google.protobuf.field_mask_pb2 import FieldMask
from imagegallery.v1 import access_service_pb2 as access_pb
from imagegallery.v1 import gallery_service_pb2 as gallery_pb
from imagegallery.v1 import gallery_sharing_pb2 as sharing_pb
from imagegallery.v1 import planning_service_pb2 as planning_pb
from imagegallery.v1 import replication_service_pb2 as replication_pb
from imagegallery.v1 import shared_gallery_service_pb2 as pb
from imagegallery_server.testing import ServerProcess
from test_access import reason, refused

DENIED = grpc.StatusCode.PERMISSION_DENIED
SUBSCRIPTIONS = sharing_pb.SHARING_GROUP_TYPE_SUBSCRIPTIONS
TENANTS = sharing_pb.SHARING_GROUP_TYPE_AAD_TENANTS
VM = planning_pb.VirtualMachineSpec(has_os_profile=True)
DISK = os.urandom(4096)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    process = ServerProcess(tmp_path_factory.mktemp("sharing"), env=AUTH_ON)
    process.start()
    yield process
    assert process.stop() == 0


class Party(Stubs):
    """A caller's stubs, and what it does with shared galleries."""

    def share(self, gallery: str, operation: int, *groups: sharing_pb.SharingProfileGroup):
        request = pb.ShareGalleryRequest(gallery=gallery, operation_type=operation, groups=groups)
        return self.shared.ShareGallery(request)

    def shared_galleries(self, subscription: str, location: str = "eastus") -> list[str]:
        parent = f"{subscription}/providers/Microsoft.Compute/locations/{location}"
        listed = self.shared.ListSharedGalleries(pb.ListSharedGalleriesRequest(parent=parent))
        return [g.name for g in listed.shared_galleries]

    def deploy(self, definition: str) -> str:
        request = planning_pb.ResolveDeploymentRequest(
            image_definition=definition, region="eastus", vm=VM
        )
        return self.planning.ResolveDeployment(request).image_version

    def download(self, version: str) -> tuple[str, bytes]:
        request = replication_pb.ReadImageVersionDiskRequest(name=version, region="eastus")
        parts = list(self.replication.ReadImageVersionDisk(request))
        header, chunks = parts[0].header, [p.chunk for p in parts[1:]]
        content = bytearray(header.size_bytes)
        for chunk in chunks:
            content[chunk.offset : chunk.offset + len(chunk.data)] = chunk.data
        return header.image_version, bytes(content)


def group(kind: int, *ids: str) -> sharing_pb.SharingProfileGroup:
    return sharing_pb.SharingProfileGroup(type=kind, ids=ids)


@pytest.fixture(scope="module")
def directory(server) -> Directory:
    return Directory(Stubs(channel_with(server.address, owner_token(server))))


def party(server, token: str, resource_group: str = "") -> Party:
    return Party(channel_with(server.address, token), resource_group)


@pytest.fixture(scope="module")
def world(server, directory):
    """Contoso publishes; Fabrikam's user holds no role anywhere."""
    contoso, fabrikam = directory.tenant("contoso"), directory.tenant("fabrikam")
    publisher_sub = directory.subscription(contoso, "contoso-images")
    consumer_sub = directory.subscription(fabrikam, "fabrikam-apps")
    publisher = directory.member(contoso, "Publisher")
    directory.assign(publisher_sub, publisher.name, "Owner")
    consumer = directory.member(fabrikam, "Consumer")
    return {
        "publisher": party(server, publisher.token, f"{publisher_sub}/resourceGroups/images"),
        "consumer": party(server, consumer.token),
        "consumer_sub": consumer_sub,
        "fabrikam": fabrikam,
        "directory": directory,
        "contoso": contoso,
    }


def published_definition(publisher: Party, gallery_id: str, **sharing) -> tuple[str, str]:
    """A gallery holding one definition with version 1.0.0 in eastus; its names."""
    gallery = publisher.galleries.CreateGallery(
        gallery_pb.CreateGalleryRequest(
            parent=publisher.resource_group,
            gallery_id=gallery_id,
            gallery=gallery_pb.Gallery(location="eastus", **sharing),
        )
    )
    definition = publisher.definitions.CreateImageDefinition(
        definition_pb.CreateImageDefinitionRequest(
            parent=gallery.name,
            image_definition_id="ubuntu",
            image_definition=new_definition(),
        )
    )
    source = publisher.source(DISK, f"src-{gallery_id}").name
    done = publisher.wait(publisher.create_version(definition, "1.0.0", source, "eastus"))
    assert not done.HasField("error"), done.error
    return gallery.name, definition.name


def test_a_gallery_shared_with_another_tenants_subscription_is_read_deployed_and_unshared(world):
    publisher, consumer, subscription = world["publisher"], world["consumer"], world["consumer_sub"]
    gallery, definition = published_definition(publisher, "shared")
    assert consumer.shared_galleries(subscription) == []

    shared = publisher.share(
        gallery, pb.SHARING_OPERATION_ADD, group(SUBSCRIPTIONS, "fabrikam-apps")
    )

    assert shared.sharing_profile.permissions == sharing_pb.GALLERY_SHARING_PERMISSION_GROUPS
    assert list(shared.sharing_profile.groups) == [group(SUBSCRIPTIONS, "fabrikam-apps")]
    shown = (
        f"{subscription}/providers/Microsoft.Compute/locations/eastus/sharedGalleries/"
        f"{shared.unique_name}"
    )
    assert consumer.shared_galleries(subscription) == [shown]
    assert consumer.shared_galleries(subscription, "westus") == []
    got = consumer.shared.GetSharedGallery(pb.GetSharedGalleryRequest(name=shown))
    assert (got.location, got.unique_id) == ("eastus", f"/SharedGalleries/{shared.unique_name}")
    images = consumer.shared.ListSharedGalleryImages(
        pb.ListSharedGalleryImagesRequest(parent=shown)
    )
    assert [i.name for i in images.shared_gallery_images] == [f"{shown}/images/ubuntu"]
    image = consumer.shared.GetSharedGalleryImage(
        pb.GetSharedGalleryImageRequest(name=f"{shown}/images/ubuntu")
    )
    assert image.identifier.publisher and image.os_type
    versions = consumer.shared.ListSharedGalleryImageVersions(
        pb.ListSharedGalleryImageVersionsRequest(parent=image.name)
    )
    version = f"{image.name}/versions/1.0.0"
    assert [v.name for v in versions.shared_gallery_image_versions] == [version]
    got_version = consumer.shared.GetSharedGalleryImageVersion(
        pb.GetSharedGalleryImageVersionRequest(name=version)
    )
    assert got_version.published_date.seconds > 0

    assert consumer.deploy(image.name) == version
    name, content = consumer.download(version)
    assert (name, hashlib.sha256(content).digest()) == (version, hashlib.sha256(DISK).digest())
    # The owner's names stay the owner's: refused, never named in an answer, and
    # not carried by a watch of everything the consumer may see.
    refused(
        lambda: consumer.galleries.GetGallery(gallery_pb.GetGalleryRequest(name=gallery)), DENIED
    )
    refused(lambda: consumer.deploy(definition), DENIED)
    missing = refused(
        lambda: consumer.planning.ResolveDeployment(
            planning_pb.ResolveDeploymentRequest(
                image_definition=image.name, version="9.9.9", region="eastus", vm=VM
            )
        ),
        grpc.StatusCode.NOT_FOUND,
    )
    assert f"{image.name}/versions/9.9.9" in missing.details()
    assert gallery not in missing.details()
    watch = consumer.replication.WatchReplicationStatus(
        replication_pb.WatchReplicationStatusRequest(send_initial_state=True), timeout=30
    )
    first = next(watch)
    watch.cancel()
    assert first.HasField("checkpoint") and first.checkpoint.initial_state_done

    publisher.share(gallery, pb.SHARING_OPERATION_REMOVE, group(SUBSCRIPTIONS, "fabrikam-apps"))

    assert consumer.shared_galleries(subscription) == []
    for call in [
        lambda: consumer.shared.GetSharedGallery(pb.GetSharedGalleryRequest(name=shown)),
        lambda: consumer.deploy(image.name),
        lambda: consumer.download(version),
    ]:
        assert reason(refused(call, DENIED)) == "ERROR_REASON_ACCESS_DENIED"


def test_a_gallery_shared_with_a_tenant_is_read_under_each_of_its_subscriptions(world):
    publisher, consumer, directory = world["publisher"], world["consumer"], world["directory"]
    gallery, _ = published_definition(publisher, "tenantwide")
    second = directory.subscription(world["fabrikam"], "fabrikam-second")

    shared = publisher.share(gallery, pb.SHARING_OPERATION_ADD, group(TENANTS, "fabrikam"))

    for subscription in [world["consumer_sub"], second]:
        assert any(n.endswith(shared.unique_name) for n in consumer.shared_galleries(subscription))
    publisher.share(gallery, pb.SHARING_OPERATION_RESET)
    assert consumer.shared_galleries(second) == []


def test_an_administrator_of_no_audience_finds_no_shared_gallery(world, server):
    admin = party(server, owner_token(server))
    name = (
        f"{world['consumer_sub']}/providers/Microsoft.Compute/locations/eastus/sharedGalleries/"
        "nobody-NOTHING"
    )
    error = refused(
        lambda: admin.shared.GetSharedGallery(pb.GetSharedGalleryRequest(name=name)),
        grpc.StatusCode.NOT_FOUND,
    )
    assert reason(error) == "ERROR_REASON_SHARED_GALLERY_NOT_FOUND"


def community_profile(prefix: str = "Contoso") -> sharing_pb.SharingProfile:
    return sharing_pb.SharingProfile(
        permissions=sharing_pb.GALLERY_SHARING_PERMISSION_COMMUNITY,
        community_gallery_info=sharing_pb.CommunityGalleryInfo(
            publisher_uri="https://contoso.example",
            publisher_contact="images@contoso.example",
            eula="https://contoso.example/eula",
            public_name_prefix=prefix,
        ),
    )


def test_a_community_gallery_is_read_by_any_caller_under_its_public_name_only(world, server):
    publisher, directory = world["publisher"], world["directory"]
    stranger = party(server, directory.member(directory.tenant("woodgrove"), "Anyone").token)
    gallery, definition = published_definition(
        publisher, "community", sharing_profile=community_profile()
    )
    created = publisher.galleries.GetGallery(gallery_pb.GetGalleryRequest(name=gallery))
    info = created.sharing_profile.community_gallery_info
    (public_name,) = info.public_names
    assert public_name.startswith("Contoso-") and not info.community_gallery_enabled
    shown = f"/communityGalleries/{public_name}"
    get = lambda: stranger.shared.GetSharedGallery(pb.GetSharedGalleryRequest(name=shown))  # noqa: E731
    refused(get, DENIED)  # not published yet

    enabled = publisher.share(gallery, pb.SHARING_OPERATION_ENABLE_COMMUNITY)

    assert enabled.sharing_profile.community_gallery_info.community_gallery_enabled
    assert get().unique_id == f"/CommunityGalleries/{public_name}"
    assert stranger.deploy(f"{shown}/images/ubuntu") == f"{shown}/images/ubuntu/versions/1.0.0"
    for call in [
        lambda: stranger.galleries.GetGallery(gallery_pb.GetGalleryRequest(name=gallery)),
        lambda: stranger.deploy(definition),
    ]:
        refused(call, DENIED)

    publisher.share(gallery, pb.SHARING_OPERATION_RESET)

    refused(get, DENIED)
    refused(lambda: stranger.deploy(f"{shown}/images/ubuntu"), DENIED)


def test_sharing_needs_owner_and_is_audited(world, server):
    publisher, directory = world["publisher"], world["directory"]
    gallery, _ = published_definition(publisher, "audited")
    contributor = directory.member(world["contoso"], "Contributor")
    directory.assign(gallery, contributor.name, "Contributor")
    as_contributor = party(server, contributor.token)

    refused(
        lambda: as_contributor.share(gallery, pb.SHARING_OPERATION_ADD, group(TENANTS, "x")),
        DENIED,
    )
    publisher.share(gallery, pb.SHARING_OPERATION_ADD, group(TENANTS, "fabrikam"))

    records = directory.admin.ListAuditRecords(access_pb.ListAuditRecordsRequest(scope=gallery))
    shares = [
        (r.principal, r.outcome)
        for r in records.audit_records
        if r.method.endswith("/ShareGallery")
    ]
    assert shares == [(publisher_name(publisher), "OK"), (contributor.name, "PERMISSION_DENIED")]


def publisher_name(publisher: Party) -> str:
    return publisher.access.GetCaller(access_pb.GetCallerRequest()).principal.name


def test_sharing_refusals_name_the_rule(world):
    publisher = world["publisher"]
    gallery, _ = published_definition(
        publisher, "rules", sharing_profile=community_profile("Rules")
    )
    publisher.share(gallery, pb.SHARING_OPERATION_ENABLE_COMMUNITY)

    added = refused(
        lambda: publisher.share(gallery, pb.SHARING_OPERATION_ADD, group(TENANTS, "fabrikam")),
        grpc.StatusCode.FAILED_PRECONDITION,
    )
    assert reason(added) == "ERROR_REASON_SHARING_NOT_ALLOWED"
    publisher.share(gallery, pb.SHARING_OPERATION_RESET)
    many = group(SUBSCRIPTIONS, *(f"sub-{i}" for i in range(31)))
    over = refused(
        lambda: publisher.share(gallery, pb.SHARING_OPERATION_ADD, many),
        grpc.StatusCode.RESOURCE_EXHAUSTED,
    )
    assert reason(over) == "ERROR_REASON_SHARE_LIMIT_EXCEEDED"
    update = gallery_pb.UpdateGalleryRequest(
        gallery=gallery_pb.Gallery(name=gallery, sharing_profile=community_profile()),
        update_mask=FieldMask(paths=["sharing_profile"]),
    )
    refused(lambda: publisher.galleries.UpdateGallery(update), grpc.StatusCode.INVALID_ARGUMENT)
    missing = refused(
        lambda: publisher.share(gallery, pb.SHARING_OPERATION_ADD),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert reason(missing) == "ERROR_REASON_FIELD_REQUIRED"


def test_a_deleted_gallery_is_no_longer_shared(world):
    publisher, consumer, subscription = world["publisher"], world["consumer"], world["consumer_sub"]
    gallery = publisher.galleries.CreateGallery(
        gallery_pb.CreateGalleryRequest(
            parent=publisher.resource_group,
            gallery_id=f"gone{uuid.uuid4().hex[:6]}",
            gallery=gallery_pb.Gallery(location="eastus"),
        )
    )
    publisher.share(gallery.name, pb.SHARING_OPERATION_ADD, group(SUBSCRIPTIONS, "fabrikam-apps"))
    shown = [n for n in consumer.shared_galleries(subscription) if n.endswith(gallery.unique_name)]
    assert len(shown) == 1

    publisher.galleries.DeleteGallery(gallery_pb.DeleteGalleryRequest(name=gallery.name))

    assert shown[0] not in consumer.shared_galleries(subscription)
