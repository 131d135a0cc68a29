"""A known event history with hand-computed figures (see the comments per allocation)."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from zorgregio.events import admission as adm
from zorgregio.events import allocation as al
from zorgregio.events import availability as av
from zorgregio.events import contracting as co
from zorgregio.events.common import OrganisationContact, ProductMunicipality
from zorgregio.events.envelope import CloudEvent, EventData

REGION, MUNI, OTHER_MUNI = "MIJOV", "0200", "0213"
P1 = uuid.UUID("00000000-0000-0000-0000-0000000000a1")
P2 = uuid.UUID("00000000-0000-0000-0000-0000000000a2")
A = {n: uuid.UUID(f"00000000-0000-0000-0000-00000000010{n}") for n in range(1, 7)}
C1, C2 = uuid.UUID(int=501), uuid.UUID(int=502)


def at(day: str) -> datetime:
    return datetime.fromisoformat(day + "T10:00:00+00:00")


def wrap(data: EventData) -> CloudEvent:
    return CloudEvent.wrap(data, source="/zorgregio/test")


def catalogue() -> co.CataloguePublished:
    def product(code, name, group, unit, funding, residential):
        return co.CatalogueProduct(code=code, name=name, category=code[:2], product_group=group, unit=unit,
                                   funding_form=funding, residential=residential, valid_from=date(2024, 1, 1))
    return co.CataloguePublished(region_code=REGION, version=1, effective_on=date(2024, 1, 1), products=[
        product("45A01", "Begeleiding individueel", "Begeleiding individueel", "uur", "inspanningsgericht", False),
        product("43A20", "Gezinshuis", "Verblijf/Wonen", "etmaal", "taakgericht", True)])


def base(n: int, client: str, product: str) -> dict:
    return {"allocation_id": A[n], "client_pseudonym": client, "region_code": REGION, "municipality_code": MUNI,
                "provider_id": P1, "product_code": product}


def issued(n, client, product, day, amount, frequency, start, end=None) -> al.AllocationIssued:
    return al.AllocationIssued(**base(n, client, product), contract_id=C1, product_category=product[:2],
                               volume=al.Volume(amount=Decimal(amount), unit="uur", frequency=frequency),
                               start_date=date.fromisoformat(start),
                               end_date=date.fromisoformat(end) if end else None,
                               referrer_type="01", issued_at=at(day))


def history() -> list[EventData]:
    """A1 c1 45A01: issued 10 Jan, started 20 Jan (wait 10), stopped 10 Mar as planned (49 days:
       12 in Jan, 28 in Feb, 9 in Mar); 4 h/week × €68.40 from 15 Jan to 10 Mar.
    A2 c2 45A01: issued 20 Jan, started 5 Feb (wait 16), ended by the municipality 15 Apr (69 days);
       2 h/week from 1 Feb.
    A3 c1 43A20 (residential): issued 1 Feb, started 3 Feb (wait 2), still running -> stacked with A1.
    A4 c3 45A01: issued 5 Mar, withdrawn 6 Mar.
    A5 c4 43A20: issued 5 Jan, started 5 Jan (wait 0), stopped 31 Jan as planned (26 days).
    A6 c4 43A20: issued 1 Jun, started 10 Jun (wait 9): re-allocated to residential within 12 months."""
    return [
        catalogue(),
        co.TariffChanged(region_code=REGION, product_code="45A01", tariff_id=uuid.UUID(int=1), amount=Decimal("68.40"),
                         unit="uur", valid_from=date(2025, 1, 1)),
        co.TariffChanged(region_code=REGION, product_code="43A20", tariff_id=uuid.UUID(int=2),
                         amount=Decimal("182.50"), unit="etmaal", valid_from=date(2025, 1, 1)),
        co.ContractSigned(contract_id=C1, provider_id=P1, region_code=REGION, kind="framework", provider_name="P een",
                          lines=[ProductMunicipality(product_code="45A01", municipality_code=MUNI),
                                 ProductMunicipality(product_code="43A20", municipality_code=MUNI)],
                          starts_on=date(2024, 1, 1)),
        co.ContractSigned(contract_id=C2, provider_id=P2, region_code=REGION, kind="framework", provider_name="P twee",
                          lines=[ProductMunicipality(product_code="45A01", municipality_code=OTHER_MUNI)],
                          starts_on=date(2024, 1, 1)),
        co.BudgetCeilingSet(region_code=REGION, municipality_code=MUNI, year=2025, amount=Decimal(10000)),
        issued(1, "c1", "45A01", "2025-01-10", "4", "per_week", "2025-01-15", "2025-03-31"),
        al.CareStarted(**base(1, "c1", "45A01"), started_on=date(2025, 1, 20)),
        al.CareStopped(**base(1, "c1", "45A01"), stopped_on=date(2025, 3, 10), reason_code="02",
                       ended_as_planned=True),
        issued(2, "c2", "45A01", "2025-01-20", "2", "per_week", "2025-02-01"),
        al.AllocationAccepted(**base(2, "c2", "45A01"), accepted_at=at("2025-01-21")),
        al.CareStarted(**base(2, "c2", "45A01"), started_on=date(2025, 2, 5)),
        al.AllocationEnded(**base(2, "c2", "45A01"), ended_on=date(2025, 4, 15), reason="heroverweging"),
        issued(3, "c1", "43A20", "2025-02-01", "1", "per_dag", "2025-02-01", "2025-12-31"),
        al.CareStarted(**base(3, "c1", "43A20"), started_on=date(2025, 2, 3)),
        issued(4, "c3", "45A01", "2025-03-05", "3", "per_week", "2025-03-10"),
        al.AllocationWithdrawn(**base(4, "c3", "45A01"), withdrawn_at=at("2025-03-06"), reason="dubbel"),
        issued(5, "c4", "43A20", "2025-01-05", "1", "per_dag", "2025-01-05", "2025-01-31"),
        al.CareStarted(**base(5, "c4", "43A20"), started_on=date(2025, 1, 5)),
        al.CareStopped(**base(5, "c4", "43A20"), stopped_on=date(2025, 1, 31), reason_code="02",
                       ended_as_planned=True),
        issued(6, "c4", "43A20", "2025-06-01", "1", "per_dag", "2025-06-01", "2025-12-31"),
        al.CareStarted(**base(6, "c4", "43A20"), started_on=date(2025, 6, 10)),
        av.AvailabilityReported(entry_id=uuid.UUID(int=701), provider_id=P1, region_code=REGION, product_code="45A01",
                                accepting_new_clients=True, intake_wait_weeks=3, treatment_wait_weeks=8,
                                confirmed_at=at("2025-03-01")),
        av.AvailabilityStale(entry_id=uuid.UUID(int=702), provider_id=P1, region_code=REGION, product_code="43A20",
                             last_confirmed_at=at("2025-01-01"), update_period_days=30),
        av.SupplyGapDetected(region_code=REGION, municipality_code=MUNI, product_code="43A20", norm_weeks=0,
                             detected_at=at("2025-04-01")),
        adm.ApplicationSubmitted(provider_id=P2, region_code=REGION, application_id=uuid.UUID(int=801),
                                 product_codes=["45A01"], product_groups=["Begeleiding individueel"],
                                 municipality_codes=[OTHER_MUNI], submitted_at=at("2025-01-10")),
        adm.ProviderAdmitted(provider_id=P2, region_code=REGION, application_id=uuid.UUID(int=801),
                             provider_name="P twee", kvk_number="12345678", agb_code="12345678",
                             contact=OrganisationContact(), admitted=[], admitted_on=date(2025, 2, 9)),
        adm.ApplicationSubmitted(provider_id=P1, region_code=REGION, application_id=uuid.UUID(int=802),
                                 product_codes=["43A20"], product_groups=["Verblijf/Wonen"],
                                 municipality_codes=[MUNI], submitted_at=at("2025-01-15")),
        adm.ApplicationRejected(provider_id=P1, region_code=REGION, application_id=uuid.UUID(int=802),
                                reasons=["geen VOG"], decided_at=at("2025-01-25")),
    ]


ALLOCATION_EVENTS = 16  # allocation events in `history()`, all in municipality 0200
