"""Tenants, the subscriptions they own, and their principals: users, service
principals and groups with members. Only administrators manage them; the
edge checks that before calling here.

Everything else lives in a subscription that exists (`require_subscription`):
without auth a subscription is registered on first use, in DEFAULT_TENANT."""

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from imagegallery.v1 import access_service_pb2 as pb

from imagegallery_server.domain import names, validation
from imagegallery_server.domain.access import Caller, Permission, denied
from imagegallery_server.domain.errors import (
    AlreadyExists,
    FailedPrecondition,
    NotFound,
    Violations,
)
from imagegallery_server.domain.model import Page, Principal, PrincipalType, Subscription, Tenant
from imagegallery_server.domain.publishing import AllowList
from imagegallery_server.domain.regions import NEEDS_ALLOW_LIST
from imagegallery_server.domain.resources import (
    Clock,
    Kind,
    Mutation,
    apply_update,
    existing,
    page,
    parse_into,
    write,
)
from imagegallery_server.store import Reader, Record, Store, Transaction

TENANT = Kind(name="tenant", label="tenant", field="tenant", model=Tenant, message=pb.Tenant)
SUBSCRIPTION = Kind(
    name="subscription",
    label="subscription",
    field="subscription",
    model=Subscription,
    message=pb.Subscription,
)
PRINCIPAL = Kind(
    name="principal", label="principal", field="principal", model=Principal, message=pb.Principal
)
# A principal's place in a group (names.MembershipName).
MEMBERSHIP = "membership"
# Assigns Owner on a scope inside a transaction (role_assignments provides it).
OwnerAssignment = Callable[[Transaction, names.Scope, Record], None]
# Without auth, the tenant of subscriptions registered on first use or created
# without one; made with the first of them.
DEFAULT_TENANT = str(names.TenantName("default"))


def principal_record(reader: Reader, name: str) -> Record:
    return existing(reader, PRINCIPAL, names.parse_principal(name, "principal"))


def groups_of(reader: Reader, principal_key: str) -> list[str]:
    """The names of the groups the principal is a member of."""
    rows = reader.list(MEMBERSHIP, limit=10_000, parent_key=principal_key)
    return [row.body["group"] for row in rows]


def require_subscription(
    tx: Transaction, subscription: str, caller: Caller, now: datetime, asked: tuple[Permission, str]
) -> Record:
    """The subscription (its id) that something is created in or done to, which must
    exist. Without auth (an unauthenticated caller) one not seen before is registered
    here, in `tx`, so that it is kept exactly when what needed it is. With auth an
    administrator is told to create it; anyone else is refused as for anything they
    may not see (`asked`: the permission and name the call was checked for)."""
    name = str(names.SubscriptionName(subscription))
    record = tx.get(name)
    if record is not None and record.kind == SUBSCRIPTION.name:
        return record
    if not caller.authenticated:
        tenant = _default_tenant(tx, now)
        registered = Subscription(name, tenant, "", [], now)
        return tx.insert(record_of(SUBSCRIPTION, registered, tenant.lower()))
    if not caller.administrator:
        raise denied(caller, *asked)
    raise NotFound(
        "SUBSCRIPTION_NOT_FOUND",
        f"The subscription {name} does not exist; an administrator creates it first with "
        f"AccessService.CreateSubscription (imagegallery subscription create "
        f"--subscription-id {subscription}).",
        resource=name,
    )


def _default_tenant(tx: Transaction, now: datetime) -> str:
    """DEFAULT_TENANT, created if it does not exist yet."""
    if tx.get(DEFAULT_TENANT) is None:
        tx.insert(record_of(TENANT, Tenant(DEFAULT_TENANT, "Default tenant", now), ""))
    return DEFAULT_TENANT


def allowed_regions(reader: Reader, subscription: str) -> AllowList:
    record = reader.get(str(names.SubscriptionName(subscription)))
    if record is None or record.kind != SUBSCRIPTION.name:
        return AllowList(subscription, frozenset())
    return AllowList(subscription, frozenset(record.body.get("allowed_regions", [])))


class Identity:
    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    async def create_tenant(
        self, tenant: Tenant, tenant_id: str, mutation: Mutation, v: Violations
    ) -> Tenant:
        tenant_id = tenant_id or str(uuid.uuid4())
        validation.check_name(tenant_id, "tenant_id", names.ID_PATTERN, names.ID_RULE, v)
        validation.check_length(tenant.display_name, 256, "tenant.display_name", v)
        v.raise_if_any()
        name = str(names.TenantName(tenant_id))
        created = replace(tenant, name=name, create_time=self._clock())
        record = record_of(TENANT, created, parent_key="")
        return TENANT.to_model(await write(self._store, _insert_new(record, TENANT), mutation))

    def list_tenants(self, page_size: int, after: str) -> Page[Tenant]:
        records = self._store.read.list(TENANT.name, limit=page_size + 1, after=after)
        return page(TENANT, records, page_size)

    async def create_subscription(
        self,
        subscription: Subscription,
        subscription_id: str,
        owner: str,
        mutation: Mutation,
        v: Violations,
        assign_owner: OwnerAssignment,
        caller: Caller,
    ) -> Subscription:
        """Owned by `subscription.tenant`, else the caller's tenant (without auth,
        DEFAULT_TENANT)."""
        subscription_id = subscription_id or str(uuid.uuid4())
        validation.check_name(
            subscription_id, "subscription_id", names.ID_PATTERN, names.ID_RULE, v
        )
        given = subscription.tenant or caller.tenant  # "" without auth
        tenant = parse_into(v, names.parse_tenant, given, "subscription.tenant") if given else None
        owner_name = parse_into(v, names.parse_principal, owner, "owner") if owner else None
        validation.check_length(subscription.display_name, 256, "subscription.display_name", v)
        v.raise_if_any()
        scope, now = names.SubscriptionName(subscription_id), self._clock()
        name = str(scope)

        def create(tx: Transaction) -> Record:
            owner_tenant = str(tenant) if tenant else _default_tenant(tx, now)
            existing(tx, TENANT, owner_tenant)
            created = replace(
                subscription, name=name, tenant=owner_tenant, allowed_regions=[], create_time=now
            )
            record = record_of(SUBSCRIPTION, created, owner_tenant.lower())
            inserted = _insert_new(record, SUBSCRIPTION)(tx)
            if owner_name:
                assign_owner(tx, scope, existing(tx, PRINCIPAL, owner_name))
            return inserted

        return SUBSCRIPTION.to_model(await write(self._store, create, mutation))

    def get_subscription(self, name: str) -> Subscription:
        checked = names.parse_subscription(name, "name")
        return SUBSCRIPTION.to_model(existing(self._store.read, SUBSCRIPTION, checked))

    def list_subscriptions(
        self, page_size: int, after: str, within: list[str] | None
    ) -> Page[Subscription]:
        """Every subscription, or those holding one of the scopes `within`."""
        wanted = None if within is None else sorted({names.subscription_key(k) for k in within})
        records = self._store.read.list(
            SUBSCRIPTION.name, limit=page_size + 1, after=after, within=wanted
        )
        return page(SUBSCRIPTION, records, page_size)

    async def allow_region(
        self, subscription: str, region: str, mutation: Mutation, caller: Caller
    ) -> Subscription:
        v = Violations()
        checked = parse_into(v, names.parse_subscription, subscription, "subscription")
        found = validation.check_region(region, "region", v)
        if found is not None and found.name not in NEEDS_ALLOW_LIST:
            v.add(
                "region",
                "FIELD_INVALID",
                f"{found.name} needs no allow-listing; only "
                f"{' and '.join(sorted(NEEDS_ALLOW_LIST))} do",
            )
        v.raise_if_any()
        assert found is not None and checked is not None

        def allow(tx: Transaction) -> Record:
            asked = (Permission.MANAGE_ACCESS, subscription)
            record = require_subscription(tx, checked.subscription, caller, self._clock(), asked)
            allowed = sorted({*record.body.get("allowed_regions", []), found.name})
            if allowed == record.body.get("allowed_regions"):
                return record
            return tx.update(replace(record, body={**record.body, "allowed_regions": allowed}))

        return SUBSCRIPTION.to_model(await write(self._store, allow, mutation))

    async def create_principal(
        self, parent: str, principal: Principal, mutation: Mutation, v: Violations
    ) -> Principal:
        tenant = parse_into(v, names.parse_tenant, parent, "parent")
        if principal.type is None:
            v.required("principal.type", "the principal's type (user, service principal or group)")
        _refuse_group_administrator(principal, v)
        validation.check_length(principal.display_name, 256, "principal.display_name", v)
        v.raise_if_any()
        assert tenant is not None
        name = str(names.PrincipalName(tenant, str(uuid.uuid4())))
        created = replace(principal, name=name, create_time=self._clock())
        record = record_of(PRINCIPAL, created, str(tenant).lower())

        def create(tx: Transaction) -> Record:
            existing(tx, TENANT, tenant)
            return tx.insert(record)

        return self._principal(await write(self._store, create, mutation))

    def get_principal(self, name: str) -> Principal:
        return self._principal(principal_record(self._store.read, name))

    def list_principals(self, parent: str, page_size: int, after: str) -> Page[Principal]:
        every = parent == str(names.TenantName(names.EVERY))
        tenant = None if every else names.parse_tenant(parent, "parent")
        records = self._store.read.list(
            PRINCIPAL.name,
            limit=page_size + 1,
            after=after,
            parent_key=names.key(tenant) if tenant else None,
        )
        listed = [self._principal(record) for record in records[:page_size]]
        return Page(listed, records[page_size - 1].key if len(records) > page_size else None)

    async def update_principal(
        self, principal: Principal, paths: list[str], mutation: Mutation, v: Violations
    ) -> Principal:
        name = parse_into(v, names.parse_principal, principal.name, "principal.name")
        v.raise_if_any()

        def change(tx: Transaction) -> Record:
            record = existing(tx, PRINCIPAL, name)
            current = PRINCIPAL.to_model(record)
            problems = Violations()
            updated, _ = apply_update(PRINCIPAL, current, principal, paths, problems)
            _refuse_group_administrator(updated, problems)
            problems.raise_if_any()
            if current.administrator and not updated.administrator:
                _refuse_if_last_administrator(tx, record)
            if PRINCIPAL.body(updated) == PRINCIPAL.body(current):
                return record
            return tx.update(replace(record, body=PRINCIPAL.body(updated)))

        return self._principal(await write(self._store, change, mutation))

    async def add_member(self, group: str, member: str, mutation: Mutation) -> Principal:
        group_name, member_name = self._group_and_member(group, member)

        def add(tx: Transaction) -> Record:
            group_record = self._group(tx, group_name)
            member_record = existing(tx, PRINCIPAL, member_name)
            if member_record.body["type"] == PrincipalType.GROUP:
                v = Violations()
                v.add(
                    "member",
                    "FIELD_INVALID",
                    "groups hold users and service principals, not groups",
                )
                v.raise_if_any()
            name = _membership(group_record, names.parse_principal(member_record.name, "member"))
            if tx.get(name) is None:
                body = {"group": group_record.name, "member": member_record.name}
                tx.insert(Record(MEMBERSHIP, name, member_record.key, "", "", body))
            return group_record

        return self._principal(await write(self._store, add, mutation))

    async def remove_member(self, group: str, member: str, mutation: Mutation) -> Principal:
        group_name, member_name = self._group_and_member(group, member)

        def remove(tx: Transaction) -> Record:
            group_record = self._group(tx, group_name)
            membership = tx.get(_membership(group_record, member_name))
            if membership is None:
                raise NotFound(
                    "RESOURCE_NOT_FOUND",
                    f"{member_name} is not a member of the group {group_record.name}.",
                    resource=str(member_name),
                )
            tx.delete(membership)
            return group_record

        return self._principal(await write(self._store, remove, mutation))

    @staticmethod
    def _group_and_member(
        group: str, member: str
    ) -> tuple[names.PrincipalName, names.PrincipalName]:
        v = Violations()
        group_name = parse_into(v, names.parse_principal, group, "group")
        member_name = parse_into(v, names.parse_principal, member, "member")
        v.raise_if_any()
        assert group_name is not None and member_name is not None
        return group_name, member_name

    @staticmethod
    def _group(tx: Transaction, name: names.PrincipalName) -> Record:
        record = existing(tx, PRINCIPAL, name)
        if record.body["type"] != PrincipalType.GROUP:
            raise FailedPrecondition(
                "FIELD_INVALID",
                f"{record.name} is a {record.body['type']}, not a group; only groups have members.",
                resource=record.name,
            )
        return record

    def _principal(self, record: Record) -> Principal:
        principal = PRINCIPAL.to_model(record)
        if principal.type is PrincipalType.GROUP:
            rows = self._store.read.under(MEMBERSHIP, record.key, after="", limit=10_000)
            principal.members = [row.body["member"] for row in rows]
        return principal


def administrators(reader: Reader) -> list[Record]:
    """The principals that administer the server (groups never do)."""
    return [
        r
        for r in reader.list(PRINCIPAL.name, limit=10_000)
        if r.body.get("administrator") and r.body.get("type") != PrincipalType.GROUP
    ]


def _refuse_group_administrator(principal: Principal, v: Violations) -> None:
    if principal.type is PrincipalType.GROUP and principal.administrator:
        v.add(
            "principal.administrator",
            "FIELD_INVALID",
            "a group cannot be a server administrator; make its members administrators",
        )


def _refuse_if_last_administrator(tx: Transaction, record: Record) -> None:
    if all(admin.key == record.key for admin in administrators(tx)):
        raise FailedPrecondition(
            "LAST_ADMINISTRATOR",
            f"{record.name} is the last server administrator; make another principal "
            "administrator first.",
            resource=record.name,
        )


def record_of(kind: Kind[Any], model: Any, parent_key: str) -> Record:
    return Record(kind.name, model.name, parent_key, "", "", kind.body(model))


def _insert_new(record: Record, kind: Kind[Any]) -> Callable[[Transaction], Record]:
    def insert(tx: Transaction) -> Record:
        if tx.get(record.key) is not None:
            raise AlreadyExists(
                "RESOURCE_ALREADY_EXISTS",
                f"The {kind.label} {record.name} already exists.",
                resource=record.name,
            )
        return tx.insert(record)

    return insert


def _membership(group: Record, member: names.PrincipalName) -> str:
    """The name of `member`'s place in `group`, in the group's stored spelling."""
    return str(names.MembershipName(names.parse_principal(group.name, "group"), member))
