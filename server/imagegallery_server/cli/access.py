"""Who may do what: `imagegallery tenant`, `subscription`, `principal`, `token`,
`role assignment` and `audit` (az account, az ad, az role), and `whoami`."""

import argparse
import sys
from typing import Any

from google.protobuf.duration_pb2 import Duration
from google.protobuf.field_mask_pb2 import FieldMask
from imagegallery.v1 import access_service_pb2 as pb

from imagegallery_server.cli import common, connection, values
from imagegallery_server.cli.common import Context, every_page
from imagegallery_server.cli.errors import UsageError

PROG = "imagegallery"
TENANT = "tenants/contoso"
USER = f"{TENANT}/principals/alice"
SUBSCRIPTION = "/subscriptions/demo"
GALLERY = f"{SUBSCRIPTION}/resourceGroups/images/{common.COMPUTE}/galleries/myGallery"
DAY_SECONDS = 24 * 60 * 60


def add_parser(commands: common.Subparsers) -> None:
    _tenants(commands)
    _subscriptions(commands)
    _principals(commands)
    _tokens(commands)
    _roles(commands)
    _audit(commands)
    p = common.command(
        commands,
        "whoami",
        "show the caller: its principal, tenant, groups and role assignments",
        common.examples(
            ("Show who the token in $IMAGEGALLERY_TOKEN is.", f"{PROG} whoami"),
            ("Show who a token is, as YAML.", f"{PROG} whoami --token TOKEN -o yaml"),
        ),
        whoami,
    )
    common.finish(p)


def _tenant(text: str) -> str:
    """A tenant's name, "tenants/X", also given as "X"."""
    return text if text.startswith("tenants/") else f"tenants/{text}"


_tenant.__name__ = "tenant"


def _tenant_argument(parser: argparse.ArgumentParser, **options: Any) -> None:
    parser.add_argument("--tenant", type=_tenant, metavar="TENANT", **options)


# Tenants -------------------------------------------------------------------


def _tenants(commands: common.Subparsers) -> None:
    prog = f"{PROG} tenant"
    group = common.group(
        commands,
        "tenant",
        help="manage tenants (administrators)",
        description="Tenants own subscriptions and principals. Administrators only.",
        epilog=common.examples(
            ("Create a tenant.", f'{prog} create --tenant-id contoso --display-name "Contoso"'),
            ("List the tenants as a table.", f"{prog} list -o table"),
        ),
    )

    p = common.command(
        group,
        "create",
        "create a tenant",
        common.examples(
            ("Create a tenant with a UUID for its ID.", f'{prog} create --display-name "Contoso"'),
            ("Create a tenant with an ID of your own.", f"{prog} create --tenant-id contoso"),
        ),
        create_tenant,
    )
    p.add_argument("--tenant-id", metavar="ID", help="the tenant's ID (default a UUID)")
    p.add_argument("--display-name", metavar="NAME", help="free text")
    common.finish(p)

    p = common.command(
        group,
        "list",
        "list the tenants",
        common.examples(("List the tenants.", f"{prog} list -o table")),
        list_tenants,
    )
    common.finish(p)


def create_tenant(ctx: Context) -> None:
    a = ctx.args
    request = pb.CreateTenantRequest(
        tenant=pb.Tenant(display_name=a.display_name or ""), tenant_id=a.tenant_id or ""
    )
    ctx.show(ctx.client.access.CreateTenant(request))


def list_tenants(ctx: Context) -> None:
    ctx.show(every_page(ctx.client.access.ListTenants, pb.ListTenantsRequest(), "tenants"))


# Subscriptions -------------------------------------------------------------


def _subscriptions(commands: common.Subparsers) -> None:
    prog = f"{PROG} subscription"
    group = common.group(
        commands,
        "subscription",
        help="manage subscriptions",
        description="Subscriptions hold resource groups, and belong to a tenant (az account). "
        "Resources are made only in a subscription that exists.",
        epilog=common.examples(
            (
                "Create the subscription demo, in your tenant.",
                f"{prog} create --subscription-id demo",
            ),
            (
                "Create a subscription owned by a user.",
                f"{prog} create --tenant {TENANT} --subscription-id demo --owner {USER}",
            ),
            ("Show a subscription.", f"{prog} show --subscription demo"),
        ),
    )

    p = common.command(
        group,
        "create",
        "create a subscription (administrators)",
        common.examples(
            (
                "Create the subscription demo, in your tenant.",
                f"{prog} create --subscription-id demo",
            ),
            (
                "Create a subscription, with Owner on it for a user.",
                f"{prog} create --tenant {TENANT} --subscription-id demo "
                f'--display-name "Demo" --owner {USER}',
            ),
            ("Create a subscription with a UUID for its ID.", f"{prog} create --tenant {TENANT}"),
        ),
        create_subscription,
    )
    _tenant_argument(
        p,
        help="the tenant that owns it (tenants/X, or X); default yours (without auth, "
        "tenants/default)",
    )
    p.add_argument("--subscription-id", metavar="ID", help="its ID (default a UUID)")
    p.add_argument("--display-name", metavar="NAME", help="free text")
    p.add_argument(
        "--owner",
        metavar="PRINCIPAL",
        help="a principal (tenants/X/principals/Y) given the Owner role on it",
    )
    common.finish(p)

    p = common.command(
        group,
        "show",
        "show a subscription",
        common.examples(
            ("Show a subscription.", f"{prog} show --subscription demo"),
            (
                "Show the subscription of $IMAGEGALLERY_SUBSCRIPTION, as YAML.",
                f"{prog} show -o yaml",
            ),
        ),
        show_subscription,
    )
    _subscription_argument(p)
    common.finish(p)

    p = common.command(
        group,
        "list",
        "list subscriptions",
        common.examples(("List the subscriptions you hold a role in.", f"{prog} list -o table")),
        list_subscriptions,
        description="List every subscription (administrators), or those you hold a role in.",
    )
    common.finish(p)

    p = common.command(
        group,
        "allow-region",
        "allow a region that needs allow-listing as a replication target (Owners)",
        common.examples(
            (
                "Allow replication to Australia Central.",
                f"{prog} allow-region --subscription demo --region australiacentral",
            ),
        ),
        allow_region,
    )
    _subscription_argument(p)
    p.add_argument("--region", required=True, help="australiacentral or australiacentral2")
    common.finish(p)


def _subscription_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--subscription",
        metavar="ID",
        help=f"the subscription: ID or /subscriptions/ID (env {connection.ENV_SUBSCRIPTION}, "
        "or `subscription` in the profile)",
    )


def _subscription(ctx: Context) -> str:
    """ "/subscriptions/ID" from --subscription, the environment or the profile."""
    given = ctx.settings.subscription.rstrip("/")
    if not given:
        raise UsageError(
            "the following arguments are required: --subscription (or set "
            f"{connection.ENV_SUBSCRIPTION}, or `subscription` in the profile)"
        )
    return given if given.lower().startswith("/subscriptions/") else f"/subscriptions/{given}"


def create_subscription(ctx: Context) -> None:
    a = ctx.args
    subscription = pb.Subscription(tenant=a.tenant or "", display_name=a.display_name or "")
    request = pb.CreateSubscriptionRequest(
        subscription=subscription, subscription_id=a.subscription_id or "", owner=a.owner or ""
    )
    ctx.show(ctx.client.access.CreateSubscription(request))


def show_subscription(ctx: Context) -> None:
    ctx.show(ctx.client.access.GetSubscription(pb.GetSubscriptionRequest(name=_subscription(ctx))))


def list_subscriptions(ctx: Context) -> None:
    request = pb.ListSubscriptionsRequest()
    ctx.show(every_page(ctx.client.access.ListSubscriptions, request, "subscriptions"))


def allow_region(ctx: Context) -> None:
    request = pb.AllowRegionRequest(subscription=_subscription(ctx), region=ctx.args.region)
    ctx.show(ctx.client.access.AllowRegion(request))


# Principals ----------------------------------------------------------------


def _principals(commands: common.Subparsers) -> None:
    prog = f"{PROG} principal"
    group = common.group(
        commands,
        "principal",
        help="manage users, service principals and groups",
        description="Principals are the users, service principals and groups of a tenant "
        "that roles are assigned to (az ad). Administrators manage them.",
        epilog=common.examples(
            (
                "Create a user.",
                f'{prog} create --tenant {TENANT} --type user --display-name "Alice"',
            ),
            ("List the principals of every tenant.", f"{prog} list -o table"),
        ),
    )

    p = common.command(
        group,
        "create",
        "create a principal (administrators)",
        common.examples(
            (
                "Create a user.",
                f'{prog} create --tenant {TENANT} --type user --display-name "Alice"',
            ),
            (
                "Create a group, and a service principal that administers the server.",
                f'{prog} create --tenant {TENANT} --type group --display-name "Ops"\n'
                f"    {prog} create --tenant {TENANT} --type service-principal --administrator",
            ),
        ),
        create_principal,
    )
    _tenant_argument(p, required=True, help="its tenant (tenants/X, or X)")
    values.enum_argument(p, "--type", pb.PrincipalType.DESCRIPTOR, required=True, help="what it is")
    _principal_fields(p)
    common.finish(p)

    p = common.command(
        group,
        "show",
        "show a principal (administrators, and the principal itself)",
        common.examples(("Show a user.", f"{prog} show {USER}")),
        show_principal,
    )
    _principal_name(p)
    common.finish(p)

    p = common.command(
        group,
        "list",
        "list principals (administrators)",
        common.examples(
            ("List the principals of every tenant.", f"{prog} list -o table"),
            ("List a tenant's principals.", f"{prog} list --tenant {TENANT}"),
        ),
        list_principals,
    )
    _tenant_argument(p, default="tenants/-", help="a tenant (tenants/X, or X; default every one)")
    common.finish(p)

    p = common.command(
        group,
        "update",
        "change a principal's display name or administrator flag (administrators)",
        common.examples(
            ("Rename a user.", f'{prog} update {USER} --display-name "Alice Smith"'),
            ("Take administration away.", f"{prog} update {USER} --administrator false"),
        ),
        update_principal,
    )
    _principal_name(p)
    _principal_fields(p)
    common.finish(p)

    for name, verb, run in (
        ("add-member", "add a user or service principal to", add_member),
        ("remove-member", "remove a member from", remove_member),
    ):
        p = common.command(
            group,
            name,
            f"{verb} a group (administrators)",
            common.examples(
                (
                    f"{verb.capitalize()} a group.",
                    f"{prog} {name} --group {TENANT}/principals/ops --member {USER}",
                ),
            ),
            run,
        )
        p.add_argument("--group", required=True, metavar="GROUP", help="the group's name")
        p.add_argument(
            "--member", required=True, metavar="PRINCIPAL", help="the member's name (any tenant)"
        )
        common.finish(p)


def _principal_fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--display-name", metavar="NAME", help="free text")
    values.boolean_argument(
        parser, "--administrator", help="a server administrator: holds every role everywhere"
    )


def _principal_name(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", metavar="NAME", help="the principal: tenants/X/principals/Y")


def create_principal(ctx: Context) -> None:
    a = ctx.args
    principal = pb.Principal(
        type=a.type, display_name=a.display_name or "", administrator=bool(a.administrator)
    )
    request = pb.CreatePrincipalRequest(parent=a.tenant, principal=principal)
    ctx.show(ctx.client.access.CreatePrincipal(request))


def show_principal(ctx: Context) -> None:
    ctx.show(ctx.client.access.GetPrincipal(pb.GetPrincipalRequest(name=ctx.args.name)))


def list_principals(ctx: Context) -> None:
    request = pb.ListPrincipalsRequest(parent=ctx.args.tenant)
    ctx.show(every_page(ctx.client.access.ListPrincipals, request, "principals"))


def update_principal(ctx: Context) -> None:
    a = ctx.args
    principal = pb.Principal(name=a.name)
    paths = []
    if a.display_name is not None:
        principal.display_name = a.display_name
        paths.append("display_name")
    if a.administrator is not None:
        principal.administrator = a.administrator
        paths.append("administrator")
    if not paths:
        raise UsageError("nothing to change: give --display-name or --administrator")
    request = pb.UpdatePrincipalRequest(principal=principal, update_mask=FieldMask(paths=paths))
    ctx.show(ctx.client.access.UpdatePrincipal(request))


def add_member(ctx: Context) -> None:
    request = pb.AddGroupMemberRequest(group=ctx.args.group, member=ctx.args.member)
    ctx.show(ctx.client.access.AddGroupMember(request))


def remove_member(ctx: Context) -> None:
    request = pb.RemoveGroupMemberRequest(group=ctx.args.group, member=ctx.args.member)
    ctx.show(ctx.client.access.RemoveGroupMember(request))


# Tokens --------------------------------------------------------------------


def _tokens(commands: common.Subparsers) -> None:
    prog = f"{PROG} token"
    group = common.group(
        commands,
        "token",
        help="issue, list and revoke bearer tokens",
        description="A token names a principal; calls send it as `authorization: Bearer "
        "TOKEN` (--token, $IMAGEGALLERY_TOKEN or the profile). Its secret is shown once, "
        "when it is created.",
        epilog=common.examples(
            ("Issue a token for a user.", f"{prog} create --principal {USER}"),
            ("List a user's tokens.", f"{prog} list --principal {USER} -o table"),
        ),
    )

    p = common.command(
        group,
        "create",
        "issue a token for a user or service principal (administrators)",
        common.examples(
            ("Issue a token that lives 90 days.", f"{prog} create --principal {USER}"),
            (
                "Issue a token for a week and keep only its secret.",
                f"{prog} create --principal {USER} --ttl-days 7 | jq -r .secret",
            ),
        ),
        create_token,
        description="Issue a token for a user or service principal (administrators). The "
        "answer holds the token's secret, which is never shown again.",
    )
    _principal_argument(p)
    p.add_argument(
        "--ttl-days",
        type=values.positive,
        metavar="DAYS",
        help="how long it lives (default 90 days, at most 2 years)",
    )
    common.finish(p)

    p = common.command(
        group,
        "list",
        "list a principal's tokens, without their secrets (administrators)",
        common.examples(("List a user's tokens.", f"{prog} list --principal {USER} -o table")),
        list_tokens,
    )
    _principal_argument(p)
    common.finish(p)

    p = common.command(
        group,
        "revoke",
        "revoke a token (administrators, and the token's principal)",
        common.examples(("Revoke a token.", f"{prog} revoke {USER}/tokens/TOKEN_ID")),
        revoke_token,
    )
    p.add_argument(
        "name", metavar="NAME", help="the token: tenants/X/principals/Y/tokens/Z (not its secret)"
    )
    common.finish(p)


def _principal_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--principal", required=True, metavar="PRINCIPAL", help="tenants/X/principals/Y"
    )


def create_token(ctx: Context) -> None:
    a = ctx.args
    request = pb.CreateTokenRequest(parent=a.principal)
    if a.ttl_days is not None:
        request.ttl.CopyFrom(Duration(seconds=a.ttl_days * DAY_SECONDS))
    ctx.show(ctx.client.access.CreateToken(request))
    print("the secret is shown only this once: keep it now", file=sys.stderr)


def list_tokens(ctx: Context) -> None:
    ctx.show(
        list(ctx.client.access.ListTokens(pb.ListTokensRequest(parent=ctx.args.principal)).tokens)
    )


def revoke_token(ctx: Context) -> None:
    ctx.show(ctx.client.access.RevokeToken(pb.RevokeTokenRequest(name=ctx.args.name)))


# Role assignments ----------------------------------------------------------


def _roles(commands: common.Subparsers) -> None:
    prog = f"{PROG} role assignment"
    role = common.group(
        commands,
        "role",
        help="manage role assignments",
        description="Roles (Reader, Contributor, Owner) assigned to principals at a "
        "subscription, resource group, gallery or image definition (az role).",
        epilog=common.examples(
            (
                "Let a user read a gallery.",
                f"{prog} create --scope {GALLERY} --assignee {USER} --role Reader",
            ),
        ),
    )
    group = common.group(
        role,
        "assignment",
        help="manage role assignments",
        description="A role assignment gives a principal of any tenant a role at a scope "
        "and everything under it: Reader reads, lists, watches, downloads and deploys; "
        "Contributor also creates, changes and deletes; Owner also manages role assignments.",
        epilog=common.examples(
            (
                "Let a user read a gallery.",
                f"{prog} create --scope {GALLERY} --assignee {USER} --role Reader",
            ),
            ("List the assignments in a subscription.", f"{prog} list --scope {SUBSCRIPTION}"),
        ),
    )

    p = common.command(
        group,
        "create",
        "assign a role to a principal at a scope (Owners of the scope)",
        common.examples(
            (
                "Let a user read a gallery.",
                f"{prog} create --scope {GALLERY} --assignee {USER} --role Reader",
            ),
            (
                "Let a group change everything in a resource group.",
                f"{prog} create --scope {SUBSCRIPTION}/resourceGroups/images "
                f"--assignee {TENANT}/principals/ops --role Contributor",
            ),
        ),
        create_assignment,
    )
    _scope_argument(p, required=True)
    p.add_argument(
        "--assignee",
        required=True,
        metavar="PRINCIPAL",
        help="the principal, of any tenant: tenants/X/principals/Y",
    )
    values.enum_argument(p, "--role", pb.Role.DESCRIPTOR, required=True, help="the role")
    common.finish(p)

    p = common.command(
        group,
        "list",
        "list the role assignments at a scope and under it (Readers of the scope)",
        common.examples(
            ("List the assignments in a subscription.", f"{prog} list --scope {SUBSCRIPTION}"),
            ("List those on a gallery as a table.", f"{prog} list --scope {GALLERY} -o table"),
        ),
        list_assignments,
    )
    _scope_argument(p, required=True)
    common.finish(p)

    p = common.command(
        group,
        "delete",
        "delete a role assignment (Owners of its scope)",
        common.examples(
            (
                "Delete a role assignment.",
                f"{prog} delete {GALLERY}/providers/Microsoft.Authorization/roleAssignments/ID",
            ),
        ),
        delete_assignment,
    )
    p.add_argument("name", metavar="NAME", help="the role assignment's name (its resource ID)")
    common.finish(p)


def _scope_argument(parser: argparse.ArgumentParser, **options: Any) -> None:
    parser.add_argument(
        "--scope",
        metavar="SCOPE",
        help="a subscription, resource group, gallery or image definition, by resource ID",
        **options,
    )


def create_assignment(ctx: Context) -> None:
    a = ctx.args
    assignment = pb.RoleAssignment(scope=a.scope, principal=a.assignee, role=a.role)
    request = pb.CreateRoleAssignmentRequest(role_assignment=assignment)
    ctx.show(ctx.client.access.CreateRoleAssignment(request))


def list_assignments(ctx: Context) -> None:
    request = pb.ListRoleAssignmentsRequest(scope=ctx.args.scope)
    ctx.show(every_page(ctx.client.access.ListRoleAssignments, request, "role_assignments"))


def delete_assignment(ctx: Context) -> None:
    ctx.client.access.DeleteRoleAssignment(pb.DeleteRoleAssignmentRequest(name=ctx.args.name))


# Audit ---------------------------------------------------------------------


def _audit(commands: common.Subparsers) -> None:
    prog = f"{PROG} audit"
    group = common.group(
        commands,
        "audit",
        help="read the audit log",
        description="Every mutation and access change, allowed or refused, newest first.",
        epilog=common.examples(
            ("Show what happened in a subscription.", f"{prog} list --scope {SUBSCRIPTION}"),
        ),
    )
    p = common.command(
        group,
        "list",
        "list audit records, newest first (Owners of the scope; administrators for all)",
        common.examples(
            ("Show what happened in a subscription.", f"{prog} list --scope {SUBSCRIPTION}"),
            ("Show everything, as a table (administrators).", f"{prog} list -o table"),
        ),
        list_audit,
    )
    _scope_argument(p)
    common.finish(p)


def list_audit(ctx: Context) -> None:
    request = pb.ListAuditRecordsRequest(scope=ctx.args.scope or "")
    ctx.show(every_page(ctx.client.access.ListAuditRecords, request, "audit_records"))


# Caller --------------------------------------------------------------------


def whoami(ctx: Context) -> None:
    ctx.show(ctx.client.access.GetCaller(pb.GetCallerRequest()))
