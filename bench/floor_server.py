"""The floor for the benchmarks: empty grpc.aio handlers, one server-streaming and
one unary.

Each Watch call gets one "ready" message at once, then waits on one shared event;
Trigger sets it and every open Watch sends one message of --payload-bytes (the
same bytes object for all: serialized once), then holds the stream until the
client cancels. Each Get call (unary: the twin of a read) answers one
pre-serialized message of --unary-payload-bytes, whatever it was asked. Prints its
port on stdout once serving.

    python bench/floor_server.py [--listen 127.0.0.1:0] [--payload-bytes 300]
                                 [--unary-payload-bytes 600]
                                 [--grpc-default-pending-limits]
"""

import argparse
import asyncio
import signal

import grpc

# gRPC core's pending-call backlog is configured with these keys (defaults: a soft
# limit of 1000 calls not yet taken by the application, then random refusals with
# RESOURCE_EXHAUSTED up to a hard limit of 3000).
RAISED_PENDING_LIMITS = [
    ("grpc.server.max_pending_requests", 1_000_000),
    ("grpc.server.max_pending_requests_hard_limit", 1_000_000),
]


async def serve(
    listen: str, payload_bytes: int, unary_payload_bytes: int, default_limits: bool
) -> None:
    fired = asyncio.Event()
    payload = b"x" * payload_bytes
    unary_payload = b"x" * unary_payload_bytes

    async def watch(_request: bytes, _context):
        yield b"r"
        await fired.wait()
        yield payload
        await asyncio.sleep(86400)

    async def get(_request: bytes, _context) -> bytes:
        return unary_payload

    async def trigger(_request: bytes, _context) -> bytes:
        fired.set()
        return b""

    handler = grpc.method_handlers_generic_handler(
        "bench.Floor",
        {
            "Watch": grpc.unary_stream_rpc_method_handler(watch),
            "Get": grpc.unary_unary_rpc_method_handler(get),
            "Trigger": grpc.unary_unary_rpc_method_handler(trigger),
        },
    )
    options = [] if default_limits else RAISED_PENDING_LIMITS
    server = grpc.aio.server(options=options)
    server.add_generic_rpc_handlers((handler,))
    port = server.add_insecure_port(listen)
    await server.start()
    print(port, flush=True)
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stopping.set)
    await stopping.wait()
    await server.stop(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listen", default="127.0.0.1:0")
    parser.add_argument("--payload-bytes", type=int, default=300)
    parser.add_argument("--unary-payload-bytes", type=int, default=600)
    parser.add_argument("--grpc-default-pending-limits", action="store_true")
    args = parser.parse_args()
    asyncio.run(
        serve(
            args.listen,
            args.payload_bytes,
            args.unary_payload_bytes,
            args.grpc_default_pending_limits,
        )
    )


if __name__ == "__main__":
    main()
