"""A small typed client for the imagegallery service, on the generated stubs.

::

    from imagegallery.client import Client

    with Client("127.0.0.1:50051", token="...") as client:
        gallery = client.galleries.GetGallery(GetGalleryRequest(name=name))
        upload = client.upload(resource_group, "eastus", "disk.raw")
        version = client.wait(client.versions.CreateImageVersion(request))
        for message in client.watch(version.name, send_initial_state=True):
            ...

A failed call raises the typed error of its status code (imagegallery.errors:
NotFoundError, InvalidArgumentError, PermissionDeniedError, ...; all are
ImageGalleryError and grpc.RpcError), with the reason and field violations the
server gave, whether it was unary or streaming.

Every unary call made through a Client gets a deadline when it has none
(``timeout``), and is retried with backoff on UNAVAILABLE when it is safe to: reads
(Get*, List*, WaitOperation, the PlanningService), and writes that carry a
request_id. Writes whose request_id is empty are given a fresh one (on a copy of
the request), so that a retry is answered from the server's record of the first
attempt instead of being applied twice.
"""

from __future__ import annotations

import contextlib
import logging
import random
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, NamedTuple, NoReturn, TypeVar

import grpc
from google.longrunning import operations_pb2, operations_pb2_grpc
from google.protobuf import duration_pb2, empty_pb2, message, symbol_database

from imagegallery import uploads
from imagegallery.errors import (
    DeadlineExceededError,
    ImageGalleryError,
    error_for,
    from_rpc_error,
    from_status,
)
from imagegallery.lro import ItemPaged, PollerState
from imagegallery.subscription import SubscriptionClient
from imagegallery.uploads import MAX_CHUNK, DiskData, UploadProgress
from imagegallery.v1 import (
    access_service_pb2_grpc,
    error_reason_pb2,
    gallery_service_pb2,
    gallery_service_pb2_grpc,
    image_definition_service_pb2,
    image_definition_service_pb2_grpc,
    image_source_service_pb2,
    image_source_service_pb2_grpc,
    image_version_service_pb2,
    image_version_service_pb2_grpc,
    maintenance_service_pb2_grpc,
    operation_metadata_pb2,
    planning_service_pb2_grpc,
    region_service_pb2_grpc,
    replication_service_pb2,
    replication_service_pb2_grpc,
    shared_gallery_service_pb2_grpc,
)

__all__ = [
    "DEFAULT_TIMEOUT",
    "KEEPALIVE_OPTIONS",
    "MAX_CHUNK",
    "Client",
    "ImageGalleryError",
    "ItemPaged",
    "LROPoller",
    "RetryPolicy",
    "new_request_id",
]

DEFAULT_TIMEOUT = 30.0
# A ping after 30 s without activity, only while calls are open: the server
# refuses pings more often than every 10 s (too_many_pings).
KEEPALIVE_OPTIONS: list[tuple[str, int]] = [
    ("grpc.keepalive_time_ms", 30000),
    ("grpc.keepalive_timeout_ms", 10000),
    ("grpc.keepalive_permit_without_calls", 0),
]
# How long one WaitOperation call asks the server to wait; below DEFAULT_TIMEOUT.
WAIT_SLICE_SECONDS = 10

WATCH_TOO_SLOW = error_reason_pb2.ErrorReason.Name(error_reason_pb2.ERROR_REASON_WATCH_TOO_SLOW)
WATCH_CURSOR_EXPIRED = error_reason_pb2.ErrorReason.Name(
    error_reason_pb2.ERROR_REASON_WATCH_CURSOR_EXPIRED
)

Progress = Callable[[operation_metadata_pb2.OperationMetadata], None]

# DEBUG: each unary call with its request id; INFO: each retry of a call or a wait.
log = logging.getLogger("imagegallery.client")


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently a safe call is retried on UNAVAILABLE: the wait
    starts at `initial` seconds, is multiplied by `multiplier` up to `maximum`, and
    is jittered by ±20%. `max_attempts` counts the first; 1 disables retries."""

    max_attempts: int = 5
    initial: float = 0.1
    maximum: float = 5.0
    multiplier: float = 2.0


class Backoff:
    """Exponential backoff with ±20% jitter."""

    def __init__(self, initial: float = 0.1, maximum: float = 5.0, multiplier: float = 2.0):
        self.initial, self.maximum, self.multiplier = initial, max(maximum, initial), multiplier
        self.next = initial

    def delay(self) -> float:
        d = self.next * random.uniform(0.8, 1.2)
        self.next = min(self.maximum, self.next * self.multiplier)
        return d

    def reset(self) -> None:
        self.next = self.initial


def new_request_id() -> str:
    """A random id for a request_id field."""
    return uuid.uuid4().hex


def _method_name(method: str | bytes) -> tuple[str, str]:
    if isinstance(method, bytes):
        method = method.decode()
    service, _, name = method.lstrip("/").partition("/")
    return service, name


def _has_request_id(request: Any) -> bool:
    return isinstance(request, message.Message) and "request_id" in (
        request.DESCRIPTOR.fields_by_name
    )


def safe_to_retry(method: str | bytes, request: Any) -> bool:
    """Reads, and writes carrying a request_id (the server answers a repeat from its
    record of the first)."""
    service, name = _method_name(method)
    if name.startswith(("Get", "List")):
        return True
    if service == "google.longrunning.Operations" and name == "WaitOperation":
        return True
    if service == "imagegallery.v1.PlanningService":
        return True
    return _has_request_id(request) and bool(request.request_id)


class _CallDetails(
    NamedTuple(
        "_CallDetails",
        [
            ("method", str),
            ("timeout", float | None),
            ("metadata", Any),
            ("credentials", Any),
            ("wait_for_ready", Any),
            ("compression", Any),
        ],
    ),
    grpc.ClientCallDetails,
):
    pass


def _details(details: grpc.ClientCallDetails, **changes: Any) -> _CallDetails:
    return _CallDetails(
        details.method,
        details.timeout,
        details.metadata,
        details.credentials,
        getattr(details, "wait_for_ready", None),
        getattr(details, "compression", None),
    )._replace(**changes)


def _with_token(details: grpc.ClientCallDetails, token: str | None) -> _CallDetails:
    if not token:
        return _details(details)
    metadata = [(k, v) for k, v in (details.metadata or ()) if k != "authorization"]
    metadata.append(("authorization", f"Bearer {token}"))
    return _details(details, metadata=metadata)


_Continuation = Callable[[grpc.ClientCallDetails, Any], Any]


class _Interceptor(
    grpc.UnaryUnaryClientInterceptor,
    grpc.UnaryStreamClientInterceptor,
    grpc.StreamUnaryClientInterceptor,
    grpc.StreamStreamClientInterceptor,
):
    """Token on every call; on unary calls a default deadline, request ids, retries;
    on every call, the typed error of imagegallery.errors when it fails."""

    def __init__(
        self, token: str | None, timeout: float | None, retry: RetryPolicy, request_ids: bool
    ):
        self.token, self.timeout, self.retry, self.request_ids = token, timeout, retry, request_ids

    # grpc's continuations and calls are typed per method by the stubs; Any here.
    def intercept_unary_unary(
        self, continuation: _Continuation, client_call_details: grpc.ClientCallDetails, request: Any
    ) -> Any:
        details = _with_token(client_call_details, self.token)
        if self.request_ids and _has_request_id(request) and not request.request_id:
            copy = type(request)()
            copy.CopyFrom(request)
            copy.request_id = new_request_id()
            request = copy
        if log.isEnabledFor(logging.DEBUG):
            request_id = getattr(request, "request_id", "") if _has_request_id(request) else ""
            log.debug("call %s%s", details.method, f" request_id={request_id}" * bool(request_id))
        timeout = details.timeout if details.timeout is not None else self.timeout
        return _TypedOutcome(self._call(continuation, details, request, timeout))

    def _call(
        self,
        continuation: _Continuation,
        details: grpc.ClientCallDetails,
        request: Any,
        timeout: float | None,
    ) -> Any:
        deadline = time.monotonic() + timeout if timeout else None
        if self.retry.max_attempts <= 1 or not safe_to_retry(details.method, request):
            return continuation(_details(details, timeout=timeout), request)
        backoff = Backoff(self.retry.initial, self.retry.maximum, self.retry.multiplier)
        attempt = 0
        while True:
            attempt += 1
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            outcome = continuation(_details(details, timeout=remaining), request)
            if outcome.code() != grpc.StatusCode.UNAVAILABLE or attempt >= self.retry.max_attempts:
                return outcome
            pause = backoff.delay()
            if deadline is not None and time.monotonic() + pause >= deadline:
                return outcome
            log.info("%s: UNAVAILABLE; retry %d in %.1f s", details.method, attempt, pause)
            time.sleep(pause)

    def intercept_unary_stream(
        self, continuation: _Continuation, client_call_details: grpc.ClientCallDetails, request: Any
    ) -> Any:
        return _TypedStream(continuation(_with_token(client_call_details, self.token), request))

    def intercept_stream_unary(
        self,
        continuation: _Continuation,
        client_call_details: grpc.ClientCallDetails,
        request_iterator: Any,
    ) -> Any:
        details = _with_token(client_call_details, self.token)
        return _TypedOutcome(continuation(details, request_iterator))

    def intercept_stream_stream(
        self,
        continuation: _Continuation,
        client_call_details: grpc.ClientCallDetails,
        request_iterator: Any,
    ) -> Any:
        details = _with_token(client_call_details, self.token)
        return _TypedStream(continuation(details, request_iterator))


def _raise_typed(error: grpc.RpcError) -> NoReturn:
    """Raises the typed error of a failed call (the error itself when it is one)."""
    typed = from_rpc_error(error)
    if typed is error:
        raise error
    raise typed from error


class _TypedOutcome(grpc.Call, grpc.Future):
    """A unary-response call (or its future) whose failure raises the typed error."""

    def __init__(self, outcome: Any) -> None:
        self._outcome = outcome
        self._typed: ImageGalleryError | None = None

    def _convert(self, error: grpc.RpcError) -> grpc.RpcError:
        if isinstance(error, ImageGalleryError):
            return error
        if self._typed is None:
            self._typed = from_rpc_error(error)
        return self._typed

    def result(self, timeout: float | None = None) -> Any:
        try:
            return self._outcome.result(timeout)
        except grpc.RpcError as error:
            typed = self._convert(error)
            if typed is error:
                raise
            raise typed from error

    def exception(self, timeout: float | None = None) -> Exception | None:
        error = self._outcome.exception(timeout)
        return self._convert(error) if isinstance(error, grpc.RpcError) else error

    def traceback(self, timeout: float | None = None) -> Any:
        return self._outcome.traceback(timeout)

    def add_done_callback(self, fn: Callable[[Any], None]) -> None:
        self._outcome.add_done_callback(lambda _: fn(self))

    def cancel(self) -> bool:
        return self._outcome.cancel()

    def cancelled(self) -> bool:
        return self._outcome.cancelled()

    def running(self) -> bool:
        return self._outcome.running()

    def done(self) -> bool:
        return self._outcome.done()

    def initial_metadata(self) -> Any:
        return self._outcome.initial_metadata()

    def trailing_metadata(self) -> Any:
        return self._outcome.trailing_metadata()

    def code(self) -> grpc.StatusCode:
        return self._outcome.code()

    # grpc answers None for details() before completion and for time_remaining()
    # without a deadline; its stub's grpc.Call says str and float.
    def details(self) -> str | None:  # type: ignore[override]
        return self._outcome.details()

    def is_active(self) -> bool:
        return self._outcome.is_active()

    def time_remaining(self) -> float | None:  # type: ignore[override]
        return self._outcome.time_remaining()

    def add_callback(self, callback: Callable[[], None]) -> bool:
        return self._outcome.add_callback(callback)


class _TypedStream(_TypedOutcome):
    """A streaming-response call whose failure, met while iterating, raises the typed error."""

    def __iter__(self) -> _TypedStream:
        return self

    def __next__(self) -> Any:
        try:
            return next(self._outcome)
        except grpc.RpcError as error:
            _raise_typed(error)


def channel_credentials(
    tls: grpc.ChannelCredentials | bool | None,
) -> grpc.ChannelCredentials | None:
    """None/False: plaintext; True: TLS with the system roots; or the credentials."""
    if tls is None or tls is False:
        return None
    if tls is True:
        return grpc.ssl_channel_credentials()
    return tls


def operation_result(operation: operations_pb2.Operation) -> message.Message | None:
    """A done operation's response, unpacked (None for Empty); raises its error."""
    if operation.HasField("error"):
        raise from_status(operation.error)
    if not operation.HasField("response"):
        raise ImageGalleryError(
            grpc.StatusCode.UNKNOWN, f"operation {operation.name} has neither response nor error"
        )
    response = operation.response
    version = image_version_service_pb2.ImageVersion()
    if response.Unpack(version):
        return version
    if response.Is(empty_pb2.Empty.DESCRIPTOR):
        return None
    full_name = response.TypeName()
    result = symbol_database.Default().GetSymbol(full_name)()
    response.Unpack(result)
    return result


def progress_of(
    operation: operations_pb2.Operation,
) -> operation_metadata_pb2.OperationMetadata | None:
    if not operation.HasField("metadata"):
        return None
    metadata = operation_metadata_pb2.OperationMetadata()
    return metadata if operation.metadata.Unpack(metadata) else None


def disconnected(error: ImageGalleryError) -> bool:
    """A broken transport (UNAVAILABLE, a reset stream), not an answer of the server."""
    if error.code == grpc.StatusCode.UNAVAILABLE:
        return True
    return error.code in (grpc.StatusCode.INTERNAL, grpc.StatusCode.UNKNOWN) and (
        "RST_STREAM" in error.message or "stream terminated" in error.message
    )


class OperationWait:
    """What a wait on an operation does around each of its WaitOperation calls,
    for Client.wait and AsyncClient.wait: the request and its deadline, progress,
    and the pause before the next call. A call that fails for a broken transport
    (or outlives its own deadline) is made again, with backoff, until the wait's
    `timeout` (None: never); any other failure is raised."""

    def __init__(
        self,
        operation: operations_pb2.Operation | str,
        progress: Progress | None,
        timeout: float | None,
        interval: float,
        call_timeout: float | None,
        on_retry: Callable[[ImageGalleryError], None] | None = None,
    ) -> None:
        self.name = operation if isinstance(operation, str) else operation.name
        self.progress, self.interval, self.on_retry = progress, interval, on_retry
        self.call_timeout = call_timeout or DEFAULT_TIMEOUT
        self.deadline = None if timeout is None else time.monotonic() + timeout
        self.backoff = Backoff(0.2, 2.0)

    def request(self) -> tuple[operations_pb2.WaitOperationRequest, float]:
        """The next call's request, and its deadline (seconds from now): the server
        waits at most `interval`, and the call ends by the wait's deadline."""
        asked, call_timeout = self.interval, self.interval + self.call_timeout
        if self.deadline is not None:
            left = max(0.001, self.deadline - time.monotonic())
            asked, call_timeout = min(asked, left), min(call_timeout, left)
        duration = duration_pb2.Duration()
        duration.FromNanoseconds(int(asked * 1e9))
        return operations_pb2.WaitOperationRequest(name=self.name, timeout=duration), call_timeout

    def answered(self, current: operations_pb2.Operation) -> bool:
        """Reports progress; whether the operation is done."""
        if self.progress is not None and (metadata := progress_of(current)) is not None:
            self.progress(metadata)
        return current.done

    def failed(self, error: ImageGalleryError) -> float:
        """The pause before trying again after a failed call; raises `error` unless
        the transport failed (or the call's own deadline passed)."""
        if not disconnected(error) and error.code != grpc.StatusCode.DEADLINE_EXCEEDED:
            raise error
        pause = self.pause(error)
        log.info("waiting on %s: %s; trying again in %.1f s", self.name, error.code.name, pause)
        if self.on_retry is not None:
            self.on_retry(error)
        return pause

    def pause(self, cause: ImageGalleryError | None = None) -> float:
        """The pause before the next call; raises DEADLINE_EXCEEDED if the wait's
        deadline comes first."""
        pause = self.backoff.delay()
        if self.deadline is not None and time.monotonic() + pause >= self.deadline:
            still = f"operation {self.name} still running"
            raise error_for(grpc.StatusCode.DEADLINE_EXCEEDED, still) from cause
        return pause


def watch_disposition(error: ImageGalleryError) -> str:
    """What a watch does after its stream failed: "resume" (from its cursor),
    "too_slow" (from the error's cursor), "reread" (from scratch) or "raise"."""
    code = error.code
    if disconnected(error):
        return "resume"
    if code == grpc.StatusCode.RESOURCE_EXHAUSTED and error.reason == WATCH_TOO_SLOW:
        return "too_slow"
    if code == grpc.StatusCode.OUT_OF_RANGE and error.reason == WATCH_CURSOR_EXPIRED:
        return "reread"
    return "raise"


class WatchStreams:
    """Where a watch stands between its streams, for Client.watch and
    AsyncClient.watch: the request that reopens it (from the last cursor, asking
    for the initial state until it is done), and after a stream ends, the pause
    before reopening, or the error that ends the watch."""

    def __init__(
        self,
        start_cursor: str,
        send_initial_state: bool,
        backoff: Backoff,
        max_reconnects: int,
    ) -> None:
        self.cursor, self.initial_state = start_cursor, send_initial_state
        self.backoff, self.max_reconnects = backoff, max_reconnects
        self.failures = 0
        self.received = False

    def request(self, scope: str) -> replication_service_pb2.WatchReplicationStatusRequest:
        """The request of the next stream."""
        self.received = False
        return replication_service_pb2.WatchReplicationStatusRequest(
            scope=scope, start_cursor=self.cursor, send_initial_state=self.initial_state
        )

    def saw(self, msg: replication_service_pb2.WatchReplicationStatusResponse) -> None:
        """Moves the cursor past a message the stream delivered."""
        self.received = True
        if msg.cursor:
            self.cursor = msg.cursor
        if msg.HasField("checkpoint") and msg.checkpoint.initial_state_done:
            self.initial_state = False

    def ended(
        self,
        error: ImageGalleryError | None,
        on_reconnect: Callable[[ImageGalleryError, bool], None] | None,
    ) -> float:
        """The pause before reopening after a stream failed with `error` (None: the
        server ended it), told to `on_reconnect`; raises the error that ends the watch."""
        reread = False
        if error is None:  # the server ended the stream: reopen it
            error = ImageGalleryError(grpc.StatusCode.UNAVAILABLE, "watch stream ended")
        else:
            disposition = watch_disposition(error)
            if disposition == "raise":
                raise error
            if disposition == "too_slow" and error.metadata.get("cursor"):
                self.cursor = error.metadata["cursor"]
            if disposition == "reread":
                self.cursor, self.initial_state, reread = "", True, True
        if self.received:
            self.backoff.reset()
            self.failures = 0
        self.failures += 1
        if self.max_reconnects and self.failures > self.max_reconnects:
            raise error
        if on_reconnect is not None:
            on_reconnect(error, reread)
        return self.backoff.delay()


class WriteRetries:
    """The retries of an upload's writes, for Client.upload and AsyncClient.upload:
    a write that failed for a reason it may resume from is tried again, with
    backoff, up to the policy's attempts; a write that got further since the last
    failure starts a fresh budget."""

    def __init__(self, policy: RetryPolicy, writer: uploads.Writer) -> None:
        self.backoff = Backoff(policy.initial, policy.maximum, policy.multiplier)
        self.max_attempts, self.writer = policy.max_attempts, writer
        self.attempt = 0

    def failed(self, error: ImageGalleryError) -> float:
        """The pause before asking how far the upload got; raises the reader's
        failure, or `error` when the write may not be tried again."""
        self.attempt += 1
        if self.writer.failure is not None:
            raise self.writer.failure from error
        if not uploads.resumable(error) or self.attempt >= self.max_attempts:
            raise error
        return self.backoff.delay()

    def resumed(self, received: int, held: image_source_service_pb2.Upload) -> int:
        """The offset to write from next, as the server `held` the upload."""
        if held.received_bytes > received:  # it got somewhere: a fresh budget
            self.attempt = 0
            self.backoff.reset()
        return held.received_bytes

    def succeeded(self) -> None:
        """Raises the reader's failure if the write ended because of it."""
        if self.writer.failure is not None:
            raise self.writer.failure


NamedRequest = TypeVar("NamedRequest", bound=message.Message)


def _request_for(request: NamedRequest | str, kind: Callable[..., NamedRequest]) -> NamedRequest:
    """`request`, or a request of `kind` for the resource it names."""
    return kind(name=request) if isinstance(request, str) else request


BeginT = TypeVar("BeginT")
PagedT = TypeVar("PagedT")
_version_pb = image_version_service_pb2


class Surface(Generic[BeginT, PagedT]):
    """The Azure-shaped methods of Client and AsyncClient: ``begin_*`` for the long
    operations (a poller), ``list_*`` for the List calls (a pager). Each client
    makes the call in `_begin` (the service's attribute, the RPC, the request) and
    `_paged` (the same, for a List call)."""

    def _begin(self, service: str, rpc: str, request: Any, progress: Progress | None) -> BeginT:
        raise NotImplementedError

    def _paged(self, service: str, rpc: str, request: Any) -> PagedT:
        raise NotImplementedError

    def subscription(self, subscription: str) -> SubscriptionClient[BeginT, PagedT]:
        """The calls of `subscription` ("demo", not "/subscriptions/demo") by the
        ids of its resources, as azure-mgmt-compute's operation groups take them."""
        return SubscriptionClient(self, subscription)

    def begin_create_image_version(
        self, request: _version_pb.CreateImageVersionRequest, *, progress: Progress | None = None
    ) -> BeginT:
        """Starts creating a version; a poller whose result is the ImageVersion."""
        return self._begin("versions", "CreateImageVersion", request, progress)

    def begin_update_image_version(
        self, request: _version_pb.UpdateImageVersionRequest, *, progress: Progress | None = None
    ) -> BeginT:
        """Starts updating a version; a poller whose result is the ImageVersion."""
        return self._begin("versions", "UpdateImageVersion", request, progress)

    def begin_delete_image_version(
        self,
        request: _version_pb.DeleteImageVersionRequest | str,
        *,
        progress: Progress | None = None,
    ) -> BeginT:
        """Starts deleting a version (the request, or its name); the poller's result is None."""
        named = _request_for(request, _version_pb.DeleteImageVersionRequest)
        return self._begin("versions", "DeleteImageVersion", named, progress)

    def begin_retry_image_version_replication(
        self,
        request: _version_pb.RetryImageVersionReplicationRequest | str,
        *,
        progress: Progress | None = None,
    ) -> BeginT:
        """Restarts the failed regions of a version (the request, or its name); a
        poller whose result is the ImageVersion."""
        named = _request_for(request, _version_pb.RetryImageVersionReplicationRequest)
        return self._begin("versions", "RetryImageVersionReplication", named, progress)

    def list_galleries(self, parent: str, page_size: int = 0) -> PagedT:
        """The galleries of a resource group, a pager of Gallery."""
        request = gallery_service_pb2.ListGalleriesRequest(parent=parent, page_size=page_size)
        return self._paged("galleries", "ListGalleries", request)

    def list_image_definitions(self, parent: str, page_size: int = 0) -> PagedT:
        """The image definitions of a gallery, a pager of ImageDefinition."""
        request = image_definition_service_pb2.ListImageDefinitionsRequest(
            parent=parent, page_size=page_size
        )
        return self._paged("definitions", "ListImageDefinitions", request)

    def list_image_versions(
        self,
        parent: str,
        page_size: int = 0,
        view: _version_pb.ImageVersionView | None = None,
    ) -> PagedT:
        """The versions of an image definition, a pager of ImageVersion."""
        request = _version_pb.ListImageVersionsRequest(
            parent=parent, page_size=page_size, view=view
        )
        return self._paged("versions", "ListImageVersions", request)

    def list_image_sources(self, parent: str, page_size: int = 0) -> PagedT:
        """The image sources of a resource group, a pager of ImageSource."""
        request = image_source_service_pb2.ListImageSourcesRequest(
            parent=parent, page_size=page_size
        )
        return self._paged("sources", "ListImageSources", request)

    def list_operations(self, filter: str = "", page_size: int = 0) -> PagedT:
        """The server's operations, a pager of google.longrunning.Operation."""
        request = operations_pb2.ListOperationsRequest(filter=filter, page_size=page_size)
        return self._paged("operations", "ListOperations", request)


def _not_done(poller: PollerState) -> DeadlineExceededError:
    return DeadlineExceededError(
        grpc.StatusCode.DEADLINE_EXCEEDED, f"operation {poller.operation_name} still running"
    )


class LROPoller(PollerState):
    """A long operation followed to its end, as azure-core's LROPoller:
    ``result()`` (the finished resource; a failed operation raises its typed
    error), ``status()`` ("InProgress", "Succeeded", "Failed", "Canceled"),
    ``done()``, ``wait()``, and ``operation_name`` (``continuation_token()``),
    which ``Client.poller_from`` follows again. The wait is Client.wait's: it
    survives server restarts."""

    def __init__(
        self,
        client: Client,
        operation: operations_pb2.Operation,
        progress: Progress | None = None,
        interval: float = WAIT_SLICE_SECONDS,
    ) -> None:
        super().__init__(operation)
        self._client, self._progress, self._interval = client, progress, interval

    def _refresh(self) -> None:
        if not self.operation.done:
            request = operations_pb2.GetOperationRequest(name=self.operation_name)
            self._seen(self._client.operations.GetOperation(request))

    def status(self) -> str:
        """The operation's status, read again while it runs."""
        self._refresh()
        return self._status()

    def done(self) -> bool:
        """Whether the operation is done, read again while it runs."""
        self._refresh()
        return self.operation.done

    def wait(self, timeout: float | None = None) -> None:
        """Waits until the operation is done, or `timeout` seconds pass (None: no
        bound); raises neither the operation's error nor at the timeout."""
        if self.operation.done:
            return
        client, name = self._client, self.operation_name
        # DEADLINE_EXCEEDED is the timeout: the wait retries its calls' own.
        with contextlib.suppress(DeadlineExceededError):
            self._seen(client.wait_done(name, self._progress, timeout, self._interval))

    def result(self, timeout: float | None = None) -> message.Message | None:
        """Waits (at most `timeout` seconds, None: no bound, then DeadlineExceededError)
        and returns the operation's response: an ImageVersion, None for a delete. A
        failed operation raises its typed error."""
        self.wait(timeout)
        if not self.operation.done:
            raise _not_done(self)
        return operation_result(self.operation)


class Client(Surface[LROPoller, ItemPaged[Any]]):
    """One channel and the generated stub of every service: ``galleries``,
    ``definitions``, ``sources``, ``versions``, ``replication``, ``operations``
    (google.longrunning), ``regions``, ``planning``, ``maintenance``, ``access`` and ``shared``.

    `tls` is None for plaintext, True for TLS with the system roots, or
    ``grpc.ChannelCredentials``. `token` is sent as ``authorization: Bearer``.
    `timeout` (seconds) is the deadline of unary calls that give none. A failed
    call raises the typed error of imagegallery.errors.
    """

    def __init__(
        self,
        address: str,
        token: str | None = None,
        tls: grpc.ChannelCredentials | bool | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        *,
        retry: RetryPolicy | None = None,
        auto_request_ids: bool = True,
        options: list[tuple[str, Any]] | None = None,
    ) -> None:
        self.address = address
        self.timeout = timeout
        channel_options = [*KEEPALIVE_OPTIONS, *(options or [])]
        credentials = channel_credentials(tls)
        if credentials is None:
            raw = grpc.insecure_channel(address, options=channel_options)
        else:
            raw = grpc.secure_channel(address, credentials, options=channel_options)
        self._raw = raw
        self.retry = retry or RetryPolicy()
        interceptor = _Interceptor(token, timeout, self.retry, auto_request_ids)
        self.channel: grpc.Channel = grpc.intercept_channel(raw, interceptor)
        c = self.channel
        self.galleries = gallery_service_pb2_grpc.GalleryServiceStub(c)
        self.definitions = image_definition_service_pb2_grpc.ImageDefinitionServiceStub(c)
        self.sources = image_source_service_pb2_grpc.ImageSourceServiceStub(c)
        self.versions = image_version_service_pb2_grpc.ImageVersionServiceStub(c)
        self.replication = replication_service_pb2_grpc.ReplicationServiceStub(c)
        self.operations = operations_pb2_grpc.OperationsStub(c)
        self.regions = region_service_pb2_grpc.RegionServiceStub(c)
        self.planning = planning_service_pb2_grpc.PlanningServiceStub(c)
        self.maintenance = maintenance_service_pb2_grpc.MaintenanceServiceStub(c)
        self.access = access_service_pb2_grpc.AccessServiceStub(c)
        self.shared = shared_gallery_service_pb2_grpc.SharedGalleryServiceStub(c)

    def close(self) -> None:
        """Closes the channel; calls in flight fail with CANCELLED."""
        self._raw.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def wait(
        self,
        operation: operations_pb2.Operation | str,
        progress: Progress | None = None,
        timeout: float | None = None,
        *,
        interval: float = WAIT_SLICE_SECONDS,
        on_retry: Callable[[ImageGalleryError], None] | None = None,
    ) -> message.Message | None:
        """Waits until the operation (or operation name) is done, calling `progress`
        with its OperationMetadata each time it is read, and returns its response
        unpacked (an ImageVersion; None for a delete). A failed operation raises
        its typed error. `timeout` bounds the whole wait (None: no bound, as an
        Azure poller); until then the wait follows its operation through UNAVAILABLE,
        reset streams and server restarts, with backoff. Any other failed call
        raises ImageGalleryError. `interval` (seconds) is how long one WaitOperation
        asks the server to wait, so how often `progress` hears while it runs;
        `on_retry(error)` is told each time a call failed and the wait goes on."""
        return operation_result(
            self.wait_done(operation, progress, timeout, interval=interval, on_retry=on_retry)
        )

    def wait_done(
        self,
        operation: operations_pb2.Operation | str,
        progress: Progress | None = None,
        timeout: float | None = None,
        interval: float = WAIT_SLICE_SECONDS,
        *,
        on_retry: Callable[[ImageGalleryError], None] | None = None,
    ) -> operations_pb2.Operation:
        """As :meth:`wait`, but returns the done Operation itself (failed or not)."""
        wait = OperationWait(operation, progress, timeout, interval, self.timeout, on_retry)
        while True:
            request, call_timeout = wait.request()
            try:
                current = self.operations.WaitOperation(request, timeout=call_timeout)
            except ImageGalleryError as error:
                time.sleep(wait.failed(error))
                continue
            if wait.answered(current):
                return current
            time.sleep(wait.pause())

    def _begin(self, service: str, rpc: str, request: Any, progress: Progress | None) -> LROPoller:
        return LROPoller(self, getattr(getattr(self, service), rpc)(request), progress)

    def _paged(self, service: str, rpc: str, request: Any) -> ItemPaged[Any]:
        return ItemPaged(getattr(getattr(self, service), rpc), request)

    def paged(
        self, list_call: Callable[[Any], Any], request: Any, field: str | None = None
    ) -> ItemPaged[Any]:
        """Any List call as a pager: every item across its pages (the response's
        repeated field, or `field`), and ``by_page()``."""
        return ItemPaged(list_call, request, field)

    def poller_from(
        self,
        operation_name: str,
        progress: Progress | None = None,
        interval: float = WAIT_SLICE_SECONDS,
    ) -> LROPoller:
        """A poller following the operation of this name (a continuation token)."""
        request = operations_pb2.GetOperationRequest(name=operation_name)
        return LROPoller(self, self.operations.GetOperation(request), progress, interval)

    def upload(
        self,
        parent: str,
        location: str,
        data: DiskData,
        *,
        resume: str = "",
        chunk_size: int = MAX_CHUNK,
        progress: UploadProgress | None = None,
    ) -> image_source_service_pb2.Upload:
        """Uploads a disk — a local file's path, bytes, or a seekable binary file —
        as an Upload in resource group `parent` (e.g. "/subscriptions/s/resourceGroups/rg")
        and region `location`, and returns it committed (``disk`` holds its sha256,
        size and occupied bytes); use its name as an image source's disk.

        The bytes go in chunks of at most `chunk_size` (4 MiB); chunks of zeros are
        not sent. A broken stream is resumed from the offset the server holds, up to
        the retry policy's attempts in a row without progress. `resume` names an upload
        created earlier (by an upload that was interrupted): it goes on from what the
        server holds, and `parent` and `location` are not used. `progress` is called
        with the upload's name, the bytes done and the size: first once the upload
        exists, then after each chunk. The commit states the size and the sha256 of
        every byte (the whole file, from its start, for a file object)."""
        sources = self.sources
        with uploads.Disk(data) as disk:
            if resume:
                held = sources.GetUpload(image_source_service_pb2.GetUploadRequest(name=resume))
                uploads.check_resumed(held, disk.size)
            else:
                held = sources.CreateUpload(uploads.create_request(parent, location, disk.size))
            writer = uploads.Writer(held.name, disk, chunk_size, progress)
            if progress is not None:
                progress(held.name, held.received_bytes, disk.size)
            if held.state != image_source_service_pb2.UPLOAD_STATE_COMMITTED:
                self._write(writer, held.received_bytes)
            digest = writer.sha256()
        return sources.CommitUpload(
            uploads.commit_request(held.name, disk.size, digest),
            timeout=uploads.commit_timeout(self.timeout, disk.size),
        )

    def _write(self, writer: uploads.Writer, received: int) -> None:
        retries = WriteRetries(self.retry, writer)
        while True:
            try:
                self.sources.WriteUpload(writer.messages(received))
            except ImageGalleryError as error:
                time.sleep(retries.failed(error))
                held = self.sources.GetUpload(
                    image_source_service_pb2.GetUploadRequest(name=writer.name)
                )
                received = retries.resumed(received, held)
                continue
            retries.succeeded()
            return

    def watch(
        self,
        scope: str = "",
        start_cursor: str = "",
        send_initial_state: bool = False,
        *,
        max_reconnects: int = 0,
        on_reconnect: Callable[[ImageGalleryError, bool], None] | None = None,
        initial_backoff: float = 0.1,
        max_backoff: float = 5.0,
    ) -> Iterator[replication_service_pb2.WatchReplicationStatusResponse]:
        """Watches the replication status of everything in `scope` (a resource ID;
        "" for everything). The watch outlives its streams: after a disconnect
        (UNAVAILABLE, a reset or ended stream) or WATCH_TOO_SLOW it reopens from the
        last cursor, with backoff, so no change is lost or repeated; when its cursor
        expired it starts again with send_initial_state (look for the checkpoint with
        initial_state_done). Other errors raise ImageGalleryError. `max_reconnects`
        bounds consecutive fruitless reconnects (0: no bound). Closing the iterator
        (break, or ``.close()``) cancels the stream."""
        backoff = Backoff(initial_backoff, max_backoff)
        streams = WatchStreams(start_cursor, send_initial_state, backoff, max_reconnects)
        while True:
            call = self.replication.WatchReplicationStatus(streams.request(scope))
            error: ImageGalleryError | None = None
            try:
                for msg in call:
                    streams.saw(msg)
                    yield msg
            except grpc.RpcError as e:
                error = from_rpc_error(e)
            finally:
                call.cancel()
            time.sleep(streams.ended(error, on_reconnect))
