"""Contracts (framework, bespoke, bridging, wind-down), provider status and budget ceilings."""
from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, status
from zorgregio.reference import region_of_municipality
from zorgregio.security.principal import Role

from contract_service import views
from contract_service.api.deps import (
    AnyUser,
    BudgetSetter,
    ContextDep,
    ContractManager,
    SessionDep,
)
from contract_service.api.errors import responses
from contract_service.api.routes.catalogue import _region
from contract_service.api.schemas import (
    AmendmentCreate,
    AmendmentPublic,
    BudgetCeilingCreate,
    BudgetCeilingPublic,
    ContractCreate,
    ContractDetail,
    ContractPublic,
    LinePublic,
    ProviderStatusPublic,
    RestrictionPublic,
    TerminationCreate,
)
from contract_service.domain import ijw
from contract_service.domain.errors import Forbidden, Refused
from contract_service.service_layer import contracts

router = APIRouter(tags=["contracts"])


def _detail(session, actor, contract_id: uuid.UUID) -> ContractDetail:
    row = views.contract(session, actor, contract_id)
    return ContractDetail(**ContractPublic.model_validate(row).model_dump(exclude={"bespoke"}),
                          bespoke=row.client_pseudonym is not None,
                          lines=[LinePublic.model_validate(line) for line in views.contract_lines(session, contract_id)],
                          amendments=[AmendmentPublic.model_validate(a)
                                      for a in views.contract_amendments(session, contract_id)])


# The contract views check the role themselves (the region's staff, the provider its own): stated for the document.
CONTRACT_READERS = {"x-roles": ["provider", "region_analyst", "region_assessor", "region_contract_manager", "admin"]}


@router.get("/contracts", response_model=list[ContractPublic], responses=responses(400, 401, 403),
            openapi_extra=CONTRACT_READERS)
def list_contracts(session: SessionDep, actor: AnyUser, region: Annotated[str | None, Query(max_length=6)] = None,
                   provider: Annotated[uuid.UUID | None, Query()] = None,
                   status_: Annotated[str | None, Query(alias="status", pattern="^(draft|active|terminated)$")] = None):
    return views.contracts(session, actor, region, provider, status_)


@router.get("/contracts/{contract_id}", response_model=ContractDetail, responses=responses(401, 404),
            openapi_extra=CONTRACT_READERS)
def get_contract(contract_id: uuid.UUID, session: SessionDep, actor: AnyUser):
    return _detail(session, actor, contract_id)


@router.post("/contracts", response_model=ContractDetail, status_code=status.HTTP_201_CREATED,
             responses=responses(400, 401, 403, 422), summary="A contract in draft (sign it next)")
def create_contract(body: ContractCreate, ctx: ContextDep, actor: ContractManager, session: SessionDep):
    _region(actor, body.region_code)
    pseudonym = None
    if body.kind == "bespoke":
        if body.client_bsn is None or len(body.lines) != 1:
            raise Refused("bespoke-needs-client", "Een maatwerkovereenkomst geldt voor één cliënt en één product.",
                          "clientBsn")
        if not ijw.bsn_valid(body.client_bsn):
            raise Refused("invalid-bsn", "Het BSN voldoet niet aan de elfproef.", "clientBsn")
        pseudonym = ctx.vault.pseudonym(body.client_bsn, body.region_code)
    elif body.client_bsn is not None:
        raise Refused("client-only-bespoke", "Alleen een maatwerkovereenkomst noemt een cliënt.", "clientBsn")
    if body.kind in ("bridging", "wind_down") and body.ends_on is None:
        raise Refused("end-required", "Een overbruggings- of afbouwovereenkomst heeft een einddatum.", "endsOn")
    contract_id = contracts.create_contract(
        ctx, region=body.region_code, provider_id=body.provider_id, provider_name=body.provider_name,
        kind=body.kind, lines=[(line.product_code, line.municipality_code) for line in body.lines], starts_on=body.starts_on,
        ends_on=body.ends_on, extension_options=body.extension_options, client_pseudonym=pseudonym, actor=actor,
        provider_agb=body.provider_agb)
    return _detail(session, actor, contract_id)


@router.post("/contracts/{contract_id}/signature", response_model=ContractDetail,
             responses=responses(401, 403, 404, 409, 422), summary="Sign a draft (ContractSigned)")
def sign(contract_id: uuid.UUID, ctx: ContextDep, actor: ContractManager, session: SessionDep):
    contracts.sign(ctx, contract_id, actor)
    return _detail(session, actor, contract_id)


@router.post("/contracts/{contract_id}/amendments", response_model=ContractDetail, status_code=status.HTTP_201_CREATED,
             responses=responses(400, 401, 403, 404, 409, 422), summary="New complete set of lines from a date")
def amend(contract_id: uuid.UUID, body: AmendmentCreate, ctx: ContextDep, actor: ContractManager,
          session: SessionDep):
    contracts.amend(ctx, contract_id, [(line.product_code, line.municipality_code) for line in body.lines],
                    body.effective_on, body.reason, actor)
    return _detail(session, actor, contract_id)


@router.post("/contracts/{contract_id}/extensions", response_model=ContractDetail,
             status_code=status.HTTP_201_CREATED, responses=responses(401, 403, 404, 409))
def extend(contract_id: uuid.UUID, ctx: ContextDep, actor: ContractManager, session: SessionDep):
    contracts.extend(ctx, contract_id, actor)
    return _detail(session, actor, contract_id)


@router.post("/contracts/{contract_id}/termination", response_model=ContractDetail,
             responses=responses(400, 401, 403, 404, 409, 422))
def terminate(contract_id: uuid.UUID, body: TerminationCreate, ctx: ContextDep, actor: ContractManager,
              session: SessionDep):
    contracts.terminate(ctx, contract_id, body.terminated_on, body.reason, actor)
    return _detail(session, actor, contract_id)


@router.get("/providers/{provider_id}/status", response_model=ProviderStatusPublic, responses=responses(401, 403))
def provider_status(provider_id: uuid.UUID, session: SessionDep, actor: AnyUser, ctx: ContextDep,
                    on_date: Annotated[date | None, Query(alias="onDate")] = None):
    if actor.role is Role.PROVIDER and actor.provider_id != provider_id:
        raise Forbidden("other-provider", "U ziet alleen de status van uw eigen organisatie.")
    day = on_date or ctx.today()
    rows = views.restrictions(session, provider_id)
    active = {r.kind for r in rows if r.starts_on <= day and (r.ends_on is None or r.ends_on >= day)}
    return ProviderStatusPublic(provider_id=provider_id, client_stop="client_stop" in active,
                                suspended="suspension" in active, exited="exit" in active,
                                restrictions=[RestrictionPublic.model_validate(r) for r in rows])


@router.get("/budget-ceilings", response_model=list[BudgetCeilingPublic], responses=responses(400, 401, 403),
            openapi_extra={"x-roles": ["access_team", "backoffice", "region_analyst", "region_assessor",
                                       "region_contract_manager", "admin"]})
def list_ceilings(session: SessionDep, actor: AnyUser,
                  municipality: Annotated[str | None, Query(pattern=r"^\d{4}$")] = None,
                  year: Annotated[int | None, Query(ge=2000, le=2100)] = None):
    region = None
    if actor.municipality_code:
        municipality = actor.municipality_code
    elif actor.region_code:
        region = actor.region_code
    elif not actor.is_admin:
        raise Forbidden("role-missing", "Budgetplafonds zijn te zien voor gemeente, regio en beheer.")
    return views.budget_ceilings(session, municipality, year, region)


@router.put("/budget-ceilings", response_model=BudgetCeilingPublic, responses=responses(400, 401, 403),
            summary="Set a municipality's budget ceiling for a year (BudgetCeilingSet)")
def set_ceiling(body: BudgetCeilingCreate, ctx: ContextDep, actor: BudgetSetter, session: SessionDep):
    region = region_of_municipality(body.municipality_code)
    if region is None:
        raise Refused("unknown-municipality", f"Gemeente {body.municipality_code} is onbekend.", "municipalityCode")
    if not (actor.may_act_for_municipality(body.municipality_code) or (region and actor.may_act_for_region(region))):
        raise Forbidden("other-municipality", f"U stelt geen budgetplafond in voor {body.municipality_code}.",
                        "municipalityCode")
    ceiling_id = contracts.set_budget_ceiling(ctx, body.municipality_code, body.year, body.provider_id, body.amount,
                                              actor)
    return next(c for c in views.budget_ceilings(session, body.municipality_code, body.year, None)
                if c["id"] == ceiling_id)
