"""The full path: window open → application with evidence → screening with one requirement
failed → evidence added → dialogue → admitted → `provider.admitted` on the bus, consumed by a
separate consumer (its own group and database, as another service would)."""
from __future__ import annotations

import threading
import uuid

import pytest
from conftest import PNG, wait_until
from sqlalchemy import Column, MetaData, Table, Text, create_engine, select
from sqlalchemy.orm import sessionmaker
from zorgregio.config import ServiceSettings
from zorgregio.events.admission import ProviderAdmitted
from zorgregio.events.envelope import Topic
from zorgregio.messaging.consumer import ConsumerRunner
from zorgregio.messaging.kafka import make_consumer, make_producer
from zorgregio.messaging.tables import metadata as messaging_metadata
from zorgregio.messaging.unit_of_work import UnitOfWork
from zorgregio.testing.kafka import read_topic

received_metadata = MetaData()
received = Table("admitted_lines", received_metadata, Column("provider_id", Text, primary_key=True),
                 Column("product_code", Text, primary_key=True), Column("municipality_code", Text, primary_key=True))


@pytest.fixture
def other_service(databases, service_env):
    """A consumer of the admission topic with its own group id and database (stands in for contracting)."""
    settings = ServiceSettings(service_name="other", base_path="/other/api/v1",
                               **service_env(databases.create("other")))
    engine = create_engine(settings.database_url)
    messaging_metadata.create_all(engine)
    received_metadata.create_all(engine)

    def on_admitted(uow: UnitOfWork, event) -> None:
        data = event.parsed()
        assert isinstance(data, ProviderAdmitted)
        uow.session.execute(received.insert(), [{"provider_id": str(data.provider_id), "product_code": line.product_code,
                                                 "municipality_code": line.municipality_code} for line in data.admitted])

    group = f"other-{uuid.uuid4().hex[:6]}"
    producer = make_producer(settings)
    runner = ConsumerRunner(consumer_factory=lambda: make_consumer(settings, [Topic.ADMISSION.value], group),
                            producer=producer, uow_factory=lambda: UnitOfWork(sessionmaker(bind=engine), "/other"),
                            handlers={ProviderAdmitted.event_type: on_admitted}, group_id=group)
    stop = threading.Event()
    thread = threading.Thread(target=runner.run, args=(stop,), daemon=True)
    thread.start()
    yield engine
    stop.set()
    thread.join(10)
    producer.close(timeout=5)
    engine.dispose()


def test_full_path_to_provider_admitted(api, requirements, kafka_broker, other_service):
    region, municipalities = "MIJOV", ["0200", "0262"]
    api.open_window(region)
    provider_id = api.new_provider("Jeugdhulp Testpad", publicContact={"phone": "055-5550199", "city": "Apeldoorn",
                                                                        "website": "https://testpad.example"})
    response = api.apply(provider_id, region, municipalities, products=["45A10"])
    assert response.status_code == 201, response.text
    app = response.json()
    app_id = app["id"]
    assert app["status"] == "submitted" and app["maxDialogueSessions"] == 4
    assert {r["code"] for r in app["requirements"]} == {"T-KVK", "T-VOG", "T-BEH-BIG"}

    assert api.upload(provider_id, app_id, "T-KVK").status_code == 201
    assert api.upload(provider_id, app_id, "T-VOG", valid_until="2027-06-30").status_code == 201

    staff = api.staff(region)
    assert api.post(f"/applications/{app_id}/screening", staff).json()["status"] == "screening"
    for code in ("T-KVK", "T-VOG"):
        r = api.post(f"/applications/{app_id}/verdicts", staff, json={"requirementCode": code, "verdict": "approved"})
        assert r.status_code == 200, r.text
    r = api.post(f"/applications/{app_id}/verdicts", staff,
                 json={"requirementCode": "T-BEH-BIG", "verdict": "rejected", "reason": "Geen BIG-registratie"})
    assert r.status_code == 200
    api.post(f"/applications/{app_id}/evidence-requests", staff,
             json={"requirementCode": "T-BEH-BIG", "message": "Stuur de BIG-registraties van de behandelaars."})
    blocked = api.post(f"/applications/{app_id}/dialogue", staff)
    assert blocked.status_code == 422 and "T-BEH-BIG" in blocked.json()["detail"]

    # the provider adds the missing evidence while in screening; the work queue shows it
    uploaded = api.upload(provider_id, app_id, "T-BEH-BIG", content=PNG, name="big.png", media="image/png",
                          valid_until="2028-01-01")
    assert uploaded.status_code == 201 and uploaded.json()["mediaType"] == "image/png"
    queue = api.get("/work-queue", staff).json()
    assert {"applicationId": app_id, "action": "review_new_evidence"} in [
        {"applicationId": i["application"]["id"], "action": i["action"]} for i in queue["applications"]]
    r = api.post(f"/applications/{app_id}/verdicts", staff, json={"requirementCode": "T-BEH-BIG", "verdict": "approved"})
    assert r.status_code == 200

    assert api.post(f"/applications/{app_id}/dialogue", staff).json()["status"] == "dialogue"
    r = api.post(f"/applications/{app_id}/dialogue-sessions", staff, json={"heldOn": "2026-11-20", "notes": "Tafel 1"})
    assert r.status_code == 201 and len(r.json()["dialogueSessions"]) == 1
    admitted = api.post(f"/applications/{app_id}/admission", staff, json={"reasons": ["Voldoet aan alle eisen"]})
    assert admitted.status_code == 200, admitted.text
    body = admitted.json()
    assert body["status"] == "admitted" and body["decided"]["subject"] and body["decisionReasons"]
    assert [s["action"] for s in body["history"]][:2] == ["submit", "start_screening"]
    assert body["history"][-1]["action"] == "admit" and body["history"][-1]["by"]["role"] == "region_assessor"

    def listed(query: str) -> set[str]:
        return {p["id"] for p in api.get(f"/providers?limit=200&{query}", staff).json()["items"]}
    assert str(provider_id) in listed(f"regionCode={region}&admitted=true")  # the region's admitted providers
    assert str(provider_id) not in listed("regionCode=ZOU")

    # the event on the bus
    def admitted_event():
        records = read_topic(kafka_broker.bootstrap, Topic.ADMISSION.value, timeout=5)
        return [r for r in records if b"provider.admitted" in r.value and str(provider_id).encode() in r.value]
    record = wait_until(admitted_event)[0]
    assert record.key == str(provider_id).encode()

    # consumed by the other service into its own database
    def lines():
        with other_service.connect() as conn:
            return conn.execute(select(received.c.product_code, received.c.municipality_code)
                                .where(received.c.provider_id == str(provider_id))).all()
    assert sorted(wait_until(lines, timeout=60)) == [("45A10", "0200"), ("45A10", "0262")]

    # the document downloads byte for byte; admission answers with the checksum
    evidence = body["evidence"][-1]
    download = api.get(f"/applications/{app_id}/evidence/{evidence['id']}/content", api.provider(provider_id))
    assert download.status_code == 200 and download.content == PNG
    assert download.headers["content-type"] == "image/png"
