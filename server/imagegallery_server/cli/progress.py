"""Progress on stderr: bars redrawn in place on a terminal, plain lines (only
when something worth a line changed) anywhere else."""

import sys
import time
from typing import TextIO

from imagegallery.v1 import image_version_service_pb2 as version_pb

from imagegallery_server.cli.values import enum_label

WIDTH = 30
PLAIN_STEP = 10  # percent between plain lines


def human_bytes(count: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if count < 1024:
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1024
    return f"{count:.1f} TiB"


def _bar(percent: float, stream: TextIO) -> str:
    full = "█" if (getattr(stream, "encoding", "") or "").lower().startswith("utf") else "#"
    empty = "░" if full == "█" else "."
    filled = int(WIDTH * min(max(percent, 0), 100) / 100)
    return full * filled + empty * (WIDTH - filled)


def _seconds(value: float) -> str:
    value = int(value)
    if value >= 3600:
        return f"{value // 3600}h{value % 3600 // 60:02d}m"
    if value >= 60:
        return f"{value // 60}m{value % 60:02d}s"
    return f"{value}s"


class ByteProgress:
    """One bar for a transfer of `total` bytes."""

    def __init__(self, label: str, total: int, stream: TextIO | None = None) -> None:
        self.label = label
        self.total = total
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self.started = time.monotonic()
        self.first = 0
        self.done = 0
        self._drawn = 0.0
        self._step = -1

    def start(self, done: int) -> None:
        """Bytes already there (a resumed upload) count as done, not as speed."""
        self.first = self.done = done
        self.started = time.monotonic()
        if done and not self.live:
            print(
                f"{self.label}: resuming at {human_bytes(done)} of {human_bytes(self.total)}",
                file=self.stream,
                flush=True,
            )

    def update(self, done: int) -> None:
        self.done = done
        percent = 100 * done / self.total if self.total else 100
        now = time.monotonic()
        if self.live:
            if now - self._drawn >= 0.1 or done >= self.total:
                self._drawn = now
                rate = (done - self.first) / max(now - self.started, 1e-6)
                eta = (self.total - done) / rate if rate > 0 else 0
                self.stream.write(
                    f"\r{self.label} [{_bar(percent, self.stream)}] {percent:5.1f}%  "
                    f"{human_bytes(done)}/{human_bytes(self.total)}  "
                    f"{human_bytes(rate)}/s  ETA {_seconds(eta)}\x1b[K"
                )
                self.stream.flush()
            return
        step = int(percent // PLAIN_STEP)
        if step != self._step:
            self._step = step
            print(
                f"{self.label}: {percent:.0f}% ({human_bytes(done)} of {human_bytes(self.total)})",
                file=self.stream,
                flush=True,
            )

    def finish(self) -> None:
        if self.live:
            self.update(self.done)
            self.stream.write("\n")
            self.stream.flush()


class OperationProgress:
    """A long-running operation's percent and status message."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self._last: tuple[int, str] | None = None

    def update(self, percent: int, message: str) -> None:
        if self.live:
            self.stream.write(
                f"\r{self.label} [{_bar(percent, self.stream)}] {percent:3d}%  {message}\x1b[K"
            )
            self.stream.flush()
            return
        key = (percent // PLAIN_STEP, message)
        if key != self._last:
            self._last = key
            print(f"{self.label}: {percent}% {message}".rstrip(), file=self.stream, flush=True)

    def finish(self) -> None:
        if self.live:
            self.stream.write("\n")
            self.stream.flush()


_STATE = version_pb.ReplicationState.DESCRIPTOR


class RegionProgress:
    """One bar per target region of a version, redrawn together."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self._lines = 0
        self._last: dict[str, tuple[int, int]] = {}
        self._headed = False

    def update(self, status: version_pb.ReplicationStatus) -> None:
        if self.live:
            self._redraw(status)
            return
        for region in status.summary:
            key = (region.state, region.progress // PLAIN_STEP)
            if self._last.get(region.region) != key:
                self._last[region.region] = key
                print(self._plain(region), file=self.stream, flush=True)

    def note(self, text: str) -> None:
        if self.live and self._lines:
            self.stream.write(f"\x1b[{self._lines}F\x1b[J")
            self._lines = 0
        print(text, file=self.stream, flush=True)

    def _plain(self, region: version_pb.RegionalReplicationStatus) -> str:
        state = enum_label(_STATE, region.state) or "Unknown"
        line = (
            f"{self.label} {region.region}: {state} {region.progress}% "
            f"({region.replicas_completed}/{region.replica_count} replicas)"
        )
        return f"{line} {region.details}" if region.details else line

    def _redraw(self, status: version_pb.ReplicationStatus) -> None:
        regions = list(status.summary)
        width = max([len(r.region) for r in regions] + [6])
        lines = []
        if not self._headed:
            self._headed = True
            self.stream.write(f"{self.label}\n")
        for region in regions:
            state = enum_label(_STATE, region.state) or "Unknown"
            extra = f"{human_bytes(region.bytes_copied)}/{human_bytes(region.bytes_total)}"
            if region.bytes_per_second and region.state == version_pb.REPLICATION_STATE_REPLICATING:
                extra += f"  {human_bytes(region.bytes_per_second)}/s"
                if region.eta_seconds:
                    extra += f"  ETA {_seconds(region.eta_seconds)}"
            lines.append(
                f"  {region.region.ljust(width)} [{_bar(region.progress, self.stream)}] "
                f"{region.progress:3d}%  {state:<11} "
                f"{region.replicas_completed}/{region.replica_count}  {extra}"
            )
        if self._lines:
            self.stream.write(f"\x1b[{self._lines}F")
        self.stream.write("".join(f"{line}\x1b[K\n" for line in lines))
        if len(lines) < self._lines:
            self.stream.write("\x1b[J")
        self.stream.flush()
        self._lines = len(lines)
