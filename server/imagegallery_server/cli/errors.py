"""Errors as people read them: one line, then one line per field at fault."""

import grpc
from google.rpc import error_details_pb2
from grpc_status import rpc_status


class CliError(Exception):
    """A failure the command explains in one line; exit status 1."""


class UsageError(Exception):
    """Flags that do not go together; reported like argparse's own, exit status 2."""


def describe_rpc_error(error: grpc.RpcError, address: str) -> list[str]:
    """`ERROR: <CODE>: <message>`, then `  <field>: <description>` for each
    BadRequest field violation of the google.rpc.Status."""
    code = error.code() if callable(getattr(error, "code", None)) else None
    name = code.name if code is not None else "UNKNOWN"
    message = (error.details() if callable(getattr(error, "details", None)) else "") or ""
    violations: list[error_details_pb2.BadRequest.FieldViolation] = []
    try:
        # from_call's stub wants a grpc.Call; it reads only what every RpcError has.
        status = rpc_status.from_call(error)  # type: ignore[arg-type]
    except (AttributeError, ValueError):
        status = None
    if status is not None:
        for detail in status.details:
            if detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
                bad_request = error_details_pb2.BadRequest()
                detail.Unpack(bad_request)
                violations += bad_request.field_violations
    if code == grpc.StatusCode.UNAVAILABLE and not status:
        message = f"cannot reach the server at {address}: {message}"
    return [f"ERROR: {name}: {_headline(message, violations)}"] + [
        f"  {v.field}: {v.description}" for v in violations
    ]


def _headline(message: str, violations: list) -> str:
    """The message without the summary of the violations listed under it."""
    summary = "; ".join(f"{v.field}: {v.description}" for v in violations)
    if violations and message.endswith(summary) and len(message) > len(summary):
        return message[: -len(summary)].rstrip(": ") or message
    return message.replace("\n", " ")
