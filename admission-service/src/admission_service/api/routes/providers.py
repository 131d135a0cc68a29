"""Providers: register, read, change. A provider sees and changes only itself."""
from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query, Response
from zorgregio.api.idempotency import IdempotencyKeyDep
from zorgregio.api.pagination import Page, encode_cursor
from zorgregio.security.principal import Role

from admission_service import views
from admission_service.api.deps import (
    ProviderOrRegion,
    ProviderOrStaff,
    RegionQuery,
    SessionDep,
    SettingsDep,
    UowDep,
    cursor_values,
    operation_id,
    problems,
)
from admission_service.api.schemas import ProviderCreate, ProviderPublic, ProviderUpdate
from admission_service.service_layer import providers as handlers
from admission_service.service_layer.common import check_provider

router = APIRouter(prefix="/providers", tags=["providers"], generate_unique_id_function=operation_id)


@router.post("", status_code=201, response_model=ProviderPublic, responses=problems(409, 422),
             summary="Register a provider (a provider registers itself)")
def create_provider(body: ProviderCreate, principal: ProviderOrStaff, uow: UowDep, session: SessionDep,
                    response: Response, idem: IdempotencyKeyDep, settings: SettingsDep) -> dict:
    data = body.model_dump(exclude={"id"}, mode="json")
    provider_id = handlers.register_provider(
        uow, principal, provider_id=body.id, name=body.name, kvk_number=body.kvk_number, agb_code=body.agb_code,
        addresses=data["addresses"], contacts=data["contacts"], public_contact=data["public_contact"],
        main_contractor_id=body.main_contractor_id, idem=idem)
    response.headers["Location"] = f"{settings.base_path}/providers/{provider_id}"
    return views.provider(session, provider_id)


@router.get("", response_model=Page[ProviderPublic], responses=problems(), summary="List providers")
def list_providers(principal: ProviderOrRegion, session: SessionDep, cursor: str | None = None,
                   limit: Annotated[int, Query(ge=1, le=200)] = 50, region_code: RegionQuery = None,
                   admitted: Annotated[bool, Query(description="Only providers admitted in the region")] = False,
                   ) -> Page:
    """With `regionCode`: the providers that applied in that region (`admitted`: with an admission there)."""
    only = principal.provider_id if principal.role is Role.PROVIDER else None
    items = views.providers(session, only, cursor_values(cursor, str, UUID), limit, region_code, admitted)
    last = items[-1] if len(items) == limit else None
    return Page(items=items, next_cursor=encode_cursor([last["name"], str(last["id"])]) if last else None)


@router.get("/{provider_id}", response_model=ProviderPublic, responses=problems(404), summary="Read a provider")
def get_provider(provider_id: UUID, principal: ProviderOrRegion, session: SessionDep) -> dict:
    if principal.role is Role.PROVIDER:
        check_provider(principal, provider_id)
    return views.provider(session, provider_id)


@router.patch("/{provider_id}", response_model=ProviderPublic, responses=problems(404, 409, 422),
              summary="Change a provider's details")
def update_provider(provider_id: UUID, body: ProviderUpdate, principal: ProviderOrStaff, uow: UowDep,
                    session: SessionDep) -> dict:
    changes = {k: v for k, v in body.model_dump(exclude_unset=True, mode="json").items() if v is not None}
    if "main_contractor_id" in body.model_fields_set:  # null: no longer a subcontractor
        changes["main_contractor_id"] = body.main_contractor_id
    handlers.update_provider(uow, principal, provider_id, changes)
    return views.provider(session, provider_id)
