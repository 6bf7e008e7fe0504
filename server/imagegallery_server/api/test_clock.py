"""`--test-clock`: one extra method, served only on loopback, that moves the
server's clock forward so that tests make time pass instead of waiting for it.

    /imagegallery.testing.TestClock/Advance   google.protobuf.Duration -> Timestamp

moves the clock by the duration (zero: just reads it) and answers the server's time
after the move. It is no part of the API (not in reflection, no access rule): it is
served only when asked for, on a loopback address, and the server says so at start."""

import ipaddress

import grpc
import structlog
from google.protobuf.duration_pb2 import Duration
from google.protobuf.message import DecodeError
from google.protobuf.timestamp_pb2 import Timestamp
from grpc.aio import ServicerContext

from imagegallery_server.api.errors import NotDecodable, to_status
from imagegallery_server.clock import MovableClock
from imagegallery_server.domain.errors import DomainError, InvalidArgument, Violation

SERVICE = "imagegallery.testing.TestClock"
ADVANCE = f"/{SERVICE}/Advance"
log = structlog.get_logger("imagegallery.server")


def is_loopback(listen: str) -> bool:
    """Whether HOST:PORT listens on loopback only ("localhost", 127.0.0.0/8, [::1])."""
    host = listen.rsplit(":", 1)[0].strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(server: grpc.aio.Server, clock: MovableClock, listen: str) -> None:
    """Adds Advance to `server`, which must listen on loopback only."""
    if not is_loopback(listen):
        raise SystemExit(f"--test-clock is served on loopback only, not on {listen!r}")

    async def advance(raw: bytes, context: ServicerContext) -> bytes:
        try:
            moved = clock.advance(_seconds(raw))
        except DomainError as error:
            await context.abort_with_status(to_status(error))
        answer = Timestamp()
        answer.FromDatetime(moved)
        log.info("clock.advanced", now=moved.isoformat())
        return answer.SerializeToString()

    handlers: dict[str, grpc.RpcMethodHandler] = {
        "Advance": grpc.unary_unary_rpc_method_handler(advance)
    }
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(SERVICE, handlers),))
    log.warning(
        "clock.test_clock_on",
        detail=f"--test-clock: {ADVANCE} moves this server's clock; for tests only",
    )


def _seconds(raw: bytes) -> float:
    try:
        duration = Duration.FromString(raw)
    except DecodeError:
        raise NotDecodable(ADVANCE) from None
    seconds = duration.ToTimedelta().total_seconds()
    if seconds < 0:
        description = f"the clock only moves forward, not by {seconds:g} s"
        raise InvalidArgument([Violation("seconds", "FIELD_INVALID", description)])
    return seconds
