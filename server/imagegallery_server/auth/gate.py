"""Admits a call: authenticates its caller (unless the server runs without
auth) and checks the method's rule; records mutations in the audit log."""

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from imagegallery_server.auth import bearer, context
from imagegallery_server.auth.policy import RULES
from imagegallery_server.domain.access import ANONYMOUS, Caller
from imagegallery_server.domain.audit import Audit
from imagegallery_server.domain.errors import PermissionDenied
from imagegallery_server.domain.model import AuditRecord
from imagegallery_server.domain.resources import Clock
from imagegallery_server.domain.tokens import Tokens

# Open to every caller, with or without a token.
OPEN_SERVICES = ("/grpc.health.v1.Health/", "/grpc.reflection.")
UNAUTHENTICATED = "unauthenticated"  # the principal logged for a call without a valid token


class Gate:
    def __init__(self, tokens: Tokens | None, audit: Audit | None, clock: Clock) -> None:
        """`tokens` None: no authentication, every caller may do everything."""
        self._tokens = tokens
        self._audit = audit
        self._clock = clock
        self.audits = audit is not None

    def admission(self, method: str) -> "Admission":
        """How calls of `method` are admitted and audited, looked up once."""
        return Admission(self, method)

    def refreshed(self, caller: Caller) -> Caller:
        """The caller as the access data now says (roles removed mid-stream count)."""
        return caller if self._tokens is None else self._tokens.refreshed(caller)

    def authenticated(self, metadata: Iterable[tuple[str, Any]]) -> Caller:
        if self._tokens is None:
            return ANONYMOUS
        return self._tokens.authenticate(bearer.token_of(metadata))

    async def record(self, entry: AuditRecord) -> None:
        assert self._audit is not None
        await self._audit.record(entry)

    def now(self) -> datetime:
        return self._clock()


class Admission:
    """One method's access rule and whether its calls are audited."""

    def __init__(self, gate: Gate, method: str) -> None:
        self.method = method
        self._gate = gate
        self._open = method.startswith(OPEN_SERVICES)
        self._rule = RULES.get(method)
        mutating = self._rule is not None and self._rule.mutating
        self.audited = mutating and not self._open and gate.audits

    def authenticate(self, metadata: Iterable[tuple[str, Any]]) -> context.CallAccess | None:
        """The call's caller, or None for the open services; raises if refused."""
        if self._open:
            return None
        return context.begin(self._gate.authenticated(metadata), self._gate.refreshed)

    def authorize(self, access: context.CallAccess, request: Any) -> None:
        """Raises unless the method's rule lets the caller make this request.
        `request` is None for a client stream (its servicer checks)."""
        if self._rule is None:
            raise PermissionDenied(
                "ACCESS_DENIED", f"{self.method} has no access rule, so nobody may call it."
            )
        if request is not None:
            self._rule.check(access, request)

    async def audit(
        self, access: context.CallAccess | None, request: Any, outcome: str, request_id: str
    ) -> None:
        """Records a mutation, also one refused or made without a valid token."""
        if not self.audited:
            return
        assert self._rule is not None
        if access is not None:
            principal, resource = access.caller.principal, access.resource
        else:
            principal, resource = UNAUTHENTICATED, self._rule.named(request)
        entry = AuditRecord(self._gate.now(), principal, self.method, resource, outcome, request_id)
        await self._gate.record(entry)
