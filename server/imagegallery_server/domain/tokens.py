"""Bearer tokens: random secrets of which only a hash is kept, each naming one
principal, expiring, revocable; and the first start's owner token."""

import hashlib
import math
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from imagegallery.v1 import access_service_pb2

from imagegallery_server.domain import identity, names, role_assignments
from imagegallery_server.domain.access import Caller, Role
from imagegallery_server.domain.errors import FailedPrecondition, Unauthenticated, Violations
from imagegallery_server.domain.identity import PRINCIPAL, SUBSCRIPTION, TENANT, record_of
from imagegallery_server.domain.model import Principal, PrincipalType, Subscription, Tenant, Token
from imagegallery_server.domain.resources import Clock, Kind, existing
from imagegallery_server.store import Record, Store, Transaction

TOKEN = Kind(
    name="token",
    label="token",
    field="token",
    model=Token,
    message=access_service_pb2.Token,
)
DEFAULT_TTL = timedelta(days=90)
MAX_TTL = timedelta(days=730)
# Secrets start with this, so that a leaked one is easy to recognize in a scan.
SECRET_PREFIX = "igt_"
MAX_CACHED_CALLERS = 10_000


@dataclass(frozen=True)
class Issued:
    token: Token
    secret: str


def _remember(cache: dict[str, Caller], key: str, caller: Caller) -> None:
    if len(cache) >= MAX_CACHED_CALLERS:
        cache.clear()
    cache[key] = caller


def digest(secret: str) -> str:
    return "sha256:" + hashlib.sha256(secret.encode()).hexdigest()


def _issue(tx: Transaction, principal: Record, expire_time: datetime, now: datetime) -> Issued:
    if principal.body["type"] == PrincipalType.GROUP:
        raise FailedPrecondition(
            "FIELD_INVALID",
            f"{principal.name} is a group; tokens name users and service principals.",
            resource=principal.name,
        )
    secret = SECRET_PREFIX + secrets.token_urlsafe(32)
    name = names.TokenName(names.parse_principal(principal.name, "parent"), str(uuid.uuid4()))
    token = Token(name=str(name), expire_time=expire_time, create_time=now)
    body = TOKEN.body(token)
    tx.insert(Record(TOKEN.name, token.name, principal.key, "", "", body, digest(secret)))
    return Issued(token, secret)


class Tokens:
    def __init__(self, store: Store, clock: Clock, seconds: Callable[[], float]) -> None:
        """`seconds`: `clock`'s time in seconds since the epoch, which every call
        compares with its token's expiry (a datetime for it cost more than the rest)."""
        self._store = store
        self._clock = clock
        self._seconds = seconds
        store.track_access(role_assignments.ACCESS_KINDS)
        # Callers by principal key, each valid while the access data it was read
        # from is unchanged (its generation), so a call reads its roles once.
        self._callers: dict[str, Caller] = {}  # by principal key
        # By secret, as the call sent it: a cached call hashes nothing. The store
        # keeps only digests; memory holds the secrets the calls bring anyway.
        self._authenticated: dict[str, Caller] = {}

    async def create(self, principal: str, ttl: timedelta | None, v: Violations) -> Issued:
        name = names.parse_principal(principal, "parent") if principal else None
        if name is None:
            v.required("parent", "the principal the token names")
        ttl = ttl if ttl is not None else DEFAULT_TTL
        if not timedelta(0) < ttl <= MAX_TTL:
            v.add("ttl", "FIELD_INVALID", f"{ttl} is not between 0 and {MAX_TTL.days} days")
        v.raise_if_any()
        now = self._clock()
        return await self._store.write(
            lambda tx: _issue(tx, existing(tx, PRINCIPAL, name), now + ttl, now)
        )

    def list(self, principal: str) -> list[Token]:
        record = identity.principal_record(self._store.read, principal)
        rows = self._store.read.list(TOKEN.name, limit=10_000, parent_key=record.key)
        return [TOKEN.to_model(row) for row in rows]

    async def revoke(self, name: str) -> Token:
        token_name = names.parse_token(name, "name")

        def revoke(tx: Transaction) -> Record:
            record = existing(tx, TOKEN, token_name)
            if record.body.get("revoke_time"):
                return record
            body = {**record.body, "revoke_time": self._clock().isoformat()}
            return tx.update(replace(record, body=body))

        return TOKEN.to_model(await self._store.write(revoke))

    def authenticate(self, secret: str) -> Caller:
        """The caller the secret names, or UNAUTHENTICATED (never echoing the secret).
        Answered from memory while no access data changed (a revoked token changes
        it; on a shared store, also through another server) and the token has not
        expired."""
        generation = self._store.access_generation()
        known = self._authenticated.get(secret)
        if known is not None and known.generation == generation and self._unexpired(known):
            return known
        reader = self._store.read
        record = reader.find_unique(TOKEN.name, digest(secret))
        if record is None:
            raise Unauthenticated(
                "TOKEN_UNKNOWN", "The bearer token is not known; check that it was copied whole."
            )
        token = TOKEN.to_model(record)
        self._refuse_if_spent(token)
        caller = replace(
            self._caller(record.parent_key, generation),
            token=record.key,
            expires=token.expire_time.timestamp() if token.expire_time else math.inf,
        )
        _remember(self._authenticated, secret, caller)
        return caller

    def _unexpired(self, caller: Caller) -> bool:
        return caller.expires > self._seconds()

    def refreshed(self, caller: Caller) -> Caller:
        """The caller as the access data now says (the same while it is unchanged);
        UNAUTHENTICATED once its token expired or was revoked, for long streams."""
        generation = self._store.commits.access_generation  # from memory: asked per event
        if caller.generation == generation and self._unexpired(caller):
            return caller  # nothing it was read from changed (asked per event of a watch)
        fresh = self._caller(caller.principal.lower(), generation)
        record = self._store.read.get(caller.token)  # the token may have changed
        if record is None:
            raise Unauthenticated("TOKEN_UNKNOWN", "The bearer token no longer exists.")
        self._refuse_if_spent(TOKEN.to_model(record))
        return replace(fresh, token=caller.token, expires=caller.expires)

    def _refuse_if_spent(self, token: Token) -> None:
        if token.revoke_time is not None:
            raise Unauthenticated(
                "TOKEN_REVOKED", f"The token {token.name} was revoked.", token=token.name
            )
        if token.expire_time is not None and token.expire_time <= self._clock():
            raise Unauthenticated(
                "TOKEN_EXPIRED",
                f"The token {token.name} expired at {token.expire_time.isoformat()}; "
                "ask an administrator for a new one.",
                token=token.name,
                expireTime=token.expire_time.isoformat(),
            )

    def _caller(self, principal_key: str, generation: int) -> Caller:
        """The principal's caller, read at access generation `generation` or later."""
        cached = self._callers.get(principal_key)
        if cached is not None and cached.generation == generation:
            return cached
        record = existing(self._store.read, PRINCIPAL, principal_key)
        caller = role_assignments.caller_of(self._store.read, record, generation)
        _remember(self._callers, principal_key, caller)
        return caller

    async def ensure_owner_token(self) -> str | None:
        """On a first start, a default tenant and subscription and an administrator
        who owns it; whenever no administrator holds a live token, a new token for
        one. Returns that token's secret, or None when none was needed."""
        now = self._clock()

        def ensure(tx: Transaction) -> str | None:
            admins = identity.administrators(tx)
            if any(self._live(tx, admin, now) for admin in admins):
                return None
            owner = admins[0] if admins else _first_start(tx, now)
            return _issue(tx, owner, now + DEFAULT_TTL, now).secret

        return await self._store.write(ensure)

    @staticmethod
    def _live(tx: Transaction, principal: Record, now: datetime) -> bool:
        tokens = [
            TOKEN.to_model(r) for r in tx.list(TOKEN.name, limit=10_000, parent_key=principal.key)
        ]
        return any(
            t.revoke_time is None and (t.expire_time is None or t.expire_time > now) for t in tokens
        )


def _first_start(tx: Transaction, now: datetime) -> Record:
    tenant_name = names.TenantName(str(uuid.uuid4()))
    tenant = Tenant(str(tenant_name), "Default tenant", now)
    tx.insert(record_of(TENANT, tenant, ""))
    scope = names.SubscriptionName(str(uuid.uuid4()))
    subscription = Subscription(str(scope), tenant.name, "Default subscription", [], now)
    tx.insert(record_of(SUBSCRIPTION, subscription, tenant.name.lower()))
    owner = Principal(
        str(names.PrincipalName(tenant_name, str(uuid.uuid4()))),
        PrincipalType.USER,
        "Server owner",
        administrator=True,
        create_time=now,
    )
    record = tx.insert(record_of(PRINCIPAL, owner, tenant.name.lower()))
    role_assignments.assign(tx, scope, record, Role.OWNER, now)
    return record
