"""The ARM REST front as an ASGI app: each request becomes the gRPC API's calls,
made in-process (arm.calls), and their answers ARM's JSON, status codes and
long-running-operation headers, as the official SDKs' pollers read them."""

import json
import time
import urllib.parse
from collections.abc import Callable
from typing import Any

import structlog
from google.longrunning import operations_pb2
from google.protobuf.field_mask_pb2 import FieldMask
from google.protobuf.message import Message
from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery_server.arm import shapes
from imagegallery_server.arm.calls import Caller, Handler, Refused
from imagegallery_server.arm.errors import ArmError, bad_request, from_refusal
from imagegallery_server.arm.routes import OperationStatus, Resources, SoftDeleted, resolve
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

log = structlog.get_logger("imagegallery.arm")
# The api-versions the pinned SDKs send (and the ones between); see the README.
API_VERSIONS = frozenset({"2023-07-03", "2024-03-03", "2025-03-03", "2025-12-03", "2026-03-03"})
RETRY_AFTER = "1"  # seconds between an SDK's polls of a running operation
GET_OPERATION = "/google.longrunning.Operations/GetOperation"
FULL = 2  # ImageVersionView.IMAGE_VERSION_VIEW_FULL
CANCELLED = 1  # google.rpc.Code: an operation cancelled (CancelOperation) ended so


def build(handler: Callable[[str], Handler]) -> Starlette:
    async def serve(request: Request) -> Response:
        started = time.perf_counter()
        caller = Caller(handler, request.headers.get("authorization", ""))
        try:
            response = await _answer(request, caller)
        except Refused as refused:
            response = _error(from_refusal(refused))
        except ArmError as error:
            response = _error(error)
        except Exception:
            log.exception("arm.crashed", path=request.url.path, request_id=caller.request_id)
            why = f"The server failed; its log has the cause under request id {caller.request_id}."
            response = _error(ArmError(500, "InternalServerError", why))
        response.headers["x-ms-request-id"] = caller.request_id
        if sent := request.headers.get("x-ms-client-request-id"):
            response.headers["x-ms-client-request-id"] = sent
        log.info(
            "arm.request",
            method=request.method,
            path=request.url.path,
            status=response.status_code,
            duration_ms=round((time.perf_counter() - started) * 1000, 3),
            request_id=caller.request_id,
        )
        return response

    methods = ["GET", "PUT", "PATCH", "DELETE"]
    return Starlette(routes=[Route("/{path:path}", serve, methods=methods)])


async def _answer(request: Request, caller: Caller) -> Response:
    api_version = request.query_params.get("api-version", "")
    if not api_version:
        raise bad_request(
            "MissingApiVersionParameter", "The api-version query parameter is required."
        )
    if api_version not in API_VERSIONS:
        supported = ", ".join(sorted(API_VERSIONS))
        raise bad_request(
            "InvalidApiVersionParameter",
            f"The api-version '{api_version}' is not supported; supported: {supported}.",
        )
    target = resolve(request.url.path)
    if isinstance(target, OperationStatus) and request.method == "GET":
        return await _operation_status(request, caller, target)
    if isinstance(target, SoftDeleted) and request.method == "GET":
        return await _soft_deleted(request, caller, target, api_version)
    if not isinstance(target, Resources):
        raise ArmError(
            404, "NotFound", f"No resource or operation is served at {request.url.path}."
        )
    exchange = _Exchange(request, caller, target, api_version)
    verbs = {
        ("GET", False): exchange.listed,
        ("GET", True): exchange.get,
        ("PUT", True): exchange.put,
        ("PATCH", True): exchange.patch,
        ("DELETE", True): exchange.delete,
    }
    answer = verbs.get((request.method, bool(target.resource_id)))
    if answer is None:
        raise ArmError(405, "MethodNotAllowed", f"{request.method} is not served on a collection.")
    return await answer()


class _Exchange:
    """One request on a collection or on one of its resources."""

    def __init__(self, request: Request, caller: Caller, target: Resources, api_version: str):
        self.request, self.call, self.target = request, caller, target
        self.collection = target.collection
        self.api_version = api_version

    async def listed(self) -> Response:
        token = self.request.query_params.get("$skiptoken", "")
        page = await self._call("List", parent=self.target.parent, page_token=token)
        items = getattr(page, self.collection.list_field)
        body: dict[str, Any] = {"value": [self._shown(item) for item in items]}
        if page.next_page_token:
            body["nextLink"] = _next_link(self.request, self.api_version, page.next_page_token)
        return JSONResponse(body)

    async def get(self) -> Response:
        return JSONResponse(self._shown(await self._read()))

    async def put(self) -> Response:
        sent = await self._sent()
        try:
            await self._read()
        except Refused as refused:
            if refused.code.name != "NOT_FOUND":
                raise
            created = await self._call(
                "Create",
                parent=self.target.parent,
                **{
                    self.collection.field: sent,
                    f"{self.collection.field}_id": self.target.resource_id,
                },
            )
            return await self._done(created, 201)
        return await self._update(sent, ["*"])

    async def patch(self) -> Response:
        body = await self._body()
        if self.collection.long_running and shapes.restores(body):
            restored = await self._call("Undelete", name=self.target.name)
            return JSONResponse(self._shown(restored))
        return await self._update(shapes.from_arm(self.collection.kind, body), [])

    async def delete(self) -> Response:
        bypass = self.request.query_params.get("bypassSoftDelete", "").lower() == "true"
        flags = {"bypass_soft_delete": True} if bypass and self.collection.long_running else {}
        try:
            deleted = await self._call("Delete", name=self.target.name, **flags)
        except Refused as refused:
            if refused.code.name == "NOT_FOUND":
                return Response(status_code=204)
            raise
        if not isinstance(deleted, operations_pb2.Operation):
            return Response(status_code=200)
        status = self._status_url(deleted, "local")
        headers = {"Azure-AsyncOperation": status, "Location": status + "&monitor=true"}
        return Response(status_code=202, headers={**headers, "Retry-After": RETRY_AFTER})

    async def _update(self, sent: Message, paths: list[str]) -> Response:
        sent.name = self.target.name  # type: ignore[attr-defined]
        mask = FieldMask(paths=paths)
        updated = await self._call("Update", **{self.collection.field: sent, "update_mask": mask})
        return await self._done(updated, 200)

    async def _done(self, answer: Message, status: int) -> Response:
        """A resource answered as it is now; a long operation's headers with it."""
        if not isinstance(answer, operations_pb2.Operation):
            return JSONResponse(self._shown(answer), status_code=status)
        current = await self._read()
        location = getattr(current, "location", "") or "local"
        headers = {
            "Azure-AsyncOperation": self._status_url(answer, location),
            "Retry-After": RETRY_AFTER,
        }
        return JSONResponse(self._shown(current), status_code=status, headers=headers)

    async def _read(self) -> Message:
        expand = self.request.query_params.get("$expand", "").lower() == "replicationstatus"
        view = {"view": FULL} if expand and self.collection.long_running else {}
        return await self._call("Get", name=self.target.name, **view)

    async def _call(self, verb: str, **fields: Any) -> Any:
        request = self.collection.request(verb, **fields)
        return await self.call(self.collection.method(verb), request, Message)

    async def _sent(self) -> Message:
        return shapes.from_arm(self.collection.kind, await self._body())

    async def _body(self) -> Any:
        try:
            return json.loads(await self.request.body() or b"{}")
        except ValueError:
            raise bad_request("InvalidRequestContent", "The request body is not JSON.") from None

    def _shown(self, message: Message) -> dict[str, Any]:
        return shapes.to_arm(self.collection.kind, message)

    def _status_url(self, operation: operations_pb2.Operation, location: str) -> str:
        operation_id = operation.name.rsplit("/", 1)[-1]
        path = (
            f"/subscriptions/{self.target.subscription}/providers/Microsoft.Compute"
            f"/locations/{location}/capsOperations/{operation_id}"
        )
        return _url(self.request, path, {"api-version": self.api_version})


async def _operation_status(request: Request, caller: Caller, target: OperationStatus) -> Response:
    name = f"operations/{target.operation_id}"
    request_message = operations_pb2.GetOperationRequest(name=name)
    operation = await caller(GET_OPERATION, request_message, operations_pb2.Operation)
    monitoring = request.query_params.get("monitor", "").lower() == "true"
    if not operation.done:
        if monitoring:
            return Response(status_code=202, headers={"Retry-After": RETRY_AFTER})
        body = {"name": target.operation_id, "status": "InProgress"}
        return JSONResponse(body, headers={"Retry-After": RETRY_AFTER})
    if operation.HasField("error"):
        failure = from_refusal(Refused(operation.error))
        if monitoring:
            return _error(failure)
        ended = "Canceled" if operation.error.code == CANCELLED else "Failed"
        return JSONResponse({"name": target.operation_id, "status": ended, **failure.body()})
    if monitoring:
        return Response(status_code=204)
    return JSONResponse({"name": target.operation_id, "status": "Succeeded"})


async def _soft_deleted(
    request: Request, caller: Caller, target: SoftDeleted, api_version: str
) -> Response:
    token = request.query_params.get("$skiptoken", "")
    listing = version_pb.ListSoftDeletedResourcesRequest(parent=target.definition, page_token=token)
    page = await caller(
        "ImageVersionService/ListSoftDeletedResources",
        listing,
        version_pb.ListSoftDeletedResourcesResponse,
    )
    items = [shapes.soft_deleted_to_arm(target.gallery, r) for r in page.soft_deleted_resources]
    body: dict[str, Any] = {"value": items}
    if page.next_page_token:
        body["nextLink"] = _next_link(request, api_version, page.next_page_token)
    return JSONResponse(body)


def _next_link(request: Request, api_version: str, page_token: str) -> str:
    """Absolute, with the api-version: the SDKs GET it as it is."""
    query = {"api-version": api_version, "$skiptoken": page_token}
    return _url(request, request.url.path, query)


def _url(request: Request, path: str, query: dict[str, str]) -> str:
    return f"{str(request.base_url).rstrip('/')}{path}?" + urllib.parse.urlencode(query)


def _error(error: ArmError) -> Response:
    return JSONResponse(
        error.body(), status_code=error.status, headers={"x-ms-error-code": error.code}
    )
