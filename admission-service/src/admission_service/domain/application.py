"""The application (aanmelding) aggregate and its workflow:
submitted → screening → dialogue → admitted | rejected | withdrawn. Every step records who and when."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from uuid import UUID

from admission_service.domain.errors import InvalidTransition, RuleViolation
from admission_service.domain.model import (
    Actor,
    ClosedProductGroup,
    IntakeWindow,
    Requirement,
)


class Status(StrEnum):
    SUBMITTED = "submitted"
    SCREENING = "screening"
    DIALOGUE = "dialogue"
    ADMITTED = "admitted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class Verdict(StrEnum):
    APPROVED = "approved"
    REJECTED = "rejected"


# action → statuses it may start from, and the status it leads to (None: stays)
TRANSITIONS: dict[str, tuple[frozenset[Status], Status | None]] = {
    "start_screening": (frozenset({Status.SUBMITTED}), Status.SCREENING),
    "record_verdict": (frozenset({Status.SCREENING}), None),
    "request_evidence": (frozenset({Status.SCREENING}), None),
    "add_evidence": (frozenset({Status.SUBMITTED, Status.SCREENING}), None),
    "move_to_dialogue": (frozenset({Status.SCREENING}), Status.DIALOGUE),
    "record_dialogue_session": (frozenset({Status.DIALOGUE}), None),
    "admit": (frozenset({Status.DIALOGUE}), Status.ADMITTED),
    "reject": (frozenset({Status.SCREENING, Status.DIALOGUE}), Status.REJECTED),
    "withdraw": (frozenset({Status.SUBMITTED, Status.SCREENING, Status.DIALOGUE}), Status.WITHDRAWN),
}


@dataclass
class ScreeningVerdict:
    requirement_code: str
    verdict: Verdict
    reason: str
    actor: Actor
    at: datetime


@dataclass
class DialogueSession:
    id: UUID
    number: int
    held_on: date
    notes: str
    actor: Actor
    at: datetime


@dataclass
class Step:
    """One entry of the application's history."""

    action: str
    from_status: Status | None
    to_status: Status
    actor: Actor
    at: datetime
    note: str = ""


@dataclass
class Application:
    id: UUID
    provider_id: UUID
    region_code: str
    product_codes: list[str]
    product_groups: list[str]
    municipality_codes: list[str]
    status: Status
    submitted_at: datetime
    submitted_by: Actor
    verdicts: dict[str, ScreeningVerdict] = field(default_factory=dict)
    sessions: list[DialogueSession] = field(default_factory=list)
    decision_reasons: list[str] = field(default_factory=list)
    decided_at: datetime | None = None
    decided_by: Actor | None = None
    admitted_on: date | None = None
    new_steps: list[Step] = field(default_factory=list)

    # --- workflow -----------------------------------------------------------------------------
    def _step(self, action: str, actor: Actor, at: datetime, note: str = "") -> None:
        allowed, target = TRANSITIONS[action]
        if self.status not in allowed:
            raise InvalidTransition(action, self.status.value)
        before = self.status
        if target is not None:
            self.status = target
        self.new_steps.append(Step(action, before, self.status, actor, at, note))

    def check_may(self, action: str) -> None:
        if self.status not in TRANSITIONS[action][0]:
            raise InvalidTransition(action, self.status.value)

    def start_screening(self, actor: Actor, at: datetime) -> None:
        self._step("start_screening", actor, at)

    def record_verdict(self, requirement_code: str, verdict: Verdict, reason: str, applicable: Iterable[str],
                       actor: Actor, at: datetime) -> None:
        self.check_may("record_verdict")
        if requirement_code not in set(applicable):
            raise RuleViolation("requirement-not-applicable", f"Eis {requirement_code} geldt niet voor deze "
                                "aanmelding.", field="requirementCode")
        if verdict is Verdict.REJECTED and not reason.strip():
            raise RuleViolation("reason-required", "Een afgekeurde eis vraagt een reden.", field="reason")
        self.verdicts[requirement_code] = ScreeningVerdict(requirement_code, verdict, reason, actor, at)
        self._step("record_verdict", actor, at, f"{requirement_code}: {verdict.value} {reason}".strip())

    def open_requirements(self, applicable: Iterable[str]) -> list[str]:
        """Requirements without an approving verdict."""
        return sorted(code for code in applicable
                      if code not in self.verdicts or self.verdicts[code].verdict is not Verdict.APPROVED)

    def move_to_dialogue(self, applicable: Iterable[str], actor: Actor, at: datetime) -> None:
        self.check_may("move_to_dialogue")
        if missing := self.open_requirements(applicable):
            raise RuleViolation("requirements-not-met", "Niet alle eisen zijn goedgekeurd: " + ", ".join(missing)
                                + ".", field="verdicts")
        self._step("move_to_dialogue", actor, at)

    def record_dialogue_session(self, session_id: UUID, held_on: date, notes: str, max_sessions: int,
                                actor: Actor, at: datetime) -> DialogueSession:
        self.check_may("record_dialogue_session")
        if len(self.sessions) >= max_sessions:
            raise RuleViolation("max-dialogue-sessions", f"De regio {self.region_code} staat ten hoogste "
                                f"{max_sessions} dialooggesprekken toe.", field="heldOn")
        session = DialogueSession(session_id, len(self.sessions) + 1, held_on, notes, actor, at)
        self.sessions.append(session)
        self._step("record_dialogue_session", actor, at, f"gesprek {session.number} op {held_on.isoformat()}")
        return session

    def admit(self, reasons: list[str], admitted_on: date, actor: Actor, at: datetime) -> None:
        self._step("admit", actor, at, "; ".join(reasons))
        self._decide(reasons, actor, at)
        self.admitted_on = admitted_on

    def reject(self, reasons: list[str], actor: Actor, at: datetime) -> None:
        if not [r for r in reasons if r.strip()]:
            raise RuleViolation("reason-required", "Een afwijzing vraagt ten minste één reden.", field="reasons")
        self._step("reject", actor, at, "; ".join(reasons))
        self._decide(reasons, actor, at)

    def withdraw(self, reason: str, actor: Actor, at: datetime) -> None:
        self._step("withdraw", actor, at, reason)
        self._decide([reason] if reason else [], actor, at)

    def _decide(self, reasons: list[str], actor: Actor, at: datetime) -> None:
        self.decision_reasons, self.decided_by, self.decided_at = list(reasons), actor, at

    # --- what the application covers ----------------------------------------------------------
    def groups(self, catalogue: Mapping[str, str]) -> set[str]:
        return set(self.product_groups) | {catalogue[code] for code in self.product_codes if code in catalogue}

    def applicable_requirements(self, requirements: Iterable[Requirement], catalogue: Mapping[str, str]) -> list[str]:
        return applicable_requirements(self.region_code, self.product_codes, self.product_groups, requirements,
                                       catalogue)

    def admitted_products(self, catalogue: Mapping[str, str]) -> list[str]:
        groups = set(self.product_groups)
        return sorted(set(self.product_codes) | {code for code, group in catalogue.items() if group in groups})


def submit(*, application_id: UUID, provider_id: UUID, region_code: str, product_codes: list[str],
           product_groups: list[str], municipality_codes: list[str], region_municipalities: Iterable[str],
           catalogue: Mapping[str, str], windows: Iterable[IntakeWindow], closed: Iterable[ClosedProductGroup],
           on: date, actor: Actor, at: datetime, is_subcontractor: bool = False,
           subcontractors_allowed: bool = True) -> Application:
    """A new application, refused when a window is not open or a product group is closed."""
    if is_subcontractor and not subcontractors_allowed:
        raise RuleViolation("subcontractors-not-allowed", f"Regio {region_code} laat geen onderaannemers toe; de "
                            "hoofdaannemer meldt zich aan.", field="providerId")
    if not product_codes and not product_groups:
        raise RuleViolation("nothing-applied-for", "Noem ten minste één product of productgroep.", field="productCodes")
    if unknown := sorted(set(product_codes) - set(catalogue)):
        raise RuleViolation("unknown-product", f"Onbekende productcode(s): {', '.join(unknown)}.", field="productCodes")
    if unknown := sorted(set(product_groups) - set(catalogue.values())):
        raise RuleViolation("unknown-product-group", f"Onbekende productgroep(en): {', '.join(unknown)}.",
                            field="productGroups")
    if foreign := sorted(set(municipality_codes) - set(region_municipalities)):
        raise RuleViolation("municipality-not-in-region", f"Gemeente(n) {', '.join(foreign)} horen niet bij regio "
                            f"{region_code}.", field="municipalityCodes")
    groups = sorted(set(product_groups) | {catalogue[c] for c in product_codes})
    windows = [w for w in windows if w.region_code == region_code]
    if shut := [g for g in groups if not any(w.admits(g, on) for w in windows)]:
        raise RuleViolation("intake-window-closed", f"Er is op {on.isoformat()} geen toetredingsmoment open in regio "
                            f"{region_code} voor: {', '.join(shut)}.", field="productGroups")
    for item in closed:
        if item.product_group in groups and item.municipality_code in municipality_codes:
            raise RuleViolation("product-group-closed", f"Productgroep '{item.product_group}' is dichtgezet in "
                                f"gemeente {item.municipality_code}: {item.reason}", field="municipalityCodes")
    application = Application(application_id, provider_id, region_code, sorted(set(product_codes)),
                              sorted(set(product_groups)), sorted(set(municipality_codes)), Status.SUBMITTED, at, actor)
    application.new_steps.append(Step("submit", None, Status.SUBMITTED, actor, at))
    return application


def applicable_requirements(region_code: str, product_codes: Iterable[str], groups_applied: Iterable[str],
                            requirements: Iterable[Requirement], catalogue: Mapping[str, str]) -> list[str]:
    """Codes of the region's active requirements for these products / product groups: the general
    ones, those of each product group or care type involved, and those of each product."""
    groups_applied = set(groups_applied)
    codes = set(product_codes) | {c for c, g in catalogue.items() if g in groups_applied}
    groups = groups_applied | {catalogue[c] for c in product_codes if c in catalogue}
    return sorted(r.code for r in requirements if r.region_code == region_code and r.applies_to(codes, groups))
