"""Errors in Azure Resource Manager's shape: an HTTP status and
``{"error": {"code", "message", "target", "details"}}``, the code Azure uses where
one exists. The status, reason and field violations come from the gRPC status the
same call would have answered."""

from dataclasses import dataclass, field
from typing import Any

import grpc
from google.rpc import error_details_pb2, status_pb2
from imagegallery_server.arm.calls import Refused

# (HTTP status, ARM code) by gRPC code; a reason below may say more precisely.
_BY_CODE = {
    grpc.StatusCode.INVALID_ARGUMENT: (400, "InvalidParameter"),
    grpc.StatusCode.NOT_FOUND: (404, "ResourceNotFound"),
    grpc.StatusCode.ALREADY_EXISTS: (409, "Conflict"),
    grpc.StatusCode.FAILED_PRECONDITION: (409, "OperationNotAllowed"),
    grpc.StatusCode.ABORTED: (412, "PreconditionFailed"),
    grpc.StatusCode.PERMISSION_DENIED: (403, "AuthorizationFailed"),
    grpc.StatusCode.UNAUTHENTICATED: (401, "AuthenticationFailed"),
    grpc.StatusCode.RESOURCE_EXHAUSTED: (409, "OperationNotAllowed"),
    grpc.StatusCode.UNAVAILABLE: (503, "ServiceUnavailable"),
}
_BY_REASON = {
    "ERROR_REASON_PARENT_NOT_FOUND": (404, "ParentResourceNotFound"),
    "ERROR_REASON_SUBSCRIPTION_NOT_FOUND": (404, "SubscriptionNotFound"),
    "ERROR_REASON_IMMUTABLE_FIELD": (409, "PropertyChangeNotAllowed"),
    "ERROR_REASON_QUOTA_EXCEEDED": (409, "QuotaExceeded"),
    "ERROR_REASON_TOKEN_EXPIRED": (401, "ExpiredAuthenticationToken"),
    "ERROR_REASON_TOKEN_MISSING": (401, "AuthenticationFailedMissingToken"),
    "ERROR_REASON_RESOURCE_HAS_CHILDREN": (409, "CannotDeleteResource"),
}


@dataclass
class ArmError(Exception):
    status: int
    code: str
    message: str
    target: str = ""
    details: list[dict[str, str]] = field(default_factory=list)

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.target:
            error["target"] = self.target
        if self.details:
            error["details"] = self.details
        return {"error": error}


def bad_request(code: str, message: str, target: str = "") -> ArmError:
    return ArmError(400, code, message, target)


def from_refusal(refused: Refused) -> ArmError:
    status = refused.status
    reason, violations = _details(status)
    http, code = _BY_REASON.get(reason) or _BY_CODE.get(refused.code, (500, "InternalServerError"))
    details = [{"code": code, "target": v.field, "message": v.description} for v in violations]
    target = violations[0].field if violations else ""
    return ArmError(http, code, status.message, target, details)


def _details(
    status: status_pb2.Status,
) -> tuple[str, list[error_details_pb2.BadRequest.FieldViolation]]:
    info, bad = error_details_pb2.ErrorInfo(), error_details_pb2.BadRequest()
    for detail in status.details:
        detail.Unpack(info) or detail.Unpack(bad)  # each is unpacked into its own kind
    return info.reason, list(bad.field_violations)
