"""The audit log: who did (or tried) what to which resource, and how it ended."""

from datetime import datetime

from imagegallery_server.domain.model import AuditRecord, Page
from imagegallery_server.store import Store
from imagegallery_server.store.audit import AuditRow


class Audit:
    def __init__(self, store: Store) -> None:
        self._store = store

    async def record(self, entry: AuditRecord) -> None:
        assert entry.time is not None
        row = AuditRow(
            0,
            entry.time.isoformat(),
            entry.principal,
            entry.method,
            entry.resource,
            entry.outcome,
            entry.request_id,
        )
        await self._store.write(lambda tx: tx.audit.append(row))

    def list_page(self, scope: str, page_size: int, after: str) -> Page[AuditRecord]:
        """Newest first; `after` is the id of the last record of the previous page."""
        rows = self._store.read.audit.newest(
            scope.lower(), before=int(after or 0), limit=page_size + 1
        )
        items = [
            AuditRecord(
                datetime.fromisoformat(r.time),
                r.principal,
                r.method,
                r.resource,
                r.outcome,
                r.request_id,
            )
            for r in rows[:page_size]
        ]
        return Page(items, str(rows[page_size - 1].id) if len(rows) > page_size else None)
