"""The call in progress: its caller, and the resource it acted on (for the audit log)."""

from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass

from imagegallery_server.domain.access import Caller, Permission


@dataclass(slots=True)
class CallAccess:
    caller: Caller
    resource: str = ""
    # Reads the caller again if access data changed since (for long streams).
    refresh: Callable[[Caller], Caller] = lambda caller: caller


# Set by the call wrapper (api/observed.py) before any servicer runs.
_current: ContextVar[CallAccess] = ContextVar("call_access")


def begin(caller: Caller, refresh: Callable[[Caller], Caller]) -> CallAccess:
    access = CallAccess(caller, refresh=refresh)
    _current.set(access)
    return access


def caller() -> Caller:
    return _current.get().caller


def refreshed_caller() -> Caller:
    """The caller with the roles it holds now, which may differ from the call's start."""
    access = _current.get()
    access.caller = access.refresh(access.caller)
    return access.caller


def record(name: str) -> None:
    """Names the call's audited resource once the servicer knows it (what it created)."""
    _current.get().resource = name


def authorize(permission: Permission, name: str) -> None:
    """For the checks a servicer makes itself: the caller must hold `permission` on
    `name`, which is then the call's audited resource."""
    access = _current.get()
    access.resource = access.resource or name
    access.caller.require(permission, name)


def require_list(parent: str) -> list[str] | None:
    """What a list of `parent`'s children may show (see Caller.require_list)."""
    return _current.get().caller.require_list(parent)
