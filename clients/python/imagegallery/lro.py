"""Azure-shaped surfaces shared by Client and AsyncClient: pollers for the long
operations (as azure-core's LROPoller) and pagers for the List calls (as ItemPaged).

The poller's state (the operation as last read, its status) and the pager's steps
(the request of each page, its items, the next page's token) live here once; the
sync and async classes only make the calls.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar

import grpc
from google.longrunning import operations_pb2
from google.protobuf import message

from imagegallery.errors import from_status

__all__ = ["AsyncItemPaged", "ItemPaged", "PollerState", "status_of"]

T = TypeVar("T")

IN_PROGRESS, SUCCEEDED, FAILED, CANCELED = "InProgress", "Succeeded", "Failed", "Canceled"


def status_of(operation: operations_pb2.Operation) -> str:
    """The operation's status as Azure names it: "InProgress", "Succeeded",
    "Failed" or "Canceled"."""
    if not operation.done:
        return IN_PROGRESS
    if not operation.HasField("error"):
        return SUCCEEDED
    cancelled = from_status(operation.error).code == grpc.StatusCode.CANCELLED
    return CANCELED if cancelled else FAILED


class PollerState:
    """What a poller knows of its operation: its name (the continuation token) and
    the operation as last read."""

    def __init__(self, operation: operations_pb2.Operation) -> None:
        self._operation = operation

    @property
    def operation_name(self) -> str:
        return self._operation.name

    def continuation_token(self) -> str:
        """The operation's name: ``poller_from(token)`` follows it again."""
        return self._operation.name

    @property
    def operation(self) -> operations_pb2.Operation:
        """The operation as last read."""
        return self._operation

    def _seen(self, operation: operations_pb2.Operation) -> None:
        self._operation = operation

    def _status(self) -> str:
        return status_of(self._operation)


# A List call: the request's type has page_size and page_token, the response's a
# repeated field of items and next_page_token.
ListCall = Callable[[Any], Any]
AsyncListCall = Callable[[Any], Awaitable[Any]]


class _Pages:
    """The steps of paging through a List call: each page's request, and its items."""

    def __init__(self, request: message.Message, field: str | None) -> None:
        self.request, self.field = request, field

    def request_for(self, token: str | None) -> Any:
        request = type(self.request)()
        request.CopyFrom(self.request)
        if token:
            request.page_token = token  # type: ignore[attr-defined]
        return request

    def items(self, response: message.Message) -> list[Any]:
        if self.field is None:
            repeated = [
                name
                for name, value in response.DESCRIPTOR.fields_by_name.items()
                if name != "next_page_token" and value.message_type is not None
            ]
            if len(repeated) != 1:
                raise TypeError(f"{response.DESCRIPTOR.full_name}: name the field of the items")
            self.field = repeated[0]
        return list(getattr(response, self.field))


class ItemPaged(Generic[T]):
    """Every item of a List call, across its pages (following next_page_token),
    as azure-core's ItemPaged: iterate it for the items, or ``by_page()`` for the
    pages, each a list of at most the request's page_size items."""

    def __init__(self, call: ListCall, request: message.Message, field: str | None = None):
        self._call, self._pages = call, _Pages(request, field)

    def by_page(self, continuation_token: str | None = None) -> Iterator[list[T]]:
        """The pages, from the first (or from the page `continuation_token`, a
        next_page_token, names)."""
        token = continuation_token
        while True:
            response = self._call(self._pages.request_for(token))
            yield self._pages.items(response)
            token = response.next_page_token
            if not token:
                return

    def __iter__(self) -> Iterator[T]:
        for page in self.by_page():
            yield from page


class AsyncItemPaged(Generic[T]):
    """:class:`ItemPaged` for ``async for``."""

    def __init__(self, call: AsyncListCall, request: message.Message, field: str | None = None):
        self._call, self._pages = call, _Pages(request, field)

    async def by_page(self, continuation_token: str | None = None) -> AsyncIterator[list[T]]:
        """As :meth:`ItemPaged.by_page`."""
        token = continuation_token
        while True:
            response = await self._call(self._pages.request_for(token))
            yield self._pages.items(response)
            token = response.next_page_token
            if not token:
                return

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.by_page():
            for item in page:
                yield item
