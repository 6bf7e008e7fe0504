"""The replication engine: workers copy pending replicas, verify them, and
write state and progress back; a cleaner removes replicas no longer wanted.

Everything it knows of versions comes through two callbacks the domain gives:
`disks` (what a version's replica holds) and `settle` (bring the version and
its operations up to date after its replicas changed)."""

import asyncio
import contextlib
import functools
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import structlog

from imagegallery_server.clock import SystemClock
from imagegallery_server.content import (
    ContentError,
    ExtentMap,
    ExtentMaps,
    Layout,
    check_copy,
    copy_replica,
    remove_replica_dir,
)
from imagegallery_server.replication.conditions import Conditions, RegionConditions
from imagegallery_server.store import Reader, Store, Transaction
from imagegallery_server.store.replica_states import ReplicaState
from imagegallery_server.store.replicas import Replica

log = structlog.get_logger("imagegallery.replication")


@dataclass(frozen=True)
class DiskCopy:
    """One disk of a replica: where its bytes come from and what they hash to."""

    name: str  # "os" or "lun-{n}"
    digest: str
    size: int
    occupied: int


@dataclass(frozen=True)
class Settings:
    workers: int = 2
    max_attempts: int = 5
    retry_base_seconds: float = 1.0
    progress_interval: float = 0.5  # at most this often a replica's progress is written
    idle_poll_seconds: float = 1.0


class _Stop(Exception):
    """Raised from a copy's progress callback to cut the copy short."""


class ReplicationEngine:
    def __init__(
        self,
        store: Store,
        layout: Layout,
        disks: Callable[[Reader, str], list[DiskCopy]],
        settle: Callable[[Transaction, str, datetime], None],
        clock: SystemClock,
        conditions: Conditions,
        settings: Settings = Settings(),
    ) -> None:
        self._store = store
        self._layout = layout
        self._extent_maps = ExtentMaps(layout)
        self._disks = disks
        self._settle = settle
        self._clock = clock
        self._settings = settings
        self._conditions = conditions
        self._wake = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._copying: set[int] = set()
        self._cancelled: set[int] = set()  # copies whose replica is no longer wanted
        self._stopping = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._progress_writes: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        """Requeues copies a crash cut off, marks what the conditions it starts with
        leave unservable (exactly as if they were set now), then starts the workers
        and the cleaner."""
        self._loop = asyncio.get_running_loop()
        await self._requeue_unclaimed()
        await self._store.write(self._mark_all_availability)
        self._tasks = [
            asyncio.create_task(self._work(), name=f"replication-worker-{i}")
            for i in range(self._settings.workers)
        ]
        self._tasks.append(asyncio.create_task(self._clean(), name="replication-cleaner"))

    async def stop(self) -> None:
        self._stopping = True
        self._wake.set()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, *self._progress_writes, return_exceptions=True)

    def wake(self) -> None:
        """Something changed: look for work now rather than at the next poll."""
        self._wake.set()

    async def _idle(self) -> None:
        with contextlib.suppress(TimeoutError):
            await self._clock.wait_for(self._wake.wait(), self._settings.idle_poll_seconds)
        self._wake.clear()

    async def _work(self) -> None:
        while not self._stopping:
            try:
                replica = await self._store.write(self._claim)
                if replica is None:
                    await self._idle()
                else:
                    await self._replicate(replica)
            except Exception:  # a worker outlives any one failure, and says so
                log.exception("replication.worker_error")
                await self._idle()

    async def _requeue_unclaimed(self) -> None:
        """Copies whose server stopped or died (on this database, any server) start over."""
        requeued = await self._store.write(lambda tx: tx.replicas.requeue_unclaimed())
        if requeued:
            log.info("replication.resumed", replicas=requeued)

    def _claim(self, tx: Transaction) -> Replica | None:
        replica = tx.replicas.claim_next(self._clock.time())
        if replica is not None:
            tx.replicas.transition(
                replica, ReplicaState.COPYING, attempts=replica.attempts + 1, bytes_copied=0
            )
            self._copying.add(replica.id)
        return replica

    async def _replicate(self, replica: Replica) -> None:
        if self._conditions.is_down(replica.region, replica.zone):
            await self._store.write(lambda tx: self._wait_while_down(tx, replica))
            self._copying.discard(replica.id)
            return
        log.info(
            "replication.copy_started",
            replica=replica.id,
            version=replica.version_key,
            region=replica.region,
            attempt=replica.attempts + 1,
        )
        progress = _Progress(self, replica)
        try:
            disks = self._disks(self._store.read, replica.version_key)
            for disk in disks:
                await asyncio.to_thread(self._copy_disk, replica, disk, progress)
                progress.finish_disk(disk.occupied)
        except _Stop:
            # Stopping: the claim ends with the server and another start resumes it.
            if not self._stopping:  # no longer wanted: the cleaner removes it once released
                await self._store.write(self._releaser(replica))
        except Exception as error:  # any failure of a copy is retried, then reported
            reason = f"{type(error).__name__}: {error}"
            await self._store.write(lambda tx: self._failed(tx, replica, reason))
        else:
            await self._store.write(lambda tx: self._completed(tx, replica))
        finally:
            self._copying.discard(replica.id)
            self._cancelled.discard(replica.id)
            self.wake()

    def _copy_disk(self, replica: Replica, disk: DiskCopy, progress: "_Progress") -> None:
        target = self._layout.replica_disk_path(
            replica.region, replica.zone, replica.version_key, replica.replica, disk.name
        )
        copy_replica(
            self._layout.blob_path(disk.digest),
            target,
            disk.size,
            disk.digest,
            extent_map=self._extent_maps.of_blob(disk.digest, disk.size),
            link=self._conditions.link(replica.region),
            on_progress=progress.copied,
            on_read=self._conditions.damage_for_next_copy(replica.region),
        )

    def _wait_while_down(self, tx: Transaction, replica: Replica) -> None:
        """A copy to a place that is down waits for it, keeping its attempts."""
        tx.replicas.release(replica)
        current = tx.replicas.get(replica.id)
        if current is None or current.state != ReplicaState.COPYING:
            return
        place = f"zone {replica.zone} of {replica.region}"
        if self._conditions.of(replica.region).down:
            place = replica.region
        tx.replicas.transition(
            current,
            ReplicaState.PENDING,
            attempts=max(current.attempts - 1, 0),
            not_before=self._clock.time() + self._settings.retry_base_seconds,
            error=f"{place} is down; the copy waits for it to come back",
        )
        log.info("replication.waiting", version=replica.version_key, place=place)
        self._settle(tx, replica.version_key, self._clock.now())

    def conditions_of(self, region: str) -> RegionConditions:
        return self._conditions.of(region)

    async def set_conditions(self, conditions: RegionConditions) -> RegionConditions:
        """Rehearses a slow link, a region or zones down (or ends it), and marks the
        replicas there unavailable (or available again)."""
        applied = await asyncio.to_thread(self._conditions.set, conditions)
        await self._store.write(lambda tx: self._mark_availability(tx, conditions.region))
        self.wake()
        return applied

    def _mark_all_availability(self, tx: Transaction) -> None:
        """At start: the regions down now, and those marked down by an earlier run."""
        down = {c.region for c in self._conditions.all() if c.down or c.zones_down}
        for region in sorted(down | set(tx.replicas.regions_unavailable())):
            self._mark_availability(tx, region)

    def _mark_availability(self, tx: Transaction, region: str) -> None:
        touched = set()
        for replica in tx.replicas.in_place(region, None):
            available = 0 if self._conditions.is_down(region, replica.zone) else 1
            if replica.available != available:
                tx.replicas.set_available(replica, available)
                touched.add(replica.version_key)
        for version_key in sorted(touched):
            self._settle(tx, version_key, self._clock.now())

    async def scrub(self, scope_key: str = "") -> tuple[int, list[str]]:
        """Checks every completed, available replica (of the versions under
        `scope_key`) against its disks' digests; a damaged one is marked and copied
        again. Returns how many were checked and what was found damaged."""
        checked, damaged = 0, []
        for replica in self._store.read.replicas.completed_under(scope_key):
            # One server scrubs a replica at a time; one another server holds is its to check.
            if not replica.available or not await self._store.write(self._claimer(replica)):
                continue
            checked += 1
            try:
                disks = self._disks(self._store.read, replica.version_key)
                problem = await asyncio.to_thread(self._verify, replica, disks)
            finally:
                await self._store.write(self._releaser(replica))
            if problem:
                damaged.append(
                    f"{replica.version_key} {replica.region} zone {replica.zone} "
                    f"replica {replica.replica}: {problem}"
                )
                await self._store.write(
                    functools.partial(self._damaged, replica=replica, problem=problem)
                )
        if damaged:
            log.warning("replication.scrub_found_damage", damaged=damaged)
        return checked, damaged

    def _verify(self, replica: Replica, disks: list[DiskCopy]) -> str:
        for disk in disks:
            path = self._layout.replica_disk_path(
                replica.region, replica.zone, replica.version_key, replica.replica, disk.name
            )
            try:
                check_copy(path, disk.size, disk.digest, self._extent_map_if_any(disk))
            except OSError as error:
                return f"disk {disk.name} is unreadable ({error.strerror})"
            except ContentError as error:
                return f"disk {disk.name}: {error}"
        return ""

    def _extent_map_if_any(self, disk: DiskCopy) -> ExtentMap | None:
        """The disk's extent map; None (check against the whole sha256) if its blob is
        gone or damaged, which is no fault of the replica."""
        try:
            return self._extent_maps.of_blob(disk.digest, disk.size)
        except (OSError, ContentError):
            return None

    def _damaged(self, tx: Transaction, replica: Replica, problem: str) -> None:
        current = tx.replicas.get(replica.id)
        if current is None or current.state != ReplicaState.COMPLETED:
            return
        tx.replicas.transition(
            current,
            ReplicaState.PENDING,
            attempts=0,
            not_before=0,
            bytes_copied=0,
            error=f"damaged, being repaired: {problem}",
        )
        self._settle(tx, replica.version_key, self._clock.now())

    async def scrub_forever(self, interval_seconds: float) -> None:
        while True:
            await self._clock.sleep(interval_seconds)
            try:
                await self.scrub()
            except Exception:  # the next round tries again
                log.exception("replication.scrub_failed")

    @staticmethod
    def _claimer(replica: Replica) -> Callable[[Transaction], bool]:
        return lambda tx: tx.replicas.claim(replica)

    @staticmethod
    def _releaser(replica: Replica) -> Callable[[Transaction], None]:
        return lambda tx: tx.replicas.release(replica)

    @staticmethod
    def _copy_ended(tx: Transaction, replica: Replica) -> Replica | None:
        """Ends this server's claim of a replica whose copy ended; the replica as it
        stands, unless no longer wanted (the cleaner removes the files) or no longer
        this server's (a claim lost with the database's session: another's copy now)."""
        if not tx.replicas.holds(replica):
            return None
        tx.replicas.release(replica)
        current = tx.replicas.get(replica.id)
        return None if current is None or current.state == ReplicaState.REMOVING else current

    def _completed(self, tx: Transaction, replica: Replica) -> None:
        if (current := self._copy_ended(tx, replica)) is None:
            return
        tx.replicas.transition(
            current, ReplicaState.COMPLETED, bytes_copied=current.bytes_total, error=""
        )
        log.info(
            "replication.replica_completed", version=replica.version_key, region=replica.region
        )
        self._settle(tx, replica.version_key, self._clock.now())

    def _failed(self, tx: Transaction, replica: Replica, reason: str) -> None:
        if (current := self._copy_ended(tx, replica)) is None:
            return
        if current.attempts < self._settings.max_attempts:
            delay = self._settings.retry_base_seconds * 2 ** (current.attempts - 1)
            tx.replicas.transition(
                current, ReplicaState.PENDING, not_before=self._clock.time() + delay, error=reason
            )
            log.warning("replication.retrying", region=replica.region, error=reason, delay=delay)
        else:
            tx.replicas.transition(current, ReplicaState.FAILED, error=reason)
            log.error("replication.failed", region=replica.region, error=reason)
        self._settle(tx, replica.version_key, self._clock.now())

    async def _clean(self) -> None:
        """Removes the replicas no longer wanted and, once every idle poll, requeues the
        copies of servers that stopped or died."""
        next_requeue = time.monotonic() + self._settings.idle_poll_seconds
        while not self._stopping:
            if time.monotonic() >= next_requeue:
                next_requeue = time.monotonic() + self._settings.idle_poll_seconds
                try:
                    await self._requeue_unclaimed()
                except Exception:  # tried again at the next poll
                    log.exception("replication.requeue_failed")
            removed = 0
            for replica in self._store.read.replicas.removing():
                if replica.id in self._copying:
                    self._cancelled.add(replica.id)  # stop the copy; remove next round
                    continue
                try:
                    removed += await self._remove(replica)
                except Exception:  # retried next round; the cleaner goes on
                    log.exception("replication.remove_failed", region=replica.region)
            if not removed:
                await self._idle()

    async def _remove(self, replica: Replica) -> bool:
        """Removes a replica's files and row, unless a server (this one too) holds it."""
        if not await self._store.write(self._claimer(replica)):
            return False  # being copied or removed
        try:
            await asyncio.to_thread(self._remove_files, replica)
            await self._store.write(functools.partial(self._forget, replica=replica))
        finally:
            await self._store.write(self._releaser(replica))
        return True

    def _remove_files(self, replica: Replica) -> None:
        directory = self._layout.replica_dir(
            replica.region, replica.zone, replica.version_key, replica.replica
        )
        # A region root that is not a directory holds no files to remove.
        with contextlib.suppress(NotADirectoryError):
            remove_replica_dir(directory, prune_up_to=self._layout.region_root(replica.region))

    def _forget(self, tx: Transaction, replica: Replica) -> None:
        current = tx.replicas.get(replica.id)
        if current is not None and current.state == ReplicaState.REMOVING:
            tx.replicas.delete(current)
            self._settle(tx, replica.version_key, self._clock.now())

    def record_progress(self, replica: Replica, copied: int, speed: int) -> None:
        """Called from a copy's thread: writes progress without waiting for it."""
        assert self._loop is not None
        self._loop.call_soon_threadsafe(self._write_progress, replica, copied, speed)

    def _write_progress(self, replica: Replica, copied: int, speed: int) -> None:
        write = self._store.write(lambda tx: self._progressed(tx, replica, copied, speed))
        task = asyncio.ensure_future(write)
        self._progress_writes.add(task)
        task.add_done_callback(self._progress_written)

    def _progressed(self, tx: Transaction, replica: Replica, copied: int, speed: int) -> None:
        current = tx.replicas.get(replica.id)
        if current is not None and current.state == ReplicaState.COPYING:
            tx.replicas.progress(current, copied, speed)
            self._settle(tx, replica.version_key, self._clock.now())  # operations' progress too

    def cancelled(self, replica: Replica) -> bool:
        """Whether a copy should stop: the server stops, or the replica is unwanted."""
        return self._stopping or replica.id in self._cancelled

    def _progress_written(self, task: "asyncio.Task[None]") -> None:
        self._progress_writes.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning("replication.progress_lost", error=str(task.exception()))


class _Progress:
    """Bytes copied of one replica across its disks, written at most every
    `progress_interval`; raising from here cuts a copy short on stop."""

    def __init__(self, engine: ReplicationEngine, replica: Replica) -> None:
        self._engine = engine
        self._replica = replica
        self._done_disks = 0
        self._last_write = time.monotonic()
        self._last_bytes = 0

    def copied(self, in_disk: int) -> None:
        if self._engine.cancelled(self._replica):
            raise _Stop()
        now = time.monotonic()
        elapsed = now - self._last_write
        if elapsed >= self._engine._settings.progress_interval:
            total = self._done_disks + in_disk
            speed = int((total - self._last_bytes) / elapsed)
            self._engine.record_progress(self._replica, total, speed)
            self._last_write, self._last_bytes = now, total

    def finish_disk(self, occupied: int) -> None:
        self._done_disks += occupied
