"""Read-side: one application in full (requirements with verdicts, evidence, sessions, history),
evidence content, enforcement measures and the assessors' work queue."""
from __future__ import annotations

from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from admission_service.adapters.orm import (
    ApplicationRow,
    ApplicationStepRow,
    DialogueSessionRow,
    EnforcementRow,
    EvidenceRequestRow,
    EvidenceRow,
    ProviderRow,
    ScreeningVerdictRow,
    SignalRow,
)
from admission_service.adapters.repository import RequirementRepository
from admission_service.catalogue import product_groups, region_rules
from admission_service.domain.application import Status, applicable_requirements
from admission_service.domain.errors import NotFound
from admission_service.views import _summary, _who


def _evidence(row: EvidenceRow) -> dict:
    return {**{c: getattr(row, c) for c in ("id", "requirement_code", "evidence_type", "filename", "media_type",
                                            "size", "sha256", "valid_until")},
            "uploaded": _who(row.uploaded_by, row.uploaded_by_role, row.uploaded_at)}


def application(session: Session, application_id: UUID) -> dict:
    row = session.get(ApplicationRow, application_id)
    if row is None:
        raise NotFound("aanmelding", application_id)
    name = session.scalar(select(ProviderRow.name).where(ProviderRow.id == row.provider_id))
    evidence = list(session.scalars(select(EvidenceRow).where(EvidenceRow.application_id == application_id)
                                    .order_by(EvidenceRow.uploaded_at)))
    verdicts = {v.requirement_code: v for v in session.scalars(
        select(ScreeningVerdictRow).where(ScreeningVerdictRow.application_id == application_id))}
    requests = {r.requirement_code: r.message for r in session.scalars(
        select(EvidenceRequestRow).where(EvidenceRequestRow.application_id == application_id,
                                         EvidenceRequestRow.fulfilled_at.is_(None)))}
    all_requirements = RequirementRepository(session).for_region(row.region_code)
    applicable = set(applicable_requirements(row.region_code, row.product_codes, row.product_groups,
                                             all_requirements, product_groups()))
    requirements = []
    for req in (r for r in all_requirements if r.code in applicable):
        verdict = verdicts.get(req.code)
        requirements.append({
            "code": req.code, "title": req.title, "evidence_type": req.evidence_type, "expires": req.expires,
            "verdict": verdict.verdict if verdict else None, "reason": verdict.reason if verdict else None,
            "decided": _who(verdict.decided_by, verdict.decided_by_role, verdict.decided_at) if verdict else None,
            "evidence_count": sum(1 for e in evidence if e.requirement_code == req.code),
            "open_request": requests.get(req.code)})
    sessions = session.scalars(select(DialogueSessionRow).where(DialogueSessionRow.application_id == application_id)
                               .order_by(DialogueSessionRow.number))
    steps = session.scalars(select(ApplicationStepRow).where(ApplicationStepRow.application_id == application_id)
                            .order_by(ApplicationStepRow.seq))
    return {
        **_summary(row, name),
        "submitted": _who(row.submitted_by, row.submitted_by_role, row.submitted_at),
        "decided": _who(row.decided_by, row.decided_by_role, row.decided_at),
        "decision_reasons": row.decision_reasons or [], "admitted_on": row.admitted_on,
        "max_dialogue_sessions": region_rules()[row.region_code].max_dialogue_sessions,
        "requirements": requirements, "evidence": [_evidence(e) for e in evidence],
        "dialogue_sessions": [{"id": s.id, "number": s.number, "held_on": s.held_on, "notes": s.notes,
                               "recorded": _who(s.recorded_by, s.recorded_by_role, s.recorded_at)} for s in sessions],
        "history": [{"action": s.action, "from_status": s.from_status, "to_status": s.to_status, "note": s.note,
                     "by": _who(s.actor, s.actor_role, s.at)} for s in steps],
    }


def evidence_content(session: Session, application_id: UUID, evidence_id: UUID) -> tuple[EvidenceRow, bytes]:
    row = session.get(EvidenceRow, evidence_id)
    if row is None or row.application_id != application_id:
        raise NotFound("bewijsstuk", evidence_id)
    return row, row.content


def enforcements(session: Session, *, provider_id: UUID | None, region_code: str | None) -> list[dict]:
    query = select(EnforcementRow).order_by(EnforcementRow.created_at.desc())
    if provider_id:
        query = query.where(EnforcementRow.provider_id == provider_id)
    if region_code:
        query = query.where(EnforcementRow.region_code == region_code)
    return [{**{c: getattr(r, c) for c in ("id", "provider_id", "region_code", "kind", "starts_on", "ends_on",
                                           "reason", "amount", "municipality_codes", "lifted_on", "lift_reason")},
             "active": r.lifted_on is None, "created": _who(r.created_by, r.created_by_role, r.created_at)}
            for r in session.scalars(query)]


_NEXT = {Status.SUBMITTED: "start_screening", Status.DIALOGUE: "hold_dialogue_or_decide"}


def work_queue(session: Session, region_code: str) -> dict:
    """Applications that wait for the region, oldest first, and the region's open signals."""
    rows = session.execute(
        select(ApplicationRow, ProviderRow.name).join(ProviderRow, ProviderRow.id == ApplicationRow.provider_id)
        .where(ApplicationRow.region_code == region_code,
               ApplicationRow.status.in_([Status.SUBMITTED, Status.SCREENING, Status.DIALOGUE]))
        .order_by(ApplicationRow.submitted_at)).all()
    new_evidence = set(session.scalars(
        select(EvidenceRequestRow.application_id).where(EvidenceRequestRow.fulfilled_at.is_not(None))
        .group_by(EvidenceRequestRow.application_id)))
    pending_requests = set(session.scalars(
        select(EvidenceRequestRow.application_id).where(EvidenceRequestRow.fulfilled_at.is_(None))))
    items = []
    for row, name in rows:
        status = Status(row.status)
        if status is Status.SCREENING:
            if row.id in pending_requests and row.id not in new_evidence:
                continue  # waiting for the provider's evidence
            action = "review_new_evidence" if row.id in new_evidence else "screen_requirements"
        else:
            action = _NEXT[status]
        items.append({"application": _summary(row, name), "action": action})
    signals = session.scalars(select(SignalRow).where(SignalRow.region_code == region_code,
                                                      SignalRow.resolved_at.is_(None))
                              .order_by(SignalRow.raised_at.desc()))
    return {"region_code": region_code, "applications": items,
            "signals": [{c: getattr(s, c) for c in ("id", "source", "kind", "region_code", "municipality_code",
                                                     "provider_id", "product_code", "message", "raised_at",
                                                     "resolved_at")} for s in signals]}
