"""Wires the availability service once: runtime, unit of work, consumed events, periodic jobs."""
from __future__ import annotations

from functools import partial

from zorgregio.runtime import PeriodicJob, ServiceRuntime
from zorgregio.urls import libpq_url

from availability_service.adapters.search_cache import InvalidationListener, cache_for
from availability_service.config import Settings
from availability_service.consumers import HANDLERS, TOPICS
from availability_service.service_layer import jobs
from availability_service.service_layer.unit_of_work import AvailabilityUnitOfWork


def build_runtime(settings: Settings | None = None) -> ServiceRuntime:
    settings = settings or Settings()
    runtime = ServiceRuntime(settings, uow_class=AvailabilityUnitOfWork, handlers=HANDLERS, topics=TOPICS)
    listener = InvalidationListener(libpq_url(settings.database_url), search_cache(runtime))
    runtime.jobs = [
        PeriodicJob("search-invalidation", 0.001, listener.wait_once),
        PeriodicJob("stale-entries", settings.stale_job_seconds, partial(jobs.emit_stale, runtime.uow)),
        PeriodicJob("supply-gaps", settings.gap_job_seconds, partial(jobs.emit_gaps, runtime.uow)),
        PeriodicJob("date-refresh", settings.refresh_job_seconds, partial(jobs.refresh_due, runtime.uow)),
    ]
    return runtime


def search_cache(runtime: ServiceRuntime):
    """The search cache of this runtime's database (shared with its units of work)."""
    return cache_for(str(runtime.engine.url))
