"""Sparse disks: zero blocks are never stored, so they are never read, copied or counted.

A hole reads as zeros. "Occupied" bytes are the 4 KiB blocks holding any non-zero byte.
"""

import errno
import hashlib
import os
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .extent_map import ExtentMap

BLOCK = 4096
READ_CHUNK = 1 << 20
ZEROS = bytes(READ_CHUNK)
_ZERO_VIEW = memoryview(ZEROS)
_UNSUPPORTED = {errno.EINVAL, errno.EOPNOTSUPP, errno.ENOTSUP}


@dataclass(frozen=True)
class Summary:
    digest: str
    occupied_bytes: int
    extent_map: ExtentMap


def is_zero(buffer: bytes | bytearray, start: int, length: int) -> bool:
    """True if buffer[start:start + length] is all zeros, compared with memcmp, no copy."""
    while length > 0:
        step = min(length, READ_CHUNK)
        if not buffer.startswith(_ZERO_VIEW[:step], start):
            return False
        start += step
        length -= step
    return True


def data_extents(fd: int, size: int) -> Iterator[tuple[int, int]]:
    """(offset, length) of the regions below `size` that may hold data; the rest are holes.

    Moves the file position of `fd`: read with pread/sendfile and explicit offsets.
    """
    if not hasattr(os, "SEEK_DATA"):
        if size > 0:
            yield 0, size
        return
    offset = 0
    while offset < size:
        try:
            start = os.lseek(fd, offset, os.SEEK_DATA)
        except OSError as error:
            if error.errno == errno.ENXIO:  # only a hole (or end of file) remains
                return
            if offset == 0 and error.errno in _UNSUPPORTED:
                yield 0, size
                return
            raise
        if start >= size:
            return
        end = min(os.lseek(fd, start, os.SEEK_HOLE), size)
        yield start, end - start
        offset = end


def read_extent(
    fd: int, offset: int, length: int, buffer: bytearray
) -> Iterator[tuple[bytes | bytearray, int]]:
    """(source, count): the extent's bytes are source[:count], piece by piece, read into one
    reused buffer in READ_CHUNK-aligned pieces. Past the end of a short file, zeros."""
    view = memoryview(buffer)
    end = offset + length
    while offset < end:
        want = min(end, (offset // READ_CHUNK + 1) * READ_CHUNK) - offset
        got = os.preadv(fd, [view[:want]], offset)
        yield (buffer, got) if got else (ZEROS, want)
        offset += got or want


class _BlockCounter:
    """Counts 4 KiB blocks with a non-zero byte, fed pieces in increasing offset order."""

    def __init__(self) -> None:
        self.blocks = 0
        self._last_counted = -1

    def add(self, offset: int, source: bytes | bytearray, count: int) -> None:
        if is_zero(source, 0, count):
            return
        end = offset + count
        block = offset // BLOCK
        while block * BLOCK < end:
            low = max(block * BLOCK, offset)
            high = min((block + 1) * BLOCK, end)
            if block > self._last_counted and not is_zero(source, low - offset, high - low):
                self.blocks += 1
                self._last_counted = block
            block += 1


def _segments(fd: int, size: int) -> Iterator[tuple[int, int, bool]]:
    """(offset, length, holds_data) covering [0, size) in order."""
    position = 0
    for start, length in data_extents(fd, size):
        if start > position:
            yield position, start - position, False
        yield start, length, True
        position = start + length
    if position < size:
        yield position, size - position, False


@dataclass
class _Hashes:
    whole: "hashlib._Hash" = field(default_factory=hashlib.sha256)  # holes as zeros
    data: "hashlib._Hash" = field(default_factory=hashlib.sha256)  # data extents only
    extents: list[tuple[int, int]] = field(default_factory=list)


def _scan(path: Path, size: int, hashes: _Hashes | None) -> int:
    """Occupied bytes of the first `size` logical bytes; feeds them to `hashes` if given.

    Holes are never read: they are hashed from a shared buffer of zeros.
    """
    counter = _BlockCounter()
    buffer = bytearray(READ_CHUNK)
    fd = os.open(path, os.O_RDONLY)
    try:
        for offset, length, holds_data in _segments(fd, size):
            if not holds_data:
                if hashes is not None:
                    hash_zeros(hashes.whole, length)
                continue
            if hashes is not None:
                hashes.extents.append((offset, length))
            position = offset
            for source, count in read_extent(fd, offset, length, buffer):
                if hashes is not None:
                    piece = memoryview(source)[:count]
                    hashes.whole.update(piece)
                    hashes.data.update(piece)
                counter.add(position, source, count)
                position += count
    finally:
        os.close(fd)
    return counter.blocks * BLOCK


def hash_zeros(hasher: "hashlib._Hash", length: int) -> None:
    while length > 0:
        step = min(length, READ_CHUNK)
        hasher.update(_ZERO_VIEW[:step])
        length -= step


def summarize(path: Path, size: int) -> Summary:
    """sha256, occupied bytes and extent map of the first `size` logical bytes, in one pass."""
    hashes = _Hashes()
    occupied = _scan(path, size, hashes)
    digest = hashes.whole.hexdigest()
    extent_map = ExtentMap(digest, size, tuple(hashes.extents), hashes.data.hexdigest())
    return Summary(digest, occupied, extent_map)


def sha256_of(path: Path, size: int) -> str:
    return summarize(path, size).digest


def occupied_bytes(path: Path) -> int:
    return _scan(path, path.stat().st_size, hashes=None)


def first_data_outside(fd: int, size: int, extents: Sequence[tuple[int, int]]) -> int | None:
    """Where `fd` first holds a non-zero byte outside `extents` (in order), or None.

    Only the file's own data regions outside `extents` are read: none, for a copy that
    wrote nothing but `extents` into a file of holes.
    """
    starts = [start for start, _ in extents]
    buffer = bytearray(READ_CHUNK)
    for start, length in data_extents(fd, size):
        for gap_start, gap_length in _uncovered(start, length, extents, starts):
            position = gap_start
            for source, count in read_extent(fd, gap_start, gap_length, buffer):
                if not is_zero(source, 0, count):
                    return position
                position += count
    return None


def _uncovered(
    start: int, length: int, extents: Sequence[tuple[int, int]], starts: list[int]
) -> Iterator[tuple[int, int]]:
    """The parts of [start, start + length) that no extent covers."""
    position, end = start, start + length
    index = max(bisect_right(starts, start) - 1, 0)
    while position < end and index < len(extents):
        extent_start, extent_length = extents[index]
        if extent_start > position:
            yield position, min(extent_start, end) - position
        position = max(position, extent_start + extent_length)
        index += 1
    if position < end:
        yield position, end - position
