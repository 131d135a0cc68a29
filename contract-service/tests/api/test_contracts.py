"""Contracts: framework agreement from provider.admitted, signed, amended, extended,
terminated; bespoke and bridging agreements; exit from admission events."""
from __future__ import annotations

import json
import uuid
from datetime import date

from conftest import REGION, admit, allocation_body, make_bsn, problem, send, wait_until
from zorgregio.events.admission import ProviderExited
from zorgregio.testing.kafka import read_topic


def contracting_events(bootstrap: str, contract_id: str) -> list[dict]:
    return [json.loads(r.value) for r in read_topic(bootstrap, "zorgregio.contracting")
            if contract_id.encode() in r.value]


def test_framework_agreement_created_from_provider_admitted_then_signed(api, catalogue, kafka_broker):
    provider = uuid.uuid4()
    admit(kafka_broker.bootstrap, provider, ["45A01", "45A48"], ["0200", "0301"], name="Jeugdhulp Testbos")
    contracts = wait_until(lambda: api.get("/contracts", params={"provider": str(provider)},
                                           headers=api.manager()).json())
    [contract] = contracts
    assert contract["kind"] == "framework" and contract["status"] == "draft"
    assert contract["providerName"] == "Jeugdhulp Testbos"
    assert contract["startsOn"] == "2026-01-01" and contract["endsOn"] == "2028-12-31"
    assert contract["extensionOptions"] == 3
    # nothing can be allocated on a draft
    r = api.post("/allocations", allocation_body(provider), headers=api.access())
    assert problem(r)["code"] == "no-active-contract"
    # only a contract manager of the region signs
    path = f"/contracts/{contract['id']}"
    assert api.post(f"{path}/signature", headers=api.access()).status_code == 403
    assert api.post(f"{path}/signature", headers=api.manager("ZOU")).status_code == 404
    signed = api.post(f"{path}/signature", headers=api.manager()).json()
    assert signed["status"] == "active" and len(signed["lines"]) == 4
    assert api.post(f"{path}/signature", headers=api.manager()).status_code == 409
    assert api.post("/allocations", allocation_body(provider), headers=api.access()).status_code == 201
    # the provider sees its own contract
    assert api.get(path, headers=api.provider(provider)).status_code == 200
    assert api.get(path, headers=api.provider(uuid.uuid4())).status_code == 404

    events = wait_until(lambda: contracting_events(kafka_broker.bootstrap, contract["id"]))
    [signed_event] = [e for e in events if e["type"] == "nl.zorgregio.contract.signed.v1"]
    assert signed_event["data"]["kind"] == "framework"
    assert {"productCode": "45A48", "municipalityCode": "0301"} in signed_event["data"]["lines"]

    # a second admission (more products) extends the same agreement
    admit(kafka_broker.bootstrap, provider, ["45A10"], ["0200"], admitted_on=date(2026, 6, 1))
    wait_until(lambda: len(api.get(path, headers=api.manager()).json()["lines"]) == 5)


def test_amend_extend_terminate(api, contracted, kafka_broker):
    provider = contracted(products=("45A01",), municipalities=("0200", "0213"))
    [contract] = api.get("/contracts", params={"provider": str(provider)}, headers=api.manager()).json()
    path = f"/contracts/{contract['id']}"
    r = api.post(f"{path}/amendments", {"lines": [{"productCode": "45A01", "municipalityCode": "0200"},
                                                  {"productCode": "45A10", "municipalityCode": "0200"}],
                                        "effectiveOn": "2026-04-01", "reason": "productwijziging"},
                 headers=api.manager())
    assert r.status_code == 201, r.text
    lines = {(line["productCode"], line["municipalityCode"]): line for line in r.json()["lines"]}
    assert lines[("45A01", "0213")]["validTo"] == "2026-03-31"
    assert lines[("45A10", "0200")]["validFrom"] == "2026-04-01"
    # 0213 still covered before the amendment, not after
    ok = allocation_body(provider, municipality="0213", startDate="2026-02-01", endDate="2026-03-31")
    assert api.post("/allocations", ok, headers=api.access("0213")).status_code == 201
    late = allocation_body(provider, municipality="0213", startDate="2026-05-01")
    assert problem(api.post("/allocations", late, headers=api.access("0213")))["code"] == "no-active-contract"

    for expected_end in ("2029-12-31", "2030-12-31", "2031-12-31"):
        assert api.post(f"{path}/extensions", headers=api.manager()).json()["endsOn"] == expected_end
    assert problem(api.post(f"{path}/extensions", headers=api.manager()))["code"] == "no-extension-left"

    beyond = api.post(f"{path}/termination", {"terminatedOn": "2032-01-01", "reason": "x"}, headers=api.manager())
    assert problem(beyond)["code"] == "after-contract-end" and problem(beyond)["invalidParams"][0]["name"] == \
        "terminatedOn"
    r = api.post(f"{path}/termination", {"terminatedOn": "2026-09-30", "reason": "wanprestatie"},
                 headers=api.manager())
    assert r.json()["status"] == "terminated" and r.json()["endsOn"] == "2026-09-30"
    after = allocation_body(provider, startDate="2026-10-01", endDate=None)
    assert problem(api.post("/allocations", after, headers=api.access()))["code"] == "no-active-contract"
    assert api.post(f"{path}/termination", {"terminatedOn": "2026-09-30", "reason": "x"},
                    headers=api.manager()).status_code == 409
    events = wait_until(lambda: (ev := contracting_events(kafka_broker.bootstrap, contract["id"])) and
                        len(ev) >= 6 and ev)
    types = [e["type"].split(".")[3] for e in events]
    assert types == ["signed", "amended", "amended", "amended", "amended", "terminated"]


def test_bespoke_agreement_only_for_its_client_and_bridging_needs_end(api, catalogue):
    provider = uuid.uuid4()
    bsn, other = make_bsn(), make_bsn()
    r = api.post("/contracts", {"regionCode": REGION, "providerId": str(provider), "providerName": "Solo Praktijk",
                                "kind": "bespoke", "lines": [{"productCode": "45A48", "municipalityCode": "0200"}],
                                "startsOn": "2026-01-01", "endsOn": "2026-12-31", "clientBsn": bsn},
                 headers=api.manager())
    assert r.status_code == 201, r.text
    assert r.json()["bespoke"] is True and "clientBsn" not in r.json()
    api.post(f"/contracts/{r.json()['id']}/signature", headers=api.manager())
    once = {"amount": "1", "unit": "stuk", "frequency": "totaal"}
    r1 = api.post("/allocations", allocation_body(provider, bsn=bsn, product="45A48", volume=once),
                  headers=api.access())
    assert r1.status_code == 201, r1.text
    wrong_unit = api.post("/allocations", allocation_body(provider, bsn=bsn, product="45A48"), headers=api.access())
    assert problem(wrong_unit)["code"] == "unit-mismatch"
    r2 = api.post("/allocations", allocation_body(provider, bsn=other, product="45A48", volume=once),
                  headers=api.access())
    assert problem(r2)["code"] == "no-active-contract"
    bridging = api.post("/contracts", {"regionCode": REGION, "providerId": str(provider), "providerName": "Solo",
                                       "kind": "bridging", "lines": [{"productCode": "45A48",
                                                                      "municipalityCode": "0200"}],
                                       "startsOn": "2026-01-01"}, headers=api.manager())
    assert bridging.status_code == 422 and problem(bridging)["invalidParams"][0]["name"] == "endsOn"


def test_exit_ends_contract_lines_in_those_municipalities(api, contracted, kafka_broker):
    provider = contracted(municipalities=("0200", "0262"))
    send(kafka_broker.bootstrap, ProviderExited(provider_id=provider, region_code=REGION,
                                                enforcement_id=uuid.uuid4(), exit_on=date(2026, 1, 15),
                                                municipality_codes=["0262"], reason="geen cliënten in 12 maanden"))
    wait_until(lambda: api.get(f"/providers/{provider}/status", headers=api.manager()).json()["exited"])
    r = api.post("/allocations", allocation_body(provider, municipality="0262"), headers=api.access("0262"))
    assert problem(r)["code"] in ("no-active-contract", "provider-exited")
    assert api.post("/allocations", allocation_body(provider), headers=api.access()).status_code == 201


def test_budget_ceilings_are_set_by_own_municipality_or_region(api):
    body = {"municipalityCode": "0285", "year": 2027, "amount": "2500000.00"}
    assert api.put("/budget-ceilings", body, headers=api.h("backoffice", municipality_code="0200")).status_code == 403
    r = api.put("/budget-ceilings", body, headers=api.h("backoffice", municipality_code="0285"))
    assert r.status_code == 200 and r.json()["amount"] == "2500000.00"
    r = api.put("/budget-ceilings", {**body, "amount": "2600000.00"}, headers=api.manager())
    assert r.json()["id"] == r.json()["id"]
    listed = api.get("/budget-ceilings", params={"year": 2027}, headers=api.h("backoffice", municipality_code="0285"))
    assert [c["amount"] for c in listed.json()] == ["2600000.00"]


def test_provider_admitted_handled_once_and_idempotent_by_content(api, catalogue, kafka_broker):
    from zorgregio.config import ServiceSettings
    from zorgregio.messaging.kafka import make_producer

    provider = uuid.uuid4()
    event = admit(kafka_broker.bootstrap, provider, ["45A01"], ["0200", "0213"])
    producer = make_producer(ServiceSettings(service_name="t", base_path="/t",
                                             kafka_bootstrap_servers=kafka_broker.bootstrap))
    producer.send("zorgregio.admission", key=event.subject.encode(), value=event.to_json_bytes())  # redelivery
    producer.flush()
    producer.close()
    admit(kafka_broker.bootstrap, provider, ["45A01"], ["0200"])  # same content, another event
    marker = uuid.uuid4()
    admit(kafka_broker.bootstrap, marker, ["45A01"], ["0200"])
    wait_until(lambda: api.get("/contracts", params={"provider": str(marker)}, headers=api.manager()).json())
    [contract] = api.get("/contracts", params={"provider": str(provider)}, headers=api.manager()).json()
    assert len(api.get(f"/contracts/{contract['id']}", headers=api.manager()).json()["lines"]) == 2
