"""Run a whole service for a test: its own database, migrated; its runtime (relay, consumer,
jobs) started; its API reachable through a TestClient or over real HTTP."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import import_module
from typing import Any

import httpx
from fastapi import FastAPI
from fastapi.testclient import TestClient

from zorgregio.catalog import SERVICES
from zorgregio.migrations import upgrade
from zorgregio.runtime import ServiceRuntime
from zorgregio.testing.processes import ServerThread


@dataclass
class RunningService:
    name: str
    runtime: ServiceRuntime
    app: FastAPI
    client: httpx.Client
    base_path: str
    url: str | None = None

    def api(self, path: str) -> str:
        """`/allocations` → `/contracting/api/v1/allocations`."""
        return self.base_path + path


@contextmanager
def running_service(name: str, settings_values: dict[str, Any], *, http: bool = False) -> Iterator[RunningService]:
    info = SERVICES[name]
    settings = import_module(f"{info.package}.config").Settings(**settings_values)
    upgrade(info.package, settings.database_url)
    runtime = import_module(f"{info.package}.bootstrap").build_runtime(settings)
    app = import_module(f"{info.package}.main").create_app(runtime)
    if http:
        server = ServerThread(app).start()
        try:
            with httpx.Client(base_url=server.url, timeout=30) as client:
                yield RunningService(name, runtime, app, client, info.base_path, server.url)
        finally:
            server.stop()
    else:
        with TestClient(app, raise_server_exceptions=False) as client:
            yield RunningService(name, runtime, app, client, info.base_path)
