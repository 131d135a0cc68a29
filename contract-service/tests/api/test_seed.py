"""The seed: through the handlers, idempotent, with allocations a monitor can measure waits from."""
from __future__ import annotations

from contract_service.adapters import orm
from contract_service.seed import ALLOCATIONS, seed
from sqlalchemy import func, select, text


def test_seed_is_idempotent_and_realistic(start_service):
    with start_service("contracting") as svc:
        seed(svc.runtime)
        counts = table_counts(svc)
        seed(svc.runtime)
        assert table_counts(svc) == counts
        assert counts["allocations"] == ALLOCATIONS and counts["contracts"] == 12
        with svc.runtime.engine.connect() as conn:
            statuses = dict(conn.execute(text("SELECT status, count(*) FROM allocations GROUP BY status")).all())
            waits = conn.execute(text("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY care_started_on - "
                                      "issued_at::date) FROM allocations WHERE care_started_on IS NOT NULL")).scalar()
            active = conn.execute(text("SELECT count(*) FROM contracts WHERE status = 'active'")).scalar()
        assert statuses["stopped"] > 50 and statuses["started"] > 50 and statuses.get("refused", 0) > 5
        assert 10 <= waits <= 90 and active == 12
        products = svc.client.get(svc.api("/catalogue/products"), params={"region": "NV"}).json()
        assert len(products) == 8 and products[0]["segment"]


def table_counts(svc) -> dict[str, int]:
    with svc.runtime.engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar()
                for t in orm.Base.metadata.sorted_tables} | {
            "outbox": conn.execute(text("SELECT count(*) FROM outbox")).scalar()}
