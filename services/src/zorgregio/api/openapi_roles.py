"""`x-roles` on every operation of a service's OpenAPI document: the roles that may call it,
read from the route's dependencies (`require(...)`), `["*"]` for any signed-in role, nothing
for a public operation. A route whose role checks are in its view states them itself with
`openapi_extra={"x-roles": [...]}`; that wins."""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from zorgregio.security.deps import authenticated

ANY_ROLE = "*"


def roles_of(dependant: Dependant) -> list[str] | None:
    """The roles of the first role check among the dependencies (depth first), or None."""
    for dependency in dependant.dependencies:
        if (roles := getattr(dependency.call, "roles", None)) is not None:
            return roles
        if (found := roles_of(dependency)) is not None:
            return found
    return [ANY_ROLE] if any(_takes_a_token(d) for d in dependant.dependencies) else None


def _takes_a_token(dependant: Dependant) -> bool:
    return dependant.call is authenticated or any(_takes_a_token(d) for d in dependant.dependencies)


def state_roles(router: APIRouter) -> None:
    """Puts `x-roles` into the OpenAPI operation of each of the router's routes (before it is included)."""
    for route in router.routes:
        if isinstance(route, APIRoute) and (roles := roles_of(route.dependant)):
            route.openapi_extra = {"x-roles": roles, **(route.openapi_extra or {})}
