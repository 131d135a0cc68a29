"""Signals: raised once per open subject (a dedupe key), acknowledged and resolved by region
staff or the system; each change is an event on `zorgregio.monitoring` and a notification on
the `signals` channel of the municipality it concerns."""
from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import select
from zorgregio.events.monitoring import SignalAcknowledged, SignalRaised, SignalResolved

from monitor_service.adapters.orm import RegionNorms, Signal
from monitor_service.domain.norms import Norms, default_norms
from monitor_service.service_layer import notify
from monitor_service.service_layer.unit_of_work import MonitorUnitOfWork

SYSTEM = "system"


def norms_for(uow: MonitorUnitOfWork, region_code: str) -> Norms:
    row = uow.session.get(RegionNorms, region_code)
    if row is None:
        return default_norms(region_code)
    return Norms(region_code, dict(row.max_wait_weeks), row.update_period_days, Decimal(row.budget_near),
                 Decimal(row.budget_over), row.exit_after_months)


def open_signal(uow: MonitorUnitOfWork, key: str) -> Signal | None:
    return uow.session.scalars(select(Signal).where(Signal.dedupe_key == key, Signal.status != "resolved")).first()


def raise_signal(uow: MonitorUnitOfWork, kind: str, region_code: str, key: str, message: str, *,
                 municipality_code: str | None = None, provider_id: uuid.UUID | None = None,
                 product_code: str | None = None, at: datetime | None = None) -> Signal | None:
    """Raise a signal unless one with this key is still open (or while replaying history)."""
    if uow.replaying or open_signal(uow, key) is not None:
        return None
    at = at or datetime.now(UTC)
    signal = Signal(id=uuid.uuid4(), kind=kind, region_code=region_code, municipality_code=municipality_code,
                    provider_id=provider_id, product_code=product_code, dedupe_key=key, message=message,
                    status="open", raised_at=at)
    uow.session.add(signal)
    uow.session.flush()
    event = uow.emit(SignalRaised(signal_id=signal.id, region_code=region_code, kind=kind,  # type: ignore[arg-type]
                                  municipality_code=municipality_code, provider_id=provider_id,
                                  product_code=product_code, message=message, raised_at=at))
    _notify(uow, signal, event.id, event.type, at)
    return signal


def acknowledge(uow: MonitorUnitOfWork, signal: Signal, by: str) -> None:
    at = datetime.now(UTC)
    signal.status, signal.acknowledged_at, signal.acknowledged_by = "acknowledged", at, by
    event = uow.emit(SignalAcknowledged(signal_id=signal.id, region_code=signal.region_code,
                                        kind=signal.kind, acknowledged_at=at, acknowledged_by=by))  # type: ignore[arg-type]
    _notify(uow, signal, event.id, event.type, at)


def resolve(uow: MonitorUnitOfWork, signal: Signal, by: str) -> None:
    at = datetime.now(UTC)
    signal.status, signal.resolved_at, signal.resolved_by = "resolved", at, by
    event = uow.emit(SignalResolved(signal_id=signal.id, region_code=signal.region_code, kind=signal.kind,  # type: ignore[arg-type]
                                    resolved_at=at, resolved_by=by))
    _notify(uow, signal, event.id, event.type, at)


def resolve_key(uow: MonitorUnitOfWork, key: str, by: str = SYSTEM) -> None:
    if not uow.replaying and (signal := open_signal(uow, key)) is not None:
        resolve(uow, signal, by)


def _notify(uow: MonitorUnitOfWork, signal: Signal, event_id: str, event_type: str, at: datetime) -> None:
    if not signal.municipality_code:
        return
    url = f"/monitoring/api/v1/signals/{signal.id}"
    notify.enqueue(uow, event_id=event_id, channel="signals", municipality_codes=[signal.municipality_code],
                   build=lambda code: notify.notification_body(
                       "signals", "signal", url, url, notify.action_of(event_type), at, code,
                       soort=signal.kind, productcode=signal.product_code, aanbiederId=signal.provider_id))
