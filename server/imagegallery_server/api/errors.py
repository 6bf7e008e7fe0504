"""Domain errors as gRPC statuses: one ErrorInfo always, a BadRequest for
validation, a QuotaFailure for limits."""

import grpc
from google.protobuf import any_pb2
from google.protobuf.message import Message
from google.rpc import error_details_pb2, status_pb2
from grpc_status import rpc_status
from imagegallery.v1 import error_reason_pb2

from imagegallery_server.domain import names
from imagegallery_server.domain.errors import DomainError, InvalidArgument, ResourceExhausted

DOMAIN = "imagegallery.v1"


class NotDecodable(DomainError):
    """The request's bytes are no message of its method's request type."""

    code = "INVALID_ARGUMENT"

    def __init__(self, method: str) -> None:
        message = method.rsplit("/", 1)[-1]
        super().__init__(
            "REQUEST_NOT_DECODABLE",
            f"The bytes received are not a {message} request message of this API; is the "
            "client built from another contract?",
            method=method,
        )


class ServerFault(DomainError):
    """A failure of the server's own, not the caller's."""

    code = "INTERNAL"

    def __init__(self, request_id: str) -> None:
        super().__init__(
            "SERVER_FAULT",
            f"internal error (request id {request_id}); the server log has the details",
            request_id=request_id,
        )


def recorded(code: str, reason: str, message: str, metadata: dict[str, str]) -> DomainError:
    """An error as it was recorded (an operation's), to be answered again."""
    error = DomainError(reason, message, **metadata)
    error.code = code
    return error


# Errors echo what was sent; bounded, so that a status always fits gRPC's
# trailers (about 8 KiB) and reaches the client with its details.
MAX_MESSAGE = 1024
MAX_TEXT = 256
MAX_VIOLATIONS = 20


def _short(text: str, limit: int = MAX_TEXT) -> str:
    return text if len(text) <= limit else f"{text[: limit - 32]}… ({len(text)} characters)"


def reason_name(reason: str) -> str:
    """The ErrorReason value name of a domain reason; fails loudly for one the contract lacks."""
    name = f"ERROR_REASON_{reason}"
    error_reason_pb2.ErrorReason.Value(name)
    return name


def to_status(error: DomainError) -> grpc.Status:
    return rpc_status.to_status(status_message(error))


def status_message(error: DomainError) -> status_pb2.Status:
    """The google.rpc.Status of `error`: an ErrorInfo always, and a BadRequest for
    validation, a QuotaFailure for limits."""
    code = grpc.StatusCode[error.code]
    metadata = {key: _short(value) for key, value in error.metadata.items()}
    details: list[Message] = [
        error_details_pb2.ErrorInfo(
            reason=reason_name(error.reason), domain=DOMAIN, metadata=metadata
        )
    ]
    if isinstance(error, InvalidArgument):
        shown = error.violations[:MAX_VIOLATIONS]
        violations = [
            error_details_pb2.BadRequest.FieldViolation(
                field=_short(v.field),
                description=_short(v.description),
                reason=reason_name(v.reason),
            )
            for v in shown
        ]
        if len(error.violations) > len(shown):
            violations[-1].description += f" (and {len(error.violations) - len(shown)} more)"
        details.append(error_details_pb2.BadRequest(field_violations=violations))
    if isinstance(error, ResourceExhausted):
        details.append(
            error_details_pb2.QuotaFailure(
                violations=[
                    error_details_pb2.QuotaFailure.Violation(
                        subject=str(names.SubscriptionName(error.metadata.get("subscription", ""))),
                        description=_short(error.message, MAX_MESSAGE),
                    )
                ]
            )
        )
    return status_pb2.Status(
        code=code.value[0],
        message=_short(error.message, MAX_MESSAGE),
        details=[_pack(d) for d in details],
    )


def _pack(detail: Message) -> any_pb2.Any:
    packed = any_pb2.Any()
    packed.Pack(detail)
    return packed
