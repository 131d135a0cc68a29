"""The demo seed fills a realistic region and is idempotent."""
from __future__ import annotations

from availability_service.bootstrap import build_runtime
from availability_service.config import Settings
from availability_service.seed import seed
from availability_service.views import SearchQuery, search
from sqlalchemy import text
from zorgregio.demo import PROVIDERS
from zorgregio.migrations import upgrade


def _counts(runtime) -> tuple:
    with runtime.engine.connect() as conn:
        return tuple(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                     for t in ("providers", "contract_lines", "entries", "search_entries", "outbox"))


def test_seed_is_idempotent_and_searchable(databases, service_env):
    url = databases.create("avseed")
    settings = Settings(**service_env(url))
    upgrade("availability_service", settings.database_url)
    runtime = build_runtime(settings)
    try:
        seed(runtime)
        first = _counts(runtime)
        seed(runtime)
        assert _counts(runtime) == first
        assert first[0] == len(PROVIDERS)
        with runtime.engine.connect() as conn:
            result = search(conn, SearchQuery(municipality="0200"))
            assert result["total"] >= 8 and any(i["stale"] for i in result["items"])
            assert any(not i["measuredWait"]["suppressed"] for i in result["items"])
            assert all(i["lastConfirmedAt"] for i in result["items"])
    finally:
        runtime.stop()
