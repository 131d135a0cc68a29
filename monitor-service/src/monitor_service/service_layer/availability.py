"""Availability and admission events: reports over time, stale flags, supply gaps, pipeline."""
from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from zorgregio.events import admission as adm
from zorgregio.events import availability as ev
from zorgregio.events.envelope import CloudEvent

from monitor_service.adapters.orm import (
    Application,
    AvailabilityEntry,
    AvailabilityReport,
    CatalogueProduct,
    ContractLine,
)
from monitor_service.domain.facts import TZ, local_date, month_of
from monitor_service.service_layer import notify, signals
from monitor_service.service_layer.unit_of_work import MonitorUnitOfWork


def _contracted_municipalities(uow: MonitorUnitOfWork, provider_id, product_code: str) -> list[str]:
    return list(uow.session.scalars(select(ContractLine.municipality_code).distinct().where(
        ContractLine.provider_id == provider_id, ContractLine.product_code == product_code)))


def _notify(uow: MonitorUnitOfWork, event: CloudEvent, codes: list[str], provider_id, product_code: str,
            entry_id=None) -> None:
    url = f"/availability/api/v1/entries/{entry_id}" if entry_id else "/availability/api/v1/entries"
    notify.enqueue(uow, event_id=event.id, channel="availability", municipality_codes=codes,
                   build=lambda code: notify.notification_body(
                       "availability", "entry", url, url, notify.action_of(event.type), event.time, code,
                       aanbiederId=provider_id, productcode=product_code))


def reported(uow: MonitorUnitOfWork, event: CloudEvent) -> None:
    data: ev.AvailabilityReported = event.parsed()  # type: ignore[assignment]
    uow.session.execute(pg_insert(AvailabilityReport).values(
        event_id=event.id, entry_id=data.entry_id, provider_id=data.provider_id, region_code=data.region_code,
        product_code=data.product_code, accepting_new_clients=data.accepting_new_clients,
        intake_wait_weeks=data.intake_wait_weeks, treatment_wait_weeks=data.treatment_wait_weeks,
        free_places=data.free_places, confirmed_at=data.confirmed_at,
        month=month_of(local_date(data.confirmed_at))).on_conflict_do_nothing())
    values = {"provider_id": data.provider_id, "region_code": data.region_code, "product_code": data.product_code,
                  "accepting_new_clients": data.accepting_new_clients, "intake_wait_weeks": data.intake_wait_weeks,
                  "treatment_wait_weeks": data.treatment_wait_weeks, "last_confirmed_at": data.confirmed_at,
                  "stale": False, "stale_since": None}
    uow.session.execute(pg_insert(AvailabilityEntry).values(entry_id=data.entry_id, **values).on_conflict_do_update(
        index_elements=["entry_id"], set_=values,
        where=AvailabilityEntry.last_confirmed_at.is_(None) | (AvailabilityEntry.last_confirmed_at <= data.confirmed_at)))
    signals.resolve_key(uow, f"stale_data:{data.entry_id}")
    _check_reported_wait(uow, data)
    _notify(uow, event, _contracted_municipalities(uow, data.provider_id, data.product_code), data.provider_id,
            data.product_code, data.entry_id)


def _check_reported_wait(uow: MonitorUnitOfWork, data: ev.AvailabilityReported) -> None:
    group = uow.session.scalar(select(CatalogueProduct.product_group).where(
        CatalogueProduct.region_code == data.region_code, CatalogueProduct.product_code == data.product_code))
    norm = signals.norms_for(uow, data.region_code).max_wait_for(group)
    wait = (data.intake_wait_weeks or 0) + (data.treatment_wait_weeks or 0)
    key = f"waiting_time_over_norm:{data.provider_id}:{data.product_code}"
    if wait > norm:
        signals.raise_signal(uow, "waiting_time_over_norm", data.region_code, key,
                             f"Gemelde wachttijd {wait} weken is langer dan de norm van {norm} weken.",
                             provider_id=data.provider_id, product_code=data.product_code)
    else:
        signals.resolve_key(uow, key)


def stale(uow: MonitorUnitOfWork, event: CloudEvent) -> None:
    data: ev.AvailabilityStale = event.parsed()  # type: ignore[assignment]
    values = {"provider_id": data.provider_id, "region_code": data.region_code, "product_code": data.product_code,
                  "stale": True, "stale_since": event.time}
    uow.session.execute(pg_insert(AvailabilityEntry).values(
        entry_id=data.entry_id, last_confirmed_at=data.last_confirmed_at, **values)
        .on_conflict_do_update(index_elements=["entry_id"], set_=values))
    signals.raise_signal(uow, "stale_data", data.region_code, f"stale_data:{data.entry_id}",
                         f"Beschikbaarheid is niet bijgewerkt binnen {data.update_period_days} dagen.",
                         provider_id=data.provider_id, product_code=data.product_code)
    _notify(uow, event, _contracted_municipalities(uow, data.provider_id, data.product_code), data.provider_id,
            data.product_code, data.entry_id)


def supply_gap(uow: MonitorUnitOfWork, event: CloudEvent) -> None:
    data: ev.SupplyGapDetected = event.parsed()  # type: ignore[assignment]
    signals.raise_signal(uow, "supply_gap", data.region_code,
                         f"supply_gap:{data.municipality_code}:{data.product_code}",
                         f"Geen gecontracteerde aanbieder neemt binnen {data.norm_weeks} weken aan.",
                         municipality_code=data.municipality_code, product_code=data.product_code,
                         at=data.detected_at)
    _notify(uow, event, [data.municipality_code], None, data.product_code)


def supply_gap_closed(uow: MonitorUnitOfWork, event: CloudEvent) -> None:
    """Supply is back: the gap's signal resolves itself (by the system)."""
    data: ev.SupplyGapClosed = event.parsed()  # type: ignore[assignment]
    signals.resolve_key(uow, f"supply_gap:{data.municipality_code}:{data.product_code}")


def _application(uow: MonitorUnitOfWork, data: adm.AdmissionEvent, application_id, **values) -> None:
    uow.session.execute(pg_insert(Application).values(
        application_id=application_id, provider_id=data.provider_id, region_code=data.region_code, **values)
        .on_conflict_do_update(index_elements=["application_id"], set_=values))


def submitted(uow: MonitorUnitOfWork, event: CloudEvent) -> None:
    data: adm.ApplicationSubmitted = event.parsed()  # type: ignore[assignment]
    _application(uow, data, data.application_id, product_groups=data.product_groups, submitted_at=data.submitted_at)


def admitted(uow: MonitorUnitOfWork, event: CloudEvent) -> None:
    data: adm.ProviderAdmitted = event.parsed()  # type: ignore[assignment]
    _application(uow, data, data.application_id, outcome="admitted",
                 decided_at=datetime.combine(data.admitted_on, time(12), TZ))


def rejected(uow: MonitorUnitOfWork, event: CloudEvent) -> None:
    data: adm.ApplicationRejected = event.parsed()  # type: ignore[assignment]
    _application(uow, data, data.application_id, outcome="rejected", decided_at=data.decided_at)


HANDLERS = {
    ev.AvailabilityReported.event_type: reported, ev.AvailabilityStale.event_type: stale,
    ev.SupplyGapDetected.event_type: supply_gap, ev.SupplyGapClosed.event_type: supply_gap_closed,
    adm.ApplicationSubmitted.event_type: submitted,
    adm.ProviderAdmitted.event_type: admitted, adm.ApplicationRejected.event_type: rejected,
}
