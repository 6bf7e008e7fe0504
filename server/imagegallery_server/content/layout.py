"""Where bytes live under a data directory.

    <data>/uploads/<upload_id>.part            an upload in progress
    <data>/uploads/<upload_id>.offset          its durably received offset
    <data>/uploads/<upload_id>.committed       its bytes are a blob the store is yet to record
    <data>/blobs/<sha256-hex>                  a committed disk, content-addressed
    <data>/extent-maps/<sha256-hex>            where that disk's data lies, and its digest
    <region_root>/<zone>/<version>/<index>/<disk_name>   a replica's disk

A region root defaults to <data>/regions/<region> and can be moved to its own mount.
<version> is a hash of the version key (e.g. an Azure resource id), so any key maps to a
safe, fixed-length directory name.
"""

import hashlib
import re
from pathlib import Path

from .errors import InvalidName

# No dots: a name can never collide with the suffixes (.part, .offset, ...) added to it.
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,127}")
_DIGEST = re.compile(r"[0-9a-f]{64}")
VERSION_DIR_HEX_CHARS = 32


def _checked(kind: str, value: str, pattern: re.Pattern[str]) -> str:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise InvalidName(kind, value)
    return value


def version_dir_name(version_key: str) -> str:
    return hashlib.sha256(version_key.encode()).hexdigest()[:VERSION_DIR_HEX_CHARS]


class Layout:
    def __init__(self, data_dir: Path, region_roots: dict[str, Path] | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.region_roots = {region: Path(root) for region, root in (region_roots or {}).items()}

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    @property
    def blobs_dir(self) -> Path:
        return self.data_dir / "blobs"

    def upload_path(self, upload_id: str) -> Path:
        return self.uploads_dir / f"{_checked('upload id', upload_id, _NAME)}.part"

    def upload_offset_path(self, upload_id: str) -> Path:
        return self.uploads_dir / f"{_checked('upload id', upload_id, _NAME)}.offset"

    def upload_committed_path(self, upload_id: str) -> Path:
        return self.uploads_dir / f"{_checked('upload id', upload_id, _NAME)}.committed"

    def blob_path(self, digest: str) -> Path:
        return self.blobs_dir / _checked("sha256 digest", digest, _DIGEST)

    @property
    def extent_maps_dir(self) -> Path:
        return self.data_dir / "extent-maps"

    def extent_map_path(self, digest: str) -> Path:
        return self.extent_maps_dir / _checked("sha256 digest", digest, _DIGEST)

    def region_root(self, region: str) -> Path:
        _checked("region", region, _NAME)
        return self.region_roots.get(region) or self.data_dir / "regions" / region

    def replica_dir(self, region: str, zone: str, version_key: str, replica_index: int) -> Path:
        if not isinstance(replica_index, int) or replica_index < 0:
            raise InvalidName("replica index", str(replica_index))
        zone_dir = self.region_root(region) / _checked("zone", zone, _NAME)
        return zone_dir / version_dir_name(version_key) / str(replica_index)

    def replica_disk_path(
        self, region: str, zone: str, version_key: str, replica_index: int, disk_name: str
    ) -> Path:
        replica = self.replica_dir(region, zone, version_key, replica_index)
        return replica / _checked("disk name", disk_name, _NAME)
