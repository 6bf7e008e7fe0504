"""What a disk holds, said without its zeros: where its data extents lie and the sha256
of their bytes in order. Everything outside the extents reads as zeros.

Taken when an upload commits, in the same pass that checks the whole-disk sha256, so a
copy can be proven against it without hashing holes. It describes the disk's logical
content, not one file's allocation, so it holds for every file with that content.
"""

import hashlib
import json
from dataclasses import dataclass


class UnreadableExtentMap(ValueError):
    """A stored extent map that is not well formed or fails its own checksum."""


@dataclass(frozen=True)
class ExtentMap:
    digest: str  # the whole disk's sha256, holes as zeros
    size: int
    extents: tuple[tuple[int, int], ...]  # (offset, length), in order, not overlapping
    data_sha256: str  # of the extents' bytes, concatenated in order

    @property
    def data_bytes(self) -> int:
        return sum(length for _, length in self.extents)

    def to_json(self) -> str:
        body = self._body()
        return json.dumps({**body, "check": _checksum(body)}, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "ExtentMap":
        try:
            fields = json.loads(text)
            check = fields.pop("check")
            extent_map = cls(
                fields["digest"],
                fields["size"],
                tuple((offset, length) for offset, length in fields["extents"]),
                fields["data_sha256"],
            )
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise UnreadableExtentMap(f"not an extent map: {error}") from None
        # A damaged map must not pass for the disk's content: it is checked as a whole.
        if check != _checksum(extent_map._body()):
            raise UnreadableExtentMap("an extent map fails its checksum")
        return extent_map

    def _body(self) -> dict[str, object]:
        return {
            "digest": self.digest,
            "size": self.size,
            "extents": [list(extent) for extent in self.extents],
            "data_sha256": self.data_sha256,
        }


def _checksum(body: dict[str, object]) -> str:
    return hashlib.sha256(json.dumps(body, separators=(",", ":")).encode()).hexdigest()
