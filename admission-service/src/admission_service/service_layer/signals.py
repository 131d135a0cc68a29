"""Consumed events: monitoring's exit-candidate and supply-gap signals and availability's supply
gaps become open signals in the assessors' work queue. Idempotent: one row per signal id."""
from __future__ import annotations

import uuid

from zorgregio.events.availability import SupplyGapDetected
from zorgregio.events.envelope import CloudEvent
from zorgregio.events.monitoring import SignalRaised, SignalResolved

from admission_service.service_layer.unit_of_work import AdmissionUnitOfWork

WANTED_KINDS = frozenset({"exit_candidate", "supply_gap"})


def on_signal_raised(uow: AdmissionUnitOfWork, event: CloudEvent) -> None:
    data = event.parsed()
    assert isinstance(data, SignalRaised)
    if data.kind not in WANTED_KINDS:
        return
    uow.signals.record(id=data.signal_id, source="monitoring", kind=data.kind, region_code=data.region_code,
                       municipality_code=data.municipality_code, provider_id=data.provider_id,
                       product_code=data.product_code, message=data.message, raised_at=data.raised_at)


def on_signal_resolved(uow: AdmissionUnitOfWork, event: CloudEvent) -> None:
    data = event.parsed()
    assert isinstance(data, SignalResolved)
    uow.signals.resolve(data.signal_id, data.resolved_at)


def on_supply_gap(uow: AdmissionUnitOfWork, event: CloudEvent) -> None:
    data = event.parsed()
    assert isinstance(data, SupplyGapDetected)
    signal_id = uuid.uuid5(uuid.NAMESPACE_URL, f"zorgregio:availability-gap:{event.id}")
    uow.signals.record(id=signal_id, source="availability", kind="supply_gap", region_code=data.region_code,
                       municipality_code=data.municipality_code, provider_id=None, product_code=data.product_code,
                       message=f"Geen gecontracteerde aanbieder neemt binnen {data.norm_weeks} weken aan voor "
                               f"{data.product_code} in gemeente {data.municipality_code}.",
                       raised_at=data.detected_at)
