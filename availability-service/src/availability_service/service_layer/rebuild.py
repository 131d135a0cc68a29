"""Rebuilding the read model from events: empty it, re-apply every event in order, rewrite
the whole search table — one transaction, so search never sees a half-built model."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from zorgregio.events.envelope import CloudEvent
from zorgregio.runtime import ServiceRuntime

from availability_service.service_layer.projections import CONSUMED_TYPES, project
from availability_service.service_layer.unit_of_work import AvailabilityUnitOfWork


def rebuild(runtime: ServiceRuntime, events: Iterable[CloudEvent] | None = None) -> int:
    """Re-apply `events` (default: the journal of consumed events); returns how many were applied."""
    with runtime.uow() as uow:
        assert isinstance(uow, AvailabilityUnitOfWork)
        if events is None:
            events = [CloudEvent.model_validate(raw) for raw in uow.read_model.journaled_events()]
        events = [event for event in events if event.type in CONSUMED_TYPES]
        uow.read_model.clear()
        uow.session.execute(text("TRUNCATE consumed_events"))
        for event in events:
            project(uow, event)
        uow.refresh_search(everything=True)
        uow.commit()
    return len(events)
