"""Request and response schemas (camelCase on the wire). The search contract is fixed: the
web app is built against it."""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import Field
from zorgregio.api.schemas import ApiModel

from availability_service.domain.model import MAX_AGE, MAX_WAIT_WEEKS

Weeks = Annotated[int, Field(ge=0, le=MAX_WAIT_WEEKS, description="Weeks, 0 to 104")]
Age = Annotated[int, Field(ge=0, le=MAX_AGE)]
SpecialismCode = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{1,49}$", description="Code from /vocabularies")]
ProductCode = Annotated[str, Field(pattern=r"^[0-9]{2}[A-Za-z0-9]{1,8}$", examples=["45A48"])]
LongText = Annotated[str, Field(max_length=2000)]


# --- provider reporting -------------------------------------------------------------------
class Location(ApiModel):
    name: str = Field(min_length=1, max_length=200)
    city: str = Field(max_length=100)


class BridgingCare(ApiModel):
    offered: bool
    description: str | None = Field(None, max_length=500)


class EntryUpdate(ApiModel):
    """Everything a provider reports about one product at one location (PUT replaces it all)."""

    location: Location
    accepting_new_clients: bool
    intake_wait_weeks: Weeks | None = None
    treatment_wait_weeks: Weeks | None = None
    free_places: Annotated[int, Field(ge=0, le=100_000)] | None = None
    bridging_care: BridgingCare = BridgingCare(offered=False)
    age_min: Age = 0
    age_max: Age = MAX_AGE
    specialisms: list[SpecialismCode] = Field(default_factory=list, max_length=20)
    contra_indications: LongText | None = None
    note: LongText | None = None

    def changes(self) -> dict[str, Any]:
        return to_changes(self, self.model_fields_set | set(type(self).model_fields))


class EntryCreate(EntryUpdate):
    product_code: ProductCode


class EntryPatch(ApiModel):
    """One entry in a bulk update; only the fields sent change."""

    entry_id: uuid.UUID
    location: Location | None = None
    accepting_new_clients: bool | None = None
    intake_wait_weeks: Weeks | None = None
    treatment_wait_weeks: Weeks | None = None
    free_places: Annotated[int, Field(ge=0, le=100_000)] | None = None
    bridging_care: BridgingCare | None = None
    age_min: Age | None = None
    age_max: Age | None = None
    specialisms: list[SpecialismCode] | None = Field(None, max_length=20)
    contra_indications: LongText | None = None
    note: LongText | None = None

    def changes(self) -> dict[str, Any]:
        return to_changes(self, self.model_fields_set - {"entry_id"})


class BulkUpdate(ApiModel):
    entries: list[EntryPatch] = Field(min_length=1, max_length=500)


class Confirmation(ApiModel):
    confirmed: int
    entry_ids: list[uuid.UUID]


def to_changes(model: ApiModel, fields: set[str]) -> dict[str, Any]:
    """Schema fields → the domain's `Report` field names."""
    changes: dict[str, Any] = {}
    for name in fields:
        value = getattr(model, name)
        if name == "location":
            if value is not None:
                changes.update(location_name=value.name, location_city=value.city)
        elif name == "bridging_care":
            if value is not None:
                changes.update(bridging_offered=value.offered, bridging_description=value.description)
        elif name in ("accepting_new_clients", "age_min", "age_max", "specialisms") and value is None:
            continue  # not nullable: null in a patch means "leave as is"
        else:
            changes[name] = value
    return changes


# --- public search ------------------------------------------------------------------------
class MeasuredWait(ApiModel):
    median_days: float | None
    p90_days: float | None
    cases: int | None
    suppressed: bool


class SearchResult(ApiModel):
    entry_id: uuid.UUID
    provider_id: uuid.UUID
    provider_name: str
    product_code: str
    product_name: str
    category: str
    product_group: str
    location: Location
    accepting_new_clients: bool
    available: bool
    intake_wait_weeks: int | None
    treatment_wait_weeks: int | None
    free_places: int | None
    bridging_care: BridgingCare
    age_min: int
    age_max: int
    specialisms: list[str]
    last_confirmed_at: datetime | None
    stale: bool
    measured_wait: MeasuredWait


class EntryPublic(SearchResult):
    """A provider's own entry: the public result plus what only the provider sees and edits."""

    contra_indications: str | None
    note: str | None
    listed: bool = Field(description="Shown in search (contracted somewhere, provider not exited)")


class Facet(ApiModel):
    value: str
    label: str
    count: int


class Facets(ApiModel):
    category: list[Facet]
    product_group: list[Facet]
    specialism: list[Facet]
    accepting_now: list[Facet]
    municipality: list[Facet]


class SearchResponse(ApiModel):
    items: list[SearchResult]
    facets: Facets
    total: int
    next_cursor: str | None


class Contact(ApiModel):
    phone: str | None
    email: str | None
    website: str | None
    city: str | None


class ProviderPublic(ApiModel):
    provider_id: uuid.UUID
    name: str
    contact: Contact
    entries: list[SearchResult]


class Code(ApiModel):
    code: str
    label: str


class ProductGroup(Code):
    description: str


class Product(ApiModel):
    code: str
    name: str
    category: str
    product_group: str
    description: str


class Vocabularies(ApiModel):
    specialisms: list[Code]
    categories: list[Code]
    product_groups: list[ProductGroup]
    products: list[Product]


class Gap(ApiModel):
    region_code: str
    municipality_code: str
    municipality_name: str
    product_code: str
    product_name: str
    norm_weeks: int
    shortest_intake_wait_weeks: int | None
    contracted_providers: int
    open_since: datetime | None


class GapList(ApiModel):
    region_code: str
    norm_weeks: int
    items: list[Gap]


class RebuildResult(ApiModel):
    events_applied: int
