"""Errors as people read them: one line, then one line per field at fault."""

import grpc
from imagegallery.errors import ImageGalleryError


class CliError(Exception):
    """A failure the command explains in one line; exit status 1."""


class UsageError(Exception):
    """Flags that do not go together; reported like argparse's own, exit status 2."""


def describe(error: ImageGalleryError, address: str) -> list[str]:
    """`ERROR: <CODE>: <message>`, then `  <field>: <description>` for each
    field violation the server named."""
    message = error.message
    if error.code == grpc.StatusCode.UNAVAILABLE and error.status is None:
        message = f"cannot reach the server at {address}: {message}"
    return [f"ERROR: {error.code.name}: {_headline(message, error.violations)}"] + [
        f"  {v.field}: {v.description}" for v in error.violations
    ]


def _headline(message: str, violations: list) -> str:
    """The message without the summary of the violations listed under it."""
    summary = "; ".join(f"{v.field}: {v.description}" for v in violations)
    if violations and message.endswith(summary) and len(message) > len(summary):
        return message[: -len(summary)].rstrip(": ") or message
    return message.replace("\n", " ")
