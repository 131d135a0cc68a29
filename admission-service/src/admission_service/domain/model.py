"""Providers, requirements, intake windows and closed product groups (pure Python)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from uuid import UUID

from admission_service.domain.errors import RuleViolation

_EIGHT_DIGITS = re.compile(r"^[0-9]{8}$")


class EvidenceType(StrEnum):
    KVK_EXTRACT = "kvk_extract"
    SKJ_REGISTRATION = "skj_registration"
    BIG_REGISTRATION = "big_registration"
    QUALITY_SYSTEM = "quality_system"
    VOG = "vog"
    DIPLOMAS = "diplomas"
    GOVERNANCE_CODE = "governance_code"
    WNT_STATEMENT = "wnt_statement"
    INSURANCE = "insurance"


class Layer(StrEnum):
    GENERAL = "general"
    PRODUCT_GROUP = "product_group"
    CARE_TYPE = "care_type"
    PRODUCT = "product"


class WindowKind(StrEnum):
    REGULAR = "regular"
    INTERIM = "interim"


@dataclass(frozen=True)
class Actor:
    """Who did a step: the token's subject and role."""

    subject: str
    role: str


def check_kvk(value: str) -> str:
    if not _EIGHT_DIGITS.match(value or ""):
        raise RuleViolation("invalid-kvk-number", "Een KvK-nummer bestaat uit precies 8 cijfers.", field="kvkNumber")
    return value


def check_agb(value: str) -> str:
    if not _EIGHT_DIGITS.match(value or ""):
        raise RuleViolation("invalid-agb-code", "Een AGB-code bestaat uit precies 8 cijfers.", field="agbCode")
    return value


@dataclass
class Provider:
    id: UUID
    name: str
    kvk_number: str
    agb_code: str
    addresses: list[dict] = field(default_factory=list)
    contacts: list[dict] = field(default_factory=list)
    public_contact: dict = field(default_factory=dict)
    main_contractor_id: UUID | None = None

    def __post_init__(self) -> None:
        check_kvk(self.kvk_number)
        check_agb(self.agb_code)
        if self.main_contractor_id == self.id:
            raise RuleViolation("own-main-contractor", "Een zorgaanbieder kan niet zijn eigen hoofdaannemer zijn.",
                                field="mainContractorId")


@dataclass
class Requirement:
    id: UUID
    region_code: str
    code: str
    title: str
    layer: Layer
    evidence_type: EvidenceType
    expires: bool = False
    scope: str | None = None
    description: str = ""
    active: bool = True

    def __post_init__(self) -> None:
        if (self.layer is Layer.GENERAL) != (self.scope is None):
            raise RuleViolation("requirement-scope", "Een algemene eis heeft geen scope; een eis per productgroep, "
                                "zorgvorm of product noemt die in 'scope'.", field="scope")

    def applies_to(self, product_codes: set[str], product_groups: set[str]) -> bool:
        if not self.active:
            return False
        if self.layer is Layer.GENERAL:
            return True
        if self.layer is Layer.PRODUCT:
            return self.scope in product_codes
        return self.scope in product_groups


@dataclass(frozen=True)
class IntakeWindow:
    id: UUID
    region_code: str
    opens_on: date
    closes_on: date
    kind: WindowKind = WindowKind.REGULAR
    product_group: str | None = None
    name: str = ""

    def __post_init__(self) -> None:
        if self.closes_on < self.opens_on:
            raise RuleViolation("window-dates", "Een toetredingsmoment sluit niet voor het opengaat.", field="closesOn")
        if (self.kind is WindowKind.INTERIM) != (self.product_group is not None):
            raise RuleViolation("window-product-group", "Een tussentijdse opening geldt voor precies één "
                                "productgroep; een regulier toetredingsmoment voor alle.", field="productGroup")

    def admits(self, product_group: str, on: date) -> bool:
        return self.opens_on <= on <= self.closes_on and self.product_group in (None, product_group)


@dataclass(frozen=True)
class ClosedProductGroup:
    id: UUID
    region_code: str
    municipality_code: str
    product_group: str
    closed_on: date
    reason: str
