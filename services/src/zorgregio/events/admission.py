"""Events of the admission context (topic zorgregio.admission), keyed by provider id."""
from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar
from uuid import UUID

from zorgregio.events.common import OrganisationContact, ProductMunicipality
from zorgregio.events.envelope import EventData, Topic


class AdmissionEvent(EventData):
    topic: ClassVar[Topic] = Topic.ADMISSION
    key_field: ClassVar[str] = "provider_id"
    provider_id: UUID
    region_code: str


class ApplicationSubmitted(AdmissionEvent):
    event_type: ClassVar[str] = "nl.zorgregio.application.submitted.v1"
    application_id: UUID
    product_codes: list[str]
    product_groups: list[str]
    municipality_codes: list[str]
    submitted_at: datetime


class ProviderAdmitted(AdmissionEvent):
    event_type: ClassVar[str] = "nl.zorgregio.provider.admitted.v1"
    application_id: UUID
    provider_name: str
    kvk_number: str
    agb_code: str
    main_contractor_id: UUID | None = None
    contact: OrganisationContact
    admitted: list[ProductMunicipality]
    admitted_on: date


class ApplicationRejected(AdmissionEvent):
    event_type: ClassVar[str] = "nl.zorgregio.application.rejected.v1"
    application_id: UUID
    reasons: list[str]
    decided_at: datetime


class ApplicationWithdrawn(AdmissionEvent):
    """The provider withdrew its application; closes it in the admissions pipeline."""

    event_type: ClassVar[str] = "nl.zorgregio.application.withdrawn.v1"
    application_id: UUID
    reason: str
    withdrawn_at: datetime


class ClientStopStarted(AdmissionEvent):
    event_type: ClassVar[str] = "nl.zorgregio.clientstop.started.v1"
    enforcement_id: UUID
    starts_on: date
    reason: str


class ClientStopLifted(AdmissionEvent):
    event_type: ClassVar[str] = "nl.zorgregio.clientstop.lifted.v1"
    enforcement_id: UUID
    lifted_on: date


class ProviderSuspended(AdmissionEvent):
    event_type: ClassVar[str] = "nl.zorgregio.provider.suspended.v1"
    enforcement_id: UUID
    starts_on: date
    ends_on: date | None = None
    reason: str


class SuspensionLifted(AdmissionEvent):
    event_type: ClassVar[str] = "nl.zorgregio.provider.suspension-lifted.v1"
    enforcement_id: UUID
    lifted_on: date


class ProviderExited(AdmissionEvent):
    """Admission ends; empty `municipality_codes` means in every municipality of the region."""

    event_type: ClassVar[str] = "nl.zorgregio.provider.exited.v1"
    enforcement_id: UUID
    exit_on: date
    municipality_codes: list[str] = []
    reason: str


class EvidenceExpiring(AdmissionEvent):
    event_type: ClassVar[str] = "nl.zorgregio.evidence.expiring.v1"
    evidence_id: UUID
    requirement_code: str
    evidence_type: str
    expires_on: date


