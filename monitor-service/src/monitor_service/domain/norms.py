"""Norms per region (configuration data): maximum waits, update period, budget thresholds."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Norms:
    region_code: str
    max_wait_weeks: dict[str, int] = field(default_factory=lambda: {"default": 8})
    update_period_days: int = 30
    budget_near: Decimal = Decimal("0.90")
    budget_over: Decimal = Decimal("1.00")
    exit_after_months: int = 12

    def max_wait_for(self, product_group: str | None) -> int:
        return int(self.max_wait_weeks.get(product_group or "", self.max_wait_weeks.get("default", 8)))

    def budget_status(self, spent: Decimal, budget: Decimal) -> str | None:
        """'budget_over', 'budget_near' or None."""
        if budget <= 0:
            return None
        ratio = spent / budget
        return "budget_over" if ratio >= self.budget_over else "budget_near" if ratio >= self.budget_near else None


def from_config(region_code: str, raw: dict[str, Any]) -> Norms:
    return Norms(region_code, {k: int(v) for k, v in raw["maxWaitWeeks"].items()}, int(raw["updatePeriodDays"]),
                 Decimal(str(raw["budgetNear"])), Decimal(str(raw["budgetOver"])), int(raw["exitAfterMonths"]))


@cache
def configured() -> dict[str, Norms]:
    raw = json.loads(resources.files("monitor_service").joinpath("data/norms.json").read_text("utf-8"))
    return {code: from_config(code, values) for code, values in raw["regions"].items()}


def default_norms(region_code: str) -> Norms:
    return configured().get(region_code) or Norms(region_code)
