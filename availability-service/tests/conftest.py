"""Fixtures of the availability service's tests; the shared ones (broker, databases, issuer,
start_service) come from the zorgregio pytest plugin.

One running service for the whole session (its consumer group must not be split between
two instances); each test makes its own providers, so tests do not see each other's data."""
from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from kafka import KafkaProducer
from zorgregio.demo import PRODUCTS
from zorgregio.events import admission as adm
from zorgregio.events import contracting as con
from zorgregio.events.common import OrganisationContact, ProductMunicipality
from zorgregio.events.envelope import CloudEvent, EventData
from zorgregio.testing.services import RunningService

REGION = "ZOU"
MUNICIPALITIES = ("0312", "0310", "1581", "0352", "0355")


def wait_until(check: Callable[[], Any], timeout: float = 20.0, interval: float = 0.05) -> Any:
    """Poll `check` until it returns something truthy; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout}s (last: {result!r})")
        time.sleep(interval)


class Bus:
    def __init__(self, bootstrap: str) -> None:
        self.producer = KafkaProducer(bootstrap_servers=bootstrap, linger_ms=0)

    def publish(self, data: EventData) -> CloudEvent:
        event = CloudEvent.wrap(data, source="/zorgregio/test")
        self.producer.send(data.topic.value, key=data.key.encode(), value=event.to_json_bytes())
        self.producer.flush()
        return event


@pytest.fixture(scope="session")
def svc(start_service) -> Iterator[RunningService]:
    with start_service("availability", stale_job_seconds=3600, gap_job_seconds=3600) as running:
        yield running


@pytest.fixture(scope="session")
def bus(kafka_broker) -> Iterator[Bus]:
    bus = Bus(kafka_broker.bootstrap)
    yield bus
    bus.producer.close()


def catalogue_event(version: int = 1) -> con.CataloguePublished:
    products = [con.CatalogueProduct(code=p.code, name=p.name, description=p.description, category=p.category,
                                     product_group=p.product_group, unit=p.unit, funding_form=p.funding_form,
                                     valid_from=date(2026, 1, 1)) for p in PRODUCTS]
    return con.CataloguePublished(region_code=REGION, version=version, effective_on=date(2026, 1, 1), products=products)


@pytest.fixture(scope="session")
def catalogue(svc: RunningService, bus: Bus) -> None:
    bus.publish(catalogue_event())
    wait_until(lambda: svc.client.get(svc.api("/vocabularies")).json()["products"], timeout=30)


@dataclass
class Provider:
    id: uuid.UUID
    name: str
    contract_id: uuid.UUID
    products: tuple[str, ...]

    def headers(self, issuer) -> dict[str, str]:
        return issuer.headers("provider", provider_id=str(self.id))


@pytest.fixture
def contracted(svc: RunningService, bus: Bus, catalogue: None) -> Callable[..., Provider]:
    """A freshly admitted and contracted provider, visible in search (as not yet reported)."""

    def make(products: tuple[str, ...] = ("45A10", "45A48"), municipalities: tuple[str, ...] = MUNICIPALITIES,
             name: str | None = None) -> Provider:
        provider = Provider(uuid.uuid4(), name or f"Testpraktijk {uuid.uuid4().hex[:6]}", uuid.uuid4(), products)
        lines = [ProductMunicipality(product_code=p, municipality_code=m) for p in products for m in municipalities]
        bus.publish(adm.ProviderAdmitted(
            provider_id=provider.id, region_code=REGION, application_id=uuid.uuid4(), provider_name=provider.name,
            kvk_number="12345678", agb_code="98765432", contact=OrganisationContact(phone="030-1234567", city="Zeist"),
            admitted=lines, admitted_on=date(2026, 1, 1)))
        bus.publish(con.ContractSigned(contract_id=provider.contract_id, provider_id=provider.id, region_code=REGION,
                                       kind="framework", provider_name=provider.name, lines=lines,
                                       starts_on=date(2026, 1, 1)))
        wait_until(lambda: len(entries_of(svc, provider.id)) == len(products))
        return provider

    return make


def entries_of(svc: RunningService, provider_id: uuid.UUID) -> list[dict[str, Any]]:
    response = svc.client.get(svc.api(f"/providers/{provider_id}"))
    return response.json()["entries"] if response.status_code == 200 else []


def search(svc: RunningService, **params: Any) -> dict[str, Any]:
    response = svc.client.get(svc.api("/search"), params=params)
    assert response.status_code == 200, response.text
    return response.json()


def report(**overrides: Any) -> dict[str, Any]:
    body = {"location": {"name": "Praktijk Zeist", "city": "Zeist"}, "acceptingNewClients": True,
            "intakeWaitWeeks": 3, "treatmentWaitWeeks": 5, "freePlaces": 2,
            "bridgingCare": {"offered": True, "description": "Telefonisch contact elke week"},
            "ageMin": 4, "ageMax": 18, "specialisms": ["trauma", "complexe-scheiding"],
            "contraIndications": "Geen acute crisis", "note": "Aanmelden via de website"}
    body.update(overrides)
    return body
