"""Client data: never on the bus, encrypted at rest, every read audited."""
from __future__ import annotations

import json

from conftest import allocation_body, make_bsn, wait_until
from sqlalchemy import text
from zorgregio.events.envelope import Topic
from zorgregio.testing.kafka import read_topic


def test_no_bsn_or_client_name_in_any_event_on_the_bus(api, contracted, svc, kafka_broker):
    provider = contracted()
    clients = [(make_bsn(), f"Kwetsbaar Kind{i} Achternaamtest", f"201{i}-05-0{i + 1}") for i in range(3)]
    ids = []
    for bsn, name, birth in clients:
        body = allocation_body(provider, bsn=bsn)
        body["client"] = {"bsn": bsn, "name": name, "birthDate": birth}
        r = api.post("/allocations", body, headers=api.access())
        assert r.status_code == 201
        ids.append(r.json()["id"])
    path = f"/allocations/{ids[0]}"
    api.post(f"{path}/acceptance", headers=api.provider(provider))
    api.post(f"{path}/care-start", {"startedOn": "2026-02-02"}, headers=api.provider(provider))
    api.post(f"{path}/care-stop", {"stoppedOn": "2026-03-02", "reasonCode": "02"}, headers=api.provider(provider))
    bespoke_bsn = make_bsn()
    api.post("/contracts", {"regionCode": "MIJOV", "providerId": str(provider), "providerName": "Maatwerk BV",
                            "kind": "bespoke", "lines": [{"productCode": "45A48", "municipalityCode": "0200"}],
                            "startsOn": "2026-01-01", "endsOn": "2026-12-31", "clientBsn": bespoke_bsn},
             headers=api.manager())

    wait_until(lambda: sum(i.encode() in r.value for r in read_topic(kafka_broker.bootstrap, Topic.ALLOCATION.value)
                           for i in ids) >= 6, timeout=30)
    records = [r for topic in Topic for name in (topic.value, topic.dead_letter)
               for r in read_topic(kafka_broker.bootstrap, name, timeout=3)]
    assert len(records) > 10
    forbidden = [bsn for bsn, _, _ in clients] + [bespoke_bsn] + [n for _, n, _ in clients] + \
        ["Achternaamtest", "Kwetsbaar"] + [b for _, _, b in clients]
    for record in records:
        raw = record.value.decode()
        for value in forbidden:
            assert value not in raw, f"{value} found in an event on {record.topic}"
    issued = [json.loads(r.value) for r in records if ids[0].encode() in r.value and b"allocation.issued" in r.value]
    pseudonym = issued[0]["data"]["clientPseudonym"]
    assert len(pseudonym) == 64 and clients[0][0] not in pseudonym


def test_client_details_encrypted_at_rest(api, contracted, svc):
    provider = contracted()
    bsn = make_bsn()
    body = allocation_body(provider, bsn=bsn)
    body["client"]["name"] = "Opgeslagen Versleuteld"
    allocation_id = api.post("/allocations", body, headers=api.access()).json()["id"]
    with svc.runtime.engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM allocations WHERE id = :id"), {"id": allocation_id}).mappings().one()
        dump = conn.execute(text("SELECT string_agg(t::text, '') FROM allocations t")).scalar()
    assert bsn not in dump and "Opgeslagen" not in dump and "2014-03-02" not in dump
    assert bytes(row["client_blob"]).startswith(b"k1.")
    assert row["bsn_hash"] != bsn and len(row["bsn_hash"]) == 64


def test_reads_of_client_data_appear_in_the_audit_log(api, contracted, issuer):
    provider = contracted()
    bsn = make_bsn()
    allocation_id = api.post("/allocations", allocation_body(provider, bsn=bsn), headers=api.access()).json()["id"]
    reader = api.h("access_team", municipality_code="0200", subject="medewerker-jan")
    assert api.get(f"/allocations/{allocation_id}", params={"purpose": "gesprek met ouders"},
                   headers=reader).status_code == 200
    assert api.get(f"/allocations/{allocation_id}/jw301", params={"purpose": "doorsturen backoffice"},
                   headers=api.provider(provider)).status_code == 200
    found = api.post("/allocations/searches", {"bsn": bsn}, params={"purpose": "dubbele toewijzing zoeken"},
                     headers=reader)
    assert [a["id"] for a in found.json()] == [allocation_id]
    assert api.get(f"/allocations/{allocation_id}", headers=reader).status_code == 400  # no purpose, no data

    assert api.get("/audit-log", headers=reader).status_code == 403
    log = api.get("/audit-log", params={"clientBsn": bsn}, headers=api.admin()).json()["items"]
    assert [(e["subject"], e["role"], e["action"], e["purpose"]) for e in log] == [
        ("medewerker-jan", "access_team", "read", "gesprek met ouders"),
        (log[1]["subject"], "provider", "export-jw301", "doorsturen backoffice"),
        ("medewerker-jan", "access_team", "search", "dubbele toewijzing zoeken"),
    ]
    assert log[0]["allocationId"] == allocation_id and bsn not in json.dumps(log)
    by_allocation = api.get("/audit-log", params={"allocation": allocation_id}, headers=api.admin()).json()["items"]
    assert len(by_allocation) == 2


def test_region_roles_and_administrators_see_allocations_without_the_child(api, contracted):
    """Region staff steer on allocations, not on children, and administrators run the platform:
    no BSN search, no client details, no JW301 export (it carries the BSN), and no audit entry
    because nothing personal was read."""
    provider = contracted()
    bsn = make_bsn()
    allocation_id = api.post("/allocations", allocation_body(provider, bsn=bsn), headers=api.access()).json()["id"]
    roles = [(role, api.h(role, region_code="MIJOV"))
             for role in ("region_analyst", "region_assessor", "region_contract_manager")] + [("admin", api.admin())]
    for role, region in roles:
        detail = api.get(f"/allocations/{allocation_id}", params={"purpose": "analyse"}, headers=region)
        assert detail.status_code == 200 and detail.json().get("client") is None, role
        assert bsn not in detail.text
        assert api.post("/allocations/searches", {"bsn": bsn}, params={"purpose": "analyse"},
                        headers=region).status_code == 403, role
        assert api.get(f"/allocations/{allocation_id}/jw301", params={"purpose": "analyse"},
                       headers=region).status_code == 403, role
        feed = api.get("/allocations", params={"purpose": "analyse"}, headers=region)
        assert feed.status_code == 403 and feed.json()["code"] == "client-data-not-permitted", role
    log = api.get("/audit-log", params={"clientBsn": bsn}, headers=api.admin()).json()["items"]
    assert log == []
