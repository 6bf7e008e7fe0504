"""Small helpers that make file-system changes survive a crash or power loss."""

import os
from pathlib import Path


def fsync_dir(path: Path) -> None:
    """Persist the directory entries of `path` (creations, renames, removals in it)."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, text: str, temporary: Path | None = None) -> None:
    """Replace `path` with `text` so that a crash leaves either the old or the new file.

    Writers that may race on `path` each pass a `temporary` of their own.
    """
    temporary = temporary or path.with_name(path.name + ".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        os.write(fd, text.encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temporary, path)
    fsync_dir(path.parent)


def unlink_if_exists(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def pwrite_all(fd: int, data: memoryview, offset: int) -> int:
    """pwrite all of `data` at `offset` (one pwrite may write less); returns its length."""
    done = 0
    while done < len(data):
        done += os.pwrite(fd, data[done:], offset + done)
    return len(data)
