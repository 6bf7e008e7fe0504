"""A version's replication status, per region and in aggregate, read off its replicas."""

from collections.abc import Iterable

from imagegallery_server.domain import publishing
from imagegallery_server.domain.model import (
    AggregatedReplicationState,
    ImageVersion,
    RegionalReplicationStatus,
    ReplicationMode,
    ReplicationState,
    ReplicationStatus,
)
from imagegallery_server.domain.operations import OperationError
from imagegallery_server.store.replica_states import ReplicaState
from imagegallery_server.store.replicas import Replica


def summarize(version: ImageVersion, replicas: Iterable[Replica]) -> ReplicationStatus:
    live = [r for r in replicas if r.state != ReplicaState.REMOVING]
    profile = version.publishing_profile
    mode = profile.replication_mode or ReplicationMode.FULL
    if mode is ReplicationMode.SHALLOW:
        summary = [_shallow(target.name) for target in profile.target_regions]
    else:
        summary = [
            _region(
                target.name,
                publishing.replicas_in(profile, target),
                [r for r in live if r.region == target.name],
            )
            for target in profile.target_regions
        ]
    states = {s.state for s in summary}
    if ReplicationState.FAILED in states:
        aggregated = AggregatedReplicationState.FAILED
    elif states == {ReplicationState.COMPLETED}:
        aggregated = AggregatedReplicationState.COMPLETED
    else:
        aggregated = AggregatedReplicationState.IN_PROGRESS
    return ReplicationStatus(aggregated_state=aggregated, summary=summary, replication_mode=mode)


def _shallow(region: str) -> RegionalReplicationStatus:
    """A shallow version's region: complete from the start, as nothing is copied."""
    return RegionalReplicationStatus(
        region=region,
        state=ReplicationState.COMPLETED,
        details=SHALLOW_DETAILS,
        progress=100,
        replicas_completed=1,
        replica_count=1,
        replicas_available=1,
    )


SHALLOW_DETAILS = "shallow replication: served from the source's disks, no copy made"


def _region(region: str, replica_count: int, copies: list[Replica]) -> RegionalReplicationStatus:
    copied = sum(
        r.bytes_total if r.state == ReplicaState.COMPLETED else r.bytes_copied for r in copies
    )
    total = sum(r.bytes_total for r in copies)
    speed = sum(r.bytes_per_second for r in copies if r.state == ReplicaState.COPYING)
    failed = [r for r in copies if r.state == ReplicaState.FAILED]
    complete_replicas = {
        r.replica
        for r in copies
        if all(c.state == ReplicaState.COMPLETED for c in copies if c.replica == r.replica)
    }
    # A replica serves while any of its copies (one per zone for ZRS) is up.
    available = {r.replica for r in copies if r.replica in complete_replicas and r.available}
    zones_down = sorted({r.zone for r in copies if not r.available})
    if failed:
        state = ReplicationState.FAILED
    elif copies and all(r.state == ReplicaState.COMPLETED for r in copies):
        state = ReplicationState.COMPLETED
    else:
        state = ReplicationState.REPLICATING
    done = state is ReplicationState.COMPLETED
    return RegionalReplicationStatus(
        region=region,
        state=state,
        details="; ".join(sorted({r.error for r in copies if r.error})),
        progress=100 if done else min(99, copied * 100 // total if total else 0),
        bytes_copied=copied,
        bytes_total=total,
        bytes_per_second=speed,
        eta_seconds=max(0, total - copied) // speed if speed and not done else 0,
        replicas_completed=len(complete_replicas),
        replica_count=replica_count,
        replicas_available=len(available),
        zones_down=zones_down,
    )


def completed_in(status: ReplicationStatus, region: str) -> bool:
    return any(s.region == region and s.state is ReplicationState.COMPLETED for s in status.summary)


def percent(status: ReplicationStatus) -> int:
    total = sum(s.bytes_total for s in status.summary)
    copied = sum(s.bytes_copied for s in status.summary)
    return copied * 100 // total if total else 0


def failure(name: str, status: ReplicationStatus) -> OperationError:
    failed = [s for s in status.summary if s.state is ReplicationState.FAILED]
    regions = ", ".join(s.region for s in failed)
    reasons = "; ".join(f"{s.region}: {s.details}" for s in failed)
    return OperationError(
        code="UNAVAILABLE",
        reason="REPLICATION_FAILED",
        message=f"Replication of {name} failed in {regions} ({reasons}); "
        "RetryImageVersionReplication starts those regions again.",
        metadata={"regions": regions},
    )
