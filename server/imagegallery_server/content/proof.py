"""Proof that a copy holds its disk's content, from the bytes fed to it in offset order.

With the disk's extent map, only the data extents are hashed and compared with the map's
data digest; the holes need no hashing, since the copy must hold zeros there (checked
apart: `first_data_outside`). Without a map, holes are hashed as zeros and the whole is
compared with the disk's sha256.
"""

import hashlib
import os
from pathlib import Path

from .errors import CopyCorrupted, CopyHasDataInHole
from .extent_map import ExtentMap
from .sparse import READ_CHUNK, data_extents, first_data_outside, hash_zeros, read_extent


class Proof:
    def __init__(self, digest: str, extent_map: ExtentMap | None) -> None:
        self._hasher = hashlib.sha256()
        self._extent_map = extent_map
        self._expected = extent_map.data_sha256 if extent_map else digest

    def hole(self, length: int) -> None:
        if self._extent_map is None:
            hash_zeros(self._hasher, length)

    def data(self, piece: memoryview) -> None:
        self._hasher.update(piece)

    def check(self, target: Path) -> None:
        actual = self._hasher.hexdigest()
        if actual != self._expected:
            what = "the data extents of the copy" if self._extent_map else "the copy"
            raise CopyCorrupted(str(target), self._expected, actual, what)


def check_holes(fd: int, target: Path, size: int, extent_map: ExtentMap | None) -> None:
    """Refuses a copy that holds data where its disk's extent map has a hole."""
    if extent_map is None:
        return  # the whole-disk digest covered the holes
    offset = first_data_outside(fd, size, extent_map.extents)
    if offset is not None:
        raise CopyHasDataInHole(str(target), offset)


def check_copy(path: Path, size: int, digest: str, extent_map: ExtentMap | None) -> None:
    """Reads a finished copy and proves it holds the disk (ContentError if it does not)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        proof = Proof(digest, extent_map)
        extents = extent_map.extents if extent_map else list(data_extents(fd, size))
        buffer = bytearray(READ_CHUNK)
        position = 0
        for start, length in extents:
            proof.hole(start - position)
            for source, count in read_extent(fd, start, length, buffer):
                proof.data(memoryview(source)[:count])
            position = start + length
        proof.hole(size - position)
        proof.check(path)
        check_holes(fd, path, size, extent_map)
    finally:
        os.close(fd)
