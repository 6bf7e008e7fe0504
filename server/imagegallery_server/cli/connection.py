"""Where the server is and who is calling: flags over environment over the
profile file over defaults; the SDK's client for them."""

import argparse
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from imagegallery.client import Client

from imagegallery_server.cli import values
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
        timeout=args.call_timeout,
        subscription=pick(getattr(args, "subscription", None), ENV_SUBSCRIPTION, "subscription"),
    )


def client(settings: Settings) -> Client:
    """The Python SDK's client: its retries, request ids, typed errors and waits."""
    return Client(settings.address, token=settings.token or None, timeout=settings.timeout)


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
        "--call-timeout",
        type=values.seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"deadline of each call (default {DEFAULT_TIMEOUT:g})",
    )
