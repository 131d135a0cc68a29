"""Demo data for `make dev`: the read model from synthetic events built from `zorgregio.demo`
(catalogue, admissions, contracts — deterministic ids, so the real events that arrive later
are the same logical facts), then reported availability through the provider handlers.
Idempotent: events already journaled and entries already reported are skipped."""
from __future__ import annotations

import zlib
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select, text
from zorgregio.demo import PRODUCTS, PROVIDERS, DemoProvider
from zorgregio.events import admission as adm
from zorgregio.events import allocation as alloc
from zorgregio.events import contracting as con
from zorgregio.events.common import OrganisationContact, ProductMunicipality
from zorgregio.events.envelope import CloudEvent, EventData
from zorgregio.reference import regions
from zorgregio.runtime import ServiceRuntime
from zorgregio.seed_ids import seed_id

from availability_service.adapters.orm import ConsumedEvent, Entry
from availability_service.domain.vocabulary import specialisms
from availability_service.service_layer import handlers
from availability_service.service_layer.projections import handle_event

SOURCE = "/zorgregio/seed"
START = date(2026, 1, 1)


def _event(data: EventData, key: str) -> CloudEvent:
    return CloudEvent(id=str(seed_id("event", key)), source=SOURCE, type=data.event_type, subject=data.key,
                      data=data.payload())


def _events() -> list[CloudEvent]:
    today = date.today()
    events: list[CloudEvent] = []
    for region in regions().values():
        products = [con.CatalogueProduct(code=p.code, name=p.name, description=p.description, category=p.category,
                                         product_group=p.product_group, unit=p.unit, funding_form=p.funding_form,
                                         residential=p.residential, crucial_function=p.crucial_function,
                                         valid_from=START) for p in PRODUCTS]
        events.append(_event(con.CataloguePublished(region_code=region.code, version=1, effective_on=START,
                                                    products=products), f"catalogue:{region.code}:1"))
    for provider in PROVIDERS:
        lines = [ProductMunicipality(product_code=code, municipality_code=m.code)
                 for code in provider.product_codes for m in regions()[provider.region_code].municipalities]
        events.append(_event(adm.ProviderAdmitted(
            provider_id=provider.id, region_code=provider.region_code, application_id=seed_id("application", provider.name),
            provider_name=provider.name, kvk_number=provider.kvk_number, agb_code=provider.agb_code,
            contact=_contact(provider), admitted=lines, admitted_on=START - timedelta(days=90)),
            f"admitted:{provider.name}"))
        events.append(_event(con.ContractSigned(
            contract_id=seed_id("contract", f"{provider.name}:{provider.region_code}"), provider_id=provider.id,
            region_code=provider.region_code, kind="framework", provider_name=provider.name, lines=lines,
            starts_on=START), f"contract:{provider.name}"))
        events += _allocations(provider, today)
    return events


def _contact(provider: DemoProvider) -> OrganisationContact:
    slug = provider.name.lower().replace(" ", "").replace("-", "")
    return OrganisationContact(phone=provider.phone, email=f"aanmelden@{slug}.nl", website=f"https://www.{slug}.nl",
                               city=provider.city)


def _allocations(provider: DemoProvider, today: date) -> list[CloudEvent]:
    """Measured waits for the first product of every other provider (7 cases: shown, not suppressed)."""
    if _n(provider.name, 2):
        return []
    code, municipality = provider.product_codes[0], regions()[provider.region_code].municipalities[0].code
    events = []
    for i in range(7):
        allocation_id = seed_id("allocation", f"{provider.name}:{i}")
        issued = datetime.combine(today - timedelta(days=70 - i * 6), time(10), UTC)
        common = {"allocation_id": allocation_id, "client_pseudonym": f"seed-{i}", "region_code": provider.region_code,
                      "municipality_code": municipality, "provider_id": provider.id, "product_code": code}
        events.append(_event(alloc.AllocationIssued(
            **common, contract_id=seed_id("contract", f"{provider.name}:{provider.region_code}"),
            product_category=code[:2], volume=alloc.Volume(amount=4, unit="uur", frequency="week"),
            start_date=issued.date(), referrer_type="gemeente (lokaal team)", issued_at=issued),
            f"issued:{allocation_id}"))
        waited = timedelta(days=5 + _n(provider.name, 15) + 3 * i)
        events.append(_event(alloc.CareStarted(**common, started_on=issued.date() + waited),
                             f"started:{allocation_id}"))
    return events


def _n(key: str, modulo: int) -> int:
    return zlib.crc32(key.encode()) % modulo


def _report(provider: DemoProvider, code: str) -> dict:
    key = f"{provider.name}:{code}"
    codes = list(specialisms())
    picked = sorted({codes[_n(key + s, len(codes))] for s in ("a", "b", "c")[: 1 + _n(key, 3)]})
    crisis = code.startswith("46")
    accepting = crisis or _n(key + "acc", 5) != 0
    intake = 0 if crisis else [1, 2, 3, 4, 6, 8, 12, 16, 26][_n(key + "w", 9)]
    age_min = 12 if "uitstroom-verblijf-16-23" in picked else [0, 4, 6][_n(key + "age", 3)]
    return {"location_name": f"{provider.name} {provider.city}", "location_city": provider.city,
            "accepting_new_clients": accepting, "intake_wait_weeks": intake,
            "treatment_wait_weeks": intake + [0, 2, 4, 8][_n(key + "t", 4)],
            "free_places": _n(key + "f", 6) if code.startswith(("43", "44", "46")) else None,
            "bridging_offered": intake > 4, "bridging_description":
                "Wekelijks telefonisch contact en een vast aanspreekpunt tijdens het wachten." if intake > 4 else None,
            "age_min": age_min, "age_max": 23 if "uitstroom-verblijf-16-23" in picked else 18,
            "specialisms": picked, "contra_indications": "Geen acute suïcidaliteit." if code.startswith("45") else None,
            "note": None}


def seed(runtime: ServiceRuntime) -> None:
    with runtime.uow() as uow:
        done = set(uow.session.scalars(select(ConsumedEvent.event_id)))
        for event in _events():
            if event.id not in done:
                handle_event(uow, event)  # type: ignore[arg-type]
        uow.commit()
    for provider in PROVIDERS:
        with runtime.uow() as uow:
            todo = [(e.entry_id, e.product_code) for e in uow.session.scalars(
                select(Entry).where(Entry.provider_id == provider.id, Entry.reported.is_(False)))]
        if not todo:
            continue
        handlers.update_entries(runtime.uow, provider.id, [(entry_id, _report(provider, code)) for entry_id, code in todo])
        stale = [entry_id for entry_id, code in todo if _n(f"{provider.name}:{code}:stale", 4) == 0]
        if stale:  # a few entries nobody confirmed for three weeks
            with runtime.uow() as uow:
                uow.session.execute(text("UPDATE entries SET last_confirmed_at = now() - interval '21 days' "
                                         "WHERE entry_id = ANY(:ids)"), {"ids": stale})
                uow.refresh_search(entry_ids=stale)  # type: ignore[attr-defined]
                uow.commit()
