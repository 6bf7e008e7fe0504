"""What the contract says each field of a message is for: its
`google.api.field_behavior` annotations, read from the message's descriptor once
per message type, as field paths in the form of an update mask's ("a.b").
A field added to a proto is handled by annotating it there.

- output only (OUTPUT_ONLY): the server sets them; a request's values are left
  unread and an update mask naming them is ignored. Found at any depth, inside
  lists too ("data_disks.disk", as requests are read without list indexes).
- identifying (IDENTIFIER, and the resource's `etag`): say which resource, and which
  revision of it, a request is about; an update never changes them.
- immutable (IMMUTABLE): set at creation; an update may only repeat them.
- input only (INPUT_ONLY, top level): say how to apply a request (Azure's
  allowUpdateImage); read from it, never kept nor answered.
- updatable: every other field. A message field holding fixed fields (output only,
  immutable or identifying) among the others is listed by its fields, so that a mask
  naming it changes only those; a list or a map is replaced whole (a mask cannot
  reach into one), so what its items may not change is the domain's to check.
  A kind without an Update method uses none of it.

REQUIRED says what a create must give and bears on none of these: a required
field without IMMUTABLE is updatable.
"""

import functools
from collections.abc import Iterator
from dataclasses import dataclass

from google.api.field_behavior_pb2 import FieldBehavior, field_behavior
from google.protobuf.descriptor import Descriptor, FieldDescriptor

# The etag a resource answers is sent back on update and delete to say which
# revision they are of (AIP-154); the contract can only mark it OPTIONAL.
ETAG = "etag"
_FIXED = frozenset({FieldBehavior.OUTPUT_ONLY, FieldBehavior.IMMUTABLE, FieldBehavior.IDENTIFIER})


@dataclass(frozen=True)
class FieldBehaviour:
    output_only: frozenset[str] = frozenset()
    identifying: frozenset[str] = frozenset()
    immutable: frozenset[str] = frozenset()
    updatable: frozenset[str] = frozenset()
    input_only: frozenset[str] = frozenset()


@functools.cache
def of(descriptor: Descriptor) -> FieldBehaviour:
    identifying = set(_marked(descriptor, FieldBehavior.IDENTIFIER))
    if ETAG in descriptor.fields_by_name:
        identifying.add(ETAG)
    return FieldBehaviour(
        output_only=frozenset(_marked(descriptor, FieldBehavior.OUTPUT_ONLY)),
        identifying=frozenset(identifying),
        immutable=frozenset(_marked(descriptor, FieldBehavior.IMMUTABLE)),
        updatable=frozenset(_updatable(descriptor)),
        input_only=frozenset(
            f.name for f in descriptor.fields if FieldBehavior.INPUT_ONLY in behaviours(f)
        ),
    )


def behaviours(field: FieldDescriptor) -> frozenset[int]:
    # googleapis' stub declares the extension a plain FieldDescriptor, not the
    # extension handle Extensions[] is typed to take.
    return frozenset(field.GetOptions().Extensions[field_behavior])  # type: ignore[index]


def _marked(descriptor: Descriptor, behaviour: int, prefix: str = "") -> Iterator[str]:
    """Paths of the fields marked `behaviour`, not going below one that is."""
    for field in descriptor.fields:
        path = prefix + field.name
        nested = _nested(field)
        if behaviour in behaviours(field):
            yield path
        elif nested is not None:
            yield from _marked(nested, behaviour, path + ".")


def _updatable(descriptor: Descriptor, prefix: str = "") -> Iterator[str]:
    for field in descriptor.fields:
        path = prefix + field.name
        if behaviours(field) & (_FIXED | {FieldBehavior.INPUT_ONLY}) or path == ETAG:
            continue
        nested = _nested(field)
        if nested is not None and not field.is_repeated and _holds_fixed(nested):
            yield from _updatable(nested, path + ".")
        else:
            yield path


def _holds_fixed(descriptor: Descriptor) -> bool:
    return any(
        behaviours(field) & _FIXED
        or ((nested := _nested(field)) is not None and _holds_fixed(nested))
        for field in descriptor.fields
    )


def _nested(field: FieldDescriptor) -> Descriptor | None:
    """The message a path may go into: not a map's entry, nor a well-known type
    such as a Timestamp, which is set whole."""
    message = field.message_type
    if message is None or message.GetOptions().map_entry:
        return None
    return None if message.full_name.startswith("google.protobuf.") else message
