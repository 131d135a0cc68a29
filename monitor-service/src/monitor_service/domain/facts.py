"""Allocation facts and what each contributes to the monthly rollup (pure Python).

A fact is a dict with the columns of `allocation_facts`. `derive` sets the derived columns;
`contribution` gives the fact's additive counters per month. Ingest keeps the rollup equal to
the sum of every fact's contribution by adding `contribution(new) - contribution(old)`.

Rules (documented in monitor-service/docs/figures.md):
- inflow counts in the month the allocation was issued (Europe/Amsterdam date);
- care is active from `started_on` up to `finished_on` (stopped, or ended by the municipality):
  +1 in the start month, -1 in the finish month, so the running sum is "active at month end";
- outflow, duration (finish - start, days) and planned/unplanned count in the finish month;
  care days are split over the months the care ran in;
- measured wait (issued → started, days) counts in the start month;
- committed spend = volume × tariff × periods over the allocation's period (start date up to
  the end date, or 12 months when open-ended, cut at stop/end), split per month; a withdrawn
  or refused allocation commits nothing.
"""
from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Europe/Amsterdam")
COUNTERS = ("inflow", "started", "active_delta", "outflow_planned", "outflow_unplanned", "withdrawn",
            "duration_sum", "wait_sum", "care_days", "spend", "spend_allocations")
Fact = dict[str, Any]
RollupKey = tuple[str, str, Any, str, date]  # region, municipality, provider, product, month
PERIOD_DAYS = {"per_dag": 1, "per_week": 7, "per_vier_weken": 28}
OPEN_ENDED_DAYS = 365


@dataclass(frozen=True)
class TariffPeriod:
    amount: Decimal
    valid_from: date
    valid_to: date | None

    def covers(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


def month_of(day: date) -> date:
    return day.replace(day=1)


def local_date(moment: datetime) -> date:
    return moment.astimezone(TZ).date()


def next_month(month: date) -> date:
    return (month.replace(day=28) + timedelta(days=4)).replace(day=1)


def month_end(month: date) -> date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def split_by_month(first: date, last: date) -> Iterable[tuple[date, int]]:
    """(month, days) for the inclusive period first..last."""
    month = month_of(first)
    while month <= last:
        lo, hi = max(first, month), min(last, month_end(month))
        yield month, (hi - lo).days + 1
        month = next_month(month)


def derive(fact: Fact) -> Fact:
    """Set the derived columns from the lifecycle columns."""
    issued = local_date(fact["issued_at"]) if fact.get("issued_at") else None
    fact["issued_month"] = month_of(issued) if issued else None
    started = fact.get("started_on")
    fact["started_month"] = month_of(started) if started else None
    finished = fact.get("stopped_on") or fact.get("ended_on")
    fact["finished_on"] = finished
    fact["finished_month"] = month_of(finished) if finished else None
    fact["wait_days"] = max((started - issued).days, 0) if started and issued else None
    fact["duration_days"] = max((finished - started).days, 0) if started and finished else None
    return fact


def commitment_period(fact: Fact) -> tuple[date, date] | None:
    """The inclusive period the allocation commits money for, or None."""
    start = fact.get("start_date")
    if start is None or fact.get("withdrawn_at") or fact.get("refused_at") or fact.get("volume_amount") is None:
        return None
    last = fact.get("end_date") or start + timedelta(days=OPEN_ENDED_DAYS - 1)
    if fact.get("finished_on"):
        last = min(last, fact["finished_on"])
    return (start, last) if last >= start else None


def _periods(frequency: str | None, days: int, month: date, total_days: int) -> Decimal:
    if frequency in PERIOD_DAYS:
        return Decimal(days) / PERIOD_DAYS[frequency]
    if frequency == "per_maand":
        return Decimal(days) / calendar.monthrange(month.year, month.month)[1]
    if frequency == "per_jaar":
        return Decimal(days) / (366 if calendar.isleap(month.year) else 365)
    return Decimal(days) / total_days  # "totaal": the whole volume spread over the period


def _tariff_on(tariffs: Iterable[TariffPeriod], day: date) -> Decimal | None:
    valid = [t for t in tariffs if t.covers(day)]
    return max(valid, key=lambda t: t.valid_from).amount if valid else None


def contribution(fact: Fact | None, tariffs: Iterable[TariffPeriod] = ()) -> dict[RollupKey, dict[str, Any]]:
    """The fact's counters per rollup key (month)."""
    out: dict[RollupKey, dict[str, Any]] = defaultdict(dict)
    if not fact or fact.get("issued_month") is None:
        return {}
    dims = (fact["region_code"], fact["municipality_code"], fact["provider_id"], fact["product_code"])

    def add(month: date, name: str, value: Any) -> None:
        counters = out[(*dims, month)]
        counters[name] = counters.get(name, 0) + value

    add(fact["issued_month"], "inflow", 1)
    if fact.get("withdrawn_at"):
        add(month_of(local_date(fact["withdrawn_at"])), "withdrawn", 1)
        return dict(out)
    started, finished = fact.get("started_on"), fact.get("finished_on")
    if started:
        add(fact["started_month"], "started", 1)
        add(fact["started_month"], "active_delta", 1)
        add(fact["started_month"], "wait_sum", fact["wait_days"])
        if finished:
            add(fact["finished_month"], "active_delta", -1)
            add(fact["finished_month"], "outflow_planned" if fact.get("ended_as_planned") else "outflow_unplanned", 1)
            add(fact["finished_month"], "duration_sum", fact["duration_days"])
            if finished > started:
                for month, days in split_by_month(started, finished - timedelta(days=1)):
                    add(month, "care_days", days)
    period = commitment_period(fact)
    if period:
        tariffs = list(tariffs)
        total = (period[1] - period[0]).days + 1
        for month, days in split_by_month(*period):
            tariff = _tariff_on(tariffs, max(month, period[0]))
            if tariff is None:
                continue
            amount = Decimal(fact["volume_amount"]) * tariff * _periods(fact.get("volume_frequency"), days, month, total)
            add(month, "spend", amount.quantize(Decimal("0.01")))
            add(month, "spend_allocations", 1)
    return dict(out)


HistogramKey = tuple[str, str, str, str, date, int]  # region, scope, scope value, kind, month, days


def histogram_contribution(fact: Fact | None) -> dict[HistogramKey, int]:
    """The fact's measured wait (in its start month) and care duration (in its finish month),
    counted for the region, its municipality, its product group and its provider."""
    out: dict[HistogramKey, int] = {}
    if not fact or fact.get("issued_month") is None or fact.get("withdrawn_at"):
        return out
    scopes = (("all", ""), ("municipality", fact["municipality_code"]), ("group", fact.get("product_group") or ""),
              ("provider", str(fact["provider_id"])))
    for kind, month, days in (("wait", fact.get("started_month"), fact.get("wait_days")),
                              ("duration", fact.get("finished_month"), fact.get("duration_days"))):
        if month is None or days is None or (kind == "duration" and not fact.get("started_on")):
            continue
        for scope, value in scopes:
            key = (fact["region_code"], scope, value, kind, month, days)
            out[key] = out.get(key, 0) + 1
    return out


def histogram_difference(new: Mapping[HistogramKey, int], old: Mapping[HistogramKey, int]) -> dict[HistogramKey, int]:
    return {k: new.get(k, 0) - old.get(k, 0) for k in set(new) | set(old) if new.get(k, 0) != old.get(k, 0)}


def difference(new: Mapping[RollupKey, Mapping[str, Any]],
               old: Mapping[RollupKey, Mapping[str, Any]]) -> dict[RollupKey, dict[str, Any]]:
    out: dict[RollupKey, dict[str, Any]] = {}
    for key in set(new) | set(old):
        counters = {name: new.get(key, {}).get(name, 0) - old.get(key, {}).get(name, 0) for name in COUNTERS}
        if any(counters.values()):
            out[key] = {k: v for k, v in counters.items() if v}
    return out


def client_flags(facts: list[Fact]) -> dict[Any, tuple[bool, bool]]:
    """allocation id → (stacked, readmission) for one client's facts.

    Stacked: another live allocation of the client overlaps this one's period. Readmission: a
    residential allocation issued within 12 months after an earlier residential one finished."""
    live = [f for f in facts if not f.get("withdrawn_at") and not f.get("refused_at") and f.get("start_date")]

    def period(f: Fact) -> tuple[date, date]:
        return f["start_date"], f.get("finished_on") or f.get("end_date") or date.max

    flags = {}
    for fact in facts:
        stacked = readmission = False
        if fact in live:
            lo, hi = period(fact)
            stacked = any(o is not fact and period(o)[0] <= hi and lo <= period(o)[1] for o in live)
            if fact.get("residential") and fact.get("issued_at"):
                issued = local_date(fact["issued_at"])
                readmission = any(
                    o is not fact and o.get("residential") and o.get("finished_on")
                    and o["finished_on"] <= issued and (issued - o["finished_on"]).days <= 365 for o in facts)
        flags[fact["allocation_id"]] = (stacked, readmission)
    return flags
