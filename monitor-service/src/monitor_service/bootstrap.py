"""Wires the monitoring service once: runtime, unit of work,
consumed events, periodic jobs (the back-office delivery worker and the norm checks)."""
from __future__ import annotations

from zorgregio.runtime import PeriodicJob, ServiceRuntime

from monitor_service.config import Settings
from monitor_service.consumers import TOPICS, handlers
from monitor_service.service_layer.delivery import DeliveryWorker
from monitor_service.service_layer.evaluation import evaluate_norms
from monitor_service.service_layer.unit_of_work import MonitorUnitOfWork


def build_runtime(settings: Settings | None = None) -> ServiceRuntime:
    settings = settings or Settings()
    runtime = ServiceRuntime(settings, uow_class=MonitorUnitOfWork, handlers=handlers(), topics=TOPICS)
    worker = DeliveryWorker(runtime, settings)
    runtime.jobs = [
        PeriodicJob("deliveries", settings.delivery_poll_seconds, worker.run_until_idle),
        PeriodicJob("norms", settings.signal_interval_seconds, lambda: evaluate_norms(runtime)),
    ]
    return runtime
