"""Read side: every dashboard figure as SQL over the fact tables, the monthly rollups and the
day histograms. Each function returns a `Figure` (columns + rows of plain values);
suppression of small counts is applied afterwards (`domain/suppression.py`) so no caller
can forget it."""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from monitor_service.views.common import Figure, Filters, minus_months, months
from monitor_service.views.context import (
    exit_candidates,
    pipeline,
    readmissions,
    stacking,
    stale_share,
)
from monitor_service.views.distributions import duration, percentile, waits
from monitor_service.views.flows import active, balance, budget, inflow, outflow, spend

AGGREGATES: dict[str, Callable[[Session, Filters], Figure]] = {
    "inflow": inflow, "outflow": outflow, "active": active, "duration": duration, "waits": waits,
    "spend": spend, "budget": budget, "balance": balance, "stacking": stacking, "readmissions": readmissions,
    "pipeline": pipeline, "stale-share": stale_share, "exit-candidates": exit_candidates,
}

__all__ = ["AGGREGATES", "Figure", "Filters", "exit_candidates", "minus_months", "months", "percentile"]
