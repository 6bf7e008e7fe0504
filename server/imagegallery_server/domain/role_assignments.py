"""Role assignments: a principal of any tenant holds a role at a scope. The
assignment's name lies under its scope, as in Azure:
"{scope}/providers/Microsoft.Authorization/roleAssignments/{uuid}"."""

import uuid
from datetime import datetime

from imagegallery_server.domain import identity, names
from imagegallery_server.domain.access import Caller, Grant, Permission, Role
from imagegallery_server.domain.errors import InvalidArgument, NotFound, Violation, Violations
from imagegallery_server.domain.identity import principal_record, require_subscription
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
    updatable=frozenset(),
    output_only=frozenset({"name", "create_time"}),
)
SEGMENT = "/providers/Microsoft.Authorization/roleAssignments/"
# "/subscriptions/{s}/resourceGroups/{g}": deeper scopes are resources that must exist.
RESOURCE_GROUP_DEPTH = 4
# Changes of these kinds can change what a caller may do.
ACCESS_KINDS = ("role_assignment", "membership", "principal", "token")
_SCOPE_PARSERS = {
    3: identity.parse_subscription,
    5: names.parse_resource_group,
    9: names.parse_gallery,
    11: names.parse_image_definition,
}
SCOPE_FORM = (
    "a subscription, resource group, gallery or image definition resource ID, e.g. "
    "/subscriptions/{subscription}/resourceGroups/{group}"
)


def parse_scope(text: str, field: str) -> str:
    parser = _SCOPE_PARSERS.get(len(text.split("/")))
    if parser is None:
        description = f"{text[:300]!r} is not {SCOPE_FORM}"
        raise InvalidArgument([Violation(field, "INVALID_RESOURCE_NAME", description)])
    return str(parser(text, field))


def scope_of(assignment_name: str, field: str) -> str:
    scope, sep, assignment_id = assignment_name.rpartition(SEGMENT)
    if not sep or not assignment_id:
        v = Violations()
        v.add(
            field,
            "INVALID_RESOURCE_NAME",
            f"{assignment_name[:300]!r} is not of the form {{scope}}{SEGMENT}{{id}}",
        )
        v.raise_if_any()
    return parse_scope(scope, field)


def assign(tx: Transaction, scope: str, principal: Record, role: Role, now: datetime) -> Record:
    assignment = RoleAssignment(
        name=f"{scope}{SEGMENT}{uuid.uuid4()}",
        scope=scope,
        principal=principal.name,
        role=role,
        create_time=now,
    )
    unique = f"{scope.lower()}|{principal.key}|{role}"
    if (found := tx.find_unique(ROLE_ASSIGNMENT.name, unique)) is not None:
        return found  # assigning what is already assigned changes nothing
    body = ROLE_ASSIGNMENT.body(assignment)
    return tx.insert(
        Record(ROLE_ASSIGNMENT.name, assignment.name, principal.key, "", "", body, unique)
    )


def caller_of(reader: Reader, principal: Record, generation: int) -> Caller:
    """The caller a principal is: its groups and every role they and it hold, as
    of the access data's `generation`."""
    groups = identity.groups_of(reader, principal.key)
    grants = [
        Grant(record.body["scope"].lower(), Role(record.body["role"]))
        for holder in [principal.key, *(g.lower() for g in groups)]
        for record in reader.list(ROLE_ASSIGNMENT.name, limit=10_000, parent_key=holder)
    ]
    return Caller(
        principal.name,
        tenant=principal.parent_key and principal.name.split("/principals/")[0],
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

    def owner_assignment(self, tx: Transaction, scope: str, principal: Record) -> None:
        assign(tx, scope, principal, Role.OWNER, self._clock())

    async def create(
        self, assignment: RoleAssignment, mutation: Mutation, v: Violations, caller: Caller
    ) -> RoleAssignment:
        """Assigns the role at a scope that exists, in a subscription that exists
        (`require_subscription`)."""
        field = "role_assignment"
        scope = parse_into(v, parse_scope, assignment.scope, f"{field}.scope")
        principal = parse_into(
            v, identity.parse_principal, assignment.principal, f"{field}.principal"
        )
        if assignment.role is None:
            v.required(f"{field}.role", "the role (reader, contributor or owner)")
        v.raise_if_any()
        assert scope is not None and principal is not None and assignment.role is not None
        role = assignment.role
        now = self._clock()

        def create(tx: Transaction) -> Record:
            asked = (Permission.MANAGE_ACCESS, assignment.scope)
            require_subscription(tx, scope.split("/")[2], caller, now, asked)
            if scope.count("/") > RESOURCE_GROUP_DEPTH and tx.get(scope) is None:
                raise NotFound(
                    "RESOURCE_NOT_FOUND",
                    f"The scope {scope} was not found; roles are assigned on what exists.",
                    resource=scope,
                )
            return assign(tx, scope, principal_record(tx, principal), role, now)

        return ROLE_ASSIGNMENT.to_model(await write(self._store, create, mutation))

    def list_page(self, scope: str, page_size: int, after: str) -> Page[RoleAssignment]:
        """The assignments at `scope` and under it."""
        key = parse_scope(scope, "scope").lower()
        records = self._store.read.under(
            ROLE_ASSIGNMENT.name, key, after=after, limit=page_size + 1
        )
        return page(ROLE_ASSIGNMENT, records, page_size)

    async def delete(self, name: str, mutation: Mutation) -> None:
        scope_of(name, "name")

        def remove(tx: Transaction) -> None:
            tx.delete(existing(tx, ROLE_ASSIGNMENT, name))

        await write(self._store, remove, mutation)
