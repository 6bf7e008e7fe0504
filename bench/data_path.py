"""The data path against its floors: every row of issue 11's table, in one run.

    .venv/bin/python bench/data_path.py                   # full (about 10 min), prints
    .venv/bin/python bench/data_path.py --write-readme    # also writes "## Data path"
    .venv/bin/python bench/data_path.py --quick           # smoke (under 2 min)
    .venv/bin/python bench/data_path.py --only get-version,list --server-rev main

Rows (--only): get-version, get-gallery, list, latest, watch, replication, startup.
Every ratio is against a floor measured in the same run on the same machine: an
empty grpc.aio handler (bench/floor_server.py) answering a pre-serialized message
of the real answer's size, under the same load generator (bench/unary_load.py,
bench/watch_load.py: several processes, each with its own grpc.aio channels), and
`cp --reflink=never` + fsync of the same bytes on the same disk. Reads are random
among the catalogue's versions or galleries, made with auth on by a Reader who
holds the role through a group; the catalogue is populated through the API only
(bench/catalog.py).
"""

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import grpc
from benchlib import (  # before any imagegallery module: it may re-execute
    MiB,
    add_server_code_arguments,
    log,
    remove_extracted_tree,
    run_header,
    use_server_tree,
    write_readme_section,
)

use_server_tree()

import data_path_report as report  # noqa: E402
import replication_and_watch  # noqa: E402
from catalog import CATALOG_FILE, SERVER_ENV, Catalog, populate  # noqa: E402
from grpc_health.v1 import health_pb2, health_pb2_grpc  # noqa: E402
from imagegallery.v1 import gallery_service_pb2 as gallery_pb  # noqa: E402
from imagegallery.v1 import image_version_service_pb2 as version_pb  # noqa: E402
from imagegallery_server.testing import ServerProcess  # noqa: E402
from unary_load import Measured, UnaryLoad, add_arguments  # noqa: E402

README_INTRO = """`bench/data_path.py` runs every row of issue 11's table in one run, each against
a floor measured in the same run on the same machine: an empty grpc.aio handler
(`bench/floor_server.py`, its unary `Get` answering a pre-serialized message of the
real answer's size, its `Watch` one change of the real change's size) under the
same multi-process load generator (`bench/unary_load.py`, `bench/watch_load.py`),
and `cp --reflink=never` + fsync of the same bytes on the same disk. Reads are
random among every version (or gallery) of a catalogue populated through the API
(`bench/catalog.py`), made with auth on by a Reader who holds the role through a
group; the watch fan-out is a Reader's too.

```sh
.venv/bin/python bench/data_path.py --write-readme          # full (about 10 min): this section
.venv/bin/python bench/data_path.py --quick                 # smoke, under 2 minutes, prints only
.venv/bin/python bench/data_path.py --only list,latest --server-rev main  # a commit
```

Also: `--server-tree DIR`, `--populated DIR` (keep the populated data dir there and
reuse it in later runs of the same size), `--processes`, `--rounds`, `--seconds`,
`--versions`, `--galleries`, `--size-mib`.
"""
ROWS = ("get-version", "get-gallery", "list", "latest", "watch", "replication", "startup")
POPULATED_ROWS = {"get-version", "get-gallery", "list", "latest", "startup"}
VERSIONS = "/imagegallery.v1.ImageVersionService/"
GET_VERSION = VERSIONS + "GetImageVersion"
LIST_VERSIONS = VERSIONS + "ListImageVersions"
GET_LATEST = VERSIONS + "GetLatestImageVersion"
GET_GALLERY = "/imagegallery.v1.GalleryService/GetGallery"
PAGE = 100
FLOORED = ("get-version", "get-gallery")  # the reads measured against the floor
# The warm-up before a read's rounds: calls enough to answer about every request
# once or more (3 passes at a rate below the server's), at most this long.
WARM_UP_SECONDS, WARM_UP_PASSES, WARM_UP_RPS = 12.0, 3, 2500
# The health check retries fast, so a start is timed to the moment it serves.
FAST_RECONNECT = [
    ("grpc.initial_reconnect_backoff_ms", 5),
    ("grpc.min_reconnect_backoff_ms", 5),
    ("grpc.max_reconnect_backoff_ms", 20),
]


@dataclass(frozen=True)
class Plan:
    """How big the run is (--quick makes it small)."""

    rows: tuple[str, ...]
    galleries: int
    version_counts: tuple[int, int]  # the small and the large definition
    populate_concurrency: int
    processes: int
    in_flight: int
    rounds: int
    seconds: float
    streams: tuple[int, int]
    size_mib: int
    replication_rounds: int
    watch_rounds: int
    startups: int
    populated: Path | None  # a populated data dir to reuse, or to keep

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> "Plan":
        quick = args.quick
        return cls(
            rows=tuple(args.only.split(",")) if args.only else ROWS,
            galleries=args.galleries or (200 if quick else 1000),
            version_counts=(100, args.versions or (1000 if quick else 10_000)),
            populate_concurrency=32,
            processes=args.processes or (2 if quick else 4),
            in_flight=args.in_flight,
            rounds=args.rounds or (1 if quick else 3),
            seconds=args.seconds or (2.0 if quick else 5.0),
            streams=(200, 1000) if quick else (5000, 10_000),
            size_mib=args.size_mib or (32 if quick else 1024),
            replication_rounds=1 if quick else 3,
            watch_rounds=1 if quick else 3,
            startups=1 if quick else 3,
            populated=args.populated,
        )


# ---------------------------------------------------------------- unary reads


@dataclass
class Target:
    """One measured read: the method, its requests (one picked at random per
    call) and, when it has one, the floor's answer size (the real answer's)."""

    key: str
    method: str
    requests: list[bytes]
    floor_bytes: int = 0
    rounds: list[Measured] = field(default_factory=list)
    floor_rounds: list[Measured] = field(default_factory=list)


def page_tokens(address: str, parent: str, metadata: tuple) -> list[str]:
    """The token of every page of 100 of a definition's versions ("" for the first)."""
    tokens = [""]
    with grpc.insecure_channel(address) as channel:
        method = channel.unary_unary(
            LIST_VERSIONS,
            request_serializer=version_pb.ListImageVersionsRequest.SerializeToString,
            response_deserializer=version_pb.ListImageVersionsResponse.FromString,
        )
        while True:
            request = version_pb.ListImageVersionsRequest(
                parent=parent, page_size=PAGE, page_token=tokens[-1]
            )
            token = method(request, metadata=metadata, timeout=120).next_page_token
            if not token:
                return tokens
            tokens.append(token)


def unary_targets(plan: Plan, catalog: Catalog, address: str) -> list[Target]:
    """What the rows asked for read; GetImageVersion also for the latest rows,
    which compare with it. The reads with a floor learn the size of its answer."""
    targets = []
    if "get-version" in plan.rows or "latest" in plan.rows:
        versions = [v for names in catalog.versions.values() for v in names]
        requests = [version_pb.GetImageVersionRequest(name=v) for v in versions]
        targets.append(Target("get-version", GET_VERSION, serialized(requests)))
    if "get-gallery" in plan.rows:
        requests = [gallery_pb.GetGalleryRequest(name=g) for g in catalog.galleries]
        targets.append(Target("get-gallery", GET_GALLERY, serialized(requests)))
    for count in plan.version_counts:
        targets += definition_targets(plan, str(count), catalog, address)
    for target in targets:
        if target.key in FLOORED:
            target.floor_bytes = mean_answer_bytes(address, target, catalog.reader)
    return targets


def definition_targets(plan: Plan, count: str, catalog: Catalog, address: str) -> list[Target]:
    """The list and latest reads of the definition holding `count` versions."""
    parent = catalog.definitions[count]
    targets = []
    if "list" in plan.rows:
        requests = [
            version_pb.ListImageVersionsRequest(parent=parent, page_size=PAGE, page_token=t)
            for t in page_tokens(address, parent, catalog.reader)
        ]
        targets.append(Target(f"list-{count}", LIST_VERSIONS, serialized(requests)))
    if "latest" in plan.rows:
        requests = [version_pb.GetLatestImageVersionRequest(parent=parent)]
        targets.append(Target(f"latest-{count}", GET_LATEST, serialized(requests)))
    return targets


def mean_answer_bytes(address: str, target: Target, metadata: tuple) -> int:
    """The mean size of the server's answers to (up to 20 of) the target's requests."""
    sample = target.requests[:: max(1, len(target.requests) // 20)]
    with grpc.insecure_channel(address) as channel:
        method = channel.unary_unary(target.method)
        sizes = [len(method(r, metadata=metadata, timeout=60)) for r in sample]
    return round(statistics.fmean(sizes))


def serialized(messages) -> list[bytes]:
    return [m.SerializeToString() for m in messages]


def bench_unary(plan: Plan, catalog: Catalog, server: ServerProcess) -> dict[str, Target]:
    """Each target's rounds on the server, alternating with its floor's (a floor
    server answering the target's answer size) when it has one."""
    targets = unary_targets(plan, catalog, server.address)
    floors = {
        t.floor_bytes: replication_and_watch.FloorServer(unary_payload_bytes=t.floor_bytes)
        for t in targets
        if t.floor_bytes
    }
    load = UnaryLoad(plan.processes, plan.in_flight)
    try:
        for target in targets:
            warm_up(plan, load, server, target, catalog)
        for round_index in range(plan.rounds):
            for target in targets:
                floor = floors.get(target.floor_bytes)
                if floor:
                    target.floor_rounds.append(measure_floor(plan, load, floor, target, catalog))
                target.rounds.append(
                    load.measure(
                        [server.process.pid],
                        server.address,
                        target.method,
                        target.requests,
                        catalog.reader,
                        plan.seconds,
                    )
                )
                log_round(round_index, target)
    finally:
        load.close()
        for floor in floors.values():
            floor.stop()
    return {t.key: t for t in targets}


def warm_up(
    plan: Plan, load: UnaryLoad, server: ServerProcess, target: Target, catalog: Catalog
) -> None:
    """Untimed calls until about every request was answered once, so that the rounds
    measure the server as it runs, not its caches filling on their first reads (a
    round of 10,100 random reads from a fresh start read most from the database).
    The floor keeps nothing to warm."""
    seconds = min(WARM_UP_SECONDS, len(target.requests) * WARM_UP_PASSES / WARM_UP_RPS)
    if seconds >= 1:
        log(f"  warming up {target.key}: {seconds:.0f} s of calls, untimed")
        load.measure(
            [server.process.pid], server.address, target.method, target.requests,
            catalog.reader, seconds, warm_up=0,
        )  # fmt: skip


def measure_floor(plan: Plan, load: UnaryLoad, floor, target: Target, catalog: Catalog) -> Measured:
    """The floor's round: the same load, requests and metadata, to the empty handler."""
    return load.measure(
        [floor.process.pid],
        floor.address,
        "/bench.Floor/Get",
        target.requests,
        catalog.reader,
        plan.seconds,
    )


def log_round(index: int, target: Target) -> None:
    ours = target.rounds[-1]
    line = (
        f"  round {index + 1} {target.key}: {ours.rps:,.0f} RPS, "
        f"server {ours.server_cpu_per_call * 1e6:,.0f} µs CPU/call"
    )
    if target.floor_rounds:
        floor = target.floor_rounds[-1]
        line += f"; floor {floor.rps:,.0f} RPS, {floor.server_cpu_per_call * 1e6:,.0f} µs CPU/call"
    errors = {**ours.errors, **(target.floor_rounds[-1].errors if target.floor_rounds else {})}
    log(line + (f"; errors {errors}" if errors else ""))


# ---------------------------------------------------------------- startup


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def time_to_serving(data_dir: Path, timeout: float = 60.0) -> float:
    """Seconds from starting `imagegallery serve` on `data_dir` to its health
    check answering SERVING; the server is stopped afterwards."""
    address = f"127.0.0.1:{free_port()}"
    command = [sys.executable, "-m", "imagegallery_server", "serve"]
    command += ["--listen", address, "--data-dir", str(data_dir)]
    env = {**os.environ, **SERVER_ENV}
    with (data_dir / "server.log").open("ab") as server_log:
        start = time.perf_counter()
        process = subprocess.Popen(command, stderr=server_log, env=env)
    try:
        wait_until_serving(address, start + timeout)
        return time.perf_counter() - start
    finally:
        process.terminate()
        process.wait(60)


def wait_until_serving(address: str, deadline: float) -> None:
    with grpc.insecure_channel(address, options=FAST_RECONNECT) as channel:
        health = health_pb2_grpc.HealthStub(channel)
        while time.perf_counter() < deadline:
            try:
                answer = health.Check(
                    health_pb2.HealthCheckRequest(), timeout=1, wait_for_ready=True
                )
                if answer.status == health_pb2.HealthCheckResponse.SERVING:
                    return
            except grpc.RpcError:
                pass
            time.sleep(0.002)
    raise TimeoutError(f"{address} was not SERVING in time")


def bench_startup(plan: Plan, data_dir: Path) -> list[float]:
    times = [time_to_serving(data_dir) for _ in range(plan.startups)]
    log("  startup to SERVING: " + ", ".join(f"{t:.2f} s" for t in times))
    return times


# ---------------------------------------------------------------- the run


def run(plan: Plan, work: Path) -> dict:
    """Every stage the rows need; a stage that fails is reported, and the others run."""
    results: dict = {"failed": {}}
    stages = (
        ("reads", POPULATED_ROWS, bench_reads),
        ("watch", {"watch"}, bench_fan_out),
        ("replication", {"replication"}, bench_copies),
    )
    for name, rows, stage in stages:
        if not rows & set(plan.rows):
            continue
        try:
            results.update(stage(plan, work))
        except (Exception, SystemExit) as error:  # the other stages still run and report
            log(f"{name} failed: {error!r}")
            results["failed"][name] = f"{type(error).__name__}: {error}"
    return results


def bench_fan_out(plan: Plan, work: Path) -> dict:
    """Each delivery `plan.watch_rounds` times (one change's delivery varies from run
    to run far more than a read's rate); of each server and N, the run with the
    median p99, and every run's p99 and first stream."""
    runs = [
        replication_and_watch.bench_watch(watch_args(plan), work, auth=True)
        for _ in range(plan.watch_rounds)
    ]
    chosen = []
    for same in zip(*runs, strict=True):
        median = sorted(same, key=lambda run: run.get("p99_s", float("inf")))[len(same) // 2]
        rounds = [(run.get("p99_s"), run.get("min_s")) for run in same]
        chosen.append({**median, "rounds": rounds})
    return {"watch": chosen}


def bench_copies(plan: Plan, work: Path) -> dict:
    size = plan.size_mib * MiB
    return {
        "replication": replication_and_watch.bench_replication(work, size, plan.replication_rounds)
    }


def bench_reads(plan: Plan, work: Path) -> dict:
    """The rows on the populated catalogue: startup, then the reads."""
    data_dir = work / "populated"
    catalog, reused = populated_catalog(plan, data_dir)
    results: dict = {"populate_s": catalog.populate_s, "catalog_reused": reused}
    if "startup" in plan.rows:
        results["startup"] = bench_startup(plan, data_dir)
    if set(plan.rows) & (POPULATED_ROWS - {"startup"}):
        server = ServerProcess(data_dir, env=SERVER_ENV).start(timeout=120)
        try:
            results["unary"] = bench_unary(plan, catalog, server)
        finally:
            server.stop(timeout=120)
    return results


def populated_catalog(plan: Plan, data_dir: Path) -> tuple[Catalog, str]:
    """Populates `data_dir` through the API, or copies plan.populated when it holds
    a catalogue of the plan's size (populated by an earlier run, then kept there);
    the catalogue, and where it was reused from ("" when populated now)."""
    kept = plan.populated
    if kept and (kept / CATALOG_FILE).exists():
        catalog = Catalog.load(kept)
        sizes = (
            len(catalog.galleries),
            *(len(catalog.versions.get(str(n), ())) for n in plan.version_counts),
        )
        if sizes == (plan.galleries, *plan.version_counts):
            log(f"reusing the catalogue populated in {kept}")
            subprocess.run(["cp", "-a", str(kept), str(data_dir)], check=True)
            return catalog, str(kept)
    log(
        f"populating through the API: {plan.galleries:,} galleries, versions "
        f"{', '.join(f'{n:,}' for n in plan.version_counts)}"
    )
    catalog = populate(
        data_dir, plan.galleries, list(plan.version_counts), plan.populate_concurrency
    )
    if kept:
        subprocess.run(["rm", "-rf", str(kept)], check=True)
        subprocess.run(["cp", "-a", str(data_dir), str(kept)], check=True)
    return catalog, ""


def watch_args(plan: Plan) -> argparse.Namespace:
    """What replication_and_watch.bench_watch reads from its command line."""
    return argparse.Namespace(
        streams=list(plan.streams),
        workers=plan.processes,
        streams_per_channel=100,
        open_timeout=300,
        delivery_timeout=60,
        no_floor=False,
    )


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser)
    add_server_code_arguments(parser)
    parser.add_argument("--quick", action="store_true", help="a smoke run (under 2 minutes)")
    parser.add_argument("--only", help=f"comma-separated rows of: {','.join(ROWS)}")
    parser.add_argument("--write-readme", action="store_true", help='replace "## Data path"')
    parser.add_argument("--galleries", type=int, help="galleries read (default 1000)")
    parser.add_argument("--versions", type=int, help="versions of the large definition")
    parser.add_argument("--size-mib", type=int, help="replicated image (default 1024)")
    parser.add_argument(
        "--populated",
        type=Path,
        help="keep the populated data dir here, and reuse it in later runs of the same size",
    )
    parser.add_argument("--work-dir", type=Path, help="scratch space (default: a temp dir)")
    args = parser.parse_args()
    unknown = set(args.only.split(",")) - set(ROWS) if args.only else set()
    if unknown:
        parser.error(f"--only: unknown rows {', '.join(sorted(unknown))}")
    return args


def main() -> None:
    args = parse_args()
    plan = Plan.from_args(args)
    replication_and_watch.watch_load.raise_file_limit()  # inherited by the servers
    started = time.perf_counter()
    header = run_header()
    base = args.work_dir or Path(tempfile.gettempdir())
    base.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="imagegallery-data-path-", dir=base))
    try:
        results = run(plan, work)
    finally:
        subprocess.run(["rm", "-rf", str(work)], check=False)
        remove_extracted_tree()
    header["total_s"] = time.perf_counter() - started
    text = report.render(plan, header, results)
    print()
    print(text)
    if args.write_readme:
        write_readme_section("Data path", README_INTRO + "\n" + text)
        log('wrote the "Data path" section of bench/README.md')


if __name__ == "__main__":
    main()
