"""Request and response schemas of the monitoring API (camelCase on the wire)."""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import AnyHttpUrl, Field
from zorgregio.api.schemas import ApiModel

Channel = Literal["allocations", "contracts", "availability", "signals"]
MONTH_PATTERN = r"^\d{4}-(0[1-9]|1[0-2])$"


class FigurePublic(ApiModel):
    aggregate: str
    region: str | None
    municipality: str | None
    from_month: str
    to_month: str
    group_by: str | None = None
    suppressed_below: int = Field(5, description='Counts below this are shown as "<5", and so is what they would reveal')
    columns: list[str]
    rows: list[dict[str, Any]]


class SignalPublic(ApiModel):
    id: uuid.UUID
    kind: str
    region_code: str
    municipality_code: str | None
    provider_id: uuid.UUID | None
    product_code: str | None
    message: str
    status: Literal["open", "acknowledged", "resolved"]
    raised_at: datetime
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    resolved_at: datetime | None
    resolved_by: str | None


class SubscriptionCreate(ApiModel):
    channel: Channel
    callback_url: AnyHttpUrl
    auth: str = Field(min_length=1, max_length=1000, description="Sent as the Authorization header of each delivery")
    municipality_code: str | None = Field(None, pattern=r"^\d{4}$", description="Only for admin; a back office "
                                                                                 "subscribes for its own municipality")


class SubscriptionPublic(ApiModel):
    id: uuid.UUID
    municipality_code: str
    channel: Channel
    callback_url: str
    status: Literal["active", "paused"]
    paused_reason: str | None
    paused_at: datetime | None
    consecutive_failures: int
    created_at: datetime


class SubscriptionCreated(SubscriptionPublic):
    secret: str = Field(description="HMAC-SHA256 key for X-Zorgregio-Signature; shown only now")


class DeliveryPublic(ApiModel):
    id: uuid.UUID
    notification: dict[str, Any]
    replay: bool
    status: Literal["pending", "delivered", "failed"]
    attempts: int
    next_attempt_at: datetime
    last_status_code: int | None
    last_error: str | None
    created_at: datetime
    delivered_at: datetime | None


class ReplayPublic(ApiModel):
    queued: int
