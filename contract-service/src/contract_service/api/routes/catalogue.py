"""Product catalogue: public to read; region contract managers change and publish it."""
from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, status

from contract_service import views
from contract_service.api.deps import ContextDep, ContractManager, SessionDep
from contract_service.api.errors import responses
from contract_service.api.schemas import (
    OptOutCreate,
    OptOutPublic,
    ProductCreate,
    ProductEnd,
    ProductMerge,
    ProductPublic,
    ProductReplace,
    ProductUpdate,
    RegionCode,
    RevisionPublic,
    VersionCreate,
    VersionPublic,
)
from contract_service.domain.errors import Forbidden, NotFoundError, Refused
from contract_service.service_layer import catalogue

router = APIRouter(prefix="/catalogue", tags=["catalogue"])
RegionQuery = Annotated[RegionCode, Query(alias="region")]


def _region(actor, region: str) -> None:
    if not actor.may_act_for_region(region):
        raise Forbidden("other-region", f"U beheert het productenboek van {region} niet.", "regionCode")


def _public(session, region: str, products) -> list[ProductPublic]:
    opts = views.opt_outs(session, region)
    return [ProductPublic.model_validate(p).model_copy(update={
        "opt_outs": [OptOutPublic.model_validate(o) for o in opts.get(p.code, [])]}) for p in products]


@router.get("/products", response_model=list[ProductPublic], summary="Products of a region's catalogue",
            responses=responses(400))
def list_products(session: SessionDep, region: RegionQuery,
                  on_date: Annotated[date | None, Query(alias="onDate")] = None,
                  include_ended: Annotated[bool, Query(alias="includeEnded")] = False):
    return _public(session, region, views.products(session, region, on_date, include_ended))


@router.get("/products/{code}", response_model=ProductPublic, responses=responses(400, 404))
def get_product(session: SessionDep, code: str, region: RegionQuery):
    found = [p for p in views.products(session, region, None, True) if p.code == code]
    if not found:
        raise NotFoundError("unknown-product", f"Product {code} staat niet in het productenboek van {region}.")
    return _public(session, region, found)[0]


@router.get("/products/{code}/history", response_model=list[RevisionPublic], responses=responses(400, 404),
            summary="Every change of a product, oldest first")
def product_history(session: SessionDep, code: str, region: Annotated[RegionCode | None, Query()] = None):
    return views.product_history(session, code, region)


@router.post("/products", response_model=ProductPublic, status_code=status.HTTP_201_CREATED,
             responses=responses(400, 401, 403, 409, 422))
def add_product(body: ProductCreate, ctx: ContextDep, actor: ContractManager, session: SessionDep):
    _region(actor, body.region_code)
    catalogue.add_product(ctx, body.region_code, body.model_dump(exclude={"region_code"}), actor)
    return get_product(session, body.code, body.region_code)


@router.patch("/products/{code}", response_model=ProductPublic, responses=responses(400, 401, 403, 404, 422))
def change_product(code: str, body: ProductUpdate, ctx: ContextDep, actor: ContractManager, session: SessionDep):
    _region(actor, body.region_code)
    changes = body.model_dump(exclude_unset=True, exclude={"region_code", "effective_on"})
    catalogue.change_product(ctx, body.region_code, code, changes, body.effective_on, actor)
    return get_product(session, code, body.region_code)


@router.post("/products/{code}/end", response_model=ProductPublic, responses=responses(400, 401, 403, 404, 409, 422))
def end_product(code: str, body: ProductEnd, ctx: ContextDep, actor: ContractManager, session: SessionDep):
    _region(actor, body.region_code)
    catalogue.end_product(ctx, body.region_code, code, body.effective_on, body.reason, actor)
    return get_product(session, code, body.region_code)


@router.post("/products/{code}/replacement", response_model=ProductPublic,
             responses=responses(400, 401, 403, 404, 409, 422))
def replace_product(code: str, body: ProductReplace, ctx: ContextDep, actor: ContractManager, session: SessionDep):
    _region(actor, body.region_code)
    catalogue.replace_product(ctx, body.region_code, code, body.replaced_by, body.effective_on, actor)
    return get_product(session, code, body.region_code)


@router.post("/merges", response_model=ProductPublic, status_code=status.HTTP_201_CREATED,
             responses=responses(400, 401, 403, 404, 409, 422), summary="Merge products into one")
def merge(body: ProductMerge, ctx: ContextDep, actor: ContractManager, session: SessionDep):
    _region(actor, body.region_code)
    if (body.target is None) == (body.target_code is None):
        raise Refused("merge-target", "Geef precies één van target of targetCode.", "target")
    target = body.target.model_dump() if body.target else None
    code = body.target.code if body.target else body.target_code
    catalogue.merge_products(ctx, body.region_code, body.source_codes, target, code, body.effective_on, actor)
    return get_product(session, code, body.region_code)


@router.post("/products/{code}/opt-outs", response_model=ProductPublic, status_code=status.HTTP_201_CREATED,
             responses=responses(400, 401, 403, 404, 422), summary="A municipality stops buying this product")
def opt_out(code: str, body: OptOutCreate, ctx: ContextDep, actor: ContractManager, session: SessionDep):
    _region(actor, body.region_code)
    catalogue.opt_out(ctx, body.region_code, code, body.municipality_code, body.starts_on, body.ends_on, actor)
    return get_product(session, code, body.region_code)


@router.get("/versions", response_model=list[VersionPublic], responses=responses(400))
def list_versions(session: SessionDep, region: RegionQuery):
    return views.versions(session, region)


@router.post("/versions", response_model=VersionPublic, status_code=status.HTTP_201_CREATED,
             responses=responses(400, 401, 403, 422), summary="Publish a version (CataloguePublished)")
def publish(body: VersionCreate, ctx: ContextDep, actor: ContractManager, session: SessionDep):
    _region(actor, body.region_code)
    version = catalogue.publish(ctx, body.region_code, body.effective_on, actor)
    return next(v for v in views.versions(session, body.region_code) if v.version == version)
