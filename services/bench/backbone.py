"""Benchmark of the event backbone: outbox → relay → broker → consumer (inbox + effect) committed.

1. Sustained throughput: a burst of events written through units of work (50 events each);
   events/s from the first commit until the consumer in another service committed the last.
2. Latency at a steady 200 events/s (one event per transaction): from the event's time
   (set when it is recorded, just before the producer's commit) to the commit of its effect
   in the consuming service, p50/p99.
Starts its own Tansu broker and two databases on the local PostgreSQL; prints one JSON line."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import Column, DateTime, MetaData, Table, Text, create_engine, func, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from zorgregio.config import ServiceSettings
from zorgregio.events.admission import ClientStopStarted
from zorgregio.events.envelope import Topic
from zorgregio.messaging.tables import metadata as messaging_metadata
from zorgregio.runtime import ServiceRuntime
from zorgregio.testing.plugin import Databases
from zorgregio.testing.processes import TansuBroker

bench_metadata = MetaData()
effects = Table("bench_effects", bench_metadata, Column("event_id", Text, primary_key=True),
                Column("event_time", DateTime(timezone=True), nullable=False),
                Column("committed_at", DateTime(timezone=True), nullable=False, server_default=func.clock_timestamp()))


def record_effect(uow, event) -> None:
    uow.session.execute(pg_insert(effects).values(event_id=event.id, event_time=event.time).on_conflict_do_nothing())


def settings(name: str, url: str, bootstrap: str) -> ServiceSettings:
    engine = create_engine(ServiceSettings(service_name=name, base_path="/b", database_url=url).database_url)
    messaging_metadata.create_all(engine)
    bench_metadata.create_all(engine)
    engine.dispose()
    return ServiceSettings(service_name=name, base_path="/b", database_url=url, kafka_bootstrap_servers=bootstrap,
                           kafka_max_poll_interval_ms=3000, kafka_session_timeout_ms=3000)


def event() -> ClientStopStarted:
    return ClientStopStarted(provider_id=uuid.uuid4(), region_code="ZOU", enforcement_id=uuid.uuid4(),
                             starts_on=date(2026, 12, 1), reason="benchmark")


def effects_count(runtime: ServiceRuntime) -> int:
    with runtime.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM bench_effects")).scalar_one()


def wait_for(runtime: ServiceRuntime, expected: int, timeout: float) -> float:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if effects_count(runtime) >= expected:
            return time.monotonic()
        time.sleep(0.02)
    raise TimeoutError(f"only {effects_count(runtime)} of {expected} effects after {timeout}s")


def throughput(producer: ServiceRuntime, consumer: ServiceRuntime, total: int) -> float:
    before = effects_count(consumer)
    started = time.monotonic()
    for _ in range(total // 50):
        with producer.uow() as uow:
            for _ in range(50):
                uow.emit(event())
            uow.commit()
    finished = wait_for(consumer, before + total, timeout=300)
    return total / (finished - started)


def steady_latency(producer: ServiceRuntime, consumer: ServiceRuntime, rate: int, seconds: int) -> dict[str, float]:
    with consumer.engine.begin() as conn:
        conn.execute(text("TRUNCATE bench_effects"))
    interval = 1 / rate
    started = time.monotonic()
    for i in range(rate * seconds):
        with producer.uow() as uow:
            uow.emit(event())
            uow.commit()
        delay = started + (i + 1) * interval - time.monotonic()
        if delay > 0:
            time.sleep(delay)
    wait_for(consumer, rate * seconds, timeout=120)
    with consumer.engine.connect() as conn:
        row = conn.execute(text(
            "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM committed_at - event_time)),"
            " percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM committed_at - event_time)),"
            " max(extract(epoch FROM committed_at - event_time)) FROM bench_effects")).one()
    achieved = rate * seconds / (time.monotonic() - started)
    p50, p99, worst = (float(v) * 1000 for v in row)
    return {"p50_ms": round(p50, 1), "p99_ms": round(p99, 1), "max_ms": round(worst, 1),
            "rate_achieved_per_s": round(achieved, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small run for CI smoke")
    args = parser.parse_args()
    total, seconds = (2_000, 5) if args.quick else (30_000, 30)
    workdir = Path(os.environ.get("BENCH_DIR", "/tmp"))
    broker = TansuBroker(log_path=workdir / "bench-backbone-broker.log").start()
    databases = Databases(os.environ.get("ZORGREGIO_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres"))
    producer = ServiceRuntime(settings("bench-producer", databases.create("bench_producer"), broker.bootstrap))
    consumer = ServiceRuntime(settings("bench-consumer", databases.create("bench_consumer"), broker.bootstrap),
                              handlers={ClientStopStarted.event_type: record_effect}, topics=[Topic.ADMISSION.value])
    try:
        producer.start()
        consumer.start()
        with producer.uow() as uow:  # warm-up: topics exist, the consumer group has joined
            uow.emit(event())
            uow.commit()
        wait_for(consumer, 1, timeout=60)
        rate = throughput(producer, consumer, total)
        latency = steady_latency(producer, consumer, rate=200, seconds=seconds)
    finally:
        producer.stop()
        consumer.stop()
        databases.drop_all()
        broker.stop()
    figures = {"throughput_events_per_s": round(rate, 1), "events_in_burst": total,
               "latency_at_200_per_s": latency, "steady_seconds": seconds}
    met = rate >= 1000 and latency["p99_ms"] <= 250
    print(json.dumps({"name": "event backbone (outbox → broker → consumer committed)", "figures": figures,
                      "targets": {"throughput_events_per_s": ">= 1000", "p99_ms_at_200_per_s": "<= 250"},
                      "met": met, "notes": "one relay, one consumer instance, Tansu broker, local PostgreSQL"}))


if __name__ == "__main__":
    sys.exit(main())
