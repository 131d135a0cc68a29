"""Handlers for the region's assessment: screening, evidence requests, dialogue and decision."""
from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from uuid import UUID

from zorgregio.events.admission import ApplicationRejected, ProviderAdmitted
from zorgregio.events.common import OrganisationContact, ProductMunicipality
from zorgregio.security.principal import Principal

from admission_service.catalogue import product_groups, region_rules
from admission_service.domain.application import Application, Verdict
from admission_service.domain.errors import NotFound, RuleViolation
from admission_service.service_layer.common import (
    UowFactory,
    actor_of,
    check_region_staff,
    now,
)
from admission_service.service_layer.unit_of_work import AdmissionUnitOfWork


@contextmanager
def _assessing(uow_factory: UowFactory, principal: Principal,
               application_id: UUID) -> Iterator[tuple[AdmissionUnitOfWork, Application]]:
    """The application, locked, for region staff of its region; saved and committed afterwards."""
    with uow_factory() as uow:
        app = uow.applications.get(application_id, lock=True)
        if app is None:
            raise NotFound("aanmelding", application_id)
        check_region_staff(principal, app.region_code)
        yield uow, app
        uow.applications.save(app)
        uow.commit()


def _applicable(uow: AdmissionUnitOfWork, app: Application) -> list[str]:
    return app.applicable_requirements(uow.requirements.for_region(app.region_code), product_groups())


def start_screening(uow_factory: UowFactory, principal: Principal, application_id: UUID) -> None:
    with _assessing(uow_factory, principal, application_id) as (_, app):
        app.start_screening(actor_of(principal), now())


def record_verdict(uow_factory: UowFactory, principal: Principal, application_id: UUID, *, requirement_code: str,
                   verdict: Verdict, reason: str) -> None:
    with _assessing(uow_factory, principal, application_id) as (uow, app):
        app.record_verdict(requirement_code, verdict, reason, _applicable(uow, app), actor_of(principal), now())


def request_evidence(uow_factory: UowFactory, principal: Principal, application_id: UUID, *, requirement_code: str,
                     message: str) -> UUID:
    request_id = uuid.uuid4()
    with _assessing(uow_factory, principal, application_id) as (uow, app):
        app.check_may("request_evidence")
        if requirement_code not in _applicable(uow, app):
            raise RuleViolation("requirement-not-applicable", f"Eis {requirement_code} geldt niet voor deze "
                                "aanmelding.", field="requirementCode")
        uow.applications.add_evidence_request(request_id, app.id, requirement_code, message, actor_of(principal),
                                              now())
    return request_id


def move_to_dialogue(uow_factory: UowFactory, principal: Principal, application_id: UUID) -> None:
    with _assessing(uow_factory, principal, application_id) as (uow, app):
        app.move_to_dialogue(_applicable(uow, app), actor_of(principal), now())


def record_dialogue_session(uow_factory: UowFactory, principal: Principal, application_id: UUID, *, held_on: date,
                            notes: str) -> UUID:
    with _assessing(uow_factory, principal, application_id) as (_, app):
        session = app.record_dialogue_session(uuid.uuid4(), held_on, notes,
                                              region_rules()[app.region_code].max_dialogue_sessions,
                                              actor_of(principal), now())
    return session.id


def admit(uow_factory: UowFactory, principal: Principal, application_id: UUID, *, reasons: list[str],
          admitted_on: date | None = None) -> None:
    at = now()
    with _assessing(uow_factory, principal, application_id) as (uow, app):
        admitted_on = admitted_on or at.date()
        app.admit(reasons, admitted_on, actor_of(principal), at)
        products = app.admitted_products(product_groups())
        uow.applications.add_admissions(app, products, admitted_on)
        provider = uow.providers.get(app.provider_id)
        contact = {k: v for k, v in (provider.public_contact or {}).items() if k in OrganisationContact.model_fields}
        uow.emit(ProviderAdmitted(
            provider_id=app.provider_id, region_code=app.region_code, application_id=app.id,
            provider_name=provider.name, kvk_number=provider.kvk_number, agb_code=provider.agb_code,
            main_contractor_id=provider.main_contractor_id, contact=OrganisationContact(**contact),
            admitted=[ProductMunicipality(product_code=p, municipality_code=m)
                      for p in products for m in app.municipality_codes],
            admitted_on=admitted_on))


def reject(uow_factory: UowFactory, principal: Principal, application_id: UUID, *, reasons: list[str]) -> None:
    at = now()
    with _assessing(uow_factory, principal, application_id) as (uow, app):
        app.reject(reasons, actor_of(principal), at)
        uow.emit(ApplicationRejected(provider_id=app.provider_id, region_code=app.region_code,
                                     application_id=app.id, reasons=app.decision_reasons, decided_at=at))
