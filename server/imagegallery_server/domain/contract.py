"""Domain dataclasses → the contract's proto messages, field by field of the same
name. Enum values map by name: OsType.WINDOWS → OS_TYPE_WINDOWS; None stays unset.

Each (dataclass, message) pair gets its converter built once, on first use."""

import dataclasses
import functools
import typing
from collections.abc import Callable
from datetime import UTC, datetime
from enum import Enum
from typing import Any, TypeVar, cast

from google.protobuf.descriptor import Descriptor, EnumDescriptor, FieldDescriptor
from google.protobuf.message import Message
from google.protobuf.timestamp_pb2 import Timestamp

from imagegallery_server.domain.codec import unwrap_optional

M = TypeVar("M", bound=Message)


def to_proto(value: Any, message_cls: type[M]) -> M:
    # A bare `type`: mypy takes it as the Hashable functools.cache asks, not type[Any].
    cls: type = type(value)
    return message_cls(**_fields_of(cls, message_cls.DESCRIPTOR)(value))


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
    hint = unwrap_optional(hint)
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


def _enum_number(descriptor: FieldDescriptor, value: Enum) -> int:
    return enum_type(descriptor).values_by_name[enum_prefix(descriptor) + value.name].number


def enum_prefix(descriptor: FieldDescriptor) -> str:
    """ "OS_TYPE_" for OsType: its zero value's name without "UNSPECIFIED"."""
    return enum_type(descriptor).values_by_number[0].name.removesuffix("UNSPECIFIED")


def enum_type(descriptor: FieldDescriptor) -> EnumDescriptor:
    """The enum of an enum field (protobuf's enum_type is None for any other)."""
    if descriptor.enum_type is None:
        raise TypeError(f"{descriptor.full_name} is not an enum field")
    return descriptor.enum_type


def descriptor_of(message: Message) -> Descriptor:
    """`message.DESCRIPTOR`: the stub adds upb's class, a Descriptor at run time too."""
    return cast(Descriptor, message.DESCRIPTOR)
