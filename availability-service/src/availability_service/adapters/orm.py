"""Tables of the availability service (SQLAlchemy 2).

Read model (rebuilt from events): providers, catalogue_versions, catalogue_products,
contract_lines, wait_samples, consumed_events (the journal a rebuild replays).
Own data: entries (what providers report), supply_gaps.
Search: search_entries, one denormalised row per listed entry, maintained on every write."""
from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Double,
    Identity,
    Index,
    Integer,
    Text,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID
from sqlalchemy.orm import Mapped, mapped_column
from zorgregio.db import new_base

Base = new_base()
TextArray = ARRAY(Text)


class Provider(Base):
    __tablename__ = "providers"
    provider_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    region_code: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(Text)
    client_stops: Mapped[list[str]] = mapped_column(TextArray, server_default="{}")
    suspensions: Mapped[list[str]] = mapped_column(TextArray, server_default="{}")
    exited: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    exited_municipalities: Mapped[list[str]] = mapped_column(TextArray, server_default="{}")


class CatalogueVersion(Base):
    __tablename__ = "catalogue_versions"
    region_code: Mapped[str] = mapped_column(Text, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)


class CatalogueProduct(Base):
    __tablename__ = "catalogue_products"
    region_code: Mapped[str] = mapped_column(Text, primary_key=True)
    code: Mapped[str] = mapped_column(Text, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, server_default="")
    category: Mapped[str] = mapped_column(Text)
    product_group: Mapped[str] = mapped_column(Text)
    segment: Mapped[str | None] = mapped_column(Text)
    opted_out_municipalities: Mapped[list[str]] = mapped_column(TextArray, server_default="{}")


class ContractLine(Base):
    __tablename__ = "contract_lines"
    contract_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    product_code: Mapped[str] = mapped_column(Text, primary_key=True)
    municipality_code: Mapped[str] = mapped_column(Text, primary_key=True)
    provider_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    region_code: Mapped[str] = mapped_column(Text)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    terminated_on: Mapped[date | None] = mapped_column(Date)
    __table_args__ = (Index("ix_contract_lines_provider", "provider_id", "product_code"),)


class WaitSample(Base):
    __tablename__ = "wait_samples"
    allocation_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    provider_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    product_code: Mapped[str] = mapped_column(Text)
    issued_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    started_on: Mapped[date | None] = mapped_column(Date)
    __table_args__ = (Index("ix_wait_samples_provider", "provider_id", "product_code"),)


class ConsumedEvent(Base):
    __tablename__ = "consumed_events"
    seq: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    event_id: Mapped[str] = mapped_column(Text, unique=True)
    event_type: Mapped[str] = mapped_column(Text)
    event: Mapped[dict] = mapped_column(JSONB)


class Entry(Base):
    __tablename__ = "entries"
    entry_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    provider_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), index=True)
    region_code: Mapped[str] = mapped_column(Text)
    product_code: Mapped[str] = mapped_column(Text)
    location_name: Mapped[str] = mapped_column(Text)
    location_city: Mapped[str] = mapped_column(Text)
    accepting_new_clients: Mapped[bool] = mapped_column(Boolean)
    intake_wait_weeks: Mapped[int | None] = mapped_column(Integer)
    treatment_wait_weeks: Mapped[int | None] = mapped_column(Integer)
    free_places: Mapped[int | None] = mapped_column(Integer)
    bridging_offered: Mapped[bool] = mapped_column(Boolean)
    bridging_description: Mapped[str | None] = mapped_column(Text)
    age_min: Mapped[int] = mapped_column(Integer)
    age_max: Mapped[int] = mapped_column(Integer)
    specialisms: Mapped[list[str]] = mapped_column(TextArray, server_default="{}")
    contra_indications: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    reported: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    last_confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    stale_notified: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))


class SupplyGap(Base):
    __tablename__ = "supply_gaps"
    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    region_code: Mapped[str] = mapped_column(Text)
    municipality_code: Mapped[str] = mapped_column(Text)
    product_code: Mapped[str] = mapped_column(Text)
    opened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    __table_args__ = (Index("ux_supply_gaps_open", "region_code", "municipality_code", "product_code", unique=True,
                            postgresql_where=text("closed_at IS NULL")),)


class SearchEntry(Base):
    """One row per entry that may be shown: contracted somewhere, provider not exited."""

    __tablename__ = "search_entries"
    entry_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    provider_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    provider_name: Mapped[str] = mapped_column(Text)
    product_code: Mapped[str] = mapped_column(Text)
    product_name: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(Text)
    product_group: Mapped[str] = mapped_column(Text)
    region_code: Mapped[str] = mapped_column(Text)
    location_name: Mapped[str] = mapped_column(Text)
    location_city: Mapped[str] = mapped_column(Text)
    accepting_new_clients: Mapped[bool] = mapped_column(Boolean)
    available: Mapped[bool] = mapped_column(Boolean)
    intake_wait_weeks: Mapped[int | None] = mapped_column(Integer)
    treatment_wait_weeks: Mapped[int | None] = mapped_column(Integer)
    free_places: Mapped[int | None] = mapped_column(Integer)
    bridging_offered: Mapped[bool] = mapped_column(Boolean)
    bridging_description: Mapped[str | None] = mapped_column(Text)
    age_min: Mapped[int] = mapped_column(Integer)
    age_max: Mapped[int] = mapped_column(Integer)
    specialisms: Mapped[list[str]] = mapped_column(TextArray)
    municipalities: Mapped[list[str]] = mapped_column(TextArray)
    last_confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    stale_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    measured_median_days: Mapped[float | None] = mapped_column(Double)
    measured_p90_days: Mapped[float | None] = mapped_column(Double)
    measured_cases: Mapped[int] = mapped_column(Integer, server_default="0")
    wait_key: Mapped[int] = mapped_column(Integer)
    name_key: Mapped[str] = mapped_column(Text)
    fresh_key: Mapped[float] = mapped_column(Double)
    search_text: Mapped[str] = mapped_column(Text)
    __table_args__ = (
        Index("ix_search_wait", "wait_key", "entry_id"),
        Index("ix_search_name", "name_key", "entry_id"),
        Index("ix_search_fresh", "fresh_key", "entry_id"),
        Index("ix_search_provider", "provider_id"),
        Index("ix_search_product", "product_code", "wait_key"),
        Index("ix_search_region", "region_code", "wait_key"),
        Index("ix_search_municipalities", "municipalities", postgresql_using="gin"),
        Index("ix_search_specialisms", "specialisms", postgresql_using="gin"),
        Index("ix_search_text", "search_text", postgresql_using="gin", postgresql_ops={"search_text": "gin_trgm_ops"}),
    )
