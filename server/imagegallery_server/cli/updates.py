"""`update --set/--add/--remove`: a resource read, changed as az prints it, and
the fields of the message that changed (an update mask's paths)."""

import argparse
from collections.abc import Callable
from typing import TypeVar

from google.protobuf.field_mask_pb2 import FieldMask
from google.protobuf.message import Message

from imagegallery_server.cli import generic_update
from imagegallery_server.cli.errors import UsageError
from imagegallery_server.cli.shapes import from_azure, to_azure

M = TypeVar("M", bound=Message)


def updated(current: M, args: argparse.Namespace) -> tuple[M, list[str]]:
    """`current` with the generic update arguments applied, and the top-level
    fields they changed."""
    before = to_azure(current)
    after = generic_update.apply(before, args)
    try:
        changed = from_azure(after, type(current)())
    except ValueError as error:
        raise UsageError(f"argument --set/--add/--remove: {error}") from None
    by_key = {field.json_name: field.name for field in current.DESCRIPTOR.fields}
    keys = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    unknown = sorted(k for k in keys if k not in by_key)
    if unknown:
        raise UsageError(f"argument --set/--add/--remove: {', '.join(unknown)} cannot be set")
    return changed, sorted(by_key[key] for key in keys)


def changes(
    args: argparse.Namespace,
    name: str,
    flagged: M,
    flag_paths: list[str],
    get: Callable[[str], M],
    flags: str,
) -> tuple[M, FieldMask]:
    """The resource `name` as an update sends it, and the mask: `flagged` (what
    the command's own flags set, at `flag_paths`), over the resource as read and
    changed by --set/--add/--remove when given; `flags` names the command's own
    for the error when nothing changes."""
    resource, paths = flagged, list(flag_paths)
    if generic_update.given(args):
        resource, generic = updated(get(name), args)
        FieldMask(paths=flag_paths).MergeMessage(flagged, resource, True, True)
        paths += generic
    if not paths:
        raise UsageError(f"nothing to change: give {flags}, --set, --add or --remove")
    resource.name = name  # type: ignore[attr-defined]
    resource.etag = args.if_match or resource.etag  # type: ignore[attr-defined]
    return resource, FieldMask(paths=sorted(set(paths)))
