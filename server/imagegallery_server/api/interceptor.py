"""Around every RPC: domain errors become rich statuses, nothing unexpected leaks
as anything but INTERNAL, and one structured log event records the call."""

import asyncio
import inspect
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import grpc
import structlog
from grpc.aio import ServicerContext

from imagegallery_server.api.errors import to_status
from imagegallery_server.domain.errors import DomainError

log = structlog.get_logger("imagegallery.rpc")


class RpcInterceptor(grpc.aio.ServerInterceptor):
    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        handler = await continuation(details)
        if handler is None:
            return handler
        method = details.method
        if handler.unary_unary is not None:
            return handler._replace(unary_unary=_unary(method, handler.unary_unary))  # type: ignore[attr-defined]
        if handler.unary_stream is not None:
            return handler._replace(unary_stream=_streaming(method, handler.unary_stream))  # type: ignore[attr-defined]
        if handler.stream_stream is not None:
            return handler._replace(stream_stream=_streaming(method, handler.stream_stream))  # type: ignore[attr-defined]
        return handler


def _unary(method: str, behavior: Callable[..., Any]) -> Callable[..., Any]:
    async def observed(request: Any, context: ServicerContext) -> Any:
        call = _Call(method, request, context)
        try:
            return await behavior(request, context)
        except BaseException as error:
            await call.fail(error)
        finally:
            call.log()

    return observed


def _streaming(method: str, behavior: Callable[..., Any]) -> Callable[..., Any]:
    async def observed(request: Any, context: ServicerContext) -> AsyncIterator[Any]:
        call = _Call(method, request, context)
        try:
            result = behavior(request, context)
            if inspect.isasyncgen(result):
                async for message in result:
                    yield message
            else:
                await result
        except BaseException as error:
            await call.fail(error)
        finally:
            call.log()

    return observed


class _Call:
    def __init__(self, method: str, request: Any, context: ServicerContext) -> None:
        self.method = method
        self.context = context
        self.start = time.perf_counter()
        self.code = grpc.StatusCode.OK
        metadata = dict(context.invocation_metadata() or ())
        self.request_id = (
            getattr(request, "request_id", "") or metadata.get("x-request-id") or uuid.uuid4().hex
        )

    async def fail(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self.code = grpc.StatusCode[error.code]
            await self.context.abort_with_status(to_status(error))
        if isinstance(error, grpc.aio.AbortError):
            self.code = self.context.code() or grpc.StatusCode.UNKNOWN  # type: ignore[assignment]
            raise error
        if isinstance(error, asyncio.CancelledError):
            self.code = grpc.StatusCode.CANCELLED
            raise error
        self.code = grpc.StatusCode.INTERNAL
        log.exception("rpc.crashed", method=self.method, request_id=self.request_id)
        await self.context.abort(
            grpc.StatusCode.INTERNAL,
            f"internal error (request id {self.request_id}); the server log has the details",
        )

    def log(self) -> None:
        log.info(
            "rpc",
            method=self.method,
            code=self.code.name,
            duration_ms=round((time.perf_counter() - self.start) * 1000, 3),
            request_id=self.request_id,
            principal="anonymous",
        )
