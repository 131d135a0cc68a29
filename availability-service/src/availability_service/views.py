"""Read-side queries: public search with facet counts, provider detail, vocabularies, gaps.
Straight SQL over the denormalised `search_entries` table: one query for the page of items
(keyset on the sort key and the entry id) and one for all facet counts and the total."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection
from zorgregio.api.pagination import decode_cursor, encode_cursor
from zorgregio.api.problems import ProblemError
from zorgregio.reference import ijw_categories, municipalities

from availability_service.domain.vocabulary import specialisms

SORT_KEYS = {"wait": "wait_key", "name": "name_key", "freshness": "fresh_key"}
SUPPRESS_BELOW = 5
ITEM_COLUMNS = """entry_id, provider_id, provider_name, product_code, product_name, category, product_group,
    location_name, location_city, accepting_new_clients, available, intake_wait_weeks, treatment_wait_weeks,
    free_places, bridging_offered, bridging_description, age_min, age_max, specialisms, last_confirmed_at,
    stale_at <= now() AS stale, measured_median_days, measured_p90_days, measured_cases"""
ACCEPTING_LABELS = {"true": "Neemt nu nieuwe cliënten aan", "false": "Neemt nu geen nieuwe cliënten aan"}


@dataclass(frozen=True)
class SearchQuery:
    product_code: str | None = None
    category: str | None = None
    product_group: str | None = None
    municipality: str | None = None
    age: int | None = None
    specialism: str | None = None
    accepting_now: bool | None = None
    q: str | None = None
    sort: str = "wait"
    limit: int = 20
    cursor: str | None = None

    def where(self) -> tuple[str, dict[str, Any]]:
        clauses, params = ["true"], {}
        for column, name in (("product_code", "product_code"), ("category", "category"),
                             ("product_group", "product_group")):
            if getattr(self, name) is not None:
                clauses.append(f"{column} = %({name})s")
                params[name] = getattr(self, name)
        if self.municipality is not None:
            clauses.append("municipalities @> ARRAY[%(municipality)s]::text[]")
            params["municipality"] = self.municipality
        if self.age is not None:
            clauses.append("age_min <= %(age)s AND age_max >= %(age)s")
            params["age"] = self.age
        if self.specialism is not None:
            clauses.append("specialisms @> ARRAY[%(specialism)s]::text[]")
            params["specialism"] = self.specialism
        if self.accepting_now is not None:
            clauses.append("available" if self.accepting_now else "NOT available")
        if self.q:
            escaped = self.q.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            clauses.append("search_text LIKE %(q)s")
            params["q"] = f"%{escaped}%"
        return " AND ".join(clauses), params


def _measured(median: float | None, p90: float | None, cases: int) -> dict[str, Any]:
    if cases < SUPPRESS_BELOW:
        return {"medianDays": None, "p90Days": None, "cases": None, "suppressed": True}
    return {"medianDays": round(median, 1), "p90Days": round(p90, 1), "cases": cases, "suppressed": False}


def _iso(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with `Z`, as Pydantic writes it on the other endpoints."""
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z") if value is not None else None


def result_of(row: Any) -> dict[str, Any]:
    """A search row as the `SearchResult` of the API contract (camelCase, ready for JSON)."""
    return {
        "entryId": str(row[0]), "providerId": str(row[1]), "providerName": row[2], "productCode": row[3],
        "productName": row[4], "category": row[5], "productGroup": row[6],
        "location": {"name": row[7], "city": row[8]}, "acceptingNewClients": row[9], "available": row[10],
        "intakeWaitWeeks": row[11], "treatmentWaitWeeks": row[12], "freePlaces": row[13],
        "bridgingCare": {"offered": row[14], "description": row[15]}, "ageMin": row[16], "ageMax": row[17],
        "specialisms": list(row[18] or []), "lastConfirmedAt": _iso(row[19]), "stale": row[20],
        "measuredWait": _measured(row[21], row[22], row[23]),
    }


def search(conn: Connection, query: SearchQuery, cache: Any = None, engine: Any = None) -> dict[str, Any]:
    """One page of results with facet counts; with a `SearchCache` (and the engine for background
    recounts) the counts come from it."""
    where, params = query.where()
    key = SORT_KEYS[query.sort]
    page_where, page_params = where, dict(params, limit=query.limit + 1)
    cursor = decode_cursor(query.cursor)
    if cursor is not None:
        _check_cursor(cursor, query.sort)
        page_where += f" AND ({key}, entry_id) > (%(cursor_key)s, %(cursor_id)s::uuid)"
        page_params.update(cursor_key=cursor[0], cursor_id=cursor[1])
    rows = conn.exec_driver_sql(
        f"SELECT {ITEM_COLUMNS}, {key} FROM search_entries WHERE {page_where} "
        f"ORDER BY {key}, entry_id LIMIT %(limit)s", page_params).all()
    next_cursor = None
    if len(rows) > query.limit:
        rows = rows[: query.limit]
        next_cursor = encode_cursor([rows[-1][-1], str(rows[-1][0])])
    if cache is None:
        facets, total = _facets(conn, where, params)
    else:
        def recount() -> tuple[dict[str, list[dict[str, Any]]], int]:
            with engine.connect() as own:
                return _facets(own, where, params)

        facets, total = cache.facets(f"{where}|{sorted(params.items())}",
                                     cache.version(query.municipality, query.product_code),
                                     lambda: _facets(conn, where, params), recount)
    return {"items": [result_of(row) for row in rows], "facets": facets, "total": total, "nextCursor": next_cursor}


_CURSOR_TYPES = {"wait": (int,), "name": (str,), "freshness": (int, float)}


def _check_cursor(cursor: list[Any], sort: str) -> None:
    """A cursor belongs to one sort order; anything else is refused rather than compared."""
    try:
        valid = (len(cursor) == 2 and isinstance(cursor[0], _CURSOR_TYPES[sort])
                 and not isinstance(cursor[0], bool) and bool(uuid.UUID(str(cursor[1]))))
    except ValueError:
        valid = False
    if not valid:
        raise ProblemError.for_field("cursor", "invalid-cursor", "De cursor is ongeldig of hoort bij een andere "
                                     "sortering.")


_FACET_SQL = """
WITH hits AS MATERIALIZED (
    SELECT category, product_group, specialisms, available, municipalities FROM search_entries WHERE {where})
SELECT 'category', category, count(*) FROM hits GROUP BY category
UNION ALL SELECT 'productGroup', product_group, count(*) FROM hits GROUP BY product_group
UNION ALL SELECT 'specialism', s, count(*) FROM hits, unnest(specialisms) s GROUP BY s
UNION ALL SELECT 'acceptingNow', available::text, count(*) FROM hits GROUP BY available
UNION ALL SELECT 'municipality', m, count(*) FROM hits, unnest(municipalities) m GROUP BY m
UNION ALL SELECT 'total', NULL, count(*) FROM hits"""


def _facets(conn: Connection, where: str, params: dict[str, Any]) -> tuple[dict[str, list[dict[str, Any]]], int]:
    facets: dict[str, list[dict[str, Any]]] = {name: [] for name in
                                               ("category", "productGroup", "specialism", "acceptingNow",
                                                "municipality")}
    total = 0
    categories, vocabulary, places = ijw_categories(), specialisms(), municipalities()
    for facet, value, count in conn.exec_driver_sql(_FACET_SQL.format(where=where), params):
        if facet == "total":
            total = count
            continue
        if facet == "category":
            label = categories.get(value, value)
        elif facet == "specialism":
            label = vocabulary.get(value, value)
        elif facet == "acceptingNow":
            label = ACCEPTING_LABELS[value]
        elif facet == "municipality":
            place = places.get(value)
            label = place.name if place else value
        else:
            label = value
        facets[facet].append({"value": value, "label": label, "count": count})
    for values in facets.values():
        values.sort(key=lambda f: (-f["count"], f["value"]))
    return facets, total


def provider_detail(conn: Connection, provider_id: Any) -> dict[str, Any] | None:
    provider = conn.exec_driver_sql(
        "SELECT provider_id, name, phone, email, website, city FROM providers WHERE provider_id = %(p)s "
        "AND NOT exited", {"p": provider_id}).first()
    if provider is None:
        return None
    rows = conn.exec_driver_sql(f"SELECT {ITEM_COLUMNS} FROM search_entries WHERE provider_id = %(p)s "
                                "ORDER BY product_code, location_name, entry_id", {"p": provider_id}).all()
    return {"providerId": str(provider[0]), "name": provider[1],
            "contact": {"phone": provider[2], "email": provider[3], "website": provider[4], "city": provider[5]},
            "entries": [result_of(row) for row in rows]}


def vocabularies(conn: Connection) -> dict[str, Any]:
    products = conn.exec_driver_sql(
        "SELECT DISTINCT ON (code) code, name, category, product_group, description FROM catalogue_products "
        "ORDER BY code, region_code").all()
    groups = sorted({row[3] for row in products})
    return {
        "specialisms": [{"code": code, "label": label} for code, label in specialisms().items()],
        "categories": [{"code": code, "label": label} for code, label in ijw_categories().items()],
        "productGroups": [{"code": group, "label": group,
                           "description": ", ".join(sorted({r[1] for r in products if r[3] == group}))}
                          for group in groups],
        "products": [{"code": r[0], "name": r[1], "category": r[2], "productGroup": r[3], "description": r[4]}
                     for r in products],
    }


def own_entries(conn: Connection, provider_id: Any, entry_id: Any = None) -> list[dict[str, Any]]:
    """The provider's entries as it edits them (listed or not), with the private fields."""
    rows = conn.exec_driver_sql(f"""
        SELECT e.entry_id, e.provider_id, COALESCE(s.provider_name, p.name, ''), e.product_code,
               COALESCE(s.product_name, c.name, e.product_code), COALESCE(s.category, c.category, ''),
               COALESCE(s.product_group, c.product_group, ''), e.location_name, e.location_city,
               e.accepting_new_clients, COALESCE(s.available, false), e.intake_wait_weeks, e.treatment_wait_weeks,
               e.free_places, e.bridging_offered, e.bridging_description, e.age_min, e.age_max, e.specialisms,
               e.last_confirmed_at, COALESCE(s.stale_at <= now(), e.last_confirmed_at IS NULL),
               s.measured_median_days, s.measured_p90_days, COALESCE(s.measured_cases, 0),
               e.contra_indications, e.note, s.entry_id IS NOT NULL
        FROM entries e
        LEFT JOIN search_entries s ON s.entry_id = e.entry_id
        LEFT JOIN providers p ON p.provider_id = e.provider_id
        LEFT JOIN catalogue_products c ON c.region_code = e.region_code AND c.code = e.product_code
        WHERE e.provider_id = %(p)s {"AND e.entry_id = %(e)s" if entry_id is not None else ""}
        ORDER BY e.product_code, e.location_name, e.entry_id""", {"p": provider_id, "e": entry_id}).all()
    return [{**result_of(row), "contraIndications": row[24], "note": row[25], "listed": row[26]} for row in rows]
