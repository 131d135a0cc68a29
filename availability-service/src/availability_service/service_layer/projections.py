"""How each consumed event changes the read model. `project` only applies the event and says
which search rows it affects; the consumer (and a rebuild) decide when to refresh them."""
from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from zorgregio.events import admission as adm
from zorgregio.events import allocation as alloc
from zorgregio.events import contracting as con
from zorgregio.events.envelope import CloudEvent, EventData

from availability_service.domain.model import placeholder_entry_id, placeholder_report
from availability_service.service_layer.unit_of_work import AvailabilityUnitOfWork


@dataclass
class Affected:
    provider_ids: set[uuid.UUID] = field(default_factory=set)
    region_codes: set[str] = field(default_factory=set)

    def scope(self) -> dict[str, object]:
        return {"provider_ids": self.provider_ids, "region_codes": self.region_codes}


def _catalogue(uow: AvailabilityUnitOfWork, e: con.CataloguePublished) -> Affected:
    products = [{"code": p.code, "name": p.name, "description": p.description, "category": p.category,
                 "product_group": p.product_group, "segment": p.segment,
                 "opted_out_municipalities": list(p.opted_out_municipalities)}
                for p in e.products if p.replaced_by is None]
    changed = uow.read_model.replace_catalogue(e.region_code, e.version, products)
    return Affected(region_codes={e.region_code} if changed else set())


def _admitted(uow: AvailabilityUnitOfWork, e: adm.ProviderAdmitted) -> Affected:
    uow.read_model.upsert_provider(e.provider_id, e.region_code, e.provider_name, e.contact.model_dump())
    return Affected({e.provider_id})


def _ensure_placeholders(uow: AvailabilityUnitOfWork, provider_id: uuid.UUID) -> None:
    """A contracted product the provider has not reported on yet still shows, as unknown."""
    provider = uow.read_model.provider(provider_id)
    for region_code, product_code in uow.read_model.contracted_ever(provider_id):
        if not uow.entries.has_entry_for(provider_id, region_code, product_code):
            uow.entries.add_placeholder(placeholder_entry_id(provider_id, product_code, region_code), provider_id,
                                        region_code, product_code, placeholder_report(provider and provider.city))


def _signed(uow: AvailabilityUnitOfWork, e: con.ContractSigned) -> Affected:
    if uow.read_model.provider(e.provider_id) is None:
        uow.read_model.upsert_provider(e.provider_id, e.region_code, e.provider_name)
    uow.read_model.replace_lines(e.contract_id, e.provider_id, e.region_code,
                                 [(line.product_code, line.municipality_code) for line in e.lines],
                                 e.starts_on, e.ends_on)
    _ensure_placeholders(uow, e.provider_id)
    return Affected({e.provider_id})


def _amended(uow: AvailabilityUnitOfWork, e: con.ContractAmended) -> Affected:
    uow.read_model.amend_lines(e.contract_id, e.provider_id, e.region_code,
                               [(line.product_code, line.municipality_code) for line in e.lines], e.effective_on,
                               e.ends_on)
    _ensure_placeholders(uow, e.provider_id)
    return Affected({e.provider_id})


def _terminated(uow: AvailabilityUnitOfWork, e: con.ContractTerminated) -> Affected:
    uow.read_model.terminate(e.contract_id, e.terminated_on)
    return Affected({e.provider_id})


def _flag(column: str, add: bool) -> Callable[[AvailabilityUnitOfWork, EventData], Affected]:
    def apply(uow: AvailabilityUnitOfWork, e: EventData) -> Affected:
        enforcement_id = str(e.enforcement_id)  # type: ignore[attr-defined]
        uow.read_model.change_flags(e.provider_id, e.region_code, column, enforcement_id, add)  # type: ignore[attr-defined]
        return Affected({e.provider_id})  # type: ignore[attr-defined]

    return apply


def _exited(uow: AvailabilityUnitOfWork, e: adm.ProviderExited) -> Affected:
    uow.read_model.exit_provider(e.provider_id, e.region_code, list(e.municipality_codes))
    return Affected({e.provider_id})


def _issued(uow: AvailabilityUnitOfWork, e: alloc.AllocationIssued) -> Affected:
    uow.read_model.record_issued(e.allocation_id, e.provider_id, e.product_code, e.issued_at)
    return Affected({e.provider_id})


def _started(uow: AvailabilityUnitOfWork, e: alloc.CareStarted) -> Affected:
    uow.read_model.record_started(e.allocation_id, e.provider_id, e.product_code, e.started_on)
    return Affected({e.provider_id})


PROJECTIONS: dict[type[EventData], Callable[[AvailabilityUnitOfWork, EventData], Affected]] = {
    con.CataloguePublished: _catalogue,  # type: ignore[dict-item]
    adm.ProviderAdmitted: _admitted,  # type: ignore[dict-item]
    con.ContractSigned: _signed,  # type: ignore[dict-item]
    con.ContractAmended: _amended,  # type: ignore[dict-item]
    con.ContractTerminated: _terminated,  # type: ignore[dict-item]
    adm.ClientStopStarted: _flag("client_stops", True),
    adm.ClientStopLifted: _flag("client_stops", False),
    adm.ProviderSuspended: _flag("suspensions", True),
    adm.SuspensionLifted: _flag("suspensions", False),
    adm.ProviderExited: _exited,  # type: ignore[dict-item]
    alloc.AllocationIssued: _issued,  # type: ignore[dict-item]
    alloc.CareStarted: _started,  # type: ignore[dict-item]
}
CONSUMED_TYPES = {cls.event_type: cls for cls in PROJECTIONS}


def project(uow: AvailabilityUnitOfWork, event: CloudEvent) -> Affected:
    """Apply one event to the read model and journal it (so a rebuild can replay it)."""
    data = event.parsed()
    uow.read_model.journal(event.id, event.type, event.model_dump(mode="json", exclude_none=True))
    return PROJECTIONS[type(data)](uow, data)


def handle_event(uow: AvailabilityUnitOfWork, event: CloudEvent) -> None:
    """Consumer handler: apply the event and rewrite the search rows it affects, in one transaction."""
    affected = project(uow, event)
    uow.refresh_search(**affected.scope())
