"""Inflow, outflow, active care, spend, budget and balance: sums over the monthly rollups."""
from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from monitor_service.views.common import (
    ROLLUP_DIMS,
    Figure,
    Filters,
    _dim,
    _keycols,
    _label,
    _rollup_from,
    _rollup_sums,
    _rows,
    _where,
    minus_months,
    months,
)


def inflow(session: Session, f: Filters) -> Figure:
    rows = _rollup_sums(session, f, "sum(r.inflow) AS inflow, sum(r.withdrawn) AS withdrawn")
    return Figure(_keycols(f) + ["inflow", "withdrawn"],
                  [{**_label(r, f), "inflow": int(r["inflow"]), "withdrawn": int(r["withdrawn"])} for r in rows
                   if r["inflow"] or r["withdrawn"]],
                  counts=("inflow", "withdrawn"))


def outflow(session: Session, f: Filters) -> Figure:
    rows = _rollup_sums(session, f, "sum(r.outflow_planned) AS planned, sum(r.outflow_unplanned) AS unplanned")
    out = []
    for r in rows:
        planned, unplanned = int(r["planned"]), int(r["unplanned"])
        total = planned + unplanned
        if total:
            out.append({**_label(r, f), "outflow": total, "endedAsPlanned": planned, "endedNotAsPlanned": unplanned,
                        "plannedShare": round(planned / total, 3)})
    return Figure(_keycols(f) + ["outflow", "endedAsPlanned", "endedNotAsPlanned", "plannedShare"], out,
                  counts=("outflow", "endedAsPlanned", "endedNotAsPlanned"),
                  derived={"plannedShare": "endedAsPlanned"}, complements=(("endedAsPlanned", "endedNotAsPlanned"),))


def _active_series(session: Session, f: Filters, split: str | None = None) -> dict[tuple, dict[date, int]]:
    """Active at month end per group: the running sum of `active_delta` from the first month."""
    where, params = _where(f, "r", "c.product_group", "month", cumulative=True)
    select_dim, group_dim = _dim(f, ROLLUP_DIMS)
    extra = f", {split} AS split" if split else ""
    rows = _rows(session, f"SELECT r.month{select_dim}{extra}, sum(r.active_delta) AS delta FROM {_rollup_from(f)} "
                          f"WHERE {where} GROUP BY r.month{group_dim}{', split' if split else ''} ORDER BY r.month",
                 params)
    series: dict[tuple, dict[date, int]] = {}
    running: dict[tuple, int] = {}
    for r in rows:
        key = (r.get("grp"), r.get("split"))
        running[key] = running.get(key, 0) + int(r["delta"])
        series.setdefault(key, {})[r["month"]] = running[key]
    filled: dict[tuple, dict[date, int]] = {}
    for key, points in series.items():
        value, out = 0, {}
        for month in months(min(points), f.to_month):
            value = points.get(month, value)
            if month >= f.from_month:
                out[month] = value
        filled[key] = out
    return filled


def active(session: Session, f: Filters) -> Figure:
    out = []
    for (grp, _), points in sorted(_active_series(session, f).items(), key=lambda kv: str(kv[0][0])):
        for month, value in points.items():
            out.append({"month": month.strftime("%Y-%m"), **({f.group_by: grp} if f.group_by else {}),
                        "active": value})
    out.sort(key=lambda r: (r["month"], str(r.get(f.group_by or "", ""))))
    return Figure(_keycols(f) + ["active"], out, counts=("active",))


def spend(session: Session, f: Filters) -> Figure:
    """Committed spend per month (volume × tariff × periods), by funding form."""
    rows = _rollup_sums(session, f, "coalesce(c.funding_form, 'onbekend') AS funding_form, sum(r.spend) AS spend, "
                                    "sum(r.spend_allocations) AS allocations", extra_group=", 3" if f.group_by else ", 2")
    return Figure(
        _keycols(f) + ["fundingForm", "spend", "allocations"],
        [{**_label(r, f), "fundingForm": r["funding_form"], "spend": float(r["spend"]),
          "allocations": int(r["allocations"])} for r in rows],
        counts=("allocations",), derived={"spend": "allocations"})


def budget(session: Session, f: Filters, near: float = 0.9, over: float = 1.0) -> Figure:
    """Committed spend per municipality and year against its budget. `peakMonthAllocations`
    (the most allocations committing money in any one month) is a lower bound of the year's
    allocations, so suppressing on it is safe."""
    where, params = _where(f, "r", "c.product_group", "month")
    rows = _rows(session, "SELECT municipality_code, year, sum(spend) AS spend, max(allocations) AS allocations "
                          "FROM (SELECT r.municipality_code, extract(year FROM r.month)::int AS year, r.month, "
                          f"sum(r.spend) AS spend, sum(r.spend_allocations) AS allocations FROM {_rollup_from(f)} "
                          f"WHERE {where} GROUP BY 1, 2, 3) m GROUP BY 1, 2 ORDER BY 1, 2", params)
    budgets = {(b["municipality_code"], b["year"]): float(b["amount"]) for b in _rows(
        session, "SELECT municipality_code, year, amount FROM budgets WHERE provider_key = ''", {})}
    out = []
    for r in rows:
        amount = budgets.get((r["municipality_code"], r["year"]))
        share = round(float(r["spend"]) / amount, 3) if amount else None
        status = None if share is None else "over" if share >= over else "near" if share >= near else "within"
        out.append({"municipality": r["municipality_code"], "year": r["year"], "committed": float(r["spend"]),
                    "peakMonthAllocations": int(r["allocations"]), "budget": amount, "share": share,
                    "status": status})
    return Figure(["municipality", "year", "committed", "peakMonthAllocations", "budget", "share", "status"], out,
                  counts=("peakMonthAllocations",),
                  derived={"committed": "peakMonthAllocations", "share": "peakMonthAllocations",
                           "status": "peakMonthAllocations"})


def balance(session: Session, f: Filters) -> Figure:
    """Residential vs outpatient care active at month end, and the rule that outpatient growth
    should not exceed the fall in residential care (both over the last 12 months)."""
    wide = Filters(f.region_code, f.municipality_code, f.provider_id, f.product_group,
                   minus_months(f.from_month, 12), f.to_month)
    series = _active_series(session, wide, split="coalesce(c.residential, false)")
    residential = series.get((None, True), {})
    outpatient = series.get((None, False), {})
    out = []
    for month in months(f.from_month, f.to_month):
        year_ago = minus_months(month, 12)
        res, amb = residential.get(month, 0), outpatient.get(month, 0)
        res_change = res - residential.get(year_ago, 0)
        amb_change = amb - outpatient.get(year_ago, 0)
        out.append({"month": month.strftime("%Y-%m"), "residential": res, "outpatient": amb,
                    "residentialShare": round(res / (res + amb), 3) if res + amb else None,
                    "residentialChange12m": res_change, "outpatientChange12m": amb_change,
                    "outpatientGrowthInStep": amb_change <= max(-res_change, 0) if amb_change > 0 else True})
    return Figure(["month", "residential", "outpatient", "residentialShare", "residentialChange12m",
                   "outpatientChange12m", "outpatientGrowthInStep"], out, counts=("residential", "outpatient"),
                  derived={"residentialShare": "residential", "residentialChange12m": "residential",
                           "outpatientChange12m": "outpatient", "outpatientGrowthInStep": "residential"})
