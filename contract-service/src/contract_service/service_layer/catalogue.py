"""Catalogue handlers: add, change, end, replace, merge, opt out; publish a version."""
from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from zorgregio.events.contracting import CatalogueProduct, CataloguePublished
from zorgregio.reference import region_of_municipality
from zorgregio.security.principal import Principal

from contract_service.adapters import orm
from contract_service.domain.allocation import day_before
from contract_service.domain.catalogue import check_product_code
from contract_service.domain.errors import InvalidTransition, NotFoundError, Refused
from contract_service.service_layer.unit_of_work import Context, ContractingUnitOfWork

PRODUCT_FIELDS = ("name", "description", "category", "segment", "product_group", "care_type", "unit", "funding_form",
                  "crucial_function", "residential", "purchase_level")


def snapshot(product: orm.Product, opt_outs: list[orm.OptOut] | None = None) -> dict[str, Any]:
    data = {f: getattr(product, f) for f in PRODUCT_FIELDS}
    data.update(code=product.code, valid_from=product.valid_from.isoformat(),
                valid_to=product.valid_to.isoformat() if product.valid_to else None, replaced_by=product.replaced_by)
    if opt_outs is not None:
        data["opt_outs"] = [{"municipality_code": o.municipality_code, "starts_on": o.starts_on.isoformat(),
                             "ends_on": o.ends_on.isoformat() if o.ends_on else None} for o in opt_outs]
    return data


def _revise(ctx: Context, uow: ContractingUnitOfWork, product: orm.Product, change: str, effective_on: date,
            actor: Principal, note: str | None = None) -> None:
    uow.session.flush()
    uow.repo.add(orm.ProductRevision(
        region_code=product.region_code, code=product.code, change=change, effective_on=effective_on,
        snapshot=snapshot(product, uow.repo.opt_outs(product.region_code, product.code)), note=note,
        recorded_at=ctx.clock(), recorded_by=actor.subject, catalogue_version=None))


def _existing(uow: ContractingUnitOfWork, region: str, code: str, field: str = "code") -> orm.Product:
    product = uow.repo.product(region, code)
    if product is None:
        raise NotFoundError("unknown-product", f"Product {code} staat niet in het productenboek van {region}.", field)
    return product


def _new_product(uow: ContractingUnitOfWork, region: str, data: dict[str, Any]) -> orm.Product:
    check_product_code(data["code"], data["category"])
    if uow.repo.product(region, data["code"]) is not None:
        raise InvalidTransition("product-exists", f"Product {data['code']} bestaat al in {region}.", "code")
    product = orm.Product(region_code=region, code=data["code"], valid_from=data["valid_from"],
                          valid_to=data.get("valid_to"), replaced_by=None, **{f: data.get(f) for f in PRODUCT_FIELDS})
    uow.repo.add(product)
    return product


def add_product(ctx: Context, region: str, data: dict[str, Any], actor: Principal) -> None:
    with ctx.uow() as uow:
        product = _new_product(uow, region, data)
        _revise(ctx, uow, product, "added", product.valid_from, actor)
        uow.commit()


def change_product(ctx: Context, region: str, code: str, changes: dict[str, Any], effective_on: date,
                   actor: Principal) -> None:
    with ctx.uow() as uow:
        product = _existing(uow, region, code)
        if "category" in changes:
            check_product_code(code, changes["category"])
        for name, value in changes.items():
            setattr(product, name, value)
        _revise(ctx, uow, product, "changed", effective_on, actor)
        uow.commit()


def _end(product: orm.Product, effective_on: date, replaced_by: str | None = None) -> None:
    if product.valid_to is not None and product.valid_to < effective_on:
        raise InvalidTransition("product-ended", f"Product {product.code} is al beëindigd.", "code")
    if effective_on <= product.valid_from:
        raise Refused("end-before-start", "De einddatum ligt niet na de ingangsdatum van het product.", "effectiveOn")
    product.valid_to = day_before(effective_on)
    product.replaced_by = replaced_by


def end_product(ctx: Context, region: str, code: str, effective_on: date, reason: str, actor: Principal) -> None:
    with ctx.uow() as uow:
        product = _existing(uow, region, code)
        _end(product, effective_on)
        _revise(ctx, uow, product, "ended", effective_on, actor, reason)
        uow.commit()


def replace_product(ctx: Context, region: str, code: str, replaced_by: str, effective_on: date,
                    actor: Principal) -> None:
    with ctx.uow() as uow:
        product = _existing(uow, region, code)
        _existing(uow, region, replaced_by, "replacedBy")
        _end(product, effective_on, replaced_by)
        _revise(ctx, uow, product, "replaced", effective_on, actor, f"vervangen door {replaced_by}")
        uow.commit()


def merge_products(ctx: Context, region: str, sources: list[str], target: dict[str, Any] | None, target_code: str,
                   effective_on: date, actor: Principal) -> None:
    """The sources end the day before `effective_on` and point at the target (new or existing)."""
    with ctx.uow() as uow:
        merged = _new_product(uow, region, {**target, "valid_from": effective_on}) if target else \
            _existing(uow, region, target_code, "targetCode")
        if merged.code in sources:
            raise Refused("merge-into-source", "Een product kan niet in zichzelf opgaan.", "sourceCodes")
        for code in sources:
            product = _existing(uow, region, code, "sourceCodes")
            _end(product, effective_on, merged.code)
            _revise(ctx, uow, product, "merged", effective_on, actor, f"samengevoegd in {merged.code}")
        _revise(ctx, uow, merged, "added" if target else "changed", effective_on, actor,
                "samengevoegd uit " + ", ".join(sources))
        uow.commit()


def opt_out(ctx: Context, region: str, code: str, municipality: str, starts_on: date, ends_on: date | None,
            actor: Principal) -> uuid.UUID:
    if region_of_municipality(municipality) != region:
        raise Refused("municipality-not-in-region", f"Gemeente {municipality} hoort niet bij {region}.",
                      "municipalityCode")
    if ends_on is not None and ends_on < starts_on:
        raise Refused("end-before-start", "De einddatum ligt voor de begindatum.", "endsOn")
    with ctx.uow() as uow:
        product = _existing(uow, region, code)
        opt = orm.OptOut(id=uuid.uuid4(), region_code=region, product_code=code, municipality_code=municipality,
                         starts_on=starts_on, ends_on=ends_on)
        uow.repo.add(opt)
        _revise(ctx, uow, product, "opted_out", starts_on, actor, f"gemeente {municipality}")
        uow.commit()
        return opt.id


def catalogue_products(uow: ContractingUnitOfWork, region: str, day: date) -> list[CatalogueProduct]:
    opt_outs = uow.repo.opt_outs(region)
    result = []
    for p in uow.repo.products(region):
        out = sorted({o.municipality_code for o in opt_outs if o.product_code == p.code and o.starts_on <= day
                      and (o.ends_on is None or o.ends_on >= day)})
        result.append(CatalogueProduct(code=p.code, valid_from=p.valid_from, valid_to=p.valid_to,
                                       replaced_by=p.replaced_by, opted_out_municipalities=out,
                                       **{f: getattr(p, f) for f in PRODUCT_FIELDS}))
    return result


def publish(ctx: Context, region: str, effective_on: date, actor: Principal) -> int:
    """Numbers the changes since the last version and emits the whole catalogue."""
    with ctx.uow() as uow:
        uow.repo.lock(f"catalogue:{region}")
        version = uow.repo.last_catalogue_version(region) + 1
        products = catalogue_products(uow, region, effective_on)
        if not products:
            raise Refused("empty-catalogue", f"Het productenboek van {region} is leeg.", "regionCode")
        for revision in uow.repo.unpublished_revisions(region):
            revision.catalogue_version = version
        uow.repo.add(orm.CatalogueVersion(region_code=region, version=version, effective_on=effective_on,
                                          published_at=ctx.clock(), published_by=actor.subject,
                                          product_count=len(products)))
        uow.emit(CataloguePublished(region_code=region, version=version, effective_on=effective_on,
                                    products=products))
        uow.commit()
        return version
