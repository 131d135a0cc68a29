"""The availability entry a provider reports per product and location, and its rules.
Pure Python: no database or web imports."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from availability_service.domain.errors import ImplausibleValue
from availability_service.domain.vocabulary import specialisms

MAX_WAIT_WEEKS = 104
MAX_AGE = 23
ENTRY_NAMESPACE = uuid.UUID("0c9a7d55-2b3e-4f0a-9d61-5a1f4f3b8e21")


def placeholder_entry_id(provider_id: uuid.UUID, product_code: str, region_code: str) -> uuid.UUID:
    """The id of the entry shown for a contracted product before the provider reports on it;
    deterministic so a rebuild from the events gives the same id."""
    return uuid.uuid5(ENTRY_NAMESPACE, f"entry:{provider_id}:{region_code}:{product_code}")


@dataclass(frozen=True)
class Report:
    """What a provider says about one product at one location (all of it, after merging a patch)."""

    location_name: str
    location_city: str
    accepting_new_clients: bool
    intake_wait_weeks: int | None
    treatment_wait_weeks: int | None
    free_places: int | None
    bridging_offered: bool
    bridging_description: str | None
    age_min: int
    age_max: int
    specialisms: tuple[str, ...] = ()
    contra_indications: str | None = None
    note: str | None = None

    def merged(self, changes: dict[str, Any]) -> Report:
        known = {k: v for k, v in changes.items() if k in self.__dataclass_fields__}
        if "specialisms" in known:
            known["specialisms"] = tuple(known["specialisms"])
        return replace(self, **known)

    def check(self) -> Report:
        """Refuse what cannot be true; the first broken rule names its field."""
        for name in ("intake_wait_weeks", "treatment_wait_weeks"):
            value = getattr(self, name)
            if value is not None and not 0 <= value <= MAX_WAIT_WEEKS:
                raise ImplausibleValue(_camel(name), "wait-out-of-range",
                                       f"Een wachttijd ligt tussen 0 en {MAX_WAIT_WEEKS} weken.")
        if self.free_places is not None and self.free_places < 0:
            raise ImplausibleValue("freePlaces", "negative", "Het aantal vrije plekken kan niet negatief zijn.")
        for name in ("age_min", "age_max"):
            if not 0 <= getattr(self, name) <= MAX_AGE:
                raise ImplausibleValue(_camel(name), "age-out-of-range", f"Een leeftijd ligt tussen 0 en {MAX_AGE}.")
        if self.age_min > self.age_max:
            raise ImplausibleValue("ageMax", "age-range-inverted",
                                   "De maximumleeftijd ligt onder de minimumleeftijd.")
        unknown = [code for code in self.specialisms if code not in specialisms()]
        if unknown:
            raise ImplausibleValue("specialisms", "unknown-specialism",
                                   f"Onbekend specialisme: {', '.join(unknown)}.")
        if self.bridging_offered and not (self.bridging_description or "").strip():
            raise ImplausibleValue("bridgingCare.description", "required",
                                   "Beschrijf welke overbruggingszorg wordt geboden.")
        return self


def placeholder_report(city: str | None) -> Report:
    return Report(location_name=city or "Hoofdlocatie", location_city=city or "", accepting_new_clients=False,
                  intake_wait_weeks=None, treatment_wait_weeks=None, free_places=None, bridging_offered=False,
                  bridging_description=None, age_min=0, age_max=MAX_AGE)


def stale_at(last_confirmed_at: datetime | None, update_period_days: int) -> datetime | None:
    """When an entry becomes stale; None means it is stale already (never confirmed)."""
    return None if last_confirmed_at is None else last_confirmed_at + timedelta(days=update_period_days)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


@dataclass
class MeasuredWait:
    median_days: float | None
    p90_days: float | None
    cases: int | None
    suppressed: bool = field(default=True)
