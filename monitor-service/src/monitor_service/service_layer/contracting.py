"""Contracting events: catalogue, tariffs, contract lines and budgets."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from zorgregio.events import contracting as ev
from zorgregio.events.envelope import CloudEvent

from monitor_service.adapters.orm import Budget, CatalogueProduct, ContractLine, Tariff
from monitor_service.domain.facts import (
    contribution,
    difference,
    histogram_contribution,
    histogram_difference,
)
from monitor_service.service_layer import notify
from monitor_service.service_layer.allocations import FACTS, refresh_client_flags
from monitor_service.service_layer.unit_of_work import MonitorUnitOfWork

PRODUCT_COLUMNS = ("product_group", "category", "residential", "funding_form")


def catalogue_published(uow: MonitorUnitOfWork, event: CloudEvent) -> None:
    data: ev.CataloguePublished = event.parsed()  # type: ignore[assignment]
    for p in data.products:
        values = {"version": data.version, "name": p.name, "category": p.category, "segment": p.segment,
                      "product_group": p.product_group, "residential": p.residential, "funding_form": p.funding_form,
                      "unit": p.unit}
        stmt = pg_insert(CatalogueProduct).values(region_code=data.region_code, product_code=p.code, **values)
        uow.session.execute(stmt.on_conflict_do_update(
            index_elements=["region_code", "product_code"], set_=values,
            where=CatalogueProduct.version <= data.version))
    uow.forget_products()
    # Facts issued before the catalogue arrived (or under an older version) get its attributes.
    cat = CatalogueProduct.__table__
    differs = or_(*(FACTS.c[c].is_distinct_from(cat.c[c]) for c in PRODUCT_COLUMNS))
    affected = [dict(r) for r in uow.session.execute(
        select(FACTS, *(cat.c[c].label(f"new_{c}") for c in PRODUCT_COLUMNS))
        .where(FACTS.c.region_code == cat.c.region_code, FACTS.c.product_code == cat.c.product_code,
               cat.c.region_code == data.region_code, differs)).mappings()]
    if not affected:
        return
    uow.session.execute(
        update(FACTS).where(FACTS.c.region_code == cat.c.region_code, FACTS.c.product_code == cat.c.product_code,
                            cat.c.region_code == data.region_code, differs)
        .values(**{c: cat.c[c] for c in PRODUCT_COLUMNS}))
    for row in affected:
        old = {k: v for k, v in row.items() if not k.startswith("new_")}
        new = {**old, **{c: row[f"new_{c}"] for c in PRODUCT_COLUMNS}}
        uow.track_histogram(histogram_difference(histogram_contribution(new), histogram_contribution(old)))
    for client in sorted({row["client_pseudonym"] for row in affected}):
        refresh_client_flags(uow, client)


def tariff_changed(uow: MonitorUnitOfWork, event: CloudEvent) -> None:
    """A tariff changes committed spend: re-add the contribution of every affected fact."""
    data: ev.TariffChanged = event.parsed()  # type: ignore[assignment]
    old_tariffs = list(uow.tariffs(data.region_code, data.product_code))
    values = {"region_code": data.region_code, "product_code": data.product_code, "amount": data.amount,
                  "unit": data.unit, "valid_from": data.valid_from, "valid_to": data.valid_to}
    uow.session.execute(pg_insert(Tariff).values(tariff_id=data.tariff_id, **values)
                        .on_conflict_do_update(index_elements=["tariff_id"], set_=values))
    uow.forget_tariffs()
    new_tariffs = uow.tariffs(data.region_code, data.product_code)
    facts = uow.session.execute(select(FACTS).where(
        FACTS.c.region_code == data.region_code, FACTS.c.product_code == data.product_code,
        FACTS.c.withdrawn_at.is_(None))).mappings()
    for fact in facts:
        uow.track(difference(contribution(dict(fact), new_tariffs), contribution(dict(fact), old_tariffs)))


def _contract_notify(uow: MonitorUnitOfWork, event: CloudEvent, data: ev.ContractEvent, codes: set[str]) -> None:
    url = f"/contracting/api/v1/contracts/{data.contract_id}"
    notify.enqueue(uow, event_id=event.id, channel="contracts", municipality_codes=codes,
                   build=lambda code: notify.notification_body(
                       "contracts", "contract", url, url, notify.action_of(event.type), event.time, code,
                       aanbiederId=data.provider_id))


def contract_signed(uow: MonitorUnitOfWork, event: CloudEvent) -> None:
    data: ev.ContractSigned = event.parsed()  # type: ignore[assignment]
    for line in data.lines:
        values = {"provider_id": data.provider_id, "region_code": data.region_code, "provider_name": data.provider_name,
                      "starts_on": data.starts_on, "ends_on": data.ends_on}
        uow.session.execute(pg_insert(ContractLine).values(
            contract_id=data.contract_id, product_code=line.product_code, municipality_code=line.municipality_code,
            **values).on_conflict_do_update(index_elements=["contract_id", "product_code", "municipality_code"],
                                            set_=values))
    _contract_notify(uow, event, data, {line.municipality_code for line in data.lines})


def contract_amended(uow: MonitorUnitOfWork, event: CloudEvent) -> None:
    """The new set of lines runs from `effective_on`; lines left out end the day before."""
    data: ev.ContractAmended = event.parsed()  # type: ignore[assignment]
    existing = {(r.product_code, r.municipality_code): r for r in uow.session.scalars(
        select(ContractLine).where(ContractLine.contract_id == data.contract_id))}
    wanted = {(line.product_code, line.municipality_code) for line in data.lines}
    for key, row in existing.items():
        if key not in wanted:
            row.ends_on = data.effective_on - timedelta(days=1)
        else:
            row.ends_on = data.ends_on
    template = next(iter(existing.values()), None)
    for product_code, municipality_code in wanted - set(existing):
        uow.session.add(ContractLine(contract_id=data.contract_id, product_code=product_code,
                                     municipality_code=municipality_code, provider_id=data.provider_id,
                                     region_code=data.region_code,
                                     provider_name=template.provider_name if template else None,
                                     starts_on=data.effective_on, ends_on=data.ends_on))
    uow.session.flush()
    _contract_notify(uow, event, data, {m for _, m in wanted | set(existing)})


def contract_terminated(uow: MonitorUnitOfWork, event: CloudEvent) -> None:
    data: ev.ContractTerminated = event.parsed()  # type: ignore[assignment]
    lines = uow.session.scalars(select(ContractLine).where(ContractLine.contract_id == data.contract_id)).all()
    for row in lines:
        if row.ends_on is None or row.ends_on > data.terminated_on:
            row.ends_on = data.terminated_on
    uow.session.flush()
    _contract_notify(uow, event, data, {row.municipality_code for row in lines})


def budget_set(uow: MonitorUnitOfWork, event: CloudEvent) -> None:
    data: ev.BudgetCeilingSet = event.parsed()  # type: ignore[assignment]
    values = {"region_code": data.region_code, "provider_id": data.provider_id, "amount": data.amount}
    uow.session.execute(pg_insert(Budget).values(
        municipality_code=data.municipality_code, provider_key=str(data.provider_id or ""), year=data.year, **values)
        .on_conflict_do_update(index_elements=["municipality_code", "provider_key", "year"], set_=values))


#: Handlers that read facts, so the batch's queued fact changes are written before them.
READS_FACTS = {ev.CataloguePublished.event_type, ev.TariffChanged.event_type}
HANDLERS = {
    ev.CataloguePublished.event_type: catalogue_published, ev.TariffChanged.event_type: tariff_changed,
    ev.ContractSigned.event_type: contract_signed, ev.ContractAmended.event_type: contract_amended,
    ev.ContractTerminated.event_type: contract_terminated, ev.BudgetCeilingSet.event_type: budget_set,
}

