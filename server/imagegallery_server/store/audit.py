"""The audit log: one row per mutation or access change, appended outside the
catalog's revisions (an audit row changes nothing a reader or watcher sees)."""

from dataclasses import dataclass

from imagegallery_server.store.connection import Connection


@dataclass(frozen=True)
class AuditRow:
    id: int
    time: str
    principal: str
    method: str
    resource: str
    outcome: str
    request_id: str


_COLUMNS = "time, principal, method, resource, outcome, request_id"


class AuditQueries:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def newest(self, scope_key: str, *, before: int, limit: int) -> list[AuditRow]:
        """Rows about `scope_key` or anything under it (everything for ""), newest
        first, with ids below `before` (0: from the newest)."""
        rows = self._db.execute(
            f"SELECT id, {_COLUMNS} FROM audit WHERE (? = 0 OR id < ?) AND (? = '' "
            "OR resource_key = ? OR substr(resource_key, 1, ?) = ?) ORDER BY id DESC LIMIT ?",
            (before, before, scope_key, scope_key, len(scope_key) + 1, scope_key + "/", limit),
        )
        return [AuditRow(*row) for row in rows]


class AuditLog(AuditQueries):
    def append(self, row: AuditRow) -> None:
        self._db.execute(
            f"INSERT INTO audit (resource_key, {_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                row.resource.lower(),
                row.time,
                row.principal,
                row.method,
                row.resource,
                row.outcome,
                row.request_id,
            ),
        )
