"""Benchmark: allocations/s accepted by one contract-service instance, with p99 latency, and the
time until each allocation's event is consumed by another service (a consumer in its own group
and database on the same broker), p99.

Starts everything itself on loopback: a Tansu broker, throw-away databases on the local
PostgreSQL, a development token issuer, the service under uvicorn in a subprocess (one
process, as one instance), and a monitor-like consumer in this process. Load: concurrent
httpx clients (asyncio), each allocation with its own client and Idempotency-Key.

    ../.venv/bin/python bench/run.py [--quick]

Prints one JSON object on the last line of stdout."""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
from contract_service.bootstrap import build_runtime, context
from contract_service.config import Settings
from contract_service.seed import seed_catalogue, seed_contract
from sqlalchemy import create_engine
from zorgregio.bsn import check_digit
from zorgregio.config import ServiceSettings
from zorgregio.events.allocation import AllocationIssued
from zorgregio.events.envelope import Topic
from zorgregio.messaging.tables import metadata as messaging_metadata
from zorgregio.migrations import upgrade
from zorgregio.runtime import ServiceRuntime
from zorgregio.security.dev_issuer import create_dev_issuer_app
from zorgregio.security.dev_keys import DevKeyStore, token_claims
from zorgregio.testing.plugin import Databases
from zorgregio.testing.processes import (
    ServerThread,
    TansuBroker,
    free_port,
    wait_for_port,
)

TARGETS = {"allocations_per_second": 300, "p99_latency_ms": 150, "event_consumed_p99_ms": 2000}
MUNICIPALITIES = ["0200", "0213", "0232", "0244", "0246", "0262", "0285", "0301"]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] if ordered else float("nan")


def bsns(count: int):
    n = 100_000_000
    while count:
        n += 1
        if (digit := check_digit(str(n)[:8])) is not None:
            count -= 1
            yield str(n)[:8] + str(digit)


def cpu_seconds(pid: int | None = None, command: str | None = None) -> float:
    """User + system CPU, from /proc, of a process and its children (uvicorn workers), or of
    every process running `command` (e.g. all PostgreSQL backends)."""
    total, ticks = 0.0, os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            name, fields = (entry / "stat").read_text().rsplit(")", 1)
        except OSError:
            continue
        fields = fields.split()
        if (pid is not None and pid in (int(entry.name), int(fields[1]))) or name.endswith(f"({command}"):
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def machine_cpu(service_pids: list[int], broker_pid: int) -> dict[str, float]:
    """CPU seconds so far of each part of the set-up: the service, PostgreSQL, the broker and
    this process (load generator and consumer)."""
    own = os.times()
    return {"service": sum(cpu_seconds(pid) for pid in service_pids), "postgresql": cpu_seconds(command="postgres"),
            "broker": cpu_seconds(broker_pid), "load_generator_and_consumer": own.user + own.system}


class Monitor:
    """A consumer in its own group and database: records when each allocation.issued arrives."""

    def __init__(self, env: dict) -> None:
        self.consumed: dict[str, float] = {}
        self.issued_at: dict[str, float] = {}
        settings = ServiceSettings(service_name=f"bench-monitor-{uuid.uuid4().hex[:6]}", base_path="/m", **env)
        engine = create_engine(settings.database_url)
        messaging_metadata.create_all(engine)
        engine.dispose()
        self.runtime = ServiceRuntime(settings, handlers={AllocationIssued.event_type: self._handle},
                                      topics=[Topic.ALLOCATION.value])

    def _handle(self, uow, event) -> None:
        data = event.parsed()
        self.consumed[str(data.allocation_id)] = time.time()
        self.issued_at[str(data.allocation_id)] = data.issued_at.timestamp()


async def load(url: str, token: str, provider_id: str, seconds: float, concurrency: int, bsn_iter) -> dict:
    latencies: list[float] = []
    accepted: dict[str, float] = {}
    errors: dict[int, int] = {}
    stop_at = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30) as client:
        async def worker(n: int) -> None:
            i = 0
            while time.monotonic() < stop_at:
                i += 1
                body = {"municipalityCode": MUNICIPALITIES[(n + i) % len(MUNICIPALITIES)],
                        "client": {"bsn": next(bsn_iter), "name": "Bench Kind", "birthDate": "2015-01-01"},
                        "productCode": "45A01", "providerId": provider_id,
                        "volume": {"amount": "3", "unit": "uur", "frequency": "per_week"},
                        "startDate": "2026-02-01", "endDate": "2026-12-31", "referrerType": "01",
                        "reason": "Benchmark"}
                headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": str(uuid.uuid4())}
                started = time.perf_counter()
                r = await client.post("/contracting/api/v1/allocations", json=body, headers=headers)
                latencies.append(time.perf_counter() - started)
                if r.status_code == 201:
                    accepted[r.json()["id"]] = time.time()
                else:
                    errors[r.status_code] = errors.get(r.status_code, 0) + 1

        began = time.monotonic()
        await asyncio.gather(*(worker(n) for n in range(concurrency)))
        elapsed = time.monotonic() - began
    return {"latencies": latencies, "accepted": accepted, "errors": errors, "elapsed": elapsed}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--seconds", type=float)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes of the one instance")
    parser.add_argument("--relay-process", action="store_true",
                        help="the instance's relay/consumer/jobs in their own process (contract_service.worker)")
    args = parser.parse_args()
    seconds = args.seconds or (8 if args.quick else 30)
    tmp = Path(tempfile.mkdtemp(prefix="contract-bench-"))
    broker = TansuBroker(log_path=tmp / "broker.log").start()
    dbs = Databases(os.environ.get("ZORGREGIO_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres"))
    keys = DevKeyStore(tmp / "keys")
    issuer_port = free_port()
    issuer = ServerThread(create_dev_issuer_app(keys, issuer=f"http://127.0.0.1:{issuer_port}"),
                          port=issuer_port).start()
    service = monitor = worker = None
    try:
        env = {"kafka_bootstrap_servers": broker.bootstrap, "kafka_max_poll_interval_ms": 3000,
               "kafka_session_timeout_ms": 3000, "token_issuer": issuer.url, "jwks_url": f"{issuer.url}/jwks.json",
               "log_level": "WARNING"}
        db_url = dbs.create("bench_contracting")
        settings = Settings(database_url=db_url, **env)
        upgrade("contract_service", settings.database_url)
        setup = build_runtime(settings)
        ctx = context(setup)
        from datetime import date

        from zorgregio.demo import PROVIDERS
        provider = PROVIDERS[0]  # Jeugdhulp De Linde, MIJOV, 45A01
        seed_catalogue(ctx, provider.region_code, date(2025, 1, 1))
        seed_contract(ctx, provider, date(2025, 1, 1))
        setup.engine.dispose()

        monitor = Monitor({**env, "database_url": dbs.create("bench_monitor")})
        monitor.runtime.start()

        port = free_port()
        child_env = {**os.environ, **{k.upper(): str(v) for k, v in env.items()}, "DATABASE_URL": db_url,
                     "DATABASE_POOL_SIZE": "20"}
        if args.relay_process:
            worker = subprocess.Popen([sys.executable, "-m", "contract_service.worker"], env=child_env,
                                      stdout=open(tmp / "worker.log", "wb"), stderr=subprocess.STDOUT)
            child_env = {**child_env, "RELAY_ENABLED": "false", "CONSUMERS_ENABLED": "false"}
        service = subprocess.Popen([sys.executable, "-m", "uvicorn", "contract_service.main:create_app", "--factory",
                                    "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
                                    "--no-access-log", "--workers", str(args.workers)], env=child_env, stdout=open(tmp / "service.log", "wb"),
                                   stderr=subprocess.STDOUT)
        wait_for_port(port, 30)
        url = f"http://127.0.0.1:{port}"
        token = keys.sign(token_claims(issuer=issuer.url, audience="zorgregio", role="access_team",
                                       lifetime_seconds=3600, subject="bench"))
        admin = keys.sign(token_claims(issuer=issuer.url, audience="zorgregio", role="admin", subject="bench"))
        # one municipality token each would be more realistic; admin acts for every municipality
        token = admin
        bsn_iter = bsns(10_000_000)
        deadline = time.monotonic() + 20
        while monitor.runtime.consumer is None or not monitor.runtime.consumer.ready.is_set():
            if time.monotonic() > deadline:
                raise RuntimeError("monitor consumer did not start")
            time.sleep(0.1)
        asyncio.run(load(url, token, str(provider.id), 2 if args.quick else 4, args.concurrency, bsn_iter))  # warm-up
        pids = [service.pid] + ([worker.pid] if worker else [])
        cpu_before = machine_cpu(pids, broker.pid)
        result = asyncio.run(load(url, token, str(provider.id), seconds, args.concurrency, bsn_iter))
        cpu_used = {part: used - cpu_before[part] for part, used in machine_cpu(pids, broker.pid).items()}
        accepted = result["accepted"]
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not all(a in monitor.consumed for a in accepted):
            time.sleep(0.1)
        delays = [monitor.consumed[a] - monitor.issued_at[a] for a in accepted if a in monitor.consumed]
        missing = sum(1 for a in accepted if a not in monitor.consumed)
        rate = len(accepted) / result["elapsed"]
        figures = {
            "allocations_per_second": round(rate, 1),
            "p50_latency_ms": round(percentile(result["latencies"], 0.50) * 1000, 1),
            "p99_latency_ms": round(percentile(result["latencies"], 0.99) * 1000, 1),
            "event_consumed_p50_ms": round(percentile(delays, 0.50) * 1000, 1),
            "event_consumed_p99_ms": round(percentile(delays, 0.99) * 1000, 1),
            "cpu_ms_per_allocation": {part: round(used / max(len(accepted), 1) * 1000, 2)
                                      for part, used in cpu_used.items()},
            "load_average_1m": round(os.getloadavg()[0], 1),
            "accepted": len(accepted), "errors": result["errors"], "events_missing": missing,
            "concurrency": args.concurrency, "workers": args.workers, "relay_process": args.relay_process, "seconds": round(result["elapsed"], 1),
        }
        met = (rate >= TARGETS["allocations_per_second"] and figures["p99_latency_ms"] <= TARGETS["p99_latency_ms"]
               and figures["event_consumed_p99_ms"] <= TARGETS["event_consumed_p99_ms"] and missing == 0
               and not result["errors"])
        notes = (f"one instance: uvicorn with {args.workers} worker process(es)"
                 f"{' + a relay/consumer process' if args.relay_process else ' (relay and consumer inside)'} on {os.cpu_count()} shared cores; load generator and consumer in "
                 "the bench process; consumed delay = consumer commit time minus the event's issuedAt")
        print(json.dumps({"name": "contract-service allocations", "figures": figures, "targets": TARGETS,
                          "met": met, "notes": notes}))
    finally:
        if worker is not None:
            worker.terminate()
            worker.wait(10)
        if service is not None:
            service.terminate()
            try:
                service.wait(10)
            except subprocess.TimeoutExpired:
                service.kill()
        if monitor is not None:
            monitor.runtime.stop()
        issuer.stop()
        broker.stop()
        dbs.drop_all()


if __name__ == "__main__":
    main()
