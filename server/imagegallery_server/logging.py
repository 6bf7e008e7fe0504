"""structlog set up for the server: JSON lines on stderr, one event per RPC."""

import asyncio
import contextlib
import logging
import sys
import threading
import time
from typing import IO, Any

import orjson
import structlog
from structlog.typing import EventDict, WrappedLogger

# The method an event was logged with, as its level ("warn" and "exception" are aliases).
_LEVELS = {"warn": "warning", "exception": "error"}


def configure(level: int = logging.INFO) -> None:
    structlog.configure(
        processors=[_render],
        wrapper_class=structlog.make_filtering_bound_logger(level),
        logger_factory=lambda *_: _output,
        cache_logger_on_first_use=True,
    )


class BufferedOutput:
    """Event lines into the stream's buffer. While `flush_forever` runs, an info
    event waits for its next flush (or for the buffer to fill): a call's event then
    costs no write of its own, which under load was a system call per RPC. Warnings
    and errors, and events logged on any other thread, are flushed at once."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._flushing_thread: int | None = None

    def info(self, line: bytes) -> None:
        self._stream.write(line + b"\n")
        if threading.get_ident() != self._flushing_thread:
            self._stream.flush()

    def warning(self, line: bytes) -> None:
        self._stream.write(line + b"\n")
        self._stream.flush()

    debug = info
    warn = error = exception = critical = fatal = msg = warning

    async def flush_forever(self, seconds: float) -> None:
        """Flushes every `seconds` (real time: the log is read as it happens)."""
        self._flushing_thread = threading.get_ident()
        try:
            while True:
                await asyncio.sleep(seconds)
                self._stream.flush()
        finally:
            self._flushing_thread = None
            with contextlib.suppress(ValueError):  # a stream closed at exit
                self._stream.flush()


_output = BufferedOutput(sys.stderr.buffer)
FLUSH_SECONDS = 0.1


async def flushed_while(work: Any) -> None:
    """Awaits `work` with info events flushed every FLUSH_SECONDS, and all at its end."""
    flushing = asyncio.create_task(_output.flush_forever(FLUSH_SECONDS))
    try:
        await work
    finally:
        flushing.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await flushing


def _render(logger: WrappedLogger, method_name: str, event: EventDict) -> bytes:
    """Level, time, exception and the JSON line in one step: every RPC writes an
    event, and structlog's four processors for the same cost half of it."""
    event["level"] = _LEVELS.get(method_name, method_name)
    event["timestamp"] = _Timestamp.now()
    if "exc_info" in event:
        event = structlog.processors.format_exc_info(logger, method_name, event)
    return orjson.dumps(event, default=repr)


class _Timestamp:
    """UTC in ISO 8601 with microseconds ("2026-12-07T11:04:07.709320Z"); the
    date and time of day formatted once per second."""

    _second = -1
    _prefix = ""

    @classmethod
    def now(cls) -> str:
        now = time.time()
        second = int(now)
        if second != cls._second:
            cls._second, cls._prefix = second, time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(now))
        return f"{cls._prefix}.{int((now - second) * 1_000_000):06d}Z"
