"""Admits a call: authenticates its caller (unless the server runs without
auth) and checks the method's rule; records mutations in the audit log."""

from collections.abc import Iterable
from typing import Any

from imagegallery_server.auth import bearer, context
from imagegallery_server.auth.policy import RULES, Rule
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

    def authenticate(
        self, method: str, metadata: Iterable[tuple[str, Any]]
    ) -> context.CallAccess | None:
        """The call's caller, or None for the open services; raises if refused."""
        if method.startswith(OPEN_SERVICES):
            return None
        caller = ANONYMOUS if self._tokens is None else self._authenticate(metadata)
        return context.begin(caller, self.refreshed)

    def authorize(self, method: str, access: context.CallAccess, request: Any) -> None:
        """Raises unless the method's rule lets the caller make this request.
        `request` is None for a client stream (its servicer checks)."""
        rule = self._rule(method)
        if request is not None:
            rule.check(access, request)

    def refreshed(self, caller: Caller) -> Caller:
        """The caller as the access data now says (roles removed mid-stream count)."""
        return caller if self._tokens is None else self._tokens.refreshed(caller)

    async def audit(
        self,
        method: str,
        access: context.CallAccess | None,
        request: Any,
        outcome: str,
        request_id: str,
    ) -> None:
        """Records a mutation, also one refused or made without a valid token."""
        if method.startswith(OPEN_SERVICES) or self._audit is None:
            return
        rule = RULES.get(method)
        if rule is None or not rule.mutating:
            return
        if access is not None:
            principal, resource = access.caller.principal, access.resource
        else:
            principal, resource = UNAUTHENTICATED, rule.named(request)
        entry = AuditRecord(self._clock(), principal, method, resource, outcome, request_id)
        await self._audit.record(entry)

    def _authenticate(self, metadata: Iterable[tuple[str, Any]]) -> Caller:
        assert self._tokens is not None
        return self._tokens.authenticate(bearer.token_of(metadata))

    @staticmethod
    def _rule(method: str) -> Rule:
        rule = RULES.get(method)
        if rule is None:
            raise PermissionDenied(
                "ACCESS_DENIED", f"{method} has no access rule, so nobody may call it."
            )
        return rule
