"""Errors of the content store. Each carries the values it names as attributes, so the
domain can turn it into a precise gRPC status without parsing the message."""


class ContentError(Exception):
    """Base of everything content/ raises on purpose."""


class InvalidName(ContentError):
    def __init__(self, kind: str, value: str) -> None:
        super().__init__(f"invalid {kind} {value!r}")
        self.kind = kind
        self.value = value


class DiskTooLarge(ContentError):
    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"a disk of {size} bytes exceeds the limit of {limit} bytes")
        self.size = size
        self.limit = limit


class UnknownUpload(ContentError):
    def __init__(self, upload_id: str) -> None:
        super().__init__(f"no upload {upload_id!r} is in progress")
        self.upload_id = upload_id


class UploadExists(ContentError):
    def __init__(self, upload_id: str) -> None:
        super().__init__(f"upload {upload_id!r} already exists")
        self.upload_id = upload_id


class OffsetMismatch(ContentError):
    """A write starts before the bytes already received (data would be overwritten)."""

    def __init__(self, expected: int, got: int) -> None:
        super().__init__(f"write at offset {got} is behind the {expected} bytes already received")
        self.expected = expected
        self.got = got


class WriteBeyondEnd(ContentError):
    def __init__(self, end: int, size: int) -> None:
        super().__init__(f"write ending at byte {end} is past the disk size of {size} bytes")
        self.end = end
        self.size = size


class SizeMismatch(ContentError):
    def __init__(self, expected: int, actual: int) -> None:
        super().__init__(f"size {actual} differs from the declared size {expected}")
        self.expected = expected
        self.actual = actual


class UploadIncomplete(ContentError):
    def __init__(self, received: int, size: int) -> None:
        super().__init__(f"only {received} of {size} bytes have been received")
        self.received = received
        self.size = size


class DigestMismatch(ContentError):
    def __init__(self, expected: str, actual: str, subject: str = "the uploaded content") -> None:
        super().__init__(f"sha256 of {subject} is {actual}, expected {expected}")
        self.expected = expected
        self.actual = actual


class CopyCorrupted(DigestMismatch):
    """A replica copy does not hash to the digest of its source disk (or, proven against
    the disk's extent map, its data extents do not hash to the map's data digest)."""

    def __init__(self, target: str, expected: str, actual: str, what: str = "the copy") -> None:
        super().__init__(expected, actual, subject=f"{what} {target}")
        self.target = target


class CopyHasDataInHole(ContentError):
    """A replica copy holds a non-zero byte where its disk has a hole."""

    def __init__(self, target: str, offset: int) -> None:
        super().__init__(f"the copy {target} holds data at {offset}, where its disk has a hole")
        self.target = target
        self.offset = offset
