"""`Annotated` dependency aliases of the contracting API."""
from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Annotated

import jwt
from fastapi import Depends, Header, Query, Request
from fastapi.security import HTTPAuthorizationCredentials
from sqlalchemy.orm import Session
from zorgregio.api.problems import Forbidden
from zorgregio.security.deps import Authenticated, bearer_scheme, authenticated, require
from zorgregio.security.principal import Principal, Role

from contract_service.bootstrap import context
from contract_service.service_layer.unit_of_work import Context


async def _context(request: Request) -> Context:  # async: no thread hop for a lookup
    return context(request.app.state.runtime)


def _session(request: Request) -> Iterator[Session]:
    session = request.app.state.runtime.session_factory()
    try:
        yield session
    finally:
        session.close()


async def _purpose(purpose_query: Annotated[str | None, Query(alias="purpose", max_length=200,
                                                        description="Why client data is read (audited)")] = None,
             purpose_header: Annotated[str | None, Header(alias="X-Purpose", max_length=200)] = None) -> str | None:
    return purpose_query or purpose_header


class _VerifiedTokens:
    """Tokens whose signature was checked, until their `exp` (at most `ttl` seconds): a client
    sends the same token with every request, and an RSA check per request is the largest
    CPU cost of the allocation hot path after the database."""

    def __init__(self, ttl: float = 60.0, size: int = 10_000) -> None:
        self._ttl, self._size = ttl, size
        self._entries: dict[str, tuple[float, Principal]] = {}

    def principal(self, request: Request, credentials: HTTPAuthorizationCredentials | None) -> Principal:
        token = credentials.credentials if credentials else ""
        entry = self._entries.get(token)
        now = time.time()
        if entry is not None and entry[0] > now:
            request.state.principal_subject = entry[1].subject
            return entry[1]
        principal = authenticated(request, credentials)  # raises for a missing, bad or expired token
        expires = jwt.decode(token, options={"verify_signature": False}).get("exp", now)
        if len(self._entries) >= self._size:
            self._entries.clear()
        self._entries[token] = (min(float(expires), now + self._ttl), principal)
        return principal


_verified = _VerifiedTokens()


def require_async(*roles: Role):
    """`require(...)` as an async dependency: the token check is CPU only (the JWKS is cached), so
    the allocation hot path saves two thread-pool hops per request."""
    allowed = frozenset(roles)

    async def check(request: Request,
                    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)]) -> Principal:
        principal = _verified.principal(request, credentials)
        if principal.role not in allowed and not principal.is_admin:
            names = ", ".join(sorted(r.value for r in allowed))
            raise Forbidden(f"Deze handeling vraagt een van de rollen: {names}.", code="role-missing")
        return principal

    return check


ContextDep = Annotated[Context, Depends(_context)]
SessionDep = Annotated[Session, Depends(_session)]
PurposeDep = Annotated[str | None, Depends(_purpose)]
AnyUser = Authenticated
ContractManager = Annotated[Principal, Depends(require(Role.REGION_CONTRACT_MANAGER))]
AccessTeam = Annotated[Principal, Depends(require_async(Role.ACCESS_TEAM))]
Provider = Annotated[Principal, Depends(require(Role.PROVIDER))]
AllocationReader = Annotated[Principal, Depends(require(Role.ACCESS_TEAM, Role.BACKOFFICE, Role.PROVIDER,
                                                        Role.REGION_CONTRACT_MANAGER, Role.REGION_ANALYST,
                                                        Role.REGION_ASSESSOR))]
BudgetSetter = Annotated[Principal, Depends(require(Role.BACKOFFICE, Role.REGION_CONTRACT_MANAGER))]
Admin = Annotated[Principal, Depends(require(Role.ADMIN))]
