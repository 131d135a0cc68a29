"""The read model follows the events on the real broker, and a rebuild gives the same model."""
from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from availability_service.service_layer.rebuild import rebuild
from conftest import REGION, entries_of, report, search, wait_until
from sqlalchemy import text
from zorgregio.events import admission as adm
from zorgregio.events import contracting as con


def _available(svc, provider_id) -> list[bool]:
    return [e["available"] for e in entries_of(svc, provider_id)]


def test_update_visible_and_client_stop_removes_from_available(svc, bus, contracted, issuer):
    provider = contracted(products=("45A10",))
    entry_id = entries_of(svc, provider.id)[0]["entryId"]
    before = search(svc, municipality="0355", q=provider.name)["items"]  # now in the search cache
    assert [(i["entryId"], i["intakeWaitWeeks"], i["available"]) for i in before] == [(entry_id, None, False)]
    accepting_before = search(svc, q=provider.name, acceptingNow="true")["items"]
    assert accepting_before == []

    response = svc.client.put(svc.api(f"/providers/{provider.id}/entries/{entry_id}"),
                              json=report(intakeWaitWeeks=2), headers=provider.headers(issuer))
    assert response.status_code == 200, response.text
    found = search(svc, municipality="0355", q=provider.name)["items"]
    assert [(i["entryId"], i["intakeWaitWeeks"], i["available"]) for i in found] == [(entry_id, 2, True)]
    assert len(search(svc, q=provider.name, acceptingNow="true")["items"]) == 1  # cached before, now 1

    enforcement = uuid.uuid4()
    bus.publish(adm.ClientStopStarted(provider_id=provider.id, region_code=REGION, enforcement_id=enforcement,
                                      starts_on=date.today(), reason="Kwaliteit"))
    wait_until(lambda: _available(svc, provider.id) == [False])
    assert search(svc, q=provider.name, acceptingNow="true")["items"] == []
    still = search(svc, q=provider.name)["items"]
    assert still[0]["acceptingNewClients"] is True and still[0]["available"] is False

    bus.publish(adm.ClientStopLifted(provider_id=provider.id, region_code=REGION, enforcement_id=enforcement,
                                     lifted_on=date.today()))
    wait_until(lambda: _available(svc, provider.id) == [True])

    suspension = uuid.uuid4()
    bus.publish(adm.ProviderSuspended(provider_id=provider.id, region_code=REGION, enforcement_id=suspension,
                                      starts_on=date.today(), reason="Onderzoek"))
    wait_until(lambda: _available(svc, provider.id) == [False])


def test_ended_contract_removes_the_product(svc, bus, contracted, issuer):
    provider = contracted(products=("45A10", "45A48"))
    bus.publish(con.ContractAmended(contract_id=provider.contract_id, provider_id=provider.id, region_code=REGION,
                                    lines=[{"productCode": "45A10", "municipalityCode": "0355"}],
                                    effective_on=date.today()))
    wait_until(lambda: [e["productCode"] for e in entries_of(svc, provider.id)] == ["45A10"])
    assert search(svc, q=provider.name, municipality="0312")["total"] == 0
    assert search(svc, q=provider.name, municipality="0355")["total"] == 1

    bus.publish(con.ContractTerminated(contract_id=provider.contract_id, provider_id=provider.id, region_code=REGION,
                                       terminated_on=date.today(), reason="Einde looptijd"))
    wait_until(lambda: entries_of(svc, provider.id) == [])
    assert search(svc, q=provider.name)["total"] == 0
    # Reporting on a product without a running contract is refused, naming the field.
    response = svc.client.post(svc.api(f"/providers/{provider.id}/entries"),
                               json=report(productCode="45A10"), headers=provider.headers(issuer))
    assert response.status_code == 422
    assert response.json()["invalidParams"][0]["name"] == "productCode"


def test_amendment_takes_effect_on_its_date_not_before(svc, bus, contracted):
    """An amendment effective next month keeps today's offer as it is; its lines are dated."""
    provider = contracted(products=("45A10", "45A48"))
    effective = date.today() + timedelta(days=30)
    bus.publish(con.ContractAmended(contract_id=provider.contract_id, provider_id=provider.id, region_code=REGION,
                                    lines=[{"productCode": "45A10", "municipalityCode": "0355"},
                                           {"productCode": "45A01", "municipalityCode": "0355"}],
                                    effective_on=effective))

    def lines():
        with svc.runtime.engine.connect() as conn:
            return {(r.product_code, r.municipality_code): (r.starts_on, r.ends_on) for r in conn.execute(text(
                "SELECT * FROM contract_lines WHERE contract_id = :c"), {"c": provider.contract_id})}

    wait_until(lambda: ("45A01", "0355") in lines())
    dated = lines()
    assert dated[("45A01", "0355")] == (effective, None)  # new: from the effective date
    assert dated[("45A48", "0355")][1] == effective - timedelta(days=1)  # left out: ends the day before
    assert dated[("45A10", "0355")][1] is None  # kept
    assert sorted(e["productCode"] for e in entries_of(svc, provider.id)) == ["45A10", "45A48"]  # today unchanged


def test_exit_removes_provider(svc, bus, contracted):
    provider = contracted(products=("45A01",))
    bus.publish(adm.ProviderExited(provider_id=provider.id, region_code=REGION, enforcement_id=uuid.uuid4(),
                                   exit_on=date.today(), reason="Geen cliënten"))
    wait_until(lambda: svc.client.get(svc.api(f"/providers/{provider.id}")).status_code == 404)


def _snapshot(svc) -> dict[str, list]:
    tables = {"providers": "provider_id", "catalogue_products": "region_code, code",
              "contract_lines": "contract_id, product_code, municipality_code", "wait_samples": "allocation_id",
              "entries": "entry_id", "search_entries": "entry_id"}
    with svc.runtime.engine.connect() as conn:
        return {name: [tuple(row) for row in conn.execute(text(f"SELECT * FROM {name} ORDER BY {order}"))]
                for name, order in tables.items()}


def test_rebuild_from_the_events_gives_the_same_read_model(svc, bus, contracted, issuer):
    provider = contracted(products=("45A10", "41A05"))
    entry_id = entries_of(svc, provider.id)[0]["entryId"]
    svc.client.put(svc.api(f"/providers/{provider.id}/entries/{entry_id}"), json=report(),
                   headers=provider.headers(issuer)).raise_for_status()
    bus.publish(adm.ClientStopStarted(provider_id=provider.id, region_code=REGION, enforcement_id=uuid.uuid4(),
                                      starts_on=date.today(), reason="Kwaliteit"))
    wait_until(lambda: not any(_available(svc, provider.id)))
    before = _snapshot(svc)
    assert before["search_entries"]

    with svc.runtime.engine.connect() as conn:
        journal = [row[0] for row in conn.execute(text("SELECT event FROM consumed_events ORDER BY seq"))]
    from zorgregio.events.envelope import CloudEvent
    applied = rebuild(svc.runtime, [CloudEvent.model_validate(raw) for raw in journal])
    assert applied == len(journal)
    assert _snapshot(svc) == before

    forbidden = svc.client.post(svc.api("/admin/rebuild"), headers=provider.headers(issuer))
    assert forbidden.status_code == 403
    response = svc.client.post(svc.api("/admin/rebuild"), headers=issuer.headers("admin"))
    assert response.status_code == 200 and response.json()["eventsApplied"] == len(journal)
    assert _snapshot(svc) == before


def test_measured_wait_is_suppressed_below_five_cases(svc, bus, contracted):
    from zorgregio.events import allocation as alloc

    provider = contracted(products=("45A48",))
    issued = datetime.now(UTC) - timedelta(days=40)

    def allocate(days_to_start: int) -> None:
        common = {"allocation_id": uuid.uuid4(), "client_pseudonym": "p", "region_code": REGION,
                      "municipality_code": "0355", "provider_id": provider.id, "product_code": "45A48"}
        bus.publish(alloc.AllocationIssued(**common, contract_id=provider.contract_id, product_category="45",
                                           volume=alloc.Volume(amount=1, unit="stuk", frequency="totaal"),
                                           start_date=issued.date(), referrer_type="huisarts", issued_at=issued))
        bus.publish(alloc.CareStarted(**common, started_on=issued.date() + timedelta(days=days_to_start)))

    for days in (10, 20, 30, 40):
        allocate(days)
    wait_until(lambda: _cases(svc) >= 4 and True)
    measured = entries_of(svc, provider.id)[0]["measuredWait"]
    assert measured == {"medianDays": None, "p90Days": None, "cases": None, "suppressed": True}

    allocate(50)
    measured = wait_until(lambda: entries_of(svc, provider.id)[0]["measuredWait"]["cases"] and
                          entries_of(svc, provider.id)[0]["measuredWait"])
    assert measured == {"medianDays": 30.0, "p90Days": 46.0, "cases": 5, "suppressed": False}


def _cases(svc) -> int:
    with svc.runtime.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM wait_samples WHERE started_on IS NOT NULL "
                                 "AND product_code = '45A48'")).scalar_one()


def test_a_change_made_by_another_instance_reaches_this_instances_search(svc, contracted, issuer):
    """Two instances on one database: the other's write invalidates our cached answer by NOTIFY."""
    from availability_service.bootstrap import build_runtime, search_cache
    from availability_service.service_layer import handlers

    provider = contracted(products=("45A10",))
    entry_id = entries_of(svc, provider.id)[0]["entryId"]
    assert search(svc, q=provider.name, municipality="0312")["items"][0]["intakeWaitWeeks"] is None  # cached
    settings = svc.runtime.settings
    # Another URL for the same database: its own search cache, as in another process.
    other = build_runtime(type(settings)(**{**settings.model_dump(),
                                            "database_url": settings.database_url + "?application_name=other"}))
    assert search_cache(other) is not search_cache(svc.runtime)
    try:
        handlers.update_entries(other.uow, provider.id, [(uuid.UUID(entry_id), {"intake_wait_weeks": 6})])
    finally:
        other.stop()
    wait_until(lambda: search(svc, q=provider.name, municipality="0312")["items"][0]["intakeWaitWeeks"] == 6,
               timeout=5)


def test_partial_exit_and_a_contract_that_has_not_started_yet(svc, bus, contracted):
    provider = contracted(products=("45A01",), municipalities=("0355", "0312"))
    bus.publish(adm.ProviderExited(provider_id=provider.id, region_code=REGION, enforcement_id=uuid.uuid4(),
                                   exit_on=date.today(), municipality_codes=["0312"], reason="Geen cliënten"))
    wait_until(lambda: search(svc, q=provider.name, municipality="0312")["total"] == 0)
    assert search(svc, q=provider.name, municipality="0355")["total"] == 1

    later = uuid.uuid4()
    bus.publish(con.ContractSigned(contract_id=later, provider_id=provider.id, region_code=REGION, kind="framework",
                                   provider_name=provider.name, starts_on=date.today() + timedelta(days=30),
                                   lines=[{"productCode": "41A05", "municipalityCode": "0355"}]))
    wait_until(lambda: _journaled(svc, later))
    assert [e["productCode"] for e in entries_of(svc, provider.id)] == ["45A01"]  # 41A05 only from next month


def _journaled(svc, contract_id: uuid.UUID) -> bool:
    with svc.runtime.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM contract_lines WHERE contract_id = :c"),
                            {"c": contract_id}).scalar_one() > 0
