"""An allocation is refused with problem+json naming the reason; nothing is stored and no event
is written."""
from __future__ import annotations

import uuid
from datetime import date

import pytest
from conftest import (
    REGION,
    allocation_body,
    invalid_names,
    outbox_types,
    problem,
    send,
    wait_until,
)
from contract_service.adapters import orm
from sqlalchemy import func, select
from zorgregio.events.admission import (
    ClientStopLifted,
    ClientStopStarted,
    ProviderSuspended,
)


def counts(svc) -> tuple[int, int]:
    with svc.runtime.engine.connect() as conn:
        allocations = conn.execute(select(func.count()).select_from(orm.Allocation.__table__)).scalar()
    return allocations, len(outbox_types(svc.runtime))


@pytest.fixture
def refused(api, svc):
    """Posts an allocation and asserts it was refused with `status`, `code` and `field`, storing nothing."""

    def check(body: dict, status: int, code: str, field: str | None, headers: dict | None = None) -> dict:
        before = counts(svc)
        response = api.post("/allocations", body, headers=headers or api.access(body["municipalityCode"]))
        assert response.status_code == status, response.text
        body_json = problem(response)
        assert code in (body_json["code"], *[p["code"] for p in body_json.get("invalidParams", [])])
        if field:
            assert field in invalid_names(response)
        assert counts(svc) == before
        return body_json

    return check


def test_bad_bsn_shape_and_eleven_test(refused, contracted):
    provider = contracted()
    refused(allocation_body(provider, bsn="12345678"), 400, "string_pattern_mismatch", "client.bsn")
    refused(allocation_body(provider, bsn="123456780"), 422, "invalid-bsn", "client.bsn")


def test_no_active_contract(refused, contracted):
    unsigned = contracted(sign=False)
    refused(allocation_body(unsigned), 422, "no-active-contract", "providerId")
    signed = contracted(municipalities=("0200",))
    refused(allocation_body(signed, municipality="0213"), 422, "no-active-contract", "providerId")
    refused(allocation_body(signed, product="45A10", startDate="2025-06-01"), 422, "no-active-contract",
            "providerId")


def test_product_opted_out(api, refused, contracted):
    provider = contracted(products=("45A10",), municipalities=("0232",))
    r = api.post("/catalogue/products/45A10/opt-outs", {"regionCode": REGION, "municipalityCode": "0232",
                                                       "startsOn": "2026-01-01"}, headers=api.manager())
    assert r.status_code == 201, r.text
    assert {"municipalityCode": "0232", "startsOn": "2026-01-01", "endsOn": None} in r.json()["optOuts"]
    refused(allocation_body(provider, product="45A10", municipality="0232"), 422, "product-opted-out", "productCode")


def test_client_stop_and_suspension_from_admission_events(api, refused, contracted, kafka_broker):
    provider = contracted()
    stop = ClientStopStarted(provider_id=provider, region_code=REGION, enforcement_id=uuid.uuid4(),
                             starts_on=date(2026, 1, 1), reason="kwaliteit onvoldoende")
    send(kafka_broker.bootstrap, stop)
    wait_until(lambda: api.get(f"/providers/{provider}/status", headers=api.manager()).json()["clientStop"])
    refused(allocation_body(provider), 422, "provider-client-stop", "providerId")

    send(kafka_broker.bootstrap, ClientStopLifted(provider_id=provider, region_code=REGION,
                                                   enforcement_id=stop.enforcement_id, lifted_on=date(2026, 2, 1)))
    wait_until(lambda: not api.get(f"/providers/{provider}/status", headers=api.manager()).json()["clientStop"])
    assert api.post("/allocations", allocation_body(provider), headers=api.access()).status_code == 201

    send(kafka_broker.bootstrap, ProviderSuspended(provider_id=provider, region_code=REGION,
                                                    enforcement_id=uuid.uuid4(), starts_on=date(2026, 1, 1),
                                                    reason="onderzoek inspectie"))
    wait_until(lambda: api.get(f"/providers/{provider}/status", headers=api.manager()).json()["suspended"])
    refused(allocation_body(provider), 422, "provider-suspended", "providerId")


def test_budget_ceiling_exceeded(api, refused, contracted):
    provider = contracted(municipalities=("0244",))
    # 4 hours a week × € 68.40 over 26 weeks (Feb–Jul) ≈ € 7,100
    r = api.put("/budget-ceilings", {"municipalityCode": "0244", "year": 2026, "providerId": str(provider),
                                     "amount": "10000.00"}, headers=api.h("backoffice", municipality_code="0244"))
    assert r.status_code == 200, r.text
    assert api.post("/allocations", allocation_body(provider, municipality="0244"),
                    headers=api.access("0244")).status_code == 201
    body = refused(allocation_body(provider, municipality="0244"), 422, "budget-ceiling-exceeded", "volume")
    assert "10000" in body["detail"]
    backoffice = api.h("backoffice", municipality_code="0244")
    [ceiling] = [c for c in api.get("/budget-ceilings", params={"year": 2026}, headers=backoffice).json()
                 if c["providerId"] == str(provider)]
    assert 7000 < float(ceiling["committed"]) < 7200  # the allocation that got in
    assert float(ceiling["remaining"]) == 10000 - float(ceiling["committed"])
    lowered = api.put("/budget-ceilings", {"municipalityCode": "0244", "year": 2026, "providerId": str(provider),
                                           "amount": "5000.00"}, headers=backoffice).json()
    assert float(lowered["remaining"]) < 0  # what is allocated stands; the back office sees it is over


def test_another_municipalitys_token(refused, contracted, api):
    provider = contracted()
    refused(allocation_body(provider, municipality="0200"), 403, "other-municipality", "municipalityCode",
            headers=api.access("0213"))
    refused(allocation_body(provider), 403, "role-missing", None, headers=api.provider(provider))


def test_end_before_start(refused, contracted):
    provider = contracted()
    refused(allocation_body(provider, startDate="2026-03-01", endDate="2026-02-01"), 422, "end-before-start",
            "endDate")


def test_unknown_product(refused, contracted):
    provider = contracted()
    refused(allocation_body(provider, product="45Z99"), 422, "unknown-product", "productCode")


def test_unknown_referrer_type_and_unit(refused, contracted):
    provider = contracted()
    refused(allocation_body(provider, referrerType="09"), 422, "unknown-referrer-type", "referrerType")
    refused(allocation_body(provider, volume={"amount": "4", "unit": "liter", "frequency": "per_week"}), 400,
            "literal_error", "volume.unit")


def test_without_token_is_401(api, contracted):
    r = api.post("/allocations", allocation_body(uuid.uuid4()))
    assert r.status_code == 401 and problem(r)["code"] == "token-missing"
