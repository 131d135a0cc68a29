"""The contracting service's ASGI app: `uvicorn contract_service.main:create_app --factory`."""
from __future__ import annotations

from fastapi import FastAPI
from zorgregio.api.app import create_service_app
from zorgregio.runtime import ServiceRuntime

from contract_service.api import errors
from contract_service.api.routes import (
    allocations,
    audit,
    catalogue,
    contracts,
    tariffs,
)
from contract_service.bootstrap import build_runtime


def create_app(runtime: ServiceRuntime | None = None) -> FastAPI:
    # allocations first: a request is matched against the routers in turn, and issuing them carries the load
    app = create_service_app(runtime or build_runtime(),
                             [allocations.router, catalogue.router, tariffs.router, contracts.router, audit.router],
                             title="Contractering",
                             description="Contractering: product catalogue, tariffs, contracts and allocations.")
    errors.install(app)
    return app
