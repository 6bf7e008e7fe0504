"""Progress bars on stderr, drawn by rich, only when stderr is a terminal:
bytes of an upload, percent of an operation, one bar per region of a
replication. Elsewhere (a pipe, a log file) nothing is drawn."""

import sys
from types import TracebackType
from typing import Any

from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery.v1 import operation_metadata_pb2
from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    TaskID,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)

from imagegallery_server.cli.values import enum_label

_STATE = version_pb.ReplicationState.DESCRIPTOR


class Bars:
    """A set of bars, live for the `with` block; every method does nothing when
    stderr is no terminal."""

    def __init__(self, *columns: ProgressColumn | str) -> None:
        self.live = sys.stderr.isatty()
        self._progress = Progress(
            TextColumn("{task.description}"),
            *columns,
            console=Console(stderr=True),
            disable=not self.live,
        )
        self._tasks: dict[str, TaskID] = {}

    def __enter__(self) -> "Bars":
        self._progress.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._progress.stop()

    def update(self, key: str, completed: float, total: float | None = 100, **fields: Any) -> None:
        if key not in self._tasks:
            self._tasks[key] = self._progress.add_task(key, total=total, **fields)
        self._progress.update(self._tasks[key], completed=completed, total=total, **fields)


def upload_bars() -> Bars:
    return Bars(BarColumn(), DownloadColumn(), TransferSpeedColumn(), TimeRemainingColumn())


def operation_bars() -> Bars:
    return Bars(BarColumn(), TaskProgressColumn(), TextColumn("{task.fields[status]}"))


def waiting_bars() -> Bars:
    return Bars(SpinnerColumn(), TextColumn("{task.fields[status]}"))


def region_bars() -> Bars:
    return Bars(
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[state]:<11} {task.fields[replicas]}"),
        DownloadColumn(),
    )


def show_operation(
    bars: Bars, label: str, metadata: operation_metadata_pb2.OperationMetadata
) -> None:
    bars.update(label, metadata.progress_percent, status=metadata.status_message)


def show_regions(bars: Bars, status: version_pb.ReplicationStatus) -> None:
    for region in status.summary:
        bars.update(
            region.region,
            region.bytes_copied,
            total=region.bytes_total or None,
            state=enum_label(_STATE, region.state) or "Unknown",
            replicas=f"{region.replicas_completed}/{region.replica_count}",
        )
