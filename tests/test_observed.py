"""The wrapper around every call, in process: what a failure of the server's own answers."""

import asyncio
from datetime import UTC, datetime

import grpc
import pytest
from google.rpc import error_details_pb2, status_pb2
from imagegallery_server.api.observed import _awaited
from imagegallery_server.auth.gate import Gate

METHOD = "/imagegallery.v1.GalleryService/GetGallery"


class Aborted(Exception):
    pass


class Context:
    """The part of a grpc.aio ServicerContext the wrapper uses."""

    def __init__(self) -> None:
        self.status: grpc.Status | None = None

    def invocation_metadata(self):
        return (("x-request-id", "req-42"),)

    async def abort_with_status(self, status: grpc.Status) -> None:
        self.status = status
        raise Aborted

    def cancelled(self) -> bool:
        return False

    def done(self) -> bool:
        return False


def test_a_crash_answers_internal_with_an_error_info_naming_the_request():
    async def crashing(_request, _context):
        raise KeyError("a bug of ours")

    handler = _awaited(
        Gate(None, None, lambda: datetime.now(UTC)).admission(METHOD), crashing, None
    )
    context = Context()
    with pytest.raises(Aborted):
        asyncio.run(handler(b"", context))

    status = context.status
    assert status.code == grpc.StatusCode.INTERNAL
    assert "req-42" in status.details
    (packed,) = [v for k, v in status.trailing_metadata if k == "grpc-status-details-bin"]
    (detail,) = status_pb2.Status.FromString(packed).details
    info = error_details_pb2.ErrorInfo()
    assert detail.Unpack(info)
    assert (info.reason, dict(info.metadata)) == (
        "ERROR_REASON_SERVER_FAULT",
        {"request_id": "req-42"},
    )
