"""Applications: a provider applies for itself and adds evidence; region staff of the region
and the provider itself read them."""
from __future__ import annotations

from datetime import date, datetime
from typing import Annotated
from urllib.parse import quote
from uuid import UUID

from fastapi import APIRouter, File, Form, Query, Response, UploadFile
from zorgregio.api.idempotency import IdempotencyKeyDep
from zorgregio.api.pagination import Page, encode_cursor
from zorgregio.api.problems import ProblemError
from zorgregio.security.principal import Principal, Role

from admission_service import views, views_detail
from admission_service.api.deps import (
    ProviderOrRegion,
    ProviderQuery,
    ProviderUser,
    RegionQuery,
    SessionDep,
    SettingsDep,
    UowDep,
    cursor_values,
    operation_id,
    problems,
)
from admission_service.api.schemas_applications import (
    ApplicationCreate,
    ApplicationPublic,
    ApplicationSummary,
    EvidencePublic,
    WithdrawCreate,
)
from admission_service.catalogue import rules_for
from admission_service.domain.application import Status
from admission_service.service_layer import applications as handlers
from admission_service.service_layer.common import check_reader

router = APIRouter(prefix="/applications", tags=["applications"], generate_unique_id_function=operation_id)


def readable(session, principal: Principal, application_id: UUID) -> None:
    provider_id, region_code = views.application_scope(session, application_id)
    check_reader(principal, provider_id, region_code)


@router.post("", status_code=201, response_model=ApplicationPublic, responses=problems(404, 422),
             summary="Apply for admission (products or product groups × municipalities)")
def create_application(body: ApplicationCreate, principal: ProviderUser, uow: UowDep, session: SessionDep,
                       response: Response, idem: IdempotencyKeyDep, settings: SettingsDep) -> dict:
    provider_id = body.provider_id or principal.provider_id
    if provider_id is None:
        raise ProblemError.for_field("providerId", "provider-required", "Noem de zorgaanbieder.", status=422)
    rules_for(body.region_code)
    application_id = handlers.submit_application(
        uow, principal, provider_id=provider_id, region_code=body.region_code, product_codes=body.product_codes,
        product_groups_=body.product_groups, municipality_codes=body.municipality_codes, idem=idem)
    response.headers["Location"] = f"{settings.base_path}/applications/{application_id}"
    return views_detail.application(session, application_id)


@router.get("", response_model=Page[ApplicationSummary], responses=problems(), summary="List applications")
def list_applications(principal: ProviderOrRegion, session: SessionDep, status: Status | None = None,
                      region_code: RegionQuery = None, provider_id: ProviderQuery = None,
                      cursor: str | None = None, limit: Annotated[int, Query(ge=1, le=200)] = 50) -> Page:
    """A provider sees its own applications; region staff those of their region; admin all."""
    if principal.role is Role.PROVIDER:
        provider_id = principal.provider_id
    elif not principal.is_admin:
        region_code = principal.region_code
    after = cursor_values(cursor, datetime, UUID)
    items = views.applications(session, provider_id=provider_id, region_code=region_code, status=status,
                               after=after, limit=limit)
    last = items[-1] if len(items) == limit else None
    return Page(items=items, next_cursor=encode_cursor([last["submitted_at"].isoformat(), str(last["id"])])
                if last else None)


@router.get("/{application_id}", response_model=ApplicationPublic, responses=problems(404))
def get_application(application_id: UUID, principal: ProviderOrRegion, session: SessionDep) -> dict:
    readable(session, principal, application_id)
    return views_detail.application(session, application_id)


@router.post("/{application_id}/evidence", status_code=201, response_model=EvidencePublic,
             responses=problems(404, 409, 413, 415, 422),
             summary="Upload a document for one requirement (PDF, PNG or JPEG; multipart/form-data)")
def upload_evidence(application_id: UUID, principal: ProviderUser, uow: UowDep, session: SessionDep,
                    settings: SettingsDep, file: Annotated[UploadFile, File(description="PDF, PNG or JPEG")],
                    requirement_code: Annotated[str, Form(alias="requirementCode", min_length=1, max_length=200)],
                    valid_until: Annotated[date | None, Form(alias="validUntil")] = None) -> dict:
    content = file.file.read(settings.evidence_max_bytes + 1)
    evidence_id = handlers.add_evidence(uow, principal, application_id, requirement_code=requirement_code,
                                        filename=file.filename or "document", content=content,
                                        max_bytes=settings.evidence_max_bytes, valid_until=valid_until)
    return next(e for e in views_detail.application(session, application_id)["evidence"] if e["id"] == evidence_id)


@router.get("/{application_id}/evidence/{evidence_id}/content", response_class=Response, responses={
    200: {"content": {"application/pdf": {}, "image/png": {}, "image/jpeg": {}}}, **problems(404)},
    summary="Download a document")
def download_evidence(application_id: UUID, evidence_id: UUID, principal: ProviderOrRegion,
                      session: SessionDep) -> Response:
    readable(session, principal, application_id)
    row, content = views_detail.evidence_content(session, application_id, evidence_id)
    ascii_name = row.filename.encode("ascii", "replace").decode().replace('"', "").replace("?", "_")
    return Response(content, media_type=row.media_type, headers={
        "Content-Disposition": f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(row.filename)}",
        "Digest": f"sha-256={row.sha256}", "X-Content-Type-Options": "nosniff"})


@router.post("/{application_id}/withdraw", response_model=ApplicationPublic, responses=problems(404, 409),
             summary="Withdraw the application (the provider)")
def withdraw_application(application_id: UUID, body: WithdrawCreate, principal: ProviderUser, uow: UowDep,
             session: SessionDep) -> dict:
    handlers.withdraw(uow, principal, application_id, body.reason)
    return views_detail.application(session, application_id)
