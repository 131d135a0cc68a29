"""Requirements (programma van eisen): region staff manage them, every signed-in user reads."""
from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query
from sqlalchemy.orm import Session

from admission_service import views
from admission_service.adapters.orm import RequirementRow
from admission_service.api.deps import (
    AnyUser,
    RegionQuery,
    RegionStaff,
    SessionDep,
    UowDep,
    operation_id,
    problems,
)
from admission_service.api.schemas import (
    RequirementCreate,
    RequirementPublic,
    RequirementUpdate,
)
from admission_service.catalogue import rules_for
from admission_service.domain.errors import NotFound
from admission_service.service_layer import catalogue as handlers

router = APIRouter(prefix="/requirements", tags=["requirements"], generate_unique_id_function=operation_id)


def _one(session: Session, requirement_id: UUID) -> RequirementRow:
    row = session.get(RequirementRow, requirement_id)
    if row is None:
        raise NotFound("eis", requirement_id)
    return row


@router.get("", response_model=list[RequirementPublic], responses=problems(), summary="List requirements")
def list_requirements(principal: AnyUser, session: SessionDep, region_code: RegionQuery = None,
                      active_only: Annotated[bool, Query(alias="activeOnly")] = True) -> list:
    return views.requirements(session, region_code, active_only)


@router.post("", status_code=201, response_model=RequirementPublic, responses=problems(409, 422),
             summary="Add a requirement (region staff)")
def create_requirement(body: RequirementCreate, principal: RegionStaff, uow: UowDep, session: SessionDep):
    rules_for(body.region_code)
    requirement_id = handlers.save_requirement(
        uow, principal, region_code=body.region_code, code=body.code, title=body.title, layer=body.layer,
        evidence_type=body.evidence_type, expires=body.expires, scope=body.scope, description=body.description)
    return _one(session, requirement_id)


@router.get("/{requirement_id}", response_model=RequirementPublic, responses=problems(404))
def get_requirement(requirement_id: UUID, principal: AnyUser, session: SessionDep):
    return _one(session, requirement_id)


@router.patch("/{requirement_id}", response_model=RequirementPublic, responses=problems(404, 422),
              summary="Change or deactivate a requirement (region staff)")
def update_requirement(requirement_id: UUID, body: RequirementUpdate, principal: RegionStaff, uow: UowDep,
                       session: SessionDep):
    changes = {k: v for k, v in body.model_dump(exclude_unset=True).items() if v is not None}
    handlers.change_requirement(uow, principal, requirement_id, changes)
    return _one(session, requirement_id)
