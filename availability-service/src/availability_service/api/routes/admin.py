"""Operations: rebuild the read model from the journal of consumed events."""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from availability_service.api.deps import AdminUser, RuntimeDep
from availability_service.api.errors import PROBLEMS
from availability_service.api.schemas import RebuildResult
from availability_service.service_layer.rebuild import rebuild

router = APIRouter(tags=["operations"], responses={k: PROBLEMS[k] for k in (401, 403)})


@router.post("/admin/rebuild", response_model=RebuildResult, summary="Rebuild the read model from the consumed events")
async def rebuild_read_model(_: AdminUser, runtime: RuntimeDep) -> dict:
    return {"eventsApplied": await run_in_threadpool(rebuild, runtime)}
