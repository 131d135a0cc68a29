"""Benchmark of the monitoring service.

1. Ingest through the real consumer path: allocation lifecycles (issued, accepted, started,
   stopped) are put on the broker first, then the service starts and consumes them (inbox +
   fact + rollup, one transaction per polled batch); events/s between the first and the last
   inbox commit.
2. Dashboard queries at scale: the facts of 5 million allocation events (1.25 million
   allocations × 4 events) are generated straight into `allocation_facts` with COPY, and the
   monthly rollups from the same `contribution()` ingest uses; then every figure is asked over
   HTTP (through the app, with a real token) with several filters, and the p99 per figure is
   reported. `--quick` uses 40,000 events' worth.
Starts its own Tansu broker, issuer and database on the local PostgreSQL; prints one JSON line."""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
import uuid
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import psycopg
from kafka import KafkaProducer
from monitor_service.adapters.orm import AllocationFact
from monitor_service.domain.facts import (
    COUNTERS,
    TariffPeriod,
    contribution,
    derive,
    histogram_contribution,
)
from sqlalchemy import text
from zorgregio.demo import PRODUCTS
from zorgregio.events import allocation as al
from zorgregio.events import contracting as co
from zorgregio.events.envelope import CloudEvent, Topic
from zorgregio.messaging.kafka import ensure_topics
from zorgregio.reference import regions
from zorgregio.security.dev_issuer import create_dev_issuer_app
from zorgregio.security.dev_keys import DevKeyStore, token_claims
from zorgregio.testing.plugin import Databases
from zorgregio.testing.processes import ServerThread, TansuBroker, free_port
from zorgregio.testing.services import running_service
from zorgregio.urls import libpq_url

FACT_COLUMNS = [c.name for c in AllocationFact.__table__.columns]
ROLLUP_COLUMNS = ["region_code", "municipality_code", "provider_id", "product_code", "month", *COUNTERS]
FIRST_MONTH = date(2023, 1, 1)
MONTHS = 36
PROVIDERS_PER_REGION = 75
TARIFFS = {p.code: [TariffPeriod(Decimal(p.tariff_eur), date(2020, 1, 1), None)] for p in PRODUCTS}
FREQUENCY = {"uur": "per_week", "dagdeel": "per_week", "etmaal": "per_maand", "stuk": "totaal"}


def catalogue_events() -> list[CloudEvent]:
    events = []
    for code in regions():
        products = [co.CatalogueProduct(code=p.code, name=p.name, category=p.category, product_group=p.product_group,
                                        unit=p.unit, funding_form=p.funding_form, residential=p.residential,
                                        valid_from=date(2020, 1, 1)) for p in PRODUCTS]
        events.append(CloudEvent.wrap(co.CataloguePublished(region_code=code, version=1, effective_on=date(2020, 1, 1),
                                                            products=products), source="/bench"))
        for p in PRODUCTS:
            events.append(CloudEvent.wrap(co.TariffChanged(
                region_code=code, product_code=p.code, tariff_id=uuid.uuid5(uuid.NAMESPACE_DNS, f"{code}{p.code}"),
                amount=Decimal(p.tariff_eur), unit=p.unit, valid_from=date(2020, 1, 1)), source="/bench"))
    return events


def world(rng: random.Random):
    """Regions, their municipalities and providers (each offering three products)."""
    out = []
    for region in regions().values():
        munis = [m.code for m in region.municipalities]
        for i in range(PROVIDERS_PER_REGION):
            provider = uuid.uuid5(uuid.NAMESPACE_DNS, f"{region.code}-provider-{i}")
            out.append((region.code, munis, provider, rng.sample(PRODUCTS, 3)))
    return out


def random_allocation(rng: random.Random, providers, client_count: int) -> dict:
    region, munis, provider, products = rng.choice(providers)
    product = rng.choice(products)
    issued = FIRST_MONTH + timedelta(days=rng.randrange(MONTHS * 30))
    start = issued + timedelta(days=rng.randrange(0, 20))
    started = start + timedelta(days=int(rng.expovariate(1 / 30))) if rng.random() < 0.92 else None
    stopped = started + timedelta(days=rng.randrange(14, 400)) if started and rng.random() < 0.7 else None
    return {
        "allocation_id": uuid.UUID(int=rng.getrandbits(128)), "region_code": region,
        "municipality_code": rng.choice(munis), "provider_id": provider, "product_code": product.code,
        "product_group": product.product_group, "category": product.category, "residential": product.residential,
        "funding_form": product.funding_form, "client_pseudonym": f"c{rng.randrange(client_count)}",
        "contract_id": None, "volume_amount": Decimal(rng.choice((1, 2, 4, 8))), "volume_unit": product.unit,
        "volume_frequency": FREQUENCY.get(product.unit, "per_week"), "start_date": start,
        "end_date": start + timedelta(days=rng.choice((90, 180, 365))) if rng.random() < 0.8 else None,
        "issued_at": datetime(issued.year, issued.month, issued.day, 9, tzinfo=UTC),
        "accepted_at": None, "refused_at": None, "started_on": started, "stopped_on": stopped,
        "stop_reason": "02" if stopped else None, "ended_on": None, "end_reason": None,
        "ended_as_planned": (rng.random() < 0.9) if stopped else None, "withdrawn_at": None,
        "stacked": rng.random() < 0.04, "readmission": product.residential and rng.random() < 0.05,
    }


def load_facts(url: str, allocations: int, rng: random.Random) -> float:
    """COPY facts and the rollup their contributions add up to; returns seconds."""
    started = time.monotonic()
    providers = world(rng)
    rollup: dict[tuple, list] = defaultdict(lambda: [0] * len(COUNTERS))
    histogram: dict[tuple, int] = defaultdict(int)
    index = {name: i for i, name in enumerate(COUNTERS)}
    with psycopg.connect(libpq_url(url)) as conn:
        with conn.cursor() as cur, cur.copy(f"COPY allocation_facts ({', '.join(FACT_COLUMNS)}) FROM STDIN") as copy:
            for _ in range(allocations):
                fact = derive(random_allocation(rng, providers, int(allocations * 0.7)))
                copy.write_row([fact.get(c) for c in FACT_COLUMNS])
                for key, counters in contribution(fact, TARIFFS[fact["product_code"]]).items():
                    row = rollup[key]
                    for name, value in counters.items():
                        row[index[name]] += value
                for key, n in histogram_contribution(fact).items():
                    histogram[key] += n
        area: dict[tuple, list] = defaultdict(lambda: [0] * len(COUNTERS))
        with conn.cursor() as cur, cur.copy(f"COPY monthly_rollup ({', '.join(ROLLUP_COLUMNS)}) FROM STDIN") as copy:
            for key, values in rollup.items():
                copy.write_row([*key, *values])
                target = area[(key[0], key[1], key[3], key[4])]
                for i, value in enumerate(values):
                    target[i] += value
        area_columns = [c for c in ROLLUP_COLUMNS if c != "provider_id"]
        with conn.cursor() as cur, cur.copy(f"COPY monthly_area_rollup ({', '.join(area_columns)}) FROM STDIN") as copy:
            for key, values in area.items():
                copy.write_row([*key, *values])
        arrays: dict[tuple, list[int]] = {}
        for (*key, days), n in histogram.items():
            counts = arrays.setdefault(tuple(key), [])
            counts.extend([0] * (days + 1 - len(counts)))
            counts[days] += n
        with conn.cursor() as cur, cur.copy("COPY days_histogram (region_code, scope, scope_value, kind, month, counts) "
                                            "FROM STDIN") as copy:
            for key, counts in sorted(arrays.items(), key=lambda kv: (kv[0][4], kv[0])):
                copy.write_row([*key, counts])
        load_context(conn, providers, rng)
        conn.commit()
        conn.autocommit = True
        for table in ("allocation_facts", "monthly_rollup", "monthly_area_rollup", "days_histogram",
                      "catalogue_products", "contract_lines", "availability_entries", "availability_reports",
                      "applications", "budgets"):
            conn.execute(f"VACUUM ANALYZE {table}")
    return time.monotonic() - started


def load_context(conn, providers, rng: random.Random) -> None:
    """Catalogue, contract lines, availability and applications for the other figures."""
    with conn.cursor() as cur:
        for code in regions():
            for p in PRODUCTS:
                cur.execute("INSERT INTO catalogue_products VALUES (%s,%s,1,%s,%s,NULL,%s,%s,%s,%s) "
                            "ON CONFLICT DO NOTHING", (code, p.code, p.name, p.category, p.product_group,
                                                       p.residential, p.funding_form, p.unit))
        lines, entries, reports, applications = [], [], [], []
        for region, munis, provider, products in providers:
            contract = uuid.uuid4()
            for product in products:
                entry = uuid.uuid4()
                entries.append((entry, provider, region, product.code, True, 3, 5, None, rng.random() < 0.15, None))
                for m in range(MONTHS):
                    month = date(FIRST_MONTH.year + m // 12, m % 12 + 1, 1)
                    reports.append((str(uuid.uuid4()), entry, provider, region, product.code, True,
                                    rng.randrange(12), rng.randrange(20), 2,
                                    datetime(month.year, month.month, 5, tzinfo=UTC), month))
                for muni in munis:
                    lines.append((contract, product.code, muni, provider, region, "Aanbieder", date(2022, 1, 1), None))
            for _ in range(5):
                submitted = datetime(2023, 1, 1, tzinfo=UTC) + timedelta(days=rng.randrange(MONTHS * 30))
                applications.append((uuid.uuid4(), provider, region, json.dumps([products[0].product_group]),
                                     submitted, submitted + timedelta(days=rng.randrange(10, 90)),
                                     rng.choice(("admitted", "rejected"))))
        cur.executemany("INSERT INTO contract_lines (contract_id, product_code, municipality_code, provider_id, "
                        "region_code, provider_name, starts_on, ends_on) VALUES (%s,%s,%s,%s,%s,%s,%s,%s)", lines)
        cur.executemany("INSERT INTO availability_entries (entry_id, provider_id, region_code, product_code, "
                        "accepting_new_clients, intake_wait_weeks, treatment_wait_weeks, last_confirmed_at, stale, "
                        "stale_since) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)", entries)
        with cur.copy("COPY availability_reports (event_id, entry_id, provider_id, region_code, product_code, "
                      "accepting_new_clients, intake_wait_weeks, treatment_wait_weeks, free_places, confirmed_at, "
                      "month) FROM STDIN") as copy:
            for row in reports:
                copy.write_row(row)
        cur.executemany("INSERT INTO applications VALUES (%s,%s,%s,%s,%s,%s,%s)", applications)
        for code, muni in (("MIJOV", "0200"), ("CG", "0202")):
            cur.execute("INSERT INTO budgets VALUES (%s,'',2025,%s,NULL,%s)", (muni, code, 5_000_000))


def lifecycle_events(rng: random.Random, allocations: int) -> list[CloudEvent]:
    providers = world(rng)
    events = []
    for _ in range(allocations):
        f = random_allocation(rng, providers, allocations)
        base = {"allocation_id": f["allocation_id"], "client_pseudonym": f["client_pseudonym"],
                    "region_code": f["region_code"], "municipality_code": f["municipality_code"],
                    "provider_id": f["provider_id"], "product_code": f["product_code"]}
        started = f["started_on"] or f["start_date"]
        events += [
            al.AllocationIssued(**base, contract_id=uuid.uuid4(), product_category=f["category"],
                                volume=al.Volume(amount=f["volume_amount"], unit=f["volume_unit"],
                                                 frequency=f["volume_frequency"]),
                                start_date=f["start_date"], end_date=f["end_date"], referrer_type="01",
                                issued_at=f["issued_at"]),
            al.AllocationAccepted(**base, accepted_at=f["issued_at"] + timedelta(days=1)),
            al.CareStarted(**base, started_on=started),
            al.CareStopped(**base, stopped_on=started + timedelta(days=60), reason_code="02", ended_as_planned=True),
        ]
    return [CloudEvent.wrap(e, source="/bench") for e in events]


def measure_ingest(settings: dict, bootstrap: str, allocations: int, rng: random.Random) -> dict:
    from monitor_service.config import Settings

    ensure_topics(Settings(**settings))
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=20, batch_size=256_000)
    events = catalogue_events() + lifecycle_events(rng, allocations)
    for event in events:
        producer.send(Topic.ALLOCATION.value if "allocation" in event.type or "care" in event.type
                      else Topic.CONTRACTING.value, key=(event.subject or event.id).encode(),
                      value=event.to_json_bytes())
    producer.flush()
    producer.close()
    with running_service("monitoring", settings) as svc:
        deadline = time.monotonic() + 600
        with svc.runtime.engine.connect() as conn:
            while conn.execute(text("SELECT count(*) FROM inbox")).scalar_one() < len(events):
                if time.monotonic() > deadline:
                    raise TimeoutError("ingest did not finish")
                time.sleep(0.2)
                conn.rollback()
            first, last = conn.execute(text("SELECT min(processed_at), max(processed_at) FROM inbox")).one()
            facts = conn.execute(text("SELECT count(*) FROM allocation_facts")).scalar_one()
    seconds = (last - first).total_seconds()
    return {"events": len(events), "seconds": round(seconds, 2), "events_per_s": round(len(events) / seconds, 1),
            "facts": facts}


def measure_queries(settings: dict, issuer_keys: DevKeyStore, issuer_url: str, rounds: int) -> dict:
    token = issuer_keys.sign(token_claims(issuer=issuer_url, audience="zorgregio", role="region_analyst",
                                          region_code="MIJOV"))
    headers = {"Authorization": f"Bearer {token}"}
    variants = [{}, {"municipality": "0200"}, {"productGroup": "Behandeling"},
                {"provider": str(uuid.uuid5(uuid.NAMESPACE_DNS, "MIJOV-provider-3"))}, {"groupBy": "municipality"},
                {"from": "2023-01", "to": "2025-12"}]
    names = ["inflow", "outflow", "active", "duration", "waits", "spend", "budget", "balance", "stacking",
             "readmissions", "pipeline", "stale-share", "exit-candidates"]
    timings: dict[str, list[float]] = {name: [] for name in names}
    with running_service("monitoring", {**settings, "consumers_enabled": False, "relay_enabled": False}) as svc:
        for name in names:
            for variant in variants:
                params = {"from": "2025-01", "to": "2025-12", **variant}
                for i in range(rounds + 1):
                    started = time.perf_counter()
                    response = svc.client.get(svc.api(f"/figures/{name}"), params=params, headers=headers)
                    elapsed = (time.perf_counter() - started) * 1000
                    if response.status_code != 200:
                        raise RuntimeError(f"{name} {variant}: {response.status_code} {response.text[:300]}")
                    if i:  # the first is a warm-up
                        timings[name].append(elapsed)
        started = time.perf_counter()
        response = svc.client.get(svc.api("/reports/quarterly"), params={"region": "MIJOV", "year": 2025,
                                                                           "quarter": 2}, headers=headers)
        pdf_ms = (time.perf_counter() - started) * 1000
    p99 = {name: round(sorted(v)[max(int(len(v) * 0.99) - 1, 0)], 1) for name, v in timings.items()}
    return {"p99_ms": p99, "max_p99_ms": max(p99.values()), "requests": sum(len(v) for v in timings.values()),
            "quarterly_pdf_ms": round(pdf_ms, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small run for CI smoke")
    parser.add_argument("--ingest-only", action="store_true", help="measure ingest only (tuning)")
    args = parser.parse_args()
    rng = random.Random(6)
    events_loaded = 40_000 if args.quick else 5_000_000
    ingest_allocations = 1_000 if args.quick else 20_000
    rounds = 2 if args.quick else 15
    workdir = Path(os.environ.get("BENCH_DIR", "/tmp"))
    broker = TansuBroker(log_path=workdir / "bench-monitoring-broker.log").start()
    databases = Databases(os.environ.get("ZORGREGIO_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres"))
    keys = DevKeyStore(workdir / "bench-monitoring-keys")
    port = free_port()
    issuer = ServerThread(create_dev_issuer_app(keys, issuer=f"http://127.0.0.1:{port}", audience="zorgregio"),
                          port=port).start()
    common = {"kafka_bootstrap_servers": broker.bootstrap, "kafka_max_poll_interval_ms": 3000,
              "kafka_session_timeout_ms": 3000, "token_issuer": issuer.url, "jwks_url": f"{issuer.url}/jwks.json"}
    try:
        ingest = measure_ingest({**common, "database_url": databases.create("bench_mon_ingest")}, broker.bootstrap,
                                ingest_allocations, rng)
        if args.ingest_only:
            print(json.dumps({"name": "monitoring ingest", "figures": ingest}))
            return
        url = databases.create("bench_mon_query")
        settings = {**common, "database_url": url}
        with running_service("monitoring", {**settings, "consumers_enabled": False, "relay_enabled": False}):
            pass  # migrates the database
        load_seconds = load_facts(url, events_loaded // 4, rng)
        queries = measure_queries(settings, keys, issuer.url, rounds)
    finally:
        issuer.stop()
        databases.drop_all()
        broker.stop()
    figures = {"ingest_events_per_s": ingest["events_per_s"], "ingest_events": ingest["events"],
               "allocation_events_loaded": events_loaded, "allocations_loaded": events_loaded // 4,
               "load_seconds": round(load_seconds, 1), "dashboard_p99_ms_max": queries["max_p99_ms"],
               "dashboard_p99_ms": queries["p99_ms"], "dashboard_requests": queries["requests"],
               "quarterly_pdf_ms": queries["quarterly_pdf_ms"]}
    met = ingest["events_per_s"] >= 2000 and queries["max_p99_ms"] <= 200
    print(json.dumps({"name": "monitoring: ingest through the consumer, dashboard figures at 5M events",
                      "figures": figures,
                      "targets": {"ingest_events_per_s": ">= 2000", "dashboard_p99_ms_max": "<= 200"},
                      "met": met,
                      "notes": "Ingest: allocation lifecycles consumed from a Tansu broker by one consumer (inbox, "
                               "fact, rollup). Queries: over HTTP through the app (in-process client), region "
                               "analyst token, 13 figures × 6 filter sets; facts generated with COPY, rollup from the "
                               "same contribution() the consumer uses; stacking/readmission flags drawn at random."
                               + (" QUICK: small data set." if args.quick else "")}))


if __name__ == "__main__":
    sys.exit(main())
