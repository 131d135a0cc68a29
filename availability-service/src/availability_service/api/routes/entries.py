"""Provider reporting: a provider keeps its own entries current (role provider, own data only)."""
from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Response, status
from zorgregio.api.idempotency import IdempotencyKeyDep

from availability_service.api.deps import OwnProviderId, RuntimeDep
from availability_service.api.errors import PROBLEMS, domain_errors
from availability_service.api.schemas import (
    BulkUpdate,
    Confirmation,
    EntryCreate,
    EntryPublic,
    EntryUpdate,
)
from availability_service.service_layer import handlers
from availability_service.views import own_entries

router = APIRouter(tags=["provider reporting"], responses={k: PROBLEMS[k] for k in (400, 401, 403)})
EntryIdPath = Annotated[uuid.UUID, Path(alias="entryId")]


def _entry(runtime: RuntimeDep, provider_id: uuid.UUID, entry_id: uuid.UUID) -> dict:
    with runtime.engine.connect() as conn:
        return own_entries(conn, provider_id, entry_id)[0]


@router.get("/providers/{providerId}/entries", response_model=list[EntryPublic], summary="The provider's own entries")
def list_entries(provider_id: OwnProviderId, runtime: RuntimeDep) -> list[dict]:
    with runtime.engine.connect() as conn:
        return own_entries(conn, provider_id)


@router.post("/providers/{providerId}/entries", response_model=EntryPublic, status_code=status.HTTP_201_CREATED,
             summary="Report availability for a contracted product at a (new) location",
             responses={409: {"description": "Same Idempotency-Key still in progress",
                              "content": {"application/problem+json": {}}}, 422: PROBLEMS[422]})
def create_entry(body: EntryCreate, provider_id: OwnProviderId, runtime: RuntimeDep, response: Response,
                 idempotency: IdempotencyKeyDep) -> dict:
    with domain_errors():
        entry_id = handlers.create_entry(runtime.uow, provider_id, body.product_code, body.changes(), idempotency)
    response.headers["Location"] = f"{runtime.settings.base_path}/providers/{provider_id}/entries/{entry_id}"
    return _entry(runtime, provider_id, entry_id)


@router.put("/providers/{providerId}/entries/{entryId}", response_model=EntryPublic, summary="Replace an entry",
            responses={404: PROBLEMS[404], 422: PROBLEMS[422]})
def replace_entry(body: EntryUpdate, provider_id: OwnProviderId, entry_id: EntryIdPath, runtime: RuntimeDep) -> dict:
    with domain_errors():
        handlers.update_entries(runtime.uow, provider_id, [(entry_id, body.changes())])
    return _entry(runtime, provider_id, entry_id)


@router.patch("/providers/{providerId}/entries", response_model=list[EntryPublic],
              summary="Bulk update: change several entries at once (all or nothing)",
              responses={404: PROBLEMS[404], 422: PROBLEMS[422]})
def bulk_update(body: BulkUpdate, provider_id: OwnProviderId, runtime: RuntimeDep) -> list[dict]:
    with domain_errors():
        ids = handlers.update_entries(runtime.uow, provider_id, [(p.entry_id, p.changes()) for p in body.entries],
                                      field_prefix="entries[{index}].")
    with runtime.engine.connect() as conn:
        wanted = set(ids)
        return [e for e in own_entries(conn, provider_id) if uuid.UUID(e["entryId"]) in wanted]


@router.post("/providers/{providerId}/entries/{entryId}/confirm", response_model=EntryPublic,
             summary="One click: the entry is still correct", responses={404: PROBLEMS[404]})
def confirm_entry(provider_id: OwnProviderId, entry_id: EntryIdPath, runtime: RuntimeDep) -> dict:
    with domain_errors():
        handlers.confirm_entries(runtime.uow, provider_id, [entry_id])
    return _entry(runtime, provider_id, entry_id)


@router.post("/providers/{providerId}/confirm", response_model=Confirmation,
             summary="One click: all of the provider's entries are still correct")
def confirm_all(provider_id: OwnProviderId, runtime: RuntimeDep) -> dict:
    ids = handlers.confirm_entries(runtime.uow, provider_id, None)
    return {"confirmed": len(ids), "entryIds": ids}
