"""The assessor's work queue: applications that wait for the region and open signals."""
from __future__ import annotations

from fastapi import APIRouter

from admission_service import views_detail
from admission_service.api.deps import (
    RegionQuery,
    RegionReader,
    SessionDep,
    operation_id,
    problems,
)
from admission_service.api.schemas_applications import WorkQueue
from admission_service.catalogue import rules_for
from admission_service.service_layer.common import check_region_staff

router = APIRouter(tags=["work queue"], generate_unique_id_function=operation_id)


@router.get("/work-queue", response_model=WorkQueue, responses=problems(422),
            summary="Applications needing action and open signals (exit candidates, supply gaps)")
def get_work_queue(principal: RegionReader, session: SessionDep, region_code: RegionQuery = None) -> dict:
    region = region_code or principal.region_code
    if region is None:
        rules_for("")
    rules_for(region)
    if not principal.may_act_for_region(region):
        check_region_staff(principal, region)
    return views_detail.work_queue(session, region)
