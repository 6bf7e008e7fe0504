"""Assembles the server: config → store → domain → servicers → grpc.aio server."""

import asyncio
import signal
from datetime import UTC, datetime

import grpc
import structlog
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection
from imagegallery.v1 import (
    gallery_service_pb2,
    gallery_service_pb2_grpc,
    image_definition_service_pb2,
    image_definition_service_pb2_grpc,
    region_service_pb2,
    region_service_pb2_grpc,
)

from imagegallery_server.api.galleries import GalleryServicer
from imagegallery_server.api.image_definitions import ImageDefinitionServicer
from imagegallery_server.api.interceptor import RpcInterceptor
from imagegallery_server.api.regions import RegionServicer
from imagegallery_server.config import Config
from imagegallery_server.domain.galleries import Galleries
from imagegallery_server.domain.image_definitions import ImageDefinitions
from imagegallery_server.domain.resources import Clock
from imagegallery_server.store import Store

log = structlog.get_logger("imagegallery.server")

SERVICES = [
    gallery_service_pb2.DESCRIPTOR.services_by_name["GalleryService"].full_name,
    image_definition_service_pb2.DESCRIPTOR.services_by_name["ImageDefinitionService"].full_name,
    region_service_pb2.DESCRIPTOR.services_by_name["RegionService"].full_name,
]
# Many watchers may (re)connect at once; gRPC core would shed them with CANCELLED.
SERVER_OPTIONS = [
    ("grpc.max_pending_requests", 0),
    ("grpc.keepalive_time_ms", 60_000),
    ("grpc.keepalive_timeout_ms", 20_000),
    ("grpc.http2.min_recv_ping_interval_without_data_ms", 10_000),
    ("grpc.keepalive_permit_without_calls", 1),
]


def utc_now() -> datetime:
    return datetime.now(UTC)


class App:
    """A running server; `start` binds and serves, `stop` drains and closes."""

    def __init__(self, config: Config, clock: Clock = utc_now) -> None:
        self.config = config
        self.store = Store(config.data_dir)
        self.health = health.aio.HealthServicer()  # type: ignore[attr-defined]
        self.server = grpc.aio.server(interceptors=[RpcInterceptor()], options=SERVER_OPTIONS)
        self._clock = clock
        self.port = 0

    async def start(self) -> None:
        self.store.open()
        limits = self.config.limits
        gallery_service_pb2_grpc.add_GalleryServiceServicer_to_server(
            GalleryServicer(Galleries(self.store, limits, self._clock)), self.server
        )
        image_definition_service_pb2_grpc.add_ImageDefinitionServiceServicer_to_server(
            ImageDefinitionServicer(ImageDefinitions(self.store, limits, self._clock)),
            self.server,
        )
        region_service_pb2_grpc.add_RegionServiceServicer_to_server(RegionServicer(), self.server)
        health_pb2_grpc.add_HealthServicer_to_server(self.health, self.server)
        reflection.enable_server_reflection(
            [*SERVICES, health.SERVICE_NAME, reflection.SERVICE_NAME], self.server
        )
        try:
            self.port = self.server.add_insecure_port(self.config.listen)
        except RuntimeError as error:
            raise SystemExit(f"cannot listen on {self.config.listen!r}: {error}") from None
        await self.server.start()
        for service in ["", *SERVICES]:
            await self.health.set(service, health_pb2.HealthCheckResponse.SERVING)
        host = self.config.listen.rsplit(":", 1)[0]
        log.info(
            "server.started",
            listen=f"{host}:{self.port}",
            data_dir=str(self.config.data_dir),
            database=str(self.store.path),
        )

    async def stop(self) -> None:
        """Says NOT_SERVING, lets in-flight calls finish (up to the grace), closes the store."""
        await self.health.enter_graceful_shutdown()
        await self.server.stop(self.config.shutdown_grace_seconds)
        self.store.close()
        log.info("server.stopped")


async def serve(config: Config) -> None:
    """Runs until SIGTERM or SIGINT, then drains and returns."""
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stopping.set)
    app = App(config)
    await app.start()
    await stopping.wait()
    log.info("server.stopping")
    await app.stop()
