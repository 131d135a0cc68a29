"""Shared parts of the read side: filters, the figure shape, SQL building blocks."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from monitor_service.domain.facts import next_month


@dataclass(frozen=True)
class Filters:
    region_code: str | None
    municipality_code: str | None
    provider_id: str | None
    product_group: str | None
    from_month: date
    to_month: date
    group_by: str | None = None


@dataclass
class Figure:
    columns: list[str]
    rows: list[dict[str, Any]]
    counts: tuple[str, ...] = ()
    derived: dict[str, str] = field(default_factory=dict)  # column → the count it would reveal
    complements: tuple[tuple[str, ...], ...] = ()  # parts of a total shown in the same row


ROLLUP_DIMS = {"municipality": "r.municipality_code", "provider": "r.provider_id::text",
               "productGroup": "c.product_group", "product": "r.product_code", "fundingForm": "c.funding_form",
               "region": "r.region_code"}


FACT_DIMS = {"municipality": "f.municipality_code", "provider": "f.provider_id::text",
             "productGroup": "f.product_group", "product": "f.product_code", "fundingForm": "f.funding_form",
             "region": "f.region_code"}


def months(first: date, last: date) -> list[date]:
    out, month = [], first
    while month <= last:
        out.append(month)
        month = next_month(month)
    return out


def _where(f: Filters, alias: str, group_column: str, month_column: str, *, cumulative: bool = False
           ) -> tuple[str, dict[str, Any]]:
    clauses, params = [], {"to": f.to_month}
    clauses.append(f"{alias}.{month_column} <= :to")
    if not cumulative:
        clauses.append(f"{alias}.{month_column} >= :from")
        params["from"] = f.from_month
    for column, name in (("region_code", "region"), ("municipality_code", "municipality")):
        value = getattr(f, column)
        if value:
            clauses.append(f"{alias}.{column} = :{name}")
            params[name] = value
    if f.provider_id:
        clauses.append(f"{alias}.provider_id = CAST(:provider AS uuid)")
        params["provider"] = f.provider_id
    if f.product_group:
        clauses.append(f"{group_column} = :group")
        params["group"] = f.product_group
    return " AND ".join(clauses), params


def _dim(f: Filters, dims: dict[str, str]) -> tuple[str, str]:
    if f.group_by and f.group_by in dims:
        return f", {dims[f.group_by]} AS grp", ", grp"
    return "", ""


def _rows(session: Session, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    return [dict(row) for row in session.execute(text(sql), params).mappings()]


def _label(row: dict[str, Any], f: Filters) -> dict[str, Any]:
    out = {"month": row["month"].strftime("%Y-%m")} if "month" in row else {}
    if f.group_by and "grp" in row:
        out[f.group_by] = row["grp"]
    return out


def _keycols(f: Filters) -> list[str]:
    return ["month"] + ([f.group_by] if f.group_by else [])


def _rollup_from(f: Filters) -> str:
    """The provider-less area rollup unless the provider is filtered on or grouped by."""
    table = "monthly_rollup" if f.provider_id or f.group_by == "provider" else "monthly_area_rollup"
    return (f"{table} r LEFT JOIN catalogue_products c "
            "ON c.region_code = r.region_code AND c.product_code = r.product_code")


def _rollup_sums(session: Session, f: Filters, exprs: str, extra_group: str = "") -> list[dict[str, Any]]:
    where, params = _where(f, "r", "c.product_group", "month")
    select_dim, group_dim = _dim(f, ROLLUP_DIMS)
    return _rows(session, f"SELECT r.month{select_dim}, {exprs} FROM {_rollup_from(f)} WHERE {where} "
                          f"GROUP BY r.month{group_dim}{extra_group} ORDER BY r.month{group_dim}{extra_group}", params)


def minus_months(month: date, n: int) -> date:
    index = month.year * 12 + month.month - 1 - n
    return date(index // 12, index % 12 + 1, 1)
