"""Where the server is and who is calling: flags over environment over the
profile file over defaults; a channel that sends the token and puts a deadline
on every unary call."""

import argparse
import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
from google.longrunning import operations_pb2_grpc
from imagegallery.v1 import (
    access_service_pb2_grpc,
    gallery_service_pb2_grpc,
    image_definition_service_pb2_grpc,
    image_source_service_pb2_grpc,
    image_version_service_pb2_grpc,
    replication_service_pb2_grpc,
)

from imagegallery_server.cli.errors import CliError

DEFAULT_ADDRESS = "127.0.0.1:50051"
DEFAULT_TIMEOUT = 30.0
ENV_ADDRESS = "IMAGEGALLERY_ADDRESS"
ENV_TOKEN = "IMAGEGALLERY_TOKEN"
ENV_SUBSCRIPTION = "IMAGEGALLERY_SUBSCRIPTION"
ENV_PROFILE = "IMAGEGALLERY_PROFILE"
PROFILE_KEYS = ("address", "token", "subscription")


def default_profile_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "imagegallery" / "profile.toml"


def load_profile() -> dict[str, str]:
    """The profile file's settings: $IMAGEGALLERY_PROFILE (which must exist) or
    ~/.config/imagegallery/profile.toml (if it exists)."""
    explicit = os.environ.get(ENV_PROFILE)
    path = Path(explicit) if explicit else default_profile_path()
    if not explicit and not path.is_file():
        return {}
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except FileNotFoundError:
        raise CliError(f"the profile {path} (from {ENV_PROFILE}) does not exist") from None
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise CliError(f"cannot read the profile {path}: {error}") from None
    unknown = sorted(set(data) - set(PROFILE_KEYS))
    if unknown:
        raise CliError(
            f"the profile {path} has unknown keys {', '.join(unknown)} "
            f"(known: {', '.join(PROFILE_KEYS)})"
        )
    for key, value in data.items():
        if not isinstance(value, str):
            raise CliError(f"the profile {path}: {key} must be a string")
    return data


@dataclass(frozen=True)
class Settings:
    address: str
    token: str
    timeout: float
    subscription: str


def settings(args: argparse.Namespace) -> Settings:
    profile = load_profile()

    def pick(flag: str | None, env: str, key: str, default: str = "") -> str:
        return flag or os.environ.get(env) or profile.get(key) or default

    return Settings(
        address=pick(args.address, ENV_ADDRESS, "address", DEFAULT_ADDRESS),
        token=pick(args.token, ENV_TOKEN, "token"),
        timeout=args.timeout,
        subscription=pick(getattr(args, "subscription", None), ENV_SUBSCRIPTION, "subscription"),
    )


_Continuation = Callable[[grpc.ClientCallDetails, Any], Any]


class _CallDefaults(
    grpc.UnaryUnaryClientInterceptor,
    grpc.UnaryStreamClientInterceptor,
    grpc.StreamUnaryClientInterceptor,
):
    """Adds the bearer token to every call, and the deadline to unary calls
    that were given none."""

    def __init__(self, token: str, timeout: float) -> None:
        self._metadata = (("authorization", f"Bearer {token}"),) if token else ()
        self._timeout = timeout

    def _details(self, details: grpc.ClientCallDetails, deadline: bool) -> "_Details":
        metadata = (*(details.metadata or ()), *self._metadata)
        timeout = details.timeout
        if deadline and timeout is None:
            timeout = self._timeout
        return _Details(
            details.method, timeout, metadata, details.credentials, details.wait_for_ready
        )

    # grpc's continuations and calls are typed per method by the stubs; Any here.
    def intercept_unary_unary(
        self, continuation: _Continuation, details: grpc.ClientCallDetails, request: Any
    ) -> Any:
        return continuation(self._details(details, deadline=True), request)

    def intercept_unary_stream(
        self, continuation: _Continuation, details: grpc.ClientCallDetails, request: Any
    ) -> Any:
        return continuation(self._details(details, deadline=False), request)

    def intercept_stream_unary(
        self, continuation: _Continuation, details: grpc.ClientCallDetails, request_iterator: Any
    ) -> Any:
        return continuation(self._details(details, deadline=False), request_iterator)


@dataclass(frozen=True)
class _Details(grpc.ClientCallDetails):
    method: str
    timeout: float | None
    metadata: tuple[tuple[str, str | bytes], ...]
    credentials: Any
    wait_for_ready: bool | None


class Client:
    """Stubs of every service the command line uses, on one channel."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._channel = grpc.insecure_channel(settings.address)
        channel = grpc.intercept_channel(
            self._channel, _CallDefaults(settings.token, settings.timeout)
        )
        self.access = access_service_pb2_grpc.AccessServiceStub(channel)
        self.galleries = gallery_service_pb2_grpc.GalleryServiceStub(channel)
        self.definitions = image_definition_service_pb2_grpc.ImageDefinitionServiceStub(channel)
        self.sources = image_source_service_pb2_grpc.ImageSourceServiceStub(channel)
        self.versions = image_version_service_pb2_grpc.ImageVersionServiceStub(channel)
        self.replication = replication_service_pb2_grpc.ReplicationServiceStub(channel)
        self.operations = operations_pb2_grpc.OperationsStub(channel)

    def close(self) -> None:
        self._channel.close()


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("connection")
    group.add_argument(
        "--address",
        metavar="HOST:PORT",
        help=f"the server (env {ENV_ADDRESS}, or `address` in the profile file "
        f"${ENV_PROFILE} or ~/.config/imagegallery/profile.toml; default {DEFAULT_ADDRESS})",
    )
    group.add_argument(
        "--token",
        metavar="TOKEN",
        help=f"sent as `authorization: Bearer TOKEN` (env {ENV_TOKEN}, or `token` in the profile)",
    )
    group.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"deadline of each call (default {DEFAULT_TIMEOUT:g})",
    )


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be more than 0 seconds")
    return value
