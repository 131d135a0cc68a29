"""The admission service's ASGI app: `uvicorn admission_service.main:create_app --factory`."""
from __future__ import annotations

from fastapi import FastAPI
from zorgregio.api.app import create_service_app
from zorgregio.runtime import ServiceRuntime

from admission_service.api import errors
from admission_service.api.routes import (
    applications,
    assessment,
    enforcement,
    providers,
    regions,
    requirements,
    windows,
    work_queue,
)
from admission_service.bootstrap import build_runtime

ROUTERS = [providers.router, requirements.router, windows.router, applications.router, assessment.router,
           enforcement.router, work_queue.router, regions.router]


def create_app(runtime: ServiceRuntime | None = None) -> FastAPI:
    app = create_service_app(runtime or build_runtime(), ROUTERS, title="Toelating (Open House admission of providers)",
                             description="Toelating: zorgaanbieders melden zich aan, de regio toetst, voert de "
                                         "dialoog, laat toe en handhaaft.")
    errors.install(app)
    return app
