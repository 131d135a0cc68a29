"""The availability service's ASGI app: `uvicorn availability_service.main:create_app --factory`."""
from __future__ import annotations

import gc

from fastapi import FastAPI
from starlette.middleware import Middleware
from zorgregio.api.app import create_service_app
from zorgregio.runtime import ServiceRuntime

from availability_service.api.fast_path import CachedSearch
from availability_service.api.routes import admin, catalogue, entries, search
from availability_service.bootstrap import build_runtime, search_cache


def create_app(runtime: ServiceRuntime | None = None) -> FastAPI:
    runtime = runtime or build_runtime()
    app = create_service_app(runtime, [search.router, catalogue.router, entries.router, admin.router],
                             title="Beschikbaarheidswijzer",
                             description="Beschikbaarheidswijzer: availability, waiting times and search.")
    if runtime.settings.search_cache_enabled:
        path = f"{runtime.settings.base_path}/search"
        route = next((r for r in app.routes if getattr(r, "path", None) == path), None)
        # Appended last, so it sits innermost: inside the conventions and CORS middleware.
        app.user_middleware.append(Middleware(CachedSearch, path=path, cache=search_cache(runtime), route=route))
    # Everything built so far lives as long as the process: keep it out of the cyclic garbage
    # collector's full passes, which otherwise stall the event loop (the search p99).
    gc.freeze()
    return app
