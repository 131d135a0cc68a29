"""Demo data for `make dev`, written through the same handlers as the API (so events flow):
per region the demo catalogue with the region's segments/care types and tariffs (indexed for
this year), version 1 published; the demo providers' framework agreements created by the
provider.admitted consumer and signed; and a year of allocations with accepted, started and
stopped dates spread so measured waits look real. Idempotent: a second run changes nothing."""
from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from zorgregio.bsn import random_bsn
from zorgregio.demo import PRODUCTS, PROVIDERS
from zorgregio.events.admission import ProviderAdmitted
from zorgregio.events.common import OrganisationContact, ProductMunicipality
from zorgregio.events.envelope import CloudEvent
from zorgregio.reference import regions
from zorgregio.runtime import ServiceRuntime
from zorgregio.security.principal import Principal, Role
from zorgregio.seed_ids import seed_id

from contract_service import consumers
from contract_service.adapters import orm
from contract_service.bootstrap import context
from contract_service.domain.allocation import Volume
from contract_service.domain.commands import ChangeAllocation, Client, IssueAllocation
from contract_service.domain.errors import DomainError
from contract_service.service_layer import (
    allocations,
    catalogue,
    contracts,
    lifecycle,
    tariffs,
)
from contract_service.service_layer.unit_of_work import Context

SEED = Principal(subject="seed", role=Role.ADMIN, name="Demo-gegevens")
ALLOCATIONS = 420
# The regions' own groupings (catalogue-structure.json) per iJw category.
SEGMENTS = {
    "NV": {"41": "3 Dagbesteding / dagbehandeling", "42": "4 Specialistisch / veel voorkomend (ambulant, poliklinisch)",
           "43": "2 Wonen", "44": "2 Wonen", "45": "4 Specialistisch / veel voorkomend (ambulant, poliklinisch)",
           "46": "5 Crisis"},
    "ZOU": {"41": "Ambulant & Respijtzorg", "42": "Ambulant & Respijtzorg", "43": "Jeugd Verblijf",
            "44": "Ambulant & Respijtzorg", "45": "Ambulant & Respijtzorg", "46": "Crisis"},
}
CARE_TYPES_CG = {"41": "Groepsbegeleiding", "42": "Begeleiding", "43": "Verblijf", "44": "Verblijf",
                 "45": "Behandeling", "46": "Verblijf"}
FIRST = ["Daan", "Emma", "Sem", "Julia", "Noah", "Mila", "Liam", "Tess", "Finn", "Sara", "Luuk", "Zoë", "Milan",
         "Nora", "Levi", "Evi", "Bram", "Lotte", "Jesse", "Saar"]
LAST = ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
        "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra"]


def seed(runtime: ServiceRuntime) -> None:
    ctx = context(runtime)
    year_start = date(ctx.today().year - 1, 1, 1)
    for region in regions():
        seed_catalogue(ctx, region, year_start)
    for provider in PROVIDERS:
        seed_contract(ctx, provider, year_start)
    seed_allocations(ctx)


def seed_catalogue(ctx: Context, region: str, valid_from: date) -> None:
    with ctx.uow() as uow:
        existing = {p.code for p in uow.repo.products(region)}
        published = uow.repo.last_catalogue_version(region)
    for p in PRODUCTS:
        if p.code in existing:
            continue
        catalogue.add_product(ctx, region, {
            "code": p.code, "name": p.name, "description": p.description, "category": p.category,
            "segment": SEGMENTS.get(region, {}).get(p.category) if not p.crucial_function or region != "ZOU"
            else "Essentiële functies",
            "product_group": p.product_group, "care_type": CARE_TYPES_CG.get(p.category) if region == "CG" else None,
            "unit": p.unit, "funding_form": p.funding_form, "crucial_function": p.crucial_function,
            "residential": p.residential, "purchase_level": "regionaal", "valid_from": valid_from}, SEED)
        tariffs.set_tariff(ctx, region, p.code, Decimal(p.tariff_eur), valid_from)
    this_year = date(valid_from.year + 1, 1, 1)
    with ctx.uow() as uow:
        indexed = any(t.valid_from == this_year for t in uow.repo.tariffs(region, PRODUCTS[0].code))
    if not indexed:
        tariffs.index_tariffs(ctx, region, Decimal("3.2"), this_year)
    if not published:
        catalogue.publish(ctx, region, valid_from, SEED)


def seed_contract(ctx: Context, provider, admitted_on: date) -> None:
    municipalities = [m.code for m in regions()[provider.region_code].municipalities]
    data = ProviderAdmitted(
        provider_id=provider.id, region_code=provider.region_code,
        application_id=seed_id("application", provider.name), provider_name=provider.name,
        kvk_number=provider.kvk_number, agb_code=provider.agb_code,
        contact=OrganisationContact(phone=provider.phone, city=provider.city),
        admitted=[ProductMunicipality(product_code=p, municipality_code=m)
                  for p in provider.product_codes for m in municipalities], admitted_on=admitted_on)
    event = CloudEvent.wrap(data, source="/zorgregio/admission").model_copy(
        update={"id": str(seed_id("event", f"provider.admitted:{provider.name}"))})
    with ctx.uow() as uow:  # through the consumer's handler, recorded in its inbox like a delivered event
        if uow.record_inbox(ctx.settings.service_name, event):
            consumers.provider_admitted(ctx, uow, event)
        uow.commit()
    contract_id = consumers.framework_id(provider.id, provider.region_code)
    with ctx.uow() as uow:
        draft = (c := uow.repo.contract(contract_id)) is not None and c.status == "draft"
    if draft:
        contracts.sign(ctx, contract_id, SEED)


def _volume(product) -> Volume:
    if product.funding_form == "outputgericht":
        return Volume(Decimal(1), product.unit, "totaal")
    return {"uur": Volume(Decimal(random.choice([2, 3, 4, 6])), "uur", "per_week"),
            "dagdeel": Volume(Decimal(random.choice([2, 3, 4])), "dagdeel", "per_week"),
            "etmaal": Volume(Decimal(7), "etmaal", "per_week"),
            "stuk": Volume(Decimal(10), "stuk", "per_maand")}[product.unit]


def _wait_days(product, rng: random.Random) -> int:
    """Days from allocation to care start: crisis at once, residential and specialist care slower."""
    if product.category == "46":
        return rng.randint(0, 2)
    if product.residential:
        return int(rng.triangular(20, 160, 60))
    if product.code in ("45A10", "45A48"):
        return int(rng.triangular(14, 150, 55))
    return int(rng.triangular(5, 90, 28))


def seed_allocations(ctx: Context) -> None:
    with ctx.uow() as uow:
        if uow.session.scalar(select(func.count()).where(orm.Allocation.issued_by == SEED.subject)):
            return
    rng = random.Random(2026)
    random.seed(2026)
    products = {p.code: p for p in PRODUCTS}
    now = ctx.clock()
    today = now.date()
    for _ in range(ALLOCATIONS):
        provider = rng.choice(PROVIDERS)
        product = products[rng.choice(provider.product_codes)]
        municipality = rng.choice(regions()[provider.region_code].municipalities).code
        issued = today - timedelta(days=rng.randint(3, 365))
        at = datetime.combine(issued, time(rng.randint(8, 16), rng.randint(0, 59)), UTC)
        end = issued + timedelta(days=rng.choice([90, 182, 273, 365]))
        cmd = IssueAllocation(
            municipality_code=municipality,
            client=Client(random_bsn(rng), f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                          today - timedelta(days=rng.randint(365 * 2, 365 * 17))),
            product_code=product.code, provider_id=provider.id, volume=_volume(product), start_date=issued,
            end_date=end, referrer_type=rng.choice(["01", "01", "01", "02", "02", "03", "04", "05"]),
            reason="Ondersteuning volgens het gezinsplan", at=at)
        try:
            allocation_id, _ = allocations.issue(ctx, cmd, SEED)
        except DomainError:  # e.g. admission admitted this provider later than the seed assumes
            continue
        _lifecycle(ctx, rng, allocation_id, product, issued, end, at, today)


def _lifecycle(ctx: Context, rng: random.Random, allocation_id: uuid.UUID, product, issued: date, end: date,
               at: datetime, today: date) -> None:
    def change(action: str, day: date, **values) -> None:
        when = datetime.combine(day, time(10, 0), UTC)
        lifecycle.change(ctx, ChangeAllocation(allocation_id=allocation_id, action=action, at=when, **values), SEED)

    roll = rng.random()
    answer_day = issued + timedelta(days=rng.randint(0, 6))
    if answer_day > today:
        return
    if roll < 0.05:
        change("refuse", answer_day, reason="Geen passend aanbod op dit moment")
        return
    if roll < 0.08:
        change("withdraw", answer_day, reason="Cliënt elders geholpen")
        return
    change("accept", answer_day)
    started = max(issued + timedelta(days=_wait_days(product, rng)), answer_day)
    if started > today or started > end:
        return
    change("start_care", started, on=started)
    if end < today:
        code = "02" if rng.random() < 0.85 else rng.choice(["05", "11", "08"])
        change("stop_care", end, on=end, reason_code=code)
    elif rng.random() < 0.08:
        stop = started + timedelta(days=rng.randint(14, 60))
        if stop < today:
            change("end", stop, on=stop, reason="Doelen eerder bereikt")
            change("stop_care", stop, on=stop, reason_code="03")
