"""Read-side queries for the API (no client data: that goes through `service_layer.privacy`)."""
from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session
from zorgregio.security.principal import (
    MUNICIPALITY_ROLES,
    REGION_ROLES,
    Principal,
    Role,
)

from contract_service.adapters import orm
from contract_service.adapters.repository import Repository, valid_on
from contract_service.domain.errors import Forbidden, NotFoundError
from contract_service.service_layer.privacy import visible


def products(session: Session, region: str, day: date | None, include_ended: bool) -> list[orm.Product]:
    stmt = select(orm.Product).where(orm.Product.region_code == region).order_by(orm.Product.code)
    if day is not None:
        stmt = stmt.where(valid_on(orm.Product.valid_from, orm.Product.valid_to, day))
    elif not include_ended:
        stmt = stmt.where(orm.Product.valid_to.is_(None))
    return list(session.scalars(stmt))


def opt_outs(session: Session, region: str) -> dict[str, list[orm.OptOut]]:
    result: dict[str, list[orm.OptOut]] = {}
    for o in session.scalars(select(orm.OptOut).where(orm.OptOut.region_code == region)
                             .order_by(orm.OptOut.starts_on)):
        result.setdefault(o.product_code, []).append(o)
    return result


def product_history(session: Session, code: str, region: str | None) -> list[orm.ProductRevision]:
    stmt = select(orm.ProductRevision).where(orm.ProductRevision.code == code)
    if region:
        stmt = stmt.where(orm.ProductRevision.region_code == region)
    rows = list(session.scalars(stmt.order_by(orm.ProductRevision.region_code, orm.ProductRevision.id)))
    if not rows:
        raise NotFoundError("unknown-product", f"Product {code} heeft geen geschiedenis.")
    return rows


def versions(session: Session, region: str) -> list[orm.CatalogueVersion]:
    return list(session.scalars(select(orm.CatalogueVersion).where(orm.CatalogueVersion.region_code == region)
                                .order_by(orm.CatalogueVersion.version)))


def tariffs(session: Session, region: str, product: str | None, day: date | None) -> list[orm.Tariff]:
    stmt = select(orm.Tariff).where(orm.Tariff.region_code == region)
    if product:
        stmt = stmt.where(orm.Tariff.product_code == product)
    if day:
        stmt = stmt.where(valid_on(orm.Tariff.valid_from, orm.Tariff.valid_to, day))
    return list(session.scalars(stmt.order_by(orm.Tariff.product_code, orm.Tariff.valid_from)))


def contracts(session: Session, actor: Principal, region: str | None, provider_id: uuid.UUID | None,
              status: str | None) -> list[orm.Contract]:
    stmt = select(orm.Contract)
    if actor.role is Role.PROVIDER:
        stmt = stmt.where(orm.Contract.provider_id == actor.provider_id)
    elif actor.role in REGION_ROLES:
        stmt = stmt.where(orm.Contract.region_code == actor.region_code)
    elif not actor.is_admin:
        raise Forbidden("role-missing", "Contracten zijn te zien voor de regio, de aanbieder en beheer.")
    if region:
        stmt = stmt.where(orm.Contract.region_code == region)
    if provider_id:
        stmt = stmt.where(orm.Contract.provider_id == provider_id)
    if status:
        stmt = stmt.where(orm.Contract.status == status)
    return list(session.scalars(stmt.order_by(orm.Contract.region_code, orm.Contract.provider_name,
                                              orm.Contract.created_at)))


def contract(session: Session, actor: Principal, contract_id: uuid.UUID) -> orm.Contract:
    row = session.get(orm.Contract, contract_id)
    if row is None or not (actor.may_act_for_region(row.region_code) or actor.may_act_for_provider(row.provider_id)):
        raise NotFoundError("contract-not-found", "Contract niet gevonden.")
    return row


def contract_lines(session: Session, contract_id: uuid.UUID) -> list[orm.ContractLine]:
    return list(session.scalars(select(orm.ContractLine).where(orm.ContractLine.contract_id == contract_id)
                                .order_by(orm.ContractLine.product_code, orm.ContractLine.municipality_code,
                                          orm.ContractLine.valid_from)))


def contract_amendments(session: Session, contract_id: uuid.UUID) -> list[orm.ContractAmendment]:
    return list(session.scalars(select(orm.ContractAmendment).where(orm.ContractAmendment.contract_id == contract_id)
                                .order_by(orm.ContractAmendment.recorded_at)))


def restrictions(session: Session, provider_id: uuid.UUID) -> list[orm.ProviderRestriction]:
    return list(session.scalars(select(orm.ProviderRestriction).where(
        orm.ProviderRestriction.provider_id == provider_id).order_by(orm.ProviderRestriction.starts_on)))


def budget_ceilings(session: Session, municipality: str | None, year: int | None,
                    region: str | None) -> list[dict]:
    """The ceilings, each with what is committed against it (as the allocation check counts it)."""
    stmt = select(orm.BudgetCeiling)
    if municipality:
        stmt = stmt.where(orm.BudgetCeiling.municipality_code == municipality)
    if region:
        stmt = stmt.where(orm.BudgetCeiling.region_code == region)
    if year:
        stmt = stmt.where(orm.BudgetCeiling.year == year)
    repo = Repository(session)
    result = []
    for row in session.scalars(stmt.order_by(orm.BudgetCeiling.municipality_code, orm.BudgetCeiling.year)):
        committed = repo.committed(row.municipality_code, row.year, row.provider_id)
        result.append({**{c: getattr(row, c) for c in ("id", "region_code", "municipality_code", "provider_id",
                                                         "year", "amount")},
                       "committed": committed, "remaining": row.amount - committed})
    return result


def allocation_feed(session: Session, actor: Principal, *, municipality: str | None, provider_id: uuid.UUID | None,
                    after_seq: int, limit: int) -> list[orm.Allocation]:
    """Allocations in change order after `after_seq`, limited to what the caller may see."""
    a = orm.Allocation
    stmt = select(a).where(a.change_seq.is_not(None), a.change_seq > after_seq)
    if actor.role in MUNICIPALITY_ROLES:
        if municipality and municipality != actor.municipality_code:
            raise Forbidden("other-municipality", "U ziet alleen toewijzingen van uw eigen gemeente.",)
        stmt = stmt.where(a.municipality_code == actor.municipality_code)
    elif actor.role is Role.PROVIDER:
        stmt = stmt.where(a.provider_id == actor.provider_id)
    elif actor.role in REGION_ROLES:
        stmt = stmt.where(a.region_code == actor.region_code)
    elif not actor.is_admin:
        raise Forbidden("role-missing", "Toewijzingen zijn niet zichtbaar voor deze rol.")
    if municipality:
        stmt = stmt.where(a.municipality_code == municipality)
    if provider_id:
        stmt = stmt.where(a.provider_id == provider_id)
    return list(session.scalars(stmt.order_by(a.change_seq).limit(limit)))


def allocation(session: Session, actor: Principal, allocation_id: uuid.UUID) -> orm.Allocation:
    row = session.get(orm.Allocation, allocation_id)
    if row is None or not visible(actor, row):
        raise NotFoundError("allocation-not-found", "Toewijzing niet gevonden.")
    return row


def allocation_history(session: Session, allocation_id: uuid.UUID) -> list[orm.AllocationChange]:
    return list(session.scalars(select(orm.AllocationChange).where(orm.AllocationChange.allocation_id ==
                                                                    allocation_id).order_by(orm.AllocationChange.id)))


def audit_log(session: Session, *, allocation_id: uuid.UUID | None, subject: str | None, client_hash: str | None,
              after_id: int, limit: int) -> list[orm.AuditEntry]:
    stmt = select(orm.AuditEntry).where(orm.AuditEntry.id > after_id)
    if allocation_id:
        stmt = stmt.where(orm.AuditEntry.allocation_id == allocation_id)
    if subject:
        stmt = stmt.where(orm.AuditEntry.subject == subject)
    if client_hash:
        stmt = stmt.where(orm.AuditEntry.client_hash == client_hash)
    return list(session.scalars(stmt.order_by(orm.AuditEntry.id).limit(limit)))
