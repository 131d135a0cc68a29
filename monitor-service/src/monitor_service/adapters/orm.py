"""Tables of the monitoring service (SQLAlchemy 2): fact tables built from events, the monthly
rollup maintained on ingest, norms, signals and back-office notifications. No personal data:
clients appear only as the keyed pseudonym the events carry."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    DateTime,
    Index,
    Integer,
    Numeric,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column
from zorgregio.db import new_base

Base = new_base()
Base.registry.update_type_annotation_map({datetime: DateTime(timezone=True), str: Text})


class CatalogueProduct(Base):
    __tablename__ = "catalogue_products"
    region_code: Mapped[str] = mapped_column(primary_key=True)
    product_code: Mapped[str] = mapped_column(primary_key=True)
    version: Mapped[int]
    name: Mapped[str]
    category: Mapped[str]
    segment: Mapped[str | None]
    product_group: Mapped[str]
    residential: Mapped[bool]
    funding_form: Mapped[str]
    unit: Mapped[str]


class Tariff(Base):
    __tablename__ = "tariffs"
    tariff_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    region_code: Mapped[str]
    product_code: Mapped[str]
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    unit: Mapped[str]
    valid_from: Mapped[date]
    valid_to: Mapped[date | None]
    __table_args__ = (Index("ix_tariffs_product", "region_code", "product_code"),)


class AllocationFact(Base):
    """One row per allocation, its whole lifecycle; derived columns are set on ingest."""

    __tablename__ = "allocation_facts"
    allocation_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    region_code: Mapped[str]
    municipality_code: Mapped[str]
    provider_id: Mapped[uuid.UUID]
    product_code: Mapped[str]
    product_group: Mapped[str | None]
    category: Mapped[str | None]
    residential: Mapped[bool | None]
    funding_form: Mapped[str | None]
    client_pseudonym: Mapped[str]
    contract_id: Mapped[uuid.UUID | None]
    volume_amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    volume_unit: Mapped[str | None]
    volume_frequency: Mapped[str | None]
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    issued_at: Mapped[datetime | None]
    issued_month: Mapped[date | None]
    accepted_at: Mapped[datetime | None]
    refused_at: Mapped[datetime | None]
    started_on: Mapped[date | None]
    started_month: Mapped[date | None]
    stopped_on: Mapped[date | None]
    stop_reason: Mapped[str | None]
    ended_on: Mapped[date | None]
    end_reason: Mapped[str | None]
    ended_as_planned: Mapped[bool | None]
    finished_on: Mapped[date | None]
    finished_month: Mapped[date | None]
    withdrawn_at: Mapped[datetime | None]
    wait_days: Mapped[int | None]
    duration_days: Mapped[int | None]
    stacked: Mapped[bool] = mapped_column(server_default=text("false"))
    readmission: Mapped[bool] = mapped_column(server_default=text("false"))
    __table_args__ = (
        Index("ix_facts_provider_municipality", "provider_id", "municipality_code", "issued_at"),
        Index("ix_facts_client", "client_pseudonym"),
        Index("ix_facts_region_started", "region_code", "started_month", "wait_days",
              postgresql_include=["municipality_code", "provider_id", "product_group"]),
        Index("ix_facts_region_finished", "region_code", "finished_month", "duration_days",
              postgresql_include=["municipality_code", "provider_id", "product_group"]),
        Index("ix_facts_stacked", "region_code", "issued_month", postgresql_where=text("stacked")),
        Index("ix_facts_readmission", "region_code", "issued_month", postgresql_where=text("readmission")),
    )


class _Counters:
    """The additive counters of both rollups (see `domain/facts.py` for what each counts)."""

    inflow: Mapped[int] = mapped_column(Integer, server_default="0")
    started: Mapped[int] = mapped_column(Integer, server_default="0")
    active_delta: Mapped[int] = mapped_column(Integer, server_default="0")
    outflow_planned: Mapped[int] = mapped_column(Integer, server_default="0")
    outflow_unplanned: Mapped[int] = mapped_column(Integer, server_default="0")
    withdrawn: Mapped[int] = mapped_column(Integer, server_default="0")
    duration_sum: Mapped[int] = mapped_column(BigInteger, server_default="0")
    wait_sum: Mapped[int] = mapped_column(BigInteger, server_default="0")
    care_days: Mapped[int] = mapped_column(BigInteger, server_default="0")
    spend: Mapped[Decimal] = mapped_column(Numeric(16, 2), server_default="0")
    spend_allocations: Mapped[int] = mapped_column(Integer, server_default="0")


class MonthlyRollup(_Counters, Base):
    """Additive counters per region × municipality × provider × product × month. Each fact adds
    its contribution; a change to a fact subtracts the old contribution and adds the new one."""

    __tablename__ = "monthly_rollup"
    region_code: Mapped[str] = mapped_column(primary_key=True)
    municipality_code: Mapped[str] = mapped_column(primary_key=True)
    provider_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    product_code: Mapped[str] = mapped_column(primary_key=True)
    month: Mapped[date] = mapped_column(primary_key=True)
    __table_args__ = (
        Index("ix_rollup_region_month", "region_code", "month"),
        Index("ix_rollup_provider_month", "provider_id", "month"),
    )


class AreaRollup(_Counters, Base):
    """The same counters without the provider: region and municipality figures read a table
    some hundred times smaller. Maintained with the same deltas in the same transaction."""

    __tablename__ = "monthly_area_rollup"
    region_code: Mapped[str] = mapped_column(primary_key=True)
    municipality_code: Mapped[str] = mapped_column(primary_key=True)
    product_code: Mapped[str] = mapped_column(primary_key=True)
    month: Mapped[date] = mapped_column(primary_key=True)
    __table_args__ = (Index("ix_area_rollup_region_month", "region_code", "month"),)


class DaysHistogram(Base):
    """How many measured waits (issued → started) and care durations there were of each length
    in days (`counts[d + 1]` for d days), per month, for the whole region and per municipality,
    product group and provider: exact medians and p90s from one short row per month."""

    __tablename__ = "days_histogram"
    region_code: Mapped[str] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(primary_key=True)  # all | municipality | group | provider
    scope_value: Mapped[str] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(primary_key=True)  # wait | duration
    month: Mapped[date] = mapped_column(primary_key=True)
    counts: Mapped[list[int]] = mapped_column(ARRAY(Integer))


class AvailabilityEntry(Base):
    __tablename__ = "availability_entries"
    entry_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    provider_id: Mapped[uuid.UUID]
    region_code: Mapped[str]
    product_code: Mapped[str]
    accepting_new_clients: Mapped[bool | None]
    intake_wait_weeks: Mapped[int | None]
    treatment_wait_weeks: Mapped[int | None]
    last_confirmed_at: Mapped[datetime | None]
    stale: Mapped[bool] = mapped_column(server_default=text("false"))
    stale_since: Mapped[datetime | None]
    __table_args__ = (Index("ix_entries_region", "region_code"),)


class AvailabilityReport(Base):
    """Every report, so reported waits can be shown over time."""

    __tablename__ = "availability_reports"
    event_id: Mapped[str] = mapped_column(primary_key=True)
    entry_id: Mapped[uuid.UUID]
    provider_id: Mapped[uuid.UUID]
    region_code: Mapped[str]
    product_code: Mapped[str]
    accepting_new_clients: Mapped[bool]
    intake_wait_weeks: Mapped[int | None]
    treatment_wait_weeks: Mapped[int | None]
    free_places: Mapped[int | None]
    confirmed_at: Mapped[datetime]
    month: Mapped[date]
    __table_args__ = (Index("ix_reports_region_month", "region_code", "month"),)


class Application(Base):
    __tablename__ = "applications"
    application_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    provider_id: Mapped[uuid.UUID]
    region_code: Mapped[str]
    product_groups: Mapped[list[str]] = mapped_column(JSONB, server_default="[]")
    submitted_at: Mapped[datetime | None]
    decided_at: Mapped[datetime | None]
    outcome: Mapped[str | None]  # admitted | rejected
    __table_args__ = (Index("ix_applications_region", "region_code", "submitted_at"),)


class ContractLine(Base):
    __tablename__ = "contract_lines"
    contract_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    product_code: Mapped[str] = mapped_column(primary_key=True)
    municipality_code: Mapped[str] = mapped_column(primary_key=True)
    provider_id: Mapped[uuid.UUID]
    region_code: Mapped[str]
    provider_name: Mapped[str | None]
    starts_on: Mapped[date]
    ends_on: Mapped[date | None]
    __table_args__ = (Index("ix_lines_provider_municipality", "provider_id", "municipality_code"),)


class Budget(Base):
    __tablename__ = "budgets"
    municipality_code: Mapped[str] = mapped_column(primary_key=True)
    provider_key: Mapped[str] = mapped_column(primary_key=True)  # '' = every provider
    year: Mapped[int] = mapped_column(primary_key=True)
    region_code: Mapped[str]
    provider_id: Mapped[uuid.UUID | None]
    amount: Mapped[Decimal] = mapped_column(Numeric(16, 2))


class RegionNorms(Base):
    __tablename__ = "region_norms"
    region_code: Mapped[str] = mapped_column(primary_key=True)
    max_wait_weeks: Mapped[dict[str, Any]] = mapped_column(JSONB)
    update_period_days: Mapped[int]
    budget_near: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    budget_over: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    exit_after_months: Mapped[int]


class Signal(Base):
    __tablename__ = "signals"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    kind: Mapped[str]
    region_code: Mapped[str]
    municipality_code: Mapped[str | None]
    provider_id: Mapped[uuid.UUID | None]
    product_code: Mapped[str | None]
    dedupe_key: Mapped[str]
    message: Mapped[str]
    status: Mapped[str]  # open | acknowledged | resolved
    raised_at: Mapped[datetime]
    acknowledged_at: Mapped[datetime | None]
    acknowledged_by: Mapped[str | None]
    resolved_at: Mapped[datetime | None]
    resolved_by: Mapped[str | None]
    __table_args__ = (
        Index("ux_signals_open_key", "dedupe_key", unique=True, postgresql_where=text("status <> 'resolved'")),
        Index("ix_signals_region", "region_code", "raised_at"),
    )


class Subscription(Base):
    __tablename__ = "subscriptions"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    municipality_code: Mapped[str]
    channel: Mapped[str]
    callback_url: Mapped[str]
    auth: Mapped[str]
    secret: Mapped[str]
    owner: Mapped[str]
    status: Mapped[str]  # active | paused
    paused_reason: Mapped[str | None]
    paused_at: Mapped[datetime | None]
    consecutive_failures: Mapped[int] = mapped_column(Integer, server_default="0")
    created_at: Mapped[datetime]
    __table_args__ = (Index("ix_subscriptions_target", "municipality_code", "channel"),)


class Notification(Base):
    """A notification for one municipality and channel, kept so it can be replayed."""

    __tablename__ = "notifications"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    event_id: Mapped[str]
    channel: Mapped[str]
    municipality_code: Mapped[str]
    body: Mapped[dict[str, Any]] = mapped_column(JSONB)
    created_at: Mapped[datetime]
    __table_args__ = (
        UniqueConstraint("event_id", "channel", "municipality_code", name="uq_notifications_event"),
        Index("ix_notifications_target", "municipality_code", "channel", "created_at"),
    )


class Delivery(Base):
    __tablename__ = "deliveries"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    subscription_id: Mapped[uuid.UUID]
    notification_id: Mapped[int] = mapped_column(BigInteger)
    replay: Mapped[bool] = mapped_column(server_default=text("false"))
    status: Mapped[str]  # pending | delivered | failed
    attempts: Mapped[int] = mapped_column(Integer, server_default="0")
    next_attempt_at: Mapped[datetime]
    last_status_code: Mapped[int | None]
    last_error: Mapped[str | None]
    created_at: Mapped[datetime]
    delivered_at: Mapped[datetime | None]
    __table_args__ = (
        Index("ux_deliveries_once", "subscription_id", "notification_id", unique=True,
              postgresql_where=text("NOT replay")),
        Index("ix_deliveries_due", "next_attempt_at", postgresql_where=text("status = 'pending'")),
        Index("ix_deliveries_subscription", "subscription_id", "created_at"),
    )


class DeliveryAttempt(Base):
    __tablename__ = "delivery_attempts"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    delivery_id: Mapped[uuid.UUID]
    attempted_at: Mapped[datetime]
    status_code: Mapped[int | None]
    error: Mapped[str | None]
    duration_ms: Mapped[int]
    __table_args__ = (Index("ix_attempts_delivery", "delivery_id"),)
