"""What authentication and access checks cost, against the same server without auth.

Two servers side by side: `--auth none` (the baseline) and auth on, measured in
alternating rounds. On each, the same calls:

- unary: GetGallery, one call at a time, as the administrator, as a reader of
  the gallery, and as a reader holding many role assignments (through itself
  and its groups);
- watch: one status change delivered to many streams on the gallery's scope,
  as a reader (every change is checked against the caller's roles).

Reported as medians and as ratios to the baseline measured in the same run.

    .venv/bin/python bench/access_overhead.py [--calls 2000] [--streams 500] [--grants 300]
"""

import argparse
import asyncio
import hashlib
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import grpc
from imagegallery.v1 import access_service_pb2 as access_pb
from imagegallery.v1 import (
    access_service_pb2_grpc,
    gallery_service_pb2,
    gallery_service_pb2_grpc,
    image_definition_service_pb2,
    image_definition_service_pb2_grpc,
    image_source_service_pb2_grpc,
    image_version_service_pb2_grpc,
    replication_service_pb2,
    replication_service_pb2_grpc,
)
from imagegallery.v1 import image_source_service_pb2 as source_pb
from imagegallery.v1 import image_version_service_pb2 as version_pb

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "server"))
from catalog import RAISED_LIMITS
from imagegallery_server.testing import ServerProcess
from principals import bearer

SUBSCRIPTION = "/subscriptions/bench"
RG = f"{SUBSCRIPTION}/resourceGroups/images"
ROUNDS = 5
WATCH_ROUNDS = 3


class Setup:
    """A gallery with a definition and a source, and the callers to measure."""

    def __init__(self, server: ServerProcess, auth: bool, grants: int) -> None:
        self.address = server.address
        channel = grpc.insecure_channel(server.address)
        owner = (server.data_dir / "owner-token").read_text().strip() if auth else None
        self.admin = bearer(owner)
        # Resources live in a subscription that exists (in the caller's tenant; without
        # auth, tenants/default).
        access_service_pb2_grpc.AccessServiceStub(channel).CreateSubscription(
            access_pb.CreateSubscriptionRequest(subscription_id=SUBSCRIPTION.rsplit("/", 1)[1]),
            metadata=self.admin,
        )
        self.galleries = gallery_service_pb2_grpc.GalleryServiceStub(channel)
        self.gallery = self._gallery("g")
        self.definition = (
            image_definition_service_pb2_grpc.ImageDefinitionServiceStub(channel)
            .CreateImageDefinition(
                image_definition_service_pb2.CreateImageDefinitionRequest(
                    parent=self.gallery,
                    image_definition_id="d",
                    image_definition=image_definition_service_pb2.ImageDefinition(
                        os_type=2,
                        os_state=1,
                        identifier=image_definition_service_pb2.ImageIdentifier(
                            publisher="p", offer="o", sku="s"
                        ),
                    ),
                ),
                metadata=self.admin,
            )
            .name
        )
        self.versions = image_version_service_pb2_grpc.ImageVersionServiceStub(channel)
        self.source = self._source(channel)
        self.callers = {"administrator": self.admin}
        if auth:
            self.callers.update(self._readers(channel, grants))

    def _gallery(self, gallery_id: str) -> str:
        return self.galleries.CreateGallery(
            gallery_service_pb2.CreateGalleryRequest(
                parent=RG,
                gallery_id=gallery_id,
                gallery=gallery_service_pb2.Gallery(location="eastus"),
            ),
            metadata=self.admin,
        ).name

    def _source(self, channel: grpc.Channel) -> str:
        sources = image_source_service_pb2_grpc.ImageSourceServiceStub(channel)
        data = bytes(range(256)) * 256
        upload = sources.CreateUpload(
            source_pb.CreateUploadRequest(
                parent=RG, upload=source_pb.Upload(location="eastus", size_bytes=len(data))
            ),
            metadata=self.admin,
        )
        sources.WriteUpload(
            iter([source_pb.WriteUploadRequest(name=upload.name, offset=0, data=data)]),
            metadata=self.admin,
        )
        sources.CommitUpload(
            source_pb.CommitUploadRequest(
                name=upload.name, size_bytes=len(data), sha256=hashlib.sha256(data).hexdigest()
            ),
            metadata=self.admin,
        )
        return sources.CreateImageSource(
            source_pb.CreateImageSourceRequest(
                parent=RG,
                image_source_id="src",
                image_source=source_pb.ImageSource(
                    location="eastus",
                    kind=source_pb.IMAGE_SOURCE_KIND_MANAGED_IMAGE,
                    os_type=2,
                    os_state=1,
                    os_disk=source_pb.SourceDisk(upload=upload.name),
                ),
            ),
            metadata=self.admin,
        ).name

    def _readers(self, channel: grpc.Channel, grants: int) -> dict[str, tuple]:
        access = access_service_pb2_grpc.AccessServiceStub(channel)
        call = {"metadata": self.admin}
        tenant = access.GetCaller(access_pb.GetCallerRequest(), **call).tenant

        def principal(kind=access_pb.PRINCIPAL_TYPE_USER) -> str:
            return access.CreatePrincipal(
                access_pb.CreatePrincipalRequest(
                    parent=tenant, principal=access_pb.Principal(type=kind)
                ),
                **call,
            ).name

        def assign(scope: str, who: str) -> None:
            assignment = access_pb.RoleAssignment(
                scope=scope, principal=who, role=access_pb.ROLE_READER
            )
            access.CreateRoleAssignment(
                access_pb.CreateRoleAssignmentRequest(role_assignment=assignment), **call
            )

        def token(who: str) -> tuple:
            return bearer(
                access.CreateToken(access_pb.CreateTokenRequest(parent=who), **call).secret
            )

        reader = principal()
        assign(self.gallery, reader)
        many = principal()
        groups = [principal(access_pb.PRINCIPAL_TYPE_GROUP) for _ in range(5)]
        for group in groups:
            access.AddGroupMember(access_pb.AddGroupMemberRequest(group=group, member=many), **call)
        for index in range(grants):  # roles are assigned on what exists
            holder = many if index % 2 else groups[index % len(groups)]
            assign(self._gallery(f"other{index}"), holder)
        assign(self.gallery, many)
        return {
            "reader (1 role)": token(reader),
            f"reader ({grants + 1} roles, 5 groups)": token(many),
        }


def unary(setup: Setup, metadata: tuple, calls: int) -> list[float]:
    request = gallery_service_pb2.GetGalleryRequest(name=setup.gallery)
    for _ in range(100):  # warm-up
        setup.galleries.GetGallery(request, metadata=metadata)
    times = []
    for _ in range(calls):
        start = time.perf_counter()
        setup.galleries.GetGallery(request, metadata=metadata)
        times.append(time.perf_counter() - start)
    return times


async def fan_out(setup: Setup, metadata: tuple, streams: int) -> float:
    """Seconds from the change's commit to its arrival on the last stream."""
    channels = [grpc.aio.insecure_channel(setup.address) for _ in range(max(1, streams // 100))]
    arrived: list[float] = []
    ready = asyncio.Event()
    opened = 0

    async def watch(channel: grpc.aio.Channel) -> None:
        nonlocal opened
        stub = replication_service_pb2_grpc.ReplicationServiceStub(channel)
        call = stub.WatchReplicationStatus(
            replication_service_pb2.WatchReplicationStatusRequest(scope=setup.gallery),
            metadata=metadata,
        )
        await call.initial_metadata()
        opened += 1
        if opened == streams:
            ready.set()
        async for message in call:
            if message.HasField("change"):
                arrived.append(time.perf_counter())
                call.cancel()
                return

    tasks = [asyncio.create_task(watch(channels[i % len(channels)])) for i in range(streams)]
    await asyncio.wait_for(ready.wait(), 120)
    await asyncio.sleep(0.5)
    start = time.perf_counter()
    setup.versions.CreateImageVersion(
        version_pb.CreateImageVersionRequest(
            parent=setup.definition,
            image_version_id=f"1.0.{uuid.uuid4().int % 10000}",
            image_version=version_pb.ImageVersion(
                storage_profile=version_pb.StorageProfile(source=setup.source)
            ),
        ),
        metadata=setup.admin,
    )
    await asyncio.wait_for(asyncio.gather(*tasks), 300)
    for channel in channels:
        await channel.close()
    return max(arrived) - start


def measure(setups: dict[str, Setup], args: argparse.Namespace) -> dict[str, dict[str, float]]:
    """Medians by measurement and server; rounds alternate between the servers
    (and their callers), so that a noisy moment is shared."""
    unary_times: dict[tuple[str, str], list[float]] = {}
    watch_times: dict[str, list[float]] = {mode: [] for mode in setups}
    for _ in range(ROUNDS):
        for mode, setup in setups.items():
            for name, metadata in setup.callers.items():
                times = unary_times.setdefault((name, mode), [])
                times += unary(setup, metadata, args.calls // ROUNDS)
    for _ in range(WATCH_ROUNDS):
        for mode, setup in setups.items():
            watcher = setup.callers.get("reader (1 role)", setup.admin)
            watch_times[mode].append(asyncio.run(fan_out(setup, watcher, args.streams)))
    results: dict[str, dict[str, float]] = {}
    for (name, mode), times in unary_times.items():
        results.setdefault(f"GetGallery p50, {name}", {})[mode] = statistics.median(times)
    watch = f"one change to {args.streams} watch streams (median of {WATCH_ROUNDS})"
    results[watch] = {mode: statistics.median(t) for mode, t in watch_times.items()}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--streams", type=int, default=500)
    parser.add_argument("--grants", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="imagegallery-access-") as data_dir:
        servers = {
            mode: ServerProcess(
                Path(data_dir) / mode, env={"IMAGEGALLERY_AUTH": mode, **RAISED_LIMITS}
            ).start()
            for mode in ("none", "token")
        }
        try:
            setups = {
                mode: Setup(server, mode == "token", args.grants)
                for mode, server in servers.items()
            }
            results = measure(setups, args)
        finally:
            for server in servers.values():
                server.stop()
    print("| measurement | --auth none | auth on | ratio |")
    print("|---|---|---|---|")
    base_unary = results["GetGallery p50, administrator"]["none"]
    for name, by_mode in results.items():
        watch = "watch" in name
        base = by_mode["none"] if watch else base_unary
        unit, scale = ("ms", 1e3) if watch else ("µs", 1e6)
        print(
            f"| {name} | {base * scale:,.0f} {unit} | {by_mode['token'] * scale:,.0f} {unit} | "
            f"**{by_mode['token'] / base:.2f}x** |"
        )


if __name__ == "__main__":
    main()
