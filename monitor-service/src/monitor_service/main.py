"""The monitoring service's ASGI app: `uvicorn monitor_service.main:create_app --factory`."""
from __future__ import annotations

from fastapi import FastAPI
from zorgregio.api.app import create_service_app
from zorgregio.runtime import ServiceRuntime

from monitor_service.api.routes import figures, reports, signals, subscriptions
from monitor_service.bootstrap import build_runtime


def create_app(runtime: ServiceRuntime | None = None) -> FastAPI:
    return create_service_app(runtime or build_runtime(),
                              [figures.router, reports.router, signals.router, subscriptions.router],
                              title="Monitoring",
                              description="Monitoring: figures, signals, dashboards and notifications to back offices.")
