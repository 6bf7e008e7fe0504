"""Role assignments: a principal of any tenant holds a role at a scope. The
assignment's name lies under its scope, as in Azure:
"{scope}/providers/Microsoft.Authorization/roleAssignments/{uuid}"."""

import uuid
from datetime import datetime

from imagegallery.v1 import access_service_pb2

from imagegallery_server.domain import identity, names, sharing
from imagegallery_server.domain.access import Caller, Grant, Permission, Role
from imagegallery_server.domain.errors import NotFound, Violations
from imagegallery_server.domain.identity import require_subscription
from imagegallery_server.domain.model import Page, RoleAssignment
from imagegallery_server.domain.resources import (
    Clock,
    Kind,
    Mutation,
    existing,
    page,
    parse_into,
    write,
)
from imagegallery_server.store import Reader, Record, Store, Transaction

ROLE_ASSIGNMENT = Kind(
    name="role_assignment",
    label="role assignment",
    field="role_assignment",
    model=RoleAssignment,
    message=access_service_pb2.RoleAssignment,
)
# Scopes below these are resources, which must exist to be assigned on.
_ALWAYS_ASSIGNABLE = (names.SubscriptionName, names.ResourceGroupName)
# Changes of these kinds can change what a caller may do.
# (A subscription's tenant decides what is shared with its principals.)
ACCESS_KINDS = (
    "role_assignment",
    "membership",
    "principal",
    "token",
    "subscription",
    sharing.GALLERY_SHARE,
)


def assign(
    tx: Transaction, scope: names.Scope, principal: Record, role: Role, now: datetime
) -> Record:
    assignment = RoleAssignment(
        name=str(names.RoleAssignmentName(scope, str(uuid.uuid4()))),
        scope=str(scope),
        principal=principal.name,
        role=role,
        create_time=now,
    )
    unique = f"{names.key(scope)}|{principal.key}|{role}"
    if (found := tx.find_unique(ROLE_ASSIGNMENT.name, unique)) is not None:
        return found  # assigning what is already assigned changes nothing
    body = ROLE_ASSIGNMENT.body(assignment)
    return tx.insert(
        Record(ROLE_ASSIGNMENT.name, assignment.name, principal.key, "", "", body, unique)
    )


def caller_of(reader: Reader, principal: Record, generation: int) -> Caller:
    """The caller a principal is: its groups, every role they and it hold, and
    Reader on what is shared with its tenant (domain/sharing.py), as of the
    access data's `generation`."""
    groups = identity.groups_of(reader, principal.key)
    grants = [
        Grant(record.body["scope"].lower(), Role(record.body["role"]))
        for holder in [principal.key, *(g.lower() for g in groups)]
        for record in reader.list(ROLE_ASSIGNMENT.name, limit=10_000, parent_key=holder)
    ]
    if not principal.body.get("administrator"):
        grants += sharing.grants_of(reader, principal.parent_key)
    return Caller(
        principal.name,
        tenant=str(names.parse_principal(principal.name, "principal").tenant_name),
        administrator=bool(principal.body.get("administrator")),
        groups=tuple(groups),
        grants=tuple(grants),
        generation=generation,
    )


class RoleAssignments:
    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def of_caller(self, caller: Caller) -> list[RoleAssignment]:
        """The caller's own and its groups' assignments."""
        return [
            ROLE_ASSIGNMENT.to_model(record)
            for holder in [caller.principal, *caller.groups]
            for record in self._store.read.list(
                ROLE_ASSIGNMENT.name, limit=10_000, parent_key=holder.lower()
            )
        ]

    def owner_assignment(self, tx: Transaction, scope: names.Scope, principal: Record) -> None:
        assign(tx, scope, principal, Role.OWNER, self._clock())

    async def create(
        self, assignment: RoleAssignment, mutation: Mutation, v: Violations, caller: Caller
    ) -> RoleAssignment:
        """Assigns the role at a scope that exists, in a subscription that exists
        (`require_subscription`)."""
        field = "role_assignment"
        scope = parse_into(v, names.parse_role_assignment_scope, assignment.scope, f"{field}.scope")
        principal = parse_into(v, names.parse_principal, assignment.principal, f"{field}.principal")
        if assignment.role is None:
            v.required(f"{field}.role", "the role (reader, contributor or owner)")
        v.raise_if_any()
        assert scope is not None and principal is not None and assignment.role is not None
        role = assignment.role
        now = self._clock()

        def create(tx: Transaction) -> Record:
            asked = (Permission.MANAGE_ACCESS, assignment.scope)
            require_subscription(tx, scope.subscription, caller, now, asked)
            if not isinstance(scope, _ALWAYS_ASSIGNABLE) and tx.get(str(scope)) is None:
                raise NotFound(
                    "RESOURCE_NOT_FOUND",
                    f"The scope {scope} was not found; roles are assigned on what exists.",
                    resource=scope,
                )
            return assign(tx, scope, existing(tx, identity.PRINCIPAL, principal), role, now)

        return ROLE_ASSIGNMENT.to_model(await write(self._store, create, mutation))

    def list_page(self, scope: str, page_size: int, after: str) -> Page[RoleAssignment]:
        """The assignments at `scope` and under it."""
        key = names.key(names.parse_role_assignment_scope(scope, "scope"))
        records = self._store.read.under(
            ROLE_ASSIGNMENT.name, key, after=after, limit=page_size + 1
        )
        return page(ROLE_ASSIGNMENT, records, page_size)

    async def delete(self, name: str, mutation: Mutation) -> None:
        names.parse_role_assignment(name, "name")

        def remove(tx: Transaction) -> None:
            tx.delete(existing(tx, ROLE_ASSIGNMENT, name))

        await write(self._store, remove, mutation)
