"""Tariff handlers: a tariff period per product, and yearly indexation as a new period."""
from __future__ import annotations

import uuid
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from zorgregio.events.contracting import TariffChanged

from contract_service.adapters import orm
from contract_service.domain.allocation import day_before
from contract_service.domain.errors import InvalidTransition, NotFoundError, Refused
from contract_service.service_layer.unit_of_work import Context, ContractingUnitOfWork


def _changed(t: orm.Tariff) -> TariffChanged:
    return TariffChanged(region_code=t.region_code, product_code=t.product_code, tariff_id=t.id, amount=t.amount,
                         unit=t.unit, valid_from=t.valid_from, valid_to=t.valid_to)


def _add_period(uow: ContractingUnitOfWork, region: str, code: str, amount: Decimal, valid_from: date,
                valid_to: date | None, percentage: Decimal | None = None) -> orm.Tariff:
    product = uow.repo.product(region, code)
    if product is None:
        raise NotFoundError("unknown-product", f"Product {code} staat niet in het productenboek van {region}.",
                            "productCode")
    if valid_to is not None and valid_to < valid_from:
        raise Refused("end-before-start", "De einddatum ligt voor de begindatum.", "validTo")
    for existing in uow.repo.tariffs(region, code):
        if existing.valid_from >= valid_from:
            raise InvalidTransition("tariff-period-exists",
                                    f"Er is al een tarief voor {code} vanaf {existing.valid_from}.", "validFrom")
        if existing.valid_to is None or existing.valid_to >= valid_from:
            existing.valid_to = day_before(valid_from)
            uow.emit(_changed(existing))
    tariff = orm.Tariff(id=uuid.uuid4(), region_code=region, product_code=code, amount=amount, unit=product.unit,
                        valid_from=valid_from, valid_to=valid_to, indexation_percentage=percentage)
    uow.repo.add(tariff)
    uow.emit(_changed(tariff))
    return tariff


def set_tariff(ctx: Context, region: str, code: str, amount: Decimal, valid_from: date,
               valid_to: date | None = None) -> uuid.UUID:
    with ctx.uow() as uow:
        tariff = _add_period(uow, region, code, amount, valid_from, valid_to)
        uow.commit()
        return tariff.id


def index_tariffs(ctx: Context, region: str, percentage: Decimal, effective_on: date) -> list[uuid.UUID]:
    """Every tariff valid the day before `effective_on` continues from it, raised by `percentage`."""
    created = []
    if effective_on == date.min:
        raise Refused("invalid-date", "Indexatie per deze datum kan niet.", "effectiveOn")
    with ctx.uow() as uow:
        uow.repo.lock(f"tariffs:{region}")
        for product in uow.repo.products(region):
            if product.valid_to is not None and product.valid_to < effective_on:
                continue
            current = uow.repo.tariff_on(region, product.code, day_before(effective_on))
            if current is None:
                continue
            amount = (current.amount * (1 + percentage / 100)).quantize(Decimal("0.01"), ROUND_HALF_UP)
            created.append(_add_period(uow, region, product.code, amount, effective_on, None, percentage).id)
        if not created:
            raise Refused("nothing-to-index", f"Geen tarieven in {region} om te indexeren per {effective_on}.",
                          "effectiveOn")
        uow.commit()
    return created
