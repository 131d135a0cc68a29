"""Reference data of the availability checker: the specialism vocabulary and the regions'
settings (update period, gap norm). Kept as data in `availability_service/data`."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class RegionSettings:
    region_code: str
    update_period_days: int
    gap_norm_weeks: int


def _load(name: str) -> Any:
    return json.loads(resources.files("availability_service.data").joinpath(name).read_text(encoding="utf-8"))


@cache
def specialisms() -> dict[str, str]:
    """Code → Dutch label, in vocabulary order."""
    return {item["code"]: item["label"] for item in _load("specialisms.json")["specialisms"]}


@cache
def _regions() -> dict[str, Any]:
    return _load("regions.json")


def region_settings(region_code: str) -> RegionSettings:
    data = _regions()
    values = {**data["default"], **data["regions"].get(region_code, {})}
    return RegionSettings(region_code, int(values["updatePeriodDays"]), int(values["gapNormWeeks"]))


def default_settings() -> RegionSettings:
    return region_settings("")


def configured_regions() -> dict[str, RegionSettings]:
    return {code: region_settings(code) for code in _regions()["regions"]}
