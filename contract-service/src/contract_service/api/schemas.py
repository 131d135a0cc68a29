"""Request and response schemas (camelCase on the wire): `XCreate / XUpdate / XPublic`."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import Field
from zorgregio.api.schemas import ApiModel

RegionCode = Annotated[str, Field(pattern=r"^[A-Z]{2,6}$", examples=["MIJOV"])]
MunicipalityCode = Annotated[str, Field(pattern=r"^\d{4}$", examples=["0200"])]
ProductCode = Annotated[str, Field(pattern=r"^\d{2}[A-Z0-9]{3}$", examples=["45A48"])]
Category = Annotated[str, Field(pattern=r"^\d{2}$", examples=["45"])]
Text200 = Annotated[str, Field(min_length=1, max_length=200)]
Reason = Annotated[str, Field(min_length=1, max_length=500)]
Unit = Literal["minuut", "uur", "etmaal", "dagdeel", "stuk", "euro"]
Frequency = Literal["per_dag", "per_week", "per_vier_weken", "per_maand", "per_jaar", "totaal"]
FundingForm = Literal["inspanningsgericht", "taakgericht", "outputgericht"]
PurchaseLevel = Literal["lokaal", "regionaal", "bovenregionaal", "landelijk"]
Money = Annotated[Decimal, Field(gt=0, max_digits=12, decimal_places=2)]


# catalogue -------------------------------------------------------------------------------
class ProductFields(ApiModel):
    name: Text200
    description: Annotated[str, Field(max_length=2000)] = ""
    category: Category
    segment: Annotated[str | None, Field(max_length=100)] = None
    product_group: Text200
    care_type: Annotated[str | None, Field(max_length=100)] = None
    unit: Unit
    funding_form: FundingForm
    crucial_function: bool = False
    residential: bool = False
    purchase_level: PurchaseLevel = "regionaal"


class ProductCreate(ProductFields):
    region_code: RegionCode
    code: ProductCode
    valid_from: date


class ProductUpdate(ApiModel):
    region_code: RegionCode
    effective_on: date
    name: Text200 | None = None
    description: Annotated[str | None, Field(max_length=2000)] = None
    segment: Annotated[str | None, Field(max_length=100)] = None
    product_group: Text200 | None = None
    care_type: Annotated[str | None, Field(max_length=100)] = None
    funding_form: FundingForm | None = None
    crucial_function: bool | None = None
    residential: bool | None = None
    purchase_level: PurchaseLevel | None = None


class OptOutPublic(ApiModel):
    municipality_code: str
    starts_on: date
    ends_on: date | None = None


class ProductPublic(ProductFields):
    region_code: str
    code: str
    valid_from: date
    valid_to: date | None = None
    replaced_by: str | None = None
    opt_outs: list[OptOutPublic] = []


class ProductEnd(ApiModel):
    region_code: RegionCode
    effective_on: date
    reason: Reason


class ProductReplace(ApiModel):
    region_code: RegionCode
    replaced_by: ProductCode
    effective_on: date


class MergeTarget(ProductFields):
    code: ProductCode


class ProductMerge(ApiModel):
    region_code: RegionCode
    source_codes: Annotated[list[ProductCode], Field(min_length=2, max_length=20)]
    effective_on: date
    target_code: ProductCode | None = Field(None, description="An existing product the sources merge into")
    target: MergeTarget | None = Field(None, description="Or a new product the sources merge into")


class OptOutCreate(ApiModel):
    region_code: RegionCode
    municipality_code: MunicipalityCode
    starts_on: date
    ends_on: date | None = None


class RevisionPublic(ApiModel):
    region_code: str
    code: str
    change: str
    effective_on: date
    snapshot: dict
    note: str | None = None
    recorded_at: datetime
    catalogue_version: int | None = None


class VersionCreate(ApiModel):
    region_code: RegionCode
    effective_on: date


class VersionPublic(ApiModel):
    region_code: str
    version: int
    effective_on: date
    published_at: datetime
    product_count: int


# tariffs ---------------------------------------------------------------------------------
class TariffCreate(ApiModel):
    region_code: RegionCode
    product_code: ProductCode
    amount: Money
    valid_from: date
    valid_to: date | None = None


class IndexationCreate(ApiModel):
    region_code: RegionCode
    percentage: Annotated[Decimal, Field(gt=-20, le=25, max_digits=6, decimal_places=3)]
    effective_on: date


class TariffPublic(ApiModel):
    id: uuid.UUID
    region_code: str
    product_code: str
    amount: Decimal
    unit: str
    valid_from: date
    valid_to: date | None = None
    indexation_percentage: Decimal | None = None


# contracts -------------------------------------------------------------------------------
class LineIn(ApiModel):
    product_code: ProductCode
    municipality_code: MunicipalityCode


class LinePublic(LineIn):
    valid_from: date
    valid_to: date | None = None


ContractKind = Literal["framework", "bespoke", "bridging", "wind_down"]
ContractStatus = Literal["draft", "active", "terminated"]
AmendmentKind = Literal["created", "admission", "lines", "extension", "termination"]
RestrictionKind = Literal["client_stop", "suspension", "exit"]


class ContractCreate(ApiModel):
    region_code: RegionCode
    provider_id: uuid.UUID
    provider_name: Text200
    provider_agb: Annotated[str | None, Field(pattern=r"^\d{8}$")] = None
    kind: ContractKind
    lines: Annotated[list[LineIn], Field(min_length=1, max_length=2000)]
    starts_on: date
    ends_on: date | None = None
    extension_options: Annotated[int, Field(ge=0, le=5)] = 0
    client_bsn: Annotated[str | None, Field(pattern=r"^\d{9}$", description="Bespoke agreements: the client")] = None


class AmendmentCreate(ApiModel):
    lines: Annotated[list[LineIn], Field(min_length=1, max_length=2000)]
    effective_on: date
    reason: Reason


class TerminationCreate(ApiModel):
    terminated_on: date
    reason: Reason


class AmendmentPublic(ApiModel):
    kind: AmendmentKind
    effective_on: date
    ends_on: date | None = None
    reason: str
    recorded_at: datetime


class ContractPublic(ApiModel):
    id: uuid.UUID
    region_code: str
    provider_id: uuid.UUID
    provider_name: str
    kind: ContractKind
    status: ContractStatus
    bespoke: bool = False
    starts_on: date
    ends_on: date | None = None
    extension_options: int
    extensions_used: int
    signed_at: datetime | None = None
    terminated_on: date | None = None
    termination_reason: str | None = None


class ContractDetail(ContractPublic):
    lines: list[LinePublic]
    amendments: list[AmendmentPublic]


class BudgetCeilingCreate(ApiModel):
    municipality_code: MunicipalityCode
    year: Annotated[int, Field(ge=2015, le=2100)]
    provider_id: uuid.UUID | None = None
    amount: Money


class BudgetCeilingPublic(ApiModel):
    id: uuid.UUID
    region_code: str
    municipality_code: str
    provider_id: uuid.UUID | None = None
    year: int
    amount: Decimal
    committed: Decimal = Field(description="Estimated cost that year of the allocations that count against it")
    remaining: Decimal = Field(description="amount - committed; below zero when the ceiling was lowered under "
                                           "what is already allocated (those allocations stand, new ones are refused)")


class RestrictionPublic(ApiModel):
    enforcement_id: uuid.UUID
    kind: RestrictionKind
    starts_on: date
    ends_on: date | None = None
    municipality_codes: list[str]
    reason: str


class ProviderStatusPublic(ApiModel):
    provider_id: uuid.UUID
    client_stop: bool
    suspended: bool
    exited: bool
    restrictions: list[RestrictionPublic]
