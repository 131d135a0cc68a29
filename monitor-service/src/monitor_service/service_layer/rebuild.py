"""Rebuild: clear every fact table and the rollup, then apply the event history again through
the same handlers (no signals, events or notifications while replaying)."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from zorgregio.events.envelope import CloudEvent
from zorgregio.runtime import ServiceRuntime

from monitor_service.consumers import handlers
from monitor_service.service_layer.unit_of_work import MonitorUnitOfWork

FACT_TABLES = ("allocation_facts", "monthly_rollup", "monthly_area_rollup", "days_histogram", "catalogue_products",
               "tariffs", "availability_entries", "availability_reports", "applications", "contract_lines", "budgets")


def rebuild(runtime: ServiceRuntime, events: Iterable[CloudEvent], batch_size: int = 500) -> int:
    """Returns how many events were applied; an event id seen twice is applied once."""
    table = handlers()
    seen: set[str] = set()
    applied = 0
    with runtime.uow() as uow:
        uow.session.execute(text(f"TRUNCATE {', '.join(FACT_TABLES)}"))
        uow.commit()
    batch: list[CloudEvent] = []

    def flush() -> None:
        with runtime.uow() as uow:
            assert isinstance(uow, MonitorUnitOfWork)
            uow.replaying = True
            for event in batch:
                table[event.type](uow, event)
            uow.commit()
        batch.clear()

    for event in events:
        if event.type not in table or event.id in seen:
            continue
        seen.add(event.id)
        batch.append(event)
        applied += 1
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return applied
