"""The states of a replica."""

from enum import StrEnum


class ReplicaState(StrEnum):
    """Stored as its value in `replicas.state`."""

    PENDING = "pending"
    COPYING = "copying"
    COMPLETED = "completed"
    FAILED = "failed"
    REMOVING = "removing"
