"""Allocation (toewijzing, JW301): its lifecycle and the cost of its volume over its period."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from contract_service.domain.errors import InvalidTransition, Refused


class Status(StrEnum):
    ISSUED = "issued"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    STARTED = "started"
    STOPPED = "stopped"
    ENDED = "ended"
    WITHDRAWN = "withdrawn"


class Action(StrEnum):
    ACCEPT = "accept"
    REFUSE = "refuse"
    START_CARE = "start_care"
    STOP_CARE = "stop_care"
    AMEND = "amend"
    END = "end"
    WITHDRAW = "withdraw"


_ALLOWED: dict[Action, frozenset[Status]] = {
    Action.ACCEPT: frozenset({Status.ISSUED}),
    Action.REFUSE: frozenset({Status.ISSUED}),
    Action.START_CARE: frozenset({Status.ACCEPTED}),
    # a provider reports the stop of care the municipality ended early (JW307 after JW301 end)
    Action.STOP_CARE: frozenset({Status.STARTED, Status.ENDED}),
    Action.AMEND: frozenset({Status.ISSUED, Status.ACCEPTED, Status.STARTED}),
    Action.END: frozenset({Status.ACCEPTED, Status.STARTED}),
    Action.WITHDRAW: frozenset({Status.ISSUED, Status.ACCEPTED}),
}
TERMINAL = frozenset({Status.REFUSED, Status.STOPPED, Status.WITHDRAWN})
# statuses whose volume still counts against a budget ceiling
COMMITTED = frozenset({Status.ISSUED, Status.ACCEPTED, Status.STARTED, Status.STOPPED, Status.ENDED})


def check_transition(status: Status, action: Action, *, care_started: bool = False) -> None:
    if status not in _ALLOWED[action] or (action is Action.STOP_CARE and not care_started):
        raise InvalidTransition("invalid-transition",
                                f"Een toewijzing met status '{status.value}' kan niet: {action.value}.")


def check_period(start: date, end: date | None, field: str = "endDate") -> None:
    if end is not None and end < start:
        raise Refused("end-before-start", "De einddatum ligt voor de begindatum.", field)


@dataclass(frozen=True)
class Volume:
    amount: Decimal
    unit: str
    frequency: str


_DAYS_PER = {"per_dag": Decimal(1), "per_week": Decimal(7), "per_vier_weken": Decimal(28),
             "per_maand": Decimal("30.4375"), "per_jaar": Decimal("365.25")}
_TO_TARIFF_UNIT = {("minuut", "uur"): Decimal(1) / Decimal(60)}


def units_in(volume: Volume, start: date, end: date, total_days: int) -> Decimal:
    """How many units of `volume` fall in [start, end] (inclusive) of a period of `total_days`."""
    days = Decimal((end - start).days + 1)
    if volume.frequency == "totaal":
        return volume.amount * days / Decimal(total_days)
    return volume.amount * days / _DAYS_PER[volume.frequency]


def unit_factor(volume_unit: str, product_unit: str) -> Decimal:
    """How many product units one volume unit is (minutes of an hourly product: 1/60)."""
    factor = Decimal(1) if volume_unit == product_unit else _TO_TARIFF_UNIT.get((volume_unit, product_unit))
    if factor is None:
        raise Refused("unit-mismatch", f"De eenheid '{volume_unit}' past niet bij het product (per '{product_unit}').",
                      "volume.unit")
    return factor


def cost_per_year(volume: Volume, tariff_unit: str, price: Decimal, start: date, end: date) -> dict[int, Decimal]:
    """Volume × tariff over [start, end], split per calendar year (budget ceilings are per year)."""
    factor = unit_factor(volume.unit, tariff_unit)
    total_days = (end - start).days + 1
    result: dict[int, Decimal] = {}
    for year in range(start.year, end.year + 1):
        lo, hi = max(start, date(year, 1, 1)), min(end, date(year, 12, 31))
        amount = units_in(volume, lo, hi, total_days) * factor * price
        result[year] = amount.quantize(Decimal("0.01"), ROUND_HALF_UP)
    return result


def costing_end(start: date, end: date | None) -> date:
    """An open-ended allocation is costed to the end of the year it starts in."""
    return end or date(start.year, 12, 31)


def day_before(day: date) -> date:
    """The last day of a period that ends when another starts on `day`."""
    return day - timedelta(days=1) if day > date.min else day
