"""Care duration and waiting time: exact medians and p90s from the day histograms."""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from monitor_service.views.common import (
    FACT_DIMS,
    Figure,
    Filters,
    _dim,
    _keycols,
    _rollup_sums,
    _rows,
    _where,
)


def _histogram_scope(f: Filters) -> tuple[str, str | None, str | None] | None:
    """(scope, value to filter on, group label column) when `days_histogram` can answer."""
    if f.group_by in ("product", "fundingForm") or sum(map(bool, (f.provider_id, f.municipality_code,
                                                                    f.product_group))) > 1:
        return None
    wanted = {"provider": f.provider_id, "municipality": f.municipality_code, "group": f.product_group}
    by = {"provider": "provider", "municipality": "municipality", "productGroup": "group"}.get(f.group_by or "")
    filtered = next((name for name, value in wanted.items() if value), None)
    if by and filtered and by != filtered:
        return None
    scope = by or filtered or "all"
    return scope, wanted.get(scope), ("scope_value" if by else "region_code" if f.group_by == "region" else None)


def _histograms(session: Session, f: Filters, month_column: str, value_column: str
                ) -> dict[tuple[date, Any], list[int]]:
    """Counts per number of days (index = days) per (month, group)."""
    scope = _histogram_scope(f)
    out: dict[tuple[date, Any], list[int]] = {}

    def add(key: tuple[date, Any], counts: list[int]) -> None:
        target = out.setdefault(key, [])
        if len(target) < len(counts):
            target.extend([0] * (len(counts) - len(target)))
        for i, c in enumerate(counts):
            target[i] += c

    if scope is not None:
        name, value, group = scope
        params: dict[str, Any] = {"scope": name, "kind": "wait" if value_column == "wait_days" else "duration",
                                  "from": f.from_month, "to": f.to_month}
        clauses = ["scope = :scope", "kind = :kind", "month >= :from", "month <= :to"]
        if f.region_code:
            clauses.append("region_code = :region")
            params["region"] = f.region_code
        if value is not None:
            clauses.append("scope_value = :value")
            params["value"] = value
        grp = f"{group}" if group else "NULL"
        for r in session.execute(text(f"SELECT month, {grp} AS grp, counts FROM days_histogram "
                                      f"WHERE {' AND '.join(clauses)}"), params):
            add((r.month, r.grp), r.counts)
        return out
    where, params = _where(f, "f", "f.product_group", month_column)
    select_dim, group_dim = _dim(f, FACT_DIMS)
    rows = session.execute(text(
        f"SELECT f.{month_column} AS month{select_dim or ', NULL AS grp'}, f.{value_column} AS value, "
        f"count(*) AS n FROM allocation_facts f WHERE {where} AND f.{value_column} IS NOT NULL "
        f"AND f.withdrawn_at IS NULL GROUP BY f.{month_column}{group_dim}, f.{value_column}"), params)
    for r in rows:
        counts = [0] * (int(r.value) + 1)
        counts[int(r.value)] = int(r.n)
        add((r.month, r.grp), counts)
    return out


def _percentiles(session: Session, f: Filters, month_column: str, value_column: str) -> Figure:
    """n, mean, median and p90 per month (and group), exact: from the counts per number of
    days (`days_histogram`, or the facts when filters are combined), interpolated as
    PostgreSQL's `percentile_cont` does."""
    out = []
    for (month, grp), counts in sorted(_histograms(session, f, month_column, value_column).items(),
                                       key=lambda kv: (kv[0][0], str(kv[0][1]))):
        histogram = [(days, n) for days, n in enumerate(counts) if n]
        n = sum(c for _, c in histogram)
        if not n:
            continue
        out.append({"month": month.strftime("%Y-%m"), **({f.group_by: grp} if f.group_by else {}), "n": n,
                    "meanDays": round(sum(v * c for v, c in histogram) / n, 1),
                    "medianDays": round(percentile(histogram, n, 0.5), 1),
                    "p90Days": round(percentile(histogram, n, 0.9), 1)})
    return Figure(_keycols(f) + ["n", "meanDays", "medianDays", "p90Days"], out, counts=("n",),
                  derived={"meanDays": "n", "medianDays": "n", "p90Days": "n"})


def percentile(histogram: list[tuple[int, int]], n: int, p: float) -> float:
    """`percentile_cont(p)` of the values in a sorted (value, count) histogram."""
    position = p * (n - 1)
    lower, upper = int(position), min(int(position) + 1, n - 1)

    def value_at(rank: int) -> int:
        seen = 0
        for value, count in histogram:
            seen += count
            if rank < seen:
                return value
        return histogram[-1][0]

    low = value_at(lower)
    return low + (value_at(upper) - low) * (position - lower)


def duration(session: Session, f: Filters) -> Figure:
    """Care duration (start → stop/end, days), in the month care finished."""
    figure = _percentiles(session, f, "finished_month", "duration_days")
    care = {(r["month"].strftime("%Y-%m"), str(r.get("grp"))): int(r["care_days"])
            for r in _rollup_sums(session, f, "sum(r.care_days) AS care_days")}
    for row in figure.rows:
        row["careDaysInMonth"] = care.get((row["month"], str(row.get(f.group_by)) if f.group_by else "None"), 0)
    figure.columns.append("careDaysInMonth")
    figure.derived["careDaysInMonth"] = "n"
    return figure


def waits(session: Session, f: Filters) -> Figure:
    """Measured wait (issued → care started, days) in the month care started, with the
    waits providers reported in that month (intake + treatment, weeks) beside it."""
    figure = _percentiles(session, f, "started_month", "wait_days")
    if f.group_by or f.municipality_code:
        return figure
    where, params = _where(f, "a", "c.product_group", "month")
    reported = {r["month"].strftime("%Y-%m"): r for r in _rows(
        session, "SELECT a.month, count(*) AS reports, "
                 "avg(coalesce(a.intake_wait_weeks, 0) + coalesce(a.treatment_wait_weeks, 0)) AS mean_weeks "
                 "FROM availability_reports a LEFT JOIN catalogue_products c ON c.region_code = a.region_code "
                 f"AND c.product_code = a.product_code WHERE {where} GROUP BY a.month", params)}
    by_month = {row["month"]: row for row in figure.rows}
    for month in reported:
        by_month.setdefault(month, {"month": month, "n": 0, "meanDays": None, "medianDays": None, "p90Days": None})
    for month, row in by_month.items():
        r = reported.get(month)
        row["reports"] = int(r["reports"]) if r else 0
        row["reportedMeanWeeks"] = round(float(r["mean_weeks"]), 1) if r else None
    figure.rows = sorted(by_month.values(), key=lambda row: row["month"])
    figure.columns += ["reports", "reportedMeanWeeks"]
    figure.counts += ("reports",)
    figure.derived["reportedMeanWeeks"] = "reports"
    return figure
