"""Replica copies: independent bytes (never a reflink or hard link), holes kept as holes,
proven to hold their disk's content before they take the target's name.

Each piece of data is read from the source into a buffer, hashed, and written from that
same buffer (see copy_target.py): the bytes hashed are the bytes written, and they cross
memory once (read and write, never copy_file_range, which may share extents on btrfs or
XFS). Given the disk's extent map, only its data extents are read, and the copy is
proven against the map (see proof.py); otherwise against the whole-disk sha256.

To cancel a copy, raise from `on_progress`: the partial file is removed and the
exception propagates. `on_read` sees each piece before it is hashed and written (a
rehearsal can damage it there, as a bad link would).
"""

import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from pathlib import Path

from .copy_target import CopyTarget, aligned_buffer
from .durable import fsync_dir, unlink_if_exists
from .extent_map import ExtentMap
from .proof import Proof, check_holes
from .sparse import BLOCK, data_extents

DEFAULT_CHUNK = 8 << 20
# When throttled, copy at most this many seconds' worth of bytes at a time, so the rate
# stays smooth and progress (and cancellation) come several times a second.
THROTTLED_PIECE_SECONDS = 0.25


class Link:
    """A region's bandwidth, shared by every copy into it at once: each piece waits
    for its turn on the link, so two copies together go no faster than one alone."""

    def __init__(
        self,
        bytes_per_second: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if bytes_per_second <= 0:
            raise ValueError(f"a throttle must be positive: {bytes_per_second}")
        self.bytes_per_second = bytes_per_second
        self._clock, self._sleep = clock, sleep
        self._free_at = clock()  # when the bytes sent so far have gone through
        self._lock = threading.Lock()

    def piece_size(self, chunk: int) -> int:
        piece = int(self.bytes_per_second * THROTTLED_PIECE_SECONDS) // BLOCK * BLOCK
        return min(chunk, max(BLOCK, piece))

    def carry(self, length: int) -> None:
        """Waits until `length` more bytes have gone through the link."""
        with self._lock:
            now = self._clock()
            self._free_at = max(self._free_at, now) + length / self.bytes_per_second
            delay = self._free_at - now
        if delay > 0:
            self._sleep(delay)


def partial_path(target: Path) -> Path:
    return target.with_suffix(target.suffix + ".partial")


def copy_replica(
    source: Path,
    target: Path,
    size: int,
    digest: str,
    *,
    extent_map: ExtentMap | None = None,
    link: Link | None = None,
    on_progress: Callable[[int], None] | None = None,
    on_read: Callable[[memoryview], None] | None = None,
    chunk: int = DEFAULT_CHUNK,
) -> None:
    if chunk <= 0:
        raise ValueError(f"a copy chunk must be positive: {chunk}")
    partial = partial_path(target)
    partial.parent.mkdir(parents=True, exist_ok=True)
    piece_size = link.piece_size(chunk) if link else chunk
    copy = _Copy(piece_size, link, on_progress, on_read)
    try:
        in_fd = os.open(source, os.O_RDONLY)
        try:
            out = CopyTarget(partial, size)
            try:
                extents = extent_map.extents if extent_map else data_extents(in_fd, size)
                proof = Proof(digest, extent_map)
                copy.run(in_fd, out, size, extents, proof)
                os.fsync(out.fd)
                proof.check(target)
                check_holes(out.fd, target, size, extent_map)
            finally:
                out.close()
        finally:
            os.close(in_fd)
        os.chmod(partial, 0o400)  # read-only, and its owner's alone
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


class _Copy:
    """Copies extents piece by piece, feeding each piece to a proof.

    Two buffers take turns, so the disk and the CPU work at once: while one piece is
    written (on a thread of its own), the next is read into the other buffer and hashed.
    A buffer is refilled only after its write has returned.
    """

    def __init__(
        self,
        piece_size: int,
        link: Link | None,
        on_progress: Callable[[int], None] | None,
        on_read: Callable[[memoryview], None] | None,
    ) -> None:
        self._buffers = (aligned_buffer(piece_size), aligned_buffer(piece_size))
        self._link = link
        self._on_progress = on_progress
        self._on_read = on_read
        self._copied = 0

    def run(
        self,
        in_fd: int,
        out: CopyTarget,
        size: int,
        extents: Sequence[tuple[int, int]] | Iterator[tuple[int, int]],
        proof: Proof,
    ) -> None:
        # Leaving the block waits for a write in flight, even on an error or a cancel.
        with ThreadPoolExecutor(1, thread_name_prefix="copy-write") as writer:
            writing: Future[int] | None = None
            position = 0
            for start, length in extents:
                proof.hole(start - position)
                for offset, piece in self._pieces(in_fd, start, length):
                    if self._on_read is not None:
                        self._on_read(piece)
                    proof.data(piece)
                    if writing is not None:
                        self._written(writing.result())
                    writing = writer.submit(out.write, piece, offset)
                position = start + length
            proof.hole(size - position)
            if writing is not None:
                self._written(writing.result())

    def _written(self, length: int) -> None:
        self._copied += length
        if self._link is not None:
            self._link.carry(length)
        if self._on_progress is not None:
            self._on_progress(self._copied)

    def _pieces(self, fd: int, start: int, length: int) -> Iterator[tuple[int, memoryview]]:
        """(offset, bytes) of [start, start + length), read into the buffers in turn.

        Past the end of a short source, zeros: the proof then decides.
        """
        offset, end = start, start + length
        while offset < end:
            buffer = self._buffers[0]
            self._buffers = self._buffers[::-1]
            piece = buffer[: min(len(buffer), end - offset)]
            got = 0
            while got < len(piece):
                read = os.preadv(fd, [piece[got:]], offset + got)
                if read == 0:
                    piece[got:] = bytes(len(piece) - got)
                    break
                got += read
            yield offset, piece
            offset += len(piece)
