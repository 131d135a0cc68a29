"""Events of the contracting context (topic zorgregio.contracting)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import ClassVar, Literal
from uuid import UUID

from zorgregio.events.common import EventPart, ProductMunicipality
from zorgregio.events.envelope import EventData, Topic

FundingForm = Literal["inspanningsgericht", "taakgericht", "outputgericht"]
ContractKind = Literal["framework", "bespoke", "bridging", "wind_down"]


class CatalogueProduct(EventPart):
    code: str
    name: str
    description: str = ""
    category: str
    segment: str | None = None
    product_group: str
    care_type: str | None = None
    unit: str
    funding_form: FundingForm
    crucial_function: bool = False
    residential: bool = False
    purchase_level: str = "regionaal"
    opted_out_municipalities: list[str] = []
    valid_from: date
    valid_to: date | None = None
    replaced_by: str | None = None


class CataloguePublished(EventData):
    """A new version of a region's product catalogue; carries the whole catalogue."""

    event_type: ClassVar[str] = "nl.zorgregio.catalogue.published.v1"
    topic: ClassVar[Topic] = Topic.CONTRACTING
    key_field: ClassVar[str] = "region_code"
    region_code: str
    version: int
    effective_on: date
    products: list[CatalogueProduct]


class TariffChanged(EventData):
    event_type: ClassVar[str] = "nl.zorgregio.tariff.changed.v1"
    topic: ClassVar[Topic] = Topic.CONTRACTING
    key_field: ClassVar[str] = "product_code"
    region_code: str
    product_code: str
    tariff_id: UUID
    amount: Decimal
    unit: str
    valid_from: date
    valid_to: date | None = None


class ContractEvent(EventData):
    topic: ClassVar[Topic] = Topic.CONTRACTING
    key_field: ClassVar[str] = "contract_id"
    contract_id: UUID
    provider_id: UUID
    region_code: str


class ContractSigned(ContractEvent):
    event_type: ClassVar[str] = "nl.zorgregio.contract.signed.v1"
    kind: ContractKind
    provider_name: str
    lines: list[ProductMunicipality]
    starts_on: date
    ends_on: date | None = None


class ContractAmended(ContractEvent):
    """The contract's complete set of lines from `effective_on`."""

    event_type: ClassVar[str] = "nl.zorgregio.contract.amended.v1"
    lines: list[ProductMunicipality]
    effective_on: date
    ends_on: date | None = None


class ContractTerminated(ContractEvent):
    event_type: ClassVar[str] = "nl.zorgregio.contract.terminated.v1"
    terminated_on: date
    reason: str


class BudgetCeilingSet(EventData):
    """A municipality's budget for a year, for all providers or (with `provider_id`) for one."""

    event_type: ClassVar[str] = "nl.zorgregio.budgetceiling.set.v1"
    topic: ClassVar[Topic] = Topic.CONTRACTING
    key_field: ClassVar[str] = "municipality_code"
    region_code: str
    municipality_code: str
    provider_id: UUID | None = None
    year: int
    amount: Decimal
