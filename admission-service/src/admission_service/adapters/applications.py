"""Repository of applications (with verdicts, dialogue sessions and history), their evidence
and evidence requests, and the admissions an admitted application grants."""
from __future__ import annotations

from datetime import date, datetime
from uuid import UUID

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from admission_service.adapters.orm import (
    AdmissionRow,
    ApplicationRow,
    ApplicationStepRow,
    DialogueSessionRow,
    EvidenceRequestRow,
    EvidenceRow,
    ScreeningVerdictRow,
)
from admission_service.domain.application import (
    Application,
    DialogueSession,
    ScreeningVerdict,
    Status,
    Verdict,
)
from admission_service.domain.evidence import Evidence
from admission_service.domain.model import Actor


class ApplicationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, application_id: UUID, *, lock: bool = False) -> Application | None:
        row = self.session.get(ApplicationRow, application_id, with_for_update=lock)
        if row is None:
            return None
        verdicts = self.session.scalars(select(ScreeningVerdictRow)
                                        .where(ScreeningVerdictRow.application_id == application_id))
        sessions = self.session.scalars(select(DialogueSessionRow)
                                        .where(DialogueSessionRow.application_id == application_id)
                                        .order_by(DialogueSessionRow.number))
        return Application(
            row.id, row.provider_id, row.region_code, list(row.product_codes), list(row.product_groups),
            list(row.municipality_codes), Status(row.status), row.submitted_at,
            Actor(row.submitted_by, row.submitted_by_role),
            verdicts={v.requirement_code: ScreeningVerdict(v.requirement_code, Verdict(v.verdict), v.reason,
                                                           Actor(v.decided_by, v.decided_by_role), v.decided_at)
                      for v in verdicts},
            sessions=[DialogueSession(s.id, s.number, s.held_on, s.notes, Actor(s.recorded_by, s.recorded_by_role),
                                      s.recorded_at) for s in sessions],
            decision_reasons=list(row.decision_reasons or []), decided_at=row.decided_at,
            decided_by=Actor(row.decided_by, row.decided_by_role or "") if row.decided_by else None,
            admitted_on=row.admitted_on,
        )

    def add(self, app: Application) -> None:
        self.session.add(ApplicationRow(
            id=app.id, provider_id=app.provider_id, region_code=app.region_code, status=app.status.value,
            product_codes=app.product_codes, product_groups=app.product_groups,
            municipality_codes=app.municipality_codes, submitted_at=app.submitted_at,
            submitted_by=app.submitted_by.subject, submitted_by_role=app.submitted_by.role, decision_reasons=[]))
        self.session.flush()
        self._write_steps(app)

    def save(self, app: Application) -> None:
        row = self.session.get(ApplicationRow, app.id)
        row.status, row.decision_reasons, row.decided_at = app.status.value, app.decision_reasons, app.decided_at
        row.decided_by = app.decided_by.subject if app.decided_by else None
        row.decided_by_role = app.decided_by.role if app.decided_by else None
        row.admitted_on = app.admitted_on
        row.updated_at = datetime.now().astimezone()
        for verdict in app.verdicts.values():
            self.session.merge(ScreeningVerdictRow(
                application_id=app.id, requirement_code=verdict.requirement_code, verdict=verdict.verdict.value,
                reason=verdict.reason, decided_by=verdict.actor.subject, decided_by_role=verdict.actor.role,
                decided_at=verdict.at))
        known = set(self.session.scalars(select(DialogueSessionRow.id)
                                         .where(DialogueSessionRow.application_id == app.id)))
        for s in app.sessions:
            if s.id not in known:
                self.session.add(DialogueSessionRow(id=s.id, application_id=app.id, number=s.number,
                                                    held_on=s.held_on, notes=s.notes, recorded_by=s.actor.subject,
                                                    recorded_by_role=s.actor.role, recorded_at=s.at))
        self._write_steps(app)
        self.session.flush()

    def _write_steps(self, app: Application) -> None:
        for step in app.new_steps:
            self.session.add(ApplicationStepRow(
                application_id=app.id, action=step.action, from_status=step.from_status.value if step.from_status
                else None, to_status=step.to_status.value, actor=step.actor.subject, actor_role=step.actor.role,
                at=step.at, note=step.note))
        app.new_steps.clear()

    # --- evidence ---------------------------------------------------------------------------
    def add_evidence(self, ev: Evidence) -> None:
        self.session.add(EvidenceRow(
            id=ev.id, application_id=ev.application_id, requirement_code=ev.requirement_code,
            evidence_type=ev.evidence_type, filename=ev.filename, media_type=ev.media_type, size=ev.size,
            sha256=ev.sha256, content=ev.content, valid_until=ev.valid_until, uploaded_by=ev.actor.subject,
            uploaded_by_role=ev.actor.role, uploaded_at=ev.at))
        self.session.execute(update(EvidenceRequestRow)
                             .where(EvidenceRequestRow.application_id == ev.application_id,
                                    EvidenceRequestRow.requirement_code == ev.requirement_code,
                                    EvidenceRequestRow.fulfilled_at.is_(None))
                             .values(fulfilled_at=ev.at))
        self.session.flush()

    def add_evidence_request(self, request_id: UUID, application_id: UUID, requirement_code: str, message: str,
                             actor: Actor, at: datetime) -> None:
        self.session.add(EvidenceRequestRow(id=request_id, application_id=application_id,
                                            requirement_code=requirement_code, message=message,
                                            requested_by=actor.subject, requested_at=at))
        self.session.flush()

    # --- admissions -------------------------------------------------------------------------
    def add_admissions(self, app: Application, product_codes: list[str], admitted_on: date) -> None:
        for product in product_codes:
            for municipality in app.municipality_codes:
                self.session.add(AdmissionRow(application_id=app.id, provider_id=app.provider_id,
                                              region_code=app.region_code, product_code=product,
                                              municipality_code=municipality, admitted_on=admitted_on))
        self.session.flush()

    def admitted_municipalities(self, provider_id: UUID, region_code: str) -> set[str]:
        return set(self.session.scalars(select(AdmissionRow.municipality_code).where(
            AdmissionRow.provider_id == provider_id, AdmissionRow.region_code == region_code,
            AdmissionRow.ended_on.is_(None))))

    def end_admissions(self, provider_id: UUID, region_code: str, municipality_codes: list[str], on: date) -> None:
        query = update(AdmissionRow).where(AdmissionRow.provider_id == provider_id,
                                           AdmissionRow.region_code == region_code, AdmissionRow.ended_on.is_(None))
        if municipality_codes:
            query = query.where(AdmissionRow.municipality_code.in_(municipality_codes))
        self.session.execute(query.values(ended_on=on))
