"""Authentication and sharing: tokens, the owner token, groups, other tenants,
watch streams, sources, the region allow-list and the audit log."""

import os
import stat
import uuid

import grpc
import pytest
from access import AUTH_ON, Directory, Stubs, channel_with, owner_token
from conftest import definition_pb, expire_changes, failure, gallery_pb, new_definition
from google.protobuf import descriptor_pool
from google.protobuf.duration_pb2 import Duration
from google.protobuf.field_mask_pb2 import FieldMask
from google.rpc import error_details_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc
from grpc_status import rpc_status
from imagegallery.v1 import access_service_pb2 as pb
from imagegallery.v1 import common_pb2
from imagegallery.v1 import region_service_pb2 as region_pb
from imagegallery.v1 import replication_service_pb2 as replication_pb
from imagegallery_server.testing import ServerProcess

SUCCEEDED = common_pb2.PROVISIONING_STATE_SUCCEEDED


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    process = ServerProcess(tmp_path_factory.mktemp("access"), env=AUTH_ON, test_clock=True)
    process.start()
    yield process
    assert process.stop() == 0


@pytest.fixture(scope="module")
def admin(server) -> Stubs:
    return Stubs(channel_with(server.address, owner_token(server)))


@pytest.fixture(scope="module")
def directory(admin) -> Directory:
    return Directory(admin)


@pytest.fixture(scope="module")
def tenants(directory) -> tuple[str, str]:
    return directory.tenant("northwind"), directory.tenant("adventureworks")


@pytest.fixture
def subscription(directory, tenants) -> str:
    return directory.subscription(tenants[0], f"sub-{uuid.uuid4().hex[:12]}")


def reason(error: grpc.RpcError) -> str:
    status = rpc_status.from_call(error)
    for detail in status.details:
        info = error_details_pb2.ErrorInfo()
        if detail.Unpack(info):
            return info.reason
    raise AssertionError("no ErrorInfo")


def refused(call, code: grpc.StatusCode) -> grpc.RpcError:
    with pytest.raises(grpc.RpcError) as raised:
        call()
    assert raised.value.code() == code, raised.value.details()
    return raised.value


def gallery_in(stubs: Stubs, subscription: str, name: str = "gallery") -> str:
    return stubs.galleries.CreateGallery(
        gallery_pb.CreateGalleryRequest(
            parent=f"{subscription}/resourceGroups/images",
            gallery_id=name,
            gallery=gallery_pb.Gallery(location="eastus"),
        )
    ).name


def get_gallery(stubs: Stubs, name: str):
    return stubs.galleries.GetGallery(gallery_pb.GetGalleryRequest(name=name))


# Authentication


def test_the_owner_token_file_is_private_and_its_path_is_logged_not_its_content(server):
    path = server.data_dir / "owner-token"
    token = owner_token(server)
    logged = [e for e in server.log_events() if e["event"] == "auth.owner_token_written"]

    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert token.startswith("igt_") and len(token) > 40
    assert [e["path"] for e in logged] == [str(path)]


def test_a_call_without_a_token_is_unauthenticated(server):
    error = refused(
        lambda: Stubs(channel_with(server.address, None)).access.GetCaller(pb.GetCallerRequest()),
        grpc.StatusCode.UNAUTHENTICATED,
    )

    assert reason(error) == "ERROR_REASON_TOKEN_MISSING"


@pytest.mark.parametrize(
    "header, value",
    [
        ("authorization", "Basic dXNlcjpwYXNz"),
        ("authorization", "Bearer"),
        ("authorization", "Bearer two words"),
        ("authorization", "igt_no_scheme"),
    ],
)
def test_a_malformed_authorization_header_is_unauthenticated(server, header, value):
    channel = grpc.insecure_channel(server.address)
    stub = Stubs(channel).access
    error = refused(
        lambda: stub.GetCaller(pb.GetCallerRequest(), metadata=((header, value),)),
        grpc.StatusCode.UNAUTHENTICATED,
    )

    assert reason(error) == "ERROR_REASON_TOKEN_MALFORMED"
    assert value.split()[-1] not in error.details() or value.split()[-1] == "Bearer"


def test_an_unknown_token_is_refused_without_being_echoed(server):
    secret = "igt_" + uuid.uuid4().hex
    error = refused(
        lambda: Stubs(channel_with(server.address, secret)).access.GetCaller(pb.GetCallerRequest()),
        grpc.StatusCode.UNAUTHENTICATED,
    )

    assert reason(error) == "ERROR_REASON_TOKEN_UNKNOWN"
    assert secret not in error.details()


def test_an_expired_token_is_refused(server, directory, tenants):
    principal = directory.principal(tenants[0], "short-lived")
    secret = directory.token(principal, seconds=60)
    stubs = Stubs(channel_with(server.address, secret))
    assert stubs.access.GetCaller(pb.GetCallerRequest()).principal.name == principal

    server.advance(61)
    error = refused(
        lambda: stubs.access.GetCaller(pb.GetCallerRequest()), grpc.StatusCode.UNAUTHENTICATED
    )

    assert reason(error) == "ERROR_REASON_TOKEN_EXPIRED"


def test_a_revoked_token_is_refused_and_others_of_the_principal_still_work(
    server, admin, directory, tenants
):
    principal = directory.principal(tenants[0], "revoked")
    first, second = (
        admin.access.CreateToken(pb.CreateTokenRequest(parent=principal)) for _ in range(2)
    )
    admin.access.RevokeToken(pb.RevokeTokenRequest(name=first.token.name))

    error = refused(
        lambda: Stubs(channel_with(server.address, first.secret)).access.GetCaller(
            pb.GetCallerRequest()
        ),
        grpc.StatusCode.UNAUTHENTICATED,
    )
    caller = Stubs(channel_with(server.address, second.secret)).access.GetCaller(
        pb.GetCallerRequest()
    )
    listed = admin.access.ListTokens(pb.ListTokensRequest(parent=principal)).tokens

    assert reason(error) == "ERROR_REASON_TOKEN_REVOKED"
    assert caller.principal.name == principal
    assert {t.name: t.HasField("revoke_time") for t in listed} == {
        first.token.name: True,
        second.token.name: False,
    }


@pytest.mark.parametrize("seconds", [2**63 - 1, -(2**63)])
def test_a_token_lifetime_beyond_a_durations_range_is_invalid(admin, directory, tenants, seconds):
    principal = directory.principal(tenants[0], f"ttl{seconds}")
    request = pb.CreateTokenRequest(parent=principal, ttl=Duration(seconds=seconds))

    result = failure(admin.access.CreateToken, request, grpc.StatusCode.INVALID_ARGUMENT)

    assert result.fields == {"ttl": "ERROR_REASON_FIELD_INVALID"}


def test_a_principal_may_revoke_its_own_token(server, directory, tenants):
    principal = directory.principal(tenants[0], "self-revoking")
    token = directory.admin.CreateToken(pb.CreateTokenRequest(parent=principal))
    own = Stubs(channel_with(server.address, token.secret))

    own.access.RevokeToken(pb.RevokeTokenRequest(name=token.token.name))

    error = refused(
        lambda: own.access.GetCaller(pb.GetCallerRequest()), grpc.StatusCode.UNAUTHENTICATED
    )
    assert reason(error) == "ERROR_REASON_TOKEN_REVOKED"


def every_method(server) -> list[tuple[str, object]]:
    """Every method the server lists by reflection (but health and reflection),
    with its descriptor."""
    stub = reflection_pb2_grpc.ServerReflectionStub(grpc.insecure_channel(server.address))
    request = reflection_pb2.ServerReflectionRequest(list_services="")
    answer = next(stub.ServerReflectionInfo(iter([request])))
    services = [s.name for s in answer.list_services_response.service]
    methods = []
    for service in services:
        if service.startswith(("grpc.health", "grpc.reflection")):
            continue
        for method in descriptor_pool.Default().FindServiceByName(service).methods:
            methods.append((f"/{service}/{method.name}", method))
    return methods


def call_with_empty_request(channel: grpc.Channel, path: str, method) -> None:
    """Calls `path` with an empty message, however it streams."""
    if method.client_streaming:
        channel.stream_unary(path)(iter([b""]), timeout=5)
    elif method.server_streaming:
        list(channel.unary_stream(path)(b"", timeout=5))
    else:
        channel.unary_unary(path)(b"", timeout=5)


def test_every_rpc_refuses_a_call_without_a_token(server):
    channel = grpc.insecure_channel(server.address)
    answers = {}
    for path, method in every_method(server):
        try:
            call_with_empty_request(channel, path, method)
            answers[path] = "OK"
        except grpc.RpcError as error:
            answers[path] = error.code().name

    assert len(answers) > 60
    assert set(answers.values()) == {"UNAUTHENTICATED"}, answers


def test_health_and_reflection_need_no_token(server):
    channel = grpc.insecure_channel(server.address)
    health = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest())

    assert health.status == health_pb2.HealthCheckResponse.SERVING
    assert len(every_method(server)) > 60


# Administration


def test_only_administrators_manage_identity_and_the_last_one_stays(
    server, admin, directory, tenants
):
    caller = admin.access.GetCaller(pb.GetCallerRequest())
    user = directory.member(tenants[0], "would-be-admin")
    stubs = Stubs(channel_with(server.address, user.token))

    error = refused(
        lambda: stubs.access.ListTenants(pb.ListTenantsRequest()), grpc.StatusCode.PERMISSION_DENIED
    )
    assert reason(error) == "ERROR_REASON_ADMINISTRATOR_REQUIRED"

    promoted = pb.Principal(name=user.name, administrator=True)
    admin.access.UpdatePrincipal(pb.UpdatePrincipalRequest(principal=promoted))
    tenants_seen = stubs.access.ListTenants(pb.ListTenantsRequest()).tenants
    assert {t.name for t in tenants_seen} >= set(tenants)

    only_that = FieldMask(paths=["administrator"])
    demoted = pb.Principal(name=user.name, administrator=False)
    stubs.access.UpdatePrincipal(
        pb.UpdatePrincipalRequest(principal=demoted, update_mask=only_that)
    )
    last = pb.Principal(name=caller.principal.name, administrator=False)
    error = refused(
        lambda: admin.access.UpdatePrincipal(
            pb.UpdatePrincipalRequest(principal=last, update_mask=only_that)
        ),
        grpc.StatusCode.FAILED_PRECONDITION,
    )
    assert reason(error) == "ERROR_REASON_LAST_ADMINISTRATOR"


def test_groups_give_their_members_what_the_group_holds(
    server, admin, directory, tenants, subscription
):
    gallery = gallery_in(admin, subscription)
    group = directory.principal(tenants[1], "readers", pb.PRINCIPAL_TYPE_GROUP)
    member = directory.member(tenants[1], "group member")
    stubs = Stubs(channel_with(server.address, member.token))
    directory.assign(gallery, group, "Reader")

    refused(lambda: get_gallery(stubs, gallery), grpc.StatusCode.PERMISSION_DENIED)
    directory.join(group, member.name)
    seen = get_gallery(stubs, gallery)
    caller = stubs.access.GetCaller(pb.GetCallerRequest())
    admin.access.RemoveGroupMember(pb.RemoveGroupMemberRequest(group=group, member=member.name))

    assert seen.name == gallery
    assert list(caller.groups) == [group]
    assert [(a.scope, a.role) for a in caller.role_assignments] == [(gallery, pb.ROLE_READER)]
    refused(lambda: get_gallery(stubs, gallery), grpc.StatusCode.PERMISSION_DENIED)


def test_a_group_cannot_join_a_group_nor_hold_a_token(directory, tenants):
    group = directory.principal(tenants[0], "outer", pb.PRINCIPAL_TYPE_GROUP)
    inner = directory.principal(tenants[0], "inner", pb.PRINCIPAL_TYPE_GROUP)

    refused(lambda: directory.join(group, inner), grpc.StatusCode.INVALID_ARGUMENT)
    refused(lambda: directory.token(group), grpc.StatusCode.FAILED_PRECONDITION)


# Sharing


def test_listing_every_subscription_shows_each_gallery_shared_with_the_caller(
    server, admin, directory, tenants
):
    first, second, third = (
        directory.subscription(tenants[0], f"sub-{uuid.uuid4().hex[:12]}") for _ in range(3)
    )
    shared = [gallery_in(admin, first, "a"), gallery_in(admin, second, "b")]
    gallery_in(admin, first, "not_shared")
    gallery_in(admin, third, "c")
    guest = directory.member(tenants[1], "guest")
    for gallery in shared:
        directory.assign(gallery, guest.name, "Reader")
    stubs = Stubs(channel_with(server.address, guest.token))

    listed = stubs.galleries.ListGalleries(
        gallery_pb.ListGalleriesRequest(parent="/subscriptions/-")
    )
    subscriptions = stubs.access.ListSubscriptions(pb.ListSubscriptionsRequest()).subscriptions

    assert sorted(g.name for g in listed.galleries) == sorted(shared)
    assert sorted(s.name for s in subscriptions) == sorted([first, second])
    refused(
        lambda: stubs.galleries.ListGalleries(
            gallery_pb.ListGalleriesRequest(parent=f"{third}/resourceGroups/images")
        ),
        grpc.StatusCode.PERMISSION_DENIED,
    )


def test_a_watch_stops_carrying_a_version_once_its_role_is_removed(
    server, admin, directory, tenants, subscription
):
    admin.resource_group = f"{subscription}/resourceGroups/images"
    gallery = gallery_in(admin, subscription)
    d1, d2 = (
        admin.definitions.CreateImageDefinition(
            definition_pb.CreateImageDefinitionRequest(
                parent=gallery,
                image_definition_id=image,
                image_definition=new_definition(
                    identifier=definition_pb.ImageIdentifier(publisher="P", offer="O", sku=image)
                ),
            )
        ).name
        for image in ("d1", "d2")
    )
    source = admin.source(os.urandom(64 * 1024)).name
    viewer = directory.member(tenants[1], "watcher")
    directory.assign(d1, viewer.name, "Reader")
    kept = directory.assign(d2, viewer.name, "Reader")
    stubs = Stubs(channel_with(server.address, viewer.token))
    stream = stubs.replication.WatchReplicationStatus(
        replication_pb.WatchReplicationStatusRequest(scope=gallery), timeout=60
    )

    def publish(definition: str, version: str) -> None:
        admin.wait(
            admin.create_version(
                definition_pb.ImageDefinition(name=definition), version, source, "eastus"
            )
        )

    def seen_until(version: str) -> set[str]:
        """The versions the stream shows until `version` has succeeded."""
        seen = set()
        for message in stream:
            change = message.change
            if message.HasField("change"):
                seen.add(change.image_version.rsplit("/images/", 1)[1])
                succeeded = change.provisioning_state == SUCCEEDED
                if change.image_version == version and succeeded:
                    return seen
        raise AssertionError("the stream ended")

    publish(d2, "1.0.0")
    publish(d1, "1.0.0")
    before = seen_until(f"{d1}/versions/1.0.0")
    admin.access.DeleteRoleAssignment(pb.DeleteRoleAssignmentRequest(name=kept.name))
    publish(d2, "2.0.0")
    publish(d1, "2.0.0")
    after = seen_until(f"{d1}/versions/2.0.0")
    stream.cancel()

    assert before == {"d2/versions/1.0.0", "d1/versions/1.0.0"}
    assert after == {"d1/versions/2.0.0"}


def test_a_version_made_from_another_tenants_version_needs_reader_on_it(
    server, admin, directory, tenants, subscription
):
    admin.resource_group = f"{subscription}/resourceGroups/images"
    published = admin.definition()
    source = admin.source(os.urandom(64 * 1024), source_id="base").name
    admin.wait(admin.create_version(published, "1.0.0", source, "eastus"))
    theirs = f"{published.name}/versions/1.0.0"

    guest = directory.member(tenants[1], "builder")
    own_subscription = directory.subscription(tenants[1], f"sub-{uuid.uuid4().hex[:12]}")
    directory.assign(own_subscription, guest.name, "Contributor")
    stubs = Stubs(
        channel_with(server.address, guest.token), f"{own_subscription}/resourceGroups/images"
    )
    own = stubs.definition()

    error = refused(
        lambda: stubs.create_version(own, "1.0.0", theirs, "eastus"),
        grpc.StatusCode.PERMISSION_DENIED,
    )
    directory.assign(published.name, guest.name, "Reader")
    made = stubs.wait(stubs.create_version(own, "1.0.0", theirs, "eastus"))

    assert theirs in error.details()
    assert not made.HasField("error")


def test_australia_central_needs_the_subscription_allow_listed(
    server, admin, directory, tenants, subscription
):
    admin.resource_group = f"{subscription}/resourceGroups/images"
    definition = admin.definition()
    source = admin.source(os.urandom(64 * 1024)).name
    regions = admin.regions.ListRegions(region_pb.ListRegionsRequest()).regions

    error = refused(
        lambda: admin.create_version(definition, "1.0.0", source, "eastus", "australiacentral"),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    bad = rpc_status.from_call(error)
    request = error_details_pb2.BadRequest()
    [detail.Unpack(request) for detail in bad.details]
    allowed = admin.access.AllowRegion(
        pb.AllowRegionRequest(subscription=subscription, region="Australia Central")
    )
    done = admin.wait(
        admin.create_version(definition, "1.0.0", source, "eastus", "australiacentral")
    )

    assert {r.name for r in regions if r.requires_allow_listing} == {
        "australiacentral",
        "australiacentral2",
    }
    assert [(v.field, v.reason) for v in request.field_violations] == [
        (
            "image_version.publishing_profile.target_regions[1].name",
            "ERROR_REASON_REGION_NOT_ALLOWLISTED",
        )
    ]
    assert "AllowRegion" in error.details()
    subscription_id = subscription.rsplit("/", 1)[1]
    command = (
        f"subscription allow-region --subscription {subscription_id} --region australiacentral"
    )
    assert command in error.details()
    assert list(allowed.allowed_regions) == ["australiacentral"]
    assert not done.HasField("error")


# The audit log


def test_mutations_and_access_changes_are_audited_with_their_outcome(
    server, admin, directory, tenants, subscription
):
    owner = directory.member(tenants[0], "auditing owner")
    directory.assign(subscription, owner.name, "Owner")
    reader = directory.member(tenants[1], "auditing reader")
    stubs = Stubs(channel_with(server.address, owner.token))
    gallery = gallery_in(stubs, subscription)
    directory.assign(gallery, reader.name, "Reader")
    as_reader = Stubs(channel_with(server.address, reader.token))
    refused(
        lambda: as_reader.galleries.DeleteGallery(gallery_pb.DeleteGalleryRequest(name=gallery)),
        grpc.StatusCode.PERMISSION_DENIED,
    )
    get_gallery(as_reader, gallery)  # a read is not audited

    records = stubs.access.ListAuditRecords(pb.ListAuditRecordsRequest(scope=subscription))
    seen = [
        (r.principal, r.method.rsplit("/", 1)[1], r.resource, r.outcome)
        for r in records.audit_records
    ]
    admin_name = admin.access.GetCaller(pb.GetCallerRequest()).principal.name

    assert seen == [
        (reader.name, "DeleteGallery", gallery, "PERMISSION_DENIED"),
        (admin_name, "CreateRoleAssignment", gallery, "OK"),
        (owner.name, "CreateGallery", f"{subscription}/resourceGroups/images", "OK"),
        (admin_name, "CreateRoleAssignment", subscription, "OK"),
        (admin_name, "CreateSubscription", subscription, "OK"),
    ]
    assert all(r.HasField("time") and r.request_id for r in records.audit_records)


# Secrets


def test_no_token_of_the_run_is_in_the_server_log(server, admin, directory, tenants):
    member = directory.member(tenants[0], "logged")
    Stubs(channel_with(server.address, member.token)).access.GetCaller(pb.GetCallerRequest())
    tokens = [owner_token(server), member.token]
    log = server.log_path.read_text()

    assert all(token not in log for token in tokens)
    assert "igt_" not in log


def test_a_restart_keeps_the_owner_token_and_replaces_it_only_once_none_is_live(tmp_path):
    server = ServerProcess(tmp_path, env=AUTH_ON).start()
    first = owner_token(server)
    assert server.stop() == 0
    server.start()
    kept = owner_token(server)
    admin = Stubs(channel_with(server.address, kept))
    caller = admin.access.GetCaller(pb.GetCallerRequest()).principal.name
    for token in admin.access.ListTokens(pb.ListTokensRequest(parent=caller)).tokens:
        admin.access.RevokeToken(pb.RevokeTokenRequest(name=token.name))
    assert server.stop() == 0
    server.start()
    replaced = owner_token(server)
    again = Stubs(channel_with(server.address, replaced)).access.GetCaller(pb.GetCallerRequest())
    assert server.stop() == 0

    assert kept == first
    assert replaced != first
    assert again.principal.name == caller and again.principal.administrator


def test_without_auth_every_caller_may_do_everything_and_the_server_warns(tmp_path):
    server = ServerProcess(tmp_path, env={"IMAGEGALLERY_AUTH": "none"}).start()
    caller = Stubs(channel_with(server.address, None)).access.GetCaller(pb.GetCallerRequest())
    warnings = [e for e in server.log_events() if e["event"] == "auth.disabled"]
    assert server.stop() == 0

    assert (caller.authenticated, caller.principal.administrator) == (False, True)
    assert [w["level"] for w in warnings] == ["warning"]
    assert not (tmp_path / "owner-token").exists()


def test_a_removed_role_stays_removed_after_the_changes_that_removed_it_expire(tmp_path):
    # The server remembers each caller's roles while the access data is unchanged;
    # expiring old changes must not make a removal look like no change at all.
    env = {**AUTH_ON, "IMAGEGALLERY_CHANGES_RETENTION_SECONDS": "60"}
    server = ServerProcess(tmp_path, env=env, test_clock=True).start()
    admin = Stubs(channel_with(server.address, owner_token(server)))
    directory = Directory(admin)
    tenant = admin.access.GetCaller(pb.GetCallerRequest()).tenant
    subscription = directory.subscription(tenant, "expiring")
    gallery = gallery_in(admin, subscription)
    reader = directory.member(tenant, "reader")
    assignment = directory.assign(gallery, reader.name, "Reader")
    stubs = Stubs(channel_with(server.address, reader.token))
    gallery_in(admin, subscription, "earlier")  # the newest change is not about access
    expire_changes(server, 60)  # every change before it
    seen = get_gallery(stubs, gallery)

    admin.access.DeleteRoleAssignment(pb.DeleteRoleAssignmentRequest(name=assignment.name))
    gallery_in(admin, subscription, "later")  # nor is it now
    expire_changes(server, 60)
    error = refused(lambda: get_gallery(stubs, gallery), grpc.StatusCode.PERMISSION_DENIED)
    assert server.stop() == 0

    assert seen.name == gallery
    assert reason(error) == "ERROR_REASON_ACCESS_DENIED"


# Found in review


def test_a_resource_group_named_dash_is_refused_and_lists_nothing_extra(
    server, admin, directory, tenants, subscription
):
    rg_a = f"{subscription}/resourceGroups/a"
    admin.galleries.CreateGallery(
        gallery_pb.CreateGalleryRequest(
            parent=rg_a, gallery_id="visible", gallery=gallery_pb.Gallery(location="eastus")
        )
    )
    hidden = gallery_in(admin, subscription, "hidden")  # in resource group "images"
    reader = directory.member(tenants[1], "dash reader")
    directory.assign(rg_a, reader.name, "Reader")
    stubs = Stubs(channel_with(server.address, reader.token))

    refused(
        lambda: directory.assign(f"{subscription}/resourceGroups/-", reader.name, "Reader"),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    listed = stubs.galleries.ListGalleries(
        gallery_pb.ListGalleriesRequest(parent=f"{subscription}/resourceGroups/-")
    )

    assert [g.name.rsplit("/", 1)[1] for g in listed.galleries] == ["visible"]
    assert hidden not in {g.name for g in listed.galleries}


def test_a_name_taken_elsewhere_in_the_subscription_is_not_shown_to_a_creator(
    server, admin, directory, tenants, subscription
):
    gallery_in(admin, subscription, "secret")  # in resource group "images"
    creator = directory.member(tenants[0], "creator")
    rg_b = f"{subscription}/resourceGroups/b"
    directory.assign(rg_b, creator.name, "Contributor")
    stubs = Stubs(channel_with(server.address, creator.token))

    error = refused(
        lambda: stubs.galleries.CreateGallery(
            gallery_pb.CreateGalleryRequest(
                parent=rg_b, gallery_id="SECRET", gallery=gallery_pb.Gallery(location="eastus")
            )
        ),
        grpc.StatusCode.ALREADY_EXISTS,
    )

    assert reason(error) == "ERROR_REASON_GALLERY_NAME_NOT_UNIQUE"
    assert "images" not in error.details()
    assert all("images" not in value for _, value in _error_metadata(error))


def _error_metadata(error: grpc.RpcError) -> list[tuple[str, str]]:
    for detail in rpc_status.from_call(error).details:
        info = error_details_pb2.ErrorInfo()
        if detail.Unpack(info):
            return list(info.metadata.items())
    return []


def test_a_group_cannot_administer_the_server(admin, directory, tenants):
    group = directory.principal(tenants[0], "admins?", pb.PRINCIPAL_TYPE_GROUP)
    as_admin = pb.Principal(name=group, administrator=True)

    error = refused(
        lambda: admin.access.UpdatePrincipal(pb.UpdatePrincipalRequest(principal=as_admin)),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    created = refused(
        lambda: admin.access.CreatePrincipal(
            pb.CreatePrincipalRequest(
                parent=tenants[0],
                principal=pb.Principal(type=pb.PRINCIPAL_TYPE_GROUP, administrator=True),
            )
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
    )

    assert "principal.administrator" in error.details()
    assert "principal.administrator" in created.details()


def test_roles_on_a_resource_go_with_it(server, admin, directory, tenants, subscription):
    gallery = gallery_in(admin, subscription, "short_lived")
    user = directory.member(tenants[1], "former reader")
    directory.assign(gallery, user.name, "Reader")
    stubs = Stubs(channel_with(server.address, user.token))
    get_gallery(stubs, gallery)

    admin.galleries.DeleteGallery(gallery_pb.DeleteGalleryRequest(name=gallery))
    assert gallery_in(admin, subscription, "short_lived") == gallery  # the same name again
    left = admin.access.ListRoleAssignments(pb.ListRoleAssignmentsRequest(scope=gallery))

    assert list(left.role_assignments) == []
    refused(lambda: get_gallery(stubs, gallery), grpc.StatusCode.PERMISSION_DENIED)
    refused(lambda: directory.assign(f"{gallery}x", user.name, "Reader"), grpc.StatusCode.NOT_FOUND)


def test_a_revoked_token_ends_its_open_watch(server, admin, directory, tenants, subscription):
    gallery = gallery_in(admin, subscription)
    user = directory.principal(tenants[0], "watching")
    directory.assign(gallery, user, "Reader")
    issued = admin.access.CreateToken(pb.CreateTokenRequest(parent=user))
    stubs = Stubs(channel_with(server.address, issued.secret))
    stream = stubs.replication.WatchReplicationStatus(
        replication_pb.WatchReplicationStatusRequest(scope=gallery, send_initial_state=True),
        timeout=30,
    )
    first = next(stream)  # the (empty) initial state's checkpoint

    admin.access.RevokeToken(pb.RevokeTokenRequest(name=issued.token.name))
    with pytest.raises(grpc.RpcError) as ended:
        for _ in stream:  # the next checkpoint (at most a few seconds) finds it revoked
            pass

    assert first.checkpoint.initial_state_done
    assert ended.value.code() == grpc.StatusCode.UNAUTHENTICATED
    assert reason(ended.value) == "ERROR_REASON_TOKEN_REVOKED"


def test_a_mutation_without_a_valid_token_is_audited_too(server, admin, subscription):
    gallery = gallery_in(admin, subscription)
    anonymous = Stubs(channel_with(server.address, "igt_" + uuid.uuid4().hex))
    refused(
        lambda: anonymous.galleries.DeleteGallery(gallery_pb.DeleteGalleryRequest(name=gallery)),
        grpc.StatusCode.UNAUTHENTICATED,
    )

    newest = admin.access.ListAuditRecords(pb.ListAuditRecordsRequest(scope=gallery)).audit_records[
        0
    ]

    assert (newest.principal, newest.method.rsplit("/", 1)[1], newest.outcome) == (
        "unauthenticated",
        "DeleteGallery",
        "UNAUTHENTICATED",
    )


def test_a_refused_mutation_naming_nothing_parsable_is_audited_too(server, admin):
    anonymous = Stubs(channel_with(server.address, "igt_" + uuid.uuid4().hex))
    request_id = str(uuid.uuid4())
    refused(
        lambda: anonymous.access.DeleteRoleAssignment(
            pb.DeleteRoleAssignmentRequest(name="not a role assignment"),
            metadata=[("x-request-id", request_id)],
        ),
        grpc.StatusCode.UNAUTHENTICATED,
    )

    records = admin.access.ListAuditRecords(pb.ListAuditRecordsRequest(scope="")).audit_records
    (record,) = [r for r in records if r.request_id == request_id]
    assert (record.principal, record.method.rsplit("/", 1)[1], record.outcome) == (
        "unauthenticated",
        "DeleteRoleAssignment",
        "UNAUTHENTICATED",
    )


def test_request_ids_are_each_callers_own(server, directory, tenants, subscription):
    first, second = (directory.member(tenants[0], name) for name in ("one", "two"))
    for member in (first, second):
        directory.assign(subscription, member.name, "Contributor")
    request_id = str(uuid.uuid4())

    made = [
        Stubs(channel_with(server.address, member.token)).galleries.CreateGallery(
            gallery_pb.CreateGalleryRequest(
                parent=f"{subscription}/resourceGroups/images",
                gallery_id=name,
                gallery=gallery_pb.Gallery(location="eastus"),
                request_id=request_id,
            )
        )
        for member, name in ((first, "first"), (second, "second"))
    ]

    assert [g.name.rsplit("/", 1)[1] for g in made] == ["first", "second"]


def test_only_an_owner_turns_on_soft_delete(server, admin, directory, tenants, subscription):
    contributor, owner = (directory.member(tenants[0], role) for role in ("c", "o"))
    directory.assign(subscription, contributor.name, "Contributor")
    directory.assign(subscription, owner.name, "Owner")
    gallery = gallery_in(admin, subscription)
    policy = gallery_pb.SoftDeletePolicy(is_soft_delete_enabled=True)
    turn_on = gallery_pb.UpdateGalleryRequest(
        gallery=gallery_pb.Gallery(name=gallery, soft_delete_policy=policy)
    )
    as_contributor = Stubs(channel_with(server.address, contributor.token))

    denied = refused(
        lambda: as_contributor.galleries.UpdateGallery(turn_on), grpc.StatusCode.PERMISSION_DENIED
    )
    described = as_contributor.galleries.UpdateGallery(
        gallery_pb.UpdateGalleryRequest(gallery=gallery_pb.Gallery(name=gallery, description="d"))
    )
    turned_on = Stubs(channel_with(server.address, owner.token)).galleries.UpdateGallery(turn_on)

    assert reason(denied) == "ERROR_REASON_ACCESS_DENIED"
    assert described.description == "d"
    assert turned_on.soft_delete_policy.is_soft_delete_enabled
