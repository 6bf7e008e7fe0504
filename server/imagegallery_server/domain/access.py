"""Access decisions: which roles a caller holds where, and what they allow.

A role assigned at a scope (subscription, resource group, gallery or image
definition) holds for the scope and everything under it, and nothing above
it: a reader of an image definition sees the definition and its versions, not
its gallery (SPEC.md's sharing matrix). Administrators hold every role.
"""

import math
from dataclasses import dataclass, field
from enum import Enum, StrEnum

from imagegallery_server.domain.errors import PermissionDenied
from imagegallery_server.domain.names import EVERY_SUBSCRIPTION, without_every_resource_group


class Role(StrEnum):
    READER = "Reader"
    CONTRIBUTOR = "Contributor"
    OWNER = "Owner"


_RANK = {Role.READER: 1, Role.CONTRIBUTOR: 2, Role.OWNER: 3}


class Permission(Enum):
    """What a call does to a resource, and the least role that allows it."""

    READ = Role.READER
    WRITE = Role.CONTRIBUTOR
    MANAGE_ACCESS = Role.OWNER

    def __init__(self, least: Role) -> None:
        # An attribute, not a dict keyed by the member: an Enum hashes in Python,
        # and every call's access check asks this.
        self.least_rank = _RANK[least]

    @property
    def verb(self) -> str:
        return _VERBS[self]


_VERBS = {
    Permission.READ: "read",
    Permission.WRITE: "change",
    Permission.MANAGE_ACCESS: "manage access to",
}


@dataclass(frozen=True)
class Grant:
    scope_key: str  # lower case
    role: Role
    # Derived once: every call's check compares with them.
    rank: int = field(init=False, repr=False, compare=False)
    below: str = field(init=False, repr=False, compare=False)  # a key under the scope starts so

    def __post_init__(self) -> None:
        object.__setattr__(self, "rank", _RANK[self.role])
        object.__setattr__(self, "below", self.scope_key + "/")

    def covers(self, key: str) -> bool:
        """Whether the grant holds for `key` (lower case): its scope or under it."""
        return key == self.scope_key or key.startswith(self.below)


@dataclass(frozen=True)
class Caller:
    principal: str  # "tenants/{tenant}/principals/{principal}", or "anonymous"
    tenant: str = ""
    administrator: bool = False
    groups: tuple[str, ...] = ()
    grants: tuple[Grant, ...] = field(default=(), repr=False)
    authenticated: bool = True
    generation: int = 0  # of the access data it was read from
    token: str = ""  # the key of the token it called with
    expires: float = math.inf  # the token's expire time, in seconds since the epoch

    def role_at(self, name: str) -> Role | None:
        """The highest role held on `name` (through it or a scope above it)."""
        key = name.lower()
        held = [g.role for g in self.grants if g.covers(key)]
        return max(held, key=_RANK.__getitem__, default=None)

    def may(self, permission: Permission, name: str) -> bool:
        """Whether a role held on `name` (or a scope above it) allows `permission`."""
        if self.administrator:
            return True
        key, least = name.lower(), permission.least_rank
        for grant in self.grants:  # noqa: SIM110 (no generator: every call asks this)
            if grant.rank >= least and grant.covers(key):
                return True
        return False

    def require(self, permission: Permission, name: str) -> None:
        if not self.may(permission, name):
            raise denied(self, permission, name)

    def visible_within(self, parent: str) -> list[str] | None:
        """What a list of `parent`'s children may show: None for everything, else
        the scopes under `parent` the caller holds a role at (maybe none)."""
        key = parent.lower()
        if self.administrator:
            return None
        if key == EVERY_SUBSCRIPTION:
            return [g.scope_key for g in self.grants]
        if self.role_at(key) is not None:
            return None
        return [g.scope_key for g in self.grants if _covers(key, g.scope_key)]

    def require_list(self, parent: str) -> list[str] | None:
        """`visible_within`, refusing a parent the caller holds no role at or under."""
        if not parent:
            return None  # refused as missing, before anything is read
        parent = without_every_resource_group(parent)
        visible = self.visible_within(parent)
        if visible == [] and parent.lower() != EVERY_SUBSCRIPTION:
            raise denied(self, Permission.READ, parent)
        return visible


ANONYMOUS = Caller("anonymous", administrator=True, authenticated=False)


def _covers(scope_key: str, key: str) -> bool:
    return key == scope_key or key.startswith(scope_key + "/")


def denied(caller: Caller, permission: Permission, name: str) -> PermissionDenied:
    shown = name if len(name) <= 512 else name[:512] + "…"
    return PermissionDenied(
        "ACCESS_DENIED",
        f"{caller.principal} may not {permission.verb} {shown!r}: that needs the "
        f"{permission.value} role (or higher) assigned on it or on a scope above it. "
        "Ask an Owner of the gallery, resource group or subscription to assign it.",
        resource=shown,
        permission=permission.name.lower(),
        principal=caller.principal,
    )


def require_administrator(caller: Caller) -> None:
    if not caller.administrator:
        raise PermissionDenied(
            "ADMINISTRATOR_REQUIRED",
            f"{caller.principal} is not a server administrator; only administrators "
            "manage tenants, subscriptions, principals, tokens and region conditions.",
            principal=caller.principal,
        )
