"""Committed writes as the event loop learns of them, in commit order: what each
wrote, the newest change id, the access generation, and who wants to hear of it."""

import asyncio
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Commit:
    """One transaction that changed something: the newest change id it wrote of
    each kind, the keys of the changes, the access generation it took (None
    when it wrote nothing of access; read back from a shared database, the one
    the database had then, which may be a later commit's), and its revision."""

    heads: dict[str, int]
    keys: frozenset[str]
    access_generation: int | None = None
    revision: int = 0

    @property
    def head(self) -> int:
        return max(self.heads.values(), default=0)


class Commits:
    """Lives on the event loop; `committed` is called there once per commit, in
    commit order, before the writer's caller hears of its result."""

    def __init__(self) -> None:
        self._head = 0
        self._access_generation = 0
        self._listeners: list[Callable[[Commit], None]] = []
        self._waiters: dict[str, list[asyncio.Future[None]]] = {}

    def start(self, head: int, access_generation: int) -> None:
        """The newest change id and the access generation already in the database."""
        self._head = head
        self._access_generation = access_generation

    def head(self) -> int:
        """The newest change id, 0 when there is none. Read from memory: what a
        query of the changes table would say once the loop has heard of every commit."""
        return self._head

    @property
    def access_generation(self) -> int:
        """The access generation (see Store.track_access) as of the last commit the
        loop has heard of, read from memory: unchanged, so is what a caller may do."""
        return self._access_generation

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
        self._head = max(self._head, commit.head)
        if commit.access_generation is not None:
            self._access_generation = max(self._access_generation, commit.access_generation)
        for key in commit.keys & self._waiters.keys():
            for future in list(self._waiters[key]):
                if not future.done():
                    future.set_result(None)
        for listener in self._listeners:
            listener(commit)
