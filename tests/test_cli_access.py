"""The access commands of `imagegallery` (tenant, subscription, principal, token,
role assignment, audit, whoami), driven in subprocesses against a real server
with tokens required, as an administrator and the users it makes drive them."""

import re
import shlex
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from imagegallery_server.testing import ServerProcess
from test_cli import Cli, Result

COMPUTE = "providers/Microsoft.Compute"
ASSIGNMENTS = "providers/Microsoft.Authorization/roleAssignments"


@pytest.fixture(scope="module")
def secured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    server = ServerProcess(
        tmp_path_factory.mktemp("secured"), env={"IMAGEGALLERY_AUTH": "token"}
    ).start()
    yield server
    assert server.stop() == 0


def as_(server: ServerProcess, home: Path, token: str, subscription: str = "") -> Cli:
    """The command line of whoever holds `token`, with `subscription` as its default."""
    cli = Cli(server.address, home)
    cli.env.update(IMAGEGALLERY_TOKEN=token, IMAGEGALLERY_SUBSCRIPTION=subscription)
    return cli


@pytest.fixture
def admin(secured: ServerProcess, tmp_path: Path) -> Cli:
    return as_(secured, tmp_path, (secured.data_dir / "owner-token").read_text().strip())


def made(run: Cli, *args: str) -> dict:
    """What a create command answered, which must be JSON alone."""
    result = run(*args)
    assert result.stderr == ""
    return result.json


def user(admin: Cli, tenant: str, display_name: str) -> tuple[str, str]:
    """A new user of `tenant` and a token for it: (name, secret)."""
    name = made(
        admin, "principal", "create", "--tenant", tenant, "--type", "user",
        "--display-name", display_name,
    )["name"]  # fmt: skip
    issued = admin("token", "create", "--principal", name).json
    return name, issued["secret"]


def refused(result: Result, code: str) -> str:
    """The one line an error is printed as, which must name `code`."""
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"ERROR: {code}: "), result.stderr
    return lines[0]


def test_a_user_shares_a_gallery_it_made_in_its_subscription(secured, admin, tmp_path):
    tenant_id = f"contoso-{uuid.uuid4().hex[:8]}"
    tenant = made(admin, "tenant", "create", "--tenant-id", tenant_id, "--display-name", "Contoso")
    assert tenant["name"] == f"tenants/{tenant_id}"
    assert tenant["displayName"] == "Contoso"
    assert tenant in admin("tenant", "list").json

    alice = made(
        admin, "principal", "create", "--tenant", tenant["name"], "--type", "user",
        "--display-name", "Alice",
    )  # fmt: skip
    assert alice["name"].startswith(f"tenants/{tenant_id}/principals/")
    assert alice["type"] == "User"
    assert alice["administrator"] is False

    before = datetime.now(UTC)
    issued = admin("token", "create", "--principal", alice["name"], "--ttl-days", "1")
    assert issued.stderr == "the secret is shown only this once: keep it now\n"
    token, secret = issued.json["token"], issued.json["secret"]
    assert set(issued.json) == {"token", "secret"}
    assert token["name"].startswith(f"{alice['name']}/tokens/")
    assert "revoke_time" not in token
    expires = datetime.fromisoformat(token["expireTime"])
    assert before + timedelta(days=1) <= expires <= datetime.now(UTC) + timedelta(days=1)
    listed = admin("token", "list", "--principal", alice["name"])
    assert listed.json == [token]
    assert secret not in listed.stdout

    subscription_id = str(uuid.uuid4())
    subscription = made(
        admin, "subscription", "create", "--tenant", tenant_id,
        "--subscription-id", subscription_id, "--display-name", "Prod", "--owner", alice["name"],
    )  # fmt: skip
    sub = f"/subscriptions/{subscription_id}"
    assert subscription["name"] == sub
    assert subscription["tenant"] == tenant["name"]
    assert subscription["displayName"] == "Prod"

    # Alice, with her own token, works in her subscription.
    as_alice = as_(secured, tmp_path, secret, subscription_id)
    assert as_alice("subscription", "show").json == subscription
    assert as_alice("subscription", "list").json == [subscription]
    gallery = made(as_alice, "gallery", "create", "-g", "rg", "-r", "shared", "-l", "eastus")
    gallery_id = f"{sub}/resourceGroups/rg/{COMPUTE}/galleries/shared"
    assert (gallery["id"], gallery["name"]) == (gallery_id, "shared")

    me = as_alice("whoami").json
    assert me["principal"] == alice
    assert me["tenant"] == tenant["name"]
    assert me["authenticated"] is True
    [owner] = me["roleAssignments"]
    assert (owner["scope"], owner["principal"], owner["role"]) == (sub, alice["name"], "Owner")

    # Bob may read the gallery Alice shares with him, and no more.
    bob, bob_secret = user(admin, tenant["name"], "Bob")
    assignment = made(
        as_alice, "role", "assignment", "create", "--scope", gallery_id,
        "--assignee", bob, "--role", "Reader",
    )  # fmt: skip
    assert assignment["id"].startswith(f"{gallery_id}/{ASSIGNMENTS}/")
    assert assignment["type"] == "Microsoft.Authorization/roleAssignments"
    assert (assignment["scope"], assignment["principal"], assignment["role"]) == (
        gallery_id,
        bob,
        "Reader",
    )
    in_subscription = as_alice("role", "assignment", "list", "--scope", sub).json
    assert sorted(a["id"] for a in in_subscription) == sorted([owner["id"], assignment["id"]])

    as_bob = as_(secured, tmp_path, bob_secret, subscription_id)
    assert as_bob("gallery", "show", "-g", "rg", "-r", "shared").json == gallery
    denied = refused(as_bob("gallery", "delete", "--ids", gallery_id, code=1), "PERMISSION_DENIED")
    assert f"{bob} may not change '{gallery_id}'" in denied
    assert "needs the Contributor role" in denied
    assert as_alice("gallery", "show", "--ids", gallery_id).json == gallery  # still there
    bob_is = as_bob("whoami").json
    assert bob_is["principal"]["name"] == bob
    assert [a["id"] for a in bob_is["roleAssignments"]] == [assignment["id"]]

    # The audit log of the subscription, newest first, Bob's refused delete included.
    records = as_alice("audit", "list", "--scope", sub).json
    assert [(r["method"].rsplit("/", 1)[1], r["outcome"]) for r in records] == [
        ("DeleteGallery", "PERMISSION_DENIED"),
        ("CreateRoleAssignment", "OK"),
        ("CreateGallery", "OK"),
        ("CreateSubscription", "OK"),
    ]
    created = records[2]
    assert created["principal"] == alice["name"]
    assert created["resource"] == f"{sub}/resourceGroups/rg"
    assert created["requestId"]
    assert datetime.fromisoformat(created["time"]) > before
    # Bob is no Owner of the subscription: the log is not his to read.
    refused(as_bob("audit", "list", "--scope", sub, code=1), "PERMISSION_DENIED")

    # A revoked token is refused; the revoked token is shown without its secret.
    revoked = admin("token", "revoke", token["name"])
    assert revoked.json["name"] == token["name"]
    assert revoked.json["revokeTime"]
    assert secret not in revoked.stdout
    gone = refused(as_alice("whoami", code=1), "UNAUTHENTICATED")
    assert f"The token {token['name']} was revoked" in gone
    assert secret not in gone
    refused(as_alice("gallery", "show", "--ids", gallery_id, code=1), "UNAUTHENTICATED")
    assert as_bob("gallery", "show", "--ids", gallery_id).json == gallery  # his still holds


def test_principals_groups_and_role_assignments_are_managed(secured, admin, tmp_path):
    tenant = made(admin, "tenant", "create")["name"]
    assert uuid.UUID(tenant.removeprefix("tenants/"))  # a UUID by default
    carol, carol_secret = user(admin, tenant, "Carol")
    group = made(
        admin, "principal", "create", "--tenant", tenant, "--type", "group",
        "--display-name", "Ops",
    )  # fmt: skip
    robot = made(
        admin, "principal", "create", "--tenant", tenant, "--type", "service-principal",
        "--administrator",
    )  # fmt: skip
    assert group["type"] == "Group"
    assert (robot["type"], robot["administrator"]) == ("ServicePrincipal", True)

    joined = admin("principal", "add-member", "--group", group["name"], "--member", carol).json
    assert joined["members"] == [carol]
    assert admin("principal", "show", group["name"]).json == joined
    in_tenant = admin("principal", "list", "--tenant", tenant).json
    assert sorted(p["name"] for p in in_tenant) == sorted([carol, group["name"], robot["name"]])
    everywhere = {p["name"] for p in admin("principal", "list").json}
    assert {carol, group["name"], robot["name"]} < everywhere

    updated = admin(
        "principal", "update", robot["name"], "--administrator", "false", "--display-name", "Bot"
    ).json
    assert (updated["displayName"], updated["administrator"]) == ("Bot", False)
    nothing = admin("principal", "update", robot["name"], code=2)
    assert "nothing to change" in nothing.stderr

    # Carol holds the group's role; the administrator's subscription is hers to read.
    subscription = made(admin, "subscription", "create", "--tenant", tenant)["name"]
    assert subscription.startswith("/subscriptions/")
    as_carol = as_(secured, tmp_path, carol_secret)
    refused(as_carol("subscription", "show", "--subscription", subscription, code=1),
            "PERMISSION_DENIED")  # fmt: skip
    assignment = made(
        admin, "role", "assignment", "create", "--scope", subscription,
        "--assignee", group["name"], "--role", "contributor",
    )  # fmt: skip
    assert assignment["role"] == "Contributor"
    shown = as_carol("subscription", "show", "--subscription", subscription).json
    assert shown["name"] == subscription
    carol_is = as_carol("whoami").json
    assert carol_is["groups"] == [group["name"]]
    assert carol_is["roleAssignments"] == [assignment]
    assert as_carol("principal", "show", carol).json["name"] == carol  # herself

    # Only administrators manage principals and tenants; only Owners, access.
    administrators_only = refused(as_carol("tenant", "list", code=1), "PERMISSION_DENIED")
    assert f"{carol} is not a server administrator" in administrators_only
    refused(as_carol("principal", "show", robot["name"], code=1), "PERMISSION_DENIED")
    refused(
        as_carol("subscription", "allow-region", "--subscription", subscription,
                 "--region", "australiacentral", code=1),
        "PERMISSION_DENIED",
    )  # fmt: skip
    allowed = admin(
        "subscription", "allow-region", "--subscription", subscription,
        "--region", "australiacentral",
    ).json  # fmt: skip
    assert allowed["allowedRegions"] == ["australiacentral"]

    assert admin("role", "assignment", "delete", assignment["id"]).stdout == ""
    assert admin("role", "assignment", "list", "--scope", subscription).json == []
    left = admin("principal", "remove-member", "--group", group["name"], "--member", carol).json
    assert left["members"] == []
    assert as_carol("whoami").json["groups"] == []

    # Carol revokes her own token, and her next call is refused.
    [token] = admin("token", "list", "--principal", carol).json
    assert as_carol("token", "revoke", token["name"]).json["name"] == token["name"]
    refused(as_carol("whoami", code=1), "UNAUTHENTICATED")


def test_an_unknown_subscription_is_refused_with_the_command_that_creates_it(
    secured, admin, tmp_path
):
    subscription_id = f"demo-{uuid.uuid4().hex[:8]}"
    as_admin = as_(secured, tmp_path, admin.env["IMAGEGALLERY_TOKEN"], subscription_id)
    create_gallery = ("gallery", "create", "-g", "images", "-r", "myGallery", "-l", "eastus")

    line = refused(as_admin(*create_gallery, code=1), "NOT_FOUND")
    hint = re.search(r"\(imagegallery (subscription create [^)]*)\)", line)
    assert hint is not None, line
    created = made(as_admin, *shlex.split(hint.group(1)))  # the command as printed
    gallery = made(as_admin, *create_gallery)

    assert created["name"] == f"/subscriptions/{subscription_id}"
    assert created["tenant"] == as_admin("whoami").json["tenant"]
    assert gallery["id"].startswith(f"/subscriptions/{subscription_id}/resourceGroups/images/")


def test_access_commands_print_errors_and_usage_as_the_others_do(secured, admin, tmp_path):
    missing = admin("principal", "show", "tenants/none/principals/none", code=1)
    assert refused(missing, "NOT_FOUND")
    no_subscription = admin("subscription", "show", code=2)
    assert "the following arguments are required: --subscription" in no_subscription.stderr
    bad_role = admin(
        "role", "assignment", "create", "--scope", "/subscriptions/x", "--assignee", "p",
        "--role", "Superuser", code=2,
    )  # fmt: skip
    assert "invalid choice 'Superuser' (choose from Reader, Contributor, Owner)" in bad_role.stderr
    bad_token = as_(secured, tmp_path, "igt_not-a-token")("whoami", code=1)
    assert "igt_not-a-token" not in refused(bad_token, "UNAUTHENTICATED")
    anonymous = as_(secured, tmp_path, "")("tenant", "list", code=1)
    refused(anonymous, "UNAUTHENTICATED")


def test_whoami_without_auth_is_the_anonymous_administrator(server, tmp_path):
    caller = Cli(server.address, tmp_path)("whoami").json  # a server run with --auth none
    assert caller["principal"]["name"] == "anonymous"
    assert (caller["principal"]["type"], caller["principal"]["administrator"]) == ("User", True)
    assert caller["authenticated"] is False
