"""Events of the availability context (topic zorgregio.availability)."""
from __future__ import annotations

from datetime import datetime
from typing import ClassVar
from uuid import UUID

from zorgregio.events.envelope import EventData, Topic


class AvailabilityReported(EventData):
    """A provider reported or confirmed availability for one product at one location."""

    event_type: ClassVar[str] = "nl.zorgregio.availability.reported.v1"
    topic: ClassVar[Topic] = Topic.AVAILABILITY
    key_field: ClassVar[str] = "entry_id"
    entry_id: UUID
    provider_id: UUID
    region_code: str
    product_code: str
    accepting_new_clients: bool
    intake_wait_weeks: int | None = None
    treatment_wait_weeks: int | None = None
    free_places: int | None = None
    confirmed_at: datetime
    # Added with the availability-service (all optional, backwards-compatible):
    location_name: str | None = None
    location_city: str | None = None
    bridging_care_offered: bool | None = None
    age_min: int | None = None
    age_max: int | None = None
    specialisms: list[str] = []


class AvailabilityStale(EventData):
    event_type: ClassVar[str] = "nl.zorgregio.availability.stale.v1"
    topic: ClassVar[Topic] = Topic.AVAILABILITY
    key_field: ClassVar[str] = "entry_id"
    entry_id: UUID
    provider_id: UUID
    region_code: str
    product_code: str
    last_confirmed_at: datetime | None = None
    update_period_days: int


class SupplyGapDetected(EventData):
    """No contracted provider accepts within the region's norm for this product here."""

    event_type: ClassVar[str] = "nl.zorgregio.availability.gap.v1"
    topic: ClassVar[Topic] = Topic.AVAILABILITY
    key_field: ClassVar[str] = "product_code"
    region_code: str
    municipality_code: str
    product_code: str
    norm_weeks: int
    detected_at: datetime


class SupplyGapClosed(EventData):
    """A gap reported by `SupplyGapDetected` is gone: a contracted provider accepts within the norm again."""

    event_type: ClassVar[str] = "nl.zorgregio.availability.gapclosed.v1"
    topic: ClassVar[Topic] = Topic.AVAILABILITY
    key_field: ClassVar[str] = "product_code"
    region_code: str
    municipality_code: str
    product_code: str
    closed_at: datetime
