"""Tables of the admission service (SQLAlchemy 2). Persistence shapes only; the rules live in
`domain/` and `adapters/repository.py` translates."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID
from sqlalchemy.orm import Mapped, mapped_column
from zorgregio.db import new_base

Base = new_base()
TextArray = ARRAY(Text)


def _now() -> Mapped[datetime]:
    return mapped_column(DateTime(timezone=True), server_default=func.now())


class ProviderRow(Base):
    __tablename__ = "providers"
    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    kvk_number: Mapped[str] = mapped_column(Text, unique=True)
    agb_code: Mapped[str] = mapped_column(Text)
    addresses: Mapped[list] = mapped_column(JSONB, default=list)
    contacts: Mapped[list] = mapped_column(JSONB, default=list)
    public_contact: Mapped[dict] = mapped_column(JSONB, default=dict)
    main_contractor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("providers.id"), index=True)
    created_by: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = _now()
    updated_by: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class RequirementRow(Base):
    __tablename__ = "requirements"
    __table_args__ = (UniqueConstraint("region_code", "code"),)
    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    region_code: Mapped[str] = mapped_column(Text)
    code: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    layer: Mapped[str] = mapped_column(Text)
    scope: Mapped[str | None] = mapped_column(Text)
    evidence_type: Mapped[str] = mapped_column(Text)
    expires: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    changed_by: Mapped[str] = mapped_column(Text)
    changed_at: Mapped[datetime] = _now()


class IntakeWindowRow(Base):
    __tablename__ = "intake_windows"
    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    region_code: Mapped[str] = mapped_column(Text, index=True)
    name: Mapped[str] = mapped_column(Text, default="")
    opens_on: Mapped[date] = mapped_column(Date)
    closes_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(Text)
    product_group: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = _now()


class ClosedProductGroupRow(Base):
    __tablename__ = "closed_product_groups"
    __table_args__ = (UniqueConstraint("municipality_code", "product_group"),)
    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    region_code: Mapped[str] = mapped_column(Text, index=True)
    municipality_code: Mapped[str] = mapped_column(Text)
    product_group: Mapped[str] = mapped_column(Text)
    closed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = _now()


class ApplicationRow(Base):
    __tablename__ = "applications"
    __table_args__ = (Index("ix_applications_region_status", "region_code", "status"),)
    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    provider_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("providers.id"), index=True)
    region_code: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text)
    product_codes: Mapped[list[str]] = mapped_column(TextArray)
    product_groups: Mapped[list[str]] = mapped_column(TextArray)
    municipality_codes: Mapped[list[str]] = mapped_column(TextArray)
    submitted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    submitted_by: Mapped[str] = mapped_column(Text)
    submitted_by_role: Mapped[str] = mapped_column(Text)
    decision_reasons: Mapped[list[str]] = mapped_column(TextArray, default=list)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decided_by: Mapped[str | None] = mapped_column(Text)
    decided_by_role: Mapped[str | None] = mapped_column(Text)
    admitted_on: Mapped[date | None] = mapped_column(Date)
    updated_at: Mapped[datetime] = _now()


class ApplicationStepRow(Base):
    __tablename__ = "application_steps"
    seq: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), index=True)
    action: Mapped[str] = mapped_column(Text)
    from_status: Mapped[str | None] = mapped_column(Text)
    to_status: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(Text)
    actor_role: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    note: Mapped[str] = mapped_column(Text, default="")


class ScreeningVerdictRow(Base):
    __tablename__ = "screening_verdicts"
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), primary_key=True)
    requirement_code: Mapped[str] = mapped_column(Text, primary_key=True)
    verdict: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(Text)
    decided_by_role: Mapped[str] = mapped_column(Text)
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class DialogueSessionRow(Base):
    __tablename__ = "dialogue_sessions"
    __table_args__ = (UniqueConstraint("application_id", "number"),)
    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    held_on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(Text)
    recorded_by_role: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class EvidenceRequestRow(Base):
    __tablename__ = "evidence_requests"
    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), index=True)
    requirement_code: Mapped[str] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text)
    requested_by: Mapped[str] = mapped_column(Text)
    requested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    fulfilled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class EvidenceRow(Base):
    __tablename__ = "evidence"
    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), index=True)
    requirement_code: Mapped[str] = mapped_column(Text)
    evidence_type: Mapped[str] = mapped_column(Text)
    filename: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(Text)
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    valid_until: Mapped[date | None] = mapped_column(Date, index=True)
    uploaded_by: Mapped[str] = mapped_column(Text)
    uploaded_by_role: Mapped[str] = mapped_column(Text)
    uploaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expiring_signalled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class AdmissionRow(Base):
    """One admitted product in one municipality; `ended_on` set by an exit."""

    __tablename__ = "admissions"
    __table_args__ = (UniqueConstraint("application_id", "product_code", "municipality_code"),
                      Index("ix_admissions_provider_region", "provider_id", "region_code"))
    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"))
    provider_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("providers.id"))
    region_code: Mapped[str] = mapped_column(Text)
    product_code: Mapped[str] = mapped_column(Text)
    municipality_code: Mapped[str] = mapped_column(Text)
    admitted_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)


class EnforcementRow(Base):
    __tablename__ = "enforcements"
    __table_args__ = (Index("ix_enforcements_provider_region", "provider_id", "region_code"),)
    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    provider_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("providers.id"))
    region_code: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(Text)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    municipality_codes: Mapped[list[str]] = mapped_column(TextArray, default=list)
    created_by: Mapped[str] = mapped_column(Text)
    created_by_role: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    lifted_on: Mapped[date | None] = mapped_column(Date)
    lift_reason: Mapped[str | None] = mapped_column(Text)
    lifted_by: Mapped[str | None] = mapped_column(Text)


class SignalRow(Base):
    """Signals from monitoring (exit candidates, supply gaps) and availability (supply gaps)."""

    __tablename__ = "signals"
    __table_args__ = (Index("ix_signals_region_open", "region_code", "resolved_at"),)
    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(Text)
    region_code: Mapped[str] = mapped_column(Text)
    municipality_code: Mapped[str | None] = mapped_column(Text)
    provider_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    product_code: Mapped[str | None] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text)
    raised_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    received_at: Mapped[datetime] = _now()
