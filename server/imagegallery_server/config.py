"""Settings: command-line flags over environment variables over defaults."""

import os
from dataclasses import dataclass, field
from pathlib import Path

from imagegallery_server.domain import regions
from imagegallery_server.domain.limits import Limits
from imagegallery_server.replication.conditions import RegionConditions
from imagegallery_server.store.database import POLL_SECONDS, POSTGRES_SCHEMES

DEFAULT_LISTEN = "127.0.0.1:50051"
DEFAULT_DATA_DIR = "./data"
ENV_LISTEN = "IMAGEGALLERY_LISTEN"
ENV_DATA_DIR = "IMAGEGALLERY_DATA_DIR"
# "postgresql://user@host/db": the store's database, shared by every server on it
# (default: SQLite, <data-dir>/imagegallery.db, this server's alone).
ENV_STORE = "IMAGEGALLERY_STORE"
# On PostgreSQL, a server reads the other servers' commits when notified, and also
# this often unasked, should notifications be lost (0: never; default 5).
ENV_STORE_POLL_SECONDS = "IMAGEGALLERY_STORE_POLL_SECONDS"
# IMAGEGALLERY_LIMIT_GALLERIES, _IMAGE_DEFINITIONS, _IMAGE_VERSIONS, _REPLICAS
ENV_LIMIT_PREFIX = "IMAGEGALLERY_LIMIT_"


# "eastus=/mnt/disk1,westus=/mnt/disk2": where a region's replicas live
# (default <data-dir>/regions/<region>).
ENV_REGION_ROOTS = "IMAGEGALLERY_REGION_ROOTS"
# Rehearsed failures at start: "westus=1048576" (a region's copy rate in bytes per
# second), "westus,eastus" (regions down), "eastus=2,westus2=1" (zones down).
ENV_REGION_THROTTLES = "IMAGEGALLERY_REGION_THROTTLES"
ENV_REGIONS_DOWN = "IMAGEGALLERY_REGIONS_DOWN"
ENV_ZONES_DOWN = "IMAGEGALLERY_ZONES_DOWN"
# "westus=1": the first copies to a region (one per disk) each get one byte damaged in
# transit, so their check refuses them and they are copied again.
ENV_DAMAGED_COPIES = "IMAGEGALLERY_DAMAGED_COPIES"
# Every replica is checked against its digest this often (default a day).
ENV_SCRUB_INTERVAL_SECONDS = "IMAGEGALLERY_SCRUB_INTERVAL_SECONDS"
ENV_REPLICATION_WORKERS = "IMAGEGALLERY_REPLICATION_WORKERS"
# A failed copy is tried this many times, waiting 1, 2, 4 ... times the base between tries.
ENV_REPLICATION_ATTEMPTS = "IMAGEGALLERY_REPLICATION_ATTEMPTS"
ENV_REPLICATION_RETRY_SECONDS = "IMAGEGALLERY_REPLICATION_RETRY_SECONDS"
# Watch streams: a checkpoint after this many quiet seconds; a stream not read for
# this long is closed; changes are kept this long for streams to resume from.
ENV_WATCH_CHECKPOINT_SECONDS = "IMAGEGALLERY_WATCH_CHECKPOINT_SECONDS"
ENV_WATCH_SLOW_READER_SECONDS = "IMAGEGALLERY_WATCH_SLOW_READER_SECONDS"
# A stream more changes than this behind is closed (resumable), so each holds little.
ENV_WATCH_QUEUE_LENGTH = "IMAGEGALLERY_WATCH_QUEUE_LENGTH"
ENV_CHANGES_RETENTION_SECONDS = "IMAGEGALLERY_CHANGES_RETENTION_SECONDS"
# A JSON price table for cost estimates: {"currency": "USD",
# "storage_per_gib_month": {"eastus": 0.05}, "default_storage_per_gib_month": 0.05,
# "egress_per_gib": 0.02}; a request's own table wins.
ENV_PRICES_FILE = "IMAGEGALLERY_PRICES_FILE"
# Seconds an upload that is not committed lives without a write (default: a day).
ENV_UPLOAD_TTL_SECONDS = "IMAGEGALLERY_UPLOAD_TTL_SECONDS"
# An upload stream that sends nothing for this many seconds is closed (default 60).
ENV_UPLOAD_IDLE_SECONDS = "IMAGEGALLERY_UPLOAD_IDLE_SECONDS"
# "token" (the default): every call needs a bearer token; "none": anyone may do
# anything, for local emulation only.
ENV_AUTH = "IMAGEGALLERY_AUTH"
AUTH_MODES = ("token", "none")
# PEM files: the server's certificate chain and key; with a client CA, callers
# must present a certificate it signed.
ENV_TLS_CERT = "IMAGEGALLERY_TLS_CERT"
ENV_TLS_KEY = "IMAGEGALLERY_TLS_KEY"
ENV_TLS_CLIENT_CA = "IMAGEGALLERY_TLS_CLIENT_CA"
# The ARM REST front (off unless a listen address is given), with its own certificate.
ENV_ARM_LISTEN = "IMAGEGALLERY_ARM_LISTEN"
ENV_ARM_TLS_CERT = "IMAGEGALLERY_ARM_TLS_CERT"
ENV_ARM_TLS_KEY = "IMAGEGALLERY_ARM_TLS_KEY"


@dataclass(frozen=True)
class Tls:
    cert: Path
    key: Path
    client_ca: Path | None = None


@dataclass(frozen=True)
class ArmFront:
    listen: str
    tls: Tls | None = None  # None: the server's own CA and certificate, under the data dir


@dataclass(frozen=True)
class Config:
    listen: str = DEFAULT_LISTEN
    data_dir: Path = Path(DEFAULT_DATA_DIR)
    limits: Limits = field(default_factory=Limits)
    shutdown_grace_seconds: float = 10.0
    region_roots: dict[str, Path] = field(default_factory=dict)
    region_conditions: list[RegionConditions] = field(default_factory=list)
    damaged_copies: dict[str, int] = field(default_factory=dict)
    scrub_interval_seconds: float = 86400.0
    replication_workers: int = 2
    replication_attempts: int = 5
    replication_retry_seconds: float = 1.0
    upload_ttl_seconds: float = 86400.0
    upload_idle_seconds: float = 60.0
    prices_file: Path | None = None
    watch_checkpoint_seconds: float = 5.0
    watch_slow_reader_seconds: float = 30.0
    watch_queue_length: int = 1000
    changes_retention_seconds: float = 86400.0
    auth: bool = True
    tls: Tls | None = None
    test_clock: bool = False  # a clock tests may move (api/test_clock.py); loopback only
    arm: ArmFront | None = None
    store: str = ""  # a PostgreSQL URL, or "" for SQLite under the data dir
    store_poll_seconds: float = POLL_SECONDS


def load(
    listen: str | None = None,
    data_dir: str | None = None,
    auth: str | None = None,
    tls_cert: str | None = None,
    tls_key: str | None = None,
    tls_client_ca: str | None = None,
    test_clock: bool = False,
    arm_listen: str | None = None,
    arm_tls_cert: str | None = None,
    arm_tls_key: str | None = None,
    store: str | None = None,
) -> Config:
    """Flags (the arguments) over environment variables over defaults."""
    return Config(
        listen=listen or os.environ.get(ENV_LISTEN) or DEFAULT_LISTEN,
        data_dir=Path(data_dir or os.environ.get(ENV_DATA_DIR) or DEFAULT_DATA_DIR),
        auth=_auth(auth or os.environ.get(ENV_AUTH) or "token"),
        tls=_tls(
            tls_cert or os.environ.get(ENV_TLS_CERT),
            tls_key or os.environ.get(ENV_TLS_KEY),
            tls_client_ca or os.environ.get(ENV_TLS_CLIENT_CA),
        ),
        limits=_limits_from_environment(),
        region_roots={region: Path(root) for region, root in _pairs(ENV_REGION_ROOTS)},
        region_conditions=_region_conditions(),
        damaged_copies={
            region: int(_positive(ENV_DAMAGED_COPIES, count))
            for region, count in _pairs(ENV_DAMAGED_COPIES)
        },
        scrub_interval_seconds=_seconds(ENV_SCRUB_INTERVAL_SECONDS, 86400),
        replication_workers=_count(ENV_REPLICATION_WORKERS, 2),
        replication_attempts=_count(ENV_REPLICATION_ATTEMPTS, 5),
        replication_retry_seconds=_seconds(ENV_REPLICATION_RETRY_SECONDS, 1),
        upload_ttl_seconds=_seconds(ENV_UPLOAD_TTL_SECONDS, 86400),
        upload_idle_seconds=_seconds(ENV_UPLOAD_IDLE_SECONDS, 60),
        prices_file=Path(os.environ[ENV_PRICES_FILE]) if os.environ.get(ENV_PRICES_FILE) else None,
        watch_checkpoint_seconds=_seconds(ENV_WATCH_CHECKPOINT_SECONDS, 5),
        watch_slow_reader_seconds=_seconds(ENV_WATCH_SLOW_READER_SECONDS, 30),
        watch_queue_length=_count(ENV_WATCH_QUEUE_LENGTH, 1000),
        changes_retention_seconds=_seconds(ENV_CHANGES_RETENTION_SECONDS, 86400),
        test_clock=test_clock,
        arm=_arm(
            arm_listen or os.environ.get(ENV_ARM_LISTEN),
            arm_tls_cert or os.environ.get(ENV_ARM_TLS_CERT),
            arm_tls_key or os.environ.get(ENV_ARM_TLS_KEY),
        ),
        store=_store(store or os.environ.get(ENV_STORE) or ""),
        store_poll_seconds=_seconds_or_never(ENV_STORE_POLL_SECONDS, POLL_SECONDS),
    )


def _arm(listen: str | None, cert: str | None, key: str | None) -> ArmFront | None:
    if not listen:
        if cert or key:
            raise SystemExit("--arm-tls-cert/--arm-tls-key need --arm-listen")
        return None
    return ArmFront(listen, _tls(cert, key, None))


def _store(url: str) -> str:
    if url and not url.startswith(POSTGRES_SCHEMES):
        raise SystemExit(f"store: {url!r} is not a PostgreSQL URL (postgresql://…)")
    return url


def _auth(mode: str) -> bool:
    if mode not in AUTH_MODES:
        raise SystemExit(f"auth: {mode!r} is not one of {', '.join(AUTH_MODES)}")
    return mode == "token"


def _tls(cert: str | None, key: str | None, client_ca: str | None) -> Tls | None:
    if not cert and not key and not client_ca:
        return None
    if not cert or not key:
        raise SystemExit("TLS needs both a certificate (--tls-cert) and its key (--tls-key)")
    for path in filter(None, (cert, key, client_ca)):
        if not Path(path).is_file():
            raise SystemExit(f"TLS: {path} is not a readable file")
    return Tls(Path(cert), Path(key), Path(client_ca) if client_ca else None)


def _region_conditions() -> list[RegionConditions]:
    throttles = {r: _positive(ENV_REGION_THROTTLES, v) for r, v in _pairs(ENV_REGION_THROTTLES)}
    down = {region for region, _ in _pairs(ENV_REGIONS_DOWN, with_values=False)}
    zones: dict[str, set[str]] = {}
    for region, zone in _pairs(ENV_ZONES_DOWN):
        zones.setdefault(region, set()).add(zone)
    return [
        RegionConditions(
            region, throttles.get(region), region in down, frozenset(zones.get(region, ()))
        )
        for region in sorted(set(throttles) | down | set(zones))
    ]


def _pairs(variable: str, with_values: bool = True) -> list[tuple[str, str]]:
    """ "a=1,b=2" → [("a", "1"), ("b", "2")], or "a,b" without values; regions in
    their short form."""
    pairs = []
    for item in filter(None, os.environ.get(variable, "").split(",")):
        key, sep, value = item.partition("=")
        region = regions.lookup(key)
        if region is None or bool(sep) != with_values:
            form = "REGION=VALUE" if with_values else "REGION"
            raise SystemExit(f"{variable}: {item!r} is not {form} with a known region")
        pairs.append((region.name, value.strip()))
    return pairs


def _seconds(variable: str, default: float) -> float:
    return _positive(variable, os.environ.get(variable, str(default)))


def _seconds_or_never(variable: str, default: float) -> float:
    raw = os.environ.get(variable, str(default))
    return 0.0 if raw.strip() in ("0", "0.0") else _positive(variable, raw)


def _count(variable: str, default: int) -> int:
    return int(_positive(variable, os.environ.get(variable, str(default))))


def _positive(variable: str, raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        value = 0
    if value <= 0:
        raise SystemExit(f"{variable}: {raw!r} must be a positive number")
    return value


def _limits_from_environment() -> Limits:
    values = {}
    for name in Limits.__dataclass_fields__:
        raw = os.environ.get(ENV_LIMIT_PREFIX + name.upper())
        if raw is not None:
            if not raw.isdigit() or int(raw) < 1:
                raise SystemExit(
                    f"{ENV_LIMIT_PREFIX}{name.upper()}={raw!r} must be a positive integer"
                )
            values[name] = int(raw)
    return Limits(**values)
