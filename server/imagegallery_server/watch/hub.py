"""The one reader of the replication feed (one per server, like the watch cache of
etcd and the Kubernetes apiserver): each commit that wrote replication changes is
read once, each change encoded once, and routed by the scopes its key lies under
to the streams' bounded queues. A commit that wrote none wakes no stream."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from imagegallery_server.clock import SystemClock
from imagegallery_server.store import Store
from imagegallery_server.store.commits import Commit
from imagegallery_server.store.feed import FeedRow
from imagegallery_server.watch.subscription import Change, Checkpoint, Subscription

T = TypeVar("T")
PAGE = 100
REPLICATION = "replication"
RECENT = 1024  # encoded changes kept for streams that resume from a recent cursor
# A quiet stream's checkpoint comes 3/4 to 1 interval after its last message.
TICKS_PER_CHECKPOINT = 4


@dataclass
class Counters:
    reads: int = 0  # reads of the feed
    encoded: int = 0  # changes encoded
    queued: int = 0  # changes handed to a stream's queue


class Hub(Generic[T]):
    def __init__(
        self, store: Store, encode: Callable[[int, dict[str, Any]], T], queue_length: int
    ) -> None:
        """`encode(change_id, body)` turns a feed row into what streams send."""
        self.store = store
        self._encode = encode
        self._queue_length = queue_length
        # Each scope's subscriptions in the order they came: a change reaches them so.
        self._scopes: dict[str, dict[Subscription[T], None]] = {}
        self._recent: dict[int, Change[T]] = {}
        self.counters = Counters()
        # Every replication change up to here is routed: the cursor where a stream
        # that reads the store up to it joins.
        self.position = store.commits.head()
        store.commits.on_commit(self._committed)

    def subscribe(self, scope: str) -> Subscription[T]:
        """A queue of the changes after `position` whose key is `scope` or under it."""
        subscription: Subscription[T] = Subscription(scope, self._queue_length)
        self._scopes.setdefault(scope, {})[subscription] = None
        return subscription

    def unsubscribe(self, subscription: Subscription[T]) -> None:
        subscribed = self._scopes.get(subscription.scope, {})
        subscribed.pop(subscription, None)
        if not subscribed:
            self._scopes.pop(subscription.scope, None)

    def encoded(self, row: FeedRow) -> Change[T]:
        change = self._recent.get(row.id)
        if change is None:
            self.counters.encoded += 1
            change = Change(row.id, row.key, self._encode(row.id, row.body))
        return change

    def tick(self) -> None:
        """One tick of the checkpoint clock: a checkpoint at `position` to every
        stream quiet for TICKS_PER_CHECKPOINT ticks."""
        mark = Checkpoint(self.position)
        for subscribed in self._scopes.values():
            for subscription in subscribed:
                subscription.tick(mark, TICKS_PER_CHECKPOINT)

    async def checkpoint_forever(self, seconds: float, clock: SystemClock) -> None:
        while True:
            await clock.sleep(seconds / TICKS_PER_CHECKPOINT)
            self.tick()

    def _committed(self, commit: Commit) -> None:
        if REPLICATION in commit.heads:
            feed = self.store.read.feed
            while True:
                rows = feed.after(self.position, commit.head, "", PAGE)
                self.counters.reads += 1
                for row in rows:
                    self._route(self._remember(self.encoded(row)))
                if len(rows) < PAGE:
                    break
                self.position = rows[-1].id
        self.position = max(self.position, commit.head)

    def _remember(self, change: Change[T]) -> Change[T]:
        self._recent[change.id] = change
        if len(self._recent) > RECENT:
            del self._recent[next(iter(self._recent))]
        return change

    def _route(self, change: Change[T]) -> None:
        key = change.key
        # The scopes a key lies under are its prefixes that end before a "/".
        ends = [i for i, c in enumerate(key) if c == "/"]
        for scope in (key, *(key[:i] for i in ends)):
            for subscription in self._scopes.get(scope, ()):
                self.counters.queued += 1
                subscription.put(change)
