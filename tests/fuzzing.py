"""Generated requests for the fuzz run: for any RPC, bytes that are random, near
a valid request (one field changed to an extreme), a valid request's bytes
mutated, or not a message at all, each with a bearer token good or bad.

Everything is drawn from one random.Random, so a seed reproduces a run.
"""

import math
import random
import string
from collections.abc import Callable
from dataclasses import dataclass

from google.protobuf import descriptor_pool, json_format, message_factory
from google.protobuf.descriptor import Descriptor, FieldDescriptor, MethodDescriptor
from google.protobuf.message import Message

INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)
RANGES = {
    FieldDescriptor.TYPE_INT32: INT32,
    FieldDescriptor.TYPE_SINT32: INT32,
    FieldDescriptor.TYPE_SFIXED32: INT32,
    FieldDescriptor.TYPE_ENUM: INT32,
    FieldDescriptor.TYPE_INT64: INT64,
    FieldDescriptor.TYPE_SINT64: INT64,
    FieldDescriptor.TYPE_SFIXED64: INT64,
    FieldDescriptor.TYPE_UINT32: (0, 2**32 - 1),
    FieldDescriptor.TYPE_FIXED32: (0, 2**32 - 1),
    FieldDescriptor.TYPE_UINT64: (0, 2**64 - 1),
    FieldDescriptor.TYPE_FIXED64: (0, 2**64 - 1),
}
FLOATS = (math.nan, math.inf, -math.inf, -0.0, 1e308, -1e308, 5e-324, 1e-3, 1e12)
# google.protobuf.Duration/Timestamp seconds and nanos well outside their ranges.
TIME_SECONDS = (INT64[0], INT64[1], -(2**40), 2**40, 315_576_000_001, -62_135_596_801, -1, 0)
TIME_NANOS = (INT32[0], INT32[1], -1, 1_000_000_000, 999_999_999)
ODD_TEXT = (
    "",
    " ",
    "-",
    "*",
    "..",
    "/",
    "//",
    "%00",
    "\x00",
    "\u202egreve\u202c",
    "名前",
    "🖼️🖼️",
    "a\nb",
    "'; DROP TABLE galleries; --",
    "\uff25\uff41\uff53\uff54 \uff35\uff33",  # "East US" in full-width letters
    "-1",
    "0",
    "2147483648",
    "99999999999999999999.0.0",
    "1.0.0.0",
    "latest",
    "NaN",
    "1e400",
    "lun-99999999999999999999",
    "eyJhZnRlciI6IDEsICJzY29wZSI6IDF9",  # base64 of a page token of another shape
    "x" * 300,
    "é" * 5000,
    "y" * 100_000,
)
# Bytes that no protobuf parser accepts, whatever the message.
UNDECODABLE = (
    bytes.fromhex("0a02fffe"),  # field 1 as a string that is not UTF-8
    bytes.fromhex("0aff"),  # a length that never ends
    bytes.fromhex("0a10616263"),  # a length beyond the end
    bytes.fromhex("08ffffffffffffffffffff01"),  # a varint of 11 bytes
    bytes.fromhex("0f"),  # wire type 7
    bytes.fromhex("0001"),  # field number 0
    bytes.fromhex("0b"),  # a group that never ends
    bytes.fromhex("0c"),  # the end of a group never started
)


DELETING = ("Delete", "Revoke", "RemoveGroupMember")


@dataclass(frozen=True)
class Rpc:
    """One method the server serves: its path, its request type, how it streams."""

    path: str
    request: type[Message]
    client_streaming: bool
    server_streaming: bool

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[1]


def rpc_of(path: str) -> Rpc:
    """The method at "/package.Service/Method", from the protos the client knows."""
    service, method = path.strip("/").split("/")
    described: MethodDescriptor = descriptor_pool.Default().FindMethodByName(f"{service}.{method}")
    request = message_factory.GetMessageClass(described.input_type)
    return Rpc(path, request, described.client_streaming, described.server_streaming)


def fill(template: object, names: dict[str, str], rng: random.Random) -> object:
    """The template with "{name}" replaced by names[name], "{fresh}" by a new id."""
    if isinstance(template, dict):
        return {key: fill(value, names, rng) for key, value in template.items()}
    if isinstance(template, list):
        return [fill(value, names, rng) for value in template]
    if isinstance(template, str):
        fresh = "f" + "".join(rng.choices(string.ascii_lowercase + string.digits, k=10))
        return template.format(fresh=fresh, **names)
    return template


class Generator:
    """Requests for one run: `valid[path]` is a valid request of each RPC as a
    JSON-like dict (a list of them for a client stream), `names` the seeded
    resource names for extreme values to draw from. Those named "doomed_…" are
    there to be deleted; a deleting RPC is aimed at no other, so that the run
    keeps its resources to the end."""

    def __init__(self, rng: random.Random, valid: dict[str, object], names: dict[str, str]):
        self.rng = rng
        self.valid = valid
        self.names = names
        self.doomed = [name for key, name in names.items() if key.startswith("doomed_")]
        self.pool = list(names.values())  # the names odd values are drawn from
        self.kinds: dict[str, Callable[[Rpc], list[bytes]]] = {
            "valid": self.valid_messages,
            "near-valid": self.near_valid,
            "mutated bytes": self.mutated_bytes,
            "random message": self.random_message,
            "random bytes": self.random_bytes,
            "undecodable": self.undecodable,
        }
        self.weights = [10, 40, 20, 10, 10, 10]

    def request(self, rpc: Rpc) -> tuple[str, list[bytes]]:
        """A kind of request and its messages' bytes (one message unless a client stream)."""
        kind = self.rng.choices(list(self.kinds), self.weights)[0]
        self.pool = self.doomed if rpc.name.startswith(DELETING) else list(self.names.values())
        if rpc.client_streaming and self.rng.random() < 0.02:
            return "empty stream", []
        return kind, self.kinds[kind](rpc)

    # Kinds of request

    def valid_messages(self, rpc: Rpc) -> list[bytes]:
        return [m.SerializeToString() for m in self._templates(rpc)]

    def near_valid(self, rpc: Rpc) -> list[bytes]:
        messages = self._templates(rpc)
        mutate_field(self.rng.choice(messages), self)
        return [m.SerializeToString() for m in messages]

    def mutated_bytes(self, rpc: Rpc) -> list[bytes]:
        return [self._mutate_bytes(raw) for raw in self.valid_messages(rpc)]

    def random_message(self, rpc: Rpc) -> list[bytes]:
        message = rpc.request()
        for _ in range(self.rng.randint(1, 6)):
            mutate_field(message, self)
        return [message.SerializeToString()]

    def random_bytes(self, rpc: Rpc) -> list[bytes]:
        return [self.rng.randbytes(self.rng.choice((0, 1, 2, 5, 17, 64, 300, 4096)))]

    def undecodable(self, rpc: Rpc) -> list[bytes]:
        valid = self.valid_messages(rpc)
        valid[-1] += self.rng.choice(UNDECODABLE)
        return valid

    # Values

    def integer(self, field: FieldDescriptor) -> int:
        low, high = RANGES.get(field.type, INT64)
        edges = [low, high, low + 1, high - 1, 0, 1, -1, 2**31, 2**32, 10**12, 512, 1 << 20]
        edges += [high // 2, high // 512, 1 << 40, -(1 << 40), 2**53 + 1]
        picked = self.rng.choice([self.rng.randint(low, high), *edges])
        return min(max(picked, low), high)

    def text(self, short: bool = False) -> str:
        """Odd text, a seeded name, or one a little off; `short`: at most 300 characters."""
        pick = self.rng.random()
        if pick < 0.4:
            return self.rng.choice(ODD_TEXT[:-2] if short else ODD_TEXT)
        name = self.rng.choice(self.pool)
        if pick < 0.7:
            return name
        return self._mutate_text(name)

    def enum(self, field: FieldDescriptor) -> int:
        numbers = [v.number for v in field.enum_type.values]
        return self.rng.choice([*numbers, -1, max(numbers) + 1, INT32[0], INT32[1]])

    def _templates(self, rpc: Rpc) -> list[Message]:
        template = fill(self.valid[rpc.path], self.names, self.rng)
        dicts = template if isinstance(template, list) else [template]
        return [json_format.ParseDict(d, rpc.request()) for d in dicts]

    def _mutate_text(self, text: str) -> str:
        at = self.rng.randrange(len(text) + 1)
        insert = self.rng.choice(["/", "-", "..", "%", "\u0301", "ß", "'", "*", " ", "x" * 90])
        return text[:at] + insert + text[at + 1 :]

    def _mutate_bytes(self, raw: bytes) -> bytes:
        data = bytearray(raw or b"\x00")
        for _ in range(self.rng.randint(1, 4)):
            at = self.rng.randrange(len(data))
            operation = self.rng.randrange(5)
            if operation == 0:
                data[at] ^= 1 << self.rng.randrange(8)
            elif operation == 1:
                data.insert(at, self.rng.randrange(256))
            elif operation == 2 and len(data) > 1:
                del data[at]
            elif operation == 3:
                data[at] = self.rng.choice((0x00, 0x7F, 0x80, 0xFF))
            else:
                data = data[:at] + data[at:] * 2
        return bytes(data)


def mutate_field(message: Message, generator: Generator) -> None:
    """Sets one field, chosen at random at any depth, to an odd or extreme value."""
    rng = generator.rng
    descriptor: Descriptor = message.DESCRIPTOR
    if descriptor.full_name in WELL_KNOWN:
        WELL_KNOWN[descriptor.full_name](message, rng)
        return
    field = _pick_field(message, rng)
    if field is None:
        return
    if field.message_type is not None and field.message_type.GetOptions().map_entry:
        _set_map_entry(message, field, generator)
    elif field.message_type is not None:
        if field.is_repeated:
            children = getattr(message, field.name)
            child = children.add() if not children or rng.random() < 0.5 else children[0]
        else:
            child = getattr(message, field.name)
            child.SetInParent()
        mutate_field(child, generator)
    elif field.is_repeated:
        values = getattr(message, field.name)
        count = rng.choice((1, 2, 50, 1000))
        values.extend(_scalar(field, generator, short=count > 2) for _ in range(count))
    else:
        setattr(message, field.name, _scalar(field, generator))


def _pick_field(message: Message, rng: random.Random) -> FieldDescriptor | None:
    """A field of the message: most often one already set (so that a valid
    request keeps all but one value), else any."""
    present = [f for f, _ in message.ListFields()]
    if present and rng.random() < 0.7:
        return rng.choice(present)
    return rng.choice(message.DESCRIPTOR.fields) if message.DESCRIPTOR.fields else None


def _set_map_entry(message: Message, field: FieldDescriptor, generator: Generator) -> None:
    entries = getattr(message, field.name)
    key_field, value_field = field.message_type.fields
    count = generator.rng.choice((1, 3, 100))
    for _ in range(count):
        key = _scalar(key_field, generator, short=count > 3)
        entries[key] = _scalar(value_field, generator, short=count > 3)


def _scalar(field: FieldDescriptor, generator: Generator, short: bool = False) -> object:
    """A value for the field; `short` ones, for fields set many times, keep a
    request well under gRPC's 4 MiB."""
    kind = field.type
    if kind == FieldDescriptor.TYPE_STRING:
        return generator.text(short)
    if kind == FieldDescriptor.TYPE_BYTES:
        return generator.rng.randbytes(generator.rng.choice((0, 1, 16, 50 if short else 5000)))
    if kind == FieldDescriptor.TYPE_BOOL:
        return generator.rng.random() < 0.5
    if kind in (FieldDescriptor.TYPE_DOUBLE, FieldDescriptor.TYPE_FLOAT):
        return generator.rng.choice(FLOATS)
    if kind == FieldDescriptor.TYPE_ENUM:
        return generator.enum(field)
    return generator.integer(field)


def _set_time(message: Message, rng: random.Random) -> None:
    """A Duration or Timestamp, most often beyond what one may hold."""
    message.seconds = rng.choice(TIME_SECONDS)  # type: ignore[attr-defined]
    message.nanos = rng.choice(TIME_NANOS)  # type: ignore[attr-defined]


def _set_mask(message: Message, rng: random.Random) -> None:
    paths = ["*", "", "name", "a.b.c", "tags.x", "create_time.seconds", "description", "."]
    message.paths.extend(rng.sample(paths, rng.randint(1, 3)))  # type: ignore[attr-defined]


WELL_KNOWN: dict[str, Callable[[Message, random.Random], None]] = {
    "google.protobuf.Duration": _set_time,
    "google.protobuf.Timestamp": _set_time,
    "google.protobuf.FieldMask": _set_mask,
}


def decodes(raw: bytes, rpc: Rpc) -> bool:
    """Whether the bytes are a message of the RPC's request type."""
    try:
        rpc.request.FromString(raw)
    except Exception:  # DecodeError, or any other refusal of the parser
        return False
    return True


def describe(raw: bytes, limit: int = 96) -> str:
    """The bytes in hex, cut short."""
    shown = raw[:limit].hex()
    return shown + (f"… ({len(raw)} bytes)" if len(raw) > limit else "")
