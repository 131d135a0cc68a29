"""The whole platform as local processes: broker, token issuer, one database per service and
the four services under uvicorn. `make dev` runs it on fixed ports; the end-to-end and fault
tests run it on free ports with throw-away databases and kill and restart its parts."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psycopg

from zorgregio.catalog import SERVICES
from zorgregio.migrations import upgrade
from zorgregio.security.dev_keys import DevKeyStore, token_claims
from zorgregio.testing.processes import TansuBroker, free_port, wait_for_port
from zorgregio.urls import database_url, libpq_url


@dataclass
class PlatformStack:
    server_url: str
    workdir: Path
    ports: dict[str, int] = field(default_factory=dict)
    database_prefix: str = "zorgregio_"
    kafka_bootstrap: str | None = None
    extra_env: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.server_url = libpq_url(self.server_url)
        self.logs = self.workdir / "logs"
        self.logs.mkdir(parents=True, exist_ok=True)
        self.keys = DevKeyStore(self.workdir / "dev-keys")
        for name in [*SERVICES, "issuer", "broker"]:
            self.ports.setdefault(name, free_port())
        self.broker: TansuBroker | None = None
        self.processes: dict[str, subprocess.Popen] = {}

    # --- addresses -------------------------------------------------------------------------
    @property
    def issuer_url(self) -> str:
        return f"http://127.0.0.1:{self.ports['issuer']}"

    @property
    def bootstrap(self) -> str:
        return self.kafka_bootstrap or f"127.0.0.1:{self.ports['broker']}"

    def url(self, service: str) -> str:
        return f"http://127.0.0.1:{self.ports[service]}"

    def api(self, service: str) -> str:
        return self.url(service) + SERVICES[service].base_path

    def database_url(self, service: str) -> str:
        return database_url(self.server_url, self.database_prefix + service)

    def token(self, role: str, **claims: Any) -> str:
        return self.keys.sign(token_claims(issuer=self.issuer_url, audience="zorgregio", role=role, **claims))

    def headers(self, role: str, **claims: Any) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(role, **claims)}"}

    # --- lifecycle -------------------------------------------------------------------------
    def start(self) -> PlatformStack:
        if self.kafka_bootstrap is None:
            self.start_broker()
        self.spawn("issuer", [sys.executable, "-m", "zorgregio.cli", "dev-issuer", "--port",
                              str(self.ports["issuer"])])
        wait_for_port(self.ports["issuer"])
        for name, info in SERVICES.items():
            self.create_database(self.database_prefix + name)
            upgrade(info.package, self.database_url(name))
        for name in SERVICES:
            self.start_service(name, wait=False)
        self.wait_until_ready()
        return self

    def start_broker(self) -> None:
        self.broker = TansuBroker(port=self.ports["broker"], log_path=self.logs / "broker.log").start()

    def service_env(self, name: str) -> dict[str, str]:
        return {
            **os.environ, **self.extra_env,
            "DATABASE_URL": self.database_url(name), "KAFKA_BOOTSTRAP_SERVERS": self.bootstrap,
            "TOKEN_ISSUER": self.issuer_url, "JWKS_URL": f"{self.issuer_url}/jwks.json",
            "JWKS_REFRESH_COOLDOWN_SECONDS": "1", "KAFKA_MAX_POLL_INTERVAL_MS": "5000",
            "KAFKA_SESSION_TIMEOUT_MS": "5000", "ENVIRONMENT": "development",
            "ZORGREGIO_DEV_KEYS": str(self.keys.folder), "PORT": str(self.ports.get(name, 0)),
        }

    def start_service(self, name: str, wait: bool = True) -> None:
        info = SERVICES[name]
        self.spawn(name, [sys.executable, "-m", "uvicorn", f"{info.package}.main:create_app", "--factory",
                          "--host", "127.0.0.1", "--port", str(self.ports[name]), "--no-access-log"])
        if wait:
            self.wait_until_ready([name])

    def kill_service(self, name: str) -> None:
        """Kill without warning (SIGKILL), as a crash would."""
        process = self.processes.pop(name)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()

    def spawn(self, name: str, command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> None:
        log = open(self.logs / f"{name}.log", "ab")
        self.processes[name] = subprocess.Popen(command, env=env or self.service_env(name), cwd=cwd, stdout=log,
                                                stderr=subprocess.STDOUT, start_new_session=True)

    def create_database(self, name: str) -> None:
        with psycopg.connect(self.server_url, autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
                conn.execute(f'CREATE DATABASE "{name}"')

    def drop_databases(self) -> None:
        with psycopg.connect(self.server_url, autocommit=True) as conn:
            for name in SERVICES:
                conn.execute(f'DROP DATABASE IF EXISTS "{self.database_prefix}{name}" WITH (FORCE)')

    def wait_until_ready(self, names: list[str] | None = None, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        for name in names or list(SERVICES):
            while True:
                process = self.processes.get(name)
                if process is not None and process.poll() is not None:
                    raise RuntimeError(f"{name} exited with {process.returncode}; see {self.logs}/{name}.log")
                try:
                    if httpx.get(f"{self.url(name)}/ready", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{name} not ready after {timeout}s; see {self.logs}/{name}.log")
                time.sleep(0.3)

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes.values():
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        self.processes.clear()
        if self.broker is not None:
            self.broker.stop()
