"""Load generator for the watch benchmark: one worker process holding many
server-streaming calls over several channels (each its own HTTP/2 connection),
driven by the parent over a pipe.

Protocol (parent → worker / worker → parent):
    worker connects its channels            → ("connected", {...})
    ("open",)        opens every stream at once (a burst), retrying refusals with
                     backoff, and waits until each is ready or has failed
                                            → ("ready", {...})
    ("collect", deadline)  waits until every ready stream received the change (or
                     the deadline on the shared monotonic clock passes)
                                            → ("done", {...})
    ("close",)       cancels the streams, closes the channels → ("closed", {})

Receive times are time.monotonic() (CLOCK_MONOTONIC, one clock for every process
on the machine), so the parent subtracts its own trigger time from them.
"""

import asyncio
import contextlib
import random
import resource
import time
from collections import Counter
from dataclasses import dataclass

import grpc

FLOOR_WATCH = "/bench.Floor/Watch"
WATCH = "/imagegallery.v1.ReplicationService/WatchReplicationStatus"
# A WatchReplicationStatusResponse holding a change begins with the tag of its field
# 1 (`change`, length-delimited): serializers write fields in field-number order.
CHANGE_TAG = bytes([1 << 3 | 2])
OPEN_ATTEMPTS = 6
# A stream refused with one of these before it was ready is opened again after a backoff.
RETRYABLE = {
    grpc.StatusCode.CANCELLED,
    grpc.StatusCode.RESOURCE_EXHAUSTED,
    grpc.StatusCode.UNAVAILABLE,
}
CHANNEL_OPTIONS = [
    # Without this, channels to one target in one process share one connection.
    ("grpc.use_local_subchannel_pool", 1),
    ("grpc.max_receive_message_length", 64 * 2**20),
    ("grpc.keepalive_time_ms", 120_000),
    # A target listing several servers spreads the streams over them.
    ("grpc.lb_policy_name", "round_robin"),
]


@dataclass
class Stream:
    ready_at: float = 0.0
    got_at: float = 0.0
    error: str = ""
    ended_after_ready: bool = False


def _initial_state_done(message_type, raw: bytes) -> bool:
    message = message_type.FromString(raw)
    return message.HasField("checkpoint") and message.checkpoint.initial_state_done


def raise_file_limit() -> tuple[int, int]:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        target = hard if hard != resource.RLIM_INFINITY else 1 << 20
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)


def worker(
    conn, address: str, mode: str, scope: str, streams: int, channels: int, metadata=()
) -> None:
    """Entry point of a worker process (multiprocessing, spawn); every stream is
    opened with `metadata` (e.g. a bearer token)."""
    raise_file_limit()
    try:
        asyncio.run(_Worker(conn, address, mode, scope, streams, channels, metadata).run())
    finally:
        conn.close()


class _Worker:
    def __init__(self, conn, address, mode, scope, streams, channels, metadata) -> None:
        self.conn = conn
        self.metadata = metadata
        self.address = address
        self.mode = mode
        self.scope = scope
        self.records = [Stream() for _ in range(streams)]
        self.channel_count = max(1, min(channels, streams))
        self.resolved = 0  # ready or failed for good
        self.all_resolved = asyncio.Event()
        self.expected = 0  # ready streams still open
        self.got = 0
        self.all_got = asyncio.Event()
        self.refusals: Counter[str] = Counter()

    async def recv(self):
        return await asyncio.get_running_loop().run_in_executor(None, self.conn.recv)

    def send(self, kind: str, payload: dict) -> None:
        self.conn.send((kind, payload))

    async def run(self) -> None:
        self.channels = [
            grpc.aio.insecure_channel(self.address, options=CHANNEL_OPTIONS)
            for _ in range(self.channel_count)
        ]
        await asyncio.gather(*(c.channel_ready() for c in self.channels))
        if self.mode == "imagegallery":
            from imagegallery.v1 import replication_service_pb2 as pb

            request = pb.WatchReplicationStatusRequest(scope=self.scope, send_initial_state=True)
            raw = request.SerializeToString()
            methods = [c.unary_stream(WATCH) for c in self.channels]
            self.open_call = lambda i: methods[i % len(methods)](raw, metadata=self.metadata)
            # Messages stay bytes, as the floor's do, so that receiving one costs the
            # load generator the same on both: decoded only until the stream is ready
            # (outside the measured delivery), then told apart by their first byte.
            self.is_ready = lambda m: _initial_state_done(pb.WatchReplicationStatusResponse, m)
            self.is_target = lambda m: m[:1] == CHANGE_TAG
        else:
            methods = [c.unary_stream(FLOOR_WATCH) for c in self.channels]
            self.open_call = lambda i: methods[i % len(methods)](b"", metadata=self.metadata)
            self.is_ready = lambda m: True
            self.is_target = lambda m: True
        self.send("connected", {"channels": len(self.channels)})

        command = await self.recv()
        assert command[0] == "open", command
        opened_at = time.monotonic()
        cpu_before_open = time.process_time()
        tasks = [asyncio.create_task(self.hold(i, r)) for i, r in enumerate(self.records)]
        if not self.records:
            self.all_resolved.set()
        await self.all_resolved.wait()
        ready = [r for r in self.records if r.ready_at]
        # From here: a change may arrive before the "collect" command does (the
        # trigger is sent first), and the worker is idle until one of them comes.
        cpu_before = time.process_time()
        self.send(
            "ready",
            {
                "opened_at": opened_at,
                "last_ready_at": max((r.ready_at for r in ready), default=opened_at),
                "ready": len(ready),
                "failed": dict(Counter(r.error for r in self.records if not r.ready_at)),
                "refusals": dict(self.refusals),
                "cpu_open": time.process_time() - cpu_before_open,
            },
        )

        command = await self.recv()
        assert command[0] == "collect", command
        if self.got >= self.expected:
            self.all_got.set()
        timeout = max(0.0, command[1] - time.monotonic())
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.all_got.wait(), timeout)
        self.send(
            "done",
            {
                "got": [r.got_at for r in self.records if r.got_at],
                "ready": len([r for r in self.records if r.ready_at]),
                "ended": dict(
                    Counter(r.error for r in self.records if r.ended_after_ready and not r.got_at)
                ),
                "cpu_delivery": time.process_time() - cpu_before,
            },
        )

        command = await self.recv()
        assert command[0] == "close", command
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await asyncio.gather(*(c.close() for c in self.channels))
        self.send("closed", {})

    def _resolve(self) -> None:
        self.resolved += 1
        if self.resolved == len(self.records):
            self.all_resolved.set()

    async def hold(self, index: int, record: Stream) -> None:
        """Opens one stream (again, after a refusal) and reads it until cancelled."""
        for attempt in range(OPEN_ATTEMPTS):
            call = self.open_call(index)
            try:
                async for message in call:
                    if not record.ready_at:
                        if self.is_ready(message):
                            record.ready_at = time.monotonic()
                            self.expected += 1
                            self._resolve()
                    elif not record.got_at and self.is_target(message):
                        record.got_at = time.monotonic()
                        self.got += 1
                        if self.got >= self.expected:
                            self.all_got.set()
                record.error = "ended (OK)"
            except grpc.aio.AioRpcError as error:
                record.error = error.code().name
                if (
                    not record.ready_at
                    and error.code() in RETRYABLE
                    and attempt + 1 < OPEN_ATTEMPTS
                ):
                    self.refusals[error.code().name] += 1
                    await asyncio.sleep(random.uniform(0.5, 1.0) * 2**attempt)
                    continue
            except asyncio.CancelledError:
                call.cancel()
                raise
            break
        if record.ready_at:
            if not record.got_at:  # ended after it was ready, before the change came
                record.ended_after_ready = True
                self.expected -= 1
                if self.got >= self.expected:
                    self.all_got.set()
        else:
            self._resolve()
