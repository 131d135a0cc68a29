"""Tables of the contracting service (SQLAlchemy 2). Client details exist only encrypted
(`client_blob`) and as keyed hashes; nothing here is readable as personal data."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    DateTime,
    Index,
    LargeBinary,
    Numeric,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column
from zorgregio.db import new_base

Base = new_base()
Base.registry.update_type_annotation_map({datetime: DateTime(timezone=True)})


class Product(Base):
    """The current state of one product of one region's catalogue; history in `product_revisions`."""

    __tablename__ = "products"
    region_code: Mapped[str] = mapped_column(Text, primary_key=True)
    code: Mapped[str] = mapped_column(Text, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(Text)
    segment: Mapped[str | None] = mapped_column(Text)
    product_group: Mapped[str] = mapped_column(Text)
    care_type: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(Text)
    funding_form: Mapped[str] = mapped_column(Text)
    crucial_function: Mapped[bool] = mapped_column(default=False)
    residential: Mapped[bool] = mapped_column(default=False)
    purchase_level: Mapped[str] = mapped_column(Text, default="regionaal")
    valid_from: Mapped[date]
    valid_to: Mapped[date | None]
    replaced_by: Mapped[str | None] = mapped_column(Text)


class ProductRevision(Base):
    __tablename__ = "product_revisions"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    region_code: Mapped[str] = mapped_column(Text)
    code: Mapped[str] = mapped_column(Text)
    change: Mapped[str] = mapped_column(Text)  # added, changed, ended, replaced, merged, opted_out, opt_out_ended
    effective_on: Mapped[date]
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSONB)
    note: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(Text)
    catalogue_version: Mapped[int | None]
    __table_args__ = (Index("ix_product_revisions_code", "region_code", "code", "id"),)


class OptOut(Base):
    __tablename__ = "product_opt_outs"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    region_code: Mapped[str] = mapped_column(Text)
    product_code: Mapped[str] = mapped_column(Text)
    municipality_code: Mapped[str] = mapped_column(Text)
    starts_on: Mapped[date]
    ends_on: Mapped[date | None]
    __table_args__ = (Index("ix_opt_outs_product", "region_code", "product_code", "municipality_code"),)


class CatalogueVersion(Base):
    __tablename__ = "catalogue_versions"
    region_code: Mapped[str] = mapped_column(Text, primary_key=True)
    version: Mapped[int] = mapped_column(primary_key=True)
    effective_on: Mapped[date]
    published_at: Mapped[datetime]
    published_by: Mapped[str] = mapped_column(Text)
    product_count: Mapped[int]


class Tariff(Base):
    __tablename__ = "tariffs"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    region_code: Mapped[str] = mapped_column(Text)
    product_code: Mapped[str] = mapped_column(Text)
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    unit: Mapped[str] = mapped_column(Text)
    valid_from: Mapped[date]
    valid_to: Mapped[date | None]
    indexation_percentage: Mapped[Decimal | None] = mapped_column(Numeric(6, 3))
    __table_args__ = (Index("ix_tariffs_product", "region_code", "product_code", "valid_from"),)


class Contract(Base):
    __tablename__ = "contracts"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    region_code: Mapped[str] = mapped_column(Text)
    provider_id: Mapped[uuid.UUID]
    provider_name: Mapped[str] = mapped_column(Text)
    provider_agb: Mapped[str | None] = mapped_column(Text)  # iJw receiver code of the provider
    kind: Mapped[str] = mapped_column(Text)  # framework, bespoke, bridging, wind_down
    status: Mapped[str] = mapped_column(Text)  # draft, active, terminated
    client_pseudonym: Mapped[str | None] = mapped_column(Text)  # bespoke agreements only
    starts_on: Mapped[date]
    ends_on: Mapped[date | None]
    extension_options: Mapped[int] = mapped_column(default=0)
    extensions_used: Mapped[int] = mapped_column(default=0)
    signed_at: Mapped[datetime | None]
    signed_by: Mapped[str | None] = mapped_column(Text)
    terminated_on: Mapped[date | None]
    termination_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    __table_args__ = (Index("ix_contracts_provider", "provider_id", "region_code"),)


class ContractLine(Base):
    __tablename__ = "contract_lines"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    contract_id: Mapped[uuid.UUID] = mapped_column(index=True)
    product_code: Mapped[str] = mapped_column(Text)
    municipality_code: Mapped[str] = mapped_column(Text)
    valid_from: Mapped[date]
    valid_to: Mapped[date | None]
    __table_args__ = (Index("ix_contract_lines_cover", "product_code", "municipality_code"),)


class ContractAmendment(Base):
    __tablename__ = "contract_amendments"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    contract_id: Mapped[uuid.UUID] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(Text)  # lines, extension, admission
    effective_on: Mapped[date]
    ends_on: Mapped[date | None]
    reason: Mapped[str] = mapped_column(Text)
    lines: Mapped[list[Any]] = mapped_column(JSONB)
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(Text)


class ProviderRestriction(Base):
    """Client stop, suspension or exit, from the admission context's enforcement events."""

    __tablename__ = "provider_restrictions"
    enforcement_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    provider_id: Mapped[uuid.UUID] = mapped_column(index=True)
    region_code: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(Text)  # client_stop, suspension, exit
    starts_on: Mapped[date]
    ends_on: Mapped[date | None]
    municipality_codes: Mapped[list[str]] = mapped_column(JSONB, default=list)
    reason: Mapped[str] = mapped_column(Text)


class BudgetCeiling(Base):
    __tablename__ = "budget_ceilings"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    region_code: Mapped[str] = mapped_column(Text)
    municipality_code: Mapped[str] = mapped_column(Text)
    provider_id: Mapped[uuid.UUID | None]
    year: Mapped[int]
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    set_at: Mapped[datetime]
    set_by: Mapped[str] = mapped_column(Text)
    __table_args__ = (UniqueConstraint("municipality_code", "year", "provider_id", postgresql_nulls_not_distinct=True,
                                       name="uq_budget_ceiling"),)


class Allocation(Base):
    __tablename__ = "allocations"
    __mapper_args__ = {"eager_defaults": True}  # INSERT … RETURNING number: no re-read for the answer
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(BigInteger, unique=True, server_default=text("nextval('allocation_number_seq')"))
    region_code: Mapped[str] = mapped_column(Text)
    municipality_code: Mapped[str] = mapped_column(Text)
    provider_id: Mapped[uuid.UUID]
    contract_id: Mapped[uuid.UUID]
    product_code: Mapped[str] = mapped_column(Text)
    product_category: Mapped[str] = mapped_column(Text)
    client_blob: Mapped[bytes] = mapped_column(LargeBinary)
    bsn_hash: Mapped[str] = mapped_column(Text, index=True)
    client_pseudonym: Mapped[str] = mapped_column(Text)
    volume_amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    volume_unit: Mapped[str] = mapped_column(Text)
    volume_frequency: Mapped[str] = mapped_column(Text)
    start_date: Mapped[date]
    end_date: Mapped[date | None]
    referrer_type: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text)
    cost_by_year: Mapped[dict[str, str]] = mapped_column(JSONB, default=dict)
    issued_at: Mapped[datetime]
    issued_by: Mapped[str] = mapped_column(Text)
    accepted_at: Mapped[datetime | None]
    refused_at: Mapped[datetime | None]
    refusal_reason: Mapped[str | None] = mapped_column(Text)
    care_started_on: Mapped[date | None]
    care_stopped_on: Mapped[date | None]
    stop_reason_code: Mapped[str | None] = mapped_column(Text)
    ended_on: Mapped[date | None]
    withdrawn_at: Mapped[datetime | None]
    updated_at: Mapped[datetime]
    # Position in the change feed; NULL until the sequencer numbers the committed change.
    change_seq: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    __table_args__ = (
        Index("ix_allocations_feed", "municipality_code", "change_seq"),
        Index("ix_allocations_unsequenced", "updated_at", postgresql_where="change_seq IS NULL"),
        Index("ix_allocations_budget", "municipality_code", "provider_id"),
    )


class AllocationChange(Base):
    __tablename__ = "allocation_history"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    allocation_id: Mapped[uuid.UUID] = mapped_column(index=True)
    change: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime]
    by_subject: Mapped[str] = mapped_column(Text)
    by_role: Mapped[str] = mapped_column(Text)
    details: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)


class AuditEntry(Base):
    """One read (or search) of client data: who, in what role, when, which client, why."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(index=True)
    subject: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(Text)
    client_hash: Mapped[str] = mapped_column(Text, index=True)
    allocation_id: Mapped[uuid.UUID | None]
    purpose: Mapped[str] = mapped_column(Text)
