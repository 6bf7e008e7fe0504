"""Requests' proto messages → domain dataclasses, field by field of the same name,
with every bad value reported (domain/contract.py goes the other way)."""

import dataclasses
import typing
from datetime import UTC, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message
from google.protobuf.timestamp_pb2 import Timestamp

from imagegallery_server.domain import field_behaviour
from imagegallery_server.domain.codec import unwrap_optional
from imagegallery_server.domain.contract import descriptor_of, enum_prefix, enum_type
from imagegallery_server.domain.errors import Violations

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")
M = TypeVar("M", bound=Message)


def to_domain(message: Message, cls: type[T], path: str, v: Violations) -> T:
    """The dataclass `cls` read from `message`; bad values are added to `v`.
    Fields the contract marks OUTPUT_ONLY, at any depth, are left at their
    defaults, unread."""
    ignore = field_behaviour.of(message.DESCRIPTOR).output_only
    return _message_to_domain(message, cls, path, v, _Nested(ignore, ""))


def _message_to_domain(
    message: Message, cls: type[T], path: str, v: Violations, at: "_Nested"
) -> T:
    """`to_domain` of a message at `at.relative` (without list indexes) from the top."""
    hints = typing.get_type_hints(cls)
    values = {}
    fields = descriptor_of(message).fields_by_name
    for f in dataclasses.fields(cls):
        relative = f"{at.relative}.{f.name}".lstrip(".")
        if relative in at.ignore:
            continue
        nested = _Nested(at.ignore, relative)
        values[f.name] = _field_to_domain(
            fields[f.name],
            hints[f.name],
            getattr(message, f.name),
            message,
            f"{path}.{f.name}",
            v,
            nested,
        )
    return cls(**values)


@dataclasses.dataclass(frozen=True)
class _Nested:
    ignore: frozenset[str]
    relative: str


def _field_to_domain(
    descriptor: FieldDescriptor,
    hint: Any,
    raw: Any,
    parent: Message,
    path: str,
    v: Violations,
    nested: _Nested,
) -> Any:
    inner = unwrap_optional(hint)
    if descriptor.message_type is not None and descriptor.message_type.GetOptions().map_entry:
        return dict(raw)
    if descriptor.is_repeated:
        (item_hint,) = typing.get_args(inner)
        if descriptor.message_type is not None:
            return [
                _message_to_domain(item, item_hint, f"{path}[{i}]", v, nested)
                for i, item in enumerate(raw)
            ]
        if descriptor.type != FieldDescriptor.TYPE_ENUM:
            return list(raw)
        return [
            _enum_to_domain(descriptor, item_hint, item, f"{path}[{i}]", v, listed=True)
            for i, item in enumerate(raw)
        ]
    if descriptor.type == FieldDescriptor.TYPE_ENUM:
        return _enum_to_domain(descriptor, inner, raw, path, v)
    if descriptor.message_type is not None:
        if not parent.HasField(descriptor.name):
            return None if inner is not hint else inner()
        if isinstance(raw, Timestamp):
            return _timestamp_to_domain(raw, path, v)
        return _message_to_domain(raw, inner, path, v, nested)
    if descriptor.has_presence and not parent.HasField(descriptor.name):
        return None  # an `optional` scalar left unset
    return raw


def _enum_to_domain(
    descriptor: FieldDescriptor,
    enum_cls: type[Enum],
    number: int,
    path: str,
    v: Violations,
    listed: bool = False,
) -> Enum | None:
    if number == 0 and not listed:
        return None
    prefix = enum_prefix(descriptor)
    value = enum_type(descriptor).values_by_number.get(number)
    if value is None or number == 0:
        names = ", ".join(prefix + member.name for member in enum_cls)
        v.add(path, "FIELD_INVALID", f"{number} is not one of {names}")
        return None
    return enum_cls[value.name.removeprefix(prefix)]


def _timestamp_to_domain(raw: Timestamp, path: str, v: Violations) -> datetime | None:
    try:
        return raw.ToDatetime(tzinfo=UTC)
    except (ValueError, OverflowError):
        v.add(path, "FIELD_INVALID", "not a time between the years 1 and 9999")
        return None
