"""Intake windows and product groups closed per municipality (region staff of the region)."""
from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Response
from zorgregio.api.idempotency import IdempotencyKeyDep

from admission_service import views
from admission_service.api.deps import (
    AnyUser,
    RegionQuery,
    RegionStaff,
    RequiredRegionQuery,
    SessionDep,
    UowDep,
    operation_id,
    problems,
)
from admission_service.api.schemas import (
    ClosedProductGroupCreate,
    ClosedProductGroupPublic,
    IntakeWindowCreate,
    IntakeWindowPublic,
)
from admission_service.catalogue import rules_for
from admission_service.service_layer import catalogue as handlers
from admission_service.service_layer.common import now

router = APIRouter(tags=["intake windows"], generate_unique_id_function=operation_id)


@router.get("/intake-windows", response_model=list[IntakeWindowPublic], responses=problems())
def list_intake_windows(principal: AnyUser, session: SessionDep, region_code: RegionQuery = None) -> list:
    return views.windows(session, region_code, now().date())


@router.post("/intake-windows", status_code=201, response_model=IntakeWindowPublic, responses=problems(409, 422),
             summary="Open an intake window (regular or interim for one product group); retry safely with the same "
                     "Idempotency-Key")
def create_intake_window(body: IntakeWindowCreate, principal: RegionStaff, uow: UowDep, session: SessionDep,
                         idem: IdempotencyKeyDep) -> dict:
    rules_for(body.region_code)
    window_id = handlers.open_window(uow, principal, region_code=body.region_code, opens_on=body.opens_on,
                                     closes_on=body.closes_on, kind=body.kind, product_group=body.product_group,
                                     name=body.name, idem=idem)
    return next(w for w in views.windows(session, body.region_code, now().date()) if w["id"] == window_id)


@router.delete("/intake-windows/{window_id}", status_code=204, responses=problems(404, 422),
               summary="Delete an intake window that has not opened yet")
def delete_intake_window(window_id: UUID, region_code: RequiredRegionQuery, principal: RegionStaff, uow: UowDep) -> Response:
    handlers.delete_window(uow, principal, region_code, window_id)
    return Response(status_code=204)


@router.get("/closed-product-groups", response_model=list[ClosedProductGroupPublic], responses=problems())
def list_closed_product_groups(principal: AnyUser, session: SessionDep, region_code: RegionQuery = None) -> list:
    return views.closed_groups(session, region_code)


@router.post("/closed-product-groups", status_code=201, response_model=ClosedProductGroupPublic,
             responses=problems(409, 422),
             summary="Close a product group in a municipality; retry safely with the same Idempotency-Key")
def close_product_group(body: ClosedProductGroupCreate, principal: RegionStaff, uow: UowDep, session: SessionDep,
                        idem: IdempotencyKeyDep):
    rules_for(body.region_code)
    closed_id = handlers.close_group(uow, principal, region_code=body.region_code,
                                     municipality_code=body.municipality_code, product_group=body.product_group,
                                     closed_on=body.closed_on, reason=body.reason, idem=idem)
    return next(c for c in views.closed_groups(session, body.region_code) if c.id == closed_id)


@router.delete("/closed-product-groups/{closed_id}", status_code=204, responses=problems(404),
               summary="Reopen a closed product group")
def reopen_product_group(closed_id: UUID, region_code: RequiredRegionQuery, principal: RegionStaff, uow: UowDep) -> Response:
    handlers.reopen_group(uow, principal, region_code, closed_id)
    return Response(status_code=204)


