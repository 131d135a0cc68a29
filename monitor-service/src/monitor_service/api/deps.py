"""Annotated dependencies of the monitoring API: the runtime, a read session, and who may see
which scope (region roles their region; a municipality's analysts their municipality and the
region total; admin everything)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session
from zorgregio.api.problems import Forbidden
from zorgregio.reference import region_of_municipality
from zorgregio.runtime import ServiceRuntime
from zorgregio.security.deps import require
from zorgregio.security.principal import (
    MUNICIPALITY_ROLES,
    REGION_ROLES,
    Principal,
    Role,
)


def get_runtime(request: Request) -> ServiceRuntime:
    return request.app.state.runtime


def read_session(runtime: Annotated[ServiceRuntime, Depends(get_runtime)]) -> Iterator[Session]:
    session = runtime.session_factory()
    try:
        yield session
    finally:
        session.rollback()
        session.close()


RuntimeDep = Annotated[ServiceRuntime, Depends(get_runtime)]
ReadSession = Annotated[Session, Depends(read_session)]
Analyst = Annotated[Principal, Depends(require(*REGION_ROLES, *MUNICIPALITY_ROLES))]
RegionStaff = Annotated[Principal, Depends(require(*REGION_ROLES))]
BackOffice = Annotated[Principal, Depends(require(Role.BACKOFFICE))]


def figure_scope(principal: Principal, region: str | None, municipality: str | None, group_by: str | None,
                 own_municipality_only: bool = False) -> tuple[str | None, str | None]:
    """The (region, municipality) a caller may see for the requested filters, or Forbidden."""
    if municipality and region and region_of_municipality(municipality) != region:
        raise Forbidden("Deze gemeente hoort niet bij deze regio.", code="municipality-outside-region")
    if principal.is_admin:
        return region or (region_of_municipality(municipality) if municipality else None), municipality
    if principal.role in REGION_ROLES:
        if region and region != principal.region_code:
            raise Forbidden("U ziet alleen de cijfers van uw eigen regio.", code="region-scope")
        if municipality and region_of_municipality(municipality) != principal.region_code:
            raise Forbidden("Deze gemeente hoort niet bij uw regio.", code="region-scope")
        return principal.region_code, municipality
    own = principal.municipality_code
    own_region = region_of_municipality(own or "")
    if (region and region != own_region) or (municipality and municipality != own):
        raise Forbidden("U ziet alleen de cijfers van uw eigen gemeente en het regiototaal.",
                        code="municipality-scope")
    if municipality is None and group_by == "municipality":
        raise Forbidden("Een uitsplitsing naar andere gemeenten is niet voor uw rol.", code="municipality-scope")
    return own_region, own if own_municipality_only else municipality
