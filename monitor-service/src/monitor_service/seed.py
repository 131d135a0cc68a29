"""Seed for `make dev`: only the regions' norms (configuration); every figure comes from the
events the other services' seeds publish. Idempotent."""
from __future__ import annotations

from sqlalchemy.dialects.postgresql import insert as pg_insert
from zorgregio.runtime import ServiceRuntime

from monitor_service.adapters.orm import RegionNorms
from monitor_service.domain.norms import configured


def seed(runtime: ServiceRuntime) -> None:
    with runtime.uow() as uow:
        for code, norms in configured().items():
            uow.session.execute(pg_insert(RegionNorms).values(
                region_code=code, max_wait_weeks=norms.max_wait_weeks, update_period_days=norms.update_period_days,
                budget_near=norms.budget_near, budget_over=norms.budget_over,
                exit_after_months=norms.exit_after_months).on_conflict_do_nothing())
        uow.commit()
