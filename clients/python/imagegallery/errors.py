"""Errors of the imagegallery service as Python exceptions.

Every error the service returns carries a ``google.rpc.ErrorInfo`` (its ``reason`` is
an ``ErrorReason`` name such as ``"ERROR_REASON_INVALID_NAME"``) and, for bad input,
a ``google.rpc.BadRequest`` naming every field at fault. :func:`from_rpc_error`
reads both from a ``grpc.RpcError``.

Calls made through :class:`imagegallery.client.Client` (or the asyncio client)
raise these errors already, typed by status code; they are ``grpc.RpcError``
too, so ``except grpc.RpcError`` still catches them::

    try:
        client.galleries.CreateGallery(request)
    except InvalidArgumentError as error:
        print(error.code, error.reason, error.violations)
    except ImageGalleryError as error:  # any other status
        print(error.code, error.message)

Calls on a channel of your own raise grpc's errors: ``from_rpc_error(e)`` types them.
"""

from __future__ import annotations

from typing import NamedTuple

import grpc
from google.rpc import error_details_pb2, status_pb2
from grpc_status import rpc_status

ERROR_DOMAIN = "imagegallery.v1"

_CODES = {code.value[0]: code for code in grpc.StatusCode}


class Violation(NamedTuple):
    """One ``BadRequest`` field violation: (field, description, reason)."""

    field: str
    description: str
    reason: str


class ImageGalleryError(grpc.RpcError):
    """An error answered by the service (or by a long-running operation).

    ``code`` is the ``grpc.StatusCode`` (an attribute, not grpc.Call's method);
    ``message`` the status message; ``reason`` the ErrorInfo reason ("" when
    none); ``metadata`` the ErrorInfo metadata; ``violations`` every BadRequest
    field violation as (field, description, reason). It is a ``grpc.RpcError``;
    ``details()`` and ``trailing_metadata()`` answer as grpc's errors do.
    """

    # An attribute where grpc.RpcError's stub declares a code() method.
    code: grpc.StatusCode  # type: ignore[assignment]

    def __init__(
        self,
        code: grpc.StatusCode,
        message: str,
        reason: str = "",
        metadata: dict[str, str] | None = None,
        violations: list[Violation] | None = None,
        status: status_pb2.Status | None = None,
    ) -> None:
        super().__init__(f"{code.name}: {message}" + (f" ({reason})" if reason else ""))
        self.code = code
        self.message = message
        self.reason = reason
        self.metadata: dict[str, str] = dict(metadata or {})
        self.violations: list[Violation] = list(violations or [])
        self.status = status

    def details(self) -> str:
        """The status message, as ``grpc.Call.details()``."""
        return self.message

    # grpc answers (key, value) pairs; its stub says a _Metadatum class it has not.
    def trailing_metadata(self) -> tuple[tuple[str, str | bytes], ...]:  # type: ignore[override]
        """The failed call's trailing metadata (empty for an operation's error)."""
        cause = self.__cause__
        read = getattr(cause, "trailing_metadata", None)
        return tuple(read() or ()) if callable(read) else ()

    def is_reason(self, reason: str | int) -> bool:
        """Whether this error carries `reason`, by name or ErrorReason enum value."""
        if isinstance(reason, int):
            from imagegallery.v1 import error_reason_pb2

            reason = error_reason_pb2.ErrorReason.Name(reason)
        return self.reason == reason


class InvalidArgumentError(ImageGalleryError):
    """INVALID_ARGUMENT: see ``violations``."""


class NotFoundError(ImageGalleryError):
    """NOT_FOUND."""


class AlreadyExistsError(ImageGalleryError):
    """ALREADY_EXISTS."""


class FailedPreconditionError(ImageGalleryError):
    """FAILED_PRECONDITION (e.g. a region removal not allowed)."""


class AbortedError(ImageGalleryError):
    """ABORTED (e.g. an etag mismatch)."""


class ResourceExhaustedError(ImageGalleryError):
    """RESOURCE_EXHAUSTED (quota, or a watch too slow)."""


class PermissionDeniedError(ImageGalleryError):
    """PERMISSION_DENIED."""


class UnauthenticatedError(ImageGalleryError):
    """UNAUTHENTICATED."""


class UnavailableError(ImageGalleryError):
    """UNAVAILABLE: the server could not be reached (after retries)."""


class DeadlineExceededError(ImageGalleryError):
    """DEADLINE_EXCEEDED: the call (or a wait) ran out of time."""


class OutOfRangeError(ImageGalleryError):
    """OUT_OF_RANGE (e.g. a watch cursor that expired)."""


_CLASSES: dict[grpc.StatusCode, type[ImageGalleryError]] = {
    grpc.StatusCode.INVALID_ARGUMENT: InvalidArgumentError,
    grpc.StatusCode.NOT_FOUND: NotFoundError,
    grpc.StatusCode.ALREADY_EXISTS: AlreadyExistsError,
    grpc.StatusCode.FAILED_PRECONDITION: FailedPreconditionError,
    grpc.StatusCode.ABORTED: AbortedError,
    grpc.StatusCode.RESOURCE_EXHAUSTED: ResourceExhaustedError,
    grpc.StatusCode.PERMISSION_DENIED: PermissionDeniedError,
    grpc.StatusCode.UNAUTHENTICATED: UnauthenticatedError,
    grpc.StatusCode.UNAVAILABLE: UnavailableError,
    grpc.StatusCode.DEADLINE_EXCEEDED: DeadlineExceededError,
    grpc.StatusCode.OUT_OF_RANGE: OutOfRangeError,
}


def _build(
    code: grpc.StatusCode, message: str, status: status_pb2.Status | None
) -> ImageGalleryError:
    reason, metadata, violations = "", {}, []
    for detail in status.details if status is not None else ():
        info, bad = error_details_pb2.ErrorInfo(), error_details_pb2.BadRequest()
        if not reason and detail.Unpack(info):
            reason, metadata = info.reason, dict(info.metadata)
        elif detail.Unpack(bad):
            violations += [
                Violation(v.field, v.description, v.reason) for v in bad.field_violations
            ]
    cls = _CLASSES.get(code, ImageGalleryError)
    return cls(code, message, reason, metadata, violations, status)


def error_for(code: grpc.StatusCode, message: str, reason: str = "") -> ImageGalleryError:
    """An error of the class for `code`, made on this side (no status to read)."""
    return _CLASSES.get(code, ImageGalleryError)(code, message, reason)


def from_status(status: status_pb2.Status) -> ImageGalleryError:
    """The error of a ``google.rpc.Status`` (e.g. a failed operation's ``error``)."""
    return _build(_CODES.get(status.code, grpc.StatusCode.UNKNOWN), status.message, status)


def from_rpc_error(error: grpc.RpcError) -> ImageGalleryError:
    """The error a failed call raised, with its rich details read."""
    if isinstance(error, ImageGalleryError):
        return error
    code = error.code() if hasattr(error, "code") else grpc.StatusCode.UNKNOWN
    message = error.details() if hasattr(error, "details") else str(error)
    try:
        # from_call's stub wants a grpc.Call; it reads only what every RpcError has.
        status = rpc_status.from_call(error)  # type: ignore[arg-type]
    except (ValueError, AttributeError):
        status = None
    built = _build(code or grpc.StatusCode.UNKNOWN, message or "", status)
    built.__cause__ = error
    return built
