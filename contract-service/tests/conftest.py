"""Fixtures of the contracting service's tests; the shared ones (broker, databases, issuer,
start_service) come from the zorgregio pytest plugin.

One running service (real PostgreSQL, real broker, relay and consumer live) serves the whole
session; each test makes its own providers so tests do not see each other's data."""
from __future__ import annotations

import json
import random
import time
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from zorgregio.bsn import random_bsn
from zorgregio.demo import PRODUCTS
from zorgregio.events.admission import ProviderAdmitted
from zorgregio.events.common import OrganisationContact, ProductMunicipality
from zorgregio.events.envelope import CloudEvent
from zorgregio.messaging.kafka import make_producer

REGION = "MIJOV"
MUNICIPALITIES = ["0200", "0213", "0232", "0244", "0246", "0262", "0285", "0301"]
START = date(2026, 1, 1)


def wait_until(condition: Callable[[], Any], timeout: float = 20.0, interval: float = 0.05) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s")


def make_bsn(rng: random.Random | None = None) -> str:
    return random_bsn(rng)


class Api:
    """The service's API with tokens for each role."""

    def __init__(self, svc, issuer) -> None:
        self.svc, self.issuer, self.client = svc, issuer, svc.client

    def h(self, role: str, **claims) -> dict[str, str]:
        return self.issuer.headers(role, **{k: str(v) for k, v in claims.items()})

    def manager(self, region: str = REGION) -> dict[str, str]:
        return self.h("region_contract_manager", region_code=region, subject=f"cm-{region}")

    def access(self, municipality: str = "0200") -> dict[str, str]:
        return self.h("access_team", municipality_code=municipality, subject=f"toegang-{municipality}")

    def provider(self, provider_id) -> dict[str, str]:
        return self.h("provider", provider_id=provider_id)

    def admin(self) -> dict[str, str]:
        return self.h("admin", subject="beheerder")

    def get(self, path: str, **kw):
        return self.client.get(self.svc.api(path), **kw)

    def post(self, path: str, json: Any = None, **kw):
        return self.client.post(self.svc.api(path), json=json, **kw)

    def put(self, path: str, json: Any = None, **kw):
        return self.client.put(self.svc.api(path), json=json, **kw)

    def patch(self, path: str, json: Any = None, **kw):
        return self.client.patch(self.svc.api(path), json=json, **kw)


def admit(bootstrap: str, provider_id: uuid.UUID, products: list[str], municipalities: list[str],
          region: str = REGION, name: str | None = None, admitted_on: date = START) -> CloudEvent:
    """Puts a provider.admitted event on the bus, as the admission service would."""
    data = ProviderAdmitted(provider_id=provider_id, region_code=region, application_id=uuid.uuid4(),
                            provider_name=name or f"Aanbieder {str(provider_id)[:8]}", kvk_number="12345678",
                            agb_code="98765432", contact=OrganisationContact(city="Apeldoorn"),
                            admitted=[ProductMunicipality(product_code=p, municipality_code=m)
                                      for p in products for m in municipalities], admitted_on=admitted_on)
    return send(bootstrap, data)


def send(bootstrap: str, data) -> CloudEvent:
    event = CloudEvent.wrap(data, source="/zorgregio/admission")
    from zorgregio.config import ServiceSettings
    producer = make_producer(ServiceSettings(service_name="test-admission", base_path="/x",
                                             kafka_bootstrap_servers=bootstrap))
    producer.send(data.topic.value, key=data.key.encode(), value=event.to_json_bytes())
    producer.flush()
    producer.close()
    return event


@pytest.fixture(scope="session")
def svc(start_service):
    with start_service("contracting") as running:
        wait_until(lambda: running.runtime.consumer is not None and running.runtime.consumer.ready.is_set(), 30)
        yield running


@pytest.fixture(scope="session")
def api(svc, issuer) -> Api:
    return Api(svc, issuer)


@pytest.fixture(scope="session")
def catalogue(api: Api) -> list[str]:
    """The demo products in MIJOV with tariffs from 2026, published."""
    for p in PRODUCTS:
        body = {"regionCode": REGION, "code": p.code, "name": p.name, "description": p.description,
                "category": p.category, "productGroup": p.product_group, "unit": p.unit,
                "fundingForm": p.funding_form, "residential": p.residential, "crucialFunction": p.crucial_function,
                "validFrom": "2025-01-01"}
        assert api.post("/catalogue/products", body, headers=api.manager()).status_code == 201
        r = api.post("/tariffs", {"regionCode": REGION, "productCode": p.code, "amount": p.tariff_eur,
                                  "validFrom": "2025-01-01"}, headers=api.manager())
        assert r.status_code == 201, r.text
    assert api.post("/catalogue/versions", {"regionCode": REGION, "effectiveOn": "2025-01-01"},
                    headers=api.manager()).status_code == 201
    return [p.code for p in PRODUCTS]


@pytest.fixture
def contracted(api: Api, catalogue, kafka_broker) -> Callable[..., uuid.UUID]:
    """A fresh provider, admitted over the bus and its framework agreement signed."""

    def make(products: tuple[str, ...] = ("45A01", "45A10"), municipalities: tuple[str, ...] = ("0200", "0213"),
             sign: bool = True) -> uuid.UUID:
        provider_id = uuid.uuid4()
        admit(kafka_broker.bootstrap, provider_id, list(products), list(municipalities))
        contract = wait_until(lambda: next(iter(api.get("/contracts", params={"provider": str(provider_id)},
                                                        headers=api.manager()).json()), None))
        if sign:
            r = api.post(f"/contracts/{contract['id']}/signature", headers=api.manager())
            assert r.status_code == 200, r.text
        return provider_id

    return make


def allocation_body(provider_id, *, bsn: str | None = None, product: str = "45A01", municipality: str = "0200",
                    **overrides) -> dict:
    body = {"municipalityCode": municipality,
            "client": {"bsn": bsn or make_bsn(), "name": "Sanne de Vries", "birthDate": "2014-03-02"},
            "productCode": product, "providerId": str(provider_id),
            "volume": {"amount": "4", "unit": "uur", "frequency": "per_week"},
            "startDate": "2026-02-01", "endDate": "2026-07-31", "referrerType": "01",
            "reason": "Ondersteuning bij gedragsproblemen thuis"}
    body.update(overrides)
    return body


def problem(response) -> dict:
    assert response.headers["content-type"].startswith("application/problem+json"), response.text
    return response.json()


def invalid_names(response) -> list[str]:
    return [p["name"] for p in problem(response).get("invalidParams", [])]


def outbox_types(runtime) -> list[str]:
    from sqlalchemy import select
    from zorgregio.messaging.tables import outbox
    with runtime.engine.connect() as conn:
        return [r.event_type for r in conn.execute(select(outbox.c.event_type).order_by(outbox.c.seq))]


def dumps(value) -> str:
    return json.dumps(value)
