"""Subscriptions that do not exist: with auth on, a resource under one is refused
(NOT_FOUND saying how to create it for an administrator, PERMISSION_DENIED for
anyone else); without auth, the subscription is registered on first use, in the
transaction of the create that names it."""

import uuid

import grpc
import pytest
from access import AUTH_ON, Directory, Stubs, channel_with, owner_token
from conftest import RpcFailure, gallery_pb
from imagegallery.v1 import access_service_pb2 as pb
from imagegallery.v1 import image_source_service_pb2 as source_pb
from imagegallery_server.testing import ServerProcess

Code = grpc.StatusCode


@pytest.fixture(scope="module")
def secured(tmp_path_factory) -> ServerProcess:
    """A server of this module's own, with auth on."""
    process = ServerProcess(tmp_path_factory.mktemp("subscriptions"), env=AUTH_ON).start()
    yield process
    assert process.stop() == 0


@pytest.fixture(scope="module")
def admin(secured) -> Stubs:
    return Stubs(channel_with(secured.address, owner_token(secured)))


@pytest.fixture(scope="module")
def directory(admin) -> Directory:
    return Directory(admin)


@pytest.fixture
def emulator(channel) -> Stubs:
    """The session's server, which runs with --auth none."""
    return Stubs(channel)


def unknown() -> str:
    return f"/subscriptions/never-{uuid.uuid4().hex[:12]}"


def refused(call, code: grpc.StatusCode) -> RpcFailure:
    with pytest.raises(grpc.RpcError) as raised:
        call()
    found = RpcFailure(raised.value)
    assert found.code == code, found.message
    return found


def create_gallery(stubs: Stubs, subscription: str, gallery_id: str = "gallery"):
    return stubs.galleries.CreateGallery(
        gallery_pb.CreateGalleryRequest(
            parent=f"{subscription}/resourceGroups/images",
            gallery_id=gallery_id,
            gallery=gallery_pb.Gallery(location="eastus"),
        )
    )


def create_upload(stubs: Stubs, subscription: str):
    return stubs.sources.CreateUpload(
        source_pb.CreateUploadRequest(
            parent=f"{subscription}/resourceGroups/images",
            upload=source_pb.Upload(location="eastus", size_bytes=4096),
        )
    )


def create_source(stubs: Stubs, subscription: str):
    """An image source of an upload that does not exist (refused inside its transaction)."""
    stubs.resource_group = f"{subscription}/resourceGroups/images"
    upload = f"{stubs.resource_group}/providers/Microsoft.Compute/uploads/{uuid.uuid4().hex}"
    return stubs.source(b"", upload=source_pb.Upload(name=upload))


def assign(stubs: Stubs, scope: str, principal: str):
    assignment = pb.RoleAssignment(scope=scope, principal=principal, role=pb.ROLE_READER)
    return stubs.access.CreateRoleAssignment(
        pb.CreateRoleAssignmentRequest(role_assignment=assignment)
    )


def allow(stubs: Stubs, subscription: str):
    return stubs.access.AllowRegion(
        pb.AllowRegionRequest(subscription=subscription, region="australiacentral")
    )


def listed(stubs: Stubs) -> dict[str, pb.Subscription]:
    answer = stubs.access.ListSubscriptions(pb.ListSubscriptionsRequest(page_size=1000))
    return {s.name: s for s in answer.subscriptions}


# With auth on


def test_an_administrator_is_told_the_subscription_does_not_exist_and_how_to_create_it(admin):
    subscription = unknown()
    caller = admin.access.GetCaller(pb.GetCallerRequest())
    creates = {
        "CreateGallery": lambda: create_gallery(admin, subscription),
        "CreateUpload": lambda: create_upload(admin, subscription),
        "CreateImageSource": lambda: create_source(admin, subscription),
        "CreateRoleAssignment": lambda: assign(admin, subscription, caller.principal.name),
        "AllowRegion": lambda: allow(admin, subscription),
    }

    for method, create in creates.items():
        found = refused(create, Code.NOT_FOUND)
        subscription_id = subscription.rsplit("/", 1)[1]
        assert found.reason == "ERROR_REASON_SUBSCRIPTION_NOT_FOUND", method
        assert dict(found.info.metadata) == {"resource": subscription}, method
        assert subscription in found.message, method
        assert "AccessService.CreateSubscription" in found.message, method
        assert f"imagegallery subscription create --subscription-id {subscription_id}" in (
            found.message
        ), method
    assert subscription not in listed(admin)

    created = admin.access.CreateSubscription(
        pb.CreateSubscriptionRequest(subscription_id=subscription.rsplit("/", 1)[1])
    )
    gallery = create_gallery(admin, subscription)

    assert created.name == subscription
    assert created.tenant == caller.tenant  # the caller's, when none is given
    assert gallery.name.startswith(f"{subscription}/resourceGroups/images/")
    assert list(allow(admin, subscription).allowed_regions) == ["australiacentral"]


def test_anyone_else_is_denied_as_for_every_resource_they_may_not_see(secured, admin, directory):
    tenant = directory.tenant(f"t-{uuid.uuid4().hex[:8]}")
    hidden = directory.subscription(tenant, f"hidden-{uuid.uuid4().hex[:8]}")
    own = directory.subscription(tenant, f"own-{uuid.uuid4().hex[:8]}")
    user = directory.member(tenant, "contributor")
    directory.assign(own, user.name, "Owner")
    stubs = Stubs(channel_with(secured.address, user.token))
    subscription = unknown()

    for create in (create_gallery, create_upload, create_source, allow):
        missing = refused(lambda: create(stubs, subscription), Code.PERMISSION_DENIED)  # noqa: B023
        existing = refused(lambda: create(stubs, hidden), Code.PERMISSION_DENIED)  # noqa: B023

        assert missing.reason == existing.reason == "ERROR_REASON_ACCESS_DENIED"
        assert missing.message == existing.message.replace(hidden, subscription)
        assert dict(missing.info.metadata) == {
            key: value.replace(hidden, subscription)
            for key, value in existing.info.metadata.items()
        }
    assert create_gallery(stubs, own).name.startswith(own)
    assert subscription not in listed(admin)


def test_create_subscription_still_refuses_an_unknown_tenant(admin):
    unknown_tenant = f"tenants/none-{uuid.uuid4().hex[:8]}"
    found = refused(
        lambda: admin.access.CreateSubscription(
            pb.CreateSubscriptionRequest(subscription=pb.Subscription(tenant=unknown_tenant))
        ),
        Code.NOT_FOUND,
    )

    assert unknown_tenant in found.message


# Without auth (the session's server)


def test_without_auth_a_subscription_is_registered_on_first_use(emulator):
    by_gallery, by_upload, by_source = unknown(), unknown(), unknown()

    create_gallery(emulator, by_gallery)
    upload = create_upload(emulator, by_upload)
    registered = listed(emulator)
    allowed = allow(emulator, by_gallery)
    emulator.sources.DeleteUpload(source_pb.DeleteUploadRequest(name=upload.name))
    again = create_gallery(emulator, by_gallery, "second")
    by_allowing = allow(emulator, by_source)

    assert {by_gallery, by_upload} <= set(registered)
    assert registered[by_gallery].tenant == "tenants/default"
    assert registered[by_upload].tenant == "tenants/default"
    assert list(allowed.allowed_regions) == ["australiacentral"]
    assert again.name.startswith(by_gallery)
    assert by_allowing.name == by_source and by_allowing.tenant == "tenants/default"


def test_without_auth_a_refused_create_registers_nothing(emulator):
    subscription = unknown()

    # Refused inside the create's transaction (its upload does not exist), after
    # the subscription was registered in it: nothing of it is kept.
    refused(lambda: create_source(emulator, subscription), Code.NOT_FOUND)

    assert subscription not in listed(emulator)


def test_without_auth_a_subscription_created_without_a_tenant_is_the_default_tenants(emulator):
    subscription_id = f"made-{uuid.uuid4().hex[:12]}"

    created = emulator.access.CreateSubscription(
        pb.CreateSubscriptionRequest(subscription_id=subscription_id)
    )

    assert created.name == f"/subscriptions/{subscription_id}"
    assert created.tenant == "tenants/default"
