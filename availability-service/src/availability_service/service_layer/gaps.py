"""Supply gaps: per municipality and product of a region, no contracted provider that is
available (accepting, no client stop or suspension) with an intake wait within the region's
norm. The job opens a gap once (and emits `SupplyGapDetected`) and closes it when supply returns
(and emits `SupplyGapClosed`)."""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, text
from zorgregio.events.availability import SupplyGapClosed, SupplyGapDetected
from zorgregio.reference import municipalities, regions

from availability_service.domain.vocabulary import region_settings
from availability_service.service_layer.unit_of_work import AvailabilityUnitOfWork

_GAPS_SQL = text("""
WITH munis AS (
    SELECT DISTINCT municipality_code FROM contract_lines WHERE region_code = :region
    UNION SELECT unnest(CAST(:reference AS text[]))),
prods AS (SELECT code, name, opted_out_municipalities FROM catalogue_products WHERE region_code = :region)
SELECT m.municipality_code, p.code, p.name, s.best_wait, s.providers, g.opened_at
FROM munis m CROSS JOIN prods p
CROSS JOIN LATERAL (
    SELECT min(intake_wait_weeks) FILTER (WHERE available) AS best_wait, count(DISTINCT provider_id) AS providers
    FROM search_entries se
    WHERE se.region_code = :region AND se.product_code = p.code
      AND se.municipalities @> ARRAY[m.municipality_code]) s
LEFT JOIN supply_gaps g ON g.region_code = :region AND g.municipality_code = m.municipality_code
     AND g.product_code = p.code AND g.closed_at IS NULL
WHERE m.municipality_code <> ALL (p.opted_out_municipalities)
  AND (s.best_wait IS NULL OR s.best_wait > :norm)
ORDER BY m.municipality_code, p.code""")


def current_gaps(conn: Connection, region_code: str) -> list[dict[str, Any]]:
    norm = region_settings(region_code).gap_norm_weeks
    region = regions().get(region_code)
    reference = [m.code for m in region.municipalities] if region else []
    names = municipalities()
    rows = conn.execute(_GAPS_SQL, {"region": region_code, "reference": reference, "norm": norm}).all()
    return [{"regionCode": region_code, "municipalityCode": r[0],
             "municipalityName": names[r[0]].name if r[0] in names else r[0], "productCode": r[1],
             "productName": r[2], "normWeeks": norm, "shortestIntakeWaitWeeks": r[3], "contractedProviders": r[4],
             "openSince": r[5].isoformat() if r[5] else None} for r in rows]


def detect_gaps(uow: AvailabilityUnitOfWork) -> int:
    """Open newly found gaps and close the ones that are gone, one event for each."""
    now = datetime.now(UTC)
    opened = 0
    region_codes = uow.session.scalars(text("SELECT region_code FROM catalogue_versions ORDER BY 1")).all()
    for region_code in region_codes:
        gaps = current_gaps(uow.session.connection(), region_code)
        found = {(g["municipalityCode"], g["productCode"]) for g in gaps}
        open_rows = uow.session.execute(text(
            "SELECT id, municipality_code, product_code FROM supply_gaps WHERE region_code = :r AND closed_at IS NULL"
            " FOR UPDATE"), {"r": region_code}).all()
        already = {(r[1], r[2]) for r in open_rows}
        for row in open_rows:
            if (row[1], row[2]) not in found:
                uow.session.execute(text("UPDATE supply_gaps SET closed_at = :now WHERE id = :id"),
                                    {"now": now, "id": row[0]})
                uow.emit(SupplyGapClosed(region_code=region_code, municipality_code=row[1], product_code=row[2],
                                         closed_at=now))
        for gap in gaps:
            key = (gap["municipalityCode"], gap["productCode"])
            if key in already:
                continue
            uow.session.execute(text(
                "INSERT INTO supply_gaps (region_code, municipality_code, product_code, opened_at) "
                "VALUES (:r, :m, :p, :now)"), {"r": region_code, "m": key[0], "p": key[1], "now": now})
            uow.emit(SupplyGapDetected(region_code=region_code, municipality_code=key[0], product_code=key[1],
                                       norm_weeks=gap["normWeeks"], detected_at=now))
            opened += 1
    return opened
