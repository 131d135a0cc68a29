"""The event backbone end to end over a real broker and real PostgreSQL: outbox → relay →
Kafka → consumer with inbox in another service; dead letters; broker outage; replay."""
from __future__ import annotations

import threading
import time
import uuid
from datetime import date

import pytest
from conftest import effect_rows, effects, wait_until
from sqlalchemy import exc as sa_exc
from sqlalchemy.dialects.postgresql import insert as pg_insert
from zorgregio.events.admission import ClientStopStarted
from zorgregio.events.envelope import CloudEvent, Topic
from zorgregio.messaging.consumer import dead_letter_error
from zorgregio.messaging.kafka import make_producer
from zorgregio.messaging.tables import outbox
from zorgregio.runtime import ServiceRuntime
from zorgregio.testing.kafka import read_topic

FAIL_REASON = "always fails"
OUTAGE_REASON = "database away"
database_away = threading.Event()


def client_stop(reason: str = "herhaalde klachten") -> ClientStopStarted:
    return ClientStopStarted(provider_id=uuid.uuid4(), region_code="ZOU", enforcement_id=uuid.uuid4(),
                             starts_on=date(2026, 12, 1), reason=reason)


def count_effect(uow, event: CloudEvent) -> None:
    """The consumer's effect: count how often the event took effect."""
    if event.parsed().reason == FAIL_REASON:
        raise RuntimeError("this event can never be handled")
    if event.parsed().reason == OUTAGE_REASON and database_away.is_set():
        raise sa_exc.OperationalError("INSERT", {}, Exception("the database system is shutting down"))
    uow.session.execute(pg_insert(effects).values(event_id=event.id, counter=1).on_conflict_do_update(
        index_elements=["event_id"], set_={"counter": effects.c.counter + 1}))


def emit(runtime: ServiceRuntime, *events) -> list[CloudEvent]:
    with runtime.uow() as uow:
        written = [uow.emit(e) for e in events]
        uow.commit()
    return written


@pytest.fixture
def producer_service(settings_for):
    runtime = ServiceRuntime(settings_for("producer"))
    runtime.start()
    yield runtime
    runtime.stop()


@pytest.fixture
def consumer_service(settings_for):
    runtime = ServiceRuntime(settings_for("consumer"), handlers={ClientStopStarted.event_type: count_effect},
                             topics=[Topic.ADMISSION.value])
    runtime.start()
    yield runtime
    runtime.stop()


def test_event_reaches_consumer_in_other_service_once_even_when_redelivered(producer_service, consumer_service,
                                                                              kafka_broker):
    [event] = emit(producer_service, client_stop())
    wait_until(lambda: event.id in effect_rows(consumer_service))

    # deliver the very same message again, as a broker would after a lost commit
    producer = make_producer(consumer_service.settings)
    producer.send(Topic.ADMISSION.value, key=event.subject.encode(), value=event.to_json_bytes())
    marker = emit(producer_service, client_stop())[0]
    producer.flush()
    wait_until(lambda: marker.id in effect_rows(consumer_service))
    assert effect_rows(consumer_service)[event.id] == 1
    producer.close()


def test_failing_event_goes_to_dead_letter_topic_and_consumer_moves_on(producer_service, consumer_service,
                                                                       kafka_broker):
    poison, good = emit(producer_service, client_stop(FAIL_REASON), client_stop())
    wait_until(lambda: good.id in effect_rows(consumer_service))
    assert poison.id not in effect_rows(consumer_service)
    dead = [r for r in read_topic(kafka_broker.bootstrap, Topic.ADMISSION.dead_letter, expect=1)
            if CloudEvent.from_json_bytes(r.value).id == poison.id]
    assert len(dead) == 1
    assert "this event can never be handled" in dead_letter_error(dead[0].headers)


def test_database_outage_longer_than_the_retries_never_dead_letters_a_valid_event(producer_service,
                                                                                  consumer_service, kafka_broker):
    """The handler's database is away for longer than the whole retry budget (0.2+0.4+0.8 s):
    the event waits uncommitted and takes effect once when the database is back."""
    database_away.set()
    try:
        [event] = emit(producer_service, client_stop(OUTAGE_REASON))
        time.sleep(4)
        assert event.id not in effect_rows(consumer_service)
    finally:
        database_away.clear()
    wait_until(lambda: event.id in effect_rows(consumer_service))
    assert effect_rows(consumer_service)[event.id] == 1
    dead = read_topic(kafka_broker.bootstrap, Topic.ADMISSION.dead_letter, timeout=2)
    assert event.id not in {CloudEvent.from_json_bytes(r.value).id for r in dead}


def test_events_committed_while_broker_is_down_are_published_once_after_it_is_back(settings_for, kafka_broker,
                                                                                   tmp_path):
    from zorgregio.testing.processes import TansuBroker

    broker = TansuBroker(log_path=tmp_path / "own-broker.log").start()
    runtime = ServiceRuntime(settings_for("outage", kafka_bootstrap_servers=broker.bootstrap))
    runtime.start()
    try:
        broker.kill()
        written = emit(runtime, *[client_stop() for _ in range(25)])
        with runtime.engine.connect() as conn:
            assert conn.execute(outbox.select().where(outbox.c.published_at.is_(None))).rowcount == 25
        broker.start()  # a new, empty broker on the same port
        records = wait_until(lambda: (r := read_topic(broker.bootstrap, Topic.ADMISSION.value, expect=25,
                                                      timeout=5)) and len(r) >= 25 and r, timeout=60)
        ids = [CloudEvent.from_json_bytes(r.value).id for r in records]
        assert sorted(ids) == sorted(e.id for e in written)  # all of them, each once
    finally:
        runtime.stop()
        broker.stop()


def test_replay_into_an_empty_broker_reproduces_every_event(settings_for, tmp_path):
    from zorgregio.testing.processes import TansuBroker

    broker = TansuBroker(log_path=tmp_path / "replay-broker.log").start()
    runtime = ServiceRuntime(settings_for("replay", kafka_bootstrap_servers=broker.bootstrap))
    try:
        written = emit(runtime, *[client_stop() for _ in range(40)])
        relay = runtime.relay()
        assert relay.publish_pending() == 40
        relay.close()
        before = [r.value for r in read_topic(broker.bootstrap, Topic.ADMISSION.value, expect=40)]
        broker.kill()
        broker.start()  # everything on the bus is gone
        assert read_topic(broker.bootstrap, Topic.ADMISSION.value, timeout=2) == []
        relay = runtime.relay()
        assert relay.replay() == 40
        relay.close()
        after = [r.value for r in read_topic(broker.bootstrap, Topic.ADMISSION.value, expect=40)]
        assert sorted(after) == sorted(before)
        assert {CloudEvent.from_json_bytes(v).id for v in after} == {e.id for e in written}
    finally:
        runtime.stop()
        broker.stop()


def test_replay_waits_for_a_broker_that_is_still_starting(settings_for, tmp_path):
    from zorgregio.testing.processes import TansuBroker

    broker = TansuBroker(log_path=tmp_path / "late-broker.log").start()
    runtime = ServiceRuntime(settings_for("late", kafka_bootstrap_servers=broker.bootstrap))
    try:
        written = emit(runtime, *[client_stop() for _ in range(10)])
        broker.kill()
        threading.Timer(2.0, broker.start).start()  # the broker comes up while replay is already trying
        relay = runtime.relay()
        assert relay.replay(give_up_after=60) == 10
        relay.close()
        records = read_topic(broker.bootstrap, Topic.ADMISSION.value, expect=10)
        assert {e.id for e in written} <= {CloudEvent.from_json_bytes(r.value).id for r in records}
    finally:
        runtime.stop()
        broker.stop()


def test_correlation_id_travels_in_the_event(settings_for):
    from zorgregio.correlation import set_correlation_id

    runtime = ServiceRuntime(settings_for("corr"))
    set_correlation_id("corr-123")
    try:
        [event] = emit(runtime, client_stop())
    finally:
        set_correlation_id(None)
        runtime.stop()
    assert event.correlationid == "corr-123"


def test_a_burst_of_commits_goes_out_as_one_batch_after_the_linger(settings_for, kafka_broker):
    runtime = ServiceRuntime(settings_for("burst", relay_linger_ms=1000))
    runtime.start()
    try:
        time.sleep(0.5)  # the relay is listening
        written = [emit(runtime, client_stop())[0] for _ in range(20)]  # twenty transactions, twenty NOTIFYs
        with runtime.engine.connect() as conn:
            wait_until(lambda: conn.execute(outbox.select().where(outbox.c.published_at.is_(None))).rowcount == 0,
                       timeout=30)
            batches = conn.execute(outbox.select().with_only_columns(outbox.c.published_at).distinct()).all()
        assert len(batches) == 1  # one round of queries and one produce request for all of them
        records = read_topic(kafka_broker.bootstrap, Topic.ADMISSION.value, expect=20, timeout=10)
        assert {e.id for e in written} <= {CloudEvent.from_json_bytes(r.value).id for r in records}
    finally:
        runtime.stop()
