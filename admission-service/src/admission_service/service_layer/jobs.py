"""Periodic job: evidence whose end date falls within the region's warning period raises
`evidence.expiring` once per evidence document."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from zorgregio.events.admission import EvidenceExpiring

from admission_service.adapters.orm import ApplicationRow, EvidenceRow
from admission_service.catalogue import region_rules
from admission_service.domain.application import Status
from admission_service.service_layer.common import UowFactory, now

LIVE = (Status.SUBMITTED.value, Status.SCREENING.value, Status.DIALOGUE.value, Status.ADMITTED.value)


def signal_expiring_evidence(uow_factory: UowFactory, today: date | None = None) -> int:
    """Emits one event per evidence document entering its warning period; returns how many."""
    at = now()
    today = today or at.date()
    horizon = max(rules.evidence_expiry_warning_days for rules in region_rules().values())
    count = 0
    with uow_factory() as uow:
        rows = uow.session.execute(
            select(EvidenceRow, ApplicationRow.provider_id, ApplicationRow.region_code)
            .join(ApplicationRow, ApplicationRow.id == EvidenceRow.application_id)
            .where(EvidenceRow.valid_until.is_not(None), EvidenceRow.expiring_signalled_at.is_(None),
                   EvidenceRow.valid_until <= today + timedelta(days=horizon), ApplicationRow.status.in_(LIVE))
            .with_for_update(of=EvidenceRow, skip_locked=True)
        ).all()
        for evidence, provider_id, region_code in rows:
            if evidence.valid_until > today + timedelta(days=region_rules()[region_code].evidence_expiry_warning_days):
                continue
            uow.emit(EvidenceExpiring(provider_id=provider_id, region_code=region_code, evidence_id=evidence.id,
                                      requirement_code=evidence.requirement_code,
                                      evidence_type=evidence.evidence_type, expires_on=evidence.valid_until))
            evidence.expiring_signalled_at = at
            count += 1
        uow.commit()
    return count
