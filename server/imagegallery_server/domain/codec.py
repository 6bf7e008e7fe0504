"""Turns domain dataclasses into JSON-ready dicts and back, for the store's bodies.

Each dataclass gets its encoder and decoder built once, from its type hints, on
first use: reading type hints is reflection that costs more than the conversion
itself, and every resource read goes through here.
"""

import dataclasses
import functools
import types
import typing
from collections.abc import Callable
from datetime import datetime
from enum import Enum
from typing import Any, TypeVar

T = TypeVar("T")
Convert = Callable[[Any], Any]


def encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _encoder(type(value))(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        return {key: encode(item) for key, item in value.items()}
    return value


def decode(cls: type[T], data: dict[str, Any]) -> T:
    # A bare `type`: mypy takes it as the Hashable functools.cache asks, not type[T].
    key: type = cls
    return _decoder(key)(data)


@functools.cache
def _decoder(cls: type) -> Convert:
    """Reads the keys of `data` that are fields of `cls`; a missing key keeps its default."""
    fields = _fields(cls, _DECODING)

    def decode_fields(data: dict[str, Any]) -> Any:
        values = {}
        for name, convert in fields:
            if name in data:
                raw = data[name]
                values[name] = raw if raw is None or convert is None else convert(raw)
        return cls(**values)

    return decode_fields


@functools.cache
def _encoder(cls: type) -> Convert:
    fields = _fields(cls, _ENCODING)

    def encode_fields(value: Any) -> dict[str, Any]:
        body = {}
        for name, convert in fields:
            raw = getattr(value, name)
            body[name] = raw if raw is None or convert is None else convert(raw)
        return body

    return encode_fields


@dataclasses.dataclass(frozen=True)
class _Direction:
    """How each kind of value is converted one way; None: taken as it is."""

    dataclass: Callable[[type], Convert]
    enum: Callable[[type[Enum]], Convert]
    time: Convert
    other: Convert | None


_DECODING = _Direction(lambda cls: _decoder(cls), lambda cls: cls, datetime.fromisoformat, None)
_ENCODING = _Direction(lambda cls: _encoder(cls), lambda _: _enum_value, datetime.isoformat, encode)


def _fields(cls: type, direction: _Direction) -> list[tuple[str, Convert | None]]:
    hints = typing.get_type_hints(cls)
    return [(f.name, _converter(hints[f.name], direction)) for f in dataclasses.fields(cls)]


def _converter(hint: Any, direction: _Direction) -> Convert | None:
    """How a value of type `hint` is converted; None when it is taken as it is."""
    hint = unwrap_optional(hint)
    origin = typing.get_origin(hint)
    if origin is list:
        item = _converter(typing.get_args(hint)[0], direction)
        return list if item is None else (lambda values: [item(x) for x in values])
    if origin is dict:
        return dict
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return direction.dataclass(hint)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return direction.enum(hint)
    if hint is datetime:
        return direction.time
    if hint in (str, int, float, bool):
        return None
    return direction.other  # Any and the like: by what the value is


def _enum_value(member: Enum) -> Any:
    return member.value


def unwrap_optional(hint: Any) -> Any:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        (inner,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return inner
    return hint
