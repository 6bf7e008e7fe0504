"""AccessService: identity, tokens, role assignments, allow-lists and the audit log.

Who may call what is the access policy's (auth/policy.py); the methods whose
rule depends on more than the request check here.
"""

from collections.abc import Callable
from typing import Any

from google.protobuf.empty_pb2 import Empty
from google.protobuf.message import Message
from grpc.aio import ServicerContext
from imagegallery.v1 import access_service_pb2 as pb
from imagegallery.v1 import access_service_pb2_grpc

from imagegallery_server.api import requests
from imagegallery_server.api.convert import to_domain
from imagegallery_server.auth import context
from imagegallery_server.domain import names
from imagegallery_server.domain.access import Caller, Permission, require_administrator
from imagegallery_server.domain.audit import Audit
from imagegallery_server.domain.contract import to_proto
from imagegallery_server.domain.errors import InvalidArgument, Violations
from imagegallery_server.domain.identity import Identity
from imagegallery_server.domain.model import (
    Page,
    Principal,
    PrincipalType,
    RoleAssignment,
    Subscription,
    Tenant,
)
from imagegallery_server.domain.role_assignments import RoleAssignments
from imagegallery_server.domain.tokens import Tokens


class AccessServicer(access_service_pb2_grpc.AccessServiceServicer):
    def __init__(
        self,
        identity: Identity,
        tokens: Tokens,
        assignments: RoleAssignments,
        audit: Audit,
    ) -> None:
        self._identity = identity
        self._tokens = tokens
        self._assignments = assignments
        self._audit = audit

    async def GetCaller(self, request: pb.GetCallerRequest, _: ServicerContext) -> pb.Caller:
        caller = context.caller()
        if not caller.authenticated:
            principal = Principal(
                name=caller.principal, type=PrincipalType.USER, administrator=True
            )
            return pb.Caller(principal=to_proto(principal, pb.Principal), authenticated=False)
        return pb.Caller(
            principal=to_proto(self._identity.get_principal(caller.principal), pb.Principal),
            tenant=caller.tenant,
            groups=caller.groups,
            role_assignments=[
                to_proto(a, pb.RoleAssignment) for a in self._assignments.of_caller(caller)
            ],
            authenticated=True,
        )

    async def CreateTenant(self, request: pb.CreateTenantRequest, _: ServicerContext) -> pb.Tenant:
        v = Violations()
        tenant = to_domain(request.tenant, Tenant, "tenant", v)
        mutation = requests.mutation("CreateTenant", request, v)
        created = await self._identity.create_tenant(tenant, request.tenant_id, mutation, v)
        context.record(created.name)
        return to_proto(created, pb.Tenant)

    async def ListTenants(
        self, request: pb.ListTenantsRequest, _: ServicerContext
    ) -> pb.ListTenantsResponse:
        return _listed(
            request,
            "tenants",
            self._identity.list_tenants,
            pb.Tenant,
            pb.ListTenantsResponse,
            "tenants",
        )

    async def CreateSubscription(
        self, request: pb.CreateSubscriptionRequest, _: ServicerContext
    ) -> pb.Subscription:
        v = Violations()
        subscription = to_domain(request.subscription, Subscription, "subscription", v)
        mutation = requests.mutation("CreateSubscription", request, v)
        created = await self._identity.create_subscription(
            subscription,
            request.subscription_id,
            request.owner,
            mutation,
            v,
            self._assignments.owner_assignment,
            context.caller(),
        )
        context.record(created.name)
        return to_proto(created, pb.Subscription)

    async def GetSubscription(
        self, request: pb.GetSubscriptionRequest, _: ServicerContext
    ) -> pb.Subscription:
        context.caller().require_list(request.name)  # as its list: any role in it
        return to_proto(self._identity.get_subscription(request.name), pb.Subscription)

    async def ListSubscriptions(
        self, request: pb.ListSubscriptionsRequest, _: ServicerContext
    ) -> pb.ListSubscriptionsResponse:
        caller = context.caller()
        within = None if caller.administrator else [g.scope_key for g in caller.grants]
        return _listed(
            request,
            "subscriptions",
            lambda size, after: self._identity.list_subscriptions(size, after, within),
            pb.Subscription,
            pb.ListSubscriptionsResponse,
            "subscriptions",
        )

    async def AllowRegion(
        self, request: pb.AllowRegionRequest, _: ServicerContext
    ) -> pb.Subscription:
        mutation = requests.sole_mutation("AllowRegion", request)
        allowed = await self._identity.allow_region(
            request.subscription, request.region, mutation, context.caller()
        )
        return to_proto(allowed, pb.Subscription)

    async def CreatePrincipal(
        self, request: pb.CreatePrincipalRequest, _: ServicerContext
    ) -> pb.Principal:
        v = Violations()
        principal = to_domain(request.principal, Principal, "principal", v)
        mutation = requests.mutation("CreatePrincipal", request, v)
        created = await self._identity.create_principal(request.parent, principal, mutation, v)
        context.record(created.name)
        return to_proto(created, pb.Principal)

    async def GetPrincipal(
        self, request: pb.GetPrincipalRequest, _: ServicerContext
    ) -> pb.Principal:
        caller = context.caller()
        if request.name.lower() not in {n.lower() for n in (caller.principal, *caller.groups)}:
            require_administrator(caller)
        return to_proto(self._identity.get_principal(request.name), pb.Principal)

    async def ListPrincipals(
        self, request: pb.ListPrincipalsRequest, _: ServicerContext
    ) -> pb.ListPrincipalsResponse:
        return _listed(
            request,
            request.parent,
            lambda size, after: self._identity.list_principals(request.parent, size, after),
            pb.Principal,
            pb.ListPrincipalsResponse,
            "principals",
        )

    async def UpdatePrincipal(
        self, request: pb.UpdatePrincipalRequest, _: ServicerContext
    ) -> pb.Principal:
        v = Violations()
        principal = to_domain(request.principal, Principal, "principal", v)
        paths = requests.update_paths(request.principal, request.update_mask, "update_mask", v)
        mutation = requests.mutation("UpdatePrincipal", request, v)
        updated = await self._identity.update_principal(principal, paths, mutation, v)
        return to_proto(updated, pb.Principal)

    async def AddGroupMember(
        self, request: pb.AddGroupMemberRequest, _: ServicerContext
    ) -> pb.Principal:
        mutation = requests.sole_mutation("AddGroupMember", request)
        group = await self._identity.add_member(request.group, request.member, mutation)
        return to_proto(group, pb.Principal)

    async def RemoveGroupMember(
        self, request: pb.RemoveGroupMemberRequest, _: ServicerContext
    ) -> pb.Principal:
        mutation = requests.sole_mutation("RemoveGroupMember", request)
        group = await self._identity.remove_member(request.group, request.member, mutation)
        return to_proto(group, pb.Principal)

    async def CreateToken(
        self, request: pb.CreateTokenRequest, _: ServicerContext
    ) -> pb.CreateTokenResponse:
        issued = await self._tokens.create(
            request.parent, requests.duration(request, "ttl"), Violations()
        )
        return pb.CreateTokenResponse(token=to_proto(issued.token, pb.Token), secret=issued.secret)

    async def ListTokens(
        self, request: pb.ListTokensRequest, _: ServicerContext
    ) -> pb.ListTokensResponse:
        tokens = self._tokens.list(request.parent)
        return pb.ListTokensResponse(tokens=[to_proto(t, pb.Token) for t in tokens])

    async def RevokeToken(self, request: pb.RevokeTokenRequest, _: ServicerContext) -> pb.Token:
        caller = context.caller()
        context.record(request.name)
        if not _owns(caller, request.name):
            require_administrator(caller)
        return to_proto(await self._tokens.revoke(request.name), pb.Token)

    async def CreateRoleAssignment(
        self, request: pb.CreateRoleAssignmentRequest, _: ServicerContext
    ) -> pb.RoleAssignment:
        v = Violations()
        assignment = to_domain(request.role_assignment, RoleAssignment, "role_assignment", v)
        mutation = requests.mutation("CreateRoleAssignment", request, v)
        created = await self._assignments.create(assignment, mutation, v, context.caller())
        return to_proto(created, pb.RoleAssignment)

    async def ListRoleAssignments(
        self, request: pb.ListRoleAssignmentsRequest, _: ServicerContext
    ) -> pb.ListRoleAssignmentsResponse:
        return _listed(
            request,
            request.scope,
            lambda size, after: self._assignments.list_page(request.scope, size, after),
            pb.RoleAssignment,
            pb.ListRoleAssignmentsResponse,
            "role_assignments",
        )

    async def DeleteRoleAssignment(
        self, request: pb.DeleteRoleAssignmentRequest, _: ServicerContext
    ) -> Empty:
        mutation = requests.sole_mutation("DeleteRoleAssignment", request)
        await self._assignments.delete(request.name, mutation)
        return Empty()

    async def ListAuditRecords(
        self, request: pb.ListAuditRecordsRequest, _: ServicerContext
    ) -> pb.ListAuditRecordsResponse:
        if request.scope:
            context.authorize(Permission.MANAGE_ACCESS, request.scope)
            names.parse_role_assignment_scope(request.scope, "scope")
        else:
            require_administrator(context.caller())
        return _listed(
            request,
            f"audit:{request.scope}",
            lambda size, after: self._audit.list_page(request.scope, size, after),
            pb.AuditRecord,
            pb.ListAuditRecordsResponse,
            "audit_records",
        )


def _listed(
    request: Any,
    scope: str,
    list_page: Callable[[int, str], Page[Any]],
    message: type[Message],
    response: Callable[..., Message],
    field: str,
) -> Any:
    """One page of a list as its response message, with the next page's token."""
    v = Violations()
    size = requests.page_size(request.page_size, v)
    after = requests.read_page_token(request.page_token, scope, v)
    v.raise_if_any()
    page = list_page(size, after)
    return response(
        **{field: [to_proto(item, message) for item in page.items]},
        next_page_token=requests.page_token(page.next_after, scope),
    )


def _owns(caller: Caller, token_name: str) -> bool:
    """Whether the token is the caller's own; no one owns a name that does not parse,
    so to others it is refused as any token not theirs."""
    try:
        token = names.parse_token(token_name, "name")
    except InvalidArgument:
        return False
    return names.key(token.principal_name) == caller.principal.lower()
