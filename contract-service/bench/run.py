"""Benchmark: allocations/s accepted by one contract-service instance, with p99 latency, and the
time until each allocation's event is consumed by another service (a consumer in its own group
and database on the same broker), p99.

Starts everything itself on loopback: a Tansu broker, throw-away databases on the local
PostgreSQL, a development token issuer, the service under uvicorn in a subprocess (one
process, as one instance), and a monitor-like consumer in a process of its own. Load: open
loop, allocations started at a fixed rate (`--rate`, above the target) over keep-alive
connections, each with its own client and Idempotency-Key; latency counts from the scheduled
start, so a service that falls behind shows it.

    ../.venv/bin/python bench/run.py [--quick] [--rate N] [--seconds S]

Prints one JSON object on the last line of stdout."""
from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path

from contract_service.bootstrap import build_runtime, context
from contract_service.config import Settings
from contract_service.seed import seed_catalogue, seed_contract
from sqlalchemy import create_engine
from zorgregio.bsn import check_digit
from zorgregio.config import ServiceSettings
from zorgregio.demo import PROVIDERS
from zorgregio.events.allocation import AllocationIssued
from zorgregio.events.envelope import Topic
from zorgregio.messaging.tables import metadata as messaging_metadata
from zorgregio.migrations import upgrade
from zorgregio.ops.memory import tuned_garbage_collector
from zorgregio.runtime import ServiceRuntime
from zorgregio.security.dev_issuer import create_dev_issuer_app
from zorgregio.security.dev_keys import DevKeyStore, token_claims
from zorgregio.testing.loadgen import open_loop
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


def machine_cpu(service_pids: list[int], monitor_pid: int, broker_pid: int) -> dict[str, float]:
    """CPU seconds so far of each part of the set-up: the service, PostgreSQL, the broker, the
    monitor's consumer and this process (the load generator)."""
    own = os.times()
    return {"service": sum(cpu_seconds(pid) for pid in service_pids), "postgresql": cpu_seconds(command="postgres"),
            "broker": cpu_seconds(broker_pid), "monitor_consumer": cpu_seconds(monitor_pid),
            "load_generator": own.user + own.system}


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


def run_monitor(env: dict, pipe: Connection) -> None:
    """The monitor's process (its own interpreter: its work does not delay the load generator's
    clock): says "ready" once its consumer has joined, answers "report" with what it consumed. Its
    garbage collector is tuned as in the monitor service's process."""
    monitor = Monitor(env)
    monitor.runtime.start()
    try:
        with tuned_garbage_collector(monitor.runtime.settings.gc_young_threshold):
            while monitor.runtime.consumer is None or not monitor.runtime.consumer.ready.is_set():
                time.sleep(0.1)
            pipe.send("ready")
            while pipe.recv() == "report":
                pipe.send((dict(monitor.consumed), dict(monitor.issued_at)))
    finally:
        monitor.runtime.stop()


def allocation_requests(token: str, provider_id: str, bsn_iter):
    """Request number i: a new allocation (its own client and Idempotency-Key), in turn for each municipality."""
    def request(i: int) -> tuple[str, str, bytes, dict[str, str]]:
        body = {"municipalityCode": MUNICIPALITIES[i % len(MUNICIPALITIES)],
                "client": {"bsn": next(bsn_iter), "name": "Bench Kind", "birthDate": "2015-01-01"},
                "productCode": "45A01", "providerId": provider_id,
                "volume": {"amount": "3", "unit": "uur", "frequency": "per_week"},
                "startDate": "2026-02-01", "endDate": "2026-12-31", "referrerType": "01", "reason": "Benchmark"}
        headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": str(uuid.uuid4())}
        return "POST", "/contracting/api/v1/allocations", json.dumps(body).encode(), headers
    return request


def load(port: int, request, rate: float, seconds: float, trace: bool = False) -> dict:
    answers, elapsed = asyncio.run(open_loop("127.0.0.1", port, request, rate=rate, seconds=seconds))
    errors: dict[int, int] = {}
    accepted: list[str] = []
    for answer in answers:
        if answer.status == 201:
            accepted.append(json.loads(answer.payload)["id"])
        else:
            errors[answer.status] = errors.get(answer.status, 0) + 1
    if trace:  # the slowest answer per second of the run: tells a stall from a backlog that builds up
        by_second: dict[int, float] = {}
        for a in answers:
            by_second[int(a.index / rate)] = max(by_second.get(int(a.index / rate), 0.0), a.latency)
        print("max latency ms per second:", " ".join(f"{s}:{v * 1000:.0f}" for s, v in sorted(by_second.items())),
              file=sys.stderr)
    return {"latencies": [a.latency for a in answers], "accepted": accepted, "errors": errors, "elapsed": elapsed}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--seconds", type=float)
    parser.add_argument("--rate", type=float, default=TARGETS["allocations_per_second"],
                        help="allocations started per second (open loop)")
    parser.add_argument("--workers", type=int, default=2,
                        help="uvicorn worker processes of the one instance (production: one per core of its 2)")
    parser.add_argument("--trace", action="store_true", help="print the slowest answer of each second to stderr")
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
        provider = PROVIDERS[0]  # Jeugdhulp De Linde, MIJOV, 45A01
        seed_catalogue(ctx, provider.region_code, date(2025, 1, 1))
        seed_contract(ctx, provider, date(2025, 1, 1))
        setup.engine.dispose()

        pipe, child_pipe = multiprocessing.Pipe()
        monitor = multiprocessing.get_context("spawn").Process(
            target=run_monitor, args=({**env, "database_url": dbs.create("bench_monitor")}, child_pipe))
        monitor.start()

        port = free_port()
        child_env = {**os.environ, **{k.upper(): str(v) for k, v in env.items()}, "DATABASE_URL": db_url,
                     "DATABASE_POOL_SIZE": "20"}
        if args.relay_process:
            worker = subprocess.Popen([sys.executable, "-m", "contract_service.worker"], env=child_env,
                                      stdout=open(tmp / "worker.log", "wb"), stderr=subprocess.STDOUT)
            child_env = {**child_env, "RELAY_ENABLED": "false", "CONSUMERS_ENABLED": "false"}
        service = subprocess.Popen([sys.executable, "-m", "uvicorn", "contract_service.main:create_app", "--factory",
                                    "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
                                    "--no-access-log", "--workers", str(args.workers)], env=child_env,
                                   stdout=open(tmp / "service.log", "wb"), stderr=subprocess.STDOUT)
        wait_for_port(port, 30)
        # one municipality token each would be more realistic; admin acts for every municipality
        token = keys.sign(token_claims(issuer=issuer.url, audience="zorgregio", role="admin", subject="bench"))
        if not pipe.poll(30) or pipe.recv() != "ready":
            raise RuntimeError("monitor consumer did not start")
        request = allocation_requests(token, str(provider.id), bsns(10_000_000))
        load(port, request, args.rate, 2 if args.quick else 5)  # warm-up
        pids = [service.pid] + ([worker.pid] if worker else [])
        cpu_before = machine_cpu(pids, monitor.pid, broker.pid)
        result = load(port, request, args.rate, seconds, args.trace)
        cpu_used = {part: used - cpu_before[part] for part, used in machine_cpu(pids, monitor.pid, broker.pid).items()}
        accepted = result["accepted"]
        deadline = time.monotonic() + 30
        while True:
            pipe.send("report")
            consumed, issued_at = pipe.recv()
            if time.monotonic() > deadline or all(a in consumed for a in accepted):
                break
            time.sleep(0.5)
        delays = [consumed[a] - issued_at[a] for a in accepted if a in consumed]
        missing = sum(1 for a in accepted if a not in consumed)
        rate = len(accepted) / result["elapsed"]
        per_allocation = {part: used / max(len(accepted), 1) for part, used in cpu_used.items()}  # CPU seconds
        figures = {
            "allocations_per_second": round(rate, 1),
            "offered_per_second": args.rate,
            "p50_latency_ms": round(percentile(result["latencies"], 0.50) * 1000, 1),
            "p99_latency_ms": round(percentile(result["latencies"], 0.99) * 1000, 1),
            "max_latency_ms": round(max(result["latencies"], default=float("nan")) * 1000, 1),
            "event_consumed_p50_ms": round(percentile(delays, 0.50) * 1000, 1),
            "event_consumed_p99_ms": round(percentile(delays, 0.99) * 1000, 1),
            "cpu_ms_per_allocation": {part: round(used * 1000, 2) for part, used in per_allocation.items()},
            # CPU the whole set-up needs at the target rate, against the machine's cores: above them, every part
            # waits for the others and latency grows whatever the service does
            "cores_needed_at_target": {
                "service": round(per_allocation["service"] * TARGETS["allocations_per_second"], 2),
                "everything": round(sum(per_allocation.values()) * TARGETS["allocations_per_second"], 2),
                "available": os.cpu_count()},
            "load_average_1m": round(os.getloadavg()[0], 1),
            "accepted": len(accepted), "errors": result["errors"], "events_missing": missing,
            "workers": args.workers, "relay_process": args.relay_process, "seconds": round(result["elapsed"], 1),
        }
        # met: every allocation offered at (at least) the target rate accepted within the latency target (the
        # measured rate sits just under the offered one: the last answers arrive after the last start)
        met = (args.rate >= TARGETS["allocations_per_second"] and len(accepted) == int(args.rate * seconds)
               and figures["p99_latency_ms"] <= TARGETS["p99_latency_ms"]
               and figures["event_consumed_p99_ms"] <= TARGETS["event_consumed_p99_ms"] and missing == 0
               and not result["errors"])
        notes = (f"one instance: uvicorn with {args.workers} worker process(es) of {settings.request_threads} request"
                 " threads each"
                 f"{' + a relay/consumer process' if args.relay_process else ' (relay and consumer inside)'}"
                 f" on {os.cpu_count()} cores shared with PostgreSQL, the broker, the load generator and the monitor's"
                 " consumer (a process of its own); open loop at offered_per_second, latency from each request's"
                 " scheduled start; consumed delay = the monitor's handling time minus the event's issuedAt")
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
            pipe.send("stop")
            monitor.join(15)
        issuer.stop()
        broker.stop()
        dbs.drop_all()


if __name__ == "__main__":
    main()
