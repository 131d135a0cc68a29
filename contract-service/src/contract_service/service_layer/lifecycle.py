"""Allocation lifecycle after issue: the provider accepts or refuses and reports care started
(JW305) and stopped (JW307); the municipality amends, ends early or withdraws."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from zorgregio.events import allocation as ev
from zorgregio.security.principal import Principal

from contract_service.adapters import orm
from contract_service.domain import ijw
from contract_service.domain.allocation import (
    Action,
    Status,
    Volume,
    check_period,
    check_transition,
)
from contract_service.domain.commands import ChangeAllocation
from contract_service.domain.errors import Forbidden, NotFoundError, Refused
from contract_service.service_layer.allocations import (
    check_budget,
    costs_of,
    event_keys,
    event_volume,
    history_row,
)
from contract_service.service_layer.unit_of_work import Context

PROVIDER_ACTIONS = {Action.ACCEPT, Action.REFUSE, Action.START_CARE, Action.STOP_CARE}


def change(ctx: Context, cmd: ChangeAllocation, actor: Principal) -> None:
    action = Action(cmd.action)
    at = cmd.at or ctx.clock()
    with ctx.uow() as uow:
        row = uow.repo.allocation(cmd.allocation_id, lock=True)
        if row is None or not (actor.may_act_for_provider(row.provider_id) or
                               actor.may_act_for_municipality(row.municipality_code)):
            raise NotFoundError("allocation-not-found", "Toewijzing niet gevonden.")
        allowed = actor.may_act_for_provider(row.provider_id) if action in PROVIDER_ACTIONS \
            else actor.may_act_for_municipality(row.municipality_code)
        if not allowed:
            who = "de aanbieder" if action in PROVIDER_ACTIONS else "de gemeente"
            raise Forbidden("wrong-party", f"Alleen {who} van de toewijzing mag dit doen.")
        check_transition(Status(row.status), action, care_started=row.care_started_on is not None)
        event, details = APPLY[action](ctx, uow, row, cmd, at)
        row.updated_at, row.change_seq = at, None
        uow.repo.add(history_row(row, action.value, at, actor, details))
        uow.emit(event)
        uow.commit()


def _accept(ctx, uow, row, cmd, at):
    row.status, row.accepted_at = Status.ACCEPTED.value, at
    return ev.AllocationAccepted(**event_keys(row), accepted_at=at), {}


def _refuse(ctx, uow, row, cmd, at):
    row.status, row.refused_at, row.refusal_reason = Status.REFUSED.value, at, cmd.reason
    return ev.AllocationRefused(**event_keys(row), refused_at=at, reason=cmd.reason), {"reason": cmd.reason}


def _within(row: orm.Allocation, day: date, field: str) -> None:
    if day < row.start_date or (row.end_date is not None and day > row.end_date):
        raise Refused("outside-allocation-period", "De datum valt buiten de periode van de toewijzing.", field)


def _start(ctx, uow, row, cmd, at):
    _within(row, cmd.on, "startedOn")
    row.status, row.care_started_on = Status.STARTED.value, cmd.on
    return ev.CareStarted(**event_keys(row), started_on=cmd.on), {"startedOn": cmd.on.isoformat()}


def _stop(ctx, uow, row, cmd, at):
    reason = ijw.stop_reason(cmd.reason_code)
    if reason is None:
        raise Refused("unknown-stop-reason", f"Onbekende reden beëindiging {cmd.reason_code}.", "reasonCode")
    if cmd.on < row.care_started_on:
        raise Refused("stop-before-start", "De zorg stopt voor ze begon.", "stoppedOn")
    row.status, row.care_stopped_on, row.stop_reason_code = Status.STOPPED.value, cmd.on, cmd.reason_code
    return (ev.CareStopped(**event_keys(row), stopped_on=cmd.on, reason_code=cmd.reason_code,
                           ended_as_planned=reason["asPlanned"]),
            {"stoppedOn": cmd.on.isoformat(), "reasonCode": cmd.reason_code})


def _recost(uow, row, volume: Volume, start: date, end: date | None) -> dict[int, Decimal]:
    product = uow.repo.product(row.region_code, row.product_code)
    costs = costs_of(uow, row.region_code, product, volume, start, end)
    if costs:
        check_budget(uow, row.municipality_code, row.provider_id, costs, exclude=row.id)
    row.cost_by_year = {str(y): str(c) for y, c in costs.items()}
    return costs


def _amend(ctx, uow, row, cmd, at):
    check_period(row.start_date, cmd.end_date)
    if cmd.on < row.start_date:
        raise Refused("before-allocation-start", "De wijziging gaat in voor het begin van de toewijzing.",
                      "effectiveOn")
    costs = _recost(uow, row, cmd.volume, row.start_date, cmd.end_date)
    row.volume_amount, row.volume_unit, row.volume_frequency = cmd.volume.amount, cmd.volume.unit, cmd.volume.frequency
    row.end_date = cmd.end_date
    return (ev.AllocationAmended(**event_keys(row), volume=event_volume(row), end_date=row.end_date, effective_on=cmd.on,
                                 estimated_cost=sum(costs.values()) if costs else None),
            {"effectiveOn": cmd.on.isoformat(), "volume": [str(cmd.volume.amount), cmd.volume.unit,
                                                            cmd.volume.frequency],
             "endDate": cmd.end_date.isoformat() if cmd.end_date else None})


def _end(ctx, uow, row, cmd, at):
    _within(row, cmd.on, "endedOn")
    _recost(uow, row, Volume(row.volume_amount, row.volume_unit, row.volume_frequency), row.start_date, cmd.on)
    row.status, row.ended_on, row.end_date = Status.ENDED.value, cmd.on, cmd.on
    return ev.AllocationEnded(**event_keys(row), ended_on=cmd.on, reason=cmd.reason), {"endedOn": cmd.on.isoformat()}


def _withdraw(ctx, uow, row, cmd, at):
    row.status, row.withdrawn_at = Status.WITHDRAWN.value, at
    return ev.AllocationWithdrawn(**event_keys(row), withdrawn_at=at, reason=cmd.reason), {"reason": cmd.reason}


APPLY = {Action.ACCEPT: _accept, Action.REFUSE: _refuse, Action.START_CARE: _start, Action.STOP_CARE: _stop,
         Action.AMEND: _amend, Action.END: _end, Action.WITHDRAW: _withdraw}
