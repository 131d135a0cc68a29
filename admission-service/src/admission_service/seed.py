"""Demo data for `make dev`, written through the same handlers as the API (so events flow):
the four regions' requirements and intake windows, the demo providers with an admitted
application each (their product codes × every municipality of their region), and a few
applications in other states. Idempotent: deterministic ids, and each step only when due."""
from __future__ import annotations

from datetime import date, timedelta

from zorgregio.demo import PROVIDERS, DemoProvider
from zorgregio.runtime import ServiceRuntime
from zorgregio.security.principal import Principal, Role
from zorgregio.seed_ids import seed_id

from admission_service import views_detail
from admission_service.catalogue import region_rules, seed_requirements
from admission_service.domain.application import Status, Verdict
from admission_service.domain.enforcement import EnforcementKind
from admission_service.domain.model import EvidenceType, Layer, WindowKind
from admission_service.service_layer import (
    applications,
    assessment,
    catalogue,
    enforcement,
    providers,
)

PDF = b"%PDF-1.4\n% Zorgregio demo-bewijsstuk\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
# (provider, products, target status, note) beyond each provider's admitted application
EXTRA = (
    ("Jeugdhulp De Linde", ("45A48",), Status.SUBMITTED, ""),
    ("Praktijk Boomhut", ("44A15",), Status.SCREENING, "VOG ontbreekt voor de logeerouders"),
    ("Stichting Samen Sterk", ("43A20",), Status.DIALOGUE, "Eerste dialoogtafel: visie op gezinshuizen"),
    ("Vervoersdienst Jeugd Oost", ("46A01",), Status.REJECTED, "Geen ervaring met crisisopvang aangetoond"),
)
ORDER = [Status.SUBMITTED, Status.SCREENING, Status.DIALOGUE, Status.ADMITTED]


def staff(region: str) -> Principal:
    return Principal(subject=f"seed-beoordelaar-{region.lower()}", role=Role.REGION_ASSESSOR, region_code=region,
                     name=f"Beoordelaar {region}")


def provider_user(p: DemoProvider) -> Principal:
    return Principal(subject=f"seed-{p.id}", role=Role.PROVIDER, provider_id=p.id, name=p.name)


def seed(runtime: ServiceRuntime) -> None:
    today = date.today()
    for region, items in seed_requirements().items():
        for item in items:
            requirement_id = seed_id("requirement", f"{region}:{item['code']}")
            with runtime.uow() as uow:
                if uow.requirements.get(requirement_id) is not None:
                    continue
            catalogue.save_requirement(runtime.uow, staff(region), region_code=region, code=item["code"],
                                       title=item["title"], layer=Layer(item["layer"]),
                                       evidence_type=EvidenceType(item["evidenceType"]), expires=item["expires"],
                                       scope=item.get("scope"), description=item.get("description", ""),
                                       requirement_id=requirement_id)
    for region, rules in region_rules().items():
        with runtime.uow() as uow:
            known = {w.id for w in uow.windows.for_region(region)}
        for year in (today.year - 1, today.year):
            for window in rules.intake_windows:
                window_id = seed_id("intake-window", f"{region}:{year}:{window['opens']}")
                if window_id not in known:
                    catalogue.open_window(runtime.uow, staff(region), region_code=region, kind=WindowKind.REGULAR,
                                          opens_on=date.fromisoformat(f"{year}-{window['opens']}"),
                                          closes_on=date.fromisoformat(f"{year}-{window['closes']}"),
                                          product_group=None, name=f"{window['name']} {year}", window_id=window_id)
    _close_group(runtime, "MIJOV", "0244", "Vervoer plus", "Voldoende aanbod vervoer in Hattem (norm: 3 aanbieders).")
    by_name = {p.name: p for p in PROVIDERS}
    for p in sorted(PROVIDERS, key=lambda p: p.main_contractor is not None):
        _provider(runtime, p, by_name)
    # admitted after last year's window, from 1 January (the application id the other seeds use)
    for p in PROVIDERS:
        _application(runtime, p, p.name, p.product_codes, Status.ADMITTED, "", today.year - 1)
    for name, products, target, note in EXTRA:
        p = by_name[name]
        _application(runtime, p, f"{p.name}:{'-'.join(products)}", products, target, note, today.year)
    _improvement_offer(runtime, by_name["Zorgboerderij De Hoeve"], today)


def _close_group(runtime, region: str, municipality: str, group: str, reason: str) -> None:
    closed_id = seed_id("closed-group", f"{municipality}:{group}")
    with runtime.uow() as uow:
        if any(c.id == closed_id for c in uow.windows.closed_groups(region)):
            return
    catalogue.close_group(runtime.uow, staff(region), region_code=region, municipality_code=municipality,
                          product_group=group, closed_on=date.today(), reason=reason, closed_id=closed_id)


def _provider(runtime, p: DemoProvider, by_name: dict[str, DemoProvider]) -> None:
    with runtime.uow() as uow:
        if uow.providers.get(p.id) is not None:
            return
    slug = p.name.lower().replace(" ", "")
    providers.register_provider(
        runtime.uow, staff(p.region_code), provider_id=p.id, name=p.name, kvk_number=p.kvk_number,
        agb_code=p.agb_code, addresses=[{"kind": "visit", "street": "Hoofdstraat", "houseNumber": "1",
                                         "postalCode": "7311 AA", "city": p.city}],
        contacts=[{"name": "Secretariaat", "role": "aanmeldingen", "email": f"info@{slug}.example", "phone": p.phone}],
        public_contact={"phone": p.phone, "email": f"info@{slug}.example", "website": f"https://{slug}.example",
                        "city": p.city},
        main_contractor_id=by_name[p.main_contractor].id if p.main_contractor else None)


def _application(runtime, p: DemoProvider, key: str, products: tuple[str, ...], target: Status, note: str,
                 year: int) -> None:
    app_id = seed_id("application", key)
    region, rules = p.region_code, region_rules()[p.region_code]
    with runtime.uow() as uow:
        app = uow.applications.get(app_id)
    if app is None:
        first = min(rules.intake_windows, key=lambda w: w["opens"])
        applications.submit_application(
            runtime.uow, provider_user(p), provider_id=p.id, region_code=region, product_codes=list(products),
            product_groups_=[], municipality_codes=list(rules.municipality_codes), application_id=app_id,
            on=date.fromisoformat(f"{year}-{first['opens']}"))
        status = Status.SUBMITTED
    else:
        status = app.status
    if status is Status.SUBMITTED and target is not Status.SUBMITTED:
        _evidence(runtime, p, app_id)
        assessment.start_screening(runtime.uow, staff(region), app_id)
        status = Status.SCREENING
    if status is Status.SCREENING and target is not Status.SCREENING:
        _verdicts(runtime, region, app_id, reject_one="")
        if target is Status.REJECTED:
            assessment.reject(runtime.uow, staff(region), app_id, reasons=[note])
            return
        assessment.move_to_dialogue(runtime.uow, staff(region), app_id)
        assessment.record_dialogue_session(runtime.uow, staff(region), app_id, held_on=date.today(),
                                           notes=note or "Dialoogtafel: werkwijze en samenwerking in de wijk")
        status = Status.DIALOGUE
    elif status is Status.SCREENING and target is Status.SCREENING:
        _verdicts(runtime, region, app_id, reject_one=note)
    if status is Status.DIALOGUE and target is Status.ADMITTED:
        assessment.admit(runtime.uow, staff(region), app_id, reasons=["Voldoet aan het programma van eisen"],
                         admitted_on=date(year + 1, 1, 1))


def _evidence(runtime, p: DemoProvider, app_id) -> None:
    with runtime.session_factory() as session:
        detail = views_detail.application(session, app_id)
    # one provider's VOG ends soon, so the expiring-evidence signal shows in the demo
    soon = p.name == "Jeugdhulp De Linde"
    for req in detail["requirements"]:
        if req["evidence_count"]:
            continue
        until = (date.today() + timedelta(days=45 if soon else 365)) if req["expires"] else None
        applications.add_evidence(runtime.uow, provider_user(p), app_id, requirement_code=req["code"],
                                  filename=f"{req['evidence_type'].value}.pdf", content=PDF, max_bytes=len(PDF) + 1,
                                  valid_until=until,
                                  evidence_id=seed_id("evidence", f"{app_id}:{req['code']}"))


def _verdicts(runtime, region: str, app_id, reject_one: str) -> None:
    with runtime.session_factory() as session:
        requirements = views_detail.application(session, app_id)["requirements"]
    for i, req in enumerate(requirements):
        if req["verdict"] is not None:
            continue
        rejected = bool(reject_one) and i == len(requirements) - 1
        assessment.record_verdict(runtime.uow, staff(region), app_id, requirement_code=req["code"],
                                  verdict=Verdict.REJECTED if rejected else Verdict.APPROVED,
                                  reason=reject_one if rejected else "")


def _improvement_offer(runtime, p: DemoProvider, today: date) -> None:
    with runtime.uow() as uow:
        if uow.enforcements.for_provider(p.id, p.region_code):
            return
    enforcement.impose_enforcement(runtime.uow, staff(p.region_code), p.id, region_code=p.region_code,
                                   kind=EnforcementKind.IMPROVEMENT_OFFER, starts_on=today,
                                   ends_on=today + timedelta(days=90),
                                   reason="Wachttijden niet tijdig bijgewerkt; herstel binnen 90 dagen.")


