"""Periodic norm checks that raise (and clear) signals: budget near or over, exit candidates,
measured waiting time over the region's norm."""
from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import text
from zorgregio.runtime import ServiceRuntime

from monitor_service import views
from monitor_service.domain.facts import month_of
from monitor_service.service_layer import signals
from monitor_service.service_layer.unit_of_work import MonitorUnitOfWork


def evaluate_norms(runtime: ServiceRuntime, today: date | None = None) -> int:
    """Check every norm once; returns how many signals were raised."""
    today = today or datetime.now(UTC).date()
    with runtime.uow() as uow:
        assert isinstance(uow, MonitorUnitOfWork)
        raised = _budgets(uow, today) + _exit_candidates(uow, today) + _measured_waits(uow, today)
        uow.commit()
    return raised


def _budgets(uow: MonitorUnitOfWork, today: date) -> int:
    rows = uow.session.execute(text(
        "SELECT b.region_code, b.municipality_code, b.amount, coalesce(sum(r.spend), 0) AS spend FROM budgets b "
        "LEFT JOIN monthly_area_rollup r ON r.region_code = b.region_code "
        " AND r.municipality_code = b.municipality_code "
        " AND r.month >= make_date(b.year, 1, 1) AND r.month < make_date(b.year + 1, 1, 1) "
        "WHERE b.provider_key = '' AND b.year = :year GROUP BY 1, 2, 3"), {"year": today.year}).mappings()
    raised = 0
    for r in rows:
        norms = signals.norms_for(uow, r["region_code"])
        status = norms.budget_status(Decimal(r["spend"]), Decimal(r["amount"]))
        if status is None:
            continue
        share = int(Decimal(r["spend"]) / Decimal(r["amount"]) * 100)
        word = "overschreden" if status == "budget_over" else "bijna op"
        raised += bool(signals.raise_signal(
            uow, status, r["region_code"], f"{status}:{r['municipality_code']}:{today.year}",
            f"Budget {today.year} {word}: {share}% verplicht.", municipality_code=r["municipality_code"]))
    return raised


def _exit_candidates(uow: MonitorUnitOfWork, today: date) -> int:
    figure = views.exit_candidates(uow.session, views.Filters(None, None, None, None, month_of(today),
                                                              month_of(today)))
    raised = 0
    for row in figure.rows:
        months = signals.norms_for(uow, row["region"]).exit_after_months
        raised += bool(signals.raise_signal(
            uow, "exit_candidate", row["region"], f"exit_candidate:{row['providerId']}:{row['municipality']}",
            f"{row['providerName'] or 'Aanbieder'} kreeg {months} maanden geen toewijzing in deze gemeente.",
            municipality_code=row["municipality"], provider_id=uuid.UUID(row["providerId"])))
    return raised


def _measured_waits(uow: MonitorUnitOfWork, today: date) -> int:
    """Median measured wait over the last three months per municipality and product group;
    only over five or more starts, so a signal never describes a single child."""
    rows = uow.session.execute(text(
        "SELECT region_code, municipality_code, product_group, count(*) AS n, "
        "percentile_cont(0.5) WITHIN GROUP (ORDER BY wait_days) AS median FROM allocation_facts "
        "WHERE started_month >= :since AND wait_days IS NOT NULL GROUP BY 1, 2, 3 HAVING count(*) >= 5"),
        {"since": views.minus_months(month_of(today), 2)}).mappings()
    raised = 0
    for r in rows:
        norm = signals.norms_for(uow, r["region_code"]).max_wait_for(r["product_group"])
        key = f"measured_wait:{r['municipality_code']}:{r['product_group']}"
        if r["median"] > norm * 7:
            raised += bool(signals.raise_signal(
                uow, "waiting_time_over_norm", r["region_code"], key,
                f"Gemeten wachttijd (mediaan {round(r['median'])} dagen) voor {r['product_group']} is langer dan "
                f"de norm van {norm} weken.", municipality_code=r["municipality_code"]))
        else:
            signals.resolve_key(uow, key)
    return raised
