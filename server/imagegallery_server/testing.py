"""Helpers for testing against a real server: a server process on a free port
with its own data dir, and a runner for the client suites of every language.

    python -m imagegallery_server.testing go='cd clients/go && go test ./...' node='...'

starts one server with auth on and runs each suite (a bash command) with
IMAGEGALLERY_ADDRESS set to it and IMAGEGALLERY_TOKEN set to a token of a
principal of its own (an administrator). Then it checks the server's own log:
each suite's principal must have called every RPC the server lists by
reflection. It exits 0 only when every suite passed and called every RPC.
Each suite also gets IMAGEGALLERY_TEST_SERVER, the command (a JSON list) of

    python -m imagegallery_server.testing restartable

a server of a test's own that it kills and restarts by commands on stdin (see
`restartable`), for tests of what survives a crash.
"""

import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar, TextIO, TypeVar

import grpc
from google.protobuf import descriptor_pb2, duration_pb2, timestamp_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc
from imagegallery.v1 import access_service_pb2 as access_pb
from imagegallery.v1 import access_service_pb2_grpc

ADDRESS_VARIABLE = "IMAGEGALLERY_ADDRESS"
TOKEN_VARIABLE = "IMAGEGALLERY_TOKEN"
ADVANCE_CLOCK = "/imagegallery.testing.TestClock/Advance"  # served with --test-clock
TEST_SERVER_VARIABLE = "IMAGEGALLERY_TEST_SERVER"
RESTARTABLE_COMMAND = [sys.executable, "-m", "imagegallery_server.testing", "restartable"]
T = TypeVar("T")


# The request id of the calls log_events makes to see the log written up to now.
LOG_BARRIER = "log-barrier-"


def wait_for(condition: Callable[[], T], timeout: float = 15.0, what: str = "") -> T:
    """What `condition` returns once it is true, checked every few milliseconds;
    TimeoutError (naming `what`) if it is still false after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not (result := condition()):
        if time.monotonic() > deadline:
            raise TimeoutError(f"still waiting, after {timeout:g} s, for {what or condition}")
        time.sleep(0.02)
    return result


class ServerProcess:
    """`imagegallery serve` on 127.0.0.1 and a port the kernel picks, with `args`
    added to its command line (e.g. TLS flags); `credentials`, when given, are
    those the server is called with (an insecure channel otherwise). With
    `test_clock`, `advance` moves the server's clock forward."""

    # The store of a server not told one, by its data dir: SQLite there, unless a test
    # run on PostgreSQL gives each data dir a database of its own (tests/conftest.py).
    default_store: ClassVar[Callable[[Path], str]] = staticmethod(lambda data_dir: "")

    def __init__(
        self,
        data_dir: Path,
        env: dict[str, str] | None = None,
        args: Sequence[str] = (),
        credentials: grpc.ChannelCredentials | None = None,
        test_clock: bool = False,
        store: str | None = None,
        log_name: str = "server.log",
    ) -> None:
        """`store`: a PostgreSQL URL (--store), "" for SQLite in the data dir, None for
        `default_store`. Servers sharing a data dir each need a `log_name` of their own."""
        self.data_dir = data_dir
        self.store = ServerProcess.default_store(data_dir) if store is None else store
        self.args = [*args, "--test-clock"] if test_clock else list(args)
        if self.store:
            self.args += ["--store", self.store]
        self.credentials = credentials
        self.log_path = data_dir / log_name
        self.env = {**os.environ, **(env or {})}
        self.process: subprocess.Popen[bytes] | None = None
        self.address = ""
        self._log_start = 0  # a restart on the same data dir appends to the log

    def start(self, timeout: float = 30.0, listen: str = "127.0.0.1:0") -> "ServerProcess":
        self.data_dir.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "imagegallery_server", "serve"]
        command += ["--listen", listen, "--data-dir", str(self.data_dir), *self.args]
        self._log_start = self.log_path.stat().st_size if self.log_path.exists() else 0
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(command, stderr=log, env=self.env)
        self.address = self._wait_for_address(timeout)
        self._wait_until_serving(timeout)
        return self

    @property
    def arm_endpoint(self) -> str:
        """The ARM front's base URL (started with --arm-listen), e.g. https://127.0.0.1:8443."""
        return f"https://{self._started()['arm_listen']}"

    @property
    def arm_ca(self) -> Path:
        """The CA the server made for its ARM front, which a client trusts."""
        return Path(str(self._started()["arm_ca"]))

    def _started(self) -> dict[str, object]:
        return next(e for e in self._logged() if e.get("event") == "server.started")

    def stop(self, timeout: float = 30.0) -> int:
        """SIGTERM, then the exit status once the server has drained."""
        assert self.process is not None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout)

    def advance(self, seconds: float) -> datetime:
        """Moves the server's clock `seconds` forward (the server must run with
        test_clock); returns the server's time after the move."""
        request = duration_pb2.Duration()
        request.FromNanoseconds(round(seconds * 1e9))
        with self._channel() as channel:
            advance = channel.unary_unary(
                ADVANCE_CLOCK,
                request_serializer=duration_pb2.Duration.SerializeToString,
                response_deserializer=timestamp_pb2.Timestamp.FromString,
            )
            return advance(request, timeout=10).ToDatetime(UTC)

    def advance_until(
        self, seconds: float, condition: Callable[[], T], timeout: float = 15.0, what: str = ""
    ) -> T:
        """Moves the clock `seconds` forward, and again every tenth of a second, until
        `condition` holds (for what the server does once time has passed)."""
        moved = 0.0

        def moved_and_true() -> T:
            nonlocal moved
            if time.monotonic() - moved >= 0.1:
                self.advance(seconds)
                moved = time.monotonic()
            return condition()

        return wait_for(moved_and_true, timeout, what)

    def count_events(self, name: str) -> int:
        """How many `name` events this process logged."""
        return sum(1 for e in self.log_events() if e.get("event") == name)

    def now(self) -> datetime:
        """The server's time (which `advance` moves)."""
        return self.advance(0)

    def kill(self) -> None:
        """SIGKILL, as a crash: nothing drains; the data dir keeps what was committed."""
        assert self.process is not None
        self.process.kill()
        self.process.wait()

    def restart(self, timeout: float = 30.0) -> "ServerProcess":
        """Starts again, after a stop or a kill, on the same data dir and address."""
        return self.start(timeout, listen=self.address)

    @property
    def owner_token(self) -> str:
        """The server administrator's token, which the first start wrote."""
        return (self.data_dir / "owner-token").read_text().strip()

    def log_events(self) -> list[dict[str, object]]:
        """The structured events this process logged for everything it did before
        now. A serving server holds its info events for a moment before writing
        them, in order (logging.BufferedOutput): this first makes one more call
        and waits until its event is written. Those calls' events are left out."""
        if not self.address or self.process is None or self.process.poll() is not None:
            return self._logged()
        marker = f"{LOG_BARRIER}{uuid.uuid4().hex}"
        with contextlib.suppress(grpc.RpcError), self._channel() as channel:
            # types-grpcio-health-checking's HealthStub declares none of its methods.
            check = health_pb2_grpc.HealthStub(channel).Check  # type: ignore[attr-defined]
            check(health_pb2.HealthCheckRequest(), metadata=[("x-request-id", marker)], timeout=5)
            wait_for(lambda: any(e.get("request_id") == marker for e in self._logged()), 5)
        events = self._logged()
        return [e for e in events if not str(e.get("request_id", "")).startswith(LOG_BARRIER)]

    def _logged(self) -> list[dict[str, object]]:
        """The events in the log now (a line being written is left out)."""
        with self.log_path.open() as log:
            log.seek(self._log_start)
            lines = log.read().splitlines()
        events = []
        for line in lines:
            with contextlib.suppress(ValueError):
                events.append(json.loads(line))
        return events

    def events_of_request(self, request_id: str, timeout: float = 5.0) -> list[dict[str, object]]:
        """The events logged for a request; a call's answer can reach the client
        before its log line is written, so this waits for one to appear."""

        def logged() -> list[dict[str, object]]:
            return [e for e in self._logged() if e.get("request_id") == request_id]

        with contextlib.suppress(TimeoutError):
            return wait_for(logged, timeout)
        return []

    def _wait_for_address(self, timeout: float) -> str:
        def started() -> str:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited early:\n{self.log_path.read_text()}")
            events = (e for e in self._logged() if e.get("event") == "server.started")
            return next((str(e["listen"]) for e in events), "")

        try:
            return wait_for(started, timeout)
        except TimeoutError:
            raise TimeoutError(f"the server did not start:\n{self.log_path.read_text()}") from None

    def _channel(self) -> grpc.Channel:
        if self.credentials is None:
            return grpc.insecure_channel(self.address)
        return grpc.secure_channel(self.address, self.credentials)

    def _wait_until_serving(self, timeout: float) -> None:
        with self._channel() as channel:
            stub = health_pb2_grpc.HealthStub(channel)
            # types-grpcio-health-checking's HealthStub declares none of its methods.
            check = stub.Check  # type: ignore[attr-defined]
            answer = check(health_pb2.HealthCheckRequest(), timeout=timeout)
            if answer.status != health_pb2.HealthCheckResponse.SERVING:
                raise RuntimeError(f"the server is {answer.status}, not SERVING")


def fleet(
    count: int,
    data_dir: Path,
    store: str,
    env: dict[str, str] | None = None,
    test_clock: bool = False,
) -> list[ServerProcess]:
    """`count` servers, started together, on one store (a PostgreSQL URL) and one
    data dir, each logging to a file of its own there (server-1.log, ...)."""
    servers = [
        ServerProcess(data_dir, env, test_clock=test_clock, store=store, log_name=f"server-{n}.log")
        for n in range(1, count + 1)
    ]
    with ThreadPoolExecutor(count) as starting:
        started = [starting.submit(server.start) for server in servers]
    try:
        for each in started:
            each.result()
    except BaseException:  # none left running
        for server in servers:
            if server.process is not None:
                server.stop()
        raise
    return servers


def restartable(commands: TextIO, answers: TextIO, data_dir: Path) -> None:
    """A server with auth on in `data_dir` that a test in any language crashes and
    restarts: it answers one JSON line once serving, {"address", "token"} (the
    administrator's), then reads a command a line: "kill" SIGKILLs the server and
    answers {"killed": true} once it is gone; "restart" starts it again on the same
    data dir and address and answers {"address"} once it serves. At the end of
    `commands` the server stops. Its environment is this process's, so a test sets
    e.g. IMAGEGALLERY_REGION_THROTTLES for it."""

    def answer(**fields: object) -> None:
        print(json.dumps(fields), file=answers, flush=True)

    server = ServerProcess(data_dir, env={"IMAGEGALLERY_AUTH": "token"}).start()
    try:
        answer(address=server.address, token=server.owner_token)
        for line in commands:
            if line.strip() == "kill":
                server.kill()
                answer(killed=True)
            elif line.strip() == "restart":
                answer(address=server.restart().address)
            else:
                answer(error=f"unknown command {line.strip()!r}: kill or restart")
    finally:
        server.stop()


def main(argv: list[str]) -> int:
    if argv == ["restartable"]:
        with tempfile.TemporaryDirectory(prefix="imagegallery-restartable-") as data_dir:
            restartable(sys.stdin, sys.stdout, Path(data_dir))
        return 0
    suites = dict(arg.partition("=")[::2] for arg in argv)
    if not argv or not all(name and command for name, command in suites.items()):
        print(__doc__, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="imagegallery-") as data_dir:
        server = ServerProcess(Path(data_dir), env={"IMAGEGALLERY_AUTH": "token"}).start()
        try:
            failed, principals = _run_suites(server, suites)
            served = served_methods(server.address)
        finally:
            server.stop()
        missing = _missing_calls(server.log_events(), principals, served)
        for name, methods in missing.items():
            print(f"{name}: never called " + ", ".join(sorted(methods)), file=sys.stderr)
        if failed:
            print(f"--- server log ---\n{server.log_path.read_text()}", file=sys.stderr)
        print(
            f"{len(served)} RPCs served; every one called by: "
            f"{', '.join(n for n in suites if n not in missing) or 'no suite'}"
        )
        return 1 if failed or missing else 0


def _run_suites(server: ServerProcess, suites: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    """Runs each suite as its own principal; the names that failed, and each
    suite's principal."""
    failed, principals = [], {}
    for name, command in suites.items():
        principals[name], token = _administrator(
            server.address, server.owner_token, f"{name} suite"
        )
        env = {
            **os.environ,
            ADDRESS_VARIABLE: server.address,
            TOKEN_VARIABLE: token,
            TEST_SERVER_VARIABLE: json.dumps(RESTARTABLE_COMMAND),
        }
        print(f"--- {name}: {command}", flush=True)
        if subprocess.run(["bash", "-c", command], env=env, check=False).returncode != 0:
            failed.append(name)
    return failed, principals


def _administrator(address: str, owner_token: str, display_name: str) -> tuple[str, str]:
    """A new administrator principal in the owner's tenant, and a token for it."""
    metadata = (("authorization", f"Bearer {owner_token}"),)
    with grpc.insecure_channel(address) as channel:
        access = access_service_pb2_grpc.AccessServiceStub(channel)
        tenant = access.GetCaller(access_pb.GetCallerRequest(), metadata=metadata).tenant
        principal = access_pb.Principal(
            type=access_pb.PRINCIPAL_TYPE_SERVICE_PRINCIPAL,
            display_name=display_name,
            administrator=True,
        )
        created = access.CreatePrincipal(
            access_pb.CreatePrincipalRequest(parent=tenant, principal=principal),
            metadata=metadata,
        )
        issued = access.CreateToken(
            access_pb.CreateTokenRequest(parent=created.name), metadata=metadata
        )
    return created.name, issued.secret


def served_methods(address: str) -> set[str]:
    """Every method of every service the server lists by reflection, as
    "/package.Service/Method" (health and reflection left out)."""
    with grpc.insecure_channel(address) as channel:
        stub = reflection_pb2_grpc.ServerReflectionStub(channel)

        def ask(
            request: reflection_pb2.ServerReflectionRequest,
        ) -> reflection_pb2.ServerReflectionResponse:
            # types-grpcio-reflection types the method as binascii's Incomplete (meant
            # _typeshed's), an exception class to mypy, not a callable.
            return next(stub.ServerReflectionInfo(iter([request])))  # type: ignore[operator]

        listed = ask(reflection_pb2.ServerReflectionRequest(list_services=""))
        services = [s.name for s in listed.list_services_response.service]
        methods = set()
        for service in services:
            if service.startswith(("grpc.health.", "grpc.reflection.")):
                continue
            files = ask(
                reflection_pb2.ServerReflectionRequest(file_containing_symbol=service)
            ).file_descriptor_response
            for raw in files.file_descriptor_proto:
                proto = descriptor_pb2.FileDescriptorProto.FromString(raw)
                for described in proto.service:
                    if f"{proto.package}.{described.name}" == service:
                        methods |= {f"/{service}/{m.name}" for m in described.method}
    return methods


def _missing_calls(
    events: list[dict[str, object]], principals: dict[str, str], served: set[str]
) -> dict[str, set[str]]:
    """For each suite, the served methods its principal never called (by the server's log)."""
    called: dict[str, set[str]] = {}
    for event in events:
        if event.get("event") == "rpc":
            called.setdefault(str(event.get("principal")), set()).add(str(event.get("method")))
    missing = {
        name: served - called.get(principal, set()) for name, principal in principals.items()
    }
    return {name: methods for name, methods in missing.items() if methods}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
