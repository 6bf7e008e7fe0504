"""structlog set up for the server: JSON lines on stderr, one event per RPC."""

import asyncio
import contextlib
import logging
import sys
import threading
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import IO, Any

import orjson
import structlog
from structlog.typing import EventDict, WrappedLogger

# The method an event was logged with, as its level ("warn" and "exception" are aliases).
_LEVELS = {"warn": "warning", "exception": "error"}


def configure() -> None:
    """Info and above (the RPC event, api/observed.py, is logged without a level check)."""
    structlog.configure(
        processors=[_render],
        wrapper_class=structlog.make_filtering_bound_logger(logging.INFO),
        logger_factory=lambda *_: _output,
        cache_logger_on_first_use=True,
    )


class BufferedOutput:
    """Event lines to a stream. While it is `flushing`, an info event logged on
    its thread is kept here until the next flush (or until KEPT_BYTES are kept): a
    call's event then costs no system call of its own. The stream's own buffer is
    not relied on: under PYTHONUNBUFFERED or -u (usual in containers) stderr writes
    through, and a write per RPC cost GetImageVersion about 70 µs of server CPU
    under load. Warnings and errors, and events logged on any other thread, are
    written at once, after the lines kept before them."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._kept: list[bytes] = []
        self._kept_bytes = 0
        self._lock = threading.Lock()  # events of other threads come in between
        self._flushing_thread: int | None = None

    def info(self, line: bytes) -> None:
        with self._lock:
            self._kept.append(line)
            self._kept_bytes += len(line) + 1
            if threading.get_ident() != self._flushing_thread or self._kept_bytes >= KEPT_BYTES:
                self._write_kept()

    def warning(self, line: bytes) -> None:
        with self._lock:
            self._kept.append(line)
            self._write_kept()

    debug = info
    warn = error = exception = critical = fatal = msg = warning

    def flush(self) -> None:
        with self._lock:
            self._write_kept()

    def _write_kept(self) -> None:
        if not self._kept:
            return
        text = b"\n".join(self._kept) + b"\n"
        self._kept.clear()
        self._kept_bytes = 0
        written = 0
        while written < len(text):  # an unbuffered stream may take part of it
            written += self._stream.write(text[written:])
        self._stream.flush()

    @contextlib.asynccontextmanager
    async def flushing(self, seconds: float) -> AsyncIterator[None]:
        """Within it, the info events of this thread are kept and flushed every
        `seconds` (real time: the log is read as it happens); at its end, all."""
        self._flushing_thread = threading.get_ident()
        flushes = asyncio.create_task(self._flush_every(seconds))
        try:
            yield
        finally:
            flushes.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await flushes
            self._flushing_thread = None
            with contextlib.suppress(ValueError):  # a stream closed at exit
                self.flush()

    async def _flush_every(self, seconds: float) -> None:
        while True:
            await asyncio.sleep(seconds)
            self.flush()


_output = BufferedOutput(sys.stderr.buffer)
KEPT_BYTES = 64 * 1024
FLUSH_SECONDS = 0.1


async def flushed_while(work: Any) -> None:
    """Awaits `work` with info events flushed every FLUSH_SECONDS, and all at its end."""
    async with _output.flushing(FLUSH_SECONDS):
        await work


def _render(logger: WrappedLogger, method_name: str, event: EventDict) -> bytes:
    """Level, time, exception and the JSON line in one step: every RPC writes an
    event, and structlog's four processors for the same cost half of it."""
    event["level"] = _LEVELS.get(method_name, method_name)
    # UTC, written by orjson as "2026-12-07T11:04:07.709320Z": formatting it in
    # Python cost more than the rest of the line.
    event["timestamp"] = datetime.now(UTC)
    if "exc_info" in event:
        event = structlog.processors.format_exc_info(logger, method_name, event)
    return orjson.dumps(event, default=repr, option=orjson.OPT_UTC_Z)
