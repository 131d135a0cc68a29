"""Signals: listed with status and who acted; region staff acknowledge and resolve them."""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from sqlalchemy import select, tuple_
from zorgregio.api.pagination import Page, decode_cursor, encode_cursor
from zorgregio.api.problems import Conflict, NotFound
from zorgregio.security.principal import REGION_ROLES

from monitor_service.adapters.orm import Signal
from monitor_service.api.deps import Analyst, ReadSession, RegionStaff, RuntimeDep
from monitor_service.api.schemas import SignalPublic
from monitor_service.service_layer import signals as service

router = APIRouter(tags=["signals"])
ERRORS = {401: {"description": "Not signed in"}, 403: {"description": "Not the caller's region"},
          404: {"description": "No such signal"}, 409: {"description": "Already resolved"}}


@router.get("/signals", response_model=Page[SignalPublic], responses=ERRORS)
def list_signals(
    session: ReadSession, principal: Analyst,
    status: Literal["open", "acknowledged", "resolved"] | None = None,
    kind: Annotated[str | None, Query(max_length=40)] = None,
    municipality: Annotated[str | None, Query(pattern=r"^\d{4}$")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Page[SignalPublic]:
    """Newest first. Region staff see their region; a municipality's staff their municipality."""
    query = select(Signal)
    if principal.role in REGION_ROLES:
        query = query.where(Signal.region_code == principal.region_code)
    elif not principal.is_admin:
        query = query.where(Signal.municipality_code == principal.municipality_code)
    if status:
        query = query.where(Signal.status == status)
    if kind:
        query = query.where(Signal.kind == kind)
    if municipality:
        query = query.where(Signal.municipality_code == municipality)
    if after := decode_cursor(cursor):
        query = query.where(tuple_(Signal.raised_at, Signal.id) < (datetime.fromisoformat(after[0]),
                                                                   uuid.UUID(after[1])))
    rows = session.scalars(query.order_by(Signal.raised_at.desc(), Signal.id.desc()).limit(limit + 1)).all()
    items = [SignalPublic.model_validate(s) for s in rows[:limit]]
    next_cursor = encode_cursor([rows[limit - 1].raised_at.isoformat(), str(rows[limit - 1].id)]) \
        if len(rows) > limit else None
    return Page[SignalPublic](items=items, next_cursor=next_cursor)


def _act(runtime, principal, signal_id: uuid.UUID, action: str) -> SignalPublic:
    with runtime.uow() as uow:
        signal = uow.session.get(Signal, signal_id, with_for_update=True)
        if signal is None or not principal.may_act_for_region(signal.region_code):
            raise NotFound("Dit signaal bestaat niet (in uw regio).", code="signal-not-found")
        if signal.status == "resolved":
            raise Conflict("Dit signaal is al afgehandeld.", code="signal-resolved")
        if action == "acknowledge":
            service.acknowledge(uow, signal, principal.subject)
        else:
            service.resolve(uow, signal, principal.subject)
        uow.commit()
        return SignalPublic.model_validate(signal)


@router.post("/signals/{signal_id}/acknowledge", response_model=SignalPublic, responses=ERRORS)
def acknowledge_signal(signal_id: uuid.UUID, runtime: RuntimeDep, principal: RegionStaff) -> SignalPublic:
    return _act(runtime, principal, signal_id, "acknowledge")


@router.post("/signals/{signal_id}/resolve", response_model=SignalPublic, responses=ERRORS)
def resolve_signal(signal_id: uuid.UUID, runtime: RuntimeDep, principal: RegionStaff) -> SignalPublic:
    return _act(runtime, principal, signal_id, "resolve")
