"""The fuzz run (issue #12): tens of thousands of generated requests over every
RPC the server lists, with tokens good and bad, against a real server with auth
on and real resources. No call may answer INTERNAL or UNKNOWN, the server stays
up with its memory bounded, and every RPC has requests that got past decoding
and authentication into its servicer.

IMAGEGALLERY_FUZZ_SEED=<n> reproduces a run; IMAGEGALLERY_FUZZ_REQUESTS sets its size.
"""

import asyncio
import contextlib
import os
import random
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import grpc
import pytest
from access import AUTH_ON, Directory, Stubs, channel_with, owner_token
from fuzzing import Generator, Rpc, describe, rpc_of
from grpc_health.v1 import health_pb2, health_pb2_grpc
from imagegallery.v1 import access_service_pb2 as access_pb
from imagegallery.v1 import gallery_sharing_pb2 as sharing_pb
from imagegallery.v1 import shared_gallery_service_pb2 as shared_pb
from imagegallery_server.testing import ServerProcess, served_methods, wait_for
from test_uploads import new_upload, upload_disk
from versioning import MiB, disk_bytes

Code = grpc.StatusCode
REQUESTS = int(os.environ.get("IMAGEGALLERY_FUZZ_REQUESTS", "20000"))
CONCURRENT_CALLS = 48
CALL_SECONDS = 10.0
STREAMED_MESSAGES = 3  # read of a server stream before it is cancelled
# The server's resident memory, sampled during the run. Measured: 85 to 95 MiB
# at most in runs of 20,000 and 30,000 requests; twice that means something is held.
MAX_RSS_MIB = 200
SAMPLE_EVERY = 250
SHOWN_OFFENDERS = 20
NEVER = {Code.INTERNAL, Code.UNKNOWN}
REFUSED_AT_THE_DOOR = {"UNAUTHENTICATED", "PERMISSION_DENIED"}


@dataclass(frozen=True)
class Known:
    """A defect reported and being fixed elsewhere: a call that may answer
    `code` for now, when `applies` says the request is the one the defect is about.
    Remove the entry once the fix is in."""

    defect: str
    methods: frozenset[str]
    code: Code
    applies: Callable[[Rpc, bytes], bool]
    logged: bool  # whether the server logs such a call


KNOWN_DEFECTS: tuple[Known, ...] = ()


def known_defect(rpc: Rpc, code: Code, messages: list[bytes]) -> Known | None:
    for known in KNOWN_DEFECTS:
        if not messages or rpc.path not in known.methods or code != known.code:
            continue
        if known.applies(rpc, messages[-1]):
            return known
    return None


# The server and what it holds


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[ServerProcess]:
    env = {**AUTH_ON, "IMAGEGALLERY_WATCH_CHECKPOINT_SECONDS": "0.2"}
    process = ServerProcess(tmp_path_factory.mktemp("fuzz"), env=env).start()
    yield process
    assert process.stop() == 0


@dataclass
class Seeded:
    """Resources to aim at (by the names VALID uses), and tokens of every kind."""

    names: dict[str, str]
    tokens: dict[str, str | None]


def sibling(name: str, last: str) -> str:
    """The resource name with its last segment replaced."""
    return f"{name.rsplit('/', 1)[0]}/{last}"


SHARED_WITH_ITSELF = sharing_pb.SharingProfileGroup(
    type=sharing_pb.SHARING_GROUP_TYPE_SUBSCRIPTIONS, ids=["fuzz"]
)


def seed_catalog(admin: Stubs, subscription: str) -> dict[str, str]:
    """A gallery (shared with its own subscription), a definition, a source, two
    replicated versions, two open uploads."""
    catalog = Stubs(admin.channel, f"{subscription}/resourceGroups/images")
    definition = catalog.definition()
    data = disk_bytes(1)
    upload = upload_disk(catalog.sources, catalog.resource_group, data)
    source = catalog.source(data, upload=upload)
    versions = [
        catalog.create_version(definition, v, source.name, "eastus") for v in ("1.0.0", "1.0.1")
    ]
    assert not any(catalog.wait(operation).HasField("error") for operation in versions)
    open_uploads = [new_upload(catalog.sources, catalog.resource_group, MiB) for _ in "12"]
    gallery = definition.name.rsplit("/images/", 1)[0]
    shared = admin.shared.ShareGallery(
        shared_pb.ShareGalleryRequest(
            gallery=gallery,
            operation_type=shared_pb.SHARING_OPERATION_ADD,
            groups=[SHARED_WITH_ITSELF],
        )
    )
    location = f"{subscription}/providers/Microsoft.Compute/locations/eastus"
    shared_gallery = f"{location}/sharedGalleries/{shared.unique_name}"
    return {
        "location": location,
        "shared_gallery": shared_gallery,
        "shared_image": f"{shared_gallery}/images/image",
        "subscription": subscription,
        "rg": catalog.resource_group,
        "gallery": gallery,
        "definition": definition.name,
        "version": f"{definition.name}/versions/1.0.0",
        "source": source.name,
        "doomed_source": sibling(source.name, "doomed"),
        "upload": upload.name,
        "open_upload": open_uploads[0].name,
        "doomed_upload": open_uploads[1].name,
        "operation": versions[0].name,
        "doomed_operation": versions[1].name,
        "region": "westus",
    }


def seed_access(admin: Stubs, owner: str, tenant: str, names: dict[str, str]) -> Seeded:
    """Principals, a group, a role assignment, and tokens: the owner's, a reader's,
    a revoked one, and some that are no token at all."""
    directory = Directory(admin)
    principal = directory.principal(tenant, "fuzzed")
    reader = directory.member(tenant, "reader")
    directory.assign(names["definition"], reader.name, "Reader")
    issued = [
        admin.access.CreateToken(access_pb.CreateTokenRequest(parent=principal)) for _ in "12"
    ]
    admin.access.RevokeToken(access_pb.RevokeTokenRequest(name=issued[0].token.name))
    assignment = directory.assign(names["gallery"], principal, "Reader")
    names |= {
        "tenant": tenant,
        "principal": principal,
        "group": directory.principal(tenant, "group", access_pb.PRINCIPAL_TYPE_GROUP),
        "doomed_token": issued[1].token.name,
        "doomed_role_assignment": assignment.name,
    }
    tokens = {
        "administrator": owner,
        "reader": reader.token,
        "revoked": issued[0].secret,
        "missing": None,
        "unknown": "igt_" + "0" * 43,
        "malformed": "not a bearer token",
    }
    return Seeded(names, tokens)


@pytest.fixture(scope="module")
def seeded(server) -> Seeded:
    owner = owner_token(server)
    admin = Stubs(channel_with(server.address, owner))
    directory = Directory(admin)
    tenant = directory.tenant("fuzz")
    names = seed_catalog(admin, directory.subscription(tenant, "fuzz"))
    return seed_access(admin, owner, tenant, names)


# A valid request of every RPC: names in braces are the seeded ones, {fresh} a new id.
V1 = "/imagegallery.v1."
VALID: dict[str, object] = {
    f"{V1}AccessService/GetCaller": {},
    f"{V1}AccessService/CreateTenant": {"tenant_id": "{fresh}", "tenant": {"display_name": "t"}},
    f"{V1}AccessService/ListTenants": {"page_size": 5},
    f"{V1}AccessService/CreateSubscription": {
        "subscription_id": "{fresh}",
        "subscription": {"tenant": "{tenant}"},
    },
    f"{V1}AccessService/GetSubscription": {"name": "{subscription}"},
    f"{V1}AccessService/ListSubscriptions": {"page_size": 5},
    f"{V1}AccessService/AllowRegion": {
        "subscription": "{subscription}",
        "region": "australiacentral",
    },
    f"{V1}AccessService/CreatePrincipal": {
        "parent": "{tenant}",
        "principal": {"type": "PRINCIPAL_TYPE_USER", "display_name": "p"},
    },
    f"{V1}AccessService/GetPrincipal": {"name": "{principal}"},
    f"{V1}AccessService/ListPrincipals": {"parent": "{tenant}", "page_size": 5},
    f"{V1}AccessService/UpdatePrincipal": {
        "principal": {"name": "{principal}", "display_name": "q"},
        "update_mask": "displayName",
    },
    f"{V1}AccessService/AddGroupMember": {"group": "{group}", "member": "{principal}"},
    f"{V1}AccessService/RemoveGroupMember": {"group": "{group}", "member": "{principal}"},
    f"{V1}AccessService/CreateToken": {"parent": "{principal}", "ttl": "3600s"},
    f"{V1}AccessService/ListTokens": {"parent": "{principal}"},
    f"{V1}AccessService/RevokeToken": {"name": "{doomed_token}"},
    f"{V1}AccessService/CreateRoleAssignment": {
        "role_assignment": {"scope": "{gallery}", "principal": "{principal}", "role": "ROLE_READER"}
    },
    f"{V1}AccessService/ListRoleAssignments": {"scope": "{gallery}", "page_size": 5},
    f"{V1}AccessService/DeleteRoleAssignment": {"name": "{doomed_role_assignment}"},
    f"{V1}AccessService/ListAuditRecords": {"scope": "{subscription}", "page_size": 5},
    f"{V1}GalleryService/GetGallery": {"name": "{gallery}"},
    f"{V1}GalleryService/ListGalleries": {"parent": "{rg}", "page_size": 5},
    f"{V1}GalleryService/CreateGallery": {
        "parent": "{rg}",
        "gallery_id": "doomed",
        "gallery": {"location": "eastus", "tags": {"k": "v"}},
    },
    f"{V1}GalleryService/UpdateGallery": {
        "gallery": {"name": "{gallery}", "description": "d"},
        "update_mask": "description",
    },
    f"{V1}GalleryService/DeleteGallery": {
        "name": "{rg}/providers/Microsoft.Compute/galleries/doomed"
    },
    f"{V1}ImageDefinitionService/GetImageDefinition": {"name": "{definition}"},
    f"{V1}ImageDefinitionService/ListImageDefinitions": {"parent": "{gallery}"},
    f"{V1}ImageDefinitionService/CreateImageDefinition": {
        "parent": "{gallery}",
        "image_definition_id": "doomed",
        "image_definition": {
            "os_type": "OS_TYPE_LINUX",
            "os_state": "OS_STATE_GENERALIZED",
            "identifier": {"publisher": "P", "offer": "O", "sku": "{fresh}"},
            "recommended": {"v_cpus": {"min": 1, "max": 8}},
            "end_of_life_date": "2100-01-01T00:00:00Z",
        },
    },
    f"{V1}ImageDefinitionService/UpdateImageDefinition": {
        "image_definition": {"name": "{definition}", "description": "d"},
        "update_mask": "description",
    },
    f"{V1}ImageDefinitionService/DeleteImageDefinition": {"name": "{gallery}/images/doomed"},
    f"{V1}ImageSourceService/CreateUpload": {
        "parent": "{rg}",
        "upload": {"location": "eastus", "size_bytes": 4096},
    },
    f"{V1}ImageSourceService/GetUpload": {"name": "{open_upload}"},
    f"{V1}ImageSourceService/WriteUpload": [
        {"name": "{open_upload}", "offset": 0, "data": "AAAA"},
        {"offset": 3, "data": "AAAAAAAA"},
    ],
    f"{V1}ImageSourceService/CommitUpload": {
        "name": "{open_upload}",
        "size_bytes": MiB,
        "sha256": "0" * 64,
    },
    f"{V1}ImageSourceService/DeleteUpload": {"name": "{doomed_upload}"},
    f"{V1}ImageSourceService/GetImageSource": {"name": "{source}"},
    f"{V1}ImageSourceService/ListImageSources": {"parent": "{rg}"},
    f"{V1}ImageSourceService/CreateImageSource": {
        "parent": "{rg}",
        "image_source_id": "doomed",
        "image_source": {
            "location": "eastus",
            "kind": "IMAGE_SOURCE_KIND_MANAGED_IMAGE",
            "os_type": "OS_TYPE_LINUX",
            "os_state": "OS_STATE_GENERALIZED",
            "os_disk": {"upload": "{upload}"},
        },
    },
    f"{V1}ImageSourceService/DeleteImageSource": {"name": "{doomed_source}"},
    f"{V1}ImageVersionService/GetImageVersion": {
        "name": "{version}",
        "view": "IMAGE_VERSION_VIEW_FULL",
    },
    f"{V1}ImageVersionService/ListImageVersions": {"parent": "{definition}"},
    f"{V1}ImageVersionService/GetLatestImageVersion": {"parent": "{definition}"},
    f"{V1}ImageVersionService/CreateImageVersion": {
        "parent": "{definition}",
        "image_version_id": "9.9.9",
        "image_version": {
            "storage_profile": {"source": "{source}"},
            "publishing_profile": {
                "target_regions": [{"name": "eastus", "regional_replica_count": 1}],
                "end_of_life_date": "2100-01-01T00:00:00Z",
            },
            "safety_profile": {"allow_deletion_of_replicated_locations": True},
        },
    },
    f"{V1}ImageVersionService/UpdateImageVersion": {
        "image_version": {"name": "{version}", "tags": {"k": "v"}},
        "update_mask": "tags",
    },
    f"{V1}ImageVersionService/DeleteImageVersion": {"name": "{definition}/versions/9.9.9"},
    f"{V1}ImageVersionService/RetryImageVersionReplication": {"name": "{version}"},
    f"{V1}ImageVersionService/ListSoftDeletedResources": {"parent": "{definition}"},
    f"{V1}ImageVersionService/UndeleteImageVersion": {"name": "{definition}/versions/9.9.9"},
    f"{V1}ImageVersionService/PurgeImageVersion": {"name": "{definition}/versions/9.9.9"},
    f"{V1}MaintenanceService/ScrubReplicas": {"scope": "{version}"},
    f"{V1}MaintenanceService/GetRegionConditions": {"region": "{region}"},
    f"{V1}MaintenanceService/UpdateRegionConditions": {
        "conditions": {"region": "{region}", "throttle_bytes_per_second": 0}
    },
    f"{V1}PlanningService/ResolveDeployment": {
        "image_definition": "{definition}",
        "region": "eastus",
        "vm": {"v_cpus": 2, "memory_gb": 4.0, "has_os_profile": True},
    },
    f"{V1}PlanningService/CheckImageSwitch": {
        "current_image": "{version}",
        "target_image": "{definition}",
    },
    f"{V1}PlanningService/RecommendReplicas": {
        "concurrent_vms": 100,
        "scale_set_instances": [50],
        "margin": 0.2,
    },
    f"{V1}PlanningService/CompareReplicas": {
        "image_version": "{version}",
        "loads": [{"region": "eastus", "concurrent_vms": 40}],
    },
    f"{V1}PlanningService/EstimateCost": {
        "image_version": "{version}",
        "prices": {"currency": "USD", "default_storage_per_gib_month": 0.05},
    },
    f"{V1}RegionService/GetRegion": {"name": "East US"},
    f"{V1}RegionService/ListRegions": {"page_size": 10},
    f"{V1}ReplicationService/GetReplicationStatus": {"name": "{version}"},
    f"{V1}ReplicationService/WatchReplicationStatus": {
        "scope": "{definition}",
        "send_initial_state": True,
    },
    f"{V1}ReplicationService/ReadImageVersionDisk": {"name": "{version}", "region": "eastus"},
    f"{V1}SharedGalleryService/ShareGallery": {
        "gallery": "{gallery}",
        "operation_type": "SHARING_OPERATION_ADD",
        "groups": [{"type": "SHARING_GROUP_TYPE_AAD_TENANTS", "ids": ["{fresh}"]}],
    },
    f"{V1}SharedGalleryService/ListSharedGalleries": {"parent": "{location}", "page_size": 5},
    f"{V1}SharedGalleryService/GetSharedGallery": {"name": "{shared_gallery}"},
    f"{V1}SharedGalleryService/ListSharedGalleryImages": {"parent": "{shared_gallery}"},
    f"{V1}SharedGalleryService/GetSharedGalleryImage": {"name": "{shared_image}"},
    f"{V1}SharedGalleryService/ListSharedGalleryImageVersions": {"parent": "{shared_image}"},
    f"{V1}SharedGalleryService/GetSharedGalleryImageVersion": {
        "name": "{shared_image}/versions/1.0.0"
    },
    "/google.longrunning.Operations/GetOperation": {"name": "{operation}"},
    "/google.longrunning.Operations/ListOperations": {"page_size": 5},
    "/google.longrunning.Operations/WaitOperation": {"name": "{operation}", "timeout": "1s"},
    "/google.longrunning.Operations/CancelOperation": {"name": "{operation}"},
    "/google.longrunning.Operations/DeleteOperation": {"name": "{doomed_operation}"},
}
TOKEN_WEIGHTS = {
    "administrator": 60,
    "reader": 12,
    "revoked": 7,
    "missing": 7,
    "unknown": 7,
    "malformed": 7,
}


# The run


@dataclass(frozen=True)
class Case:
    rpc: Rpc
    kind: str
    token: str
    messages: list[bytes]


@dataclass
class Outcome:
    case: Case
    code: Code
    details: str = ""

    @property
    def from_the_client_library(self) -> bool:
        """An INTERNAL the server never sent: grpc.aio's client ends a request stream
        the server has already answered (refused early) with INTERNAL now and then.
        The server's own INTERNAL says where its log has the details, and every call
        the server ended is also checked in its log (unexplained_in_log)."""
        return (
            self.case.rpc.client_streaming
            and self.code == Code.INTERNAL
            and "the server log has the details" not in self.details
        )


def cases(rng: random.Random, rpcs: list[Rpc], seeded: Seeded) -> Iterator[Case]:
    generator = Generator(rng, VALID, seeded.names)
    token_kinds, weights = list(TOKEN_WEIGHTS), list(TOKEN_WEIGHTS.values())
    for index in range(REQUESTS):
        rpc = rpcs[index % len(rpcs)]
        kind, messages = generator.request(rpc)
        yield Case(rpc, kind, rng.choices(token_kinds, weights)[0], messages)


def metadata_for(token: str | None) -> tuple[tuple[str, str], ...]:
    if token is None:
        return ()
    if token.startswith("igt_"):
        return (("authorization", f"Bearer {token}"),)
    return (("authorization", token),)


async def call(channel: grpc.aio.Channel, case: Case, token: str | None) -> tuple[Code, str]:
    """Makes the call with raw bytes; the code it ended with, and its details."""
    rpc = case.rpc
    if rpc.client_streaming:
        send = _client_stream
    else:
        send = _server_stream if rpc.server_streaming else _unary
    try:
        return await send(channel, case, metadata_for(token)), ""
    except grpc.aio.AioRpcError as error:
        return error.code(), error.details() or ""


async def _unary(channel: grpc.aio.Channel, case: Case, metadata: tuple) -> Code:
    await channel.unary_unary(case.rpc.path)(
        case.messages[0], metadata=metadata, timeout=CALL_SECONDS
    )
    return Code.OK


async def _client_stream(channel: grpc.aio.Channel, case: Case, metadata: tuple) -> Code:
    await channel.stream_unary(case.rpc.path)(
        iter(case.messages), metadata=metadata, timeout=CALL_SECONDS
    )
    return Code.OK


async def _server_stream(channel: grpc.aio.Channel, case: Case, metadata: tuple) -> Code:
    """Reads a few messages, then leaves the stream (CANCELLED) if it goes on."""
    stream = channel.unary_stream(case.rpc.path)(
        case.messages[0], metadata=metadata, timeout=CALL_SECONDS
    )
    for _ in range(STREAMED_MESSAGES):
        if await stream.read() is grpc.aio.EOF:
            return await stream.code()
    stream.cancel()
    return Code.CANCELLED


@dataclass
class Run:
    outcomes: list[Outcome] = field(default_factory=list)
    max_rss_mib: float = 0.0
    seconds: float = 0.0


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError(f"no VmRSS for process {pid}")


async def fuzz(server: ServerProcess, generated: Iterator[Case], seeded: Seeded) -> Run:
    run = Run()
    start = time.monotonic()
    assert server.process is not None
    async with grpc.aio.insecure_channel(server.address) as channel:

        async def worker() -> None:
            for case in generated:  # shared: each case is taken by one worker
                code, details = await call(channel, case, seeded.tokens[case.token])
                run.outcomes.append(Outcome(case, code, details))
                if len(run.outcomes) % SAMPLE_EVERY == 0:
                    run.max_rss_mib = max(run.max_rss_mib, rss_mib(server.process.pid))

        await asyncio.gather(*(worker() for _ in range(CONCURRENT_CALLS)))
    run.seconds = time.monotonic() - start
    run.max_rss_mib = max(run.max_rss_mib, rss_mib(server.process.pid))
    return run


# What the server logged


def got_in(event: dict[str, object]) -> bool:
    """Whether the logged call got past decoding and authentication into its
    servicer: a known caller, not refused at the door, and not an INVALID_ARGUMENT
    without a domain reason (bytes that are no request)."""
    code = event.get("code")
    if event.get("principal") == "unauthenticated" or code in REFUSED_AT_THE_DOOR:
        return False
    return code != "INVALID_ARGUMENT" or "reason" in event


def rpc_events(server: ServerProcess) -> list[dict[str, object]]:
    """The events of calls to the server's own services (not health or reflection)."""
    events = server.log_events()
    return [
        e for e in events if e.get("event") == "rpc" and not str(e["method"]).startswith("/grpc.")
    ]


def logged_calls(server: ServerProcess, since: int, expected: int) -> list[dict]:
    """The events of the calls made since the server had logged `since` of them,
    once there are `expected` (an answer can reach the client before its call's
    log line is written; a stream the client left ends on the server a little later)."""
    with contextlib.suppress(TimeoutError):
        wait_for(lambda: len(rpc_events(server)[since:]) >= expected, 30)
    return rpc_events(server)[since:]


def table(run: Run, events: list[dict], rpcs: list[Rpc], seed: int) -> str:
    sent = Counter(o.case.rpc.path for o in run.outcomes)
    inside = Counter(str(e["method"]) for e in events if got_in(e))
    codes = Counter(o.code.name for o in run.outcomes)
    lines = [
        f"fuzz: seed {seed}, {len(run.outcomes)} requests in {run.seconds:.1f} s, "
        f"server RSS at most {run.max_rss_mib:.0f} MiB (bound {MAX_RSS_MIB})",
        "codes: " + ", ".join(f"{c} {n}" for c, n in codes.most_common()),
        f"{'RPC':<62} {'sent':>6} {'in servicer':>12}",
    ]
    lines += [f"{r.path:<62} {sent[r.path]:>6} {inside[r.path]:>12}" for r in rpcs]
    return "\n".join(lines)


@dataclass
class Verdict:
    """Calls that answered INTERNAL or UNKNOWN: offenders, and those of a known defect."""

    offenders: list[str] = field(default_factory=list)
    from_the_client_library: int = 0  # see Outcome.from_the_client_library
    known: Counter[tuple[Known, str]] = field(default_factory=Counter)  # (defect, method): calls

    def logged_known(self, method: str) -> int:
        return sum(n for (k, m), n in self.known.items() if m == method and k.logged)

    def unlogged(self) -> int:
        return sum(n for (k, _), n in self.known.items() if not k.logged)

    def of(self, known: Known) -> int:
        return sum(n for (k, _), n in self.known.items() if k == known)


def judge(run: Run) -> Verdict:
    verdict = Verdict()
    for outcome in run.outcomes:
        case = outcome.case
        if outcome.code not in NEVER:
            continue
        if outcome.from_the_client_library:
            verdict.from_the_client_library += 1
            continue
        known = known_defect(case.rpc, outcome.code, case.messages)
        if known is not None:
            verdict.known[known, case.rpc.path] += 1
            continue
        sent = " | ".join(describe(m) for m in case.messages)
        verdict.offenders.append(
            f"{outcome.code.name} {case.rpc.path} ({case.kind}, {case.token}): {sent} "
            f"[{outcome.details[:200]}]"
        )
    return verdict


def unexplained_in_log(events: list[dict], verdict: Verdict) -> list[str]:
    """INTERNAL/UNKNOWN the server logged beyond the known ones (a call the
    client had left is seen only there)."""
    logged = Counter(str(e["method"]) for e in events if e.get("code") in ("INTERNAL", "UNKNOWN"))
    return [f"{m}: {n} logged" for m, n in logged.items() if n > verdict.logged_known(m)]


def other_errors_in_log(server: ServerProcess) -> list[str]:
    """Errors the server logged besides crashed calls (counted by their codes):
    a lost audit record, a failed copy."""
    events = server.log_events()
    errors = [e for e in events if e.get("level") == "error" and e["event"] != "rpc.crashed"]
    return [str(e)[:500] for e in errors[:SHOWN_OFFENDERS]]


def serving(server: ServerProcess) -> bool:
    with grpc.insecure_channel(server.address) as channel:
        answer = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest())
    return answer.status == health_pb2.HealthCheckResponse.SERVING


def test_generated_requests_never_answer_internal_or_unknown(server, seeded, capsys):
    seed = int(os.environ.get("IMAGEGALLERY_FUZZ_SEED", random.randrange(2**32)))
    print(f"fuzz seed {seed} (IMAGEGALLERY_FUZZ_SEED={seed} reproduces this run)")
    rpcs = [rpc_of(path) for path in sorted(served_methods(server.address))]
    assert {r.path for r in rpcs} == set(VALID), "every RPC needs a valid request to start from"
    logged_before = len(rpc_events(server))

    run = asyncio.run(fuzz(server, cases(random.Random(seed), rpcs, seeded), seeded))

    verdict = judge(run)
    expected = len(run.outcomes) - verdict.unlogged()
    events = logged_calls(server, logged_before, expected)
    with capsys.disabled():
        print("\n" + table(run, events, rpcs, seed))
        for known in KNOWN_DEFECTS:
            print(f"allowed for now ({verdict.of(known)} calls): {known.defect}")
        print(f"INTERNAL from the client library: {verdict.from_the_client_library} calls")
    shown = "\n".join(verdict.offenders[:SHOWN_OFFENDERS])
    assert not verdict.offenders, (
        f"seed {seed}: {len(verdict.offenders)} calls answered INTERNAL/UNKNOWN:\n{shown}"
    )
    assert len(events) == expected, "the server logs one event per call"
    unexplained = unexplained_in_log(events, verdict)
    assert not unexplained, f"the server logged INTERNAL/UNKNOWN: {unexplained}"
    assert not other_errors_in_log(server), other_errors_in_log(server)
    assert server.process is not None and server.process.poll() is None
    assert serving(server)
    assert run.max_rss_mib < MAX_RSS_MIB
    inside = Counter(str(e["method"]) for e in events if got_in(e))
    assert not [r.path for r in rpcs if inside[r.path] == 0], "RPCs never reached"
