"""Fixtures of the admission service's tests; the shared ones (broker, databases, issuer,
start_service) come from the zorgregio pytest plugin. One running admission service (its own
database, relay and consumer live) serves every API and integration test of the session."""
from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

API = "/admission/api/v1"
PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def wait_until(condition: Callable[[], Any], timeout: float = 40.0, interval: float = 0.1) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := condition():
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s")


def assert_problem(response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.headers["api-version"]
    body = response.json()
    assert body["status"] == status and body["title"] and body["detail"]
    if code:
        assert body["code"] == code, body
    return body


# The tests share one database. Windows per region: MIJOV and CG have regular windows open today,
# NV only a closed one (window-closed refusals), ZOU only interim windows for "Verblijf/Wonen".
@pytest.fixture(scope="session")
def admission(start_service):
    with start_service("admission", evidence_max_bytes=64 * 1024) as svc:
        yield svc


class Api:
    """Small helper over the TestClient with tokens for each role."""

    def __init__(self, svc, issuer) -> None:
        self.svc, self.client, self.issuer = svc, svc.client, issuer

    def staff(self, region: str, role: str = "region_assessor") -> dict:
        return self.issuer.headers(role, region_code=region)

    def provider(self, provider_id) -> dict:
        return self.issuer.headers("provider", provider_id=str(provider_id))

    def post(self, path: str, headers: dict, **kwargs):
        return self.client.post(API + path, headers=headers, **kwargs)

    def get(self, path: str, headers: dict, **kwargs):
        return self.client.get(API + path, headers=headers, **kwargs)

    def new_provider(self, name: str | None = None, **extra) -> uuid.UUID:
        provider_id = uuid.uuid4()
        body = {"name": name or f"Aanbieder {provider_id.hex[:6]}", "kvkNumber": f"{uuid.uuid4().int % 10**8:08d}",
                "agbCode": "98000001", "publicContact": {"phone": "055-5550101", "city": "Apeldoorn"},
                "addresses": [{"street": "Stationsstraat", "houseNumber": "1", "postalCode": "7311 AB",
                               "city": "Apeldoorn"}], **extra}
        response = self.post("/providers", self.provider(provider_id), json=body)
        assert response.status_code == 201, response.text
        return provider_id

    def open_window(self, region: str, **extra) -> dict:
        """An intake window open today; a region that caps its regular windows per year (MIJOV)
        keeps the one it opened (the tests share one database)."""
        today = date.today()
        if not extra:
            windows = self.get(f"/intake-windows?regionCode={region}", self.staff(region)).json()
            if open_now := [w for w in windows if w["openNow"] and w["kind"] == "regular"]:
                return open_now[0]
        body = {"regionCode": region, "opensOn": str(today - timedelta(days=10)),
                "closesOn": str(today + timedelta(days=30)), "name": "test", **extra}
        response = self.post("/intake-windows", self.staff(region), json=body)
        assert response.status_code == 201, response.text
        return response.json()

    def apply(self, provider_id, region: str, municipalities: list[str], products=(), groups=()):
        return self.post("/applications", self.provider(provider_id),
                         json={"regionCode": region, "productCodes": list(products), "productGroups": list(groups),
                               "municipalityCodes": municipalities})

    def upload(self, provider_id, application_id, requirement: str, content: bytes = PDF, name: str = "bewijs.pdf",
               valid_until: str | None = None, media: str = "application/pdf"):
        data = {"requirementCode": requirement, **({"validUntil": valid_until} if valid_until else {})}
        return self.post(f"/applications/{application_id}/evidence", self.provider(provider_id),
                         files={"file": (name, content, media)}, data=data)


@pytest.fixture(scope="session")
def api(admission, issuer) -> Api:
    return Api(admission, issuer)


@pytest.fixture(scope="session")
def requirements(api) -> dict[str, list[dict]]:
    """A small programme of requirements for MIJOV and CG (the regions the tests apply in)."""
    made: dict[str, list[dict]] = {}
    for region in ("MIJOV", "CG"):
        made[region] = []
        for body in (
            {"code": "T-KVK", "title": "Uittreksel KvK", "layer": "general", "evidenceType": "kvk_extract"},
            {"code": "T-VOG", "title": "VOG", "layer": "general", "evidenceType": "vog", "expires": True},
            {"code": "T-BEH-BIG", "title": "BIG behandelaars", "layer": "product_group", "scope": "Behandeling",
             "evidenceType": "big_registration", "expires": True},
        ):
            response = api.post("/requirements", api.staff(region, "region_contract_manager"),
                                json={"regionCode": region, **body})
            assert response.status_code == 201, response.text
            made[region].append(response.json())
    return made
