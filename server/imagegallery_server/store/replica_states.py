"""The states of a replica and the only moves between them.

A replica starts pending; a worker claims it (copying) and ends the copy completed,
failed, or pending again (to retry, or to wait for its place to come back); a scrub
sends a damaged completed replica back to pending, and a retry a failed one. Anything
not removing may be marked removing; once its files are gone its row is deleted."""

from enum import StrEnum


class ReplicaState(StrEnum):
    """Stored as its value in `replicas.state`."""

    PENDING = "pending"
    COPYING = "copying"
    COMPLETED = "completed"
    FAILED = "failed"
    REMOVING = "removing"


PENDING, COPYING, COMPLETED, FAILED, REMOVING = ReplicaState

ALLOWED: dict[ReplicaState, frozenset[ReplicaState]] = {
    PENDING: frozenset({COPYING, REMOVING}),
    COPYING: frozenset({PENDING, COMPLETED, FAILED, REMOVING}),
    COMPLETED: frozenset({PENDING, REMOVING}),
    FAILED: frozenset({PENDING, REMOVING}),
    REMOVING: frozenset(),
}


class IllegalTransition(Exception):
    """A replica asked to make a move the table does not allow: a bug in the
    server, never the caller's fault."""


def check_transition(current: ReplicaState, to: ReplicaState) -> None:
    if to not in ALLOWED[current]:
        raise IllegalTransition(f"a replica may not go from {current} to {to}")


def check_deletion(current: ReplicaState) -> None:
    """Only a replica being removed (its files gone) may lose its row."""
    if current is not REMOVING:
        raise IllegalTransition(f"a {current} replica may not be deleted, only a removing one")
