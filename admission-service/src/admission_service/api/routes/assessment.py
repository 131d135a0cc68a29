"""Assessment actions of the region's staff. A step in the wrong order answers 409 naming the
application's current status."""
from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter

from admission_service import views_detail
from admission_service.api.deps import (
    RegionStaff,
    SessionDep,
    UowDep,
    operation_id,
    problems,
)
from admission_service.api.schemas_applications import (
    AdmitCreate,
    ApplicationPublic,
    DialogueSessionCreate,
    EvidenceRequestCreate,
    RejectCreate,
    VerdictCreate,
)
from admission_service.service_layer import assessment as handlers

router = APIRouter(prefix="/applications/{application_id}", tags=["assessment"],
                   generate_unique_id_function=operation_id)
ERRORS = problems(404, 409, 422)


@router.post("/screening", response_model=ApplicationPublic, responses=ERRORS, summary="Start screening")
def start_screening(application_id: UUID, principal: RegionStaff, uow: UowDep, session: SessionDep) -> dict:
    handlers.start_screening(uow, principal, application_id)
    return views_detail.application(session, application_id)


@router.post("/verdicts", response_model=ApplicationPublic, responses=ERRORS,
             summary="Record the verdict on one requirement (approved / rejected with a reason)")
def record_verdict(application_id: UUID, body: VerdictCreate, principal: RegionStaff, uow: UowDep,
                   session: SessionDep) -> dict:
    handlers.record_verdict(uow, principal, application_id, requirement_code=body.requirement_code,
                            verdict=body.verdict, reason=body.reason)
    return views_detail.application(session, application_id)


@router.post("/evidence-requests", response_model=ApplicationPublic, responses=ERRORS,
             summary="Ask the provider for (more) evidence for a requirement")
def request_evidence(application_id: UUID, body: EvidenceRequestCreate, principal: RegionStaff, uow: UowDep,
                     session: SessionDep) -> dict:
    handlers.request_evidence(uow, principal, application_id, requirement_code=body.requirement_code,
                              message=body.message)
    return views_detail.application(session, application_id)


@router.post("/dialogue", response_model=ApplicationPublic, responses=ERRORS,
             summary="Move to the dialogue (every requirement approved)")
def move_to_dialogue(application_id: UUID, principal: RegionStaff, uow: UowDep, session: SessionDep) -> dict:
    handlers.move_to_dialogue(uow, principal, application_id)
    return views_detail.application(session, application_id)


@router.post("/dialogue-sessions", status_code=201, response_model=ApplicationPublic, responses=ERRORS,
             summary="Record a dialogue session (at most the region's number)")
def record_dialogue_session(application_id: UUID, body: DialogueSessionCreate, principal: RegionStaff, uow: UowDep,
                   session: SessionDep) -> dict:
    handlers.record_dialogue_session(uow, principal, application_id, held_on=body.held_on, notes=body.notes)
    return views_detail.application(session, application_id)


@router.post("/admission", response_model=ApplicationPublic, responses=ERRORS,
             summary="Admit the provider for the applied products × municipalities")
def admit_application(application_id: UUID, body: AdmitCreate, principal: RegionStaff, uow: UowDep, session: SessionDep) -> dict:
    handlers.admit(uow, principal, application_id, reasons=body.reasons, admitted_on=body.admitted_on)
    return views_detail.application(session, application_id)


@router.post("/rejection", response_model=ApplicationPublic, responses=ERRORS, summary="Reject, with reasons")
def reject_application(application_id: UUID, body: RejectCreate, principal: RegionStaff, uow: UowDep,
           session: SessionDep) -> dict:
    handlers.reject(uow, principal, application_id, reasons=body.reasons)
    return views_detail.application(session, application_id)
