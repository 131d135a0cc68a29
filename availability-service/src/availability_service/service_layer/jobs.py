"""Periodic jobs: stale detection, supply gaps, and the daily moves of the clock (contracts
that start or end today, measured waits leaving the 90-day window)."""
from __future__ import annotations

from sqlalchemy import text
from zorgregio.events.availability import AvailabilityStale

from availability_service.domain.vocabulary import region_settings
from availability_service.service_layer.gaps import detect_gaps
from availability_service.service_layer.handlers import UowFactory

STALE_BATCH = 500

_STALE_SQL = text("""
UPDATE entries e SET stale_notified = true
FROM search_entries s
WHERE s.entry_id = e.entry_id AND e.entry_id IN (
    SELECT s2.entry_id FROM search_entries s2 JOIN entries e2 ON e2.entry_id = s2.entry_id
    WHERE s2.stale_at <= now() AND NOT e2.stale_notified
    ORDER BY s2.stale_at LIMIT :batch FOR UPDATE OF e2 SKIP LOCKED)
RETURNING e.entry_id, e.provider_id, e.region_code, e.product_code, e.last_confirmed_at""")


def emit_stale(uow_factory: UowFactory) -> int:
    """`AvailabilityStale` once per entry per stale period (reset when the entry is confirmed)."""
    with uow_factory() as uow:
        rows = uow.session.execute(_STALE_SQL, {"batch": STALE_BATCH}).all()
        for entry_id, provider_id, region_code, product_code, last_confirmed_at in rows:
            uow.emit(AvailabilityStale(entry_id=entry_id, provider_id=provider_id, region_code=region_code,
                                       product_code=product_code, last_confirmed_at=last_confirmed_at,
                                       update_period_days=region_settings(region_code).update_period_days))
        uow.commit()
        return len(rows)


def emit_gaps(uow_factory: UowFactory) -> int:
    with uow_factory() as uow:
        opened = detect_gaps(uow)
        uow.commit()
        return opened


def refresh_due(uow_factory: UowFactory) -> None:
    """Rewrite the rows of providers whose contract lines or measured waits changed with the date."""
    with uow_factory() as uow:
        providers = uow.session.scalars(text("""
            SELECT provider_id FROM contract_lines
            WHERE starts_on BETWEEN current_date - 1 AND current_date
               OR ends_on BETWEEN current_date - 2 AND current_date
               OR terminated_on BETWEEN current_date - 1 AND current_date
            UNION SELECT provider_id FROM wait_samples WHERE started_on BETWEEN current_date - 92 AND current_date - 89
        """)).all()
        if providers:
            uow.refresh_search(provider_ids=providers)
        uow.commit()
