"""What galleries and image definitions share: records, etags, update masks,
idempotent writes and deletes that respect children."""

import dataclasses
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Generic, Protocol, TypeVar

from google.protobuf.message import Message

from imagegallery_server.domain import (
    codec,
    contract,
    field_behaviour,
    regions,
    soft_delete,
    version_safety,
)
from imagegallery_server.domain.errors import (
    Aborted,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    ResourceExhausted,
    Violation,
    Violations,
)
from imagegallery_server.domain.limits import Limits
from imagegallery_server.domain.model import Page
from imagegallery_server.store import Reader, Record, Store, Transaction
from imagegallery_server.store.database import RequestIdReused
from imagegallery_server.store.records import Shown

M = TypeVar("M")
T = TypeVar("T")


class StoredModel(Protocol):
    """What the standard methods read and set on every kind's model."""

    name: str
    etag: str


class UpdatableModel(StoredModel, Protocol):
    """A model `update` can change: it says when it last changed."""

    update_time: datetime | None


S = TypeVar("S", bound=StoredModel)
U = TypeVar("U", bound=UpdatableModel)
Clock = Callable[[], datetime]


@dataclass(frozen=True)
class Mutation:
    """What makes a mutating request safe to retry: its request id and a
    fingerprint of everything else it asked for."""

    request_id: str = ""
    fingerprint: str = ""
    caller: str = ""  # request ids are the caller's own: another's are neither seen nor used


def canonical_location(path: str, value: Any) -> Any:
    """The value as stored: "East US" is the location "eastus"."""
    if path == "location" and isinstance(value, str) and (region := regions.lookup(value)):
        return region.name
    return value


@dataclass(frozen=True)
class Kind(Generic[M]):
    """How one kind of resource is stored and updated."""

    name: str  # as stored, e.g. "gallery"
    label: str  # for people, e.g. "gallery"
    field: str  # the request field holding it, e.g. "gallery"
    model: type[M]
    # The value an immutable field is compared by (a field path and its value).
    canonical: Callable[[str, Any], Any] = canonical_location
    # The contract message a read answers; its field behaviour (`fields`) says what
    # an update may change and what the server alone sets.
    message: type[Message] | None = None
    # Whether the message is rendered at every write and kept with the record, from
    # the model as reads show it (`shown`).
    kept: bool = False
    shown: Callable[[M], M] = lambda model: model
    fields: field_behaviour.FieldBehaviour = dataclasses.field(init=False)

    def __post_init__(self) -> None:
        fields = field_behaviour.FieldBehaviour()
        if self.message is not None:
            fields = field_behaviour.of(self.message.DESCRIPTOR)
        object.__setattr__(self, "fields", fields)

    def to_model(self, record: Record | Shown) -> M:
        return self._model_of(record.body, record.revision)

    def render(self, body: dict[str, Any], revision: int) -> bytes:
        assert self.message is not None and self.kept, f"{self.name} keeps no message"
        shown = self.shown(self._model_of(body, revision))
        return contract.to_proto(shown, self.message).SerializeToString()

    def answer(self, shown: Shown) -> Message:
        """The message a read answers (see `serialized`)."""
        assert self.message is not None
        return self.message.FromString(self.serialized(shown))

    def serialized(self, shown: Shown) -> bytes:
        """The message a read answers, serialized: the one kept with the record, or
        for a record written before messages were kept, rendered now."""
        assert self.message is not None and self.kept, f"{self.name} keeps no message"
        if shown.message is None:
            return self.render(shown.body, shown.revision)
        return shown.message

    def _model_of(self, body: dict[str, Any], revision: int) -> M:
        model = codec.decode(self.model, body)
        if hasattr(model, "etag"):
            model.etag = etag(revision)
        return model

    def body(self, model: M) -> dict[str, Any]:
        body = codec.encode(model)
        body.pop("etag", None)  # the record's revision says it
        for name in self.fields.input_only:
            body.pop(name, None)
        return body


def etag(revision: int) -> str:
    return f'"{revision}"'


def existing(tx: Reader, kind: Kind[Any], name: object) -> Record:
    record = tx.get(str(name))
    if record is None or record.kind != kind.name:
        raise _not_found(kind, name)
    return record


def existing_shown(tx: Reader, kind: Kind[Any], name: object) -> Shown:
    """`existing`, as a read answers it."""
    shown = tx.shown(str(name))
    if shown is None or shown.kind != kind.name:
        raise _not_found(kind, name)
    return shown


def _not_found(kind: Kind[Any], name: object) -> NotFound:
    return NotFound("RESOURCE_NOT_FOUND", f"The {kind.label} {name} was not found.", resource=name)


def check_etag(record: Record, sent: str, kind: Kind[Any]) -> None:
    if sent and sent != etag(record.revision):
        raise Aborted(
            "ETAG_MISMATCH",
            f"The {kind.label} {record.name} changed since it was read (etag {sent}, now "
            f"{etag(record.revision)}); read it again and retry.",
            resource=record.name,
            sentEtag=sent,
            currentEtag=etag(record.revision),
        )


def apply_update(
    kind: Kind[M], current: M, incoming: M, paths: Iterable[str], v: Violations
) -> tuple[M, set[str]]:
    """`current` with the fields of `paths` taken from `incoming`, and the paths
    applied. Output-only and identifying paths are ignored, input-only fields taken
    whatever the paths; a path of an immutable
    field may only repeat the current value (else a violation goes to `v`); a
    message holding both kinds is taken field by field."""
    fields = kind.fields
    updated = codec.decode(kind.model, codec.encode(current))
    for name in fields.input_only:  # how to apply the request, whatever the mask
        setattr(updated, name, getattr(incoming, name))
    applied: set[str] = set()
    for path in _expand(fields, current, paths):
        if _covered(path, fields.output_only | fields.identifying | fields.input_only):
            continue
        new_value = _get(incoming, path)
        if _covered(path, fields.updatable):
            _set(updated, path, new_value)
            applied.add(path)
        elif kind.canonical(path, new_value) != kind.canonical(path, _get(current, path)):
            v.add(
                f"{kind.field}.{path}",
                "IMMUTABLE_FIELD",
                f"{path} cannot change after the {kind.label} is created "
                f"(only {', '.join(sorted(fields.updatable))} can)",
            )
    return updated, applied


def _covered(path: str, prefixes: frozenset[str]) -> bool:
    return any(path == p or path.startswith(p + ".") for p in prefixes)


def _expand(
    fields: field_behaviour.FieldBehaviour, current: Any, paths: Iterable[str]
) -> list[str]:
    """Paths, with each message that holds both changeable and fixed fields
    replaced by its fields; an immutable message is compared whole."""
    expanded = []
    for path in paths:
        inner = [p for p in fields.updatable | fields.output_only if p.startswith(path + ".")]
        value = _get(current, path)
        if inner and not _covered(path, fields.immutable) and dataclasses.is_dataclass(value):
            children = [f"{path}.{f.name}" for f in dataclasses.fields(value)]
            expanded += _expand(fields, current, children)
        else:
            expanded.append(path)
    return expanded


def _get(model: Any, path: str) -> Any:
    for part in path.split("."):
        if model is None:
            return None
        model = getattr(model, part)
    return model


def _set(model: Any, path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for part in parents:
        child = getattr(model, part)
        if child is None:
            hints = {f.name: f for f in dataclasses.fields(model)}
            factory = hints[part].default_factory
            assert callable(factory), f"{part}: a nested model field has a default factory"
            child = factory()
            setattr(model, part, child)
        model = child
    setattr(model, last, value)


def refuse_if_children(tx: Reader, record: Record, kind: Kind[Any], children: str) -> None:
    count = tx.count_children(record.key)
    if count:
        raise FailedPrecondition(
            "RESOURCE_HAS_CHILDREN",
            f"The {kind.label} {record.name} still holds {count} {children}; delete them "
            "first, or delete with force to delete them too.",
            resource=record.name,
            children=str(count),
        )


async def write(
    store: Store, fn: Callable[[Transaction], Record | None], mutation: Mutation
) -> Any:
    """Runs a mutation in the store, refusing a request id reused for another request."""
    try:
        return await store.write(
            fn,
            request_id=f"{mutation.caller}|{mutation.request_id}" if mutation.request_id else "",
            fingerprint=mutation.fingerprint,
        )
    except RequestIdReused:
        raise InvalidArgument(
            [
                Violation(
                    "request_id",
                    "REQUEST_ID_REUSED",
                    f"request id {mutation.request_id!r} was used before for a different "
                    "request; use a new id for a new request",
                )
            ]
        ) from None


def page(kind: Kind[M], records: list[Record], page_size: int) -> Page[M]:
    """A page from up to `page_size + 1` records: the extra one says there is more."""
    return page_of([kind.to_model(record) for record in records[:page_size]], records, page_size)


def answered_page(
    kind: Kind[Any], rows: list[Shown], page_size: int, by_unique_key: bool = False
) -> Page[Message]:
    """`page`, as a list answers it; continued after the last key, or unique key."""
    items = [kind.answer(row) for row in rows[:page_size]]
    return page_of(items, rows, page_size, by_unique_key)


def page_of(
    items: list[T], rows: Sequence[Record | Shown], page_size: int, by_unique_key: bool = False
) -> Page[T]:
    if len(rows) <= page_size:
        return Page(items, None)
    last = rows[page_size - 1]
    return Page(items, (last.unique_key or "") if by_unique_key else last.key)


def parse_into(v: Violations, parse: Callable[[str, str], T], text: str, field: str) -> T | None:
    """`parse(text, field)`, or None with its violations added to `v`."""
    try:
        return parse(text, field)
    except InvalidArgument as error:
        v.items.extend(error.violations)
        return None


class ResourceRules(ABC, Generic[S]):
    """The standard methods every kind shares; a subclass adds create and its checks."""

    kind: Kind[S]
    children: str  # what the kind holds, for people, e.g. "image definitions"
    limit: str  # the Limits field of the kind, e.g. "galleries"
    counted_with: tuple[str, ...] = ()  # other kinds its limit counts (the soft-deleted)

    def __init__(self, store: Store, limits: Limits, clock: Clock) -> None:
        self._store = store
        self._limits = limits
        self._clock = clock
        if self.kind.kept:
            store.render(self.kind.name, self.kind.render)

    @staticmethod
    @abstractmethod
    def parse_name(text: str, field: str) -> object:
        """The resource name in `text`, or InvalidArgument naming `field`."""

    def check_update(self, current: S, resource: S, applied: set[str], v: Violations) -> None:
        """Adds to `v` what is wrong with the fields an update changed from `current`."""

    def get(self, name: str) -> S:
        return self.kind.to_model(
            existing(self._store.read, self.kind, self.parse_name(name, "name"))
        )

    def shown(self, resource: S) -> S:
        """The resource as answers show it."""
        return self.kind.shown(resource)

    def answer(self, name: str) -> bytes:
        """The resource as Get answers it, serialized as it is kept (a Get answers
        the bytes, decoding and encoding nothing). A name spelled exactly as the resource's
        is found as it is: parsing it (to refuse one that is no name of the kind)
        was a third of a Get. Any other name is parsed first."""
        reader = self._store.read
        shown = reader.shown(name)
        if shown is None or shown.name != name or shown.kind != self.kind.name:
            shown = existing_shown(reader, self.kind, self.parse_name(name, "name"))
        return self.kind.serialized(shown)

    def listed(
        self, page_size: int, after: str, within: list[str] | None, **filters: Any
    ) -> Page[Message]:
        """A page of the kind's resources that match `filters`, as a list answers them."""
        rows = self._store.read.list_shown(
            self.kind.name, limit=page_size + 1, after=after, within=within, **filters
        )
        return answered_page(self.kind, rows, page_size)

    async def update(
        self: "ResourceRules[U]", resource: U, paths: list[str], mutation: Mutation, v: Violations
    ) -> U:
        """Applies `paths` of `resource`; `v` holds what the edge already found wrong."""
        field = f"{self.kind.field}.name"
        name = parse_into(v, self.parse_name, resource.name, field)
        v.raise_if_any()

        def change(tx: Transaction) -> Record:
            record = existing(tx, self.kind, name)
            check_etag(record, resource.etag, self.kind)
            current = self.kind.to_model(record)
            problems = Violations()
            updated, applied = apply_update(self.kind, current, resource, paths, problems)
            self.check_update(current, updated, applied, problems)
            problems.raise_if_any()
            if self.kind.body(updated) == self.kind.body(current):
                return record  # nothing changes: no new revision, the etag stays
            updated.update_time = self._clock()
            return tx.update(replace(record, body=self.kind.body(updated)))

        return self.kind.to_model(await write(self._store, change, mutation))

    async def delete(self, name: str, etag: str, force: bool, mutation: Mutation) -> None:
        parsed = self.parse_name(name, "name")

        def remove(tx: Transaction) -> None:
            record = existing(tx, self.kind, parsed)
            check_etag(record, etag, self.kind)
            if not force:
                refuse_if_children(tx, record, self.kind, self.children)
            version_safety.refuse_blocked_under(tx, record.key, self._clock())
            soft_delete.refuse_held_under(tx, record, self.kind.label)
            tx.delete(record)

        await write(self._store, remove, mutation)

    def refuse_over_limit(self, tx: Transaction, subscription: str, location: str) -> None:
        limit = getattr(self._limits, self.limit)
        kinds = (self.kind.name, *self.counted_with)
        count = sum(tx.count_in_region(kind, subscription, location) for kind in kinds)
        if count >= limit:
            what = self.limit.replace("_", " ")
            raise ResourceExhausted(
                "QUOTA_EXCEEDED",
                f"Subscription {subscription} has {count} {what} in {location}, its limit; "
                "delete one or ask the operator to raise the limit.",
                kind=what,
                limit=str(limit),
                subscription=subscription,
                region=location,
            )
