"""Around every RPC, its method's handler wrapped once when registered: the caller
is admitted (authenticated and checked against the method's access rule), domain
errors become rich statuses, nothing unexpected leaks as anything but INTERNAL,
one structured log event records the call, and a mutation leaves an audit record."""

import asyncio
import contextlib
import contextvars
import errno
import functools
import inspect
import itertools
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any, cast

import grpc
import structlog
from google.protobuf import descriptor_pool, message_factory
from google.protobuf.message import DecodeError, Message
from grpc.aio import ServicerContext

from imagegallery_server.api.errors import NotDecodable, ServerFault, to_status
from imagegallery_server.auth.context import CallAccess
from imagegallery_server.auth.gate import UNAUTHENTICATED, Admission, Gate
from imagegallery_server.domain.errors import DomainError, ResourceExhausted, Unavailable

log = structlog.get_logger("imagegallery.rpc")
MAX_LOGGED_ID = 128

# The call's metadata as gRPC read it to find the method's handler, which it does
# in the call's own task: the handler reads it from here, not again from its
# context (a new tuple of every key and value each time it is asked). Empty in
# any other task, such as the ARM front's in-process calls.
_CALL_METADATA: contextvars.ContextVar[Any] = contextvars.ContextVar("call_metadata", default=())


class ObservedServer:
    """Registers services on `server` with each method's handler wrapped once, at
    registration (a server interceptor looks the handler up again on every call).

    Every method is found through one generic handler, one dict lookup: gRPC's
    registered-method path (add_registered_method_handlers) cost about 35 µs more
    per unary call under load (grpcio 1.85, measured with bench/unary_load.py)."""

    def __init__(self, server: grpc.aio.Server, gate: Gate) -> None:
        self._server = server
        self._gate = gate
        self._methods = _Methods()
        self._generic: tuple[_ObservedHandlers, ...] = ()
        server.add_generic_rpc_handlers((self._methods,))  # asked first

    def add_generic_rpc_handlers(self, handlers: Sequence[grpc.GenericRpcHandler]) -> None:
        """Only looked up for a method not registered by name (older generated code)."""
        observed = tuple(_ObservedHandlers(self._gate, handler) for handler in handlers)
        self._generic += observed
        self._server.add_generic_rpc_handlers(observed)

    def add_registered_method_handlers(
        self, service: str, handlers: dict[str, grpc.RpcMethodHandler]
    ) -> None:
        for name, handler in handlers.items():
            method = f"/{service}/{name}"
            self._methods.by_name[method] = _wrap(self._gate.admission(method), handler)

    def unary(self, method: str) -> Callable[[Message, ServicerContext], Awaitable[Message]]:
        """The observed handler of a unary method ("/package.Service/Method"), for
        another front to call in-process: the same admission, errors, log and audit,
        and a message answered (where the wire gets one serialized already)."""
        registered = self._methods.by_name.get(method)
        unary = registered.unary_unary if registered is not None else None
        if unary is None:
            found = (h.service(_Named(method)) for h in self._generic)
            unary = next((h.unary_unary for h in found if h and h.unary_unary), None)
        if unary is None:
            raise KeyError(f"no unary method {method}")
        handler, answer = cast(Callable[..., Awaitable[Any]], unary), _answer_class(method)

        async def called(request: Message, context: ServicerContext) -> Message:
            response = await handler(request, context)
            return answer.FromString(response) if isinstance(response, bytes) else response

        return called

    def registrar(self) -> grpc.aio.Server:
        """This, as the generated add_*_to_server functions take it: they call only
        add_generic_rpc_handlers and add_registered_method_handlers, which it has."""
        return cast(grpc.aio.Server, self)

    def log_unknown_methods(self) -> None:
        """A call of a method no service has still makes its one log event."""
        self._server.add_generic_rpc_handlers((_UnknownMethods(),))


class _Methods(grpc.GenericRpcHandler):
    def __init__(self) -> None:
        self.by_name: dict[str, grpc.RpcMethodHandler] = {}

    def service(self, details: grpc.HandlerCallDetails) -> grpc.RpcMethodHandler | None:
        _CALL_METADATA.set(details.invocation_metadata)
        return self.by_name.get(details.method)


class _ObservedHandlers(grpc.GenericRpcHandler):
    def __init__(self, gate: Gate, handlers: grpc.GenericRpcHandler) -> None:
        self._gate = gate
        self._handlers = handlers
        # Each method's handler, wrapped once: a call holds its handler while it
        # lasts, and thousands of watch streams should not hold a copy each.
        self._wrapped: dict[str, tuple[grpc.RpcMethodHandler, grpc.RpcMethodHandler]] = {}

    def service(self, details: grpc.HandlerCallDetails) -> grpc.RpcMethodHandler | None:
        _CALL_METADATA.set(details.invocation_metadata)
        handler = self._handlers.service(details)
        if handler is None:
            return None
        method = details.method
        original, wrapped = self._wrapped.get(method, (None, None))
        if original is not handler:
            wrapped = _wrap(self._gate.admission(method), handler)
            self._wrapped[method] = (handler, wrapped)
        return wrapped


class _Named(grpc.HandlerCallDetails):
    def __init__(self, method: str) -> None:
        self.method = method
        self.invocation_metadata = ()


class _UnknownMethods(grpc.GenericRpcHandler):
    def service(self, details: grpc.HandlerCallDetails) -> None:
        sent = _metadata_value(details.invocation_metadata or (), "x-request-id")
        log.info(
            "rpc",
            method=details.method,
            code="UNIMPLEMENTED",
            request_id=sent[:MAX_LOGGED_ID],
            principal=UNAUTHENTICATED,
        )


def _wrap(admission: Admission, handler: grpc.RpcMethodHandler) -> grpc.RpcMethodHandler:
    """`handler` with its behaviour observed, made anew by grpc's own constructors
    (as the generated code made it)."""
    if handler.unary_unary is not None:
        return grpc.unary_unary_rpc_method_handler(
            _awaited(admission, handler.unary_unary, handler.request_deserializer),
            request_deserializer=None,
            response_serializer=_passing_bytes(handler.response_serializer),
        )
    if handler.unary_stream is not None:
        return grpc.unary_stream_rpc_method_handler(
            _streaming(admission, handler.unary_stream, handler.request_deserializer),
            request_deserializer=None,
            response_serializer=_passing_bytes(handler.response_serializer),
        )
    if handler.stream_stream is not None:
        return grpc.stream_stream_rpc_method_handler(
            _streaming(admission, handler.stream_stream, None),
            request_deserializer=handler.request_deserializer,
            response_serializer=handler.response_serializer,
        )
    if handler.stream_unary is not None:
        return grpc.stream_unary_rpc_method_handler(
            _awaited(admission, handler.stream_unary, reads_request=False),
            request_deserializer=handler.request_deserializer,
            response_serializer=handler.response_serializer,
        )
    return handler


def _streaming(
    admission: Admission,
    behavior: Callable[..., Any],
    deserialize: Callable[[bytes], Any] | None,
) -> Callable[..., Any]:
    """A response stream; its request is decoded here, as a unary call's is."""
    if not inspect.isasyncgenfunction(behavior):
        # It writes its responses itself: no generator between it and gRPC to
        # pass through at every resumption (a watch stream has thousands).
        return _awaited(admission, behavior, deserialize)

    async def observed(raw: bytes, context: ServicerContext) -> AsyncIterator[Any]:
        call = _Call(admission, context)
        try:
            request = call.decode(raw, deserialize)
            call.admit(request)
            # Closed here, not when collected: a stream the client dropped lets go
            # of what it holds (an open disk) at once.
            async with contextlib.aclosing(behavior(request, context)) as messages:
                async for message in messages:
                    yield message
        except BaseException as error:
            await call.fail(error)
        finally:
            call.log()
            if admission.audited:  # no coroutine to await for a read
                await call.audit()

    return observed


def _passing_bytes(serialize: Callable[[Any], bytes] | None) -> Callable[[Any], bytes]:
    """A servicer may answer messages or bytes already serialized: a Get answers
    the message as the store keeps it, and a watch change is serialized once for
    every stream that sends it."""

    def serialized(message: Any) -> bytes:
        if isinstance(message, bytes) or serialize is None:
            return message
        return serialize(message)

    return serialized


def _awaited(
    admission: Admission,
    behavior: Callable[..., Any],
    deserialize: Callable[[bytes], Any] | None = None,
    *,
    reads_request: bool = True,
) -> Callable[..., Any]:
    """A call whose behaviour is awaited: a unary one, one writing its own
    responses, or a client-streaming call (many requests in, one answer out),
    whose servicer checks access once it has read the first. `deserialize` runs
    here, not in gRPC, so that bytes that are no message get INVALID_ARGUMENT
    (gRPC would answer UNKNOWN) and a log event."""

    async def observed(received: Any, context: ServicerContext) -> Any:
        call = _Call(admission, context)
        try:
            request = call.decode(received, deserialize) if reads_request else received
            call.admit(request if reads_request else None)
            return await behavior(request, context)
        except BaseException as error:
            await call.fail(error)
        finally:
            call.log()
            if admission.audited:
                await call.audit()

    return observed


class _Call:
    __slots__ = (
        "access",
        "admission",
        "admitting",
        "audited",
        "code",
        "context",
        "metadata",
        "method",
        "reason",
        "request",
        "request_id",
        "start",
    )

    def __init__(self, admission: Admission, context: ServicerContext) -> None:
        self.admission = admission
        self.access: CallAccess | None = None
        self.request: Any = None
        self.admitting = False  # audited only once the caller was asked for
        self.audited = False
        self.method = admission.method
        self.context = context
        self.metadata = _CALL_METADATA.get() or context.invocation_metadata() or ()
        self.start = time.perf_counter()
        self.code = _OK
        self.reason = ""  # a domain error's reason, as the caller was told
        # The request's own id (once decoded), else x-request-id metadata, else a new one.
        sent = _metadata_value(self.metadata, "x-request-id")
        self.request_id = sent[:MAX_LOGGED_ID] or _new_request_id()

    def decode(self, raw: Any, deserialize: Callable[[bytes], Any] | None) -> Any:
        """The request in `raw` (bytes, unless gRPC decoded it), and its request id."""
        request = deserialize(raw) if deserialize and isinstance(raw, bytes) else raw
        if _carries_request_id(type(request)) and (sent := request.request_id):
            self.request_id = sent[:MAX_LOGGED_ID]
        return request

    def admit(self, request: Any) -> None:
        self.admitting, self.request = True, request
        self.access = self.admission.authenticate(self.metadata)
        if self.access is not None:
            self.admission.authorize(self.access, request)

    async def fail(self, error: BaseException) -> None:
        """Answers the error's status; a refused mutation is audited before the
        caller hears of it, as a done one is."""
        if isinstance(error, DecodeError):
            error = NotDecodable(self.method)
        if isinstance(error, OSError) and error.errno == errno.ENOSPC:
            error = _disk_full(error)
        if isinstance(error, ConnectionError):  # the store's database, out of reach
            error = _store_unavailable(error)
        if isinstance(error, DomainError):
            self.code, self.reason = grpc.StatusCode[error.code], error.reason
            await self.audit()
            await self.context.abort_with_status(to_status(error))
        if isinstance(error, grpc.aio.AbortError):
            self.code = self.context.code() or grpc.StatusCode.UNKNOWN
            raise error
        if isinstance(error, asyncio.CancelledError | GeneratorExit):
            self.code = grpc.StatusCode.CANCELLED  # the client went away
            raise error
        if self.context.cancelled() or self.context.done() or _send_failed(error):
            self.code = grpc.StatusCode.CANCELLED  # gone while a message was written to it
            return
        self.code = grpc.StatusCode.INTERNAL
        log.exception("rpc.crashed", method=self.method, request_id=self.request_id)
        await self.audit()
        await self.context.abort_with_status(to_status(ServerFault(self.request_id)))

    def log(self) -> None:
        """The call's one event; `reason` only for a domain error (so an
        INVALID_ARGUMENT without one is a request that did not decode). Then an
        audited call awaits `audit`."""
        fields = {
            "method": self.method,
            "code": "OK" if self.code is _OK else self.code.name,
            "duration_ms": int((time.perf_counter() - self.start) * 1_000_000) / 1000,
            "request_id": self.request_id,
            "principal": self.access.caller.principal if self.access else UNAUTHENTICATED,
        }
        if self.reason:
            fields["reason"] = self.reason
        _info_event(_rpc_log(), "rpc", fields)

    async def audit(self) -> None:
        """Once, and before an error is answered (aborting sends the status at once),
        so that a caller who has the answer finds the record."""
        if not self.admission.audited or not self.admitting or self.audited:
            return
        self.audited = True
        try:
            await self.admission.audit(self.access, self.request, self.code.name, self.request_id)
        except Exception:  # the call's answer stands; the operator sees why the record is missing
            log.exception("audit.failed", method=self.method, request_id=self.request_id)


@functools.cache
def _rpc_log() -> Any:
    """`log` bound once, after logging was configured (which is after this module
    is imported): the unbound proxy finds its logger again on every event."""
    return log.bind()


def _info_event(logger: Any, event: str, fields: dict[str, Any]) -> None:
    """`logger.info(event, **fields)`, through the same processors and output,
    entered where structlog's custom wrapper classes enter (`_process_event`):
    without the two layers of info() that pass the keywords on twice, a quarter
    of the event's cost. Info is always on (logging.configure)."""
    args, kwargs = logger._process_event("info", event, fields)
    logger._logger.info(*args, **kwargs)


_OK = grpc.StatusCode.OK  # compared by identity: an Enum's name and hash are Python code
_REQUEST_ID_CARRIED: dict[type, bool] = {}


def _carries_request_id(request_type: type) -> bool:
    """Whether a request of the type has a request_id field (looked up once per type:
    getattr with a default raises and catches inside for a field it lacks)."""
    carried = _REQUEST_ID_CARRIED.get(request_type)
    if carried is None:
        descriptor = getattr(request_type, "DESCRIPTOR", None)
        carried = descriptor is not None and "request_id" in descriptor.fields_by_name
        _REQUEST_ID_CARRIED[request_type] = carried
    return carried


@functools.cache  # asked on every in-process call
def _answer_class(method: str) -> type[Message]:
    """The message class a method ("/package.Service/Method") answers."""
    service, name = method.strip("/").split("/")
    found = descriptor_pool.Default().FindServiceByName(service).FindMethodByName(name)
    return message_factory.GetMessageClass(found.output_type)


def _new_request_id() -> str:
    """Unique enough to find a call in the log: this process's random prefix and
    a count. Not a secret, so no random bytes on every call."""
    return f"{_REQUEST_ID_PREFIX}{next(_REQUEST_COUNT):016x}"


_REQUEST_ID_PREFIX = f"{random.getrandbits(64):016x}"
_REQUEST_COUNT = itertools.count()


def _disk_full(error: OSError) -> ResourceExhausted:
    where = error.filename or "the data dir"
    return ResourceExhausted(
        "DISK_FULL",
        f"The disk holding {where} is full; nothing of this call was kept. Free space there "
        "and retry.",
        path=str(error.filename or ""),
    )


def _store_unavailable(error: ConnectionError) -> Unavailable:
    return Unavailable(
        "STORE_UNAVAILABLE",
        f"The server cannot reach its database now ({error}); retry later. A write "
        "answered so was not kept, or, if its commit was under way, was kept whole: a "
        "retry with the same request_id answers as the first.",
    )


def _send_failed(error: BaseException) -> bool:
    """Whether gRPC failed to send on a call that had ended (the client went
    away) before its context heard of the cancellation: gRPC's InternalError
    (ExecuteBatchError), a failure of the transport, not of the servicer."""
    return isinstance(error, grpc.aio.InternalError)


def _metadata_value(metadata: Any, key: str) -> str:
    for name, value in metadata:
        if name == key:
            return value
    return ""
