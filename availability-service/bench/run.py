"""Benchmark of the beschikbaarheidswijzer at national scale.

Starts its own PostgreSQL database, Tansu broker and token issuer, loads the data set with
COPY (42 regions, 350 municipalities, 500,000 entries; `--quick`: a small one), runs the
service as a separate uvicorn process (so the load generator does not share its interpreter)
and measures over real HTTP on loopback:
  - search at 50 concurrent clients: p99 latency and throughput, against `/health` of the same
    service in the same run (interleaved phases);
  - freshness: a provider's PUT (2xx) until the change is visible in search, under the same load.
Prints one JSON object on the last line."""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx
import psycopg
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import dataset
from availability_service.adapters import search_index
from availability_service.domain.vocabulary import specialisms
from zorgregio.migrations import upgrade
from zorgregio.security.dev_issuer import create_dev_issuer_app
from zorgregio.security.dev_keys import DevKeyStore, token_claims
from zorgregio.testing import loadgen
from zorgregio.testing.plugin import Databases
from zorgregio.testing.processes import (
    ServerThread,
    TansuBroker,
    free_port,
    wait_for_port,
)
from zorgregio.urls import sqlalchemy_url

BASE = "/availability/api/v1"
CLIENTS = 50


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def make_queries(data: dataset.Dataset, count: int, rnd: random.Random) -> list[str]:
    """A referrer's mix: mostly the child's municipality with a product, category or group,
    sometimes age, specialism or accepting-now; a few nationwide and free-text searches."""
    municipalities = [m for codes in data.regions.values() for m in codes]
    vocabulary = list(specialisms())
    queries: set[str] = set()
    while len(queries) < count:
        params: dict[str, object] = {}
        kind = rnd.random()
        if kind < 0.9:
            params["municipality"] = rnd.choice(municipalities)
        product = rnd.choice(data.products)
        if kind < 0.4 or kind >= 0.9:
            params["productCode"] = product[0]
        elif kind < 0.65:
            params["category"] = product[2]
        elif kind < 0.8:
            params["productGroup"] = product[3]
        if rnd.random() < 0.3:
            params["age"] = rnd.randint(0, 18)
        if rnd.random() < 0.2:
            params["specialism"] = rnd.choice(vocabulary)
        if rnd.random() < 0.3:
            params["acceptingNow"] = "true"
        if rnd.random() < 0.05:
            params["sort"] = rnd.choice(("name", "freshness"))
        queries.add(f"{BASE}/search?{urlencode(params)}")
    return sorted(queries)


def start_service(env: dict[str, str], port: int, log_path: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "uvicorn", "availability_service.main:create_app", "--factory",
               "--host", "127.0.0.1", "--port", str(port), "--no-access-log", "--log-level", "warning",
               "--loop", "uvloop", "--http", "httptools"]
    with open(log_path, "ab") as output:  # the child keeps its own copy of the descriptor
        process = subprocess.Popen(command, env={**os.environ, **env}, stdout=output, stderr=subprocess.STDOUT)
    wait_for_port(port, timeout=60)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("service did not become healthy")


async def freshness(port: int, data: dataset.Dataset, tokens: dict[str, str], updates: int,
                    rnd: random.Random) -> tuple[list[float], int]:
    """PUT a changed report; from its 2xx, poll search until the entry shows the change."""
    conn = loadgen.Connection("127.0.0.1", port)
    delays, failures = [], 0
    names = {provider_id: name for provider_id, _, name in data.providers}
    try:
        for i in range(updates):
            entry_id, provider_id, product, municipality = data.sample_entries[i % len(data.sample_entries)]
            wait = (i * 7 + rnd.randint(0, 5)) % 60
            body = {"location": {"name": "Locatie 1", "city": "Stad"}, "acceptingNewClients": True,
                    "intakeWaitWeeks": wait, "treatmentWaitWeeks": wait + 2, "ageMin": 0, "ageMax": 18,
                    "specialisms": ["trauma"]}
            status, answer = await loadgen.json_request(
                conn, "PUT", f"{BASE}/providers/{provider_id}/entries/{entry_id}", body,
                {"Authorization": f"Bearer {tokens[str(provider_id)]}"})
            acknowledged = time.perf_counter()
            if status != 200:
                failures += 1
                continue
            confirmed = answer["lastConfirmedAt"]  # type: ignore[index]
            path = f"{BASE}/search?" + urlencode({"municipality": municipality, "productCode": product,
                                                  "q": names[provider_id]})
            while True:
                _, found = await loadgen.json_request(conn, "GET", path)
                if any(item["entryId"] == str(entry_id) and item["lastConfirmedAt"] == confirmed
                       for item in found["items"]):  # type: ignore[index]
                    delays.append(time.perf_counter() - acknowledged)
                    break
                if time.perf_counter() - acknowledged > 10:
                    failures += 1
                    break
                await asyncio.sleep(0.01)
    finally:
        conn.close()
    return delays, failures


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] * 1000 if ordered else float("nan")


async def measure(port: int, queries: list[str], data: dataset.Dataset, tokens: dict[str, str], *, seconds: float,
                  rounds: int, updates: int) -> dict[str, float]:
    host = "127.0.0.1"
    rnd = random.Random(3)
    weights = [1 / (i + 1) ** 0.6 for i in range(len(queries))]  # some questions are asked more often
    rnd.shuffle(weights)
    log(f"cold pass: {len(queries)} distinct searches at {CLIENTS} clients")
    cold = await loadgen.fetch_all(host, port, queries, clients=CLIENTS)
    await loadgen.run_load(host, port, ["/health"], clients=CLIENTS, seconds=1)
    health, search = loadgen.Result(), loadgen.Result()
    for r in range(rounds):
        for name, paths, target, w in (("health", ["/health"], health, None), ("search", queries, search, weights)):
            res = await loadgen.run_load(host, port, paths, clients=CLIENTS, seconds=seconds, weights=w, seed=r)
            log(f"round {r + 1} {name}: {res.throughput:.0f} req/s, p99 {res.percentile(99):.1f} ms, "
                f"errors {res.errors}")
            target.latencies += res.latencies
            target.errors += res.errors
            target.elapsed += res.elapsed
    log(f"freshness: {updates} provider updates under {CLIENTS}-client search load")
    stop = asyncio.Event()
    background = asyncio.create_task(loadgen.run_load(host, port, queries, clients=CLIENTS, seconds=3600,
                                                      weights=weights, seed=99, stop=stop))
    started = time.perf_counter()
    delays, failures = await freshness(port, data, tokens, updates, rnd)
    stop.set()
    during = await background
    log(f"freshness done in {time.perf_counter() - started:.1f}s; search meanwhile {during.throughput:.0f} req/s, "
        f"p99 {during.percentile(99):.1f} ms")
    return {
        "search_p50_ms": round(search.percentile(50), 2), "search_p99_ms": round(search.percentile(99), 2),
        "search_rps": round(search.throughput, 1), "health_rps": round(health.throughput, 1),
        "health_p99_ms": round(health.percentile(99), 2),
        "throughput_ratio": round(search.throughput / health.throughput, 3) if health.throughput else 0.0,
        "search_errors": search.errors + health.errors,
        "cold_search_p50_ms": round(cold.percentile(50), 2), "cold_search_p99_ms": round(cold.percentile(99), 2),
        "freshness_p50_ms": _round(percentile(delays, 50)), "freshness_p99_ms": _round(percentile(delays, 99)),
        "freshness_max_ms": _round(max(delays) * 1000 if delays else None),
        "freshness_updates": len(delays), "freshness_failures": failures,
        "search_during_updates_rps": round(during.throughput, 1),
        "search_during_updates_p99_ms": round(during.percentile(99), 2),
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def cache_hit_ratio(port: int) -> float | None:
    text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
    counts = {}
    for line in text.splitlines():
        if line.startswith("availability_search_cache_total{"):
            counts[line.split('result="')[1].split('"')[0]] = float(line.rsplit(" ", 1)[1])
    total = sum(counts.values())
    return round(counts.get("hit", 0) / total, 4) if total else None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="small data set, short phases (CI smoke)")
    args = parser.parse_args()
    scale = ({"n_regions": 6, "n_municipalities": 50, "per_region": 1_200, "sample_rate": 0.01} if args.quick
             else {"n_regions": 42, "n_municipalities": 350, "per_region": 12_000, "sample_rate": 0.002})
    seconds, rounds, updates, distinct = (3.0, 1, 20, 300) if args.quick else (10.0, 2, 200, 2_000)
    tmp = Path(tempfile.mkdtemp(prefix="avbench-"))
    databases = Databases(os.environ.get("ZORGREGIO_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres"))
    broker = TansuBroker(log_path=tmp / "broker.log").start()
    keys = DevKeyStore(tmp / "keys")
    issuer_port = free_port()
    issuer_url = f"http://127.0.0.1:{issuer_port}"
    issuer = ServerThread(create_dev_issuer_app(keys, issuer=issuer_url, audience="zorgregio"), port=issuer_port).start()
    service = None
    try:
        url = databases.create("avbench")
        upgrade("availability_service", url)
        started = time.perf_counter()
        with psycopg.connect(url) as conn:
            data = dataset.build(conn, **scale)
        engine = create_engine(sqlalchemy_url(url))
        with Session(engine) as session:
            search_index.refresh(session, everything=True)
            session.commit()
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")
            rows = conn.execute("SELECT count(*) FROM search_entries").fetchone()[0]
        engine.dispose()
        load_seconds = time.perf_counter() - started
        log(f"loaded {data.entries} entries ({rows} listed), {len(data.regions)} regions, "
            f"{sum(len(v) for v in data.regions.values())} municipalities in {load_seconds:.1f}s")
        port = free_port()
        service = start_service({"DATABASE_URL": url, "KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap,
                                 "TOKEN_ISSUER": issuer_url, "JWKS_URL": f"{issuer_url}/jwks.json",
                                 "KAFKA_MAX_POLL_INTERVAL_MS": "3000", "KAFKA_SESSION_TIMEOUT_MS": "3000",
                                 "LOG_LEVEL": "WARNING", "STALE_JOB_SECONDS": "86400", "GAP_JOB_SECONDS": "86400"},
                                port, tmp / "service.log")
        tokens = {str(p): keys.sign(token_claims(issuer=issuer_url, audience="zorgregio", role="provider",
                                                  provider_id=str(p), lifetime_seconds=7200))
                  for _, p, _, _ in data.sample_entries}
        queries = make_queries(data, distinct, random.Random(11))
        load_before = os.getloadavg()[0]
        figures = asyncio.run(measure(port, queries, data, tokens, seconds=seconds, rounds=rounds, updates=updates))
        figures.update(machine_load_1m_before=round(load_before, 2),
                       machine_load_1m_after=round(os.getloadavg()[0], 2), entries=data.entries,
                       regions=len(data.regions),
                       municipalities=sum(len(v) for v in data.regions.values()), distinct_queries=len(queries),
                       clients=CLIENTS, load_seconds=round(load_seconds, 1), cache_hit_ratio=cache_hit_ratio(port))
    finally:
        if service is not None:
            service.terminate()
            try:
                service.wait(15)
            except subprocess.TimeoutExpired:
                service.kill()
        issuer.stop()
        broker.stop()
        databases.drop_all()
    targets = {"search_p99_ms": 50, "throughput_ratio": 0.6, "freshness_p99_ms": 1000}
    met = (figures["search_p99_ms"] <= targets["search_p99_ms"]
           and figures["throughput_ratio"] >= targets["throughput_ratio"]
           and (figures["freshness_p99_ms"] or 1e9) <= targets["freshness_p99_ms"]
           and figures["freshness_failures"] == 0 and figures["search_errors"] == 0)
    notes = (f"{'QUICK (small data set) — ' if args.quick else ''}{CLIENTS} keep-alive clients over loopback HTTP, "
             "one uvicorn process (uvloop/httptools) on a 2-core machine shared with other work (load average in "
             f"the figures); search mix of {len(queries)} distinct referrer questions (90% scoped to a "
             "municipality), warm steady state after one cold pass (cold figures given separately; answers are "
             "cached until a change touches their municipality or product, facet counts may trail a change by one "
             "background recount); /health and /search phases interleaved; throughput ratio = search rps / health "
             "rps; freshness = PUT 2xx until visible in /search, measured under the 50-client search load.")
    print(json.dumps({"name": "availability-search", "figures": figures, "targets": targets, "met": bool(met),
                      "notes": notes}))


if __name__ == "__main__":
    main()
