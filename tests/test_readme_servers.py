"""The README's three servers on one PostgreSQL, run as printed: its shell block starts
them, its Python block calls them through one target, and every server answers some
of the calls (its log shows them). Only the database, the data dir and the ports are
the live ones."""

import contextlib
import functools
import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from imagegallery_server.testing import wait_for
from imagegallery_server.testing_postgres import free_port

README = Path(__file__).resolve().parent.parent / "README.md"
SECTION = "## Several servers on one PostgreSQL"
README_STORE = "postgresql://imagegallery@db.example/imagegallery"
README_DATA_DIR = "/srv/imagegallery"
README_PORTS = ("50051", "50052", "50053")


def section_blocks(language: str) -> list[str]:
    text = README.read_text()
    start = text.index(SECTION)
    end = text.find("\n## ", start + len(SECTION))
    return re.findall(rf"```{language}\n(.*?)```", text[start:end], re.S)


def users_environment() -> dict[str, str]:
    """A shell's: this one's without the tests' IMAGEGALLERY_ settings (auth on, as by
    default), `imagegallery` on the PATH."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("IMAGEGALLERY_")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"
    return env


def wait_until_serving(address: str) -> None:
    with grpc.insecure_channel(address) as channel:
        check = health_pb2_grpc.HealthStub(channel).Check
        answer = check(health_pb2.HealthCheckRequest(), timeout=60, wait_for_ready=True)
        assert answer.status == health_pb2.HealthCheckResponse.SERVING, address


def api_calls(log: Path) -> list[str]:
    """The methods of the API (not health checks) a server's log shows called."""
    methods = []
    for line in log.read_text().splitlines():
        with contextlib.suppress(ValueError):
            event = json.loads(line)
            if event.get("event") == "rpc" and event["method"].startswith("/imagegallery."):
                methods.append(event["method"])
    return methods


def stopped(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return True
    return False


def test_the_readme_shows_three_servers_and_one_target():
    [servers] = section_blocks("sh")
    [program] = section_blocks("python")

    assert servers.count("imagegallery serve") == 1 and all(p in servers for p in README_PORTS)
    assert "ipv4:" + ",".join(f"127.0.0.1:{p}" for p in README_PORTS) in program
    assert '("grpc.lb_policy_name", "round_robin")' in program


def test_three_servers_behind_one_target_run_as_printed(postgres, tmp_path):
    ports = {port: str(free_port()) for port in README_PORTS}
    live = {README_STORE: postgres.create_database(), README_DATA_DIR: str(tmp_path / "data")}
    live |= ports

    def as_run(text: str) -> str:
        for printed, value in live.items():
            text = text.replace(printed, value)
        return text

    [servers_script] = section_blocks("sh")
    [program] = section_blocks("python")
    servers = subprocess.Popen(
        ["bash", "-c", as_run(servers_script) + "wait\n"],
        cwd=tmp_path,
        env=users_environment(),
        start_new_session=True,
    )
    try:
        for port in ports.values():
            wait_until_serving(f"127.0.0.1:{port}")
        etags = subprocess.check_output(
            [sys.executable, "-c", as_run(program)], env=users_environment(), text=True, timeout=120
        ).strip()

        assert re.fullmatch(r"\{'[^']+'\}", etags), etags  # one etag, whichever server answered
        for port in ports.values():  # a server writes its events a moment after the calls
            logged = functools.partial(api_calls, tmp_path / f"server-{port}.log")
            assert wait_for(logged, 10, f"a call logged by :{port}")
    finally:
        os.killpg(servers.pid, signal.SIGTERM)
        servers.wait(60)
        wait_for(lambda: stopped(servers.pid), 60, "the README's servers to stop")
