"""Wires the contracting service once: runtime, unit of work, client vault, consumed events,
and the change-feed job. `context(runtime)` gives the handlers' context."""
from __future__ import annotations

from sqlalchemy import create_engine
from zorgregio.db import make_session_factory
from zorgregio.runtime import PeriodicJob, ServiceRuntime

from contract_service import consumers
from contract_service.adapters.crypto import ClientVault
from contract_service.config import Settings
from contract_service.service_layer.change_feed import number_changes
from contract_service.service_layer.unit_of_work import Context, ContractingUnitOfWork


def build_runtime(settings: Settings | None = None) -> ServiceRuntime:
    settings = settings or Settings()
    holder: dict[str, Context] = {}
    runtime = ServiceRuntime(settings, uow_class=ContractingUnitOfWork,
                             handlers=consumers.handlers(lambda: holder["context"]), topics=consumers.TOPICS)
    if not settings.database_pre_ping:
        runtime.engine.dispose()
        runtime.engine = create_engine(settings.database_url, pool_size=settings.database_pool_size,
                                       max_overflow=settings.database_pool_size, pool_pre_ping=False,
                                       pool_recycle=settings.database_pool_recycle_seconds)
        runtime.session_factory = make_session_factory(runtime.engine)
    holder["context"] = Context(runtime, ClientVault.from_settings(settings))
    runtime.context = holder["context"]  # type: ignore[attr-defined]
    runtime.jobs.append(PeriodicJob("change-feed", settings.change_feed_interval_seconds,
                                    lambda: number_changes(runtime.engine)))
    return runtime


def context(runtime: ServiceRuntime) -> Context:
    return runtime.context  # type: ignore[attr-defined]
