"""The admission unit of work: the foundation's (outbox in the same transaction) with this
service's repositories attached."""
from __future__ import annotations

from sqlalchemy.orm import Session
from zorgregio.messaging.unit_of_work import UnitOfWork

from admission_service.adapters.applications import ApplicationRepository
from admission_service.adapters.enforcements import (
    EnforcementRepository,
    SignalRepository,
)
from admission_service.adapters.repository import (
    ProviderRepository,
    RequirementRepository,
    WindowRepository,
)


class AdmissionUnitOfWork(UnitOfWork):
    providers: ProviderRepository
    requirements: RequirementRepository
    windows: WindowRepository
    applications: ApplicationRepository
    enforcements: EnforcementRepository
    signals: SignalRepository

    def open_repositories(self, session: Session) -> None:
        self.providers = ProviderRepository(session)
        self.requirements = RequirementRepository(session)
        self.windows = WindowRepository(session)
        self.applications = ApplicationRepository(session)
        self.enforcements = EnforcementRepository(session)
        self.signals = SignalRepository(session)
