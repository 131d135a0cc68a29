"""Events of the monitoring context (topic zorgregio.monitoring), keyed by signal id."""
from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Literal
from uuid import UUID

from zorgregio.events.envelope import EventData, Topic

SignalKind = Literal[
    "waiting_time_over_norm", "stale_data", "budget_near", "budget_over", "exit_candidate", "supply_gap"
]


class SignalEvent(EventData):
    topic: ClassVar[Topic] = Topic.MONITORING
    key_field: ClassVar[str] = "signal_id"
    signal_id: UUID
    region_code: str
    kind: SignalKind


class SignalRaised(SignalEvent):
    event_type: ClassVar[str] = "nl.zorgregio.signal.raised.v1"
    municipality_code: str | None = None
    provider_id: UUID | None = None
    product_code: str | None = None
    message: str
    raised_at: datetime


class SignalResolved(SignalEvent):
    event_type: ClassVar[str] = "nl.zorgregio.signal.resolved.v1"
    resolved_at: datetime
    resolved_by: str | None = None


class SignalAcknowledged(SignalEvent):
    """Someone of the region took the signal up; it stays listed until resolved."""

    event_type: ClassVar[str] = "nl.zorgregio.signal.acknowledged.v1"
    acknowledged_at: datetime
    acknowledged_by: str
