"""The `imagegallery` command: every command is a client of the server through
the Python SDK, with the commands, flags and output of `az sig`; but `serve`,
which runs the server: it lives in `imagegallery_server.serve` and is only
handed on from here (imported then, so that a client loads nothing of the server)."""

import argparse
import logging
import os
import sys

from imagegallery.errors import ImageGalleryError, from_rpc_error

from imagegallery_server.cli import (
    access,
    common,
    connection,
    definitions,
    galleries,
    operations,
    sources,
    versions,
)
from imagegallery_server.cli.errors import CliError, UsageError, describe

__all__ = ["build_parser", "main", "run"]

SERVE = "serve"

EPILOG = common.examples(
    ("Run the server.", "imagegallery serve --listen 127.0.0.1:50051 --data-dir ./data"),
    (
        "Create a gallery, an image definition and a version replicated to two regions.",
        "export IMAGEGALLERY_ADDRESS=127.0.0.1:50051 IMAGEGALLERY_SUBSCRIPTION=demo\n"
        "    imagegallery gallery create -g images -r myGallery -l eastus\n"
        "    imagegallery image-definition create -g images -r myGallery -i ubuntu "
        "-p Contoso -f Ubuntu -s 22_04 --os-type Linux\n"
        "    imagegallery source upload ubuntu.raw -g images -n ubuntu -l eastus "
        "--os-type Linux\n"
        "    imagegallery image-version create -g images -r myGallery -i ubuntu -e 1.0.0 "
        "--source ubuntu --target-regions eastus=2 westus --no-wait\n"
        "    imagegallery image-version watch -g images -r myGallery -i ubuntu -e 1.0.0",
    ),
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="imagegallery",
        description="A self-hosted gRPC service that does what Azure Shared Image Gallery "
        "does, and its command line. The server is found with --address, "
        f"${connection.ENV_ADDRESS} or the profile file (${connection.ENV_PROFILE}, default "
        "~/.config/imagegallery/profile.toml, with keys address, token and subscription).",
        epilog=EPILOG,
        formatter_class=common.Formatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    # Listed here for --help; `run` hands the command, flags and all, to the server's
    # own parser before this one reads it.
    commands.add_parser(SERVE, help="run the server", add_help=False)
    galleries.add_parser(commands)
    definitions.add_parser(commands)
    versions.add_parser(commands)
    sources.add_parser(commands)
    operations.add_parser(commands)
    access.add_parser(commands)
    return parser


def run(argv: list[str] | None = None) -> int:
    """Runs one command; its exit status (2 for usage errors, as argparse)."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [SERVE]:
        from imagegallery_server import serve

        return serve.run(argv[1:])
    args = build_parser().parse_args(argv)
    _log_to_stderr(args)
    context: common.Context | None = None
    try:
        context = common.Context(args)
        args.run(context)
    except UsageError as error:
        args.parser.error(str(error))  # exits 2
    except CliError as error:
        print(f"ERROR: {error}", file=sys.stderr)
        return 1
    except ImageGalleryError as error:
        address = context.settings.address if context else ""
        for line in describe(from_rpc_error(error), address):
            print(line, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (a pager, `head`) went away: not an error of ours. Point
        # stdout at nothing so that the flush at exit does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        if context is not None:
            context.close()
    return 0


def _log_to_stderr(args: argparse.Namespace) -> None:
    """--debug: every call the SDK makes; --verbose: what is done, and retries;
    --only-show-errors: errors alone."""
    level = logging.WARNING
    if getattr(args, "debug", False):
        level = logging.DEBUG
    elif getattr(args, "verbose", False):
        level = logging.INFO
    elif getattr(args, "only_show_errors", False):
        level = logging.ERROR
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(name)s: %(message)s"))
    root = logging.getLogger("imagegallery")
    root.addHandler(handler)
    root.setLevel(level)


def main(argv: list[str] | None = None) -> None:
    sys.exit(run(argv))
