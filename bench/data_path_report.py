"""The data-path benchmark's report: issue 11's table (measurement | imagegallery |
floor | ratio | goal | met?), then how the load generator fared and the details."""

import statistics
from dataclasses import dataclass

from benchlib import mib, ms


@dataclass(frozen=True)
class Row:
    measurement: str
    ours: str
    floor: str
    ratio: str
    goal: str
    met: bool | None  # None: not measured

    def markdown(self) -> str:
        met = {True: "yes", False: "**no**", None: "—"}[self.met]
        cells = (self.measurement, self.ours, self.floor, self.ratio, self.goal, met)
        return "| " + " | ".join(cells) + " |"


def counted(text: str, rounds) -> str:
    """`text`, and how many calls failed when any did (they are not counted)."""
    errors = sum(sum(r.errors.values()) for r in rounds)
    return f"{text} ({errors:,} calls failed)" if errors else text


def ratio(value: float) -> str:
    return f"{value:.2f}x"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:,.0f} µs"


def rps(value: float) -> str:
    return f"{value:,.0f} RPS"


def median(rounds, attribute: str) -> float:
    return statistics.median(getattr(r, attribute) for r in rounds)


# ---------------------------------------------------------------- unary rows


def unary_rows(unary: dict, counts: tuple[int, int], in_flight: int) -> list[Row]:
    rows = []
    get = unary.get("get-version")
    if get and get.floor_rounds:
        rows.append(_rps_row(f"GetImageVersion, auth on, {in_flight} in flight: RPS", get, 0.7))
        rows.append(_cpu_row(get))
    gallery = unary.get("get-gallery")
    if gallery:
        rows.append(_rps_row(f"GetGallery, {in_flight} in flight: RPS", gallery, 0.75))
    rows += _list_rows(unary, counts)
    rows += _latest_rows(unary, counts, get)
    return rows


def _rps_row(measurement: str, target, goal: float) -> Row:
    """The target's RPS against its floor's; met at `goal` times the floor's or more."""
    ours, floor = median(target.rounds, "rps"), median(target.floor_rounds, "rps")
    return Row(
        measurement,
        counted(rps(ours), target.rounds),
        counted(rps(floor), target.floor_rounds),
        ratio(ours / floor),
        f"≥ {goal}x",
        ours / floor >= goal,
    )


def _cpu_row(get) -> Row:
    cpu, floor_cpu = cpu_per_call(get), median(get.floor_rounds, "server_cpu_per_call")
    return Row(
        "GetImageVersion: server CPU per call",
        us(cpu),
        us(floor_cpu),
        ratio(cpu / floor_cpu),
        "≤ 1.5x floor",
        cpu / floor_cpu <= 1.5,
    )


def cpu_per_call(target) -> float:
    return median(target.rounds, "server_cpu_per_call")


def _against_fewer(
    measurement: str, cpu: float, fewer_cpu: float, fewer: int, show, goal: str, also_met: bool
) -> Row:
    """A row for the larger definition, its floor column the figure with `fewer`
    versions; met when within 1.5x of it, and `also_met`."""
    return Row(
        measurement,
        show(cpu),
        f"{show(fewer_cpu)} ({fewer:,} versions)",
        ratio(cpu / fewer_cpu),
        goal,
        also_met and cpu / fewer_cpu <= 1.5,
    )


def _list_rows(unary: dict, counts: tuple[int, int]) -> list[Row]:
    small, large = (unary.get(f"list-{n}") for n in counts)
    if not small:
        return []
    small_cpu = cpu_per_call(small)
    rows = [
        Row(
            f"ListImageVersions, page of 100, {counts[0]:,} versions: server CPU per call",
            ms_precise(small_cpu),
            "—",
            "—",
            "≤ 3 ms",
            small_cpu <= 0.003,
        )
    ]
    if large:
        cpu = cpu_per_call(large)
        rows.append(
            _against_fewer(
                f"ListImageVersions, page of 100, {counts[1]:,} versions (random pages): "
                "server CPU per call",
                cpu,
                small_cpu,
                counts[0],
                ms_precise,
                f"≤ 3 ms, ≤ 1.5x the {counts[0]:,}-version page",
                cpu <= 0.003,
            )
        )
    return rows


def _latest_rows(unary: dict, counts: tuple[int, int], get) -> list[Row]:
    small, large = (unary.get(f"latest-{n}") for n in counts)
    if not small or not get:
        return []
    get_cpu, small_cpu = cpu_per_call(get), cpu_per_call(small)
    rows = [
        Row(
            f"GetLatestImageVersion, {counts[0]:,} versions: server CPU per call",
            us(small_cpu),
            f"{us(get_cpu)} (GetImageVersion)",
            ratio(small_cpu / get_cpu),
            "≤ 1.5x GetImageVersion",
            small_cpu / get_cpu <= 1.5,
        )
    ]
    if large:
        cpu = cpu_per_call(large)
        rows.append(
            _against_fewer(
                f"GetLatestImageVersion, {counts[1]:,} versions: server CPU per call",
                cpu,
                small_cpu,
                counts[0],
                us,
                f"≤ 1.5x the {counts[0]:,}-version call, ≤ 1.5x GetImageVersion "
                f"(here {ratio(cpu / get_cpu)})",
                cpu / get_cpu <= 1.5,
            )
        )
    return rows


def ms_precise(seconds: float) -> str:
    return f"{seconds * 1000:,.2f} ms"


# ---------------------------------------------------------------- watch rows


def watch_rows(watch: list[dict], streams: tuple[int, int]) -> list[Row]:
    runs = {(r["kind"], r["streams"]): r for r in watch}
    rows = []
    small = runs.get(("imagegallery", streams[0])), runs.get(("floor", streams[0]))
    if all(small) and _complete(small[0]) and _complete(small[1]):
        rows += _delivery_rows(*small)
    large = runs.get(("imagegallery", streams[1])), runs.get(("floor", streams[1]))
    if all(large) and _complete(large[0]) and _complete(large[1]):
        rows += _large_fan_out_rows(*large)
    for ours, floor in (small, large):
        for run in (ours, floor):
            if run and not _complete(run):
                rows.append(_incomplete_row(run))
    return rows


def _complete(run: dict) -> bool:
    return run["received"] == run["streams"]


def _incomplete_row(run: dict) -> Row:
    return Row(
        f"one change to {run['streams']:,} streams ({run['kind']})",
        f"{run['received']:,} of {run['streams']:,} received",
        "—",
        "—",
        "every stream",
        False,
    )


def _p99_row(ours: dict, floor: dict, goal: str, met: bool) -> Row:
    return Row(
        f"one change to {ours['streams']:,} watch streams (auth on): p99 delivery",
        ms(ours["p99_s"]),
        ms(floor["p99_s"]),
        ratio(ours["p99_s"] / floor["p99_s"]),
        goal,
        met,
    )


def _delivery_rows(ours: dict, floor: dict) -> list[Row]:
    first, floor_first = ours["min_s"], floor["min_s"]
    return [
        _p99_row(ours, floor, "≤ 1.5x floor", ours["p99_s"] / floor["p99_s"] <= 1.5),
        Row(
            f"one change to {ours['streams']:,} watch streams: first stream",
            ms(first),
            ms(floor_first),
            ratio(first / floor_first),
            "≤ 2x floor's first, or ≤ 50 ms",
            first <= 2 * floor_first or first <= 0.050,
        ),
    ]


def _large_fan_out_rows(ours: dict, floor: dict) -> list[Row]:
    cpu = ours["server_cpu_delivery_s"] / ours["received"]
    floor_cpu = floor["server_cpu_delivery_s"] / floor["received"]
    return [
        _p99_row(ours, floor, "≤ 1 s", ours["p99_s"] <= 1.0),
        Row(
            f"one change to {ours['streams']:,} watch streams: server CPU per stream",
            us(cpu),
            us(floor_cpu),
            ratio(cpu / floor_cpu) if floor_cpu else "—",
            "≤ 2x floor",
            cpu <= 2 * floor_cpu,
        ),
    ]


# ---------------------------------------------------------------- replication, startup


def replication_rows(rep: dict) -> list[Row]:
    rows = []
    for key, label, goal in (("full", "full", 1.25), ("sparse", "10%-occupied", 1.5)):
        row = rep[key]
        value = row["replication_s"] / row["cp_fsync_s"]
        rows.append(
            Row(
                f"replication of a {label} {mib(rep['size'])} image to 3 regions x 2 "
                "replicas vs `cp --reflink=never` x6 + fsync",
                f"{row['replication_s']:.2f} s",
                f"{row['cp_fsync_s']:.2f} s",
                ratio(value),
                f"≤ {goal}x",
                value <= goal,
            )
        )
    return rows


def startup_row(times: list[float], versions: int) -> Row:
    seconds = statistics.median(times)
    return Row(
        f"startup to SERVING, {versions:,} versions in one definition",
        f"{seconds:.2f} s",
        "—",
        "—",
        "< 1 s",
        seconds < 1.0,
    )


# ---------------------------------------------------------------- the report


def render(plan, header: dict, results: dict) -> str:
    rows = table_rows(plan, results)
    met = sum(1 for r in rows if r.met)
    lines = [
        f"Run {header['date']} on {header['machine']}; server code: {header['server_code']}; "
        f"`{header['command']}`, {header['total_s'] / 60:.1f} min in all. "
        f"Goals met: {met} of {len(rows)}.",
        *(f"\n{line}" for line in failures(results)),
        "",
        "| measurement | imagegallery | floor | ratio | goal | met? |",
        "|---|---|---|---|---|---|",
        *(r.markdown() for r in rows),
        "",
    ]
    if "unary" in results:
        lines += load_generator_section(plan, results["unary"])
    lines += notes(plan, results)
    return "\n".join(lines)


def failures(results: dict) -> list[str]:
    failed = results.get("failed") or {}
    return [f"**{stage} failed**: {error}" for stage, error in failed.items()]


def table_rows(plan, results: dict) -> list[Row]:
    rows = []
    if "unary" in results:
        rows += unary_rows(results["unary"], plan.version_counts, plan.in_flight)
    if "watch" in results:
        rows += watch_rows(results["watch"], plan.streams)
    if "replication" in results:
        rows += replication_rows(results["replication"])
    if "startup" in results:
        rows.append(startup_row(results["startup"], plan.version_counts[1]))
    return rows


def load_generator_section(plan, unary: dict) -> list[str]:
    lines = [
        "### The load generator against the server",
        "",
        f"{plan.processes} load processes (multiprocessing), each with its own grpc.aio "
        f"channel, {plan.in_flight} calls in flight in all; requests pre-serialized, "
        "answers not decoded, so a call costs the load generator the same against the "
        "server and the floor. CPU in cores = CPU seconds / wall seconds of the measured "
        f"window (medians of {plan.rounds} round(s) of {plan.seconds:g} s, floor and "
        "server alternating, after untimed calls that answered about every request "
        "of the server's a few times, so that its caches are as in use); the machine "
        'has 2 cores, shared: "others" is the CPU of every other process on it in the '
        "same window.",
        "",
        "| calls | server | RPS | server CPU (cores) | load generator CPU (cores) "
        "| others (cores) | server CPU per call | load generator CPU per call "
        "| p50 latency | errors |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for target in unary.values():
        for label, rounds in (("imagegallery", target.rounds), ("floor", target.floor_rounds)):
            if rounds:
                lines.append(load_line(target.key, label, rounds))
    return [*lines, "", *headroom(unary), "", *noise(unary), ""]


def noise(unary: dict) -> list[str]:
    """How much of the shared machine other processes took while measuring."""
    windows = [
        r.others_cpu_s / r.seconds for t in unary.values() for r in (*t.rounds, *t.floor_rounds)
    ]
    return [
        f"Other processes on the machine took {statistics.fmean(windows):.2f} cores on "
        f"average in the measured windows, {max(windows):.2f} at the most: a round in "
        "which they took most of the machine is slower for that reason alone, which is "
        "why rounds alternate and the table shows medians."
    ]


def headroom(unary: dict) -> list[str]:
    """Why the load generator is not what limits the server's figures."""
    shown = [t for t in unary.values() if t.floor_rounds]
    if not shown:
        return []
    spare = ", ".join(
        f"{t.key} {median(t.floor_rounds, 'rps') / median(t.rounds, 'rps'):.1f}x" for t in shown
    )
    cost = ", ".join(
        f"{t.key} {us(median(t.rounds, 'load_cpu_per_call'))} to the server's "
        f"{us(median(t.rounds, 'server_cpu_per_call'))}"
        for t in shown
    )
    return [
        "How we know the load generator is not the bottleneck of the server's figures: "
        "the same processes, calls in flight and requests drove the empty handler at "
        f"{spare} the server's RPS in the same run; against the server they spent less "
        f"CPU per call than the server did ({cost}), and the calls' latency is the "
        "server's queue. Against the floor, both sides spend about the same CPU per "
        "call, so the floor's RPS is what this shared 2-core machine gives a Python "
        "grpc.aio client and server together (the floor, as the issue defines it, runs "
        "under the same load generator)."
    ]


def load_line(key: str, label: str, rounds: list) -> str:
    seconds = rounds[0].seconds
    latencies = [t for r in rounds for t in r.latencies]
    errors = sum(sum(r.errors.values()) for r in rounds)
    return (
        f"| {key} | {label} | {median(rounds, 'rps'):,.0f} "
        f"| {median(rounds, 'server_cpu_s') / seconds:.2f} "
        f"| {median(rounds, 'load_cpu_s') / seconds:.2f} "
        f"| {median(rounds, 'others_cpu_s') / seconds:.2f} "
        f"| {us(median(rounds, 'server_cpu_per_call'))} "
        f"| {us(median(rounds, 'load_cpu_per_call'))} "
        f"| {ms_precise(statistics.median(latencies)) if latencies else '—'} | {errors} |"
    )


def notes(plan, results: dict) -> list[str]:
    lines = ["### How it was measured", ""]
    if "populate_s" in results:
        took = results["populate_s"]
        lines.append(
            f"- Catalogue, populated through the API with auth on (bench/catalog.py): "
            f"{plan.galleries:,} galleries ({took['galleries']:.0f} s), then definitions of "
            + " and ".join(
                f"{n:,} versions ({took[f'versions_{n}']:.0f} s)" for n in plan.version_counts
            )
            + (f", reused from {reused}" if (reused := results.get("catalog_reused")) else "")
            + ", each version a CreateImageVersion operation replicating a 4 KiB disk to "
            f"one replica, {plan.populate_concurrency} at a time. Reads pick a random "
            "request per call: GetImageVersion among every version, GetGallery among every "
            "gallery, list pages among every page of 100 of the definition. The caller is "
            "a Reader of the resource group through a group, with a bearer token; the "
            "floor gets the same metadata."
        )
    if "startup" in results:
        lines.append(
            "- Startup: process start (`python -m imagegallery_server serve` on the "
            "populated data dir) to the health check answering SERVING, retried every "
            "few ms; every try: " + ", ".join(f"{t:.2f} s" for t in results["startup"]) + "."
        )
    if "watch" in results:
        lines.append(watch_note(results["watch"]))
    if "replication" in results:
        lines.append(replication_note(results["replication"]))
    return [*lines, ""]


def watch_note(watch: list[dict]) -> str:
    parts = [
        f"{r['kind']} N={r['streams']:,}: opened {r['ready']:,} in {r['open_s']:.1f} s, "
        f"received {r['received']:,}, first {ms(r.get('min_s'))}, p50 {ms(r.get('p50_s'))}, "
        f"p99 {ms(r.get('p99_s'))}, server CPU {r['server_cpu_delivery_s']:.2f} s, "
        f"load generator CPU {r['client_cpu_delivery_s']:.2f} s" + _rounds_note(r)
        for r in watch
    ]
    return (
        "- Watch (bench/replication_and_watch.py's machinery, auth on): every stream a "
        "Reader's (through a group) on one version with `send_initial_state`, all opened "
        "in one burst; trigger: UpdateRegionConditions taking the version's zones down; "
        "delay = trigger sent → change received. The floor sends one pre-serialized "
        f"message of the change's size ({watch[0]['payload_bytes']} bytes). Each "
        "server and N was measured in every round (a fresh server and streams each "
        "time); shown, the round with the median p99. " + "; ".join(parts) + "."
    )


def _rounds_note(run: dict) -> str:
    rounds = run.get("rounds", ())
    if len(rounds) < 2:
        return ""
    return (
        " (every round's p99 / first: "
        + ", ".join(f"{ms(p99)} / {ms(first)}" for p99, first in rounds)
        + ")"
    )


def replication_note(rep: dict) -> str:
    rounds = "; ".join(
        f"{label}: replication "
        + ", ".join(f"{t:.2f}" for t in rep[key]["replication_runs"])
        + " s, cp + fsync "
        + ", ".join(f"{t:.2f}" for t in rep[key]["cp_fsync_runs"])
        + " s"
        for key, label in (("full", "full"), ("sparse", "10% occupied"))
    )
    return (
        f"- Replication (bench/replication_and_watch.py, auth off): {mib(rep['size'])} "
        f"({rep['room_note']}), {rep['rounds']} round(s) alternating with cp, medians; "
        f"every round: {rounds}."
    )
