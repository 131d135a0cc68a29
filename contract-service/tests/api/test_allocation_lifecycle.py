"""The allocation lifecycle, idempotent submission, who sees what, the change feed and JW301."""
from __future__ import annotations

import json
import uuid
from concurrent.futures import ThreadPoolExecutor

from conftest import allocation_body, make_bsn, problem, wait_until
from zorgregio.testing.kafka import read_topic

PURPOSE = {"purpose": "beoordelen toewijzing"}


def issue(api, provider, **kw) -> dict:
    r = api.post("/allocations", allocation_body(provider, **kw), headers=api.access(kw.get("municipality", "0200")))
    assert r.status_code == 201, r.text
    return r.json()


def test_same_submission_twice_with_one_idempotency_key_creates_one_allocation(api, contracted, svc):
    provider = contracted()
    body = allocation_body(provider)
    headers = {**api.access(), "Idempotency-Key": str(uuid.uuid4())}
    first = api.post("/allocations", body, headers=headers)
    second = api.post("/allocations", body, headers=headers)
    assert first.status_code == 201 and second.status_code == 200
    assert first.json()["id"] == second.json()["id"]
    feed = api.get("/allocations", params={"provider": str(provider)}, headers=api.admin())
    wait_until(lambda: len(api.get("/allocations", params={"provider": str(provider)},
                                   headers=api.admin()).json()["items"]) == 1)
    other = api.post("/allocations", {**body, "reason": "iets anders"}, headers=headers)
    assert other.status_code == 422 and problem(other)["code"] == "idempotency-key-reused"
    assert feed.status_code == 200


def test_same_submission_sent_at_once_creates_one_allocation_and_answers_each_with_it(api, contracted):
    """Concurrent retries: the key's insert waits for the first transaction, then fails, and the
    retry answers with what the first created (the writes go pipelined: the failure surfaces at commit)."""
    provider = contracted()
    body = allocation_body(provider)
    headers = {**api.access(), "Idempotency-Key": str(uuid.uuid4())}
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: api.post("/allocations", body, headers=headers), range(8)))
    assert sorted(a.status_code for a in answers) == [200] * 7 + [201]
    assert len({a.json()["id"] for a in answers}) == 1
    feed = wait_until(lambda: api.get("/allocations", params={"provider": str(provider)},
                                      headers=api.admin()).json()["items"] or None)
    assert [a["id"] for a in feed] == [answers[0].json()["id"]]


def test_lifecycle_issued_accepted_started_stopped(api, contracted, kafka_broker):
    provider = contracted()
    allocation = issue(api, provider)
    path = f"/allocations/{allocation['id']}"
    assert allocation["status"] == "issued"
    # the access team cannot accept, the provider can
    assert api.post(f"{path}/acceptance", headers=api.access()).status_code == 403
    assert api.post(f"{path}/acceptance", headers=api.provider(provider)).json()["status"] == "accepted"
    assert api.post(f"{path}/acceptance", headers=api.provider(provider)).status_code == 409
    r = api.post(f"{path}/care-start", {"startedOn": "2026-01-15"}, headers=api.provider(provider))
    assert r.status_code == 422 and problem(r)["invalidParams"][0]["name"] == "startedOn"
    r = api.post(f"{path}/care-start", {"startedOn": "2026-02-10"}, headers=api.provider(provider))
    assert r.json()["status"] == "started" and r.json()["careStartedOn"] == "2026-02-10"
    r = api.post(f"{path}/care-stop", {"stoppedOn": "2026-07-31", "reasonCode": "77"}, headers=api.provider(provider))
    assert r.status_code == 422 and problem(r)["code"] == "unknown-stop-reason"
    r = api.post(f"{path}/care-stop", {"stoppedOn": "2026-07-31", "reasonCode": "02"},
                 headers=api.provider(provider))
    assert r.json()["status"] == "stopped" and r.json()["endedAsPlanned"] is True
    assert api.post(f"{path}/withdrawal", {"reason": "te laat"}, headers=api.access()).status_code == 409

    history = api.get(f"{path}/history", headers=api.access()).json()
    assert [h["change"] for h in history] == ["issued", "accept", "start_care", "stop_care"]
    types = wait_until(lambda: [e for e in (r.value for r in read_topic(kafka_broker.bootstrap,
                                                                         "zorgregio.allocation"))
                                if allocation["id"].encode() in e] if True else None)
    kinds = [t for t in (b'allocation.issued', b'allocation.accepted', b'care.started', b'care.stopped')
             if any(t in e for e in types)]
    assert len(kinds) == 4
    stopped = [e for e in types if b"care.stopped" in e][0]
    assert json.loads(stopped)["data"]["endedAsPlanned"] is True


def test_refuse_withdraw_amend_end(api, contracted):
    provider = contracted()
    refused = issue(api, provider)
    r = api.post(f"/allocations/{refused['id']}/refusal", {"reason": "geen plek"}, headers=api.provider(provider))
    assert r.json()["status"] == "refused"
    assert api.post(f"/allocations/{refused['id']}/acceptance", headers=api.provider(provider)).status_code == 409

    withdrawn = issue(api, provider)
    r = api.post(f"/allocations/{withdrawn['id']}/withdrawal", {"reason": "dubbel ingevoerd"}, headers=api.access())
    assert r.json()["status"] == "withdrawn"
    assert api.post(f"/allocations/{withdrawn['id']}/care-start", {"startedOn": "2026-02-10"},
                    headers=api.provider(provider)).status_code == 409

    ended = issue(api, provider)
    path = f"/allocations/{ended['id']}"
    api.post(f"{path}/acceptance", headers=api.provider(provider))
    api.post(f"{path}/care-start", {"startedOn": "2026-02-03"}, headers=api.provider(provider))
    r = api.post(f"{path}/amendments", {"volume": {"amount": "6", "unit": "uur", "frequency": "per_week"},
                                        "endDate": "2026-09-30", "effectiveOn": "2026-03-01"}, headers=api.access())
    assert r.status_code == 200, r.text
    assert r.json()["volume"]["amount"] == "6.00" and r.json()["endDate"] == "2026-09-30"
    r = api.post(f"{path}/ending", {"endedOn": "2026-05-31", "reason": "doelen bereikt"}, headers=api.access())
    assert r.json()["status"] == "ended" and r.json()["endDate"] == "2026-05-31"
    r = api.post(f"{path}/care-stop", {"stoppedOn": "2026-05-31", "reasonCode": "05"},
                 headers=api.provider(provider))
    assert r.json()["status"] == "stopped" and r.json()["endedAsPlanned"] is False
    assert api.post(f"{path}/ending", {"endedOn": "2026-05-30", "reason": "x"},
                    headers=api.access()).status_code == 409


def test_who_sees_which_allocation(api, contracted):
    provider, other_provider = contracted(), contracted()
    mine = issue(api, provider)
    path = f"/allocations/{mine['id']}"
    assert api.get(path, params=PURPOSE, headers=api.access("0200")).status_code == 200
    assert api.get(path, params=PURPOSE, headers=api.h("backoffice", municipality_code="0200")).status_code == 200
    assert api.get(path, params=PURPOSE, headers=api.access("0213")).status_code == 404
    assert api.get(path, params=PURPOSE, headers=api.provider(provider)).status_code == 200
    assert api.get(path, params=PURPOSE, headers=api.provider(other_provider)).status_code == 404
    assert api.get(path, params=PURPOSE, headers=api.h("region_analyst", region_code="MIJOV")).status_code == 200
    assert api.get(path, params=PURPOSE, headers=api.h("region_analyst", region_code="ZOU")).status_code == 404
    assert api.get(path, params=PURPOSE, headers=api.h("referrer")).status_code == 403
    feed = api.get("/allocations", params={"municipality": "0213"}, headers=api.access("0200"))
    assert feed.status_code == 403
    for headers, sees in ((api.provider(provider), True), (api.provider(other_provider), False),
                          (api.h("region_analyst", region_code="ZOU"), False),
                          (api.h("region_contract_manager", region_code="MIJOV"), True)):
        if sees:  # the feed numbers a change within a moment
            wait_until(lambda h=headers: mine["id"] in _drain(api, h), timeout=10)
        else:
            assert mine["id"] not in _drain(api, headers)
    r = api.get(path, headers=api.access())
    assert r.status_code == 400 and problem(r)["invalidParams"][0]["name"] == "purpose"


def _drain(api, headers) -> set[str]:
    ids, cursor = set(), None
    while True:
        page = api.get("/allocations", params={"limit": 500, **({"changedSince": cursor} if cursor else {})},
                       headers=headers).json()
        ids |= {i["id"] for i in page["items"]}
        if not page["items"]:
            return ids
        cursor = page["nextCursor"]


def test_change_feed_with_cursor(api, contracted):
    provider = contracted(municipalities=("0246",))
    backoffice = api.h("backoffice", municipality_code="0246")
    start = api.get("/allocations", params={"municipality": "0246", "limit": 500}, headers=backoffice).json()
    cursor = start["nextCursor"]
    while True:  # drain what earlier tests left
        page = api.get("/allocations", params={"changedSince": cursor, "limit": 500}, headers=backoffice).json()
        if not page["items"]:
            break
        cursor = page["nextCursor"]
    first, second = issue(api, provider, municipality="0246"), issue(api, provider, municipality="0246")
    page = wait_until(lambda: (p := api.get("/allocations", params={"changedSince": cursor},
                                            headers=backoffice).json()) and len(p["items"]) == 2 and p)
    assert [i["id"] for i in page["items"]] == [first["id"], second["id"]]
    assert all(i["client"] is None for i in page["items"])
    api.post(f"/allocations/{first['id']}/acceptance", headers=api.provider(provider))
    later = wait_until(lambda: (p := api.get("/allocations", params={"changedSince": page["nextCursor"]},
                                             headers=backoffice).json()) and p["items"] and p)
    assert [(i["id"], i["status"]) for i in later["items"]] == [(first["id"], "accepted")]
    empty = api.get("/allocations", params={"changedSince": later["nextCursor"]}, headers=backoffice).json()
    assert empty["items"] == [] and empty["nextCursor"] == later["nextCursor"]
    bad = api.get("/allocations", params={"changedSince": "nonsense!"}, headers=backoffice)
    assert bad.status_code == 400


def test_detail_with_history_and_jw301_export(api, contracted):
    provider = contracted()
    bsn = make_bsn()
    allocation = issue(api, provider, bsn=bsn)
    detail = api.get(f"/allocations/{allocation['id']}", params=PURPOSE, headers=api.access()).json()
    assert detail["client"] == {"bsn": bsn, "name": "Sanne de Vries", "birthDate": "2014-03-02"}
    assert detail["history"][0]["change"] == "issued"
    message = api.get(f"/allocations/{allocation['id']}/jw301", headers={**api.access(), "X-Purpose": "export"}).json()
    assert message["header"]["berichtCode"] == "436" and message["header"]["afzender"] == "0200"
    assert message["header"]["ontvanger"] == "98765432"
    assert message["client"]["bsn"] == bsn
    product = message["toegewezenProduct"]
    assert product["product"] == {"categorie": "45", "code": "45A01"}
    assert product["omvang"] == {"volume": "4.00", "eenheid": "04", "frequentie": "2"}
    assert product["verwijzer"] == {"type": "01"} and product["einddatum"] == "2026-07-31"


def test_feed_with_purpose_carries_clients_and_is_audited(api, contracted):
    provider = contracted(municipalities=("0262",))
    backoffice = api.h("backoffice", municipality_code="0262", subject="backoffice-lochem")
    bsn = make_bsn()
    allocation = issue(api, provider, municipality="0262", bsn=bsn)
    page = wait_until(lambda: (p := api.get("/allocations", params={"purpose": "verwerken beschikking"},
                                            headers=backoffice).json()) and p["items"] and p)
    [item] = [i for i in page["items"] if i["id"] == allocation["id"]]
    assert item["client"]["bsn"] == bsn
    log = api.get("/audit-log", params={"subject": "backoffice-lochem"}, headers=api.admin()).json()["items"]
    assert {(e["action"], e["allocationId"]) for e in log} >= {("feed", allocation["id"])}


def test_contract_lines_must_be_in_the_catalogue(api, catalogue):
    r = api.post("/contracts", {"regionCode": "MIJOV", "providerId": str(uuid.uuid4()), "providerName": "X",
                                "kind": "framework", "lines": [{"productCode": "45Q99", "municipalityCode": "0200"}],
                                "startsOn": "2026-01-01"}, headers=api.manager())
    assert r.status_code == 422 and problem(r)["invalidParams"][0]["name"] == "lines"
    r = api.post("/contracts", {"regionCode": "MIJOV", "providerId": str(uuid.uuid4()), "providerName": "X",
                                "kind": "framework", "lines": [{"productCode": "45A01", "municipalityCode": "0312"}],
                                "startsOn": "2026-01-01"}, headers=api.manager())
    assert r.status_code == 422 and problem(r)["code"] == "municipality-not-in-region"
