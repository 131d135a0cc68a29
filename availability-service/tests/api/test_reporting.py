"""Provider reporting: own data only, implausible values refused with nothing changed."""
from __future__ import annotations

import pytest
from conftest import entries_of, report, search


def _own(svc, provider, issuer) -> list[dict]:
    response = svc.client.get(svc.api(f"/providers/{provider.id}/entries"), headers=provider.headers(issuer))
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize("changes, field, status", [
    ({"intakeWaitWeeks": -1}, "intakeWaitWeeks", 400),
    ({"treatmentWaitWeeks": 105}, "treatmentWaitWeeks", 400),
    ({"freePlaces": -2}, "freePlaces", 400),
    ({"ageMin": 16, "ageMax": 12}, "ageMax", 422),
    ({"ageMax": 30}, "ageMax", 400),
    ({"specialisms": ["astrologie"]}, "specialisms", 422),
    ({"bridgingCare": {"offered": True, "description": ""}}, "bridgingCare.description", 422),
])
def test_implausible_values_are_refused_and_nothing_changes(svc, contracted, issuer, changes, field, status):
    provider = contracted(products=("45A10",))
    before = _own(svc, provider, issuer)
    entry_id = before[0]["entryId"]
    response = svc.client.put(svc.api(f"/providers/{provider.id}/entries/{entry_id}"), json=report(**changes),
                              headers=provider.headers(issuer))
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert field in [p["name"] for p in response.json()["invalidParams"]]
    assert _own(svc, provider, issuer) == before


def test_another_providers_data_is_forbidden(svc, contracted, issuer):
    mine, theirs = contracted(products=("45A10",)), contracted(products=("45A10",))
    before = _own(svc, theirs, issuer)
    entry_id = before[0]["entryId"]
    calls = [("put", f"/providers/{theirs.id}/entries/{entry_id}", report()),
             ("post", f"/providers/{theirs.id}/entries", report(productCode="45A10")),
             ("post", f"/providers/{theirs.id}/entries/{entry_id}/confirm", None),
             ("post", f"/providers/{theirs.id}/confirm", None),
             ("patch", f"/providers/{theirs.id}/entries", {"entries": [{"entryId": entry_id, "intakeWaitWeeks": 1}]}),
             ("get", f"/providers/{theirs.id}/entries", None)]
    for method, path, body in calls:
        response = svc.client.request(method, svc.api(path), json=body, headers=mine.headers(issuer))
        assert response.status_code == 403, (method, path, response.text)
        assert response.headers["content-type"] == "application/problem+json"
    # Their entry id under my provider id: not mine, so not found.
    response = svc.client.put(svc.api(f"/providers/{mine.id}/entries/{entry_id}"), json=report(),
                              headers=mine.headers(issuer))
    assert response.status_code == 404
    assert svc.client.put(svc.api(f"/providers/{theirs.id}/entries/{entry_id}"), json=report()).status_code == 401
    referrer = svc.client.put(svc.api(f"/providers/{theirs.id}/entries/{entry_id}"), json=report(),
                              headers=issuer.headers("referrer"))
    assert referrer.status_code == 403
    assert _own(svc, theirs, issuer) == before


def test_create_confirm_and_bulk_update(svc, contracted, issuer):
    provider = contracted(products=("45A10", "45A48"))
    headers = provider.headers(issuer)
    created = svc.client.post(svc.api(f"/providers/{provider.id}/entries"),
                              json=report(productCode="45A10", location={"name": "Vestiging Bunnik", "city": "Bunnik"},
                                          intakeWaitWeeks=7), headers=headers)
    assert created.status_code == 201, created.text
    entry = created.json()
    assert entry["location"] == {"name": "Vestiging Bunnik", "city": "Bunnik"} and entry["listed"] is True
    assert created.headers["location"].endswith(entry["entryId"])
    entries = _own(svc, provider, issuer)
    # The unknown placeholder for 45A10 made way for the real report; 45A48 is still unknown.
    assert sorted((e["productCode"], e["lastConfirmedAt"] is None) for e in entries) == [("45A10", False),
                                                                                        ("45A48", True)]
    other = next(e for e in entries if e["productCode"] == "45A48")
    assert other["stale"] is True

    confirmed = svc.client.post(svc.api(f"/providers/{provider.id}/entries/{other['entryId']}/confirm"),
                                headers=headers)
    assert confirmed.status_code == 200 and confirmed.json()["stale"] is False

    everything = svc.client.post(svc.api(f"/providers/{provider.id}/confirm"), headers=headers)
    assert everything.status_code == 200 and everything.json()["confirmed"] == 2

    bad = svc.client.patch(svc.api(f"/providers/{provider.id}/entries"), headers=headers, json={"entries": [
        {"entryId": entry["entryId"], "intakeWaitWeeks": 1},
        {"entryId": other["entryId"], "ageMin": 20, "ageMax": 10}]})
    assert bad.status_code == 422 and bad.json()["invalidParams"][0]["name"] == "entries[1].ageMax"
    assert _own(svc, provider, issuer)[0]["intakeWaitWeeks"] == 7  # nothing changed

    bulk = svc.client.patch(svc.api(f"/providers/{provider.id}/entries"), headers=headers, json={"entries": [
        {"entryId": entry["entryId"], "intakeWaitWeeks": 1, "acceptingNewClients": True},
        {"entryId": other["entryId"], "acceptingNewClients": True, "intakeWaitWeeks": None, "specialisms": ["lvb"]}]})
    assert bulk.status_code == 200, bulk.text
    by_product = {e["productCode"]: e for e in bulk.json()}
    assert by_product["45A10"]["intakeWaitWeeks"] == 1 and by_product["45A10"]["treatmentWaitWeeks"] == 5
    assert by_product["45A48"]["specialisms"] == ["lvb"] and by_product["45A48"]["intakeWaitWeeks"] is None
    found = search(svc, q=provider.name, specialism="lvb")["items"]
    assert [i["entryId"] for i in found] == [other["entryId"]]
    assert entries_of(svc, provider.id)[0]["intakeWaitWeeks"] == 1


def test_a_retried_create_with_the_same_idempotency_key_creates_one_entry(svc, contracted, issuer):
    provider = contracted(products=("45A10",))
    headers = {**provider.headers(issuer), "Idempotency-Key": "create-bunnik-1"}
    body = report(productCode="45A10", location={"name": "Vestiging Bunnik", "city": "Bunnik"})
    first = svc.client.post(svc.api(f"/providers/{provider.id}/entries"), json=body, headers=headers)
    again = svc.client.post(svc.api(f"/providers/{provider.id}/entries"), json=body, headers=headers)
    assert first.status_code == 201 and again.status_code == 201
    assert first.json()["entryId"] == again.json()["entryId"]
    assert len(_own(svc, provider, issuer)) == 1
