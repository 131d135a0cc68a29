"""Allocation events → `allocation_facts` and the monthly rollup.

Handlers only validate the event and queue a change of the allocation's fact; at commit
`apply_changes` loads every fact the batch touches in one query, applies the changes in
order, refreshes the stacking/re-admission flags of the clients concerned, writes the facts
back in one upsert and adds `contribution(new) - contribution(old)` to the rollup."""
from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.dialects import postgresql
from zorgregio.events import allocation as ev
from zorgregio.events.envelope import CloudEvent

from monitor_service.adapters.orm import AllocationFact
from monitor_service.domain.facts import (
    client_flags,
    contribution,
    derive,
    difference,
    histogram_contribution,
    histogram_difference,
)
from monitor_service.service_layer.unit_of_work import FactChange, MonitorUnitOfWork

log = logging.getLogger(__name__)
FACTS = AllocationFact.__table__
COLUMNS = [c.name for c in FACTS.columns]
#: One statement for a batch's facts: every column travels as one array.
UPSERT_FACTS = text(
    f"INSERT INTO allocation_facts ({', '.join(COLUMNS)}) SELECT * FROM unnest("
    + ", ".join(f"CAST(:{c} AS {c_type}[])" for c, c_type in
                ((col.name, col.type.compile(dialect=postgresql.dialect())) for col in FACTS.columns))
    + ") ON CONFLICT (allocation_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in COLUMNS if c != "allocation_id"))
#: Columns whose change can change a client's stacking or re-admission flags.
PERIOD_COLUMNS = ("start_date", "end_date", "finished_on", "withdrawn_at", "refused_at", "residential", "issued_at")


def apply_changes(uow: MonitorUnitOfWork, changes: list[FactChange]) -> None:
    ids = list({c.allocation_id for c in changes})
    old = {r["allocation_id"]: dict(r) for r in uow.session.execute(
        select(FACTS).where(FACTS.c.allocation_id.in_(ids))).mappings()}
    new: dict[Any, dict[str, Any]] = {k: dict(v) for k, v in old.items()}
    for change in changes:
        fact = new.get(change.allocation_id)
        if fact is None and not change.create:
            log.warning("event for an unknown allocation ignored", extra={"allocation_id": str(change.allocation_id)})
            continue
        new[change.allocation_id] = derive(change.mutate(fact or dict.fromkeys(COLUMNS)))
    changed = {k: f for k, f in new.items() if f != old.get(k)}
    clients = {f["client_pseudonym"] for k, f in changed.items()
               if k not in old or any(old[k].get(c) != f.get(c) for c in PERIOD_COLUMNS)}
    flag_only = _refresh_flags(uow, clients, new)
    if changed:
        uow.session.execute(UPSERT_FACTS, {c: [f[c] for f in changed.values()] for c in COLUMNS})
    for allocation_id, (stacked, readmission) in flag_only.items():
        uow.session.execute(update(FACTS).where(FACTS.c.allocation_id == allocation_id)
                            .values(stacked=stacked, readmission=readmission))
    for k, fact in changed.items():
        tariffs = uow.tariffs(fact["region_code"], fact["product_code"])
        uow.track(difference(contribution(fact, tariffs), contribution(old.get(k), tariffs)))
        uow.track_histogram(histogram_difference(histogram_contribution(fact), histogram_contribution(old.get(k))))


def _refresh_flags(uow: MonitorUnitOfWork, clients: set[str], batch: dict[Any, dict[str, Any]]
                   ) -> dict[Any, tuple[bool, bool]]:
    """Set the flags on the batch's facts; returns the flag changes of facts outside the batch."""
    if not clients:
        return {}
    stored = {r["allocation_id"]: dict(r) for r in uow.session.execute(
        select(FACTS).where(FACTS.c.client_pseudonym.in_(list(clients)))).mappings()}
    per_client: dict[str, list[dict[str, Any]]] = {}
    for fact in {**stored, **{k: v for k, v in batch.items() if v["client_pseudonym"] in clients}}.values():
        per_client.setdefault(fact["client_pseudonym"], []).append(fact)
    outside: dict[Any, tuple[bool, bool]] = {}
    for facts in per_client.values():
        for allocation_id, (stacked, readmission) in client_flags(facts).items():
            if allocation_id in batch:
                batch[allocation_id]["stacked"], batch[allocation_id]["readmission"] = stacked, readmission
            elif (stored[allocation_id]["stacked"], stored[allocation_id]["readmission"]) != (stacked, readmission):
                outside[allocation_id] = (stacked, readmission)
    return outside


def refresh_client_flags(uow: MonitorUnitOfWork, client_pseudonym: str) -> None:
    """For changes outside the allocation stream (a catalogue that makes a product residential)."""
    for allocation_id, (stacked, readmission) in _refresh_flags(uow, {client_pseudonym}, {}).items():
        uow.session.execute(update(FACTS).where(FACTS.c.allocation_id == allocation_id)
                            .values(stacked=stacked, readmission=readmission))


MAX_AMOUNT = 10**10  # numeric(12, 2): refused here, per event, not when the batch is written


def _queue(uow: MonitorUnitOfWork, data: ev.AllocationEvent, values: dict[str, Any], create: bool = False) -> None:
    if abs(values.get("volume_amount") or 0) >= MAX_AMOUNT:
        raise ValueError(f"volume amount out of range: {values['volume_amount']}")
    uow.changes.append(FactChange(data.allocation_id, lambda fact: {**fact, **values}, create))


def issued(uow: MonitorUnitOfWork, event: CloudEvent) -> None:
    data: ev.AllocationIssued = event.parsed()  # type: ignore[assignment]
    product = uow.product(data.region_code, data.product_code) or {"category": data.product_category}
    _queue(uow, data, {
        "allocation_id": data.allocation_id, "region_code": data.region_code,
        "municipality_code": data.municipality_code, "provider_id": data.provider_id,
        "product_code": data.product_code, "client_pseudonym": data.client_pseudonym,
        "contract_id": data.contract_id, "volume_amount": data.volume.amount, "volume_unit": data.volume.unit,
        "volume_frequency": data.volume.frequency, "start_date": data.start_date, "end_date": data.end_date,
        "issued_at": data.issued_at, "stacked": False, "readmission": False, **product,
    }, create=True)


def accepted(uow: MonitorUnitOfWork, event: CloudEvent) -> None:
    data: ev.AllocationAccepted = event.parsed()  # type: ignore[assignment]
    _queue(uow, data, {"accepted_at": data.accepted_at})


def refused(uow: MonitorUnitOfWork, event: CloudEvent) -> None:
    data: ev.AllocationRefused = event.parsed()  # type: ignore[assignment]
    _queue(uow, data, {"refused_at": data.refused_at})


def amended(uow: MonitorUnitOfWork, event: CloudEvent) -> None:
    data: ev.AllocationAmended = event.parsed()  # type: ignore[assignment]
    _queue(uow, data, {"volume_amount": data.volume.amount, "volume_unit": data.volume.unit,
                       "volume_frequency": data.volume.frequency, "end_date": data.end_date})


def ended(uow: MonitorUnitOfWork, event: CloudEvent) -> None:
    """Ended early by the municipality: not as planned, unless care had already stopped."""
    data: ev.AllocationEnded = event.parsed()  # type: ignore[assignment]

    def mutate(fact: dict[str, Any]) -> dict[str, Any]:
        planned = fact["ended_as_planned"] if fact.get("stopped_on") else False
        return {**fact, "ended_on": data.ended_on, "end_reason": data.reason, "ended_as_planned": planned}

    uow.changes.append(FactChange(data.allocation_id, mutate))


def withdrawn(uow: MonitorUnitOfWork, event: CloudEvent) -> None:
    data: ev.AllocationWithdrawn = event.parsed()  # type: ignore[assignment]
    _queue(uow, data, {"withdrawn_at": data.withdrawn_at})


def care_started(uow: MonitorUnitOfWork, event: CloudEvent) -> None:
    data: ev.CareStarted = event.parsed()  # type: ignore[assignment]
    _queue(uow, data, {"started_on": data.started_on})


def care_stopped(uow: MonitorUnitOfWork, event: CloudEvent) -> None:
    data: ev.CareStopped = event.parsed()  # type: ignore[assignment]
    _queue(uow, data, {"stopped_on": data.stopped_on, "stop_reason": data.reason_code,
                       "ended_as_planned": data.ended_as_planned})


HANDLERS = {
    ev.AllocationIssued.event_type: issued, ev.AllocationAccepted.event_type: accepted,
    ev.AllocationRefused.event_type: refused, ev.AllocationAmended.event_type: amended,
    ev.AllocationEnded.event_type: ended, ev.AllocationWithdrawn.event_type: withdrawn,
    ev.CareStarted.event_type: care_started, ev.CareStopped.event_type: care_stopped,
}
