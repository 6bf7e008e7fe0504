"""Settings: command-line flags over environment variables over defaults."""

import os
from dataclasses import dataclass, field
from pathlib import Path

from imagegallery_server.domain.limits import Limits

DEFAULT_LISTEN = "127.0.0.1:50051"
DEFAULT_DATA_DIR = "./data"
ENV_LISTEN = "IMAGEGALLERY_LISTEN"
ENV_DATA_DIR = "IMAGEGALLERY_DATA_DIR"
# IMAGEGALLERY_LIMIT_GALLERIES, _IMAGE_DEFINITIONS, _IMAGE_VERSIONS, _REPLICAS
ENV_LIMIT_PREFIX = "IMAGEGALLERY_LIMIT_"


@dataclass(frozen=True)
class Config:
    listen: str = DEFAULT_LISTEN
    data_dir: Path = Path(DEFAULT_DATA_DIR)
    limits: Limits = field(default_factory=Limits)
    shutdown_grace_seconds: float = 10.0


def load(listen: str | None = None, data_dir: str | None = None) -> Config:
    return Config(
        listen=listen or os.environ.get(ENV_LISTEN) or DEFAULT_LISTEN,
        data_dir=Path(data_dir or os.environ.get(ENV_DATA_DIR) or DEFAULT_DATA_DIR),
        limits=_limits_from_environment(),
    )


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
