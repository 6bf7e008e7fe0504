"""Proto messages ⇄ domain dataclasses, field by field of the same name.

Enum values map by name: OS_TYPE_WINDOWS ⇄ OsType.WINDOWS; the zero value is None.
"""

import dataclasses
import functools
import types
import typing
from collections.abc import Callable
from datetime import UTC, datetime
from enum import Enum
from typing import Any, TypeVar

from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message
from google.protobuf.timestamp_pb2 import Timestamp

from imagegallery_server.domain.errors import Violations

T = TypeVar("T")
M = TypeVar("M", bound=Message)


def to_domain(
    message: Message,
    cls: type[T],
    path: str,
    v: Violations,
    ignore: frozenset[str] = frozenset(),
    _relative: str = "",
) -> T:
    """The dataclass `cls` read from `message`; bad values are added to `v`.
    Fields whose path (relative to the top, without list indexes) is in `ignore`
    — the output-only ones — are left at their defaults, unread."""
    hints = typing.get_type_hints(cls)
    values = {}
    fields = message.DESCRIPTOR.fields_by_name
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        relative = f"{_relative}.{f.name}".lstrip(".")
        if relative in ignore:
            continue
        nested = _Nested(ignore, relative)
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


def to_proto(value: Any, message_cls: type[M]) -> M:
    return message_cls(**_fields_of(type(value), message_cls.DESCRIPTOR)(value))


@functools.cache
def _fields_of(cls: type, message: Descriptor) -> Callable[[Any], dict[str, Any]]:
    """The constructor arguments of `message` from a `cls`, built once per pair: every
    field of `cls` that the message has (a message may show fewer), None left unset."""
    hints = typing.get_type_hints(cls)
    fields = message.fields_by_name
    setters = [
        (f.name, _value_to_proto(fields[f.name], hints[f.name]))
        for f in dataclasses.fields(cls)
        if f.name in fields
    ]

    def arguments(value: Any) -> dict[str, Any]:
        values = {}
        for name, convert in setters:
            raw = getattr(value, name)
            if raw is not None:
                values[name] = raw if convert is None else convert(raw)
        return values

    return arguments


def _value_to_proto(descriptor: FieldDescriptor, hint: Any) -> Callable[[Any], Any] | None:
    """How a value of the field becomes a constructor argument; None: as it is."""
    hint = _unwrap_optional(hint)
    if descriptor.message_type is not None and descriptor.message_type.GetOptions().map_entry:
        return dict
    if descriptor.is_repeated:
        item = _item_to_proto(descriptor, typing.get_args(hint)[0])
        return list if item is None else (lambda values: [item(v) for v in values])
    return _item_to_proto(descriptor, hint)


def _item_to_proto(descriptor: FieldDescriptor, hint: Any) -> Callable[[Any], Any] | None:
    message = descriptor.message_type
    if descriptor.type == FieldDescriptor.TYPE_ENUM:
        return _enum_numbers(descriptor, hint).__getitem__
    if message is not None and message.full_name == Timestamp.DESCRIPTOR.full_name:
        return _timestamp
    if message is not None:
        return _fields_of(hint, message)
    return None


def _enum_numbers(descriptor: FieldDescriptor, enum_cls: type[Enum]) -> dict[Enum, int]:
    return {member: _enum_number(descriptor, member) for member in enum_cls}


def _timestamp(value: datetime) -> dict[str, int]:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    since = value - _EPOCH
    return {"seconds": since.days * 86400 + since.seconds, "nanos": since.microseconds * 1000}


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _field_to_domain(
    descriptor: FieldDescriptor,
    hint: Any,
    raw: Any,
    parent: Message,
    path: str,
    v: Violations,
    nested: _Nested,
) -> Any:
    inner = _unwrap_optional(hint)
    if descriptor.message_type is not None and descriptor.message_type.GetOptions().map_entry:
        return dict(raw)
    if descriptor.is_repeated:
        (item_hint,) = typing.get_args(inner)
        if descriptor.message_type is not None:
            return [
                to_domain(item, item_hint, f"{path}[{i}]", v, nested.ignore, nested.relative)
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
        return to_domain(raw, inner, path, v, nested.ignore, nested.relative)
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
    prefix = _enum_prefix(descriptor)
    value = descriptor.enum_type.values_by_number.get(number)
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


def _enum_number(descriptor: FieldDescriptor, value: Enum) -> int:
    return descriptor.enum_type.values_by_name[_enum_prefix(descriptor) + value.name].number


def _enum_prefix(descriptor: FieldDescriptor) -> str:
    """ "OS_TYPE_" for OsType: its zero value's name without "UNSPECIFIED"."""
    return descriptor.enum_type.values_by_number[0].name.removesuffix("UNSPECIFIED")


def _unwrap_optional(hint: Any) -> Any:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        (inner,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return inner
    return hint
