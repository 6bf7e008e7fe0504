"""Numbers for issue 4: replication against `cp`, a sparse image against a full one,
and one status change delivered to many concurrent watch streams.

    .venv/bin/python bench/replication_and_watch.py            # full (several minutes)
    .venv/bin/python bench/replication_and_watch.py --quick    # smoke (under a minute)

Every ratio is against a baseline measured in the same run on the same machine:
replication against `cp --reflink=never` of the same bytes on the same disk, and
watch delivery against an empty grpc.aio handler (bench/floor_server.py) fed by the
same load generator (bench/watch_load.py: worker processes, each with several
channels of async streams). A full run writes bench/README.md; --quick only prints
(unless --write-readme).
"""

import argparse
import datetime
import gc
import hashlib
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import grpc
from benchlib import (  # before any imagegallery module: it may re-execute
    BENCH_DIR,
    GiB,
    MiB,
    WorkerPool,
    log,
    machine,
    mib,
    ms,
    percentile,
    remove_extracted_tree,
    server_code,
    shares,
    total_cpu_seconds,
    total_rss_bytes,
    use_server_tree,
    write_readme_section,
)
from google.longrunning import operations_pb2, operations_pb2_grpc
from google.protobuf.duration_pb2 import Duration

use_server_tree()

import principals  # noqa: E402
import watch_load  # noqa: E402
from imagegallery.v1 import (  # noqa: E402
    access_service_pb2_grpc,
    gallery_service_pb2,
    gallery_service_pb2_grpc,
    image_definition_service_pb2,
    image_definition_service_pb2_grpc,
    image_source_service_pb2,
    image_source_service_pb2_grpc,
    image_version_service_pb2,
    image_version_service_pb2_grpc,
    maintenance_service_pb2,
    maintenance_service_pb2_grpc,
    replication_service_pb2,
    replication_service_pb2_grpc,
)
from imagegallery_server.testing import ServerProcess  # noqa: E402

CHUNK = 4 * MiB  # WriteUpload carries up to 4 MiB of data
REPLICATION_REGIONS = ["eastus", "westus", "northeurope"]
REPLICAS_PER_REGION = 2
# This file's own runs measure replication and fan-out without auth (access checks
# have their own benchmark, access_overhead.py); bench/data_path.py runs the
# fan-out with auth on (`auth=True`).
NO_AUTH = {"IMAGEGALLERY_AUTH": "none"}
AUTH_ON = {"IMAGEGALLERY_AUTH": "token"}
# Checkpoints would otherwise wake every stream every 5 s during the measurement.
QUIET_WATCH = {"IMAGEGALLERY_WATCH_CHECKPOINT_SECONDS": "3600"}


# ---------------------------------------------------------------- server side


class Client:
    """Stubs on one channel (its calls carrying `token`, when given), and the steps
    the benchmark needs. With auth on, the token is the administrator's. The
    resource group is in a subscription made for it."""

    def __init__(self, address: str, token: str | None = None) -> None:
        self.project_client = principals.project_client(address, token)
        self.channel = self.project_client.channel
        self.access = access_service_pb2_grpc.AccessServiceStub(self.channel)
        self.galleries = gallery_service_pb2_grpc.GalleryServiceStub(self.channel)
        self.definitions = image_definition_service_pb2_grpc.ImageDefinitionServiceStub(
            self.channel
        )
        self.sources = image_source_service_pb2_grpc.ImageSourceServiceStub(self.channel)
        self.versions = image_version_service_pb2_grpc.ImageVersionServiceStub(self.channel)
        self.operations = operations_pb2_grpc.OperationsStub(self.channel)
        self.replication = replication_service_pb2_grpc.ReplicationServiceStub(self.channel)
        self.maintenance = maintenance_service_pb2_grpc.MaintenanceServiceStub(self.channel)
        self.tenancy = principals.Tenancy(self.access) if token else None
        self.resource_group = principals.resource_group(self.access)

    def close(self) -> None:
        self.project_client.close()

    def gallery(self, gallery_id: str = "bench"):
        return self.galleries.CreateGallery(
            gallery_service_pb2.CreateGalleryRequest(
                parent=self.resource_group,
                gallery_id=gallery_id,
                gallery=gallery_service_pb2.Gallery(location="eastus"),
            )
        )

    def definition(self, gallery=None, definition_id: str = "image"):
        """An image definition in `gallery` (a new gallery "bench" by default)."""
        return self.definitions.CreateImageDefinition(
            image_definition_service_pb2.CreateImageDefinitionRequest(
                parent=(gallery or self.gallery()).name,
                image_definition_id=definition_id,
                image_definition=image_definition_service_pb2.ImageDefinition(
                    os_type=2,  # Linux
                    os_state=1,  # Generalized
                    identifier=image_definition_service_pb2.ImageIdentifier(
                        publisher="Bench", offer="Bench", sku=definition_id
                    ),
                ),
            )
        )

    def upload(self, data: bytes, provisioned: int, digest: str):
        """Uploads `data` at offset 0 of a disk of `provisioned` bytes; the rest is
        zeros, skipped (the protocol lets a client jump over a range of zeros)."""
        pb = image_source_service_pb2
        upload = self.sources.CreateUpload(
            pb.CreateUploadRequest(
                parent=self.resource_group,
                upload=pb.Upload(location="eastus", size_bytes=provisioned),
            )
        )

        def messages():
            view = memoryview(data)
            for start in range(0, len(data), CHUNK):
                yield pb.WriteUploadRequest(
                    name=upload.name if start == 0 else "",
                    offset=start,
                    data=bytes(view[start : start + CHUNK]),
                )
            if provisioned > len(data):  # the zeros: one 4 KiB block of them at the end
                yield pb.WriteUploadRequest(
                    name=upload.name if not data else "",
                    offset=provisioned - 4096,
                    data=bytes(4096),
                )

        self.sources.WriteUpload(messages())
        return self.sources.CommitUpload(
            pb.CommitUploadRequest(name=upload.name, size_bytes=provisioned, sha256=digest)
        )

    def source(self, upload_name: str, source_id: str):
        pb = image_source_service_pb2
        return self.sources.CreateImageSource(
            pb.CreateImageSourceRequest(
                parent=self.resource_group,
                image_source_id=source_id,
                image_source=pb.ImageSource(
                    location="eastus",
                    kind=pb.IMAGE_SOURCE_KIND_MANAGED_IMAGE,
                    os_disk=pb.SourceDisk(upload=upload_name),
                    os_type=2,
                    os_state=1,
                ),
            )
        )

    def create_version(self, definition, version_id: str, source: str, regions, replicas: int):
        return self.versions.CreateImageVersion(
            version_request(definition.name, version_id, source, regions, replicas)
        )

    def wait(self, operation, limit_seconds: float = 3600):
        deadline = time.monotonic() + limit_seconds
        while True:
            done = self.operations.WaitOperation(
                operations_pb2.WaitOperationRequest(
                    name=operation.name, timeout=Duration(seconds=600)
                )
            )
            if done.done:
                if done.HasField("error"):
                    raise RuntimeError(f"{operation.name} failed: {done.error}")
                return done
            if time.monotonic() > deadline:
                raise TimeoutError(f"{operation.name} still running")


def version_request(definition: str, version_id: str, source: str, regions, replicas: int):
    """CreateImageVersion of `source` to `replicas` replicas in each of `regions`."""
    pb = image_version_service_pb2
    return pb.CreateImageVersionRequest(
        parent=definition,
        image_version_id=version_id,
        image_version=pb.ImageVersion(
            storage_profile=pb.StorageProfile(source=source),
            publishing_profile=pb.PublishingProfile(
                target_regions=[pb.TargetRegion(name=r) for r in regions],
                replica_count=replicas,
            ),
        ),
    )


# ---------------------------------------------------------------- replication


def replica_files(data_dir: Path) -> set[Path]:
    return {
        p
        for p in (data_dir / "regions").rglob("*")
        if p.is_file() and not p.name.endswith(".partial")
    }


def stored(paths) -> tuple[int, int]:
    """(bytes allocated on disk, apparent bytes) of the files."""
    stats = [p.stat() for p in paths]
    return sum(s.st_blocks * 512 for s in stats), sum(s.st_size for s in stats)


def timed_cp(source: Path, directory: Path, copies: int) -> dict[str, float]:
    """`cp --reflink=never` of `source` `copies` times (one after another), then an
    fsync of each copy (what a replica gets before it counts)."""
    directory.mkdir(parents=True, exist_ok=True)
    targets = [directory / f"copy{i}" for i in range(copies)]
    start = time.perf_counter()
    for target in targets:
        subprocess.run(["cp", "--reflink=never", str(source), str(target)], check=True)
    cp_seconds = time.perf_counter() - start
    for target in targets:
        fd = os.open(target, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    cp_fsync_seconds = time.perf_counter() - start
    allocated, _ = stored(targets)
    shutil.rmtree(directory)
    return {"cp_s": cp_seconds, "cp_fsync_s": cp_fsync_seconds, "cp_allocated": allocated}


def replication_size(root: Path, requested: int) -> tuple[int, int, str]:
    """The image size to use: `requested`, or less where the disk lacks room for the
    blobs, six replicas of each image and the six cp copies (with 1 GiB to spare)."""
    free = shutil.disk_usage(root).free
    room = (free - GiB) // 8
    size = min(requested, room) // MiB * MiB
    if size < 16 * MiB:
        raise SystemExit(f"{root}: {free / GiB:.1f} GiB free is too little for the benchmark")
    note = "" if size == requested else f"reduced from {requested // MiB} MiB: "
    return size, free, note + f"{free / GiB:.1f} GiB free on {root}"


def bench_replication(work: Path, requested: int, rounds: int) -> dict:
    size, free, room_note = replication_size(work, requested)
    copies = len(REPLICATION_REGIONS) * REPLICAS_PER_REGION
    log(f"replication: image of {size / MiB:.0f} MiB ({room_note}) to {copies} replicas")
    data_dir = work / "replication-server"
    server = ServerProcess(data_dir, env=NO_AUTH).start()
    client = Client(server.address)
    result: dict = {
        "size": size,
        "room_note": room_note,
        "free": free,
        "copies": copies,
        "rounds": rounds,
        "filesystem": filesystem_of(data_dir),
        "replication_workers": os.environ.get("IMAGEGALLERY_REPLICATION_WORKERS", "2"),
    }
    try:
        definition = client.definition()
        occupied = max(4096, size // 10 // 4096 * 4096)
        for major, (label, data_bytes) in enumerate((("full", size), ("sparse", occupied)), 1):
            data = os.urandom(data_bytes)
            digest = hashlib.sha256(data)
            zeros = bytes(CHUNK)
            for _ in range((size - data_bytes) // CHUNK):
                digest.update(zeros)
            digest.update(bytes((size - data_bytes) % CHUNK))
            start = time.perf_counter()
            upload = client.upload(data, size, digest.hexdigest())
            upload_s = time.perf_counter() - start
            del data
            gc.collect()
            source = client.source(upload.name, label)
            blob = data_dir / "blobs" / upload.disk.sha256
            log(f"  {label}: uploaded {data_bytes / MiB:.0f} MiB of data in {upload_s:.1f} s")
            row: dict = {
                "data_bytes": data_bytes,
                "occupied_bytes": upload.disk.occupied_bytes,
                "upload_s": upload_s,
                "blob_allocated": stored([blob])[0],
                "replication_runs": [],
                "cp_runs": [],
                "cp_fsync_runs": [],
            }
            # Untimed: the first few GiB written on this disk in a run are much slower
            # than later ones (seen with plain cp too), whichever program writes them.
            os.sync()
            row["warm_up_cp_s"] = timed_cp(blob, work / "cp-baseline", copies)["cp_s"]
            log(f"  {label}: warm-up cp x{copies} {row['warm_up_cp_s']:.2f} s (not counted)")
            for index in range(rounds):
                # Alternate which goes first, so neither always gets the fresher disk.
                order = ("cp", "replication") if index % 2 == 0 else ("replication", "cp")
                for step in order:
                    os.sync()
                    if step == "cp":
                        cp = timed_cp(blob, work / "cp-baseline", copies)
                        row["cp_runs"].append(cp["cp_s"])
                        row["cp_fsync_runs"].append(cp["cp_fsync_s"])
                        row["cp_allocated"] = cp["cp_allocated"]
                        log(
                            f"  {label} round {index + 1}: cp x{copies} {cp['cp_s']:.2f} s "
                            f"(with fsync {cp['cp_fsync_s']:.2f} s)"
                        )
                        continue
                    seconds, allocated, apparent = replicate_once(
                        client, data_dir, definition, f"{major}.0.{index}", source.name, copies
                    )
                    row["replication_runs"].append(seconds)
                    row["replica_allocated"], row["replica_apparent"] = allocated, apparent
                    log(
                        f"  {label} round {index + 1}: replicated to {copies} replicas in "
                        f"{seconds:.2f} s ({allocated / MiB:.0f} MiB allocated)"
                    )
            for key in ("replication", "cp", "cp_fsync"):
                row[f"{key}_s"] = statistics.median(row[f"{key}_runs"])
            result[label] = row
    finally:
        client.close()
        server.stop()
        shutil.rmtree(data_dir, ignore_errors=True)
    return result


def replicate_once(client, data_dir, definition, version_id, source, copies):
    """Creates a version to 3 regions x 2 replicas and times it to the operation
    done; measures what its replicas store, then deletes it (freeing the disk for
    the next round) and waits until its files are gone."""
    before = replica_files(data_dir)
    start = time.perf_counter()
    operation = client.create_version(
        definition, version_id, source, REPLICATION_REGIONS, REPLICAS_PER_REGION
    )
    client.wait(operation)
    seconds = time.perf_counter() - start
    replicas = sorted(replica_files(data_dir) - before)
    if len(replicas) != copies:
        raise RuntimeError(f"expected {copies} replica files, found {len(replicas)}")
    allocated, apparent = stored(replicas)
    name = f"{definition.name}/versions/{version_id}"
    client.wait(
        client.versions.DeleteImageVersion(
            image_version_service_pb2.DeleteImageVersionRequest(name=name)
        )
    )
    deadline = time.monotonic() + 300
    while any(p.exists() for p in replicas):
        if time.monotonic() > deadline:
            raise TimeoutError(f"the replicas of {name} were not removed")
        time.sleep(0.2)
    return seconds, allocated, apparent


def filesystem_of(path: Path) -> str:
    path.mkdir(parents=True, exist_ok=True)
    out = subprocess.run(
        ["df", "--output=source,fstype", str(path)], capture_output=True, text=True, check=False
    )
    lines = out.stdout.split()
    return " ".join(lines[-2:]) if len(lines) >= 4 else "?"


# ---------------------------------------------------------------- watch


def watch_workers(
    address: str,
    mode: str,
    scope: str,
    streams: int,
    processes: int,
    streams_per_channel: int,
    metadata: tuple = (),
) -> WorkerPool:
    """The watch load generator: `processes` workers (bench/watch_load.py) sharing
    `streams` streams, ≤ `streams_per_channel` on each of their channels."""
    return WorkerPool(
        watch_load.worker,
        [
            (address, mode, scope, share, max(1, -(-share // streams_per_channel)), metadata)
            for share in shares(streams, processes)
        ],
    )


class FloorServer:
    """bench/floor_server.py in its own process: `payload_bytes` for each Watch
    stream's change, `unary_payload_bytes` for each Get answer."""

    def __init__(
        self, payload_bytes: int = 300, default_limits: bool = False, unary_payload_bytes: int = 600
    ) -> None:
        command = [sys.executable, str(BENCH_DIR / "floor_server.py")]
        command += ["--payload-bytes", str(payload_bytes)]
        command += ["--unary-payload-bytes", str(unary_payload_bytes)]
        if default_limits:
            command.append("--grpc-default-pending-limits")
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        port = self.process.stdout.readline().strip()
        if not port:
            raise RuntimeError("the floor server did not start")
        self.address = f"127.0.0.1:{port}"

    def trigger(self) -> None:
        with grpc.insecure_channel(self.address) as channel:
            channel.unary_unary("/bench.Floor/Trigger")(b"", timeout=60)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(30)


# The floor's streams carry a bearer header of a token's size, as the server's do.
FLOOR_METADATA = principals.bearer("x" * 47)


def watched_version(
    data_dir: Path, auth: bool, store: str = ""
) -> tuple[ServerProcess, Client, str, tuple]:
    """A fresh server (on `store`, SQLite by default) holding one replicated
    version: the server, the administrator's client, the version's name (the
    streams' scope) and the metadata the streams are opened with (with auth on:
    the token of a Reader of the version's image definition through a group)."""
    server = ServerProcess(data_dir, env=watch_env(auth), store=store).start()
    try:
        client = Client(server.address, principals.owner_token(data_dir) if auth else None)
        definition = client.definition()
        data = os.urandom(MiB)
        upload = client.upload(data, MiB, hashlib.sha256(data).hexdigest())
        source = client.source(upload.name, "watched")
        client.wait(client.create_version(definition, "1.0.0", source.name, ["eastus"], 1))
        token = client.tenancy.reader_through_group(definition.name) if client.tenancy else None
    except BaseException:
        server.stop()
        raise
    return server, client, f"{definition.name}/versions/1.0.0", principals.bearer(token)


def watch_env(auth: bool) -> dict[str, str]:
    return {**QUIET_WATCH, **(AUTH_ON if auth else NO_AUTH)}


def status_bytes(client: Client, scope: str) -> int:
    """The size of the change a stream on `scope` receives."""
    request = replication_service_pb2.GetReplicationStatusRequest(name=scope)
    return client.replication.GetReplicationStatus(request).ByteSize()


def take_zones_down(client: Client) -> None:
    """The trigger: one replication change, to every replica in eastus."""
    client.maintenance.UpdateRegionConditions(
        maintenance_service_pb2.UpdateRegionConditionsRequest(
            conditions=maintenance_service_pb2.RegionConditions(
                region="eastus", zones_down=["1", "2", "3"]
            )
        ),
        timeout=120,
    )


def one_watch_run(
    kind: str, streams: int, args, work: Path, payload_bytes: int, auth: bool = False
) -> dict:
    """Opens `streams` streams on a fresh server (imagegallery or floor), triggers
    one change, and measures its delivery to every stream. With `auth`, the
    server's streams are a Reader's (through a group), checked by the server."""
    server = floor = client = None
    if kind.startswith("imagegallery"):
        server, client, scope, metadata = watched_version(work / f"watch-{streams}", auth)
        pid, address = server.process.pid, server.address
        payload_bytes = status_bytes(client, scope)
        trigger = lambda: take_zones_down(client)  # noqa: E731
    else:
        floor = FloorServer(payload_bytes)
        pid, address, scope = floor.process.pid, floor.address, ""
        metadata = FLOOR_METADATA if auth else ()
        trigger = floor.trigger
    result: dict = {"kind": kind, "streams": streams, "payload_bytes": payload_bytes, "auth": auth}
    mode = "floor" if kind == "floor" else "imagegallery"
    try:
        deliver_one_change(result, [pid], address, (mode, scope, metadata), trigger, args)
    finally:
        if client is not None:
            client.close()
        if server is not None:
            server.stop(timeout=120)
            shutil.rmtree(server.data_dir, ignore_errors=True)
        if floor is not None:
            floor.stop()
    log_watch_run(result)
    return result


def deliver_one_change(
    result: dict, pids: list[int], address: str, streams_on: tuple, trigger, args
) -> None:
    """Opens result["streams"] streams on the servers `pids` at `address` (a target
    that may list several servers), `streams_on` = (mode, scope, metadata), calls
    `trigger`, and records in `result` how the change reached the streams within
    args.delivery_timeout. The servers' RSS and CPU are their sums."""
    mode, scope, metadata = streams_on
    workers = None
    try:
        time.sleep(0.5)
        result["rss_idle"] = total_rss_bytes(pids)
        workers = watch_workers(
            address, mode, scope, result["streams"], args.workers, args.streams_per_channel,
            metadata,
        )  # fmt: skip
        connected = workers.gather("connected", 120)
        result["channels"] = sum(c["channels"] for c in connected)
        time.sleep(0.5)
        result["rss_before"] = total_rss_bytes(pids)
        cpu_open_start = total_cpu_seconds(pids)
        open_start = time.monotonic()
        workers.send("open")
        ready = workers.gather("ready", args.open_timeout)
        result["open_s"] = max(r["last_ready_at"] for r in ready) - open_start
        result["server_cpu_open_s"] = total_cpu_seconds(pids) - cpu_open_start
        result["ready"] = sum(r["ready"] for r in ready)
        result["failed"] = merge(r["failed"] for r in ready)
        result["refusals"] = merge(r["refusals"] for r in ready)
        result["client_cpu_open_s"] = sum(r["cpu_open"] for r in ready)
        time.sleep(1.0)
        result["rss_with"] = total_rss_bytes(pids)
        cpu_before = total_cpu_seconds(pids)
        triggered = time.monotonic()
        trigger()
        result["trigger_rpc_s"] = time.monotonic() - triggered
        workers.send("collect", triggered + args.delivery_timeout)
        done = workers.gather("done", args.delivery_timeout + 30)
        result["server_cpu_delivery_s"] = total_cpu_seconds(pids) - cpu_before
        result["client_cpu_delivery_s"] = sum(d["cpu_delivery"] for d in done)
        delays = [t - triggered for d in done for t in d["got"]]
        result["received"] = len(delays)
        result["ended"] = merge(d["ended"] for d in done)
        if delays:
            result["p50_s"] = percentile(delays, 0.50)
            result["p99_s"] = percentile(delays, 0.99)
            result["max_s"] = max(delays)
            result["min_s"] = min(delays)
            result["mean_s"] = statistics.fmean(delays)
        result["rss_after_delivery"] = total_rss_bytes(pids)
        workers.send("close")
        workers.gather("closed", 120)
    finally:
        if workers is not None:
            workers.stop()
    result["rss_per_stream"] = (result["rss_with"] - result["rss_before"]) / max(
        1, result.get("ready", 0)
    )


def log_watch_run(result: dict) -> None:
    log(
        f"  {result['kind']:12} {result['streams']:>6} streams: {result['ready']} ready in "
        f"{result['open_s']:.1f} s (refusals {result['refusals'] or 0}, "
        f"failed {result['failed'] or 0}); {result['received']} received, "
        f"p50 {ms(result.get('p50_s'))} p99 {ms(result.get('p99_s'))} "
        f"max {ms(result.get('max_s'))}; {result['rss_per_stream'] / 1024:.1f} KiB/stream"
    )


def merge(counters) -> dict[str, int]:
    total: dict[str, int] = {}
    for counter in counters:
        for key, value in counter.items():
            total[key] = total.get(key, 0) + value
    return total


def bench_watch(args, work: Path, auth: bool = False) -> list[dict]:
    """For each N of args.streams: one change to N streams, on the server and
    (unless args.no_floor) on the floor."""
    results = []
    payload_bytes = 300
    for streams in args.streams:
        log(f"watch: {streams} streams over {args.workers} load processes, auth {auth}")
        ours = one_watch_run("imagegallery", streams, args, work, payload_bytes, auth)
        payload_bytes = ours["payload_bytes"]
        results.append(ours)
        if not args.no_floor:
            results.append(one_watch_run("floor", streams, args, work, payload_bytes, auth))
    return results


# ---------------------------------------------------------------- report


LABELS = {
    "imagegallery": "imagegallery",
    "floor": "empty handler (floor)",
}


def report(results: dict, command: str) -> str:
    lines = [
        f"Run {results['date']} on {results['machine']} with `{command}`"
        f" ({results['total_s'] / 60:.1f} min in all); server code: {results['server_code']}.",
        "",
    ]
    rep = results.get("replication")
    if rep:
        full, sparse = rep["full"], rep["sparse"]
        lines += [
            f"### Replication: {mib(rep['size'])} image to 3 regions x 2 replicas "
            f"({rep['copies']} real copies)",
            "",
            f"Image size {mib(rep['size'])} ({rep['room_note']}); data dir on "
            f"{rep['filesystem']}; replication workers {rep['replication_workers']}. "
            "Replication is timed from CreateImageVersion to the operation done (each copy "
            "fsynced and checked against the sha256 before it counts); the baseline is "
            f"`cp --reflink=never` of the stored blob {rep['copies']} times, one after another, "
            "on the same disk, and the same followed by an fsync of each copy. Page cache "
            f"warm for both. One untimed warm-up cp, then {rep['rounds']} rounds, alternating "
            "which goes first, each "
            "version deleted before the next round; the table shows medians.",
            "",
            "| image | data | upload | replication | cp x6 | **ratio repl/cp** "
            "| cp x6 + fsync | ratio repl/(cp+fsync) | stored by the 6 replicas (st_blocks) |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for label, row in (("full", full), ("10% occupied", sparse)):
            lines.append(
                f"| {label} | {mib(row['data_bytes'])} | {row['upload_s']:.1f} s "
                f"({row['data_bytes'] / MiB / row['upload_s']:.0f} MiB/s) "
                f"| {row['replication_s']:.2f} s | {row['cp_s']:.2f} s "
                f"| **{row['replication_s'] / row['cp_s']:.2f}x** | {row['cp_fsync_s']:.2f} s "
                f"| {row['replication_s'] / row['cp_fsync_s']:.2f}x "
                f"| {mib(row['replica_allocated'])} |"
            )
        lines.append("")
        for label, row in (("full", full), ("10% occupied", sparse)):
            lines.append(
                f"Every round, {label}: replication "
                + ", ".join(f"{t:.2f}" for t in row["replication_runs"])
                + " s; cp "
                + ", ".join(f"{t:.2f}" for t in row["cp_runs"])
                + " s; cp + fsync "
                + ", ".join(f"{t:.2f}" for t in row["cp_fsync_runs"])
                + f" s (untimed warm-up cp first: {row['warm_up_cp_s']:.2f} s).  "
            )
        lines += [
            "",
            f"10%-occupied vs full: replication time "
            f"**{sparse['replication_s'] / full['replication_s']:.2f}x**, bytes stored "
            f"**{sparse['replica_allocated'] / full['replica_allocated']:.3f}x** "
            f"({mib(sparse['replica_allocated'])} vs {mib(full['replica_allocated'])}; "
            f"apparent size {mib(sparse['replica_apparent'])} each way). "
            "Upload time is not part of any ratio; the 10% image's upload skips its zeros.",
            "",
        ]
    watch = results.get("watch")
    if watch:
        floors = {r["streams"]: r for r in watch if r["kind"] == "floor"}
        lines += [
            "### One status change delivered to N concurrent watch streams",
            "",
            f"Load generator: {results['args']['workers']} processes, "
            f"≤{results['args']['streams_per_channel']} streams per channel (HTTP/2 "
            "connection), grpc.aio clients; every stream scoped to one version with "
            "`send_initial_state` (its checkpoint `initial_state_done` marks it open); all "
            "streams opened in one burst, refusals retried with backoff. Trigger: "
            "`MaintenanceService.UpdateRegionConditions` taking the version's region's zones "
            "down (one replication change). Delay = trigger sent → change received, per "
            "stream. Floor: an empty grpc.aio handler (bench/floor_server.py) sending one "
            "pre-serialized message of the same size to every stream, its pending-call "
            "limits raised. RSS per stream = (server RSS with N open - RSS with the "
            "connections open and no stream) / N; RSS is also read once every stream has "
            "the change. The server raises gRPC core's pending-call limits, so a burst of "
            "opens is not shed.",
            "",
            "| server | N | opened | refused at open (retried) | open burst | received "
            "| first | p50 | p99 | max | ratio p50/p99 to floor | server CPU for the delivery "
            "| RSS before → with N → after the change | RSS per stream |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for r in watch:
            floor = floors.get(r["streams"]) if r["kind"] != "floor" else None
            ratio = "—"
            if floor and floor.get("p50_s") and r.get("p50_s"):
                ratio = f"{r['p50_s'] / floor['p50_s']:.1f}x / {r['p99_s'] / floor['p99_s']:.1f}x"
            refused = ", ".join(f"{k} {v}" for k, v in r["refusals"].items()) or "0"
            failed = ", ".join(f"{k} {v}" for k, v in r["failed"].items())
            opened = f"{r['ready']:,}" + (f" (failed: {failed})" if failed else "")
            lines.append(
                f"| {LABELS[r['kind']]} "
                f"| {r['streams']:,} | {opened} | {refused} | {r['open_s']:.1f} s "
                f"| {r['received']:,} | {ms(r.get('min_s'))} | {ms(r.get('p50_s'))} "
                f"| {ms(r.get('p99_s'))} | {ms(r.get('max_s'))} | {ratio} "
                f"| {r['server_cpu_delivery_s']:.2f} s "
                f"| {mib(r['rss_before'])} → {mib(r['rss_with'])} "
                f"→ {mib(r['rss_after_delivery'])} "
                f"| {r['rss_per_stream'] / 1024:.1f} KiB |"
            )
        lines += [
            "",
            "Load-generator CPU (all processes) during the delivery: "
            + "; ".join(
                f"{r['kind']} N={r['streams']:,}: {r['client_cpu_delivery_s']:.2f} s" for r in watch
            )
            + "; the trigger call itself returned in "
            + ", ".join(
                f"{r['trigger_rpc_s'] * 1000:.0f} ms" for r in watch if r["kind"] != "floor"
            )
            + ". Server CPU to open the burst: "
            + "; ".join(
                f"{r['kind']} N={r['streams']:,}: {r['server_cpu_open_s']:.1f} s" for r in watch
            )
            + f". Change message size: {watch[0]['payload_bytes']} bytes.",
            "",
        ]
    lines += findings(results)
    return "\n".join(lines)


def findings(results: dict) -> list[str]:
    """What the numbers of this run say, in a few lines."""
    notes = []
    rep = results.get("replication")
    if rep:
        full, sparse = rep["full"], rep["sparse"]
        cp_runs = full["cp_runs"]
        notes.append(
            f"- Replicating {mib(rep['size'])} to {rep['copies']} replicas took "
            f"{full['replication_s'] / full['cp_s']:.1f}x the time of `cp` x{rep['copies']} "
            f"({full['replication_s'] / full['cp_fsync_s']:.1f}x cp + fsync), copies "
            "being fsynced and re-read for their sha256. The 10%-occupied image took "
            f"{sparse['replication_s'] / full['replication_s']:.2f}x the time and "
            f"{sparse['replica_allocated'] / full['replica_allocated']:.2f}x the disk of the "
            "full one. The disk is shared and uneven: the same cp x6 took "
            f"{min(cp_runs):.1f}-{max(cp_runs):.1f} s in the rounds and "
            f"{full['warm_up_cp_s']:.1f} s as the run's first big write (the warm-up)."
        )
    watch = results.get("watch")
    if watch:
        top = max(r["streams"] for r in watch)
        by_kind = {r["kind"]: r for r in watch if r["streams"] == top}
        shipped = by_kind.get("imagegallery")
        floor = by_kind.get("floor")
        if shipped:
            refused, failed = sum(shipped["refusals"].values()), sum(shipped["failed"].values())
            if refused or failed:
                text = (
                    f"- A burst of {top:,} stream opens was shed: {refused:,} opens refused ("
                    + ", ".join(shipped["refusals"])
                    + f") and retried with backoff, {failed:,} never open after "
                    f"{watch_load.OPEN_ATTEMPTS} attempts, the burst taking "
                    f"{shipped['open_s']:.0f} s"
                )
                notes.append(text + ".")
            else:
                notes.append(f"- No stream open was refused at {top:,} streams.")
            received = max(1, shipped["received"])
            cost = shipped["server_cpu_delivery_s"] / received * 1e6
            line = f"- One change costs the server {cost:,.0f} µs of CPU per stream"
            if floor:
                floor_cost = floor["server_cpu_delivery_s"] / max(1, floor["received"]) * 1e6
                line += f" ({floor_cost:,.0f} µs for the empty handler)"
            line += (
                f"; the first of {top:,} streams has it after {ms(shipped.get('min_s'))}, "
                f"the median after {ms(shipped.get('p50_s'))}, so delivery is one batch "
                "whose length grows with N, not a fan-out that reaches early streams early."
            )
            notes.append(line)
            after = (shipped["rss_after_delivery"] - shipped["rss_with"]) / received / 1024
            line = f"- Server RSS per open stream: {shipped['rss_per_stream'] / 1024:.1f} KiB"
            if floor:
                line += f" ({floor['rss_per_stream'] / 1024:.1f} KiB for the empty handler)"
            notes.append(line + f"; one change to every stream added {after:.1f} KiB per stream.")
    return ["### Findings", "", *notes, ""] if notes else []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small smoke run (< 1 min)")
    parser.add_argument("--size-mib", type=int, help="image size (default 1024, quick 64)")
    parser.add_argument(
        "--streams", type=int, nargs="+", help="default 1000 10000 (quick 200 1000)"
    )
    parser.add_argument("--workers", type=int, help="load processes (default 4, quick 2)")
    parser.add_argument(
        "--rounds", type=int, help="alternating cp / replication rounds (default 3, quick 2)"
    )
    parser.add_argument("--streams-per-channel", type=int, default=100)
    parser.add_argument("--open-timeout", type=float, default=300)
    parser.add_argument("--delivery-timeout", type=float, default=60)
    parser.add_argument("--work-dir", type=Path, help="scratch space (default: a temp dir)")
    parser.add_argument("--skip-replication", action="store_true")
    parser.add_argument("--skip-watch", action="store_true")
    parser.add_argument("--no-floor", action="store_true", help="skip the empty-handler runs")
    parser.add_argument("--write-readme", action="store_true", help="also for --quick")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument(
        "--server-tree", type=Path, help="a checkout whose server/ and clients/python/ to run"
    )
    parser.add_argument("--server-rev", help="a commit whose server/ and clients/python/ to run")
    args = parser.parse_args()
    args.size_mib = args.size_mib or (64 if args.quick else 1024)
    args.streams = args.streams or ([200, 1000] if args.quick else [1000, 10000])
    args.workers = args.workers or (2 if args.quick else 4)
    args.rounds = args.rounds or (2 if args.quick else 3)
    if args.quick:
        args.delivery_timeout = min(args.delivery_timeout, 20)
    command = "python bench/replication_and_watch.py " + shlex.join(sys.argv[1:])

    limits = watch_load.raise_file_limit()  # inherited by the servers started from here
    log(f"file limit {limits[0]}; {os.cpu_count()} CPUs; grpcio {grpc.__version__}")
    started = time.perf_counter()
    results: dict = {
        "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "machine": machine(),
        "args": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "server_code": server_code(),
    }
    base = args.work_dir or Path(tempfile.gettempdir())
    base.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="imagegallery-bench-", dir=base))
    try:
        if not args.skip_replication:
            results["replication"] = bench_replication(work, args.size_mib * MiB, args.rounds)
        if not args.skip_watch:
            results["watch"] = bench_watch(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        remove_extracted_tree()
    results["total_s"] = time.perf_counter() - started
    text = report(results, command)
    print()
    print(text)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    if not args.quick or args.write_readme:
        write_readme_section("Results", text)
        log("wrote the Results section of bench/README.md")


if __name__ == "__main__":
    main()
