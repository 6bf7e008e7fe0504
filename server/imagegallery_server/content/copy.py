"""Replica copies: independent bytes (never a reflink or hard link), holes kept as holes,
verified against the source digest before they take the target's name.

os.sendfile copies file to file inside the kernel without sharing extents, unlike
copy_file_range, which may reflink on btrfs or XFS. To cancel a copy, raise from
`on_progress`: the partial file is removed and the exception propagates.
"""

import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import suppress
from pathlib import Path

from .durable import fsync_dir, unlink_if_exists
from .errors import CopyCorrupted
from .sparse import BLOCK, data_extents, sha256_of

DEFAULT_CHUNK = 8 << 20
# When throttled, copy at most this many seconds' worth of bytes at a time, so the rate
# stays smooth and progress (and cancellation) come several times a second.
THROTTLED_PIECE_SECONDS = 0.25


def partial_path(target: Path) -> Path:
    return target.with_suffix(target.suffix + ".partial")


def copy_replica(
    source: Path,
    target: Path,
    size: int,
    digest: str,
    *,
    throttle_bytes_per_second: float | None = None,
    on_progress: Callable[[int], None] | None = None,
    chunk: int = DEFAULT_CHUNK,
) -> None:
    if chunk <= 0:
        raise ValueError(f"a copy chunk must be positive: {chunk}")
    partial = partial_path(target)
    partial.parent.mkdir(parents=True, exist_ok=True)
    pacer = _Pacer(throttle_bytes_per_second)
    try:
        _copy_data_extents(source, partial, size, pacer.piece_size(chunk), pacer, on_progress)
        actual = sha256_of(partial, size)
        if actual != digest:
            raise CopyCorrupted(str(target), digest, actual)
        os.chmod(partial, 0o444)
        os.replace(partial, target)
    except BaseException:
        unlink_if_exists(partial)
        raise
    fsync_dir(target.parent)


def remove_replica_dir(path: Path, *, prune_up_to: Path | None = None) -> None:
    """Remove a replica's directory, then its parents that became empty, stopping below
    `prune_up_to` (e.g. a zone directory)."""
    with suppress(FileNotFoundError):
        shutil.rmtree(path)
    if prune_up_to is None:
        return
    parent = path.parent
    while parent != prune_up_to and parent.is_relative_to(prune_up_to):
        try:
            parent.rmdir()
        except OSError:  # not empty (another replica) or already gone
            break
        parent = parent.parent


class _Pacer:
    """Sleeps so that the average rate since the start stays at or under the limit."""

    def __init__(self, bytes_per_second: float | None) -> None:
        if bytes_per_second is not None and bytes_per_second <= 0:
            raise ValueError(f"a throttle must be positive: {bytes_per_second}")
        self._rate = bytes_per_second
        self._started = time.monotonic()

    def piece_size(self, chunk: int) -> int:
        if self._rate is None:
            return chunk
        return min(chunk, max(BLOCK, int(self._rate * THROTTLED_PIECE_SECONDS)))

    def pace(self, copied: int) -> None:
        if self._rate is None:
            return
        delay = self._started + copied / self._rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)


def _copy_data_extents(
    source: Path,
    partial: Path,
    size: int,
    piece: int,
    pacer: _Pacer,
    on_progress: Callable[[int], None] | None,
) -> None:
    in_fd = os.open(source, os.O_RDONLY)
    try:
        out_fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            os.ftruncate(out_fd, size)  # everything not copied below stays a hole
            copied = 0
            for start, length in data_extents(in_fd, size):
                for sent in _sendfile_range(out_fd, in_fd, start, length, piece):
                    copied += sent
                    pacer.pace(copied)
                    if on_progress is not None:
                        on_progress(copied)
            os.fsync(out_fd)
        finally:
            os.close(out_fd)
    finally:
        os.close(in_fd)


def _sendfile_range(out_fd: int, in_fd: int, start: int, length: int, piece: int) -> Iterator[int]:
    """Copy [start, start + length) to the same offsets, yielding the bytes of each piece.

    Stops early if the source ends sooner; the digest check then refuses the copy.
    """
    offset, end = start, start + length
    while offset < end:
        os.lseek(out_fd, offset, os.SEEK_SET)  # sendfile writes at out_fd's position
        sent = os.sendfile(out_fd, in_fd, offset, min(piece, end - offset))
        if sent == 0:
            return
        offset += sent
        yield sent
