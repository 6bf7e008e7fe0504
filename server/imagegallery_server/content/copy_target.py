"""The file a replica copy writes: a file of holes of the disk's size, written piece by
piece at the pieces' offsets.

Aligned pieces go with O_DIRECT where the file system allows it, from the copy's buffer
straight to the disk: a copy is never read back, so passing it through the page cache
would only cost CPU (a second memory copy, then writeback) and evict the cache the
server reads from. The rest (an unaligned tail; a file system without O_DIRECT) is
written through the page cache. fsync covers both.
"""

import errno
import mmap
import os
from pathlib import Path

from .durable import pwrite_all

# O_DIRECT needs the buffer, offset and length aligned to the device's logical block;
# a page is a multiple of it on every common device.
ALIGNMENT = mmap.PAGESIZE
_DIRECT = getattr(os, "O_DIRECT", 0)


def aligned_buffer(size: int) -> memoryview:
    """A buffer of `size` bytes (rounded up to the alignment) that O_DIRECT can write from."""
    rounded = -(-size // ALIGNMENT) * ALIGNMENT
    return memoryview(mmap.mmap(-1, rounded))[:size]  # anonymous maps start on a page


class CopyTarget:
    def __init__(self, path: Path, size: int) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        self._direct_fd: int | None = None
        try:
            os.ftruncate(self.fd, size)  # everything not written stays a hole
            if _DIRECT:
                self._direct_fd = _open_direct(path)
        except BaseException:
            self.close()
            raise

    def write(self, piece: memoryview, offset: int) -> int:
        """Writes all of `piece` at `offset`; returns its length."""
        if self._direct_fd is not None and _aligned(offset, len(piece)):
            try:
                return pwrite_all(self._direct_fd, piece, offset)
            except OSError as error:
                if error.errno != errno.EINVAL:  # EINVAL: not for this file after all
                    raise
                self._close_direct()
        return pwrite_all(self.fd, piece, offset)

    def close(self) -> None:
        self._close_direct()
        os.close(self.fd)

    def _close_direct(self) -> None:
        if self._direct_fd is not None:
            os.close(self._direct_fd)
            self._direct_fd = None


def _open_direct(path: Path) -> int | None:
    try:
        return os.open(path, os.O_WRONLY | _DIRECT)
    except OSError as error:
        if error.errno == errno.EINVAL:  # e.g. tmpfs
            return None
        raise


def _aligned(offset: int, length: int) -> bool:
    return offset % ALIGNMENT == 0 and length % ALIGNMENT == 0
