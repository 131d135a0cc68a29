"""Over HTTP: small-cell suppression in JSON, CSV and PDF; who sees what; and notifications to
back offices delivered to real webhook receivers (signed, once, retried, paused, replayed)."""
from __future__ import annotations

import io
import json
import time

import pytest
from pypdf import PdfReader
from sqlalchemy import text
from zorgregio.testing.kafka import read_topic

from tests import scenario
from tests.conftest import Receiver, wait_until

FROM_TO = {"from": "2025-01", "to": "2025-06"}


@pytest.fixture(scope="module")
def service(start_service, publish, issuer, receiver_factory_module):
    good, failing = receiver_factory_module(204), receiver_factory_module(500)
    with start_service("monitoring", delivery_poll_seconds=0.05, delivery_backoff_seconds=0.05,
                       subscription_pause_after=3) as svc:
        backoffice = issuer.headers("backoffice", municipality_code=scenario.MUNI)
        subs = {}
        for name, receiver, channel in (("good", good, "allocations"), ("failing", failing, "allocations"),
                                        ("signals", good, "signals"), ("contracts", good, "contracts")):
            r = svc.client.post(svc.api("/subscriptions"), headers=backoffice,
                                json={"channel": channel, "callbackUrl": receiver.url, "auth": "Bearer geheim"})
            assert r.status_code == 201, r.text
            subs[name] = r.json()
        wait_until(lambda: svc.runtime.consumer is not None and svc.runtime.consumer.ready.is_set())
        events = [scenario.wrap(e) for e in scenario.history()]
        publish(events)
        publish(events[6:9])  # redelivered
        wait_until(lambda: _count(svc, "SELECT count(*) FROM inbox") >= len(events), timeout=60)
        svc.subs, svc.good, svc.failing, svc.backoffice = subs, good, failing, backoffice
        yield svc


@pytest.fixture(scope="module")
def receiver_factory_module():
    made: list[Receiver] = []

    def make(status: int) -> Receiver:
        made.append(Receiver(status))
        return made[-1]

    yield make
    for r in made:
        r.server.stop()


def _count(svc, sql: str) -> int:
    with svc.runtime.session_factory() as s:
        return s.scalar(text(sql))


def allocation_hooks(receiver):
    return [r for r in receiver.received if r[0]["kanaal"] == "allocations"]


def test_each_notification_arrives_once_signed(service):
    wait_until(lambda: len(allocation_hooks(service.good)) >= scenario.ALLOCATION_EVENTS)
    time.sleep(0.5)
    hooks = allocation_hooks(service.good)
    assert len(hooks) == scenario.ALLOCATION_EVENTS
    secret = service.subs["good"]["secret"]
    for body, raw, headers in hooks:
        assert Receiver.signed_correctly(secret, raw, headers)
        assert headers["authorization"] == "Bearer geheim"
        assert body["kenmerken"]["gemeentecode"] == scenario.MUNI
        assert set(body) == {"kanaal", "hoofdObject", "resource", "resourceUrl", "actie", "aanmaakdatum",
                             "kenmerken"}
        assert "c1" not in raw.decode() and "clientPseudonym" not in raw.decode()
    assert sorted({b["actie"] for b, _, _ in hooks}) == ["accepted", "ended", "issued", "started", "stopped",
                                                         "withdrawn"]


def test_failing_receiver_is_retried_then_paused(service):
    sub_id = service.subs["failing"]["id"]
    sub = wait_until(lambda: (s := service.client.get(service.api(f"/subscriptions/{sub_id}"),
                                                      headers=service.backoffice).json())["status"] == "paused" and s)
    assert "3 mislukte afleveringen" in sub["pausedReason"] and "HTTP 500" in sub["pausedReason"]
    deliveries = service.client.get(service.api(f"/subscriptions/{sub_id}/deliveries"),
                                    headers=service.backoffice).json()
    assert sum(d["attempts"] for d in deliveries) == 3
    assert any(d["attempts"] >= 2 for d in deliveries) or len(deliveries) >= 1
    assert all(d["status"] == "pending" for d in deliveries)
    assert len(service.failing.received) == 3
    time.sleep(0.5)
    assert len(service.failing.received) == 3  # paused: nothing more is sent


def test_replay_resends(service):
    wait_until(lambda: len(allocation_hooks(service.good)) >= scenario.ALLOCATION_EVENTS)
    sub_id = service.subs["good"]["id"]
    r = service.client.post(service.api(f"/subscriptions/{sub_id}/replay"), params={"since": "2000-01-01T00:00:00Z"},
                            headers=service.backoffice)
    assert r.status_code == 202 and r.json()["queued"] == scenario.ALLOCATION_EVENTS
    wait_until(lambda: len(allocation_hooks(service.good)) >= 2 * scenario.ALLOCATION_EVENTS)


def test_signal_notifications_and_acting_on_signals(service, issuer, kafka_broker):
    wait_until(lambda: any(b["kanaal"] == "signals" for b, _, _ in service.good.received))
    analyst = issuer.headers("region_analyst", region_code="MIJOV")
    signals = service.client.get(service.api("/signals"), headers=analyst).json()["items"]
    gap = next(s for s in signals if s["kind"] == "supply_gap")
    r = service.client.post(service.api(f"/signals/{gap['id']}/acknowledge"), headers=analyst)
    assert r.status_code == 200 and r.json()["status"] == "acknowledged" and r.json()["acknowledgedBy"]
    r = service.client.post(service.api(f"/signals/{gap['id']}/resolve"), headers=analyst)
    assert r.json()["status"] == "resolved"
    other = issuer.headers("region_analyst", region_code="CG")
    assert service.client.post(service.api(f"/signals/{gap['id']}/resolve"), headers=other).status_code == 404
    # raised, acknowledged and resolved went out through the outbox
    def published():
        records = read_topic(kafka_broker.bootstrap, "zorgregio.monitoring", timeout=5)
        return [json.loads(r.value)["type"] for r in records if json.loads(r.value)["data"]["signalId"] == gap["id"]]
    assert wait_until(lambda: len(published()) == 3 and published()) == [
        "nl.zorgregio.signal.raised.v1", "nl.zorgregio.signal.acknowledged.v1", "nl.zorgregio.signal.resolved.v1"]


def test_back_office_sees_only_its_own_subscriptions(service, issuer):
    other = issuer.headers("backoffice", municipality_code=scenario.OTHER_MUNI)
    assert service.client.get(service.api("/subscriptions"), headers=other).json() == []
    sub_id = service.subs["good"]["id"]
    assert service.client.get(service.api(f"/subscriptions/{sub_id}/deliveries"), headers=other).status_code == 404
    mine = service.client.get(service.api("/subscriptions"), headers=service.backoffice).json()
    assert len(mine) == 4 and all("secret" not in s and "auth" not in s for s in mine)


def test_a_back_office_is_notified_only_about_its_own_municipality(service):
    """P2's contract covers only Brummen (0213); Apeldoorn's back office hears only of P1's."""
    contracts = wait_until(lambda: [b for b, _, _ in service.good.received if b["kanaal"] == "contracts"])
    time.sleep(0.3)
    contracts = [b for b, _, _ in service.good.received if b["kanaal"] == "contracts"]
    assert len(contracts) == 1
    assert contracts[0]["kenmerken"] == {"gemeentecode": scenario.MUNI, "aanbiederId": str(scenario.P1)}
    assert contracts[0]["resource"] == "contract" and contracts[0]["actie"] == "signed"


def test_small_counts_are_suppressed_in_json(service, issuer):
    analyst = issuer.headers("region_analyst", region_code="MIJOV")
    r = service.client.get(service.api("/figures/inflow"), params={**FROM_TO, "region": "MIJOV"}, headers=analyst)
    assert r.status_code == 200, r.text
    assert {row["month"]: row["inflow"] for row in r.json()["rows"]} == {
        "2025-01": "<5", "2025-02": "<5", "2025-03": "<5", "2025-06": "<5"}
    waits = service.client.get(service.api("/figures/waits"), params=FROM_TO, headers=analyst).json()["rows"]
    assert all(row["medianDays"] in ("<5", None) and row["p90Days"] in ("<5", None) for row in waits)


def test_small_counts_are_suppressed_in_csv(service, issuer):
    analyst = issuer.headers("region_analyst", region_code="MIJOV")
    r = service.client.get(service.api("/figures/outflow.csv"), params=FROM_TO, headers=analyst)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    lines = r.text.strip().splitlines()
    assert lines[0] == "month,outflow,endedAsPlanned,endedNotAsPlanned,plannedShare"
    assert lines[1] == "2025-01,<5,<5,<5,<5"
    r = service.client.get(service.api("/figures/spend"), params={**FROM_TO, "format": "csv"}, headers=analyst)
    assert all(",<5," in line for line in r.text.strip().splitlines()[1:])


def test_small_counts_are_suppressed_in_the_pdf(service, issuer):
    analyst = issuer.headers("region_analyst", region_code="MIJOV")
    r = service.client.get(service.api("/reports/quarterly"), params={"region": "MIJOV", "year": 2025, "quarter": 1},
                           headers=analyst)
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    content = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(r.content)).pages).replace("\n", " ")
    assert "Kwartaalrapportage" in content and "<5" in content
    assert "2025-01 <5 <5 <5 <5 <5 <5" in content


def test_who_sees_what(service, issuer):
    own = issuer.headers("backoffice", municipality_code=scenario.MUNI)
    api = service.api("/figures/inflow")
    assert service.client.get(api, params={"municipality": scenario.MUNI}, headers=own).status_code == 200
    r = service.client.get(api, headers=own)  # the region total
    assert r.status_code == 200 and r.json()["region"] == "MIJOV" and r.json()["municipality"] is None
    assert service.client.get(api, params={"municipality": scenario.OTHER_MUNI}, headers=own).status_code == 403
    assert service.client.get(api, params={"groupBy": "municipality"}, headers=own).status_code == 403
    assert service.client.get(api, params={"region": "CG"}, headers=own).status_code == 403
    other_region = issuer.headers("region_analyst", region_code="CG")
    assert service.client.get(api, params={"region": "MIJOV"}, headers=other_region).status_code == 403
    provider = issuer.headers("provider", provider_id=str(scenario.P1))
    assert service.client.get(api, headers=provider).status_code == 403
    assert service.client.get(api, params={"from": "2025-13"}, headers=own).status_code == 400
    assert service.client.get(service.api("/figures/nonsense"), headers=own).status_code == 404

