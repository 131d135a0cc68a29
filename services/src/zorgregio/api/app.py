"""The app factory every service uses: its routers under its base path, the conventions
middleware, problem+json for every error, health/readiness/metrics, and a lifespan that
starts and stops the service's runtime (relay, consumer, jobs)."""
from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import APIRouter, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from zorgregio.api.openapi_roles import state_roles
from zorgregio.api.problems import install_problem_handlers
from zorgregio.ops import health
from zorgregio.ops.logging import configure_logging
from zorgregio.ops.memory import tuned_garbage_collector
from zorgregio.ops.middleware import ConventionsMiddleware
from zorgregio.runtime import ServiceRuntime
from zorgregio.security.tokens import TokenVerifier


def create_service_app(runtime: ServiceRuntime, routers: Iterable[APIRouter], *, title: str,
                       description: str, start_workers: bool = True) -> FastAPI:
    settings = runtime.settings
    base = settings.base_path

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure_logging(settings.service_name, settings.log_level)
        # sync routes run in threads; past a few per core they only contend for the GIL
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.request_threads
        if start_workers:
            runtime.start()
        try:
            with tuned_garbage_collector(settings.gc_young_threshold):
                yield
        finally:
            runtime.stop()

    app = FastAPI(title=title, description=description, version=settings.api_version,
                  openapi_url=f"{base}/openapi.json", docs_url=f"{base}/docs", redoc_url=None, lifespan=lifespan,
                  servers=[{"url": "/"}])
    app.state.runtime = runtime
    app.state.token_verifier = TokenVerifier(settings)
    for router in routers:
        state_roles(router)
        app.include_router(router, prefix=base)
    app.include_router(health.router)
    install_problem_handlers(app)
    app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["*"],
                       allow_headers=["*"], expose_headers=["API-Version", "X-Correlation-ID", "Location"])
    app.add_middleware(ConventionsMiddleware, api_version=settings.api_version)
    return app
