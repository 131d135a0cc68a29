"""Allocation schemas (JW301-shaped), client data and the audit log."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import Field
from zorgregio.api.schemas import ApiModel

from contract_service.api.schemas import (
    Frequency,
    MunicipalityCode,
    ProductCode,
    Reason,
    Text200,
    Unit,
)


class VolumeIn(ApiModel):
    amount: Annotated[Decimal, Field(gt=0, max_digits=10, decimal_places=2)]
    unit: Unit
    frequency: Frequency


class ClientIn(ApiModel):
    bsn: Annotated[str, Field(pattern=r"^\d{9}$", description="Citizen service number; must pass the eleven-test")]
    name: Text200
    birth_date: date


class ClientPublic(ClientIn):
    pass


class AllocationCreate(ApiModel):
    municipality_code: MunicipalityCode
    client: ClientIn
    product_code: ProductCode
    provider_id: uuid.UUID
    volume: VolumeIn
    start_date: date
    end_date: date | None = None
    referrer_type: Annotated[str, Field(pattern=r"^\d{2}$", description="iJw referrer code: 01 municipality (local "
                                        "team), 02 GP, 03 youth doctor, 04 certified institution, 05 medical "
                                        "specialist, 06 none")]
    reason: Reason


class RefusalCreate(ApiModel):
    reason: Reason


class CareStartCreate(ApiModel):
    started_on: date


class CareStopCreate(ApiModel):
    stopped_on: date
    reason_code: Annotated[str, Field(pattern=r"^\d{2}$", description="iJw reden beeindiging, e.g. 02")]


class AllocationAmend(ApiModel):
    volume: VolumeIn
    end_date: date | None = None
    effective_on: date


class AllocationEnd(ApiModel):
    ended_on: date
    reason: Reason


class WithdrawalCreate(ApiModel):
    reason: Reason


class ClientSearch(ApiModel):
    bsn: Annotated[str, Field(pattern=r"^\d{9}$")]


class ChangePublic(ApiModel):
    change: str
    status: str
    at: datetime
    by_role: str
    details: dict


class AllocationPublic(ApiModel):
    id: uuid.UUID
    number: int
    status: str
    region_code: str
    municipality_code: str
    provider_id: uuid.UUID
    contract_id: uuid.UUID
    product_code: str
    product_category: str
    volume: VolumeIn
    start_date: date
    end_date: date | None = None
    referrer_type: str
    reason: str
    issued_at: datetime
    accepted_at: datetime | None = None
    refused_at: datetime | None = None
    refusal_reason: str | None = None
    care_started_on: date | None = None
    care_stopped_on: date | None = None
    stop_reason_code: str | None = None
    ended_as_planned: bool | None = None
    ended_on: date | None = None
    withdrawn_at: datetime | None = None
    updated_at: datetime
    client: ClientPublic | None = Field(None, description="Only with a purpose; every such read is audited")


class AllocationDetail(AllocationPublic):
    history: list[ChangePublic]


class AllocationFeed(ApiModel):
    items: list[AllocationPublic]
    next_cursor: str = Field(description="Pass as changedSince to get what changed after these items")


class AuditEntryPublic(ApiModel):
    id: int
    at: datetime
    subject: str
    role: str
    action: str
    client_hash: str
    allocation_id: uuid.UUID | None = None
    purpose: str


class AuditPage(ApiModel):
    items: list[AuditEntryPublic]
    next_cursor: str | None = None


JW301Format = Literal["json"]
