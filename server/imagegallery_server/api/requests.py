"""What every request shares: page sizes and tokens, update masks, request ids, durations."""

import base64
import binascii
import hashlib
import json
from datetime import timedelta
from typing import TypeVar

from google.protobuf.descriptor import Descriptor
from google.protobuf.field_mask_pb2 import FieldMask
from google.protobuf.message import Message

from imagegallery_server.auth import context
from imagegallery_server.domain.contract import descriptor_of
from imagegallery_server.domain.errors import Violations
from imagegallery_server.domain.resources import Mutation

M = TypeVar("M", bound=Message)
DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000
MAX_REQUEST_ID = 128
# A page stops short of this many bytes, well under gRPC's 4 MiB message limit.
MAX_PAGE_BYTES = 3 * 1024 * 1024


# google.protobuf.Duration's range: about 10,000 years either way.
MAX_DURATION_SECONDS = 315_576_000_000


def duration(message: Message, field: str) -> timedelta | None:
    """The Duration in `message.field`, None if unset; INVALID_ARGUMENT outside the
    range a Duration may hold (timedelta would overflow)."""
    if not message.HasField(field):
        return None
    value = getattr(message, field)
    if abs(value.seconds) > MAX_DURATION_SECONDS or abs(value.nanos) > 999_999_999:
        v = Violations()
        v.add(
            field,
            "FIELD_INVALID",
            f"{value.seconds} s {value.nanos} ns is outside a Duration's range "
            f"(±{MAX_DURATION_SECONDS} s)",
        )
        v.raise_if_any()
    return value.ToTimedelta()


def page_size(requested: int, v: Violations) -> int:
    if requested < 0:
        v.add("page_size", "FIELD_INVALID", f"{requested} is negative; use 0 for the default")
    return min(requested or DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)


def read_page_token(token: str, scope: str, v: Violations) -> str:
    """The key to continue after; the token must come from a list of the same scope."""
    if not token:
        return ""
    try:
        data = json.loads(base64.urlsafe_b64decode(token.encode()))
        if data["scope"] == _scope_hash(scope):
            return str(data["after"])
    except (binascii.Error, ValueError, KeyError, TypeError):
        pass
    v.add(
        "page_token",
        "INVALID_PAGE_TOKEN",
        "not a page token of this list; send the next_page_token of the previous page "
        "with the same parent",
    )
    return ""


def fit_page(messages: list[M], next_after: str | None) -> tuple[list[M], str | None]:
    """The leading messages that fit in MAX_PAGE_BYTES (at least one), and the key
    to continue after."""
    total = 0
    for index, message in enumerate(messages):
        total += message.ByteSize()
        if total > MAX_PAGE_BYTES and index > 0:
            # Every resource message has a name; Message declares none.
            return messages[:index], messages[index - 1].name.lower()  # type: ignore[attr-defined]
    return messages, next_after


def page_token(after: str | None, scope: str) -> str:
    if after is None:
        return ""
    data = json.dumps({"after": after, "scope": _scope_hash(scope)})
    return base64.urlsafe_b64encode(data.encode()).decode()


def _scope_hash(scope: str) -> str:
    return hashlib.sha256(scope.lower().encode()).hexdigest()[:16]


def update_paths(resource: Message, mask: FieldMask, mask_field: str, v: Violations) -> list[str]:
    """The paths an update changes: the mask's, "*" for every field, or with no
    mask every field set in the resource (a field left out of the mask is left alone)."""
    descriptor = descriptor_of(resource)
    if not mask.paths:
        return [f.name for f, _ in resource.ListFields()]
    if list(mask.paths) == ["*"]:
        return [f.name for f in descriptor.fields]
    for index, path in enumerate(mask.paths):
        if not _names_a_field(descriptor, path):
            fields = ", ".join(f.name for f in descriptor.fields)
            v.add(
                f"{mask_field}.paths[{index}]",
                "INVALID_UPDATE_MASK",
                f"{path!r} is not a field of {descriptor.name} (fields: {fields})",
            )
    return list(mask.paths)


def _names_a_field(descriptor: Descriptor, path: str) -> bool:
    """Whether `path` names a field of the message, not going inside a
    well-known type such as a Timestamp (which is set whole)."""
    if not FieldMask(paths=[path]).IsValidForDescriptor(descriptor):
        return False
    for part in path.split(".")[:-1]:
        inner = descriptor.fields_by_name[part].message_type
        if inner is None or inner.full_name.startswith("google.protobuf."):
            return False
        descriptor = inner
    return True


def mutation(method: str, request: Message, v: Violations) -> Mutation:
    """The request id of a mutating request and a fingerprint of the rest of it."""
    request_id = getattr(request, "request_id", "")
    if not request_id:
        return Mutation()
    if len(request_id) > MAX_REQUEST_ID:
        v.add(
            "request_id",
            "FIELD_INVALID",
            f"{len(request_id)} characters; a request id has at most {MAX_REQUEST_ID} "
            "(a UUID is the usual choice)",
        )
    rest = type(request)()
    rest.CopyFrom(request)
    rest.ClearField("request_id")
    digest = hashlib.sha256(method.encode() + rest.SerializeToString(deterministic=True))
    return Mutation(request_id, digest.hexdigest(), context.caller().principal)


def sole_mutation(method: str, request: Message) -> Mutation:
    """`mutation` for a request with nothing else to check: refused at once if bad."""
    v = Violations()
    found = mutation(method, request, v)
    v.raise_if_any()
    return found
