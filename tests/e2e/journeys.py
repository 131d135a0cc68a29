"""Reusable steps of the end-to-end tests, only through the public REST APIs: a contracted
provider ready for allocations, valid BSNs, a webhook receiver and monitor figures."""
from __future__ import annotations

import json
import random
import threading
import time
import uuid
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
from conftest import eventually
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from zorgregio.bsn import random_bsn
from zorgregio.testing.processes import ServerThread

SUPPRESSED = "<5"
CONTRACT_TIMEOUT = 120  # from admission to the framework contract in contracting (an event)
PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")
GROUPS = {"45A10": "Behandeling", "45A48": "Behandeling", "45A01": "Begeleiding individueel"}


def today() -> date:
    """The services date things in Europe/Amsterdam."""
    return datetime.now(ZoneInfo("Europe/Amsterdam")).date()


def valid_bsn(rng: random.Random) -> str:
    """A fictional citizen service number that passes the eleven-test."""
    return random_bsn(rng)


def ok(response: httpx.Response, *statuses: int) -> dict | list:
    assert response.status_code in (statuses or (200,)), \
        f"{response.request.method} {response.request.url}: {response.status_code} {response.text}"
    return response.json() if response.content else {}


def onboard_provider(platform, http: httpx.Client, region: str, municipalities: list[str],
                     product: str = "45A10", name: str = "Zorgaanbieder") -> str:
    """A provider admitted for `product` in `municipalities` with a signed framework contract.
    Creates the region's product, tariff, requirement and intake window when they are missing."""
    cm = platform.headers("region_contract_manager", region_code=region)
    assessor = platform.headers("region_assessor", region_code=region)
    contracting, admission = platform.api("contracting"), platform.api("admission")
    first_of_year = today().replace(month=1, day=1).isoformat()
    products = ok(http.get(f"{contracting}/catalogue/products", params={"region": region}))
    if product not in {p["code"] for p in products}:
        ok(http.post(f"{contracting}/catalogue/products", headers=cm, json={
            "regionCode": region, "code": product, "name": f"Product {product}", "category": product[:2],
            "productGroup": GROUPS.get(product, "Behandeling"), "unit": "uur", "fundingForm": "inspanningsgericht",
            "validFrom": first_of_year}), 201)
        ok(http.post(f"{contracting}/tariffs", headers=cm, json={
            "regionCode": region, "productCode": product, "amount": "80.00", "validFrom": first_of_year}), 201)
        ok(http.post(f"{contracting}/catalogue/versions", headers=cm,
                     json={"regionCode": region, "effectiveOn": today().isoformat()}), 201)
    requirements = ok(http.get(f"{admission}/requirements", headers=assessor, params={"regionCode": region}))
    if "KVK" not in {r["code"] for r in requirements}:
        ok(http.post(f"{admission}/requirements", headers=assessor, json={
            "regionCode": region, "code": "KVK", "title": "Uittreksel KvK", "layer": "general",
            "evidenceType": "kvk_extract"}), 201)
    windows = ok(http.get(f"{admission}/intake-windows", headers=assessor, params={"regionCode": region}))
    if not any(w["openNow"] and w["regionCode"] == region and w["kind"] == "regular" for w in windows):
        ok(http.post(f"{admission}/intake-windows", headers=assessor, json={
            "regionCode": region, "name": "Toetreding", "opensOn": today().isoformat(),
            "closesOn": (today() + timedelta(days=30)).isoformat()}), 201)
    provider_id = str(uuid.uuid4())
    provider = platform.headers("provider", provider_id=provider_id)
    ok(http.post(f"{admission}/providers", headers=provider, json={
        "id": provider_id, "name": name, "kvkNumber": f"{random.randrange(10**8):08d}",
        "agbCode": f"{random.randrange(10**8):08d}"}), 201)
    application = ok(http.post(f"{admission}/applications", headers=provider, json={
        "regionCode": region, "productCodes": [product], "municipalityCodes": municipalities}), 201)
    base = f"{admission}/applications/{application['id']}"
    ok(http.post(f"{base}/evidence", headers=provider, files={"file": ("kvk.pdf", PDF, "application/pdf")},
                 data={"requirementCode": "KVK"}), 201)
    ok(http.post(f"{base}/screening", headers=assessor))
    ok(http.post(f"{base}/verdicts", headers=assessor, json={"requirementCode": "KVK", "verdict": "approved"}))
    ok(http.post(f"{base}/dialogue", headers=assessor))
    ok(http.post(f"{base}/dialogue-sessions", headers=assessor, json={"heldOn": today().isoformat()}), 201)
    ok(http.post(f"{base}/admission", headers=assessor, json={"reasons": ["Voldoet"]}))
    admitted = time.monotonic()
    contracts = eventually(lambda: ok(http.get(f"{contracting}/contracts", headers=cm,
                                               params={"provider": provider_id})), timeout=CONTRACT_TIMEOUT)
    print(f"framework contract of {name} after {time.monotonic() - admitted:.1f}s")
    ok(http.post(f"{contracting}/contracts/{contracts[0]['id']}/signature", headers=cm, json={}))
    return provider_id


def allocation_body(provider_id: str, municipality: str, bsn: str, product: str = "45A10") -> dict:
    return {"municipalityCode": municipality, "client": {"bsn": bsn, "name": "Kind", "birthDate": "2014-06-01"},
            "productCode": product, "providerId": provider_id,
            "volume": {"amount": "1", "unit": "uur", "frequency": "per_week"}, "startDate": today().isoformat(),
            "referrerType": "01", "reason": "Jeugdhulp"}


def figure_total(platform, http: httpx.Client, aggregate: str, column: str, headers: dict, **params) -> int | str:
    """The sum of `column` over the figure's rows, or the suppressed marker if any row is suppressed."""
    body = ok(http.get(f"{platform.api('monitoring')}/figures/{aggregate}", headers=headers, params=params))
    values = [row[column] for row in body["rows"]]
    if any(v == SUPPRESSED for v in values):
        return SUPPRESSED
    return sum(values)


class Receiver:
    """A back office's webhook endpoint in this process: records every request it gets."""

    def __init__(self) -> None:
        self._requests: list[tuple[dict[str, str], bytes]] = []
        self._lock = threading.Lock()

        async def hook(request: Request) -> Response:
            body = await request.body()
            with self._lock:
                self._requests.append((dict(request.headers), body))
            return Response(status_code=204)

        self.server = ServerThread(Starlette(routes=[Route("/notifications", hook, methods=["POST"])]))

    @property
    def url(self) -> str:
        return f"{self.server.url}/notifications"

    def received(self) -> list[tuple[dict[str, str], bytes]]:
        with self._lock:
            return list(self._requests)

    def issued_deliveries(self, provider_id: str) -> dict[str, set[str]]:
        """allocation path → the distinct delivery ids of its `issued` notification (a delivery
        the monitor retries keeps its id; two ids would be two notifications of one event)."""
        out: dict[str, set[str]] = {}
        for headers, body in self.received():
            message = json.loads(body)
            if message.get("actie") == "issued" and message["kenmerken"].get("aanbiederId") == provider_id:
                out.setdefault(message["hoofdObject"], set()).add(headers["x-zorgregio-delivery"])
        return out
