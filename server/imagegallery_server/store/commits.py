"""Committed writes as the event loop learns of them, in commit order: what each
wrote, the newest change id of each kind, and who wants to hear of it."""

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Commit:
    """One transaction that changed something: the newest change id it wrote of
    each kind, and the keys of the changes."""

    heads: dict[str, int]
    keys: frozenset[str]

    @property
    def head(self) -> int:
        return max(self.heads.values(), default=0)


class Commits:
    """Lives on the event loop; `committed` is called there once per commit, in
    commit order, before the writer's caller hears of its result."""

    def __init__(self) -> None:
        self._heads: dict[str, int] = {}
        self._listeners: list[Callable[[Commit], None]] = []
        self._waiters: dict[str, list[asyncio.Future[None]]] = {}

    def start(self, heads: dict[str, int]) -> None:
        """The newest change id of each kind already in the database."""
        self._heads = dict(heads)

    def head(self, kinds: Iterable[str] | None = None) -> int:
        """The newest change id (of the given kinds, or of any), 0 when there is none.
        Read from memory: what a query of the changes table would say once the loop
        has heard of every commit."""
        if kinds is None:
            return max(self._heads.values(), default=0)
        return max((self._heads.get(kind, 0) for kind in kinds), default=0)

    def on_commit(self, listener: Callable[[Commit], None]) -> None:
        self._listeners.append(listener)

    def next_change(self, key: str) -> asyncio.Future[None]:
        """Resolves at the next commit that changes `key`; cancel it to stop waiting."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        waiting = self._waiters.setdefault(key, [])
        waiting.append(future)
        future.add_done_callback(lambda _: self._forget(key, future))
        return future

    def _forget(self, key: str, future: asyncio.Future[None]) -> None:
        waiting = self._waiters.get(key, [])
        if future in waiting:
            waiting.remove(future)
        if not waiting:
            self._waiters.pop(key, None)

    def committed(self, commit: Commit) -> None:
        for kind, change_id in commit.heads.items():
            self._heads[kind] = max(self._heads.get(kind, 0), change_id)
        for key in commit.keys & self._waiters.keys():
            for future in list(self._waiters[key]):
                if not future.done():
                    future.set_result(None)
        for listener in self._listeners:
            listener(commit)
