"""Enforcement after admission: improvement offer, administrative fine, client stop,
suspension and exit — each with dates and a reason; client stops and suspensions are lifted."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from admission_service.domain.errors import InvalidTransition, Kind, RuleViolation
from admission_service.domain.model import Actor


class EnforcementKind(StrEnum):
    IMPROVEMENT_OFFER = "improvement_offer"
    ADMINISTRATIVE_FINE = "administrative_fine"
    CLIENT_STOP = "client_stop"
    SUSPENSION = "suspension"
    EXIT = "exit"


LIFTABLE = frozenset({EnforcementKind.IMPROVEMENT_OFFER, EnforcementKind.CLIENT_STOP, EnforcementKind.SUSPENSION})
ONE_AT_A_TIME = frozenset({EnforcementKind.CLIENT_STOP, EnforcementKind.SUSPENSION})


@dataclass
class Enforcement:
    id: UUID
    provider_id: UUID
    region_code: str
    kind: EnforcementKind
    starts_on: date
    reason: str
    actor: Actor
    at: datetime
    ends_on: date | None = None
    amount: Decimal | None = None
    municipality_codes: list[str] = field(default_factory=list)
    lifted_on: date | None = None
    lift_reason: str | None = None
    lifted_by: Actor | None = None

    @property
    def active(self) -> bool:
        return self.lifted_on is None

    def lift(self, lifted_on: date, reason: str, actor: Actor) -> None:
        if self.kind not in LIFTABLE:
            raise RuleViolation("not-liftable", f"Een maatregel '{self.kind.value}' kan niet worden opgeheven.",
                                field="kind")
        if not self.active:
            raise InvalidTransition("lift", "lifted")
        if lifted_on < self.starts_on:
            raise RuleViolation("lift-before-start", "Opheffen kan niet voor de ingangsdatum.", field="liftedOn")
        self.lifted_on, self.lift_reason, self.lifted_by = lifted_on, reason, actor


def impose(*, enforcement_id: UUID, provider_id: UUID, region_code: str, kind: EnforcementKind, starts_on: date,
           reason: str, ends_on: date | None, amount: Decimal | None, municipality_codes: list[str],
           admitted_municipalities: set[str], active: list[Enforcement], actor: Actor, at: datetime) -> Enforcement:
    """A new measure against an admitted provider."""
    if not admitted_municipalities:
        raise RuleViolation("provider-not-admitted", f"De zorgaanbieder is niet toegelaten in regio {region_code}.",
                            field="providerId")
    if not reason.strip():
        raise RuleViolation("reason-required", "Een maatregel vraagt een reden.", field="reason")
    if ends_on is not None and ends_on < starts_on:
        raise RuleViolation("dates", "De einddatum ligt voor de ingangsdatum.", field="endsOn")
    if kind is EnforcementKind.ADMINISTRATIVE_FINE and (amount is None or amount <= 0):
        raise RuleViolation("amount-required", "Een bestuurlijke boete vraagt een bedrag groter dan nul.",
                            field="amount")
    if kind is not EnforcementKind.ADMINISTRATIVE_FINE and amount is not None:
        raise RuleViolation("amount-not-allowed", "Alleen een bestuurlijke boete heeft een bedrag.", field="amount")
    if kind is not EnforcementKind.EXIT and municipality_codes:
        raise RuleViolation("municipalities-not-allowed", "Alleen een uittreding geldt per gemeente.",
                            field="municipalityCodes")
    if outside := sorted(set(municipality_codes) - admitted_municipalities):
        raise RuleViolation("municipality-not-admitted", f"Niet toegelaten in gemeente(n) {', '.join(outside)}.",
                            field="municipalityCodes")
    if kind in ONE_AT_A_TIME and any(e.kind is kind and e.active for e in active):
        raise RuleViolation("already-active", f"Er loopt al een maatregel '{kind.value}'.", field="kind",
                            kind=Kind.CONFLICT)
    return Enforcement(enforcement_id, provider_id, region_code, kind, starts_on, reason, actor, at, ends_on, amount,
                       sorted(set(municipality_codes)))
