"""The ARM front served over HTTPS by uvicorn, on the server's own event loop."""

import asyncio
import contextlib
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import uvicorn
from imagegallery_server.arm import app, tls
from imagegallery_server.arm.calls import Handler

DRAIN_SECONDS = 1.0


class _Server(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        """The server's own handlers stop it (SIGTERM drains both fronts)."""
        yield


class ArmFront:
    def __init__(
        self,
        listen: str,
        handler: Callable[[str], Handler],
        data_dir: Path,
        certificate: tls.Certificate | None,
    ) -> None:
        host, _, port = listen.rpartition(":")
        self.host = host.strip("[]")
        self.certificate = certificate or tls.own_certificate(data_dir, self.host)
        self._socket = socket.create_server(
            (self.host, int(port)), family=_family(self.host), reuse_port=False
        )
        self.port = self._socket.getsockname()[1]
        config = uvicorn.Config(
            app.build(handler),
            ssl_certfile=str(self.certificate.cert),
            ssl_keyfile=str(self.certificate.key),
            log_config=None,
            access_log=False,
            lifespan="off",
            server_header=False,
        )
        self._server = _Server(config)
        self._task: asyncio.Task[None] | None = None

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    async def start(self) -> None:
        self._task = asyncio.create_task(self._server.serve(sockets=[self._socket]))
        while not self._server.started and not self._task.done():
            await asyncio.sleep(0.01)  # uvicorn says it is started by a flag only
        if self._task.done():
            self._task.result()  # raises what stopped it

    async def stop(self) -> None:
        """Lets the requests in flight finish (they take milliseconds), then lets go of
        idle connections without waiting on their TLS goodbye (30 s each otherwise)."""
        if self._task is None:
            return
        self._server.should_exit = True
        done, _ = await asyncio.wait({self._task}, timeout=DRAIN_SECONDS)
        if not done:
            self._server.force_exit = True
            await self._task


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET
