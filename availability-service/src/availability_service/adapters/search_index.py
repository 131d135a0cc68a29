"""Maintains `search_entries`: one denormalised row per listed entry, rewritten in the same
transaction as every change that affects it (provider report, contract, enforcement,
catalogue, measured wait). Scoped by entries, providers or regions so a write touches only
its own rows; `everything=True` rebuilds the whole table."""
from __future__ import annotations

import json
import uuid
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

from availability_service.adapters.search_cache import scopes
from availability_service.domain.vocabulary import configured_regions, default_settings

MEASURED_WINDOW_DAYS = 90

_SELECT = f"""
SELECT e.entry_id, e.provider_id, p.name, e.product_code, c.name, c.category, c.product_group, e.region_code,
       e.location_name, e.location_city, e.accepting_new_clients,
       e.accepting_new_clients AND cardinality(p.client_stops) = 0 AND cardinality(p.suspensions) = 0,
       e.intake_wait_weeks, e.treatment_wait_weeks, e.free_places, e.bridging_offered, e.bridging_description,
       e.age_min, e.age_max, e.specialisms, m.munis, e.last_confirmed_at,
       COALESCE(e.last_confirmed_at + make_interval(days => COALESCE((CAST(:periods AS jsonb) ->> e.region_code)::int,
                                                                       :default_period)), TIMESTAMPTZ 'epoch'),
       w.median, w.p90, COALESCE(w.cases, 0),
       COALESCE(e.intake_wait_weeks, 999) * 1000 + COALESCE(e.treatment_wait_weeks, 999),
       lower(p.name || ' ' || c.name || ' ' || e.location_name),
       CASE WHEN e.last_confirmed_at IS NULL THEN 1e12 ELSE -extract(epoch FROM e.last_confirmed_at) END,
       lower(p.name || ' ' || c.name || ' ' || e.product_code)
FROM entries e
JOIN providers p ON p.provider_id = e.provider_id AND NOT p.exited
JOIN catalogue_products c ON c.region_code = e.region_code AND c.code = e.product_code
CROSS JOIN LATERAL (
    SELECT array_agg(DISTINCT l.municipality_code ORDER BY l.municipality_code) AS munis
    FROM contract_lines l
    WHERE l.provider_id = e.provider_id AND l.product_code = e.product_code AND l.region_code = e.region_code
      AND l.starts_on <= current_date AND (l.ends_on IS NULL OR l.ends_on >= current_date)
      AND (l.terminated_on IS NULL OR l.terminated_on > current_date)
      AND l.municipality_code <> ALL (p.exited_municipalities)
      AND l.municipality_code <> ALL (c.opted_out_municipalities)
) m
LEFT JOIN LATERAL (
    SELECT count(*) AS cases, percentile_cont(0.5) WITHIN GROUP (ORDER BY s.days) AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY s.days) AS p90
    FROM (SELECT ws.started_on - CAST(ws.issued_at AT TIME ZONE 'Europe/Amsterdam' AS date) AS days
          FROM wait_samples ws
          WHERE ws.provider_id = e.provider_id AND ws.product_code = e.product_code
            AND ws.issued_at IS NOT NULL AND ws.started_on IS NOT NULL
            AND ws.started_on > current_date - {MEASURED_WINDOW_DAYS}) s
) w ON true
WHERE m.munis IS NOT NULL AND ({{scope}})
"""

_COLUMNS = """entry_id, provider_id, provider_name, product_code, product_name, category, product_group, region_code,
    location_name, location_city, accepting_new_clients, available, intake_wait_weeks, treatment_wait_weeks,
    free_places, bridging_offered, bridging_description, age_min, age_max, specialisms, municipalities,
    last_confirmed_at, stale_at, measured_median_days, measured_p90_days, measured_cases, wait_key, name_key,
    fresh_key, search_text"""


def _periods() -> dict[str, object]:
    periods = {code: s.update_period_days for code, s in configured_regions().items()}
    return {"periods": json.dumps(periods), "default_period": default_settings().update_period_days}


def refresh(session: Session, *, entry_ids: Iterable[uuid.UUID] = (), provider_ids: Iterable[uuid.UUID] = (),
            region_codes: Iterable[str] = (), everything: bool = False) -> set[str] | None:
    """Rewrite the search rows of the given entries, providers' entries or regions' entries.
    Returns the cache scopes whose searches may change (None: all of them)."""
    conditions, params = [], _periods()
    for name, values in (("entry_id", entry_ids), ("provider_id", provider_ids), ("region_code", region_codes)):
        values = list(dict.fromkeys(values))
        if values:
            conditions.append(f"{{alias}}{name} = ANY(:{name}s)")
            params[f"{name}s"] = values
    if everything:
        conditions = ["true"]
    if not conditions:
        return set()
    scope = " OR ".join(conditions)
    returning = "" if everything else " RETURNING municipalities, product_code"
    old = session.execute(text(f"DELETE FROM search_entries WHERE {scope.format(alias='')}{returning}"), params)
    new = session.execute(text(f"INSERT INTO search_entries ({_COLUMNS}) "
                               f"{_SELECT.format(scope=scope.format(alias='e.'))}{returning}"), params)
    if everything:
        return None
    rows = [row for result in (old, new) for row in result]
    return scopes({code for row in rows for code in row[0]}, {row[1] for row in rows})
