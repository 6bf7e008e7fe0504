"""`imagegallery serve`: the one command that runs the server rather than calling
it. The command line (cli/, a client only) hands it here with its arguments."""

import argparse
import asyncio

from imagegallery_server import app, config, logging


def build_parser() -> argparse.ArgumentParser:
    serve = argparse.ArgumentParser(
        prog="imagegallery serve",
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
    serve.add_argument(
        "--auth",
        choices=config.AUTH_MODES,
        help=f"'token' (default): every call needs a bearer token, the administrator's is "
        f"written to <data-dir>/owner-token; 'none': anyone may do anything, for local "
        f"emulation only (env {config.ENV_AUTH})",
    )
    serve.add_argument(
        "--tls-cert",
        metavar="PEM",
        help=f"serve TLS with this certificate chain (env {config.ENV_TLS_CERT})",
    )
    serve.add_argument(
        "--tls-key", metavar="PEM", help=f"the certificate's private key (env {config.ENV_TLS_KEY})"
    )
    serve.add_argument(
        "--tls-client-ca",
        metavar="PEM",
        help=f"require client certificates signed by this CA (env {config.ENV_TLS_CLIENT_CA})",
    )
    serve.add_argument(
        "--arm-listen",
        metavar="HOST:PORT",
        help=f"also serve the Azure Resource Manager REST API (HTTPS) here, for the official "
        f"Azure SDKs (env {config.ENV_ARM_LISTEN}; off by default)",
    )
    serve.add_argument(
        "--arm-tls-cert",
        metavar="PEM",
        help=f"the ARM front's certificate chain (env {config.ENV_ARM_TLS_CERT}); by default a "
        "CA and certificate the server makes under <data-dir>/arm-tls",
    )
    serve.add_argument(
        "--arm-tls-key",
        metavar="PEM",
        help=f"its private key (env {config.ENV_ARM_TLS_KEY})",
    )
    serve.add_argument(
        "--test-clock",
        action="store_true",
        help="for tests only: serve /imagegallery.testing.TestClock/Advance, which moves "
        "the server's clock forward; refused unless listening on loopback",
    )
    return serve


def run(argv: list[str]) -> int:
    """Serves until SIGTERM or SIGINT; 0 once drained (2 for usage errors, as argparse)."""
    args = build_parser().parse_args(argv)
    logging.configure()
    settings = config.load(
        args.listen,
        args.data_dir,
        args.auth,
        args.tls_cert,
        args.tls_key,
        args.tls_client_ca,
        args.test_clock,
        args.arm_listen,
        args.arm_tls_cert,
        args.arm_tls_key,
    )
    asyncio.run(logging.flushed_while(app.serve(settings)))
    return 0
