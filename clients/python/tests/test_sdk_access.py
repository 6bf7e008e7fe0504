"""AccessService through the SDK, as the suite's principal (an administrator): a
tenant of its own with a user and a group, subscriptions, a region allow-listed,
a token used by a second client, a role given to the group and taken back, and
the audit log of it all. The suite's own token and the administrators are left
alone: other suites share the server."""

from collections.abc import Iterator

import pytest
from conftest import ADDRESS, every, unique
from google.protobuf.duration_pb2 import Duration
from google.protobuf.field_mask_pb2 import FieldMask
from imagegallery.client import Client
from imagegallery.errors import (
    InvalidArgumentError,
    PermissionDeniedError,
    UnauthenticatedError,
)
from imagegallery.v1 import access_service_pb2 as pb
from imagegallery.v1 import gallery_service_pb2 as gallery_pb
from imagegallery.v1 import region_service_pb2 as region_pb


@pytest.fixture(scope="module")
def me(client) -> pb.Caller:
    return client.access.GetCaller(pb.GetCallerRequest())


@pytest.fixture(scope="module")
def tenant(client) -> pb.Tenant:
    return client.access.CreateTenant(
        pb.CreateTenantRequest(
            tenant_id=unique("python"), tenant=pb.Tenant(display_name="Python suite")
        )
    )


def new_principal(client, tenant: pb.Tenant, kind: int, display_name: str) -> pb.Principal:
    return client.access.CreatePrincipal(
        pb.CreatePrincipalRequest(
            parent=tenant.name, principal=pb.Principal(type=kind, display_name=display_name)
        )
    )


@pytest.fixture(scope="module")
def user(client, tenant) -> pb.Principal:
    return new_principal(client, tenant, pb.PRINCIPAL_TYPE_USER, "python user")


@pytest.fixture(scope="module")
def group(client, tenant) -> pb.Principal:
    return new_principal(client, tenant, pb.PRINCIPAL_TYPE_GROUP, "python readers")


def new_subscription(client, tenant: pb.Tenant, owner: str = "") -> pb.Subscription:
    return client.access.CreateSubscription(
        pb.CreateSubscriptionRequest(
            subscription_id=unique("python"),
            subscription=pb.Subscription(tenant=tenant.name, display_name="python"),
            owner=owner,
        )
    )


@pytest.fixture
def issued(client, user) -> pb.CreateTokenResponse:
    return client.access.CreateToken(
        pb.CreateTokenRequest(parent=user.name, ttl=Duration(seconds=3600))
    )


@pytest.fixture
def as_user(issued) -> Iterator[Client]:
    """A second client, with the user's token."""
    with Client(ADDRESS, token=issued.secret, timeout=30) as client:
        yield client


def test_the_caller_is_the_suites_administrator(me):
    assert me.authenticated and me.principal.administrator
    assert me.principal.type == pb.PRINCIPAL_TYPE_SERVICE_PRINCIPAL
    assert me.principal.name.startswith(f"{me.tenant}/principals/")


def test_tenants_are_created_and_listed(client, me, tenant):
    assert tenant.name.startswith("tenants/python-")
    assert tenant.display_name == "Python suite" and tenant.HasField("create_time")
    listed = every(client.access.ListTenants, pb.ListTenantsRequest(page_size=1), "tenants")
    names = {t.name for t in listed}
    assert {tenant.name, me.tenant} <= names


def test_principals_are_created_read_listed_and_updated(client, tenant, user, group):
    assert user.name.startswith(f"{tenant.name}/principals/")
    assert (user.type, user.administrator) == (pb.PRINCIPAL_TYPE_USER, False)
    assert (group.type, list(group.members)) == (pb.PRINCIPAL_TYPE_GROUP, [])
    assert client.access.GetPrincipal(pb.GetPrincipalRequest(name=user.name)) == user
    listed = every(
        client.access.ListPrincipals,
        pb.ListPrincipalsRequest(parent=tenant.name, page_size=1),
        "principals",
    )
    assert {p.name for p in listed} >= {user.name, group.name}

    # With a mask, only the display name changes: the user is not made an administrator.
    renamed = client.access.UpdatePrincipal(
        pb.UpdatePrincipalRequest(
            principal=pb.Principal(name=user.name, display_name="renamed", administrator=True),
            update_mask=FieldMask(paths=["display_name"]),
        )
    )
    assert (renamed.display_name, renamed.administrator) == ("renamed", False)
    restored = pb.Principal(name=user.name, display_name="python user")
    client.access.UpdatePrincipal(pb.UpdatePrincipalRequest(principal=restored))


def test_members_join_and_leave_a_group(client, user, group):
    joined = client.access.AddGroupMember(
        pb.AddGroupMemberRequest(group=group.name, member=user.name)
    )
    assert list(joined.members) == [user.name]
    left = client.access.RemoveGroupMember(
        pb.RemoveGroupMemberRequest(group=group.name, member=user.name)
    )
    assert list(left.members) == []
    with pytest.raises(InvalidArgumentError):  # a group joins no group
        client.access.AddGroupMember(pb.AddGroupMemberRequest(group=group.name, member=group.name))


def test_subscriptions_are_created_read_listed_and_allow_listed(client, tenant, user):
    owned = new_subscription(client, tenant, owner=user.name)
    assert owned.name.startswith("/subscriptions/python-")
    assert (owned.tenant, list(owned.allowed_regions)) == (tenant.name, [])
    assert client.access.GetSubscription(pb.GetSubscriptionRequest(name=owned.name)) == owned
    listed = every(
        client.access.ListSubscriptions, pb.ListSubscriptionsRequest(page_size=2), "subscriptions"
    )
    assert owned.name in {s.name for s in listed}
    # The owner named holds the Owner role on it.
    roles = client.access.ListRoleAssignments(pb.ListRoleAssignmentsRequest(scope=owned.name))
    assert [(a.principal, a.role) for a in roles.role_assignments] == [(user.name, pb.ROLE_OWNER)]

    needing = client.regions.ListRegions(region_pb.ListRegionsRequest()).regions
    assert {r.name for r in needing if r.requires_allow_listing} == {
        "australiacentral",
        "australiacentral2",
    }
    allowed = client.access.AllowRegion(
        pb.AllowRegionRequest(subscription=owned.name, region="Australia Central")
    )
    assert list(allowed.allowed_regions) == ["australiacentral"]
    again = client.access.GetSubscription(pb.GetSubscriptionRequest(name=owned.name))
    assert list(again.allowed_regions) == ["australiacentral"]


def test_a_token_is_used_refused_without_a_role_given_a_role_and_revoked(
    client, me, tenant, user, group, issued, as_user
):
    assert issued.secret and issued.token.name.startswith(f"{user.name}/tokens/")
    assert issued.token.HasField("expire_time") and not issued.token.HasField("revoke_time")
    caller = as_user.access.GetCaller(pb.GetCallerRequest())
    assert (caller.principal.name, caller.tenant, caller.authenticated) == (
        user.name,
        tenant.name,
        True,
    )
    assert not caller.principal.administrator

    # Without a role on the subscription, the user is refused there, typed.
    shared = new_subscription(client, tenant)
    rg = f"{shared.name}/resourceGroups/images"
    create = gallery_pb.CreateGalleryRequest(
        parent=rg, gallery_id="g", gallery=gallery_pb.Gallery(location="eastus")
    )
    with pytest.raises(PermissionDeniedError) as denied:
        as_user.galleries.CreateGallery(create)
    assert denied.value.reason == "ERROR_REASON_ACCESS_DENIED"
    assert denied.value.metadata["principal"] == user.name
    with pytest.raises(PermissionDeniedError) as not_admin:
        as_user.access.ListTenants(pb.ListTenantsRequest())
    assert not_admin.value.reason == "ERROR_REASON_ADMINISTRATOR_REQUIRED"

    # Its group made a Reader there: the user reads, but still may not write.
    client.access.AddGroupMember(pb.AddGroupMemberRequest(group=group.name, member=user.name))
    assignment = client.access.CreateRoleAssignment(
        pb.CreateRoleAssignmentRequest(
            role_assignment=pb.RoleAssignment(
                scope=shared.name, principal=group.name, role=pb.ROLE_READER
            )
        )
    )
    assert assignment.name.startswith(
        f"{shared.name}/providers/Microsoft.Authorization/roleAssignments/"
    )
    listed = client.access.ListRoleAssignments(pb.ListRoleAssignmentsRequest(scope=shared.name))
    assert [a.name for a in listed.role_assignments] == [assignment.name]
    seen = as_user.access.GetCaller(pb.GetCallerRequest())
    assert list(seen.groups) == [group.name]
    held = [(a.principal, a.role) for a in seen.role_assignments if a.scope == shared.name]
    assert held == [(group.name, pb.ROLE_READER)]
    galleries = as_user.galleries.ListGalleries(gallery_pb.ListGalleriesRequest(parent=rg))
    assert list(galleries.galleries) == []
    with pytest.raises(PermissionDeniedError):
        as_user.galleries.CreateGallery(create)

    # Taken back: refused again.
    client.access.DeleteRoleAssignment(pb.DeleteRoleAssignmentRequest(name=assignment.name))
    client.access.RemoveGroupMember(pb.RemoveGroupMemberRequest(group=group.name, member=user.name))
    assert (
        client.access.ListRoleAssignments(
            pb.ListRoleAssignmentsRequest(scope=shared.name)
        ).role_assignments
        == []
    )
    with pytest.raises(PermissionDeniedError) as again:
        as_user.access.GetSubscription(pb.GetSubscriptionRequest(name=shared.name))
    assert again.value.reason == "ERROR_REASON_ACCESS_DENIED"

    # The audit log of that subscription: its creation, the refused writes and the
    # role's coming and going, newest first (reads are not audited).
    records = client.access.ListAuditRecords(pb.ListAuditRecordsRequest(scope=shared.name))
    assert [
        (r.principal, r.method.rsplit("/", 1)[1], r.resource, r.outcome)
        for r in records.audit_records
    ] == [
        (me.principal.name, "DeleteRoleAssignment", shared.name, "OK"),
        (user.name, "CreateGallery", rg, "PERMISSION_DENIED"),
        (me.principal.name, "CreateRoleAssignment", shared.name, "OK"),
        (user.name, "CreateGallery", rg, "PERMISSION_DENIED"),
        (me.principal.name, "CreateSubscription", shared.name, "OK"),
    ]
    assert all(r.HasField("time") and r.request_id for r in records.audit_records)

    # The token is listed (never its secret), revoked, then refused as unauthenticated.
    tokens = client.access.ListTokens(pb.ListTokensRequest(parent=user.name)).tokens
    assert issued.token.name in {t.name for t in tokens}
    revoked = client.access.RevokeToken(pb.RevokeTokenRequest(name=issued.token.name))
    assert revoked.name == issued.token.name and revoked.HasField("revoke_time")
    with pytest.raises(UnauthenticatedError) as unauthenticated:
        as_user.access.GetCaller(pb.GetCallerRequest())
    assert unauthenticated.value.reason == "ERROR_REASON_TOKEN_REVOKED"
    assert issued.secret not in str(unauthenticated.value)

    # The suite's own token still works.
    assert client.access.GetCaller(pb.GetCallerRequest()).principal.name == me.principal.name
