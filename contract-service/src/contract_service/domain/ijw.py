"""iJw 3.2 reference data: categories, units, frequencies, referrer types, stop reasons, BSN."""
from __future__ import annotations

import json
from functools import cache
from importlib import resources

from zorgregio import bsn as bsn_module
from zorgregio.reference import catalogue_structure, ijw_categories


@cache
def codes() -> dict:
    return json.loads(resources.files("contract_service").joinpath("data/ijw-codes.json").read_text("utf-8"))


def unit_code(unit: str) -> str:
    return codes()["units"][unit]


def frequency_code(frequency: str) -> str:
    return codes()["frequencies"][frequency]


@cache
def referrer_types() -> dict[str, str]:
    """iJw referrer code → the region's referrer type name (`catalogue_structure()['referrerTypes']`)."""
    mapping = codes()["referrerTypes"]
    return {mapping[name]: name for name in catalogue_structure()["referrerTypes"]}


def stop_reason(code: str) -> dict | None:
    return codes()["stopReasons"].get(code)


def category_exists(category: str) -> bool:
    return category in ijw_categories()


def bsn_valid(bsn: str) -> bool:
    """The eleven-test (iJw: a BSN that fails it is refused)."""
    return bsn_module.is_valid(bsn)
