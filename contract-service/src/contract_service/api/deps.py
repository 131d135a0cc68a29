"""`Annotated` dependency aliases of the contracting API."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, Query, Request
from sqlalchemy.orm import Session
from zorgregio.security.deps import Authenticated, require
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


ContextDep = Annotated[Context, Depends(_context)]
SessionDep = Annotated[Session, Depends(_session)]
PurposeDep = Annotated[str | None, Depends(_purpose)]
AnyUser = Authenticated
ContractManager = Annotated[Principal, Depends(require(Role.REGION_CONTRACT_MANAGER))]
AccessTeam = Annotated[Principal, Depends(require(Role.ACCESS_TEAM))]
Provider = Annotated[Principal, Depends(require(Role.PROVIDER))]
AllocationReader = Annotated[Principal, Depends(require(Role.ACCESS_TEAM, Role.BACKOFFICE, Role.PROVIDER,
                                                        Role.REGION_CONTRACT_MANAGER, Role.REGION_ANALYST,
                                                        Role.REGION_ASSESSOR))]
# Client identities (BSN, name, birth date) only for a care or statutory relationship with the child:
# the municipality's access team and back office and the provider the allocation is addressed to.
# Region roles steer on allocations without knowing who the child is; an administrator runs the
# platform and has no relationship with any child either.
ClientDataReader = Annotated[Principal, Depends(require(Role.ACCESS_TEAM, Role.BACKOFFICE, Role.PROVIDER,
                                                        admin_passes=False))]
BudgetSetter = Annotated[Principal, Depends(require(Role.BACKOFFICE, Role.REGION_CONTRACT_MANAGER))]
Admin = Annotated[Principal, Depends(require(Role.ADMIN))]
