"""The asyncio flavour of :class:`imagegallery.client.Client`: the same surface on
``grpc.aio``, with ``await client.wait(...)`` and ``async for ... in client.watch(...)``.

::

    async with AsyncClient("127.0.0.1:50051", token="...") as client:
        upload = await client.upload(resource_group, "eastus", "disk.raw")
        version = await client.wait(await client.versions.CreateImageVersion(request))
        async for message in client.watch(version.name, send_initial_state=True):
            ...

A failed call raises the typed error of imagegallery.errors, as with Client.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Generator
from typing import Any, NoReturn

import grpc
import grpc.aio
from google.longrunning import operations_pb2, operations_pb2_grpc
from google.protobuf import message

from imagegallery import uploads
from imagegallery.client import (
    DEFAULT_TIMEOUT,
    KEEPALIVE_OPTIONS,
    MAX_CHUNK,
    WAIT_SLICE_SECONDS,
    Backoff,
    OperationWait,
    Progress,
    RetryPolicy,
    Surface,
    WatchStreams,
    WriteRetries,
    _has_request_id,
    _not_done,
    channel_credentials,
    new_request_id,
    operation_result,
    safe_to_retry,
)
from imagegallery.errors import DeadlineExceededError, ImageGalleryError, from_rpc_error
from imagegallery.lro import AsyncItemPaged, PollerState
from imagegallery.uploads import DiskData, UploadProgress
from imagegallery.v1 import (
    access_service_pb2_grpc,
    gallery_service_pb2_grpc,
    image_definition_service_pb2_grpc,
    image_source_service_pb2,
    image_source_service_pb2_grpc,
    image_version_service_pb2_grpc,
    maintenance_service_pb2_grpc,
    planning_service_pb2_grpc,
    region_service_pb2_grpc,
    replication_service_pb2,
    replication_service_pb2_grpc,
    shared_gallery_service_pb2_grpc,
)

__all__ = ["AsyncClient", "AsyncItemPaged", "AsyncLROPoller"]


def _details(details: grpc.aio.ClientCallDetails, token: str | None) -> grpc.aio.ClientCallDetails:
    """The call's details with `token` as its bearer token (unchanged without one)."""
    metadata = details.metadata
    if token:
        pairs = [(k, v) for k, v in (metadata or ()) if k != "authorization"]
        metadata = grpc.aio.Metadata(*pairs, ("authorization", f"Bearer {token}"))
    return _call_details(details, details.timeout, metadata)


def _call_details(
    details: grpc.aio.ClientCallDetails, timeout: float | None, metadata: grpc.aio.Metadata | None
) -> grpc.aio.ClientCallDetails:
    return grpc.aio.ClientCallDetails(
        details.method, timeout, metadata, details.credentials, details.wait_for_ready
    )


def _raise_typed(error: grpc.RpcError) -> NoReturn:
    typed = from_rpc_error(error)
    if typed is error:
        raise error
    raise typed from error


class _TypedUnaryCall(grpc.aio.UnaryUnaryCall):
    """A unary-response call whose failure, once awaited, raises the typed error."""

    def __init__(self, call: Any) -> None:
        self._call = call

    def __await__(self) -> Generator[Any, None, Any]:
        try:
            return (yield from self._call.__await__())
        except grpc.RpcError as error:
            _raise_typed(error)

    def cancel(self) -> bool:
        return self._call.cancel()

    def cancelled(self) -> bool:
        return self._call.cancelled()

    def done(self) -> bool:
        return self._call.done()

    def add_done_callback(self, callback: Callable[[Any], None]) -> None:
        self._call.add_done_callback(lambda _: callback(self))

    def time_remaining(self) -> float | None:
        return self._call.time_remaining()

    async def initial_metadata(self) -> Any:
        return await self._call.initial_metadata()

    async def trailing_metadata(self) -> Any:
        return await self._call.trailing_metadata()

    async def code(self) -> grpc.StatusCode:
        return await self._call.code()

    async def details(self) -> str:
        return await self._call.details()

    async def debug_error_string(self) -> str | None:
        return await self._call.debug_error_string()

    async def wait_for_connection(self) -> None:
        await self._call.wait_for_connection()


class _TypedStreamUnaryCall(_TypedUnaryCall, grpc.aio.StreamUnaryCall):
    async def write(self, request: Any) -> None:
        await self._call.write(request)

    async def done_writing(self) -> None:
        await self._call.done_writing()


async def _typed_responses(call: Any) -> AsyncIterator[Any]:
    """A streaming-response call's messages; its failure raises the typed error."""
    try:
        async for message in call:
            yield message
    except grpc.RpcError as error:
        _raise_typed(error)


# grpc's continuations and calls are typed per method by the stubs; Any here.
_Continuation = Callable[[grpc.aio.ClientCallDetails, Any], Awaitable[Any]]
_Details = grpc.aio.ClientCallDetails


class _Token:
    def __init__(self, token: str | None) -> None:
        self.token = token


class _UnaryUnary(_Token, grpc.aio.UnaryUnaryClientInterceptor):
    def __init__(
        self, token: str | None, timeout: float | None, retry: RetryPolicy, request_ids: bool
    ) -> None:
        super().__init__(token)
        self.timeout, self.retry, self.request_ids = timeout, retry, request_ids

    async def intercept_unary_unary(
        self, continuation: _Continuation, client_call_details: _Details, request: Any
    ) -> Any:
        if self.request_ids and _has_request_id(request) and not request.request_id:
            copy = type(request)()
            copy.CopyFrom(request)
            copy.request_id = new_request_id()
            request = copy
        details = _details(client_call_details, self.token)
        timeout = details.timeout if details.timeout is not None else self.timeout
        return _TypedUnaryCall(await self._call(continuation, details, request, timeout))

    async def _call(
        self, continuation: _Continuation, details: _Details, request: Any, timeout: float | None
    ) -> Any:
        if self.retry.max_attempts <= 1 or not safe_to_retry(details.method, request):
            return await continuation(_call_details(details, timeout, details.metadata), request)
        deadline = time.monotonic() + timeout if timeout else None
        backoff = Backoff(self.retry.initial, self.retry.maximum, self.retry.multiplier)
        attempt = 0
        while True:
            attempt += 1
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            call = await continuation(_call_details(details, remaining, details.metadata), request)
            code = await call.code()
            if code != grpc.StatusCode.UNAVAILABLE or attempt >= self.retry.max_attempts:
                return call
            pause = backoff.delay()
            if deadline is not None and time.monotonic() + pause >= deadline:
                return call
            await asyncio.sleep(pause)


class _UnaryStream(_Token, grpc.aio.UnaryStreamClientInterceptor):
    async def intercept_unary_stream(
        self, continuation: _Continuation, client_call_details: _Details, request: Any
    ) -> Any:
        call = await continuation(_details(client_call_details, self.token), request)
        return _typed_responses(call)


class _StreamUnary(_Token, grpc.aio.StreamUnaryClientInterceptor):
    async def intercept_stream_unary(
        self, continuation: _Continuation, client_call_details: _Details, request_iterator: Any
    ) -> Any:
        details = _details(client_call_details, self.token)
        return _TypedStreamUnaryCall(await continuation(details, request_iterator))


class _StreamStream(_Token, grpc.aio.StreamStreamClientInterceptor):
    async def intercept_stream_stream(
        self, continuation: _Continuation, client_call_details: _Details, request_iterator: Any
    ) -> Any:
        call = await continuation(_details(client_call_details, self.token), request_iterator)
        return _typed_responses(call)


class AsyncLROPoller(PollerState):
    """:class:`imagegallery.client.LROPoller` on asyncio: ``await result()``,
    ``await wait()``; ``status()`` and ``done()`` tell the operation as last read
    (``await refresh()`` reads it again)."""

    def __init__(
        self,
        client: AsyncClient,
        operation: operations_pb2.Operation,
        progress: Progress | None = None,
        interval: float = WAIT_SLICE_SECONDS,
    ) -> None:
        super().__init__(operation)
        self._client, self._progress, self._interval = client, progress, interval

    async def refresh(self) -> None:
        """Reads the operation again while it runs."""
        if not self.operation.done:
            request = operations_pb2.GetOperationRequest(name=self.operation_name)
            self._seen(await self._client.operations.GetOperation(request))

    def status(self) -> str:
        return self._status()

    def done(self) -> bool:
        return self.operation.done

    async def wait(self, timeout: float | None = None) -> None:
        """As :meth:`imagegallery.client.LROPoller.wait`."""
        if self.operation.done:
            return
        client, name = self._client, self.operation_name
        try:
            self._seen(await client.wait_done(name, self._progress, timeout, self._interval))
        except DeadlineExceededError:  # the timeout: the wait retries its calls' own
            return

    async def result(self, timeout: float | None = None) -> message.Message | None:
        """As :meth:`imagegallery.client.LROPoller.result`."""
        await self.wait(timeout)
        if not self.operation.done:
            raise _not_done(self)
        return operation_result(self.operation)


class AsyncClient(Surface[Awaitable[AsyncLROPoller], AsyncItemPaged[Any]]):
    """:class:`imagegallery.client.Client` on asyncio; the stubs' calls are awaited
    and raise the typed errors of imagegallery.errors."""

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
        self.retry = retry or RetryPolicy()
        interceptors: list[grpc.aio.ClientInterceptor] = [
            _UnaryUnary(token, timeout, self.retry, auto_request_ids),
            _UnaryStream(token),
            _StreamUnary(token),
            _StreamStream(token),
        ]
        channel_options = [*KEEPALIVE_OPTIONS, *(options or [])]
        credentials = channel_credentials(tls)
        if credentials is None:
            self.channel = grpc.aio.insecure_channel(
                address, options=channel_options, interceptors=interceptors
            )
        else:
            self.channel = grpc.aio.secure_channel(
                address, credentials, options=channel_options, interceptors=interceptors
            )
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

    async def close(self) -> None:
        await self.channel.close()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def wait(
        self,
        operation: operations_pb2.Operation | str,
        progress: Progress | None = None,
        timeout: float | None = None,
        *,
        interval: float = WAIT_SLICE_SECONDS,
        on_retry: Callable[[ImageGalleryError], None] | None = None,
    ) -> message.Message | None:
        """As :meth:`imagegallery.client.Client.wait`."""
        return operation_result(
            await self.wait_done(operation, progress, timeout, interval, on_retry=on_retry)
        )

    async def wait_done(
        self,
        operation: operations_pb2.Operation | str,
        progress: Progress | None = None,
        timeout: float | None = None,
        interval: float = WAIT_SLICE_SECONDS,
        *,
        on_retry: Callable[[ImageGalleryError], None] | None = None,
    ) -> operations_pb2.Operation:
        """As :meth:`imagegallery.client.Client.wait_done`."""
        wait = OperationWait(operation, progress, timeout, interval, self.timeout, on_retry)
        while True:
            request, call_timeout = wait.request()
            try:
                current = await self.operations.WaitOperation(request, timeout=call_timeout)
            except ImageGalleryError as error:
                await asyncio.sleep(wait.failed(error))
                continue
            if wait.answered(current):
                return current
            await asyncio.sleep(wait.pause())

    async def _begin(
        self, service: str, rpc: str, request: Any, progress: Progress | None
    ) -> AsyncLROPoller:
        operation = await getattr(getattr(self, service), rpc)(request)
        return AsyncLROPoller(self, operation, progress)

    def _paged(self, service: str, rpc: str, request: Any) -> AsyncItemPaged[Any]:
        return AsyncItemPaged(getattr(getattr(self, service), rpc), request)

    def paged(
        self, list_call: Callable[[Any], Awaitable[Any]], request: Any, field: str | None = None
    ) -> AsyncItemPaged[Any]:
        """As :meth:`imagegallery.client.Client.paged`, for ``async for``."""
        return AsyncItemPaged(list_call, request, field)

    async def poller_from(
        self,
        operation_name: str,
        progress: Progress | None = None,
        interval: float = WAIT_SLICE_SECONDS,
    ) -> AsyncLROPoller:
        """As :meth:`imagegallery.client.Client.poller_from`."""
        request = operations_pb2.GetOperationRequest(name=operation_name)
        operation = await self.operations.GetOperation(request)
        return AsyncLROPoller(self, operation, progress, interval)

    async def upload(
        self,
        parent: str,
        location: str,
        data: DiskData,
        *,
        resume: str = "",
        chunk_size: int = MAX_CHUNK,
        progress: UploadProgress | None = None,
    ) -> image_source_service_pb2.Upload:
        """As :meth:`imagegallery.client.Client.upload`; the disk is read and hashed
        in a worker thread."""
        sources = self.sources
        disk = await asyncio.to_thread(uploads.Disk, data)
        try:
            if resume:
                held = await sources.GetUpload(
                    image_source_service_pb2.GetUploadRequest(name=resume)
                )
                uploads.check_resumed(held, disk.size)
            else:
                held = await sources.CreateUpload(
                    uploads.create_request(parent, location, disk.size)
                )
            writer = uploads.Writer(held.name, disk, chunk_size, progress)
            if progress is not None:
                progress(held.name, held.received_bytes, disk.size)
            if held.state != image_source_service_pb2.UPLOAD_STATE_COMMITTED:
                await self._write(writer, held.received_bytes)
            digest = await asyncio.to_thread(writer.sha256)
        finally:
            disk.close()
        return await sources.CommitUpload(
            uploads.commit_request(held.name, disk.size, digest),
            timeout=uploads.commit_timeout(self.timeout, disk.size),
        )

    async def _write(self, writer: uploads.Writer, received: int) -> None:
        retries = WriteRetries(self.retry, writer)
        while True:
            try:
                await self.sources.WriteUpload(_in_thread(writer.messages(received)))
            except ImageGalleryError as error:
                await asyncio.sleep(retries.failed(error))
                held = await self.sources.GetUpload(
                    image_source_service_pb2.GetUploadRequest(name=writer.name)
                )
                received = retries.resumed(received, held)
                continue
            retries.succeeded()
            return

    async def watch(
        self,
        scope: str = "",
        start_cursor: str = "",
        send_initial_state: bool = False,
        *,
        max_reconnects: int = 0,
        on_reconnect: Callable[[ImageGalleryError, bool], None] | None = None,
        initial_backoff: float = 0.1,
        max_backoff: float = 5.0,
    ) -> AsyncIterator[replication_service_pb2.WatchReplicationStatusResponse]:
        """As :meth:`imagegallery.client.Client.watch`, for ``async for``."""
        backoff = Backoff(initial_backoff, max_backoff)
        streams = WatchStreams(start_cursor, send_initial_state, backoff, max_reconnects)
        while True:
            call = self.replication.WatchReplicationStatus(streams.request(scope))
            error: ImageGalleryError | None = None
            try:
                async for msg in call:
                    streams.saw(msg)
                    yield msg
            except grpc.RpcError as e:
                error = from_rpc_error(e)
            finally:
                call.cancel()
            await asyncio.sleep(streams.ended(error, on_reconnect))


async def _in_thread(messages: Any) -> AsyncIterator[Any]:
    """The items of a blocking iterator, each taken in a worker thread."""
    done = object()
    while (message := await asyncio.to_thread(next, messages, done)) is not done:
        yield message
