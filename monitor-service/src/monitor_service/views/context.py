"""Figures from the other fact tables: stacking, re-admissions, admissions pipeline, stale
availability and exit candidates."""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from monitor_service.domain.facts import month_end, next_month
from monitor_service.views.common import (
    FACT_DIMS,
    Figure,
    Filters,
    _dim,
    _keycols,
    _label,
    _rows,
    _where,
    minus_months,
)


def _flagged(session: Session, f: Filters, flag: str, label: str) -> Figure:
    where, params = _where(f, "f", "f.product_group", "issued_month")
    select_dim, group_dim = _dim(f, FACT_DIMS)
    rows = _rows(session, f"SELECT f.issued_month AS month{select_dim}, count(*) AS allocations, "
                          f"count(DISTINCT f.client_pseudonym) AS clients FROM allocation_facts f "
                          f"WHERE {where} AND f.{flag} GROUP BY 1{group_dim} ORDER BY 1{group_dim}", params)
    return Figure(_keycols(f) + [f"{label}Clients", f"{label}Allocations"],
                  [{**_label(r, f), f"{label}Clients": int(r["clients"]),
                    f"{label}Allocations": int(r["allocations"])} for r in rows],
                  counts=(f"{label}Clients", f"{label}Allocations"))


def stacking(session: Session, f: Filters) -> Figure:
    """Clients with two or more allocations whose periods overlap, by month issued."""
    return _flagged(session, f, "stacked", "stacked")


def readmissions(session: Session, f: Filters) -> Figure:
    """Residential allocations issued within 12 months after an earlier residential one ended."""
    return _flagged(session, f, "readmission", "readmission")


def pipeline(session: Session, f: Filters) -> Figure:
    """Admission applications by month submitted: decisions and lead time (days)."""
    params: dict[str, Any] = {"from": f.from_month, "to": month_end(f.to_month)}
    clauses = ["submitted_at >= :from", "submitted_at < CAST(:to AS date) + 1"]
    if f.region_code:
        clauses.append("region_code = :region")
        params["region"] = f.region_code
    if f.provider_id:
        clauses.append("provider_id = CAST(:provider AS uuid)")
        params["provider"] = f.provider_id
    if f.product_group:
        clauses.append("product_groups ? :group")
        params["group"] = f.product_group
    rows = _rows(session, "SELECT date_trunc('month', submitted_at AT TIME ZONE 'Europe/Amsterdam')::date AS month, "
                          "count(*) AS submitted, count(*) FILTER (WHERE outcome = 'admitted') AS admitted, "
                          "count(*) FILTER (WHERE outcome = 'rejected') AS rejected, "
                          "count(*) FILTER (WHERE outcome IS NULL) AS open, count(decided_at) AS decided, "
                          "percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - submitted_at) "
                          "/ 86400) AS median_lead FROM applications WHERE " + " AND ".join(clauses) +
                 " GROUP BY 1 ORDER BY 1", params)
    return Figure(["month", "submitted", "admitted", "rejected", "open", "decided", "medianLeadDays"],
                  [{"month": r["month"].strftime("%Y-%m"), **{k: int(r[k]) for k in
                    ("submitted", "admitted", "rejected", "open", "decided")},
                    "medianLeadDays": round(float(r["median_lead"]), 1) if r["median_lead"] is not None else None}
                   for r in rows],
                  counts=("submitted", "admitted", "rejected", "open", "decided"),
                  complements=(("admitted", "rejected", "open"), ("decided", "open")),
                  derived={"medianLeadDays": "decided"})


def stale_share(session: Session, f: Filters) -> Figure:
    """Availability entries now flagged stale, per product group."""
    params: dict[str, Any] = {}
    clauses = ["true"]
    if f.region_code:
        clauses.append("e.region_code = :region")
        params["region"] = f.region_code
    if f.provider_id:
        clauses.append("e.provider_id = CAST(:provider AS uuid)")
        params["provider"] = f.provider_id
    if f.product_group:
        clauses.append("c.product_group = :group")
        params["group"] = f.product_group
    rows = _rows(session, "SELECT coalesce(c.product_group, 'onbekend') AS product_group, count(*) AS entries, "
                          "count(*) FILTER (WHERE e.stale) AS stale FROM availability_entries e "
                          "LEFT JOIN catalogue_products c ON c.region_code = e.region_code "
                          "AND c.product_code = e.product_code WHERE " + " AND ".join(clauses) +
                 " GROUP BY 1 ORDER BY 1", params)
    return Figure(["productGroup", "entries", "stale", "staleShare"],
                  [{"productGroup": r["product_group"], "entries": int(r["entries"]), "stale": int(r["stale"]),
                    "staleShare": round(r["stale"] / r["entries"], 3)} for r in rows],
                  counts=("entries", "stale"), derived={"staleShare": "stale"})


def exit_candidates(session: Session, f: Filters, months_without: int = 12) -> Figure:
    """Providers contracted in a municipality for at least `months_without` months without any
    allocation issued there in that time (as of the end of the `to` month)."""
    as_of = month_end(f.to_month)
    since = minus_months(next_month(f.to_month), months_without)
    params: dict[str, Any] = {"as_of": as_of, "since": since}
    clauses = ["l.starts_on <= :since", "(l.ends_on IS NULL OR l.ends_on >= :as_of)"]
    for column, name in (("region_code", "region"), ("municipality_code", "municipality")):
        if getattr(f, column):
            clauses.append(f"l.{column} = :{name}")
            params[name] = getattr(f, column)
    if f.provider_id:
        clauses.append("l.provider_id = CAST(:provider AS uuid)")
        params["provider"] = f.provider_id
    rows = _rows(session, "SELECT l.provider_id::text AS provider_id, max(l.provider_name) AS provider_name, "
                          "l.municipality_code, l.region_code, min(l.starts_on) AS contracted_since, "
                          "(SELECT max(a.issued_at) FROM allocation_facts a WHERE a.provider_id = l.provider_id "
                          " AND a.municipality_code = l.municipality_code) AS last_allocation "
                          "FROM contract_lines l WHERE " + " AND ".join(clauses) +
                 " GROUP BY l.provider_id, l.municipality_code, l.region_code "
                 "HAVING NOT EXISTS (SELECT 1 FROM allocation_facts a WHERE a.provider_id = l.provider_id "
                 " AND a.municipality_code = l.municipality_code AND a.issued_at >= :since "
                 " AND a.issued_at < CAST(:as_of AS date) + 1) ORDER BY 4, 3, 2", params)
    return Figure(["providerId", "providerName", "municipality", "region", "contractedSince", "lastAllocation"],
                  [{"providerId": r["provider_id"], "providerName": r["provider_name"],
                    "municipality": r["municipality_code"], "region": r["region_code"],
                    "contractedSince": r["contracted_since"].isoformat(),
                    "lastAllocation": r["last_allocation"].date().isoformat() if r["last_allocation"] else None}
                   for r in rows])
