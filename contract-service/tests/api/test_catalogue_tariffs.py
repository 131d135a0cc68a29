"""Catalogue: public to read, versioned, products added/changed/merged/replaced/ended with
history; tariffs per period with indexation."""
from __future__ import annotations

import json

from conftest import REGION, problem, wait_until
from zorgregio.testing.kafka import read_topic

NEW = {"regionCode": "ZOU", "name": "Ambulante gezinsbegeleiding", "category": "45", "productGroup": "Ambulant",
       "segment": "Ambulant & Respijtzorg", "unit": "uur", "fundingForm": "inspanningsgericht",
       "validFrom": "2026-01-01"}


def events_of(bootstrap, kind: str) -> list[dict]:
    return [json.loads(r.value) for r in read_topic(bootstrap, "zorgregio.contracting") if kind.encode() in r.value]


def test_catalogue_is_public_and_changes_are_versioned(api, kafka_broker):
    manager = api.manager("ZOU")
    assert api.post("/catalogue/products", {**NEW, "code": "45Z01"}).status_code == 401
    assert api.post("/catalogue/products", {**NEW, "code": "45Z01"}, headers=api.manager()).status_code == 403
    bad = api.post("/catalogue/products", {**NEW, "code": "39Z01", "category": "39"}, headers=manager)
    assert bad.status_code == 422 and problem(bad)["invalidParams"][0]["name"] == "category"
    mismatch = api.post("/catalogue/products", {**NEW, "code": "41Z01"}, headers=manager)
    assert problem(mismatch)["code"] == "category-mismatch"
    for code in ("45Z01", "45Z02", "45Z03", "45Z04"):
        assert api.post("/catalogue/products", {**NEW, "code": code}, headers=manager).status_code == 201
    assert api.post("/catalogue/products", {**NEW, "code": "45Z01"}, headers=manager).status_code == 409

    r = api.patch("/catalogue/products/45Z01", {"regionCode": "ZOU", "effectiveOn": "2026-03-01",
                                                 "name": "Gezinsbegeleiding", "crucialFunction": True},
                  headers=manager)
    assert r.json()["name"] == "Gezinsbegeleiding" and r.json()["crucialFunction"] is True
    r = api.post("/catalogue/merges", {"regionCode": "ZOU", "sourceCodes": ["45Z02", "45Z03"],
                                       "effectiveOn": "2026-07-01", "target": {**NEW, "code": "45Z05",
                                                                               "name": "Samengevoegd"}},
                 headers=manager)
    assert r.status_code == 201, r.text
    r = api.post("/catalogue/products/45Z04/replacement", {"regionCode": "ZOU", "replacedBy": "45Z05",
                                                            "effectiveOn": "2026-08-01"}, headers=manager)
    assert r.json()["validTo"] == "2026-07-31" and r.json()["replacedBy"] == "45Z05"
    r = api.post("/catalogue/products/45Z01/end", {"regionCode": "ZOU", "effectiveOn": "2027-01-01",
                                                    "reason": "niet meer ingekocht"}, headers=manager)
    assert r.json()["validTo"] == "2026-12-31"
    assert api.post("/catalogue/products/45Z01/end", {"regionCode": "ZOU", "effectiveOn": "2027-02-01",
                                                       "reason": "x"}, headers=manager).status_code == 409
    assert api.post("/catalogue/versions", {"regionCode": "ZOU", "effectiveOn": "2026-07-01"},
                    headers=manager).json()["version"] == 1

    # public reads, no token
    current = api.get("/catalogue/products", params={"region": "ZOU", "onDate": "2026-07-15"}).json()
    assert {p["code"] for p in current} == {"45Z01", "45Z04", "45Z05"}
    history = api.get("/catalogue/products/45Z02/history", params={"region": "ZOU"}).json()
    assert [h["change"] for h in history] == ["added", "merged"]
    assert history[-1]["snapshot"]["replaced_by"] == "45Z05" and history[-1]["catalogueVersion"] == 1
    assert api.get("/catalogue/products/45Z99/history").status_code == 404

    published = wait_until(lambda: [e for e in events_of(kafka_broker.bootstrap, "catalogue.published")
                                    if e["data"]["regionCode"] == "ZOU"])
    products = {p["code"]: p for p in published[0]["data"]["products"]}
    assert set(products) == {"45Z01", "45Z02", "45Z03", "45Z04", "45Z05"}
    assert products["45Z03"]["replacedBy"] == "45Z05" and products["45Z03"]["validTo"] == "2026-06-30"


def test_tariff_periods_and_yearly_indexation(api, catalogue, kafka_broker):
    manager = api.manager()
    r = api.post("/tariffs", {"regionCode": REGION, "productCode": "45A01", "amount": "70.00",
                              "validFrom": "2025-01-01"}, headers=manager)
    assert r.status_code == 409  # a period from that date exists
    r = api.post("/tariffs/indexations", {"regionCode": REGION, "percentage": "3.5", "effectiveOn": "2027-01-01"},
                 headers=manager)
    assert r.status_code == 201, r.text
    indexed = {t["productCode"]: t for t in r.json()}
    assert indexed["45A01"]["amount"] == "70.79" and indexed["45A01"]["validFrom"] == "2027-01-01"
    assert indexed["45A01"]["indexationPercentage"] == "3.500"
    periods = api.get("/tariffs", params={"region": REGION, "product": "45A01"}).json()
    assert [(p["amount"], p["validFrom"], p["validTo"]) for p in periods] == [
        ("68.40", "2025-01-01", "2026-12-31"), ("70.79", "2027-01-01", None)]
    on_date = api.get("/tariffs", params={"region": REGION, "onDate": "2026-06-01"}).json()
    assert {t["productCode"]: t["amount"] for t in on_date}["45A01"] == "68.40"
    again = api.post("/tariffs/indexations", {"regionCode": REGION, "percentage": "3.5",
                                              "effectiveOn": "2027-01-01"}, headers=manager)
    assert again.status_code == 409
    changed = wait_until(lambda: [e["data"] for e in events_of(kafka_broker.bootstrap, "tariff.changed")
                                  if e["data"]["productCode"] == "45A01" and e["data"]["regionCode"] == REGION
                                  and e["data"]["validFrom"] == "2027-01-01"])
    assert changed[0]["amount"] == "70.79"
