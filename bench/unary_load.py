"""Load generator for unary calls: worker processes, each with its own grpc.aio
channels and a share of the calls in flight, driven in lock step by the parent.

Requests go as pre-serialized bytes and answers are not decoded, so a call costs
the load generator the same on the server and on the floor. Each call picks one
of the round's requests at random (no single hot key), or for writes that must
not collide, makes a request of its own (`Distinct`). A target may list several
servers (`ipv4:127.0.0.1:50051,127.0.0.1:50052`): calls go round robin over them.

Protocol (parent → worker / worker → parent), one round at a time:
    ("run", Round)   calls until the round ends; counts the calls that end
                     between its start and its end (the rest is warm-up)
                                        → ("done", {"calls", "errors", "latencies"})
    ("close",)       closes the channels → ("closed", {})
"""

import asyncio
import random
import time
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import grpc
from benchlib import WorkerPool, machine_busy_seconds, shares, total_cpu_seconds

CHANNEL_OPTIONS = [
    # Without this, channels to one target in one process share one connection.
    ("grpc.use_local_subchannel_pool", 1),
    ("grpc.max_receive_message_length", 64 * 2**20),
    # A target listing several servers spreads calls over them (one server: the same).
    ("grpc.lb_policy_name", "round_robin"),
]


@dataclass(frozen=True)
class Distinct:
    """Requests of which no two are alike: `template` (a serialized request) with
    its string field number `field` set to a new id on each call. The id is
    appended to the bytes: a field repeated on the wire takes its last value."""

    template: bytes
    field: int
    prefix: str = "w"

    def new(self) -> bytes:
        value = f"{self.prefix}{uuid.uuid4().hex}".encode()
        return self.template + _varint(self.field << 3 | 2) + _varint(len(value)) + value


def _varint(number: int) -> bytes:
    out = bytearray()
    while number > 0x7F:
        out.append(number & 0x7F | 0x80)
        number >>= 7
    return bytes(out) + bytes([number])


@dataclass(frozen=True)
class Round:
    """What every worker calls, and when the measured window is (time.monotonic)."""

    address: str
    method: str
    requests: list[bytes] | Distinct
    metadata: tuple
    start_at: float
    end_at: float


@dataclass(frozen=True)
class Measured:
    calls: int
    errors: dict[str, int]
    seconds: float
    server_cpu_s: float
    load_cpu_s: float
    machine_cpu_s: float  # every process on the machine, these included
    latencies: list[float]
    database_cpu_s: float = 0.0  # a database server's processes (PostgreSQL), when given

    @property
    def rps(self) -> float:
        return self.calls / self.seconds

    @property
    def others_cpu_s(self) -> float:
        """CPU of the machine's other processes (neither server, database nor load
        generator)."""
        used = self.server_cpu_s + self.load_cpu_s + self.database_cpu_s
        return max(0.0, self.machine_cpu_s - used)

    @property
    def server_cpu_per_call(self) -> float:
        return self.server_cpu_s / max(1, self.calls)

    @property
    def load_cpu_per_call(self) -> float:
        return self.load_cpu_s / max(1, self.calls)


def worker(conn, in_flight: int, channels: int) -> None:
    """Entry point of a worker process (multiprocessing, spawn)."""
    try:
        asyncio.run(_Worker(in_flight, channels).serve(conn))
    finally:
        conn.close()


class _Worker:
    def __init__(self, in_flight: int, channels: int) -> None:
        self.in_flight = in_flight
        self.channel_count = channels
        self.channels: dict[str, list[grpc.aio.Channel]] = {}

    async def serve(self, conn) -> None:
        loop = asyncio.get_running_loop()
        while True:
            command = await loop.run_in_executor(None, conn.recv)
            if command[0] == "close":
                for channels in self.channels.values():
                    await asyncio.gather(*(c.close() for c in channels))
                conn.send(("closed", {}))
                return
            conn.send(("done", await self.run(command[1])))

    async def _channels(self, address: str) -> list[grpc.aio.Channel]:
        if address not in self.channels:
            self.channels[address] = [
                grpc.aio.insecure_channel(address, options=CHANNEL_OPTIONS)
                for _ in range(self.channel_count)
            ]
            await asyncio.gather(*(c.channel_ready() for c in self.channels[address]))
        return self.channels[address]

    async def run(self, round_: Round) -> dict:
        channels = await self._channels(round_.address)
        methods = [c.unary_unary(round_.method) for c in channels]
        requests = round_.requests
        pick = requests.new if isinstance(requests, Distinct) else lambda: random.choice(requests)
        errors: Counter[str] = Counter()
        latencies: list[float] = []

        async def caller(method) -> None:
            while (sent := time.monotonic()) < round_.end_at:
                try:
                    await method(pick(), metadata=round_.metadata)
                except grpc.aio.AioRpcError as error:
                    errors[error.code().name] += 1
                    continue
                done = time.monotonic()
                if round_.start_at <= done < round_.end_at:
                    latencies.append(done - sent)

        await asyncio.gather(*(caller(methods[i % len(methods)]) for i in range(self.in_flight)))
        return {"calls": len(latencies), "errors": dict(errors), "latencies": latencies}


def add_arguments(parser) -> None:
    """The load's flags, as the benchmarks that use it take them."""
    parser.add_argument("--processes", type=int, help="load generator processes (default 4)")
    parser.add_argument("--in-flight", type=int, default=32, help="unary calls in flight")
    parser.add_argument("--rounds", type=int, help="rounds of each measurement")
    parser.add_argument("--seconds", type=float, help="seconds per measured round (default 5)")


class UnaryLoad:
    """`processes` workers sharing `in_flight` calls, each worker with `channels`
    channels (HTTP/2 connections) per server address."""

    def __init__(self, processes: int, in_flight: int, channels: int = 1) -> None:
        self.in_flight = in_flight
        self.pool = WorkerPool(
            worker, [(share, min(channels, share)) for share in shares(in_flight, processes)]
        )

    def measure(
        self,
        server_pids: Sequence[int],
        address: str,
        method: str,
        requests: list[bytes] | Distinct,
        metadata: tuple = (),
        seconds: float = 5.0,
        warm_up: float = 1.0,
        database_pids: Callable[[], Sequence[int]] | None = None,
    ) -> Measured:
        """Calls `method` with random `requests` for `warm_up` + `seconds`; what
        the window of `seconds` saw: calls, and CPU of the servers (`server_pids`),
        of the load generator (every worker process) and, with `database_pids`, of
        the processes it names at the window's start and at its end (a database
        server's connections come and go)."""
        start_at = time.monotonic() + warm_up
        round_ = Round(address, method, requests, metadata, start_at, start_at + seconds)
        self.pool.send("run", round_)
        time.sleep(max(0.0, start_at - time.monotonic()))
        database = database_pids or tuple
        server_before, load_before = total_cpu_seconds(server_pids), self.pool.cpu_seconds()
        machine_before, database_before = machine_busy_seconds(), total_cpu_seconds(database())
        time.sleep(max(0.0, round_.end_at - time.monotonic()))
        server_cpu, load_cpu = total_cpu_seconds(server_pids), self.pool.cpu_seconds()
        machine_cpu, database_cpu = machine_busy_seconds(), total_cpu_seconds(database())
        answers = self.pool.gather("done", seconds + warm_up + 120)
        errors: Counter[str] = Counter()
        for answer in answers:
            errors.update(answer["errors"])
        return Measured(
            calls=sum(a["calls"] for a in answers),
            errors=dict(errors),
            seconds=seconds,
            server_cpu_s=server_cpu - server_before,
            load_cpu_s=load_cpu - load_before,
            machine_cpu_s=machine_cpu - machine_before,
            database_cpu_s=max(0.0, database_cpu - database_before),
            latencies=[t for a in answers for t in a["latencies"]],
        )

    def close(self) -> None:
        self.pool.send("close")
        self.pool.gather("closed", 30)
        self.pool.stop()
