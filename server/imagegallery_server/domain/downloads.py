"""Reading a disk of an image version from a completed replica in a region.

A read names the version, a region (any spelling) and a disk ("os", or a data disk
by LUN). It is refused unless the region is a target of the version and its
replication there has completed (Azure: "not available in <region> region").
Successive reads of a version in a region start at that region's replicas in turn
(round robin, kept in memory); a replica whose file cannot be opened, or is not the
disk's size, is passed over for the next one.

The bytes go out sparse: only the file's data extents, in chunks of at most 1 MiB,
and chunks holding only zeros are skipped too. Each chunk is read in a worker
thread, so memory stays at one chunk per read whatever the disk's size.
"""

import asyncio
import os
import re
import threading
from collections import OrderedDict
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import structlog

from imagegallery_server.content import Layout, data_extents
from imagegallery_server.content.sparse import is_zero
from imagegallery_server.domain import names, replication_status, validation
from imagegallery_server.domain.errors import (
    FailedPrecondition,
    InvalidArgument,
    Unavailable,
    Violation,
    Violations,
)
from imagegallery_server.domain.image_versions import IMAGE_VERSION, replica_disks
from imagegallery_server.domain.model import (
    Disk,
    ImageVersion,
    ProvisioningState,
    ReplicationMode,
    ReplicationState,
)
from imagegallery_server.domain.resources import existing, parse_into
from imagegallery_server.domain.sharing import Sharing, disguised
from imagegallery_server.store import Store
from imagegallery_server.store.replica_states import ReplicaState
from imagegallery_server.store.replicas import Replica

log = structlog.get_logger("imagegallery.downloads")

CHUNK_BYTES = 1 << 20
OS_DISK = "os"
_LUN = re.compile(r"(?:lun-?)?([0-9]{1,2})", re.IGNORECASE)
# Round-robin positions kept for this many (version, region) pairs, least recent dropped.
MAX_ROTATIONS = 10_000


@dataclass(frozen=True)
class Header:
    """What a read serves, and from where; the first item of every read."""

    image_version: str
    disk: str
    region: str
    zone: str
    replica: int
    size_bytes: int
    sha256: str
    replication_mode: ReplicationMode


@dataclass(frozen=True)
class _Copy:
    """A file that holds the disk: a replica's copy, or for a shallow version the
    source's committed blob (zone "", replica 0)."""

    zone: str
    replica: int
    path: Path


@dataclass(frozen=True)
class Chunk:
    offset: int
    data: bytes


Part = Header | Chunk


class Downloads:
    def __init__(self, store: Store, layout: Layout, sharing: Sharing) -> None:
        self._store = store
        self._sharing = sharing
        self._layout = layout
        self._turns: OrderedDict[tuple[str, str], int] = OrderedDict()

    async def read(self, name: str, region_text: str, disk_text: str) -> AsyncIterator[Part]:
        """`_read`, also of a version named through sharing (the header then names it so)."""
        owner, alias = self._sharing.owner_name(name, "name")
        with disguised(alias):
            async for part in self._read(owner, region_text, disk_text):
                if alias is not None and isinstance(part, Header):
                    part = replace(part, image_version=alias.show(part.image_version))
                yield part

    async def _read(self, name: str, region_text: str, disk_text: str) -> AsyncIterator[Part]:
        """The header, then the disk's data in chunks; refusals come before the header."""
        v = Violations()
        version_name = parse_into(v, names.parse_image_version, name, "name")
        region = validation.check_region(region_text, "region", v)
        disk_name = _disk_name(disk_text, v)
        v.raise_if_any()
        assert version_name is not None and region is not None and disk_name is not None
        reader = self._store.read
        record = existing(reader, IMAGE_VERSION, version_name)
        version = IMAGE_VERSION.to_model(record)
        if version.provisioning_state is ProvisioningState.DELETING:
            raise FailedPrecondition(
                "VERSION_BEING_DELETED",
                f"The image version {record.name} is being deleted; it cannot be read.",
                resource=record.name,
            )
        disks = dict(replica_disks(reader, record.key))
        disk = disks.get(disk_name)
        if disk is None:
            raise _unknown_disk(disk_name, list(disks))
        replicas = reader.replicas.of_version(record.key)
        _check_completed(record.name, version, replicas, region.name)
        mode = version.publishing_profile.replication_mode or ReplicationMode.FULL
        if mode is ReplicationMode.SHALLOW:
            copies = [_Copy("", 0, self._layout.blob_path(disk.sha256))]
        else:
            copies = [
                _Copy(r.zone, r.replica, self._replica_path(r, disk_name))
                for r in self._in_turn(record.key, region.name, replicas)
            ]
        replica, file = await self._open_first(record.name, region.name, copies, disk_name, disk)
        try:
            yield Header(
                image_version=record.name,
                disk=disk_name,
                region=region.name,
                zone=replica.zone,
                replica=replica.replica,
                size_bytes=disk.size_bytes,
                sha256=disk.sha256,
                replication_mode=mode,
            )
            while True:
                try:
                    piece = await asyncio.to_thread(file.next_piece)
                except OSError as error:
                    raise Unavailable(
                        "REPLICA_UNAVAILABLE",
                        f"Reading {disk_name} of {record.name} from replica {replica.replica} "
                        f"(zone {replica.zone}) in {region.name} failed: {error.strerror or error}."
                        " Read again: another replica serves the next read.",
                        resource=record.name,
                        region=region.name,
                    ) from None
                if piece is None:
                    return
                offset, data, zeros = piece
                if not zeros:
                    yield Chunk(offset, data)
        finally:
            file.close()

    def _in_turn(self, version_key: str, region: str, replicas: list[Replica]) -> list[Replica]:
        """The region's complete, available copies: replicas in turn from this read's
        starting one; for a ZRS replica, its zones in turn too."""
        complete = [
            r
            for r in replicas
            if r.region == region and r.state == ReplicaState.COMPLETED and r.available
        ]
        indexes = sorted({r.replica for r in complete})
        if not indexes:
            return []
        turn = self._next_turn((version_key, region))
        start = turn % len(indexes)
        ordered: list[Replica] = []
        for index in indexes[start:] + indexes[:start]:
            zones = [r for r in complete if r.replica == index]
            first = (turn // len(indexes)) % len(zones)
            ordered += zones[first:] + zones[:first]
        return ordered

    def _next_turn(self, key: tuple[str, str]) -> int:
        turn = self._turns.pop(key, 0)
        self._turns[key] = turn + 1
        if len(self._turns) > MAX_ROTATIONS:
            self._turns.popitem(last=False)
        return turn

    def _replica_path(self, replica: Replica, disk_name: str) -> Path:
        return self._layout.replica_disk_path(
            replica.region, replica.zone, replica.version_key, replica.replica, disk_name
        )

    async def _open_first(
        self,
        name: str,
        region: str,
        copies: list[_Copy],
        disk_name: str,
        disk: Disk,
    ) -> tuple[_Copy, "_ReplicaFile"]:
        problems = []
        for replica in copies:
            try:
                return replica, await asyncio.to_thread(
                    _ReplicaFile.open, replica.path, disk.size_bytes
                )
            except OSError as error:
                problem = (
                    f"replica {replica.replica} (zone {replica.zone}): {error.strerror or error}"
                )
                problems.append(problem)
                log.warning(
                    "download.replica_unreadable", version=name, region=region, problem=problem
                )
        why = "; ".join(problems) if problems else "its zones (or the region) are down"
        raise Unavailable(
            "REPLICA_UNAVAILABLE",
            f"No replica of {name} in {region} can serve {disk_name} now ({why}). "
            "Retry later, or read from another region.",
            resource=name,
            region=region,
            tried=str(len(problems)),
        )


class _ReplicaFile:
    """A replica's disk file, read piece by piece in worker threads. `close` may come
    from the event loop while a read runs: the reading thread then closes it."""

    def __init__(self, fd: int, size: int) -> None:
        self._fd: int | None = fd
        self._size = size
        self._extents: Iterator[tuple[int, int]] = data_extents(fd, size)
        self._position = 0
        self._end = 0
        self._lock = threading.Lock()
        self._closing = False

    @classmethod
    def open(cls, path: os.PathLike[str], size: int) -> "_ReplicaFile":
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        try:
            actual = os.fstat(fd).st_size
            if actual != size:
                raise OSError(f"the file holds {actual} bytes, not the disk's {size}")
        except BaseException:
            os.close(fd)
            raise
        return cls(fd, size)

    def next_piece(self) -> tuple[int, bytes, bool] | None:
        """(offset, bytes, all zeros) of the next piece of data, or None at the end."""
        try:
            with self._lock:
                if self._fd is None:
                    return None
                if self._position >= self._end:
                    extent = next(self._extents, None)
                    if extent is None:
                        return None
                    self._position, self._end = extent[0], extent[0] + extent[1]
                offset = self._position
                data = os.pread(self._fd, min(CHUNK_BYTES, self._end - offset), offset)
                if not data:
                    raise OSError(f"the file ends at {offset}, before the disk's {self._size}")
                self._position += len(data)
                return offset, data, is_zero(data, 0, len(data))
        finally:
            if self._closing:
                self.close()

    def close(self) -> None:
        self._closing = True
        if self._lock.acquire(blocking=False):
            try:
                if self._fd is not None:
                    os.close(self._fd)
                    self._fd = None
            finally:
                self._lock.release()


def _disk_name(text: str, v: Violations) -> str | None:
    """ "os" for "" or "os"; "lun-3" for "lun-3", "LUN3" or "3"."""
    cleaned = text.strip()
    if cleaned.lower() in ("", OS_DISK):
        return OS_DISK
    match = _LUN.fullmatch(cleaned)
    if match is None:
        v.add(
            "disk",
            "FIELD_INVALID",
            f'{text!r} names no disk: use "os" or a data disk\'s LUN ("lun-3" or "3")',
        )
        return None
    return f"lun-{int(match.group(1))}"


def _unknown_disk(disk_name: str, present: list[str]) -> InvalidArgument:
    has = ", ".join(present) or "none"
    error = InvalidArgument(
        [Violation("disk", "UNKNOWN_DISK", f"the version has no disk {disk_name}; it has {has}")]
    )
    error.metadata.update(disk=disk_name, disks=",".join(present))
    return error


_WHY = {
    "NotTargeted": "it is not one of the version's target regions",
    "Replicating": "replication there is not complete yet",
    "Failed": "replication there failed",
}


def _check_completed(
    name: str, version: ImageVersion, replicas: list[Replica], region: str
) -> None:
    """Refuses a region the version does not target, or where it is not replicated."""
    targeted = any(t.name == region for t in version.publishing_profile.target_regions)
    state = "NotTargeted"
    if targeted:
        status = replication_status.summarize(version, replicas)
        summary = next((s for s in status.summary if s.region == region), None)
        regional = summary.state if summary and summary.state else ReplicationState.REPLICATING
        if regional is ReplicationState.COMPLETED:
            return
        state = regional.value
    raise FailedPrecondition(
        "NOT_REPLICATED_TO_REGION",
        f"The gallery image {name} is not available in {region} region "
        f"({_WHY.get(state, state)}). Please contact image owner to replicate to this region.",
        resource=name,
        region=region,
        state=state,
    )
