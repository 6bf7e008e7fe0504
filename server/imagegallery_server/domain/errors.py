"""Errors the domain raises; the API edge turns each into a gRPC status.

`reason` is the name of an ErrorReason value without its "ERROR_REASON_" prefix.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Violation:
    """One thing wrong with a request: the request field it concerns and why."""

    field: str
    reason: str
    description: str


class DomainError(Exception):
    code = "UNKNOWN"

    def __init__(self, reason: str, message: str, **metadata: object) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.metadata = {key: str(value) for key, value in metadata.items()}


class InvalidArgument(DomainError):
    code = "INVALID_ARGUMENT"

    def __init__(self, violations: list[Violation]) -> None:
        first = violations[0]
        summary = "; ".join(f"{v.field}: {v.description}" for v in violations)
        super().__init__(first.reason, f"Invalid request: {summary}", field=first.field)
        self.violations = violations


class NotFound(DomainError):
    code = "NOT_FOUND"


class AlreadyExists(DomainError):
    code = "ALREADY_EXISTS"


class FailedPrecondition(DomainError):
    code = "FAILED_PRECONDITION"


class Aborted(DomainError):
    code = "ABORTED"


class OutOfRange(DomainError):
    """Past the valid range: a value the client may fix by staying within it
    (unlike INVALID_ARGUMENT, which no state of the server makes valid)."""

    code = "OUT_OF_RANGE"


class ResourceExhausted(DomainError):
    code = "RESOURCE_EXHAUSTED"


class Unavailable(DomainError):
    """Not servable now (a zone or region down); the same call may succeed later."""

    code = "UNAVAILABLE"


@dataclass
class Violations:
    """Collects every violation of a request, so that one answer names them all."""

    items: list[Violation] = field(default_factory=list)

    def add(self, field_path: str, reason: str, description: str) -> None:
        self.items.append(Violation(field_path, reason, description))

    def required(self, field_path: str, what: str) -> None:
        """Unless the field was already found wrong (an unknown value reads as unset)."""
        if all(v.field != field_path for v in self.items):
            self.add(field_path, "FIELD_REQUIRED", f"{what} is required")

    def extend(self, other: "Violations") -> None:
        self.items.extend(other.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise InvalidArgument(self.items)


class Unauthenticated(DomainError):
    code = "UNAUTHENTICATED"


class PermissionDenied(DomainError):
    code = "PERMISSION_DENIED"
