"""The standard google.longrunning.Operations service over the store's operations."""

from google.longrunning import operations_pb2, operations_pb2_grpc
from google.protobuf import empty_pb2
from google.protobuf.message import Message
from google.rpc import status_pb2
from grpc.aio import ServicerContext
from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery.v1 import operation_metadata_pb2

from imagegallery_server.api import requests
from imagegallery_server.api.errors import recorded, status_message
from imagegallery_server.auth import context
from imagegallery_server.domain import access
from imagegallery_server.domain.access import Permission
from imagegallery_server.domain.contract import to_proto
from imagegallery_server.domain.errors import FailedPrecondition, NotFound, Violations
from imagegallery_server.domain.image_versions import ImageVersions
from imagegallery_server.domain.operations import Operation, Operations

MAX_WAIT_SECONDS = 600.0
DEFAULT_WAIT_SECONDS = 60.0
READ, WRITE = Permission.READ, Permission.WRITE


def operation_message(operation: Operation, versions: ImageVersions) -> operations_pb2.Operation:
    """An operation as google.longrunning has it: its metadata always, then its
    error or its response (the version as it is now, or Empty for a delete)."""
    message = operations_pb2.Operation(name=operation.name, done=operation.done)
    message.metadata.Pack(to_proto(operation, operation_metadata_pb2.OperationMetadata))
    if not operation.done:
        return message
    if operation.error is not None:
        message.error.CopyFrom(_status(operation))
    else:
        message.response.Pack(_response(operation, versions))
    return message


def _status(operation: Operation) -> status_pb2.Status:
    error = operation.error
    assert error is not None
    return status_message(recorded(error.code, error.reason, error.message, error.metadata))


def _response(operation: Operation, versions: ImageVersions) -> Message:
    if operation.verb == "delete":
        return empty_pb2.Empty()
    try:
        return to_proto(versions.get_full(operation.target, full=True), version_pb.ImageVersion)
    except NotFound:
        return empty_pb2.Empty()  # deleted since


class OperationsServicer(operations_pb2_grpc.OperationsServicer):
    def __init__(self, operations: Operations, versions: ImageVersions) -> None:
        self._operations = operations
        self._versions = versions

    async def GetOperation(
        self, request: operations_pb2.GetOperationRequest, _: ServicerContext
    ) -> operations_pb2.Operation:
        return operation_message(self._authorized(request.name, READ), self._versions)

    async def ListOperations(
        self, request: operations_pb2.ListOperationsRequest, _: ServicerContext
    ) -> operations_pb2.ListOperationsResponse:
        v = Violations()
        size = requests.page_size(request.page_size, v)
        after = requests.read_page_token(request.page_token, "operations", v)
        v.raise_if_any()
        page = self._operations.list_page(size, after)
        caller = context.caller()
        visible = [o for o in page.items if caller.may(READ, o.target)]
        return operations_pb2.ListOperationsResponse(
            operations=[operation_message(o, self._versions) for o in visible],
            next_page_token=requests.page_token(page.next_after, "operations"),
        )

    async def WaitOperation(
        self, request: operations_pb2.WaitOperationRequest, _: ServicerContext
    ) -> operations_pb2.Operation:
        asked = requests.duration(request, "timeout")
        timeout = min((asked and asked.total_seconds()) or DEFAULT_WAIT_SECONDS, MAX_WAIT_SECONDS)
        self._authorized(request.name, READ)
        operation = await self._operations.wait(request.name, timeout)
        return operation_message(operation, self._versions)

    async def CancelOperation(
        self, request: operations_pb2.CancelOperationRequest, _: ServicerContext
    ) -> empty_pb2.Empty:
        operation = self._authorized(request.name, WRITE)
        raise FailedPrecondition(
            "OPERATION_NOT_CANCELLABLE",
            f"The {operation.verb} of {operation.target} cannot be cancelled; change the "
            "version's target regions or delete it instead.",
            resource=operation.name,
        )

    async def DeleteOperation(
        self, request: operations_pb2.DeleteOperationRequest, _: ServicerContext
    ) -> empty_pb2.Empty:
        self._authorized(request.name, WRITE)
        await self._operations.delete(request.name)
        return empty_pb2.Empty()

    def _authorized(self, name: str, permission: Permission) -> Operation:
        """The operation, if the caller holds `permission` on its target. To others,
        an operation that does not exist is as refused as one they may not see."""
        caller = context.caller()
        try:
            operation = self._operations.get(name)
        except NotFound:
            if caller.administrator:
                raise
            raise access.denied(caller, permission, name) from None
        context.authorize(permission, operation.target)
        return operation
