"""Tariffs per product and period: public to read; indexation adds a period."""
from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, status

from contract_service import views
from contract_service.api.deps import ContextDep, ContractManager, SessionDep
from contract_service.api.errors import responses
from contract_service.api.routes.catalogue import _region
from contract_service.api.schemas import (
    IndexationCreate,
    RegionCode,
    TariffCreate,
    TariffPublic,
)
from contract_service.service_layer import tariffs

router = APIRouter(prefix="/tariffs", tags=["tariffs"])


@router.get("", response_model=list[TariffPublic], responses=responses(400))
def list_tariffs(session: SessionDep, region: Annotated[RegionCode, Query()],
                 product: Annotated[str | None, Query(max_length=5)] = None,
                 on_date: Annotated[date | None, Query(alias="onDate")] = None):
    return views.tariffs(session, region, product, on_date)


@router.post("", response_model=TariffPublic, status_code=status.HTTP_201_CREATED,
             responses=responses(400, 401, 403, 404, 409, 422))
def set_tariff(body: TariffCreate, ctx: ContextDep, actor: ContractManager, session: SessionDep):
    _region(actor, body.region_code)
    tariff_id = tariffs.set_tariff(ctx, body.region_code, body.product_code, body.amount, body.valid_from,
                                   body.valid_to)
    return next(t for t in views.tariffs(session, body.region_code, body.product_code, None) if t.id == tariff_id)


@router.post("/indexations", response_model=list[TariffPublic], status_code=status.HTTP_201_CREATED,
             responses=responses(400, 401, 403, 409, 422), summary="Yearly indexation: a new period per tariff")
def index(body: IndexationCreate, ctx: ContextDep, actor: ContractManager, session: SessionDep):
    _region(actor, body.region_code)
    ids = set(tariffs.index_tariffs(ctx, body.region_code, body.percentage, body.effective_on))
    return [t for t in views.tariffs(session, body.region_code, None, None) if t.id in ids]
