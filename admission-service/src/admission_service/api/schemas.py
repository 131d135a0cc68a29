"""Request and response bodies of providers, requirements, intake windows and closed groups
(camelCase on the wire). Applications, assessment and enforcement: `api/schemas_applications.py`."""
from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import Field, StringConstraints
from zorgregio.api.schemas import ApiModel

from admission_service.domain.model import EvidenceType, Layer, WindowKind

Kvk = Annotated[str, StringConstraints(pattern=r"^[0-9]{8}$")]
Agb = Annotated[str, StringConstraints(pattern=r"^[0-9]{8}$")]
RegionCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2,10}$")]
MunicipalityCode = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}$")]
ProductCode = Annotated[str, StringConstraints(pattern=r"^[0-9]{2}[A-Z0-9]{3}$")]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=200, strip_whitespace=True)]
LongText = Annotated[str, StringConstraints(max_length=4000)]
Email = Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$", max_length=254)]
Phone = Annotated[str, StringConstraints(pattern=r"^[0-9 +()-]{6,20}$")]


class Address(ApiModel):
    kind: Literal["visit", "postal", "location"] = "visit"
    street: ShortText
    house_number: Annotated[str, StringConstraints(min_length=1, max_length=10)]
    postal_code: Annotated[str, StringConstraints(pattern=r"^[1-9][0-9]{3} ?[A-Z]{2}$")]
    city: ShortText


class Contact(ApiModel):
    name: ShortText
    role: ShortText | None = None
    email: Email | None = None
    phone: Phone | None = None


class PublicContact(ApiModel):
    """The provider's public business contact, carried by `provider.admitted` (no personal data)."""

    phone: Phone | None = None
    email: Email | None = None
    website: Annotated[str, StringConstraints(pattern=r"^https?://\S+$", max_length=300)] | None = None
    city: ShortText | None = None


class ProviderCreate(ApiModel):
    id: UUID | None = Field(default=None, description="Only for region staff; a provider's id comes from its token")
    name: ShortText
    kvk_number: Kvk = Field(description="KvK number, 8 digits")
    agb_code: Agb = Field(description="AGB code, 8 digits")
    addresses: list[Address] = Field(default=[], max_length=20)
    contacts: list[Contact] = Field(default=[], max_length=20)
    public_contact: PublicContact = PublicContact()
    main_contractor_id: UUID | None = Field(default=None, description="Set when this provider is a subcontractor")


class ProviderUpdate(ApiModel):
    name: ShortText | None = None
    kvk_number: Kvk | None = None
    agb_code: Agb | None = None
    addresses: list[Address] | None = Field(default=None, max_length=20)
    contacts: list[Contact] | None = Field(default=None, max_length=20)
    public_contact: PublicContact | None = None
    main_contractor_id: UUID | None = None


class ProviderPublic(ApiModel):
    id: UUID
    name: str
    kvk_number: str
    agb_code: str
    addresses: list[Address]
    contacts: list[Contact]
    public_contact: PublicContact
    main_contractor_id: UUID | None
    subcontractor_ids: list[UUID]
    created_at: datetime
    updated_at: datetime | None


class RequirementCreate(ApiModel):
    region_code: RegionCode
    code: Annotated[str, StringConstraints(pattern=r"^[A-Z0-9][A-Z0-9-]{1,39}$")]
    title: ShortText
    description: LongText = ""
    layer: Layer
    scope: ShortText | None = Field(default=None, description="Product group, care type or product code; "
                                                              "empty for a general requirement")
    evidence_type: EvidenceType
    expires: bool = False


class RequirementUpdate(ApiModel):
    title: ShortText | None = None
    description: LongText | None = None
    evidence_type: EvidenceType | None = None
    expires: bool | None = None
    active: bool | None = None


class RequirementPublic(ApiModel):
    id: UUID
    region_code: str
    code: str
    title: str
    description: str
    layer: Layer
    scope: str | None
    evidence_type: EvidenceType
    expires: bool
    active: bool


class IntakeWindowCreate(ApiModel):
    region_code: RegionCode
    name: Annotated[str, StringConstraints(max_length=200)] = ""
    opens_on: date
    closes_on: date
    kind: WindowKind = WindowKind.REGULAR
    product_group: ShortText | None = Field(default=None, description="Only for an interim opening")


class IntakeWindowPublic(IntakeWindowCreate):
    id: UUID
    open_now: bool


class ClosedProductGroupCreate(ApiModel):
    region_code: RegionCode
    municipality_code: MunicipalityCode
    product_group: ShortText
    closed_on: date
    reason: Annotated[str, StringConstraints(min_length=1, max_length=1000)]


class ClosedProductGroupPublic(ClosedProductGroupCreate):
    id: UUID


class RegionRulesPublic(ApiModel):
    region_code: str
    max_dialogue_sessions: int
    evidence_expiry_warning_days: int
    subcontractors_allowed: bool
    municipality_codes: list[str]
    product_groups: dict[str, list[str]] = Field(description="Product group → its product codes")
