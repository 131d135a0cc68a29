"""Allocations (toewijzingen, JW301): submitted by access teams, answered and reported on by
providers (JW305/JW307), pulled by back offices as a change feed. Client data only with a
`purpose`, and every such read is audited."""
from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status
from zorgregio.api.idempotency import IdempotencyKeyDep
from zorgregio.api.pagination import decode_cursor, encode_cursor
from zorgregio.api.problems import ProblemError

from contract_service import views
from contract_service.adapters import orm
from contract_service.api.deps import (
    AccessTeam,
    AllocationReader,
    ClientDataReader,
    ContextDep,
    Provider,
    PurposeDep,
    SessionDep,
)
from contract_service.api.errors import responses
from contract_service.api.jw301 import jw301_message
from contract_service.api.schemas_allocations import (
    AllocationAmend,
    AllocationCreate,
    AllocationDetail,
    AllocationEnd,
    AllocationFeed,
    AllocationPublic,
    CareStartCreate,
    CareStopCreate,
    ChangePublic,
    ClientSearch,
    RefusalCreate,
    WithdrawalCreate,
)
from contract_service.domain import ijw
from contract_service.domain.allocation import Volume
from contract_service.domain.commands import ChangeAllocation, Client, IssueAllocation
from contract_service.service_layer import allocations, lifecycle, privacy

router = APIRouter(prefix="/allocations", tags=["allocations"])


def sequence_cursor(value: str | None, name: str) -> int:
    """A keyset cursor holding one non-negative bigint (0 when absent)."""
    cursor = decode_cursor(value)
    if cursor is None:
        return 0
    if len(cursor) != 1 or type(cursor[0]) is not int or not 0 <= cursor[0] < 2**63:
        raise ProblemError.for_field(name, "invalid-cursor", "De cursor is ongeldig of verlopen.")
    return cursor[0]


def public(row: orm.Allocation, client: dict | None = None) -> AllocationPublic:
    code = getattr(row, "stop_reason_code", None)
    reason = ijw.stop_reason(code) if code else None
    values = {name: getattr(row, name) for name in AllocationPublic.model_fields if hasattr(row, name)}
    values.update(volume={"amount": row.volume_amount, "unit": row.volume_unit, "frequency": row.volume_frequency},
                  ended_as_planned=reason["asPlanned"] if reason else None, client=client)
    return AllocationPublic.model_validate(values)


def _with_client(ctx, row, actor, purpose: str | None, action: str = "read") -> AllocationPublic:
    if purpose is None:
        raise ProblemError.for_field("purpose", "purpose-required",
                                     "Geef het doel van het inzien van cliëntgegevens op (purpose).")
    client = privacy.read_clients(ctx, [row], actor, purpose, action)[row.id]
    return public(row, client)


@router.post("", response_model=AllocationPublic, status_code=status.HTTP_201_CREATED,
             responses=responses(400, 401, 403, 409, 422),
             summary="Issue an allocation (JW301); retry safely with the same Idempotency-Key")
def issue(body: AllocationCreate, ctx: ContextDep, actor: AccessTeam, idem: IdempotencyKeyDep, response: Response):
    cmd = IssueAllocation(
        municipality_code=body.municipality_code,
        client=Client(body.client.bsn, body.client.name, body.client.birth_date), product_code=body.product_code,
        provider_id=body.provider_id, volume=Volume(body.volume.amount, body.volume.unit, body.volume.frequency),
        start_date=body.start_date, end_date=body.end_date, referrer_type=body.referrer_type, reason=body.reason)
    allocation_id, row = allocations.issue(ctx, cmd, actor, idem)
    response.headers["Location"] = f"{ctx.settings.base_path}/allocations/{allocation_id}"
    if row is None:  # the same submission again under its Idempotency-Key: the earlier allocation
        response.status_code = status.HTTP_200_OK
        with ctx.runtime.session_factory() as session:
            return public(views.allocation(session, actor, allocation_id))
    # answered directly (validated once, here, and serialised by pydantic-core) rather than
    # re-validated against the response model and encoded by the json module
    return Response(public(row).model_dump_json(by_alias=True), status_code=status.HTTP_201_CREATED,
                    media_type="application/json", headers={"Location": response.headers["Location"]})


@router.get("", response_model=AllocationFeed, responses=responses(400, 401, 403),
            summary="Allocations in change order; pass nextCursor as changedSince to get later changes")
def feed(session: SessionDep, actor: AllocationReader, ctx: ContextDep, purpose: PurposeDep,
         municipality: Annotated[str | None, Query(pattern=r"^\d{4}$")] = None,
         provider: Annotated[uuid.UUID | None, Query()] = None,
         changed_since: Annotated[str | None, Query(alias="changedSince", max_length=200)] = None,
         limit: Annotated[int, Query(ge=1, le=500)] = 100):
    after = sequence_cursor(changed_since, "changedSince")
    rows = views.allocation_feed(session, actor, municipality=municipality, provider_id=provider, after_seq=after,
                                 limit=limit)
    clients = privacy.read_clients(ctx, rows, actor, purpose, "feed") if purpose and rows else {}
    return AllocationFeed(items=[public(r, clients.get(r.id)) for r in rows],
                          next_cursor=encode_cursor([rows[-1].change_seq if rows else after]))


@router.post("/searches", response_model=list[AllocationPublic], responses=responses(400, 401, 403),
             summary="Find a client's allocations by BSN (keyed hash; audited)")
def search(body: ClientSearch, session: SessionDep, actor: ClientDataReader, ctx: ContextDep, purpose: PurposeDep):
    if purpose is None:
        raise ProblemError.for_field("purpose", "purpose-required", "Geef het doel van het zoeken op (purpose).")
    rows = privacy.find_by_bsn(ctx, body.bsn, actor, purpose)
    return [public(r) for r in rows]


@router.get("/{allocation_id}", response_model=AllocationDetail, responses=responses(400, 401, 403, 404),
            summary="One allocation and its history; with its client (purpose required; audited) for the "
                    "municipality and the provider, without for the region")
def get_allocation(allocation_id: uuid.UUID, session: SessionDep, actor: AllocationReader, ctx: ContextDep,
                   purpose: PurposeDep):
    row = views.allocation(session, actor, allocation_id)
    base = _with_client(ctx, row, actor, purpose) if privacy.may_read_client(actor, row) else public(row)
    return AllocationDetail(**base.model_dump(), history=[ChangePublic.model_validate(c)
                                                          for c in views.allocation_history(session, allocation_id)])


@router.get("/{allocation_id}/history", response_model=list[ChangePublic], responses=responses(401, 404))
def history(allocation_id: uuid.UUID, session: SessionDep, actor: AllocationReader):
    views.allocation(session, actor, allocation_id)
    return views.allocation_history(session, allocation_id)


@router.get("/{allocation_id}/jw301", response_model=dict, responses=responses(400, 401, 403, 404),
            summary="The allocation as a JW301 message (iJw 3.2 shape; purpose required; audited)")
def jw301(allocation_id: uuid.UUID, session: SessionDep, actor: ClientDataReader, ctx: ContextDep,
          purpose: PurposeDep):
    row = views.allocation(session, actor, allocation_id)
    allocation = _with_client(ctx, row, actor, purpose, "export-jw301")
    contract = session.get(orm.Contract, row.contract_id)
    return jw301_message(row, allocation, contract, ctx.today())


def _change(ctx, session, actor, allocation_id: uuid.UUID, **values) -> AllocationPublic:
    lifecycle.change(ctx, ChangeAllocation(allocation_id=allocation_id, **values), actor)
    return public(views.allocation(session, actor, allocation_id))


@router.post("/{allocation_id}/acceptance", response_model=AllocationPublic, responses=responses(401, 403, 404, 409))
def accept(allocation_id: uuid.UUID, ctx: ContextDep, actor: Provider, session: SessionDep):
    return _change(ctx, session, actor, allocation_id, action="accept")


@router.post("/{allocation_id}/refusal", response_model=AllocationPublic,
             responses=responses(400, 401, 403, 404, 409))
def refuse(allocation_id: uuid.UUID, body: RefusalCreate, ctx: ContextDep, actor: Provider, session: SessionDep):
    return _change(ctx, session, actor, allocation_id, action="refuse", reason=body.reason)


@router.post("/{allocation_id}/care-start", response_model=AllocationPublic,
             responses=responses(400, 401, 403, 404, 409, 422), summary="Care started (JW305)")
def start_care(allocation_id: uuid.UUID, body: CareStartCreate, ctx: ContextDep, actor: Provider,
               session: SessionDep):
    return _change(ctx, session, actor, allocation_id, action="start_care", on=body.started_on)


@router.post("/{allocation_id}/care-stop", response_model=AllocationPublic,
             responses=responses(400, 401, 403, 404, 409, 422), summary="Care stopped (JW307)")
def stop_care(allocation_id: uuid.UUID, body: CareStopCreate, ctx: ContextDep, actor: Provider, session: SessionDep):
    return _change(ctx, session, actor, allocation_id, action="stop_care", on=body.stopped_on,
                   reason_code=body.reason_code)


@router.post("/{allocation_id}/amendments", response_model=AllocationPublic,
             responses=responses(400, 401, 403, 404, 409, 422))
def amend(allocation_id: uuid.UUID, body: AllocationAmend, ctx: ContextDep, actor: AccessTeam, session: SessionDep):
    volume = Volume(body.volume.amount, body.volume.unit, body.volume.frequency)
    return _change(ctx, session, actor, allocation_id, action="amend", volume=volume, end_date=body.end_date,
                   on=body.effective_on)


@router.post("/{allocation_id}/ending", response_model=AllocationPublic,
             responses=responses(400, 401, 403, 404, 409, 422), summary="End early")
def end(allocation_id: uuid.UUID, body: AllocationEnd, ctx: ContextDep, actor: AccessTeam, session: SessionDep):
    return _change(ctx, session, actor, allocation_id, action="end", on=body.ended_on, reason=body.reason)


@router.post("/{allocation_id}/withdrawal", response_model=AllocationPublic,
             responses=responses(400, 401, 403, 404, 409))
def withdraw(allocation_id: uuid.UUID, body: WithdrawalCreate, ctx: ContextDep, actor: AccessTeam,
             session: SessionDep):
    return _change(ctx, session, actor, allocation_id, action="withdraw", reason=body.reason)
