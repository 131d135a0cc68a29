"""Value objects shared by several contexts' events."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel


class EventPart(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, frozen=True)


class ProductMunicipality(EventPart):
    """One admitted or contracted product in one municipality."""

    product_code: str
    municipality_code: str


class OrganisationContact(EventPart):
    """A provider's public business contact (no personal data)."""

    phone: str | None = None
    email: str | None = None
    website: str | None = None
    city: str | None = None
