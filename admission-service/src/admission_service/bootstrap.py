"""Wires the admission service once: runtime, unit of work, consumed events, periodic jobs."""
from __future__ import annotations

from functools import partial

from zorgregio.runtime import PeriodicJob, ServiceRuntime

from admission_service.config import Settings
from admission_service.consumers import HANDLERS, TOPICS
from admission_service.service_layer.jobs import signal_expiring_evidence
from admission_service.service_layer.unit_of_work import AdmissionUnitOfWork


def build_runtime(settings: Settings | None = None) -> ServiceRuntime:
    settings = settings or Settings()
    runtime = ServiceRuntime(settings, uow_class=AdmissionUnitOfWork, handlers=HANDLERS, topics=TOPICS)
    runtime.jobs = [PeriodicJob("evidence-expiring", settings.evidence_expiry_scan_seconds,
                                partial(signal_expiring_evidence, runtime.uow))]
    return runtime
