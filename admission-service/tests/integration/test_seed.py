"""The demo seed: through the handlers (events in the outbox), idempotent."""
from __future__ import annotations

from admission_service.adapters.orm import (
    ApplicationRow,
    EvidenceRow,
    ProviderRow,
    RequirementRow,
)
from admission_service.catalogue import region_rules
from admission_service.seed import seed
from sqlalchemy import func, select, text
from zorgregio.demo import PROVIDERS
from zorgregio.events.admission import ProviderAdmitted
from zorgregio.messaging.tables import outbox


def counts(runtime) -> dict[str, int]:
    with runtime.engine.connect() as conn:
        return {table.__tablename__: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for table in (ProviderRow, ApplicationRow, EvidenceRow, RequirementRow)} | {
            "outbox": conn.execute(select(func.count()).select_from(outbox)).scalar_one()}


def test_seed_admits_every_demo_provider_and_is_idempotent(start_service):
    with start_service("admission", relay_enabled=False, consumers_enabled=False) as svc:
        seed(svc.runtime)
        first = counts(svc.runtime)
        seed(svc.runtime)
        assert counts(svc.runtime) == first
        with svc.runtime.engine.connect() as conn:
            events = [row.event["data"] for row in conn.execute(
                select(outbox.c.event).where(outbox.c.event_type == ProviderAdmitted.event_type))]
            statuses = dict(conn.execute(text("SELECT status, count(*) FROM applications GROUP BY status")).all())
        assert first["providers"] == len(PROVIDERS)
        admitted = {e["providerId"]: e for e in events}
        for p in PROVIDERS:
            lines = {(line["productCode"], line["municipalityCode"]) for line in admitted[str(p.id)]["admitted"]}
            municipalities = region_rules()[p.region_code].municipality_codes
            assert lines == {(code, m) for code in p.product_codes for m in municipalities}, p.name
        assert statuses == {"admitted": len(PROVIDERS), "submitted": 1, "screening": 1, "dialogue": 1, "rejected": 1}
        assert svc.client.get("/health").status_code == 200
