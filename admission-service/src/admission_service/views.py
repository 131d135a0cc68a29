"""Read-side queries: what the API shows. Straight queries on the tables; scope checks stay
with the routes (they know the caller)."""
from __future__ import annotations

from datetime import date
from uuid import UUID

from sqlalchemy import and_, or_, select, tuple_
from sqlalchemy.orm import Session

from admission_service.adapters.orm import (
    ApplicationRow,
    ClosedProductGroupRow,
    IntakeWindowRow,
    ProviderRow,
    RequirementRow,
)
from admission_service.domain.application import Status
from admission_service.domain.errors import NotFound


def _who(subject: str | None, role: str | None, at) -> dict | None:
    return None if subject is None or at is None else {"subject": subject, "role": role or "", "at": at}


PROVIDER_FIELDS = ("id", "name", "kvk_number", "agb_code", "addresses", "contacts", "public_contact",
                   "main_contractor_id", "created_at", "updated_at")


def provider(session: Session, provider_id: UUID) -> dict:
    row = session.get(ProviderRow, provider_id)
    if row is None:
        raise NotFound("zorgaanbieder", provider_id)
    return _provider_values(session, [row])[0]


def _provider_values(session: Session, rows: list[ProviderRow]) -> list[dict]:
    """The providers with their subcontractors, in two queries whatever the number of rows."""
    subs: dict[UUID, list[UUID]] = {row.id: [] for row in rows}
    for sub_id, main_id in session.execute(select(ProviderRow.id, ProviderRow.main_contractor_id)
                                           .where(ProviderRow.main_contractor_id.in_(list(subs)))):
        subs[main_id].append(sub_id)
    return [{**{c: getattr(row, c) for c in PROVIDER_FIELDS}, "subcontractor_ids": sorted(subs[row.id])}
            for row in rows]


def providers(session: Session, only: UUID | None, after: list | None, limit: int, region_code: str | None = None,
              admitted: bool = False) -> list[dict]:
    query = select(ProviderRow).order_by(ProviderRow.name, ProviderRow.id).limit(limit)
    if only is not None:
        query = query.where(ProviderRow.id == only)
    if region_code or admitted:
        applied = select(ApplicationRow.provider_id).where(ApplicationRow.provider_id == ProviderRow.id)
        if region_code:
            applied = applied.where(ApplicationRow.region_code == region_code)
        if admitted:
            applied = applied.where(ApplicationRow.status == Status.ADMITTED.value)
        query = query.where(applied.exists())
    if after:
        query = query.where(tuple_(ProviderRow.name, ProviderRow.id) > tuple_(after[0], after[1]))
    return _provider_values(session, list(session.scalars(query)))


def requirements(session: Session, region_code: str | None, active_only: bool) -> list[RequirementRow]:
    query = select(RequirementRow).order_by(RequirementRow.region_code, RequirementRow.code)
    if region_code:
        query = query.where(RequirementRow.region_code == region_code)
    if active_only:
        query = query.where(RequirementRow.active.is_(True))
    return list(session.scalars(query))


def windows(session: Session, region_code: str | None, today: date) -> list[dict]:
    query = select(IntakeWindowRow).order_by(IntakeWindowRow.opens_on, IntakeWindowRow.id)
    if region_code:
        query = query.where(IntakeWindowRow.region_code == region_code)
    return [{**{c: getattr(r, c) for c in ("id", "region_code", "name", "opens_on", "closes_on", "kind",
                                           "product_group")}, "open_now": r.opens_on <= today <= r.closes_on}
            for r in session.scalars(query)]


def closed_groups(session: Session, region_code: str | None) -> list[ClosedProductGroupRow]:
    query = select(ClosedProductGroupRow).order_by(ClosedProductGroupRow.municipality_code,
                                                   ClosedProductGroupRow.product_group)
    if region_code:
        query = query.where(ClosedProductGroupRow.region_code == region_code)
    return list(session.scalars(query))


def _summary(row: ApplicationRow, provider_name: str) -> dict:
    return {**{c: getattr(row, c) for c in ("id", "provider_id", "region_code", "status", "product_codes",
                                            "product_groups", "municipality_codes", "submitted_at", "updated_at")},
            "provider_name": provider_name}


def application_scope(session: Session, application_id: UUID) -> tuple[UUID, str]:
    row = session.get(ApplicationRow, application_id)
    if row is None:
        raise NotFound("aanmelding", application_id)
    return row.provider_id, row.region_code


def applications(session: Session, *, provider_id: UUID | None, region_code: str | None, status: Status | None,
                 after: list | None, limit: int) -> list[dict]:
    query = (select(ApplicationRow, ProviderRow.name).join(ProviderRow, ProviderRow.id == ApplicationRow.provider_id)
             .order_by(ApplicationRow.submitted_at.desc(), ApplicationRow.id.desc()).limit(limit))
    for column, value in ((ApplicationRow.provider_id, provider_id), (ApplicationRow.region_code, region_code),
                          (ApplicationRow.status, status.value if status else None)):
        if value is not None:
            query = query.where(column == value)
    if after:
        query = query.where(or_(ApplicationRow.submitted_at < after[0],
                                and_(ApplicationRow.submitted_at == after[0], ApplicationRow.id < after[1])))
    return [_summary(row, name) for row, name in session.execute(query)]
