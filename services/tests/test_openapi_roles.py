"""`x-roles` in the OpenAPI document: who may call each operation, read from its dependencies."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI
from zorgregio.api.openapi_roles import state_roles
from zorgregio.security.deps import Authenticated, require
from zorgregio.security.principal import Principal, Role

router = APIRouter()
AccessTeam = Annotated[Principal, Depends(require(Role.ACCESS_TEAM))]
ClientReader = Annotated[Principal, Depends(require(Role.ACCESS_TEAM, Role.PROVIDER, admin_passes=False))]


@router.post("/allocations")
def issue(actor: AccessTeam) -> None: ...


@router.get("/clients")
def clients(actor: ClientReader) -> None: ...


@router.get("/status")
def status(actor: Authenticated) -> None: ...


@router.get("/contracts", openapi_extra={"x-roles": ["provider", "admin"]})  # checked in the view
def contracts(actor: Authenticated) -> None: ...


@router.get("/catalogue")
def catalogue() -> None: ...


def test_each_operation_states_the_roles_that_may_call_it():
    state_roles(router)
    app = FastAPI()
    app.include_router(router)
    paths = app.openapi()["paths"]
    assert paths["/allocations"]["post"]["x-roles"] == ["access_team", "admin"]
    assert paths["/clients"]["get"]["x-roles"] == ["access_team", "provider"]  # no admin: client data
    assert paths["/status"]["get"]["x-roles"] == ["*"]  # any signed-in role
    assert paths["/contracts"]["get"]["x-roles"] == ["provider", "admin"]  # the route's own statement wins
    assert "x-roles" not in paths["/catalogue"]["get"]  # public
