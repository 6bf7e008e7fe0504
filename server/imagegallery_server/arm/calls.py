"""The gRPC API's methods, called in-process as a call over the wire makes them:
the same admission (bearer token, access rule), domain errors, log event and audit
record. So the ARM front holds no rule of its own."""

import uuid
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import grpc
from google.protobuf.message import Message
from google.rpc import status_pb2

M = TypeVar("M", bound=Message)
Handler = Callable[[Message, Any], Awaitable[Message]]
STATUS_DETAILS_KEY = "grpc-status-details-bin"


class Refused(Exception):
    """A call answered with an error status (its google.rpc.Status)."""

    def __init__(self, status: status_pb2.Status) -> None:
        super().__init__(status.message)
        self.status = status

    @property
    def code(self) -> grpc.StatusCode:
        return next(c for c in grpc.StatusCode if c.value[0] == self.status.code)


class _Context:
    """What the observed handlers and the servicers read of a ServicerContext."""

    def __init__(self, metadata: tuple[tuple[str, str], ...]) -> None:
        self._metadata = metadata

    def invocation_metadata(self) -> tuple[tuple[str, str], ...]:
        return self._metadata

    async def abort_with_status(self, status: grpc.Status) -> None:
        sent = dict(status.trailing_metadata or ())
        details = sent.get(STATUS_DETAILS_KEY)
        if isinstance(details, bytes):
            raise Refused(status_pb2.Status.FromString(details))
        raise Refused(status_pb2.Status(code=status.code.value[0], message=status.details))

    def cancelled(self) -> bool:
        return False

    def done(self) -> bool:
        return False

    def code(self) -> grpc.StatusCode | None:
        return None


class Caller:
    """One HTTP request's calls: its bearer token and request id on each."""

    def __init__(self, handler: Callable[[str], Handler], authorization: str) -> None:
        self._handler = handler
        self.request_id = uuid.uuid4().hex
        metadata = [("x-request-id", self.request_id)]
        if authorization:
            metadata.append(("authorization", authorization))
        self._context = _Context(tuple(metadata))

    async def __call__(self, method: str, request: Message, answer: type[M]) -> M:
        """`method` ("Service/Method" of imagegallery.v1, or a full path) with `request`."""
        path = method if method.startswith("/") else f"/imagegallery.v1.{method}"
        response = await self._handler(path)(request, self._context)
        assert isinstance(response, answer), f"{path} answered {type(response).__name__}"
        return response
