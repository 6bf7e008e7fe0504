"""Replication status read once or watched: scopes, cursors, the current state
of a scope, and the whole status of a version rebuilt from each feed row."""

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from imagegallery_server.domain import codec, names, replication_status, soft_delete
from imagegallery_server.domain.errors import OutOfRange, Violations
from imagegallery_server.domain.image_versions import IMAGE_VERSION
from imagegallery_server.domain.model import ImageVersion, ProvisioningState, ReplicationStatus
from imagegallery_server.domain.resources import existing, parse_into
from imagegallery_server.store import Store
from imagegallery_server.store.replicas import Replica


@dataclass
class VersionReplication:
    image_version: str = ""
    provisioning_state: ProvisioningState | None = None
    status: ReplicationStatus | None = None
    deleted: bool = False
    soft_deleted: bool = False


@dataclass(frozen=True)
class Start:
    """Where a watch starts: the key of its scope and the cursor after which it reads."""

    key: str
    cursor: int


class ReplicationWatch:
    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, name: str) -> tuple[VersionReplication, str]:
        cursor = self._store.commits.head()  # before the read: nothing after it is missed
        parsed = names.parse_image_version(name, "name")
        record = existing(self._store.read, IMAGE_VERSION, parsed)
        return replication_of(self._snapshot(record.key, record.name, record.body)), str(cursor)

    async def start(self, scope: str, cursor: str) -> Start:
        """The watch's scope and cursor, checked (now when no cursor is given)."""
        v = Violations()
        key = parse_into(v, names.parse_watch_scope, scope, "scope")
        if cursor.isdigit() and int(cursor) > self._store.commits.head():
            await self._store.heard()  # a cursor of another server, ahead of this one
        start = _cursor(cursor, self._store.commits.head(), v)
        v.raise_if_any()
        assert key is not None
        return Start(key, start)

    def current(self, key: str) -> Iterator[VersionReplication]:
        """The replication of every version that is `key` or under it, in key order."""
        after = ""
        while records := self._store.read.under(IMAGE_VERSION.name, key, after=after, limit=100):
            for record in records:
                yield replication_of(self._snapshot(record.key, record.name, record.body))
            after = records[-1].key

    def _snapshot(self, key: str, name: str, body: dict[str, Any]) -> dict[str, Any]:
        replicas = [dataclasses.asdict(r) for r in self._store.read.replicas.of_version(key)]
        return {"name": name, "resource": body, "replicas": replicas}


def cursor_expired(cursor: int, oldest: int) -> OutOfRange:
    return OutOfRange(
        "WATCH_CURSOR_EXPIRED",
        f"The cursor {cursor} is older than the changes kept; the oldest "
        f"cursor still served is {oldest}. Read the state again and watch "
        "from the cursor that answer gives.",
        cursor=str(cursor),
        oldestCursor=str(oldest),
    )


def replication_of(body: dict[str, Any]) -> VersionReplication:
    """A version's replication from a feed row's body (or a snapshot of the same shape)."""
    if body["resource"] is None or body.get("kind") == soft_delete.KIND:
        soft_deleted = body["resource"] is not None
        return VersionReplication(
            image_version=body["name"], deleted=True, soft_deleted=soft_deleted
        )
    version = codec.decode(ImageVersion, body["resource"])
    replicas = [Replica(**row) for row in body["replicas"]]
    return VersionReplication(
        image_version=body["name"],
        provisioning_state=version.provisioning_state,
        status=replication_status.summarize(version, replicas),
    )


def _cursor(text: str, head: int, v: Violations) -> int:
    if not text:
        return head
    if not text.isdigit() or int(text) > head:
        v.add(
            "start_cursor",
            "FIELD_INVALID",
            f"{text[:40]!r} is not a cursor this server gave (cursors come in every answer "
            "of GetReplicationStatus and WatchReplicationStatus)",
        )
        return head
    return int(text)
