"""The standard methods (Get, List, Create, Update, Delete) of one resource kind, proto ⇄ domain.

Each servicer method is one line that hands its request to a ResourceEdge.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from google.protobuf.empty_pb2 import Empty
from google.protobuf.message import Message

from imagegallery_server.api import requests
from imagegallery_server.api.convert import to_domain
from imagegallery_server.auth import context
from imagegallery_server.domain.access import Caller
from imagegallery_server.domain.contract import to_proto
from imagegallery_server.domain.errors import Violations
from imagegallery_server.domain.model import Page
from imagegallery_server.domain.resources import Mutation

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

D = TypeVar("D", bound="DataclassInstance")
P = TypeVar("P", bound=Message)
L = TypeVar("L", bound=Message)


class Rules(Protocol[D]):
    """The domain side of a resource kind (e.g. domain.galleries.Galleries)."""

    def answer(self, name: str) -> bytes: ...
    def shown(self, resource: D) -> D: ...
    def list_page(
        self, parent: str, page_size: int, after: str, within: list[str] | None
    ) -> Page[Message]: ...
    async def create(
        self,
        parent: str,
        resource_id: str,
        resource: D,
        mutation: Mutation,
        v: Violations,
        caller: Caller,
    ) -> D: ...
    async def update(
        self, resource: D, paths: list[str], mutation: Mutation, v: Violations
    ) -> D: ...
    async def delete(self, name: str, etag: str, force: bool, mutation: Mutation) -> None: ...


class ResourceEdge(Generic[D, P, L]):
    def __init__(
        self,
        rules: Rules[D],
        message: type[P],
        model: type[D],
        field: str,
        list_response: Callable[..., L],
        list_field: str,
    ) -> None:
        self._rules = rules
        self._message = message
        self._model = model
        self._field = field  # the request field holding the resource, e.g. "gallery"
        self._list_response = list_response
        self._list_field = list_field

    def get(self, request: Any) -> P:
        # The domain answers the message as it is stored, serialized (see observed.py).
        return self._rules.answer(request.name)  # type: ignore[return-value]

    def list(self, request: Any) -> L:
        v = Violations()
        size = requests.page_size(request.page_size, v)
        after = requests.read_page_token(request.page_token, request.parent, v)
        v.raise_if_any()
        within = context.require_list(request.parent)
        page = self._rules.list_page(request.parent, size, after, within)
        messages, next_after = requests.fit_page(page.items, page.next_after)
        return self._list_response(
            **{self._list_field: messages},
            next_page_token=requests.page_token(next_after, request.parent),
        )

    async def create(self, method: str, request: Any) -> P:
        v = Violations()
        resource = self._read(getattr(request, self._field), v)
        mutation = requests.mutation(method, request, v)
        resource_id = getattr(request, f"{self._field}_id")
        created = await self._rules.create(
            request.parent, resource_id, resource, mutation, v, context.caller()
        )
        return to_proto(self._rules.shown(created), self._message)

    async def update(self, method: str, request: Any) -> P:
        v = Violations()
        sent = getattr(request, self._field)
        resource = self._read(sent, v)
        paths = requests.update_paths(sent, request.update_mask, "update_mask", v)
        mutation = requests.mutation(method, request, v)
        updated = await self._rules.update(resource, paths, mutation, v)
        return to_proto(self._rules.shown(updated), self._message)

    async def delete(self, method: str, request: Any) -> Empty:
        mutation = requests.sole_mutation(method, request)
        force = getattr(request, "force", False)  # not every kind has children
        await self._rules.delete(request.name, request.etag, force, mutation)
        return Empty()

    def _read(self, message: Message, v: Violations) -> D:
        """The resource sent, its output-only fields unread."""
        return to_domain(message, self._model, self._field, v)
