"""The `imagegallery` command."""

import argparse
import asyncio

from imagegallery_server import app, config, logging


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="imagegallery",
        description="A self-hosted gRPC service that does what Azure Shared Image Gallery does.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser(
        "serve",
        help="run the server",
        description="Run the gRPC server until SIGTERM or SIGINT.",
        epilog="example: imagegallery serve --listen 0.0.0.0:50051 --data-dir /srv/imagegallery",
    )
    serve.add_argument(
        "--listen",
        metavar="HOST:PORT",
        help=f"address to serve on (env {config.ENV_LISTEN}; default {config.DEFAULT_LISTEN})",
    )
    serve.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"where the database lives (env {config.ENV_DATA_DIR}; "
        f"default {config.DEFAULT_DATA_DIR})",
    )
    args = parser.parse_args(argv)
    logging.configure()
    asyncio.run(app.serve(config.load(args.listen, args.data_dir)))
