"""Enforcement after admission (region staff of the region); the provider reads its own."""
from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter
from zorgregio.security.principal import Role

from admission_service import views_detail
from admission_service.api.deps import (
    ProviderOrRegion,
    RegionQuery,
    RegionReader,
    RegionStaff,
    SessionDep,
    UowDep,
    operation_id,
    problems,
)
from admission_service.api.schemas_applications import (
    EnforcementCreate,
    EnforcementLift,
    EnforcementPublic,
)
from admission_service.domain.errors import NotFound
from admission_service.service_layer import enforcement as handlers
from admission_service.service_layer.common import check_provider

router = APIRouter(tags=["enforcement"], generate_unique_id_function=operation_id)


def _one(session, enforcement_id: UUID) -> dict:
    found = [e for e in views_detail.enforcements(session, provider_id=None, region_code=None)
             if e["id"] == enforcement_id]
    if not found:
        raise NotFound("maatregel", enforcement_id)
    return found[0]


@router.post("/providers/{provider_id}/enforcements", status_code=201, response_model=EnforcementPublic,
             responses=problems(404, 409, 422),
             summary="Impose a measure: improvement offer, fine, client stop, suspension or exit")
def impose_enforcement(provider_id: UUID, body: EnforcementCreate, principal: RegionStaff, uow: UowDep,
           session: SessionDep) -> dict:
    enforcement_id = handlers.impose_enforcement(
        uow, principal, provider_id, region_code=body.region_code, kind=body.kind, starts_on=body.starts_on,
        reason=body.reason, ends_on=body.ends_on, amount=body.amount, municipality_codes=body.municipality_codes)
    return _one(session, enforcement_id)


@router.get("/providers/{provider_id}/enforcements", response_model=list[EnforcementPublic], responses=problems())
def list_provider_enforcements(provider_id: UUID, principal: ProviderOrRegion, session: SessionDep) -> list:
    if principal.role is Role.PROVIDER:
        check_provider(principal, provider_id)
        return views_detail.enforcements(session, provider_id=provider_id, region_code=None)
    region = None if principal.is_admin else principal.region_code
    return views_detail.enforcements(session, provider_id=provider_id, region_code=region)


@router.get("/enforcements", response_model=list[EnforcementPublic], responses=problems(),
            summary="Measures in a region (region staff and analysts)")
def list_enforcements(principal: RegionReader, session: SessionDep, region_code: RegionQuery = None) -> list:
    region = region_code if principal.is_admin else principal.region_code
    return views_detail.enforcements(session, provider_id=None, region_code=region)


@router.post("/enforcements/{enforcement_id}/lift", response_model=EnforcementPublic,
             responses=problems(404, 409, 422), summary="Lift a client stop, suspension or improvement offer")
def lift_enforcement(enforcement_id: UUID, body: EnforcementLift, principal: RegionStaff, uow: UowDep,
         session: SessionDep) -> dict:
    handlers.lift_enforcement(uow, principal, enforcement_id, lifted_on=body.lifted_on, reason=body.reason)
    return _one(session, enforcement_id)
