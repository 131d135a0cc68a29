"""Handlers for applications: submit, add evidence, and the provider's withdrawal."""
from __future__ import annotations

import uuid
from datetime import date
from uuid import UUID

from zorgregio.api.idempotency import IdempotencyKey
from zorgregio.events.admission import ApplicationSubmitted, ApplicationWithdrawn
from zorgregio.security.principal import Principal

from admission_service.catalogue import product_groups, region_rules
from admission_service.domain import application as workflow
from admission_service.domain.errors import NotFound, RuleViolation
from admission_service.domain.evidence import accept_document
from admission_service.service_layer.common import (
    UowFactory,
    actor_of,
    check_provider,
    now,
)


def submit_application(uow_factory: UowFactory, principal: Principal, *, provider_id: UUID, region_code: str,
                       product_codes: list[str], product_groups_: list[str], municipality_codes: list[str],
                       application_id: UUID | None = None, on: date | None = None,
                       idem: IdempotencyKey | None = None) -> UUID:
    """`on` is the date the intake window is checked for: today, except for seeding history."""
    check_provider(principal, provider_id)
    at = now()
    with uow_factory() as uow:
        if idem and (previous := idem.previous(uow.session)):
            return UUID(previous["id"])
        provider = uow.providers.get(provider_id)
        if provider is None:
            raise NotFound("zorgaanbieder", provider_id)
        rules = region_rules()[region_code]
        app = workflow.submit(
            application_id=application_id or uuid.uuid4(), provider_id=provider_id, region_code=region_code,
            product_codes=product_codes, product_groups=product_groups_, municipality_codes=municipality_codes,
            region_municipalities=rules.municipality_codes, catalogue=product_groups(),
            windows=uow.windows.for_region(region_code), closed=uow.windows.closed_groups(region_code),
            on=on or at.date(), actor=actor_of(principal), at=at,
            is_subcontractor=provider.main_contractor_id is not None,
            subcontractors_allowed=rules.subcontractors_allowed)
        uow.applications.add(app)
        uow.emit(ApplicationSubmitted(provider_id=provider_id, region_code=region_code, application_id=app.id,
                                      product_codes=app.product_codes, product_groups=app.product_groups,
                                      municipality_codes=app.municipality_codes, submitted_at=at))
        if idem:
            idem.remember(uow.session, {"id": str(app.id)})
        uow.commit()
    return app.id


def add_evidence(uow_factory: UowFactory, principal: Principal, application_id: UUID, *, requirement_code: str,
                 filename: str, content: bytes, max_bytes: int, valid_until: date | None,
                 evidence_id: UUID | None = None) -> UUID:
    """The provider adds a document for one requirement, while submitted or in screening."""
    at = now()
    with uow_factory() as uow:
        app = uow.applications.get(application_id, lock=True)
        if app is None:
            raise NotFound("aanmelding", application_id)
        check_provider(principal, app.provider_id)
        app.check_may("add_evidence")
        requirement = uow.requirements.by_code(app.region_code, requirement_code)
        applicable = app.applicable_requirements(uow.requirements.for_region(app.region_code), product_groups())
        if requirement is None or requirement.code not in applicable:
            raise RuleViolation("requirement-not-applicable", f"Eis {requirement_code} geldt niet voor deze "
                                "aanmelding.", field="requirementCode")
        evidence = accept_document(
            evidence_id=evidence_id or uuid.uuid4(), application_id=app.id, requirement_code=requirement.code,
            evidence_type=requirement.evidence_type.value, expires=requirement.expires, filename=filename,
            content=content, max_bytes=max_bytes, valid_until=valid_until, today=at.date(),
            actor=actor_of(principal), at=at)
        uow.applications.add_evidence(evidence)
        uow.commit()
    return evidence.id


def withdraw(uow_factory: UowFactory, principal: Principal, application_id: UUID, reason: str) -> None:
    with uow_factory() as uow:
        app = uow.applications.get(application_id, lock=True)
        if app is None:
            raise NotFound("aanmelding", application_id)
        check_provider(principal, app.provider_id)
        at = now()
        app.withdraw(reason, actor_of(principal), at)
        uow.applications.save(app)
        uow.emit(ApplicationWithdrawn(provider_id=app.provider_id, region_code=app.region_code,
                                      application_id=app.id, reason=reason, withdrawn_at=at))
        uow.commit()
