"""structlog set up for the server: JSON lines on stderr, one event per RPC."""

import logging
import sys

import orjson
import structlog


def configure(level: int = logging.INFO) -> None:
    # orjson renders straight to bytes: the RPC event is written on every call.
    structlog.configure(
        processors=[
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(serializer=orjson.dumps),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(level),
        logger_factory=structlog.BytesLoggerFactory(sys.stderr.buffer),
        cache_logger_on_first_use=True,
    )
