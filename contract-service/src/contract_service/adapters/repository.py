"""Queries the command handlers need, over one session."""
from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, and_, func, or_, select, text
from sqlalchemy.orm import Session
from zorgregio.db import DriverStatement

from contract_service.adapters import orm


def valid_on(column_from, column_to, day: date):
    return and_(column_from <= day, or_(column_to.is_(None), column_to >= day))


class Repository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, *rows: object) -> None:
        self.session.add_all(rows)

    # catalogue ---------------------------------------------------------------------------
    def product(self, region: str, code: str) -> orm.Product | None:
        return self.session.get(orm.Product, (region, code))

    def products(self, region: str) -> list[orm.Product]:
        return list(self.session.scalars(select(orm.Product).where(orm.Product.region_code == region)
                                         .order_by(orm.Product.code)))

    def opt_outs(self, region: str, code: str | None = None) -> list[orm.OptOut]:
        stmt = select(orm.OptOut).where(orm.OptOut.region_code == region)
        if code:
            stmt = stmt.where(orm.OptOut.product_code == code)
        return list(self.session.scalars(stmt.order_by(orm.OptOut.starts_on)))

    def opted_out(self, region: str, code: str, municipality: str, day: date) -> bool:
        return self.session.scalar(select(func.count()).select_from(orm.OptOut).where(
            orm.OptOut.region_code == region, orm.OptOut.product_code == code,
            orm.OptOut.municipality_code == municipality,
            valid_on(orm.OptOut.starts_on, orm.OptOut.ends_on, day))) > 0

    def last_catalogue_version(self, region: str) -> int:
        return self.session.scalar(select(func.coalesce(func.max(orm.CatalogueVersion.version), 0))
                                   .where(orm.CatalogueVersion.region_code == region))

    def unpublished_revisions(self, region: str) -> list[orm.ProductRevision]:
        return list(self.session.scalars(select(orm.ProductRevision).where(
            orm.ProductRevision.region_code == region, orm.ProductRevision.catalogue_version.is_(None))))

    # tariffs -----------------------------------------------------------------------------
    def tariffs(self, region: str, code: str) -> list[orm.Tariff]:
        return list(self.session.scalars(select(orm.Tariff).where(
            orm.Tariff.region_code == region, orm.Tariff.product_code == code).order_by(orm.Tariff.valid_from)))

    def tariff_on(self, region: str, code: str, day: date) -> orm.Tariff | None:
        return self.session.scalars(select(orm.Tariff).where(
            orm.Tariff.region_code == region, orm.Tariff.product_code == code,
            valid_on(orm.Tariff.valid_from, orm.Tariff.valid_to, day))).first()

    # contracts ---------------------------------------------------------------------------
    def contract(self, contract_id: uuid.UUID, *, lock: bool = False) -> orm.Contract | None:
        stmt = select(orm.Contract).where(orm.Contract.id == contract_id)
        return self.session.scalars(stmt.with_for_update() if lock else stmt).first()

    def framework_contract(self, provider_id: uuid.UUID, region: str) -> orm.Contract | None:
        return self.session.scalars(select(orm.Contract).where(
            orm.Contract.provider_id == provider_id, orm.Contract.region_code == region,
            orm.Contract.kind == "framework", orm.Contract.status.in_(("draft", "active")))
            .order_by(orm.Contract.created_at.desc()).with_for_update()).first()

    def contracts_of(self, provider_id: uuid.UUID, region: str | None = None) -> list[orm.Contract]:
        stmt = select(orm.Contract).where(orm.Contract.provider_id == provider_id)
        if region:
            stmt = stmt.where(orm.Contract.region_code == region)
        return list(self.session.scalars(stmt))

    def lines(self, contract_id: uuid.UUID, day: date | None = None) -> list[orm.ContractLine]:
        stmt = select(orm.ContractLine).where(orm.ContractLine.contract_id == contract_id)
        if day is not None:
            stmt = stmt.where(or_(orm.ContractLine.valid_to.is_(None), orm.ContractLine.valid_to >= day))
        return list(self.session.scalars(stmt.order_by(orm.ContractLine.product_code,
                                                       orm.ContractLine.municipality_code)))

    def covering_contract(self, provider_id: uuid.UUID, region: str, product: str, municipality: str, day: date,
                          pseudonym: str) -> orm.Contract | None:
        """An active contract with a line for product × municipality on `day` (a bespoke one only for its client)."""
        c, line = orm.Contract, orm.ContractLine
        stmt: Select = (
            select(c).join(line, line.contract_id == c.id)
            .where(c.provider_id == provider_id, c.region_code == region, c.status.in_(("active", "terminated")),
                   valid_on(c.starts_on, c.ends_on, day), line.product_code == product,
                   line.municipality_code == municipality, valid_on(line.valid_from, line.valid_to, day),
                   or_(c.client_pseudonym.is_(None), c.client_pseudonym == pseudonym))
            .order_by(c.kind.desc())  # bespoke before framework
        )
        return self.session.scalars(stmt.limit(1)).first()

    def active_restrictions(self, provider_id: uuid.UUID, day: date) -> list[orm.ProviderRestriction]:
        r = orm.ProviderRestriction
        return list(self.session.scalars(select(r).where(r.provider_id == provider_id, r.starts_on <= day,
                                                         or_(r.ends_on.is_(None), r.ends_on >= day))))

    def restriction(self, enforcement_id: uuid.UUID) -> orm.ProviderRestriction | None:
        return self.session.get(orm.ProviderRestriction, enforcement_id)

    # budget ------------------------------------------------------------------------------
    def ceilings(self, municipality: str, provider_id: uuid.UUID, years: list[int]) -> list[orm.BudgetCeiling]:
        b = orm.BudgetCeiling
        return list(self.session.scalars(select(b).where(
            b.municipality_code == municipality, b.year.in_(years),
            or_(b.provider_id.is_(None), b.provider_id == provider_id))))

    def ceiling(self, municipality: str, year: int, provider_id: uuid.UUID | None) -> orm.BudgetCeiling | None:
        b = orm.BudgetCeiling
        cond = b.provider_id.is_(None) if provider_id is None else b.provider_id == provider_id
        return self.session.scalars(select(b).where(b.municipality_code == municipality, b.year == year,
                                                    cond)).first()

    def lock(self, key: str) -> None:
        """A transaction-scoped advisory lock (ceiling checks per municipality and year, publishing)."""
        self.session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": key})

    def committed(self, municipality: str, year: int, provider_id: uuid.UUID | None,
                  exclude: uuid.UUID | None = None) -> Decimal:
        a = orm.Allocation
        stmt = select(func.coalesce(func.sum(a.cost_by_year[str(year)].astext.cast(orm.Numeric)), 0)).where(
            a.municipality_code == municipality,
            a.status.in_(("issued", "accepted", "started", "stopped", "ended")))
        if provider_id is not None:
            stmt = stmt.where(a.provider_id == provider_id)
        if exclude is not None:
            stmt = stmt.where(a.id != exclude)
        return Decimal(self.session.scalar(stmt))

    # allocations -------------------------------------------------------------------------
    def allocation_facts(self, *, region: str, product: str, municipality: str, provider_id: uuid.UUID, start: date,
                         end: date, pseudonym: str, today: date) -> dict | None:
        """Everything an allocation is checked against, in one round trip (the hot path);
        None when the product is not in the region's catalogue."""
        return ALLOCATION_FACTS.first_mapping(self.session, {
            "region": region, "product": product, "m": municipality, "provider": provider_id, "start": start,
            "pseudonym": pseudonym, "today": today, "y1": start.year, "y2": end.year})

    def allocation(self, allocation_id: uuid.UUID, *, lock: bool = False) -> orm.Allocation | None:
        stmt = select(orm.Allocation).where(orm.Allocation.id == allocation_id)
        return self.session.scalars(stmt.with_for_update() if lock else stmt).first()


ALLOCATION_FACTS = DriverStatement(text("""
SELECT p.code, p.category, p.unit, p.valid_from, p.valid_to,
  EXISTS (SELECT 1 FROM product_opt_outs o WHERE o.region_code = :region AND o.product_code = :product
          AND o.municipality_code = :m AND o.starts_on <= :start AND (o.ends_on IS NULL OR o.ends_on >= :start))
    AS opted_out,
  (SELECT c.id FROM contracts c JOIN contract_lines l ON l.contract_id = c.id
    WHERE c.provider_id = :provider AND c.region_code = :region AND c.status IN ('active', 'terminated')
      AND c.starts_on <= :start AND (c.ends_on IS NULL OR c.ends_on >= :start)
      AND l.product_code = :product AND l.municipality_code = :m
      AND l.valid_from <= :start AND (l.valid_to IS NULL OR l.valid_to >= :start)
      AND (c.client_pseudonym IS NULL OR c.client_pseudonym = :pseudonym)
    ORDER BY c.kind DESC LIMIT 1) AS contract_id,
  (SELECT json_agg(json_build_object('kind', r.kind, 'municipalities', r.municipality_codes))
     FROM provider_restrictions r WHERE r.provider_id = :provider AND r.starts_on <= :today
      AND (r.ends_on IS NULL OR r.ends_on >= :today)) AS restrictions,
  (SELECT json_build_object('amount', t.amount, 'unit', t.unit) FROM tariffs t
    WHERE t.region_code = :region AND t.product_code = :product AND t.valid_from <= :start
      AND (t.valid_to IS NULL OR t.valid_to >= :start) LIMIT 1) AS tariff,
  EXISTS (SELECT 1 FROM budget_ceilings b WHERE b.municipality_code = :m
          AND (b.provider_id IS NULL OR b.provider_id = :provider) AND b.year BETWEEN :y1 AND :y2) AS has_ceiling
FROM products p WHERE p.region_code = :region AND p.code = :product
"""))
