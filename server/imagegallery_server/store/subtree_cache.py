"""Answers worked out from a resource and what lies under it (an image
definition's latest version, from the definition and its versions), kept in
memory until a commit changes the resource or anything under it, or until the
answer's own expiry (its user checks that).

It lives on the event loop, as ShownCache does: an answer is worked out and kept
with no await between, from a read that saw every commit the loop has heard of;
a later commit under its key forgets it before the writer's caller hears of the
write. Kept only for a private database: another server's commits reach the loop
late (see Store.open).
"""

from typing import Any

from imagegallery_server.store.commits import Commit

DEFAULT_ENTRIES = 4096


class SubtreeCache:
    def __init__(self, enabled: bool, entries: int = DEFAULT_ENTRIES) -> None:
        self._enabled = enabled
        self._entries = entries
        self._kept: dict[str, Any] = {}  # by key, oldest first

    def get(self, key: str) -> Any | None:
        """The answer kept for `key` (lower case)."""
        return self._kept.get(key)

    def keep(self, key: str, answer: Any) -> None:
        """Keeps `answer` for `key` until a commit under the key."""
        if not self._enabled:
            return
        self._kept.pop(key, None)
        self._kept[key] = answer
        if len(self._kept) > self._entries:
            del self._kept[next(iter(self._kept))]

    def clear(self) -> None:
        self._kept.clear()

    def committed(self, commit: Commit) -> None:
        """Forgets the answers of every key the commit changed and of its ancestors."""
        if not self._kept:
            return
        for key in commit.keys:
            while key:
                self._kept.pop(key, None)
                key = key.rpartition("/")[0]
