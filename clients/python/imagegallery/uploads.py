"""Uploading a disk: the pieces :meth:`imagegallery.client.Client.upload` and
:meth:`imagegallery.aio.AsyncClient.upload` share.

A disk goes up as WriteUpload messages of at most 4 MiB, each at its offset;
chunks holding only zeros are not sent (the server keeps disks sparse, and what
no message covers reads as zeros). A broken stream is resumed from the offset
the server holds (GetUpload's received_bytes). Every byte is hashed on the way,
zeros included, and the commit states the size and sha256.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable, Iterator
from typing import BinaryIO

import grpc

from imagegallery.errors import ImageGalleryError
from imagegallery.v1 import error_reason_pb2
from imagegallery.v1 import image_source_service_pb2 as source_pb

__all__ = ["MAX_CHUNK", "DiskData", "UploadProgress"]

MAX_CHUNK = 4 * 1024 * 1024  # the most data a WriteUpload message may carry
# What CommitUpload's deadline allows for the server to read the disk back.
COMMIT_BYTES_PER_SECOND = 50 * 1024 * 1024

OFFSET_MISMATCH = error_reason_pb2.ErrorReason.Name(
    error_reason_pb2.ERROR_REASON_UPLOAD_OFFSET_MISMATCH
)

# A local file (path), bytes, or a binary file object that can seek.
DiskData = str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryIO
# Called with the upload's name, the bytes of the disk done so far, and its size.
UploadProgress = Callable[[str, int, int], None]


class Disk:
    """The bytes to upload, read at any offset; a context manager closing what it opened."""

    def __init__(self, data: DiskData) -> None:
        self._opened: BinaryIO | None = None
        if isinstance(data, bytes | bytearray | memoryview):
            self._file: BinaryIO = io.BytesIO(bytes(data))
        elif isinstance(data, str | os.PathLike):
            self._file = self._opened = open(data, "rb")  # noqa: SIM115 - closed by close()
        else:
            self._file = data
        self.size = self._file.seek(0, io.SEEK_END)

    def read_at(self, offset: int, length: int) -> bytes:
        self._file.seek(offset)
        data = self._file.read(length)
        if len(data) != length:
            raise OSError(f"the disk shrank while it was being uploaded (offset {offset})")
        return data

    def close(self) -> None:
        if self._opened is not None:
            self._opened.close()

    def __enter__(self) -> Disk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Writer:
    """WriteUpload messages of one disk, from any offset, with the sha256 of every
    byte read (each byte hashed once, however often the stream is resumed)."""

    def __init__(
        self,
        name: str,
        disk: Disk,
        chunk_size: int = MAX_CHUNK,
        progress: UploadProgress | None = None,
    ) -> None:
        if not 0 < chunk_size <= MAX_CHUNK:
            raise ValueError(f"chunk_size must be from 1 to {MAX_CHUNK} bytes")
        self.name, self.disk, self.chunk_size, self.progress = name, disk, chunk_size, progress
        self._digest = hashlib.sha256()
        self._hashed = 0
        # An error reading the disk: the stream is ended, and the error raised after.
        self.failure: BaseException | None = None

    def _read(self, offset: int, length: int) -> bytes:
        data = self.disk.read_at(offset, length)
        if offset + length > self._hashed:
            self._digest.update(data[self._hashed - offset :])
            self._hashed = offset + length
        return data

    def messages(self, start: int) -> Iterator[source_pb.WriteUploadRequest]:
        """The messages of the disk's bytes from `start` (what the server holds) on:
        each chunk that holds a non-zero byte, at its offset; a last empty message
        at the end covers trailing zeros. Bytes before `start` are only hashed."""
        self.failure = None
        size, first, end = self.disk.size, True, start
        # Hashing is sequential: read from where it stopped when that is before `start`.
        position = min(start, self._hashed)
        try:
            while position < size:
                length = min(self.chunk_size, size - position)
                data = self._read(position, length)
                if position + length > start:
                    skip = max(0, start - position)
                    if data.count(0, skip) != length - skip:  # not only zeros
                        yield source_pb.WriteUploadRequest(
                            name=self.name if first else "",
                            offset=position + skip,
                            data=data[skip:] if skip else data,
                        )
                        first, end = False, position + length
                    if self.progress is not None:
                        self.progress(self.name, position + length, size)
                position += length
        except Exception as error:  # raised by the caller once the stream has ended
            self.failure = error
            return
        if first or end < size:
            yield source_pb.WriteUploadRequest(
                name=self.name if first else "", offset=size, data=b""
            )

    def sha256(self) -> str:
        """The hex sha256 of the whole disk (reading what was not read yet)."""
        position = self._hashed
        while position < self.disk.size:
            length = min(self.chunk_size, self.disk.size - position)
            self._read(position, length)
            position += length
        return self._digest.hexdigest()


def resumable(error: ImageGalleryError) -> bool:
    """The stream broke, or the server holds other bytes than the writer thought:
    ask it where to go on from."""
    if error.code == grpc.StatusCode.UNAVAILABLE:
        return True
    if error.code in (grpc.StatusCode.INTERNAL, grpc.StatusCode.UNKNOWN) and (
        "RST_STREAM" in error.message or "stream terminated" in error.message
    ):
        return True
    return error.code == grpc.StatusCode.FAILED_PRECONDITION and error.reason == OFFSET_MISMATCH


def check_resumed(upload: source_pb.Upload, size: int) -> None:
    if upload.size_bytes != size:
        raise ValueError(
            f"{upload.name} was declared with {upload.size_bytes} bytes, but the disk has {size}"
        )


def commit_timeout(timeout: float | None, size: int) -> float | None:
    """The server reads the whole disk to check it: allow for that."""
    return None if timeout is None else timeout + size / COMMIT_BYTES_PER_SECOND


def create_request(parent: str, location: str, size: int) -> source_pb.CreateUploadRequest:
    upload = source_pb.Upload(location=location, size_bytes=size)
    return source_pb.CreateUploadRequest(parent=parent, upload=upload)


def commit_request(name: str, size: int, digest: str) -> source_pb.CommitUploadRequest:
    return source_pb.CommitUploadRequest(name=name, size_bytes=size, sha256=digest)
