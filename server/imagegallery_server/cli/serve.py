"""`imagegallery serve`: the one command that runs the server rather than calling it."""

import argparse
import asyncio

from imagegallery_server import config


def add_parser(commands: argparse._SubParsersAction) -> None:
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
    serve.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from imagegallery_server import app, logging

    logging.configure()
    asyncio.run(app.serve(config.load(args.listen, args.data_dir)))
    return 0
