"""Extent maps kept beside the blob store, one per disk digest.

A blob committed before extent maps existed has none: its map is taken from the blob
on first use, after the blob is checked against its digest, and kept.
"""

import contextlib
import secrets
import threading

from .durable import unlink_if_exists, write_atomically
from .errors import DigestMismatch
from .extent_map import ExtentMap, UnreadableExtentMap
from .layout import Layout
from .sparse import summarize


class ExtentMaps:
    def __init__(self, layout: Layout) -> None:
        self._layout = layout
        self._lock = threading.Lock()
        self._taking: dict[str, threading.Lock] = {}  # digest → held while its map is taken

    def save(self, extent_map: ExtentMap) -> None:
        path = self._layout.extent_map_path(extent_map.digest)
        path.parent.mkdir(parents=True, exist_ok=True)
        # Two writers of one digest write the same text; each through a file of its own.
        temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        write_atomically(path, extent_map.to_json(), temporary)

    def load(self, digest: str, size: int) -> ExtentMap | None:
        """The kept map of `digest`, or None if there is none that can be trusted."""
        path = self._layout.extent_map_path(digest)
        try:
            extent_map = ExtentMap.from_json(path.read_text())
        except (FileNotFoundError, UnreadableExtentMap, UnicodeDecodeError):
            return None
        if (extent_map.digest, extent_map.size) != (digest, size):
            return None
        return extent_map

    def of_blob(self, digest: str, size: int) -> ExtentMap:
        """The map of a blob; taken from the blob (checked against `digest`) if none is kept."""
        kept = self.load(digest, size)
        if kept is not None:
            return kept
        with self._taking_lock(digest):
            try:
                kept = self.load(digest, size)  # taken by another thread meanwhile
                if kept is not None:
                    return kept
                return self._take(digest, size)
            finally:
                # A thread still waiting on this lock finds the map kept, or takes it.
                with self._lock:
                    self._taking.pop(digest, None)

    def remove(self, digest: str) -> None:
        unlink_if_exists(self._layout.extent_map_path(digest))

    def remove_abandoned(self, cutoff: float) -> None:
        """Removes the temporary files of saves that a crash cut short (last
        written before `cutoff`, wall-clock time); a save in progress is newer."""
        for path in self._layout.extent_maps_dir.glob(".*.tmp"):
            with contextlib.suppress(FileNotFoundError):
                if path.stat().st_mtime < cutoff:
                    path.unlink()

    def _take(self, digest: str, size: int) -> ExtentMap:
        blob = self._layout.blob_path(digest)
        summary = summarize(blob, size)
        if summary.digest != digest:
            raise DigestMismatch(digest, summary.digest, subject=f"the blob {blob}")
        self.save(summary.extent_map)
        return summary.extent_map

    def _taking_lock(self, digest: str) -> threading.Lock:
        with self._lock:
            return self._taking.setdefault(digest, threading.Lock())
