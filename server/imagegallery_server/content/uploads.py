"""Resumable uploads of one disk each, committed into the content-addressed blob store.

An upload is a sparse file of the disk's provisioned size. Writes go forward only; a
client may skip ranges of zeros, and zero 4 KiB blocks inside its data are never
written, so they stay holes. The received offset is made durable at checkpoints (the
part file fsynced first, then the offset replaced atomically in a sidecar), and
`received()` checkpoints before it answers, so it never claims a byte that a power
loss could take back. After a crash the upload resumes from the last checkpoint; bytes
written after it are trimmed, so the file past the received offset is always zeros.

Each server keeps the progress of the uploads it serves in memory. Servers sharing a
data root (several on one PostgreSQL) take turns on an upload: each step holds a lock
on its part file and first catches up with a checkpoint another server wrote, so an
upload begun on one server resumes, commits or expires on another. One stream writes
an upload at a time; bytes a second stream wrote at once elsewhere fail the commit's
digest check.
"""

import fcntl
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from .durable import fsync_dir, pwrite_all, unlink_if_exists, write_atomically
from .errors import (
    DigestMismatch,
    DiskTooLarge,
    OffsetMismatch,
    SizeMismatch,
    UnknownUpload,
    UploadExists,
    UploadIncomplete,
    WriteBeyondEnd,
)
from .extent_maps import ExtentMaps
from .layout import Layout
from .sparse import BLOCK, is_zero, summarize

MAX_DISK_BYTES = 2**40
CHECKPOINT_BYTES = 64 << 20
CHECKPOINT_SECONDS = 1.0


@dataclass(frozen=True)
class Disk:
    digest: str
    provisioned_bytes: int
    occupied_bytes: int


@dataclass
class _Upload:
    size: int
    received: int
    durable: int
    checkpointed_at: float
    lock: threading.Lock = field(default_factory=threading.Lock)


class UploadStore:
    def __init__(
        self,
        layout: Layout,
        *,
        checkpoint_bytes: int = CHECKPOINT_BYTES,
        checkpoint_seconds: float = CHECKPOINT_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._layout = layout
        self._extent_maps = ExtentMaps(layout)
        self._checkpoint_bytes = checkpoint_bytes
        self._checkpoint_seconds = checkpoint_seconds
        self._clock = clock
        self._uploads: dict[str, _Upload] = {}
        self._lock = threading.Lock()

    def begin(self, upload_id: str, size: int) -> None:
        check_disk_size(size)
        part = self._layout.upload_path(upload_id)
        part.parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            if upload_id in self._uploads or part.exists():
                raise UploadExists(upload_id)
            self._remove_offset_files(upload_id)  # left by an upload that died half-removed
            try:
                fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                raise UploadExists(upload_id) from None
            try:
                os.ftruncate(fd, size)
                os.fsync(fd)
            finally:
                os.close(fd)
            fsync_dir(part.parent)
            self._uploads[upload_id] = _Upload(size, 0, 0, self._clock())

    def write(self, upload_id: str, offset: int, data: bytes | bytearray | memoryview) -> int:
        """Store `data` at `offset` and return the new received offset.

        `offset` may be past the received offset: the range skipped reads as zeros.
        """
        if isinstance(data, memoryview):
            data = data.tobytes()
        with self._locked(upload_id) as upload:
            if offset < upload.received:
                raise OffsetMismatch(upload.received, offset)
            end = offset + len(data)
            if end > upload.size:
                raise WriteBeyondEnd(end, upload.size)
            fd = self._open_part(upload_id)
            try:
                self._write_or_trim(fd, upload, offset, data)
                upload.received = end
                if self._checkpoint_due(upload):
                    self._checkpoint(upload_id, upload, fd)
            finally:
                os.close(fd)
            return end

    def received(self, upload_id: str) -> int:
        with self._locked(upload_id) as upload:
            if upload.durable < upload.received:
                fd = self._open_part(upload_id)
                try:
                    self._checkpoint(upload_id, upload, fd)
                finally:
                    os.close(fd)
            return upload.durable

    def commit(self, upload_id: str, size: int, sha256_hex: str) -> Disk:
        """Verify the upload and move it into the blob store; a failed check keeps it."""
        with self._locked(upload_id) as upload:
            if size != upload.size:
                raise SizeMismatch(upload.size, size)
            if upload.received != size:
                raise UploadIncomplete(upload.received, size)
            part = self._layout.upload_path(upload_id)
            fd = self._open_part(upload_id)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            summary = summarize(part, size)
            if summary.digest != sha256_hex.lower():
                raise DigestMismatch(sha256_hex.lower(), summary.digest)
            self._extent_maps.save(summary.extent_map)  # before the blob: copies need it
            # Until the store records the commit, the upload's bytes are not gone (to
            # expiry on any server sharing the data root): they are this blob.
            write_atomically(self._layout.upload_committed_path(upload_id), summary.digest)
            self._store_blob(part, summary.digest)
            self._remove_offset_files(upload_id)
            fsync_dir(part.parent)
            self._forget(upload_id)
            return Disk(summary.digest, size, summary.occupied_bytes)

    def settled(self, upload_id: str) -> None:
        """The store recorded the commit (its blob is held) or refused it: the blob is
        no upload's bytes any more."""
        unlink_if_exists(self._layout.upload_committed_path(upload_id))

    def holds(self, upload_id: str) -> bool:
        """Whether the upload's bytes are here: being received, or committed and not
        yet recorded by the store."""
        return any(
            path.exists()
            for path in (
                self._layout.upload_path(upload_id),
                self._layout.upload_committed_path(upload_id),
            )
        )

    def abort(self, upload_id: str) -> None:
        with self._locked(upload_id):
            self._remove_files(upload_id)
            self._forget(upload_id)

    def expire(self, older_than_seconds: float, now: float | None = None) -> list[str]:
        """Remove uploads whose files were last touched before `now - older_than_seconds`
        (and the half-written extent maps a crash left as old).

        `now` is wall-clock time (time.time()), the clock of file modification times.
        """
        cutoff = (time.time() if now is None else now) - older_than_seconds
        self._extent_maps.remove_abandoned(cutoff)
        uploads_dir = self._layout.uploads_dir
        if not uploads_dir.is_dir():
            return []
        expired = []
        for part in sorted(uploads_dir.glob("*.part")):
            if self._expire_one(part.stem, cutoff):
                expired.append(part.stem)
        self._remove_orphans(cutoff)
        return expired

    def remove_blob(self, digest: str) -> bool:
        removed = unlink_if_exists(self._layout.blob_path(digest))
        self._extent_maps.remove(digest)
        return removed

    # -- state -------------------------------------------------------------------------

    @contextmanager
    def _locked(self, upload_id: str) -> Iterator[_Upload]:
        upload = self._load(upload_id)
        with upload.lock, self._held_by_this_server(upload_id):
            if self._uploads.get(upload_id) is not upload:  # aborted or committed meanwhile
                raise UnknownUpload(upload_id)
            written_elsewhere = self._read_offset(upload_id)
            if written_elsewhere > upload.durable:  # by another server on this data root
                upload.received = upload.durable = written_elsewhere
            yield upload

    @contextmanager
    def _held_by_this_server(self, upload_id: str) -> Iterator[None]:
        """The lock on the upload's part file, which servers sharing the data root take
        turns holding (the kernel's, released however the holder ends)."""
        try:
            fd = os.open(self._layout.upload_path(upload_id), os.O_RDONLY)
        except FileNotFoundError:
            raise UnknownUpload(upload_id) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            if not self._layout.upload_path(upload_id).exists():  # committed or removed
                raise UnknownUpload(upload_id)
            yield
        finally:
            os.close(fd)

    def _load(self, upload_id: str) -> _Upload:
        """The upload's progress; after a restart, read from its last checkpoint."""
        part = self._layout.upload_path(upload_id)
        with self._lock:
            if upload_id in self._uploads:
                return self._uploads[upload_id]
            try:
                size = part.stat().st_size
            except FileNotFoundError:
                raise UnknownUpload(upload_id) from None
            durable = min(self._read_offset(upload_id), size)
            _zero_from(part, durable, size)
            upload = _Upload(size, durable, durable, self._clock())
            self._uploads[upload_id] = upload
            return upload

    def _forget(self, upload_id: str) -> None:
        with self._lock:
            self._uploads.pop(upload_id, None)

    def _read_offset(self, upload_id: str) -> int:
        try:
            text = self._layout.upload_offset_path(upload_id).read_text()
        except FileNotFoundError:
            return 0
        return int(text) if text.strip().isdigit() else 0

    # -- writing -----------------------------------------------------------------------

    def _open_part(self, upload_id: str) -> int:
        try:
            return os.open(self._layout.upload_path(upload_id), os.O_WRONLY)
        except FileNotFoundError:
            raise UnknownUpload(upload_id) from None

    def _write_or_trim(
        self, fd: int, upload: _Upload, offset: int, data: bytes | bytearray
    ) -> None:
        """Write; if that fails midway, trim back so bytes past `received` stay zeros."""
        try:
            if not write_skipping_zero_blocks(fd, offset, data):
                os.utime(fd)  # only zeros: still mark the upload as active for expire()
        except BaseException:
            os.ftruncate(fd, upload.received)
            os.ftruncate(fd, upload.size)
            raise

    def _checkpoint_due(self, upload: _Upload) -> bool:
        return (
            upload.received == upload.size
            or upload.received - upload.durable >= self._checkpoint_bytes
            or self._clock() - upload.checkpointed_at >= self._checkpoint_seconds
        )

    def _checkpoint(self, upload_id: str, upload: _Upload, fd: int) -> None:
        os.fsync(fd)
        write_atomically(self._layout.upload_offset_path(upload_id), str(upload.received))
        upload.durable = upload.received
        upload.checkpointed_at = self._clock()

    # -- files -------------------------------------------------------------------------

    def _store_blob(self, part: Path, digest: str) -> None:
        blob = self._layout.blob_path(digest)
        if blob.exists():  # the same content was committed before: keep one copy
            part.unlink()
            return
        blob.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(part, 0o400)  # read-only, and its owner's alone
        os.replace(part, blob)
        fsync_dir(blob.parent)

    def _expire_one(self, upload_id: str, cutoff: float) -> bool:
        if self.last_touched(upload_id) >= cutoff:
            return False
        try:
            with self._locked(upload_id):
                if self.last_touched(upload_id) >= cutoff:  # written to meanwhile
                    return False
                self._remove_files(upload_id)
                self._forget(upload_id)
        except UnknownUpload:
            return False
        return True

    def last_touched(self, upload_id: str) -> float:
        """When the upload's files were last written (a file time; 0 if none)."""
        times = []
        for path in (
            self._layout.upload_path(upload_id),
            self._layout.upload_offset_path(upload_id),
        ):
            with suppress(FileNotFoundError):
                times.append(path.stat().st_mtime)
        return max(times, default=0.0)

    def _remove_files(self, upload_id: str) -> None:
        self._remove_offset_files(upload_id)  # first: an offset must never outlive its part
        unlink_if_exists(self._layout.upload_path(upload_id))

    def _remove_offset_files(self, upload_id: str) -> None:
        offset_path = self._layout.upload_offset_path(upload_id)
        unlink_if_exists(offset_path.with_name(offset_path.name + ".tmp"))
        unlink_if_exists(offset_path)

    def _remove_orphans(self, cutoff: float) -> None:
        """Offsets of no part, and commits a crash kept the store from recording."""
        orphans = [*self._layout.uploads_dir.glob("*.offset*")]
        orphans += self._layout.uploads_dir.glob("*.committed*")
        for path in orphans:
            upload_id = path.name.split(".", 1)[0]
            with self._lock, suppress(FileNotFoundError):
                orphan = not self._layout.upload_path(upload_id).exists()
                if orphan and path.stat().st_mtime < cutoff:
                    path.unlink()


def check_disk_size(size: int) -> None:
    if size < 0:
        raise ValueError(f"a disk size cannot be negative: {size}")
    if size > MAX_DISK_BYTES:
        raise DiskTooLarge(size, MAX_DISK_BYTES)


def write_skipping_zero_blocks(fd: int, offset: int, data: bytes | bytearray) -> int:
    """pwrite `data` at `offset`, except the 4 KiB blocks (aligned in the file) that are all
    zeros: those are left as holes. Returns the number of bytes written."""
    view = memoryview(data)
    written = 0
    run_start: int | None = None
    position = 0
    while position < len(data):
        piece_end = min(len(data), ((offset + position) // BLOCK + 1) * BLOCK - offset)
        if is_zero(data, position, piece_end - position):
            if run_start is not None:
                written += pwrite_all(fd, view[run_start:position], offset + run_start)
                run_start = None
        elif run_start is None:
            run_start = position
        position = piece_end
    if run_start is not None:
        written += pwrite_all(fd, view[run_start:], offset + run_start)
    return written


def _zero_from(path: Path, offset: int, size: int) -> None:
    """Make everything from `offset` to `size` a hole (drops bytes no checkpoint covers).
    The file keeps its times: this is no write, and an upload expires counting from
    its last write, however often the server restarts."""
    if offset < size:
        before = path.stat()
        os.truncate(path, offset)
        os.truncate(path, size)
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
