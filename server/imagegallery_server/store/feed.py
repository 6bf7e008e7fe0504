"""Reads of the replication feed: the `changes` rows of kind "replication", each a
version's whole replication (resource and replicas) after one transaction."""

import json
from dataclasses import dataclass
from typing import Any

from imagegallery_server.store.connection import Connection


@dataclass(frozen=True)
class FeedRow:
    id: int
    key: str
    deleted: bool
    body: dict[str, Any]


class FeedQueries:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def compacted_through(self) -> int:
        (value,) = self._db.execute("SELECT compacted_through FROM feed").fetchone()
        return int(value)

    def after(self, cursor: int, through: int, scope: str, limit: int) -> list[FeedRow]:
        """Replication rows with cursor < id <= through whose key is `scope` or under
        it (every key when scope is empty), oldest first."""
        rows = self._db.execute(
            "SELECT id, key, action, body FROM changes WHERE kind = 'replication' "
            "AND id > ? AND id <= ? AND (? = '' OR key = ? OR substr(key, 1, ?) = ?) "
            "ORDER BY id LIMIT ?",
            (cursor, through, scope, scope, len(scope) + 1, scope + "/", limit),
        )
        return [_row(*row) for row in rows]

    def last_of(self, key: str) -> FeedRow | None:
        row = self._db.execute(
            "SELECT id, key, action, body FROM changes WHERE kind = 'replication' AND key = ? "
            "ORDER BY id DESC LIMIT 1",
            (key,),
        ).fetchone()
        return _row(*row) if row else None


def _row(change_id: int, key: str, action: str, body: str) -> FeedRow:
    return FeedRow(change_id, key, action == "deleted", json.loads(body))


class FeedChanges(FeedQueries):
    def compact(self, before: str) -> int:
        """Removes changes committed before `before` (an ISO time), always keeping the
        newest, so that change ids never go back (SQLite numbers a new row one past
        the largest); returns the newest id removed."""
        (newest,) = self._db.execute("SELECT coalesce(max(id), 0) FROM changes").fetchone()
        (through,) = self._db.execute(
            "SELECT coalesce(max(id), 0) FROM changes WHERE committed_at < ? AND id < ?",
            (before, newest),
        ).fetchone()
        if through:
            self._db.execute("DELETE FROM changes WHERE id <= ?", (through,))
            self._db.execute(
                "UPDATE feed SET compacted_through = max(compacted_through, ?)", (through,)
            )
        return int(through)
