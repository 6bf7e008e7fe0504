"""Helpers for access tests: a server with auth on, channels that carry a bearer
token, and principals made by the administrator."""

from dataclasses import dataclass
from pathlib import Path

import grpc
from google.longrunning import operations_pb2_grpc
from google.protobuf.duration_pb2 import Duration
from imagegallery.v1 import access_service_pb2 as pb
from imagegallery.v1 import (
    access_service_pb2_grpc,
    maintenance_service_pb2_grpc,
    planning_service_pb2_grpc,
    shared_gallery_service_pb2_grpc,
)
from imagegallery_server.testing import ServerProcess
from versioning import Catalog

AUTH_ON = {"IMAGEGALLERY_AUTH": "token"}
ROLES = {"Owner": pb.ROLE_OWNER, "Contributor": pb.ROLE_CONTRIBUTOR, "Reader": pb.ROLE_READER}


class _Bearer(
    grpc.UnaryUnaryClientInterceptor,
    grpc.UnaryStreamClientInterceptor,
    grpc.StreamUnaryClientInterceptor,
    grpc.StreamStreamClientInterceptor,
):
    """Adds "authorization: Bearer <token>" (or any header given) to every call."""

    def __init__(self, header: tuple[str, str]) -> None:
        self._header = header

    def _with(self, details):
        metadata = [*(details.metadata or ()), self._header]
        return details._replace(metadata=metadata)

    def intercept_unary_unary(self, continuation, details, request):
        return continuation(self._with(details), request)

    def intercept_unary_stream(self, continuation, details, request):
        return continuation(self._with(details), request)

    def intercept_stream_unary(self, continuation, details, requests):
        return continuation(self._with(details), requests)

    def intercept_stream_stream(self, continuation, details, requests):
        return continuation(self._with(details), requests)


def channel_with(address: str, token: str | None, header: str = "authorization") -> grpc.Channel:
    """A channel whose calls carry `token` as a bearer token (none for None)."""
    channel = grpc.insecure_channel(address)
    if token is None:
        return channel
    return grpc.intercept_channel(channel, _Bearer((header, f"Bearer {token}")))


class Stubs(Catalog):
    """Every service's stub on one channel (Catalog's, and access, planning,
    maintenance, shared galleries)."""

    def __init__(self, channel: grpc.Channel, resource_group: str = "") -> None:
        super().__init__(channel, resource_group)
        self.channel = channel
        self.access = access_service_pb2_grpc.AccessServiceStub(channel)
        self.planning = planning_service_pb2_grpc.PlanningServiceStub(channel)
        self.maintenance = maintenance_service_pb2_grpc.MaintenanceServiceStub(channel)
        self.operations = operations_pb2_grpc.OperationsStub(channel)
        self.shared = shared_gallery_service_pb2_grpc.SharedGalleryServiceStub(channel)


def owner_token(server: ServerProcess) -> str:
    return (Path(server.data_dir) / "owner-token").read_text().strip()


@dataclass(frozen=True)
class Member:
    """A principal and a token for it."""

    name: str
    token: str


class Directory:
    """What the administrator does: tenants, subscriptions, principals, tokens, roles."""

    def __init__(self, admin: Stubs) -> None:
        self.admin = admin.access

    def tenant(self, tenant_id: str) -> str:
        request = pb.CreateTenantRequest(
            tenant=pb.Tenant(display_name=tenant_id), tenant_id=tenant_id
        )
        return self.admin.CreateTenant(request).name

    def subscription(self, tenant: str, subscription_id: str) -> str:
        subscription = pb.Subscription(tenant=tenant)
        request = pb.CreateSubscriptionRequest(
            subscription=subscription, subscription_id=subscription_id
        )
        return self.admin.CreateSubscription(request).name

    def principal(self, tenant: str, display_name: str, kind=pb.PRINCIPAL_TYPE_USER) -> str:
        principal = pb.Principal(type=kind, display_name=display_name)
        request = pb.CreatePrincipalRequest(parent=tenant, principal=principal)
        return self.admin.CreatePrincipal(request).name

    def token(self, principal: str, seconds: int = 3600) -> str:
        request = pb.CreateTokenRequest(parent=principal, ttl=Duration(seconds=seconds))
        return self.admin.CreateToken(request).secret

    def member(self, tenant: str, display_name: str) -> Member:
        name = self.principal(tenant, display_name)
        return Member(name, self.token(name))

    def assign(self, scope: str, principal: str, role: str) -> pb.RoleAssignment:
        assignment = pb.RoleAssignment(scope=scope, principal=principal, role=ROLES[role])
        return self.admin.CreateRoleAssignment(
            pb.CreateRoleAssignmentRequest(role_assignment=assignment)
        )

    def join(self, group: str, member: str) -> None:
        self.admin.AddGroupMember(pb.AddGroupMemberRequest(group=group, member=member))
