"""Events of allocations (toewijzingen), topic zorgregio.allocation, keyed by allocation id.

Clients appear only as a keyed pseudonym: never a BSN, name or birth date."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import ClassVar
from uuid import UUID

from zorgregio.events.common import EventPart
from zorgregio.events.envelope import EventData, Topic


class Volume(EventPart):
    """iJw omvang: amount per unit per frequency (e.g. 4 hours per week)."""

    amount: Decimal
    unit: str
    frequency: str


class AllocationEvent(EventData):
    topic: ClassVar[Topic] = Topic.ALLOCATION
    key_field: ClassVar[str] = "allocation_id"
    allocation_id: UUID
    client_pseudonym: str
    region_code: str
    municipality_code: str
    provider_id: UUID
    product_code: str


class AllocationIssued(AllocationEvent):
    event_type: ClassVar[str] = "nl.zorgregio.allocation.issued.v1"
    contract_id: UUID
    product_category: str
    volume: Volume
    start_date: date
    end_date: date | None = None
    referrer_type: str
    issued_at: datetime
    # volume × tariff over the allocation's period (open-ended: to the end of its first year); added in 1.1
    estimated_cost: Decimal | None = None


class AllocationAccepted(AllocationEvent):
    event_type: ClassVar[str] = "nl.zorgregio.allocation.accepted.v1"
    accepted_at: datetime


class AllocationRefused(AllocationEvent):
    event_type: ClassVar[str] = "nl.zorgregio.allocation.refused.v1"
    refused_at: datetime
    reason: str


class AllocationAmended(AllocationEvent):
    event_type: ClassVar[str] = "nl.zorgregio.allocation.amended.v1"
    volume: Volume
    end_date: date | None = None
    effective_on: date
    estimated_cost: Decimal | None = None


class AllocationEnded(AllocationEvent):
    """Ended early by the municipality."""

    event_type: ClassVar[str] = "nl.zorgregio.allocation.ended.v1"
    ended_on: date
    reason: str


class AllocationWithdrawn(AllocationEvent):
    event_type: ClassVar[str] = "nl.zorgregio.allocation.withdrawn.v1"
    withdrawn_at: datetime
    reason: str


class CareStarted(AllocationEvent):
    """JW305."""

    event_type: ClassVar[str] = "nl.zorgregio.care.started.v1"
    started_on: date


class CareStopped(AllocationEvent):
    """JW307; `ended_as_planned` follows from the iJw reason code."""

    event_type: ClassVar[str] = "nl.zorgregio.care.stopped.v1"
    stopped_on: date
    reason_code: str
    ended_as_planned: bool
