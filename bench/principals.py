"""Callers for the benchmarks that run with auth on: the administrator (the owner
token the server writes to its data dir) and a Reader who holds the role through a
group, not directly (as most callers would); and for every benchmark a subscription
of its own."""

import uuid
from pathlib import Path

from imagegallery.client import Client as ImageGalleryClient
from imagegallery.client import RetryPolicy
from imagegallery.v1 import access_service_pb2 as pb

OWNER_TOKEN_FILE = "owner-token"


def owner_token(data_dir: Path) -> str:
    return (data_dir / OWNER_TOKEN_FILE).read_text().strip()


def bearer(token: str | None) -> tuple[tuple[str, str], ...]:
    """The call metadata that carries `token` (none for None)."""
    return (("authorization", f"Bearer {token}"),) if token else ()


def project_client(address: str, token: str | None = None) -> ImageGalleryClient:
    """The project's Python client, its calls carrying `token`; without retries,
    default deadline or added request ids, so each call is the benchmark's own."""
    return ImageGalleryClient(
        address, token, timeout=None, retry=RetryPolicy(max_attempts=1), auto_request_ids=False
    )


def resource_group(access) -> str:
    """A resource group in a new subscription, made over an AccessService stub (in the
    caller's tenant; without auth, tenants/default): resources live only in a
    subscription that exists."""
    request = pb.CreateSubscriptionRequest(subscription_id=str(uuid.uuid4()))
    return f"{access.CreateSubscription(request).name}/resourceGroups/bench"


class Tenancy:
    """What the administrator sets up, over an AccessService stub whose channel
    carries the administrator's token."""

    def __init__(self, access) -> None:
        self.access = access
        self.tenant = access.GetCaller(pb.GetCallerRequest()).tenant

    def reader_through_group(self, scope: str) -> str:
        """A token of a new user who is a Reader of `scope` only as a member of a
        new group that holds the role."""
        user = self._principal(pb.PRINCIPAL_TYPE_USER, "bench reader")
        group = self._principal(pb.PRINCIPAL_TYPE_GROUP, "bench readers")
        self.access.AddGroupMember(pb.AddGroupMemberRequest(group=group, member=user))
        self.access.CreateRoleAssignment(
            pb.CreateRoleAssignmentRequest(
                role_assignment=pb.RoleAssignment(scope=scope, principal=group, role=pb.ROLE_READER)
            )
        )
        return self.access.CreateToken(pb.CreateTokenRequest(parent=user)).secret

    def _principal(self, kind: int, display_name: str) -> str:
        principal = pb.Principal(type=kind, display_name=display_name)
        request = pb.CreatePrincipalRequest(parent=self.tenant, principal=principal)
        return self.access.CreatePrincipal(request).name
