"""Pure file handling for disk content: where bytes live, sparse reads and digests,
resumable uploads into a content-addressed blob store, and verified replica copies.

Knows nothing of gRPC, SQL or the domain; raises ContentError subclasses.
"""

from .copy import Link, copy_replica, partial_path, remove_replica_dir
from .errors import (
    ContentError,
    CopyCorrupted,
    CopyHasDataInHole,
    DigestMismatch,
    DiskTooLarge,
    InvalidName,
    OffsetMismatch,
    SizeMismatch,
    UnknownUpload,
    UploadExists,
    UploadIncomplete,
    WriteBeyondEnd,
)
from .extent_map import ExtentMap
from .extent_maps import ExtentMaps
from .layout import Layout
from .proof import check_copy
from .sparse import BLOCK, Summary, data_extents, occupied_bytes, sha256_of, summarize
from .uploads import MAX_DISK_BYTES, Disk, UploadStore

__all__ = [
    "BLOCK",
    "MAX_DISK_BYTES",
    "ContentError",
    "CopyCorrupted",
    "CopyHasDataInHole",
    "DigestMismatch",
    "Disk",
    "DiskTooLarge",
    "ExtentMap",
    "ExtentMaps",
    "InvalidName",
    "Layout",
    "Link",
    "OffsetMismatch",
    "SizeMismatch",
    "Summary",
    "UnknownUpload",
    "UploadExists",
    "UploadIncomplete",
    "UploadStore",
    "WriteBeyondEnd",
    "check_copy",
    "copy_replica",
    "data_extents",
    "occupied_bytes",
    "partial_path",
    "remove_replica_dir",
    "sha256_of",
    "summarize",
]
