"""The server's log output: an RPC's event costs no write of its own, on any stream."""

import asyncio
import threading
from collections.abc import Callable

from imagegallery_server.logging import BufferedOutput


class Writes:
    """An unbuffered stream (stderr under PYTHONUNBUFFERED): each write is one system call."""

    def __init__(self) -> None:
        self.writes: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.writes.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def while_flushing(body: Callable[[Writes, BufferedOutput], None]) -> Writes:
    """Runs `body` within the output's flushing (every hour: only its end flushes)."""
    stream = Writes()
    output = BufferedOutput(stream)

    async def run() -> None:
        async with output.flushing(seconds=3600):
            body(stream, output)

    asyncio.run(run())
    return stream


def test_info_events_wait_for_a_flush_and_keep_their_order_with_warnings():
    def log(stream: Writes, output: BufferedOutput) -> None:
        output.info(b"one")
        output.info(b"two")
        assert stream.writes == []
        output.warning(b"three")  # written at once, after what was kept
        assert stream.writes == [b"one\ntwo\nthree\n"]
        output.info(b"four")
        assert len(stream.writes) == 1

    stream = while_flushing(log)
    assert stream.writes[1:] == [b"four\n"]  # flushed at the end


def test_events_of_another_thread_are_written_at_once():
    def log(stream: Writes, output: BufferedOutput) -> None:
        output.info(b"kept")
        other = threading.Thread(target=output.info, args=(b"from a thread",))
        other.start()
        other.join()
        assert stream.writes == [b"kept\nfrom a thread\n"]

    while_flushing(log)


def test_without_flushing_every_event_is_written_at_once():
    stream = Writes()
    output = BufferedOutput(stream)
    output.info(b"one")
    output.info(b"two")
    assert stream.writes == [b"one\n", b"two\n"]
