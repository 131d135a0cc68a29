"""Request and response bodies of applications, assessment, enforcement and the work queue."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal
from uuid import UUID

from pydantic import Field, StringConstraints
from zorgregio.api.schemas import ApiModel

from admission_service.api.schemas import (
    LongText,
    MunicipalityCode,
    ProductCode,
    RegionCode,
    ShortText,
)
from admission_service.domain.application import Status, Verdict
from admission_service.domain.enforcement import EnforcementKind
from admission_service.domain.model import EvidenceType

Reason = Annotated[str, StringConstraints(min_length=1, max_length=2000)]


class ApplicationCreate(ApiModel):
    provider_id: UUID | None = Field(default=None, description="Defaults to the provider of the token")
    region_code: RegionCode
    product_codes: list[ProductCode] = Field(default=[], max_length=100)
    product_groups: list[ShortText] = Field(default=[], max_length=50)
    municipality_codes: list[MunicipalityCode] = Field(min_length=1, max_length=50)


class VerdictCreate(ApiModel):
    requirement_code: ShortText
    verdict: Verdict
    reason: LongText = ""


class EvidenceRequestCreate(ApiModel):
    requirement_code: ShortText
    message: Reason


class DialogueSessionCreate(ApiModel):
    held_on: date
    notes: LongText = ""


class AdmitCreate(ApiModel):
    reasons: list[Reason] = Field(default=[], max_length=20)
    admitted_on: date | None = None


class RejectCreate(ApiModel):
    reasons: list[Reason] = Field(min_length=1, max_length=20)


class WithdrawCreate(ApiModel):
    reason: LongText = ""


class Who(ApiModel):
    subject: str
    role: str
    at: datetime


class RequirementStatus(ApiModel):
    code: str
    title: str
    evidence_type: EvidenceType
    expires: bool
    verdict: Verdict | None = None
    reason: str | None = None
    decided: Who | None = None
    evidence_count: int
    open_request: str | None = None


class EvidencePublic(ApiModel):
    id: UUID
    requirement_code: str
    evidence_type: str
    filename: str
    media_type: str
    size: int
    sha256: str
    valid_until: date | None
    uploaded: Who


class DialogueSessionPublic(ApiModel):
    id: UUID
    number: int
    held_on: date
    notes: str
    recorded: Who


class StepPublic(ApiModel):
    action: str
    from_status: Status | None
    to_status: Status
    note: str
    by: Who


class ApplicationSummary(ApiModel):
    id: UUID
    provider_id: UUID
    provider_name: str
    region_code: str
    status: Status
    product_codes: list[str]
    product_groups: list[str]
    municipality_codes: list[str]
    submitted_at: datetime
    updated_at: datetime


class ApplicationPublic(ApplicationSummary):
    submitted: Who
    decided: Who | None
    decision_reasons: list[str]
    admitted_on: date | None
    max_dialogue_sessions: int
    requirements: list[RequirementStatus]
    evidence: list[EvidencePublic]
    dialogue_sessions: list[DialogueSessionPublic]
    history: list[StepPublic]


class EnforcementCreate(ApiModel):
    region_code: RegionCode
    kind: EnforcementKind
    starts_on: date
    ends_on: date | None = None
    reason: Reason
    amount: Annotated[Decimal, Field(gt=0, max_digits=12, decimal_places=2)] | None = Field(
        default=None, description="Only for an administrative fine, in euros")
    municipality_codes: list[MunicipalityCode] = Field(default=[], max_length=50,
                                                       description="Only for an exit; empty means all")


class EnforcementLift(ApiModel):
    lifted_on: date
    reason: Reason


class EnforcementPublic(ApiModel):
    id: UUID
    provider_id: UUID
    region_code: str
    kind: EnforcementKind
    starts_on: date
    ends_on: date | None
    reason: str
    amount: Decimal | None
    municipality_codes: list[str]
    active: bool
    created: Who
    lifted_on: date | None
    lift_reason: str | None


class SignalPublic(ApiModel):
    id: UUID
    source: Literal["monitoring", "availability"]
    kind: str
    region_code: str
    municipality_code: str | None
    provider_id: UUID | None
    product_code: str | None
    message: str
    raised_at: datetime
    resolved_at: datetime | None


class WorkItem(ApiModel):
    application: ApplicationSummary
    action: str = Field(description="What the assessor should do next")


class WorkQueue(ApiModel):
    region_code: str
    applications: list[WorkItem]
    signals: list[SignalPublic]
