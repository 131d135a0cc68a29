"""Enforcement events on the bus, signals consumed into the work queue, expiring evidence."""
from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from admission_service.service_layer.jobs import signal_expiring_evidence
from conftest import assert_problem, wait_until
from zorgregio.events.envelope import CloudEvent, Topic
from zorgregio.events.monitoring import SignalRaised, SignalResolved
from zorgregio.messaging.kafka import make_producer
from zorgregio.testing.kafka import read_topic


def events_for(bootstrap: str, provider_id, type_fragment: str) -> list[dict]:
    records = read_topic(bootstrap, Topic.ADMISSION.value, timeout=5)
    found = [json.loads(r.value) for r in records]
    return [e for e in found if type_fragment in e["type"] and e["data"]["providerId"] == str(provider_id)]


@pytest.fixture
def admitted_provider(api, requirements):
    """A provider admitted in CG for 45A01 in Arnhem and Duiven, with a VOG that ends in 20 days."""
    api.open_window("CG")
    provider_id = api.new_provider()
    app_id = api.apply(provider_id, "CG", ["0202", "0226"], products=["45A01"]).json()["id"]
    api.upload(provider_id, app_id, "T-KVK")
    soon = str(date.today() + timedelta(days=20))
    assert api.upload(provider_id, app_id, "T-VOG", valid_until=soon).status_code == 201
    staff = api.staff("CG", "region_contract_manager")
    api.post(f"/applications/{app_id}/screening", staff)
    for code in ("T-KVK", "T-VOG"):
        api.post(f"/applications/{app_id}/verdicts", staff, json={"requirementCode": code, "verdict": "approved"})
    api.post(f"/applications/{app_id}/dialogue", staff)
    assert api.post(f"/applications/{app_id}/admission", staff, json={}).json()["status"] == "admitted"
    return provider_id, app_id


def test_client_stop_started_and_lifted_reach_the_bus(api, admitted_provider, kafka_broker):
    provider_id, _ = admitted_provider
    staff = api.staff("CG", "region_contract_manager")
    stop = api.post(f"/providers/{provider_id}/enforcements", staff,
                    json={"regionCode": "CG", "kind": "client_stop", "startsOn": str(date.today()),
                          "reason": "Herstelaanbod niet nagekomen"})
    assert stop.status_code == 201, stop.text
    assert stop.json()["active"] is True
    again = api.post(f"/providers/{provider_id}/enforcements", staff,
                     json={"regionCode": "CG", "kind": "client_stop", "startsOn": str(date.today()), "reason": "x"})
    assert_problem(again, 409, "already-active")
    started = wait_until(lambda: events_for(kafka_broker.bootstrap, provider_id, "clientstop.started"))
    assert started[0]["data"]["enforcementId"] == stop.json()["id"] and started[0]["data"]["regionCode"] == "CG"

    lifted = api.post(f"/enforcements/{stop.json()['id']}/lift", staff,
                      json={"liftedOn": str(date.today()), "reason": "Verbeterplan uitgevoerd"})
    assert lifted.status_code == 200 and lifted.json()["active"] is False
    assert wait_until(lambda: events_for(kafka_broker.bootstrap, provider_id, "clientstop.lifted"))
    assert_problem(api.post(f"/enforcements/{stop.json()['id']}/lift", staff,
                            json={"liftedOn": str(date.today()), "reason": "x"}), 409)

    # a fine needs an amount; an exit for one municipality ends admission there
    assert_problem(api.post(f"/providers/{provider_id}/enforcements", staff,
                            json={"regionCode": "CG", "kind": "administrative_fine", "startsOn": str(date.today()),
                                  "reason": "Te late verantwoording"}), 422, "amount-required")
    fine = api.post(f"/providers/{provider_id}/enforcements", staff,
                    json={"regionCode": "CG", "kind": "administrative_fine", "startsOn": str(date.today()),
                          "reason": "Te late verantwoording", "amount": "2500.00"})
    assert fine.status_code == 201 and fine.json()["amount"] == "2500.00"
    exit_ = api.post(f"/providers/{provider_id}/enforcements", staff,
                     json={"regionCode": "CG", "kind": "exit", "startsOn": str(date.today()), "reason": "12 maanden "
                           "geen toewijzing", "municipalityCodes": ["0226"]})
    assert exit_.status_code == 201, exit_.text
    exited = wait_until(lambda: events_for(kafka_broker.bootstrap, provider_id, "provider.exited"))
    assert exited[0]["data"]["municipalityCodes"] == ["0226"]
    assert_problem(api.post(f"/providers/{provider_id}/enforcements", staff,
                            json={"regionCode": "CG", "kind": "exit", "startsOn": str(date.today()), "reason": "x",
                                  "municipalityCodes": ["0226"]}), 422, "municipality-not-admitted")
    measures = api.get(f"/providers/{provider_id}/enforcements", api.provider(provider_id)).json()
    assert {m["kind"] for m in measures} == {"client_stop", "administrative_fine", "exit"}
    # another region's staff cannot enforce here, and a provider not admitted cannot be enforced upon
    assert_problem(api.post(f"/providers/{provider_id}/enforcements", api.staff("MIJOV"),
                            json={"regionCode": "CG", "kind": "suspension", "startsOn": str(date.today()),
                                  "reason": "x"}), 403)
    assert_problem(api.post(f"/providers/{api.new_provider()}/enforcements", staff,
                            json={"regionCode": "CG", "kind": "suspension", "startsOn": str(date.today()),
                                  "reason": "x"}), 422, "provider-not-admitted")


def test_expiring_evidence_signalled_once(api, admitted_provider, admission, kafka_broker):
    provider_id, _ = admitted_provider
    assert signal_expiring_evidence(admission.runtime.uow) >= 1
    signal_expiring_evidence(admission.runtime.uow)
    expiring = wait_until(lambda: events_for(kafka_broker.bootstrap, provider_id, "evidence.expiring"))
    assert len(expiring) == 1 and expiring[0]["data"]["requirementCode"] == "T-VOG"


def test_signals_from_monitoring_in_the_work_queue(api, admission, kafka_broker):
    producer = make_producer(admission.runtime.settings)
    now = datetime.now(UTC)
    exit_signal = SignalRaised(signal_id=uuid.uuid4(), region_code="ZOU", kind="exit_candidate",
                               provider_id=uuid.uuid4(), municipality_code="0312",
                               message="12 maanden geen toewijzing in Bunnik", raised_at=now)
    ignored = SignalRaised(signal_id=uuid.uuid4(), region_code="ZOU", kind="stale_data", message="x", raised_at=now)
    gap = SignalRaised(signal_id=uuid.uuid4(), region_code="ZOU", kind="supply_gap", municipality_code="0355",
                       product_code="43A20", message="Geen gecontracteerde aanbieder neemt binnen 4 weken aan.",
                       raised_at=now)
    for data in (exit_signal, ignored, gap):
        event = CloudEvent.wrap(data, source="/test")
        producer.send(data.topic.value, key=data.key.encode(), value=event.to_json_bytes())
        if data is exit_signal:  # the same event delivered twice changes nothing
            producer.send(data.topic.value, key=data.key.encode(), value=event.to_json_bytes())
    producer.flush()
    staff = api.staff("ZOU")

    def signals():
        found = api.get("/work-queue", staff).json()["signals"]
        return found if len(found) >= 2 else None
    found = wait_until(signals, timeout=60)
    assert sorted((s["source"], s["kind"]) for s in found) == [("monitoring", "exit_candidate"),
                                                               ("monitoring", "supply_gap")]
    resolved = SignalResolved(signal_id=exit_signal.signal_id, region_code="ZOU", kind="exit_candidate",
                              resolved_at=now)
    producer.send(Topic.MONITORING.value, key=resolved.key.encode(),
                  value=CloudEvent.wrap(resolved, source="/test").to_json_bytes())
    producer.flush()
    producer.close(timeout=5)
    wait_until(lambda: len(api.get("/work-queue", staff).json()["signals"]) == 1, timeout=60)
    assert_problem(api.get("/work-queue?regionCode=ZOU", api.staff("CG")), 403)


def test_withdrawn_application_reaches_the_bus(api, requirements, kafka_broker):
    api.open_window("CG")
    provider_id = api.new_provider()
    app_id = api.apply(provider_id, "CG", ["0202"], products=["45A01"]).json()["id"]
    response = api.post(f"/applications/{app_id}/withdraw", api.provider(provider_id),
                        json={"reason": "Toch niet nodig"})
    assert response.status_code == 200 and response.json()["status"] == "withdrawn"
    withdrawn = wait_until(lambda: events_for(kafka_broker.bootstrap, provider_id, "application.withdrawn"))
    assert withdrawn[0]["data"]["applicationId"] == app_id and withdrawn[0]["data"]["reason"] == "Toch niet nodig"
