"""FastAPI dependencies: `Authenticated` for any valid token, `require(...)` for roles.

`admin` passes every role check except where a route says otherwise (client data: reading it
needs a care or statutory relationship with the child, which an operator does not have).
Scope checks (own provider, own municipality, own region) are the resource's business and use
`Principal.may_act_for_*`. The checks are async: they only use the CPU (the JWKS and accepted
tokens are cached), so they run on the event loop without a thread-pool hop."""
from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from zorgregio.api.problems import Forbidden, Unauthorized
from zorgregio.security.principal import Principal, Role
from zorgregio.security.tokens import TokenVerifier

bearer_scheme = HTTPBearer(auto_error=False, bearerFormat="JWT")


async def authenticated(request: Request,
                  credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)]) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Unauthorized("Aanmelden is nodig: stuur een Bearer-token mee.", code="token-missing")
    verifier: TokenVerifier = request.app.state.token_verifier
    principal = verifier.verify(credentials.credentials)
    if problem := principal.scope_problem():
        raise Forbidden(f"Het token past niet bij de rol: {problem}.", code="token-scope")
    request.state.principal_subject = principal.subject
    return principal


Authenticated = Annotated[Principal, Depends(authenticated)]


def require(*roles: Role, admin_passes: bool = True) -> Callable[[Principal], Principal]:
    allowed = frozenset(roles)

    async def check(principal: Authenticated) -> Principal:
        if principal.role not in allowed and not (admin_passes and principal.is_admin):
            names = ", ".join(sorted(r.value for r in allowed))
            raise Forbidden(f"Deze handeling vraagt een van de rollen: {names}.", code="role-missing")
        return principal

    # read by the OpenAPI document (`x-roles`), so the contract says who may call the operation
    check.roles = sorted(r.value for r in allowed - {Role.ADMIN}) + (  # type: ignore[attr-defined]
        ["admin"] if admin_passes or Role.ADMIN in allowed else [])
    return check
