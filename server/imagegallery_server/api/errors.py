"""Domain errors as gRPC statuses: one ErrorInfo always, a BadRequest for
validation, a QuotaFailure for limits."""

import grpc
from google.protobuf import any_pb2
from google.rpc import error_details_pb2, status_pb2
from grpc_status import rpc_status
from imagegallery.v1 import error_reason_pb2

from imagegallery_server.domain.errors import DomainError, InvalidArgument, ResourceExhausted

DOMAIN = "imagegallery.v1"


def reason_name(reason: str) -> str:
    """The ErrorReason value name of a domain reason; fails loudly for one the contract lacks."""
    name = f"ERROR_REASON_{reason}"
    error_reason_pb2.ErrorReason.Value(name)
    return name


def to_status(error: DomainError) -> grpc.Status:
    code = grpc.StatusCode[error.code]
    details = [
        error_details_pb2.ErrorInfo(
            reason=reason_name(error.reason), domain=DOMAIN, metadata=error.metadata
        )
    ]
    if isinstance(error, InvalidArgument):
        details.append(
            error_details_pb2.BadRequest(
                field_violations=[
                    error_details_pb2.BadRequest.FieldViolation(
                        field=v.field, description=v.description, reason=reason_name(v.reason)
                    )
                    for v in error.violations
                ]
            )
        )
    if isinstance(error, ResourceExhausted):
        details.append(
            error_details_pb2.QuotaFailure(
                violations=[
                    error_details_pb2.QuotaFailure.Violation(
                        subject=f"/subscriptions/{error.metadata.get('subscription', '')}",
                        description=error.message,
                    )
                ]
            )
        )
    status = status_pb2.Status(
        code=code.value[0], message=error.message, details=[_pack(d) for d in details]
    )
    return rpc_status.to_status(status)


def _pack(detail: object) -> any_pb2.Any:
    packed = any_pb2.Any()
    packed.Pack(detail)  # type: ignore[arg-type]
    return packed
