"""The audit log of reads of client data (admin only)."""
from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query
from zorgregio.api.pagination import encode_cursor

from contract_service import views
from contract_service.api.deps import Admin, ContextDep, SessionDep
from contract_service.api.errors import responses
from contract_service.api.routes.allocations import sequence_cursor
from contract_service.api.schemas_allocations import AuditPage

router = APIRouter(tags=["audit"])


@router.get("/audit-log", response_model=AuditPage, responses=responses(400, 401, 403))
def audit_log(session: SessionDep, actor: Admin, ctx: ContextDep,
              allocation: Annotated[uuid.UUID | None, Query()] = None,
              subject: Annotated[str | None, Query(max_length=200)] = None,
              client_bsn: Annotated[str | None, Query(alias="clientBsn", pattern=r"^\d{9}$")] = None,
              cursor: Annotated[str | None, Query(max_length=200)] = None,
              limit: Annotated[int, Query(ge=1, le=500)] = 100):
    after = sequence_cursor(cursor, "cursor")
    client_hash = ctx.vault.bsn_hash(client_bsn) if client_bsn else None
    rows = views.audit_log(session, allocation_id=allocation, subject=subject, client_hash=client_hash,
                           after_id=after, limit=limit)
    return AuditPage(items=rows, next_cursor=encode_cursor([rows[-1].id]) if len(rows) == limit else None)
