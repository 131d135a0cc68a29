"""Commands (imperative) the allocation handlers take."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from contract_service.domain.allocation import Volume


@dataclass(frozen=True)
class Client:
    bsn: str
    name: str
    birth_date: date


@dataclass(frozen=True)
class IssueAllocation:
    municipality_code: str
    client: Client
    product_code: str
    provider_id: uuid.UUID
    volume: Volume
    start_date: date
    end_date: date | None
    referrer_type: str
    reason: str
    at: datetime | None = None  # seeds back-date; the API leaves it to the clock


@dataclass(frozen=True)
class ChangeAllocation:
    """Accept, refuse, start or stop care, amend, end early or withdraw (by `action`)."""

    allocation_id: uuid.UUID
    action: str
    reason: str | None = None
    on: date | None = None  # care started/stopped on, ended on, amendment effective on
    reason_code: str | None = None
    volume: Volume | None = None
    end_date: date | None = None
    at: datetime | None = None
