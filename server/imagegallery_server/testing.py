"""Helpers for testing against a real server: a server process on a free port
with its own data dir, and a runner for other languages' test suites.

    python -m imagegallery_server.testing -- go test ./...

starts a server, runs the command with IMAGEGALLERY_ADDRESS set to it, stops
the server, and exits with the command's status.
"""

import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

ADDRESS_VARIABLE = "IMAGEGALLERY_ADDRESS"


class ServerProcess:
    """`imagegallery serve` on 127.0.0.1 and a port the kernel picks, with `args`
    added to its command line (e.g. TLS flags); `credentials`, when given, are
    those the readiness check connects with (an insecure channel otherwise)."""

    def __init__(
        self,
        data_dir: Path,
        env: dict[str, str] | None = None,
        args: Sequence[str] = (),
        credentials: grpc.ChannelCredentials | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.args = list(args)
        self.credentials = credentials
        self.log_path = data_dir / "server.log"
        self.env = {**os.environ, **(env or {})}
        self.process: subprocess.Popen[bytes] | None = None
        self.address = ""
        self._log_start = 0  # a restart on the same data dir appends to the log

    def start(self, timeout: float = 30.0) -> "ServerProcess":
        self.data_dir.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "imagegallery_server", "serve"]
        command += ["--listen", "127.0.0.1:0", "--data-dir", str(self.data_dir), *self.args]
        self._log_start = self.log_path.stat().st_size if self.log_path.exists() else 0
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(command, stderr=log, env=self.env)
        self.address = self._wait_for_address(timeout)
        self._wait_until_serving(timeout)
        return self

    def stop(self, timeout: float = 30.0) -> int:
        """SIGTERM, then the exit status once the server has drained."""
        assert self.process is not None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout)

    def log_events(self) -> list[dict[str, object]]:
        """The structured events this process logged (a line being written is left out)."""
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
        deadline = time.monotonic() + timeout
        while True:
            events = [e for e in self.log_events() if e.get("request_id") == request_id]
            if events or time.monotonic() > deadline:
                return events
            time.sleep(0.02)

    def _wait_for_address(self, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited early:\n{self.log_path.read_text()}")
            for event in self.log_events():
                if event.get("event") == "server.started":
                    return str(event["listen"])
            time.sleep(0.05)
        raise TimeoutError(f"the server did not start:\n{self.log_path.read_text()}")

    def _wait_until_serving(self, timeout: float) -> None:
        if self.credentials is None:
            channel = grpc.insecure_channel(self.address)
        else:
            channel = grpc.secure_channel(self.address, self.credentials)
        with channel:
            stub = health_pb2_grpc.HealthStub(channel)
            answer = stub.Check(health_pb2.HealthCheckRequest(), timeout=timeout)
            if answer.status != health_pb2.HealthCheckResponse.SERVING:
                raise RuntimeError(f"the server is {answer.status}, not SERVING")


def main(argv: list[str]) -> int:
    if "--" in argv:
        argv = argv[argv.index("--") + 1 :]
    if not argv:
        print("usage: python -m imagegallery_server.testing -- COMMAND [ARG...]", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="imagegallery-") as data_dir:
        # Other languages' suites call without tokens: the local-emulation mode.
        server = ServerProcess(Path(data_dir), env={"IMAGEGALLERY_AUTH": "none"}).start()
        try:
            env = {**os.environ, ADDRESS_VARIABLE: server.address}
            status = subprocess.run(argv, env=env, check=False).returncode
        finally:
            server.stop()
        if status != 0:
            print(f"--- server log ---\n{server.log_path.read_text()}", file=sys.stderr)
        return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
