"""The product catalogue as admission knows it (code → product group) and the regions'
admission rules; both are configuration data in `data/`, so a region changes them without code."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from zorgregio.reference import regions


def _load(name: str) -> Any:
    return json.loads(resources.files("admission_service").joinpath("data", name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class RegionRules:
    code: str
    max_dialogue_sessions: int
    evidence_expiry_warning_days: int
    subcontractors_allowed: bool
    intake_windows: tuple[dict, ...]
    municipality_codes: tuple[str, ...]
    regular_windows_per_year: int | None = None  # e.g. MIJOV: entry during the term at most once a year


@cache
def region_rules() -> dict[str, RegionRules]:
    data = _load("regions.json")["regions"]
    return {
        code: RegionRules(code, rules["maxDialogueSessions"], rules["evidenceExpiryWarningDays"],
                          rules["subcontractorsAllowed"], tuple(rules["intakeWindows"]),
                          tuple(m.code for m in regions()[code].municipalities), rules.get("regularWindowsPerYear"))
        for code, rules in data.items()
    }


@cache
def product_groups() -> dict[str, str]:
    """Product code → product group."""
    return {p["code"]: p["productGroup"] for p in _load("products.json")["products"]}


def products_in_group(group: str) -> list[str]:
    return sorted(code for code, g in product_groups().items() if g == group)


@cache
def seed_requirements() -> dict[str, list[dict]]:
    return _load("requirements.json")["regions"]


def rules_for(region_code: str) -> RegionRules:
    """The region's rules; an unknown region is refused (422) naming the field."""
    from admission_service.domain.errors import RuleViolation

    try:
        return region_rules()[region_code]
    except KeyError:
        raise RuleViolation("unknown-region", f"Regio '{region_code}' is onbekend.", field="regionCode") from None
