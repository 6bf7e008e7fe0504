"""The rows that point reads answer, kept in memory until a commit changes them.

A Get is one indexed query, but under load the query (a read transaction of its
own on the WAL) was the largest part of the call. The cache lives on the event
loop, where every read of the store's reader is made and where every commit is
heard before its writer's caller hears of it: a row is forgotten there, so a read
that follows an acknowledged write never sees the row before it.
"""

from imagegallery_server.store.commits import Commit
from imagegallery_server.store.records import Shown

DEFAULT_BUDGET_BYTES = 32 * 2**20


class ShownCache:
    def __init__(self, budget_bytes: int = DEFAULT_BUDGET_BYTES) -> None:
        self._budget = budget_bytes
        self._used = 0
        self._rows: dict[str, Shown] = {}  # by key, oldest first

    def get(self, key: str) -> Shown | None:
        return self._rows.get(key)

    def keep(self, shown: Shown) -> None:
        """Keeps `shown`, letting go of the oldest rows kept beyond the budget."""
        self._forget(shown.key)
        self._rows[shown.key] = shown
        self._used += _size(shown)
        while self._used > self._budget:
            self._forget(next(iter(self._rows)))

    def clear(self) -> None:
        self._rows.clear()
        self._used = 0

    def committed(self, commit: Commit) -> None:
        for key in commit.keys:
            self._forget(key)

    def _forget(self, key: str) -> None:
        shown = self._rows.pop(key, None)
        if shown is not None:
            self._used -= _size(shown)


def _size(shown: Shown) -> int:
    return len(shown.message or b"") + len(shown.body_json) + len(shown.key) + len(shown.name)
