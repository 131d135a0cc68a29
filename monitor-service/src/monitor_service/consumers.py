"""Which events the monitoring service reacts to: every context's, mapped to the handlers that
keep the fact tables, the rollup, signals and back-office notifications up to date."""
from __future__ import annotations

from collections.abc import Callable

from zorgregio.events.envelope import CloudEvent, Topic

from monitor_service.service_layer import allocations, availability, contracting, notify
from monitor_service.service_layer.unit_of_work import MonitorUnitOfWork

Handler = Callable[[MonitorUnitOfWork, CloudEvent], None]
TOPICS = [Topic.ADMISSION.value, Topic.CONTRACTING.value, Topic.ALLOCATION.value, Topic.AVAILABILITY.value]


def _notify_allocation(uow: MonitorUnitOfWork, event: CloudEvent) -> None:
    data = event.data
    url = f"/contracting/api/v1/allocations/{data['allocationId']}"
    notify.enqueue(uow, event_id=event.id, channel="allocations", municipality_codes=[data["municipalityCode"]],
                   build=lambda code: notify.notification_body(
                       "allocations", "allocation", url, url, notify.action_of(event.type), event.time, code,
                       aanbiederId=data["providerId"], productcode=data["productCode"]))


def guarded(handler: Handler, after: Handler | None = None, flush_first: bool = False) -> Handler:
    """Drop the buffered work of an event whose handling fails (its savepoint rolls back).
    `flush_first` writes the batch's queued fact changes before a handler that reads facts;
    if that handler fails the flush is rolled back with it and the changes are queued again."""

    def run(uow: MonitorUnitOfWork, event: CloudEvent) -> None:
        mark = uow.checkpoint()
        try:
            if flush_first:
                uow.flush_facts()
            handler(uow, event)
            if after is not None:
                after(uow, event)
        except BaseException:
            uow.restore(mark)
            raise

    run.__name__ = handler.__name__
    return run


def handlers() -> dict[str, Handler]:
    table: dict[str, Handler] = {}
    for event_type, handler in allocations.HANDLERS.items():
        table[event_type] = guarded(handler, _notify_allocation)
    for event_type, handler in {**contracting.HANDLERS, **availability.HANDLERS}.items():
        table[event_type] = guarded(handler, flush_first=event_type in contracting.READS_FACTS)
    return table


__all__ = ["TOPICS", "handlers"]
