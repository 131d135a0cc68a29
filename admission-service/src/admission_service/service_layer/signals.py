"""Consumed events: monitoring's exit-candidate and supply-gap signals become open signals in the
assessors' work queue, and leave it when monitoring resolves them (a supply gap resolves itself
when availability reports it closed). Idempotent: one row per signal id.

Availability's `SupplyGapDetected` is not consumed here: monitoring turns each into one signal,
and taking both would put every gap in the queue twice."""
from __future__ import annotations

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
