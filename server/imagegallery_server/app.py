"""Assembles the server: config → store → domain → servicers → grpc.aio server."""

import asyncio
import contextlib
import gc
import importlib
import os
import signal
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import grpc
import structlog
from google.longrunning import operations_pb2_grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection, reflection_pb2_grpc
from imagegallery.v1 import (
    access_service_pb2_grpc,
    gallery_service_pb2_grpc,
    image_definition_service_pb2_grpc,
    image_source_service_pb2_grpc,
    image_version_service_pb2_grpc,
    maintenance_service_pb2_grpc,
    planning_service_pb2_grpc,
    region_service_pb2_grpc,
    replication_service_pb2_grpc,
    shared_gallery_service_pb2_grpc,
)

from imagegallery_server.api import test_clock
from imagegallery_server.api.access import AccessServicer
from imagegallery_server.api.galleries import GalleryServicer
from imagegallery_server.api.image_definitions import ImageDefinitionServicer
from imagegallery_server.api.image_sources import ImageSourceServicer
from imagegallery_server.api.image_versions import ImageVersionServicer
from imagegallery_server.api.maintenance import MaintenanceServicer
from imagegallery_server.api.observed import ObservedServer
from imagegallery_server.api.operations import OperationsServicer
from imagegallery_server.api.planning import PlanningServicer
from imagegallery_server.api.regions import RegionServicer
from imagegallery_server.api.replication import ReplicationServicer, encode_change
from imagegallery_server.api.shared_galleries import SharedGalleryServicer
from imagegallery_server.api.watch_stream import WatchStreams
from imagegallery_server.auth.gate import Gate
from imagegallery_server.clock import MovableClock, SystemClock
from imagegallery_server.config import Config, Tls
from imagegallery_server.content import Layout, UploadStore
from imagegallery_server.domain import image_versions
from imagegallery_server.domain.audit import Audit
from imagegallery_server.domain.downloads import Downloads
from imagegallery_server.domain.errors import DomainError
from imagegallery_server.domain.galleries import Galleries
from imagegallery_server.domain.identity import Identity
from imagegallery_server.domain.image_definitions import ImageDefinitions
from imagegallery_server.domain.image_sources import ImageSources
from imagegallery_server.domain.image_versions import ImageVersions
from imagegallery_server.domain.maintenance import Maintenance
from imagegallery_server.domain.operations import Operations
from imagegallery_server.domain.planning import Planning, PriceTable, load_prices
from imagegallery_server.domain.regions import PUBLIC_REGIONS
from imagegallery_server.domain.replication_watch import ReplicationWatch
from imagegallery_server.domain.role_assignments import RoleAssignments
from imagegallery_server.domain.sharing import Sharing
from imagegallery_server.domain.soft_deleted_versions import SoftDeletedVersions
from imagegallery_server.domain.tokens import Tokens
from imagegallery_server.domain.uploads import Uploads
from imagegallery_server.replication.conditions import Conditions, RegionConditions
from imagegallery_server.replication.engine import DiskCopy, ReplicationEngine, Settings
from imagegallery_server.store import Reader, Store
from imagegallery_server.store.database import StoreUnavailable
from imagegallery_server.watch.follow import compact_forever
from imagegallery_server.watch.hub import Hub

if TYPE_CHECKING:
    from imagegallery_server.arm.front import ArmFront

log = structlog.get_logger("imagegallery.server")
OWNER_TOKEN_FILE = "owner-token"
# Thousands of open watch streams keep hundreds of thousands of objects alive, and a
# full pass of the cyclic collector walks them all. With the default first threshold
# (700 allocations) the objects of the writes in flight during a fan-out were
# promoted, and one change to 10,000 streams set off two full passes: over half its
# CPU (measured with gc.callbacks). At 10,000 they mostly die young instead.
GC_THRESHOLDS = (10_000, 10, 10)

# Many watchers may (re)connect at once; gRPC core would shed them with CANCELLED.
SERVER_OPTIONS = [
    ("grpc.server.max_pending_requests", 100_000),
    ("grpc.server.max_pending_requests_hard_limit", 200_000),
    ("grpc.keepalive_time_ms", 60_000),
    ("grpc.keepalive_timeout_ms", 20_000),
    ("grpc.http2.min_recv_ping_interval_without_data_ms", 10_000),
    ("grpc.keepalive_permit_without_calls", 1),
    # WriteUpload carries up to 4 MiB of data besides its name and offset.
    ("grpc.max_receive_message_length", 4 * 1024 * 1024 + 64 * 1024),
    # Else a second server binds the same port and the kernel splits connections
    # between the two; without it a restart right after a crash still binds.
    ("grpc.so_reuseport", 0),
]


class App:
    """A running server; `start` binds and serves, `stop` drains and closes."""

    def __init__(self, config: Config, clock: SystemClock | None = None) -> None:
        """`clock`: by default the system's, or one tests may move with --test-clock."""
        self.config = config
        self.clock = clock or (MovableClock() if config.test_clock else SystemClock())
        self.store = Store(config.data_dir, config.store, config.store_poll_seconds)
        self.layout = Layout(config.data_dir, config.region_roots)
        self.health = health.aio.HealthServicer()
        self.tokens = Tokens(self.store, self.clock.now, self.clock.time)
        self.audit = Audit(self.store)
        gate = Gate(self.tokens if config.auth else None, self.audit, self.clock.now)
        self.server = grpc.aio.server(options=SERVER_OPTIONS)
        self._observed = ObservedServer(self.server, gate)
        self.services: list[str] = []
        self.engine: ReplicationEngine | None = None
        self.arm: ArmFront | None = None
        self._background: list[asyncio.Task[None]] = []
        self.port = 0

    async def start(self) -> None:
        try:
            self.store.open()
        except StoreUnavailable as error:
            raise SystemExit(f"cannot open the store: {error}") from None
        await self._secure()
        limits, clock = self.config.limits, self.clock.now
        self._serve(
            access_service_pb2_grpc.add_AccessServiceServicer_to_server,
            AccessServicer(
                Identity(self.store, clock),
                self.tokens,
                RoleAssignments(self.store, clock),
                self.audit,
            ),
        )
        versions = ImageVersions(self.store, limits, clock)
        sharing = Sharing(self.store, clock)
        self._serve(
            shared_gallery_service_pb2_grpc.add_SharedGalleryServiceServicer_to_server,
            SharedGalleryServicer(sharing),
        )
        self._serve(
            gallery_service_pb2_grpc.add_GalleryServiceServicer_to_server,
            GalleryServicer(Galleries(self.store, limits, clock)),
        )
        self._serve(
            image_definition_service_pb2_grpc.add_ImageDefinitionServiceServicer_to_server,
            ImageDefinitionServicer(ImageDefinitions(self.store, limits, clock)),
        )
        uploads = Uploads(
            self.store,
            UploadStore(self.layout),
            self.layout,
            clock,
            ttl=timedelta(seconds=self.config.upload_ttl_seconds),
        )
        self._background.append(asyncio.create_task(uploads.run_sweeper(self.clock)))
        self._serve(
            image_source_service_pb2_grpc.add_ImageSourceServiceServicer_to_server,
            ImageSourceServicer(
                uploads,
                ImageSources(self.store, limits, clock, uploads),
                self.config.upload_idle_seconds,
                self.clock,
            ),
        )
        soft_deleted = SoftDeletedVersions(self.store, clock)
        self._background.append(asyncio.create_task(soft_deleted.purge_forever(self.clock)))
        self._serve(
            image_version_service_pb2_grpc.add_ImageVersionServiceServicer_to_server,
            ImageVersionServicer(versions, soft_deleted),
        )
        self._serve(
            operations_pb2_grpc.add_OperationsServicer_to_server,
            OperationsServicer(Operations(self.store), versions),
        )
        self._serve(region_service_pb2_grpc.add_RegionServiceServicer_to_server, RegionServicer())
        self._serve(
            planning_service_pb2_grpc.add_PlanningServiceServicer_to_server,
            PlanningServicer(
                Planning(
                    ImageDefinitions(self.store, limits, clock),
                    versions,
                    limits,
                    clock,
                    sharing,
                    _prices(self.config.prices_file),
                )
            ),
        )
        hub = Hub(self.store, encode_change, self.config.watch_queue_length)
        checkpoints = hub.checkpoint_forever(self.config.watch_checkpoint_seconds, self.clock)
        self._background.append(asyncio.create_task(checkpoints))
        streams = WatchStreams(self.config.watch_slow_reader_seconds, self.clock)
        self._background.append(asyncio.create_task(streams.cut_slow_readers_forever()))
        self._serve(
            replication_service_pb2_grpc.add_ReplicationServiceServicer_to_server,
            ReplicationServicer(
                ReplicationWatch(self.store),
                hub,
                streams,
                Downloads(self.store, self.layout, sharing),
            ),
        )
        conditions = Conditions(
            self.layout, self.config.region_conditions, self.config.damaged_copies
        )
        self.engine = ReplicationEngine(
            self.store,
            self.layout,
            _replica_disks,
            image_versions.settle,
            self.clock,
            conditions,
            Settings(
                workers=self.config.replication_workers,
                max_attempts=self.config.replication_attempts,
                retry_base_seconds=self.config.replication_retry_seconds,
            ),
        )
        self._serve(
            maintenance_service_pb2_grpc.add_MaintenanceServiceServicer_to_server,
            MaintenanceServicer(Maintenance(self.engine, RegionConditions)),
        )
        retention = self.config.changes_retention_seconds
        self._background.append(
            asyncio.create_task(compact_forever(self.store, retention, self.clock))
        )
        health_pb2_grpc.add_HealthServicer_to_server(self.health, self._observed.registrar())
        named = [*self.services, health.SERVICE_NAME, reflection.SERVICE_NAME]
        reflection_pb2_grpc.add_ServerReflectionServicer_to_server(
            reflection.aio.ReflectionServicer(named), self._observed.registrar()
        )
        if isinstance(self.clock, MovableClock):
            test_clock.serve(self.server, self.clock, self.config.listen)
        self._observed.log_unknown_methods()
        try:
            self.port = _listen(self.server, self.config.listen, self.config.tls)
        except RuntimeError as error:
            raise SystemExit(f"cannot listen on {self.config.listen!r}: {error}") from None
        self.store.on_write(self.engine.wake)
        await asyncio.to_thread(conditions.reconcile, [r.name for r in PUBLIC_REGIONS])
        await self.engine.start()
        if self.config.scrub_interval_seconds:
            scrubbing = self.engine.scrub_forever(self.config.scrub_interval_seconds)
            self._background.append(asyncio.create_task(scrubbing))
        await self.server.start()
        await self._start_arm_front()
        for service in ["", *self.services]:
            await self.health.set(service, health_pb2.HealthCheckResponse.SERVING)
        host = self.config.listen.rsplit(":", 1)[0]
        log.info(
            "server.started",
            **self._arm_started(),
            listen=f"{host}:{self.port}",
            auth="token" if self.config.auth else "none",
            tls=_tls_mode(self.config.tls),
            data_dir=str(self.config.data_dir),
            database=str(self.store.engine),
            test_clock="on" if isinstance(self.clock, MovableClock) else "off",
        )

    async def _secure(self) -> None:
        """With auth on, makes sure an administrator holds a live token: on a first
        start (or when every administrator token expired or was revoked) a new one
        is written to <data-dir>/owner-token, readable by its owner only."""
        if not self.config.auth:
            log.warning(
                "auth.disabled",
                detail="--auth none: every caller may do everything; for local emulation only",
            )
            return
        secret = await self.tokens.ensure_owner_token()
        path = self.config.data_dir / OWNER_TOKEN_FILE
        if secret is not None:
            _write_private(path, secret + "\n")
            log.info("auth.owner_token_written", path=str(path))

    async def _start_arm_front(self) -> None:
        """The ARM REST front, when asked for: the same calls, in-process."""
        arm = self.config.arm
        if arm is None:
            return
        # Imported only when asked for: the ASGI stack and the certificate maker
        # are a fifth of the server's start.
        from imagegallery_server.arm.front import ArmFront
        from imagegallery_server.arm.tls import Certificate

        certificate = Certificate(arm.tls.cert, arm.tls.key) if arm.tls else None
        try:
            self.arm = ArmFront(arm.listen, self._observed.unary, self.config.data_dir, certificate)
        except (OSError, ValueError) as error:
            raise SystemExit(f"cannot listen on {arm.listen!r} (ARM front): {error}") from None
        await self.arm.start()

    def _arm_started(self) -> dict[str, str]:
        if self.arm is None:
            return {}
        ca = self.arm.certificate.ca
        return {"arm_listen": self.arm.address, **({"arm_ca": str(ca)} if ca else {})}

    def _serve(self, add: Callable[[Any, grpc.aio.Server], None], servicer: Any) -> None:
        """Registers a servicer, remembering its service's name for health and reflection."""
        add(servicer, self._observed.registrar())
        self.services.append(_service_name(add))

    async def stop(self) -> None:
        """Says NOT_SERVING, lets in-flight calls finish (up to the grace), closes the store."""
        await self.health.enter_graceful_shutdown()
        if self.arm is not None:
            await self.arm.stop()
        await self.server.stop(self.config.shutdown_grace_seconds)
        if self.engine is not None:
            await self.engine.stop()
        for task in self._background:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self.store.close()
        log.info("server.stopped")


async def serve(config: Config) -> None:
    """Runs until SIGTERM or SIGINT, then drains and returns."""
    private_files()
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stopping.set)
    gc.set_threshold(*GC_THRESHOLDS)
    app = App(config)
    await app.start()
    gc.freeze()  # what start made lives as long as the server: no collection walks it
    await stopping.wait()
    log.info("server.stopping")
    await app.stop()


def private_files() -> None:
    """Everything the server creates (catalog, audit log, token hashes, disks) is
    its owner's alone, whatever the umask it was started with."""
    os.umask(0o077)


def _write_private(path: Path, text: str) -> None:
    """Writes a file only its owner can read, whole or not at all."""
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as file:
        file.write(text)
        file.flush()
        os.fsync(file.fileno())
    os.replace(partial, path)


def _tls_mode(tls: Tls | None) -> str:
    if tls is None:
        return "off"
    return "mutual" if tls.client_ca else "on"


def _listen(server: grpc.aio.Server, address: str, tls: Tls | None) -> int:
    if tls is None:
        return server.add_insecure_port(address)
    ca = tls.client_ca.read_bytes() if tls.client_ca else None
    credentials = grpc.ssl_server_credentials(
        [(tls.key.read_bytes(), tls.cert.read_bytes())],
        root_certificates=ca,
        require_client_auth=ca is not None,
    )
    return server.add_secure_port(address, credentials)


def _replica_disks(reader: Reader, version_key: str) -> list[DiskCopy]:
    return [
        DiskCopy(name, disk.sha256, disk.size_bytes, disk.occupied_bytes)
        for name, disk in image_versions.replica_disks(reader, version_key)
    ]


def _service_name(add: Callable[..., None]) -> str:
    """ "imagegallery.v1.GalleryService" for add_GalleryServiceServicer_to_server."""
    messages = importlib.import_module(add.__module__.removesuffix("_grpc"))
    service = add.__name__.removeprefix("add_").removesuffix("Servicer_to_server")
    return str(messages.DESCRIPTOR.services_by_name[service].full_name)


def _prices(path: Path | None) -> PriceTable | None:
    if path is None:
        return None
    try:
        return load_prices(path.read_text(), str(path))
    except (OSError, DomainError) as error:
        raise SystemExit(f"the price table {path} cannot be used: {error}") from None
