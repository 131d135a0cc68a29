"""Reference data every service shares: regions and their municipalities (CBS codes), the iJw
product categories and the regions' catalogue structures (the demo data set `make dev`
seeds is `zorgregio.demo`). Copied from the domain documents; a region extends it by data."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Municipality:
    code: str
    name: str
    region_code: str


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    municipalities: tuple[Municipality, ...]


def _load(name: str) -> Any:
    return json.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))


@cache
def regions() -> dict[str, Region]:
    return {
        r["code"]: Region(r["code"], r["name"],
                          tuple(Municipality(m["code"], m["name"], r["code"]) for m in r["municipalities"]))
        for r in _load("regions.json")["regions"]
    }


@cache
def municipalities() -> dict[str, Municipality]:
    return {m.code: m for region in regions().values() for m in region.municipalities}


def region_of_municipality(code: str) -> str | None:
    municipality = municipalities().get(code)
    return municipality.region_code if municipality else None


@cache
def ijw_categories() -> dict[str, str]:
    return {c["code"]: c["name"] for c in _load("ijw-product-categories.json")["categories"]}


@cache
def catalogue_structure() -> dict[str, Any]:
    return _load("catalogue-structure.json")
