"""Provider reporting: one function per command. Each opens the unit of work, changes the
entries, rewrites their search rows, records `AvailabilityReported` and commits — so search
shows the change as soon as the provider gets a 2xx."""
from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete
from zorgregio.events.availability import AvailabilityReported

from availability_service.adapters.orm import Entry
from availability_service.adapters.repository import apply_report, report_of
from availability_service.domain.errors import (
    AvailabilityError,
    NotContracted,
    UnknownEntry,
)
from availability_service.domain.model import placeholder_report
from availability_service.service_layer.unit_of_work import AvailabilityUnitOfWork

UowFactory = Callable[[], AvailabilityUnitOfWork]


def _now() -> datetime:
    return datetime.now(UTC)


def _reported(entry: Entry) -> AvailabilityReported:
    return AvailabilityReported(
        entry_id=entry.entry_id, provider_id=entry.provider_id, region_code=entry.region_code,
        product_code=entry.product_code, accepting_new_clients=entry.accepting_new_clients,
        intake_wait_weeks=entry.intake_wait_weeks, treatment_wait_weeks=entry.treatment_wait_weeks,
        free_places=entry.free_places, confirmed_at=entry.last_confirmed_at, location_name=entry.location_name,
        location_city=entry.location_city, bridging_care_offered=entry.bridging_offered, age_min=entry.age_min,
        age_max=entry.age_max, specialisms=list(entry.specialisms or []))


def _confirm(entry: Entry, at: datetime) -> None:
    entry.reported = True
    entry.last_confirmed_at = at
    entry.stale_notified = False


def _own_entry(uow: AvailabilityUnitOfWork, provider_id: uuid.UUID, entry_id: uuid.UUID) -> Entry:
    entry = uow.entries.get(entry_id, lock=True)
    if entry is None or entry.provider_id != provider_id:
        raise UnknownEntry(entry_id)
    return entry


def _check_contracted(uow: AvailabilityUnitOfWork, provider_id: uuid.UUID, product_code: str,
                      field: str = "productCode") -> str:
    """The region the provider is contracted in for this product today."""
    regions = [region for region, product in uow.read_model.contracted_products(provider_id) if product == product_code]
    if not regions:
        raise NotContracted(field, "not-contracted",
                            f"Er is geen lopend contract voor product {product_code}; melden kan alleen voor "
                            "gecontracteerde producten.")
    return regions[0]


def create_entry(uow_factory: UowFactory, provider_id: uuid.UUID, product_code: str, changes: dict[str, Any],
                 idempotency: Any = None) -> uuid.UUID:
    """A new entry (e.g. another location); with an `IdempotencyKey`, a retry gets the first one."""
    with uow_factory() as uow:
        if idempotency is not None and (previous := idempotency.previous(uow.session)) is not None:
            return uuid.UUID(previous["id"])
        region_code = _check_contracted(uow, provider_id, product_code)
        provider = uow.read_model.provider(provider_id)
        report = placeholder_report(provider and provider.city).merged(changes).check()
        entry = Entry(entry_id=uuid.uuid4(), provider_id=provider_id, region_code=region_code,
                      product_code=product_code, stale_notified=False)
        apply_report(entry, report)
        _confirm(entry, _now())
        # The unknown placeholder for this product makes way for the real report.
        uow.session.execute(delete(Entry).where(Entry.provider_id == provider_id, Entry.region_code == region_code,
                                                Entry.product_code == product_code, Entry.reported.is_(False)))
        uow.entries.add(entry)
        uow.session.flush()
        uow.refresh_search(provider_ids=[provider_id])
        uow.emit(_reported(entry))
        if idempotency is not None:
            idempotency.remember(uow.session, {"id": str(entry.entry_id)})
        uow.commit()
        return entry.entry_id


def update_entries(uow_factory: UowFactory, provider_id: uuid.UUID,
                   changes_by_entry: list[tuple[uuid.UUID, dict[str, Any]]], *, field_prefix: str = "") -> list[uuid.UUID]:
    """Apply each change set to its entry and confirm it; all or nothing. A refused value names its
    field, prefixed (`entries[2].`) in a bulk update."""
    with uow_factory() as uow:
        now = _now()
        touched: list[Entry] = []
        for index, (entry_id, changes) in enumerate(changes_by_entry):
            prefix = field_prefix.format(index=index)
            entry = _own_entry(uow, provider_id, entry_id)
            try:
                _check_contracted(uow, provider_id, entry.product_code, field="entryId")
                report = report_of(entry).merged(changes).check()
            except AvailabilityError as error:
                error.field = prefix + error.field
                raise
            apply_report(entry, report)
            _confirm(entry, now)
            touched.append(entry)
        uow.session.flush()
        uow.refresh_search(entry_ids=[e.entry_id for e in touched])
        for entry in touched:
            uow.emit(_reported(entry))
        uow.commit()
        return [e.entry_id for e in touched]


def confirm_entries(uow_factory: UowFactory, provider_id: uuid.UUID, entry_ids: list[uuid.UUID] | None) -> list[uuid.UUID]:
    """"Still correct": confirm the given entries, or (None) all of the provider's entries."""
    with uow_factory() as uow:
        entries = ([_own_entry(uow, provider_id, entry_id) for entry_id in entry_ids] if entry_ids is not None
                   else uow.entries.for_provider(provider_id, lock=True))
        now = _now()
        for entry in entries:
            _confirm(entry, now)
        uow.session.flush()
        uow.refresh_search(entry_ids=[e.entry_id for e in entries])
        for entry in entries:
            uow.emit(_reported(entry))
        uow.commit()
        return [e.entry_id for e in entries]
