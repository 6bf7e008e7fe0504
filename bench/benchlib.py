"""What the benchmarks share: which server code they run, the machine they run on,
a process's CPU and memory, and how numbers are printed.

Import this module before any `imagegallery` module: `use_server_tree()` may
re-execute the program with another tree's server first on PYTHONPATH.
"""

import contextlib
import datetime
import multiprocessing
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
MiB = 2**20
GiB = 2**30


def use_server_tree() -> None:
    """--server-tree DIR, or --server-rev REV: run against another tree's server and
    stubs — e.g. a commit while the working tree is being edited (--server-rev
    extracts REV's server/ and clients/python/ with `git archive` into a temp dir,
    removed at the end by `remove_extracted_tree`). Re-executes with DIR/server and
    DIR/clients/python first on PYTHONPATH, which the servers and load workers
    started from here inherit."""
    if os.environ.get("BENCH_SERVER_TREE"):
        return
    if "--server-tree" in sys.argv:
        tree = Path(sys.argv[sys.argv.index("--server-tree") + 1]).resolve()
    elif "--server-rev" in sys.argv:
        tree = _extract_rev(sys.argv[sys.argv.index("--server-rev") + 1])
    else:
        return
    paths = [str(tree / "server"), str(tree / "clients" / "python")]
    os.environ["PYTHONPATH"] = os.pathsep.join(
        paths + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    )
    os.environ["BENCH_SERVER_TREE"] = str(tree)
    os.execv(sys.executable, [sys.executable, *sys.argv])


def add_server_code_arguments(parser) -> None:
    """The flags `use_server_tree` reads, for --help."""
    parser.add_argument("--server-tree", type=Path, help="a checkout whose server to measure")
    parser.add_argument("--server-rev", help="a commit whose server to measure")


def _extract_rev(rev: str) -> Path:
    sha = git("rev-parse", "--verify", f"{rev}^{{commit}}")
    tree = Path(tempfile.mkdtemp(prefix=f"imagegallery-bench-{sha[:10]}-"))
    archive = subprocess.Popen(
        ["git", "-C", str(REPO), "archive", sha, "server", "clients/python"],
        stdout=subprocess.PIPE,
    )
    subprocess.run(["tar", "-x", "-C", str(tree)], stdin=archive.stdout, check=True)
    if archive.wait() != 0:
        raise SystemExit(f"git archive {sha} failed")
    os.environ["BENCH_SERVER_REV"] = sha
    return tree


def remove_extracted_tree() -> None:
    """Removes the tree --server-rev extracted (a --server-tree is left alone)."""
    if os.environ.get("BENCH_SERVER_REV"):
        subprocess.run(["rm", "-rf", os.environ["BENCH_SERVER_TREE"]], check=False)


def git(*argv: str) -> str:
    out = subprocess.run(["git", "-C", str(REPO), *argv], capture_output=True, text=True)
    return out.stdout.strip()


def server_code() -> str:
    """Which server code ran: a --server-rev, a --server-tree, or this checkout (its
    commit, and whether server/ or the Python stubs had uncommitted changes)."""
    import imagegallery_server

    package = Path(imagegallery_server.__file__).resolve().parent
    if os.environ.get("BENCH_SERVER_REV"):
        return f"commit {os.environ['BENCH_SERVER_REV'][:10]} (--server-rev)"
    if os.environ.get("BENCH_SERVER_TREE"):
        tree = Path(os.environ["BENCH_SERVER_TREE"])
        head = subprocess.run(
            ["git", "-C", str(tree), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
        ).stdout.strip()
        return f"`{package}` (--server-tree, at {head or 'an unknown commit'})"
    dirty = git("status", "--porcelain", "--", "server", "clients/python")
    return f"this checkout at {git('rev-parse', '--short', 'HEAD')}" + (
        " with uncommitted changes to server/ or clients/python/" if dirty else ""
    )


def run_header() -> dict[str, str]:
    """What a report says of its run: when, on what, which server code, the command;
    logged as the run starts."""
    header = {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "server_code": server_code(),
        "command": f"python bench/{Path(sys.argv[0]).name} {shlex.join(sys.argv[1:])}".strip(),
    }
    log(f"{header['machine']}; server code: {header['server_code']}")
    return header


def machine() -> str:
    import grpc

    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / GiB
    return (
        f"{os.cpu_count()} CPUs, {ram:.0f} GiB RAM, "
        f"Python {platform.python_version()}, grpcio {grpc.__version__}"
    )


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmRSS for {pid}")


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process (all its threads) so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def process_and_children(pid: int) -> list[int]:
    """`pid` and the processes it started (e.g. a database server's connections)."""
    pids = [pid]
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError):  # a process that ended meanwhile
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                pids.append(int(stat.parent.name))
    return pids


def total_cpu_seconds(pids) -> float:
    """User + system CPU of several processes so far (0 for one that ended)."""
    total = 0.0
    for pid in pids:
        with contextlib.suppress(OSError):
            total += cpu_seconds(pid)
    return total


def total_rss_bytes(pids) -> int:
    return sum(rss_bytes(pid) for pid in pids)


def machine_busy_seconds() -> float:
    """CPU seconds every process on the machine has spent so far (not idle or
    waiting for I/O), from /proc/stat."""
    fields = [int(f) for f in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields[:8]
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def ms(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds * 1000:,.0f} ms"


def mib(n: float) -> str:
    return f"{n / MiB:,.1f} MiB"


class WorkerPool:
    """Load-generator processes (multiprocessing, spawn), one pipe each, driven in
    lock step: the same command to every worker, then one answer from each."""

    def __init__(self, target, per_worker_args: list[tuple]) -> None:
        context = multiprocessing.get_context("spawn")
        self.pipes = []
        self.processes = []
        for args in per_worker_args:
            parent, child = context.Pipe()
            process = context.Process(target=target, args=(child, *args), daemon=True)
            process.start()
            child.close()
            self.pipes.append(parent)
            self.processes.append(process)

    def send(self, *command) -> None:
        for pipe in self.pipes:
            pipe.send(command)

    def gather(self, kind: str, timeout: float) -> list[dict]:
        answers = []
        for pipe in self.pipes:
            if not pipe.poll(timeout):
                raise TimeoutError(f"a load worker sent no {kind!r} within {timeout:.0f} s")
            got_kind, payload = pipe.recv()
            assert got_kind == kind, (got_kind, kind)
            answers.append(payload)
        return answers

    def cpu_seconds(self) -> float:
        """CPU of every worker so far."""
        return sum(cpu_seconds(p.pid) for p in self.processes)

    def stop(self) -> None:
        for process in self.processes:
            process.join(30)
            if process.is_alive():
                process.terminate()
                process.join(5)


def shares(total: int, parts: int) -> list[int]:
    """`total` split as evenly as can be into `parts`."""
    return [total // parts + (i < total % parts) for i in range(parts)]


def write_readme_section(heading: str, body: str) -> None:
    """Replaces the section `## {heading}` of bench/README.md (up to the next `## `
    heading) with `body`, or appends it; the other sections stay as they are."""
    readme = BENCH_DIR / "README.md"
    text = readme.read_text()
    title = f"## {heading}\n"
    section = f"{title}\n{body.strip()}\n\n"
    if title not in text:
        readme.write_text(text.rstrip("\n") + "\n\n" + section)
        return
    start = text.index(title)
    end = text.find("\n## ", start + len(title))
    rest = text[end + 1 :] if end != -1 else ""
    readme.write_text(text[:start] + section + rest)
