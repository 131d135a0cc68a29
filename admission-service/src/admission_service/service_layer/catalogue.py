"""Handlers for the region's admission set-up: requirements, intake windows and closed product groups."""
from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from uuid import UUID

from zorgregio.api.idempotency import IdempotencyKey
from zorgregio.security.principal import Principal

from admission_service.catalogue import product_groups, region_rules
from admission_service.domain.errors import Kind, NotFound, RuleViolation
from admission_service.domain.model import (
    ClosedProductGroup,
    EvidenceType,
    IntakeWindow,
    Layer,
    Requirement,
    WindowKind,
)
from admission_service.service_layer.common import (
    UowFactory,
    actor_of,
    check_region_staff,
    now,
)
from admission_service.service_layer.unit_of_work import AdmissionUnitOfWork


def _check_group(group: str | None, field: str = "productGroup") -> None:
    if group is not None and group not in set(product_groups().values()):
        raise RuleViolation("unknown-product-group", f"Onbekende productgroep '{group}'.", field=field)


def save_requirement(uow_factory: UowFactory, principal: Principal, *, region_code: str, code: str, title: str,
                     layer: Layer, evidence_type: EvidenceType, expires: bool, scope: str | None,
                     description: str = "", requirement_id: UUID | None = None) -> UUID:
    check_region_staff(principal, region_code)
    if layer is Layer.PRODUCT and scope is not None and scope not in product_groups():
        raise RuleViolation("unknown-product", f"Onbekende productcode '{scope}'.", field="scope")
    if layer in (Layer.PRODUCT_GROUP, Layer.CARE_TYPE):
        _check_group(scope, "scope")
    requirement = Requirement(requirement_id or uuid.uuid4(), region_code, code, title, layer, evidence_type,
                              expires, scope, description)
    with uow_factory() as uow:
        existing = uow.requirements.by_code(region_code, code)
        if existing is not None and existing.id != requirement.id:
            raise RuleViolation("requirement-code-taken", f"Eis {code} bestaat al in regio {region_code}.",
                                field="code", kind=Kind.CONFLICT)
        uow.requirements.save(requirement, actor_of(principal))
        uow.commit()
    return requirement.id


def change_requirement(uow_factory: UowFactory, principal: Principal, requirement_id: UUID, changes: dict) -> None:
    with uow_factory() as uow:
        requirement = uow.requirements.get(requirement_id)
        if requirement is None:
            raise NotFound("eis", requirement_id)
        check_region_staff(principal, requirement.region_code)
        uow.requirements.save(replace(requirement, **changes), actor_of(principal))
        uow.commit()


def open_window(uow_factory: UowFactory, principal: Principal, *, region_code: str, opens_on: date,
                closes_on: date, kind: WindowKind, product_group: str | None, name: str = "",
                window_id: UUID | None = None, idem: IdempotencyKey | None = None) -> UUID:
    """A retry under the same Idempotency-Key gives the window the first attempt opened (not a second one)."""
    check_region_staff(principal, region_code)
    _check_group(product_group)
    window = IntakeWindow(window_id or uuid.uuid4(), region_code, opens_on, closes_on, kind, product_group, name)
    with uow_factory() as uow:
        if idem and (previous := idem.previous(uow.session)):
            return UUID(previous["id"])
        _check_regular_windows_per_year(uow, window)
        uow.windows.add(window, actor_of(principal))
        if idem:
            idem.remember(uow.session, {"id": str(window.id)})
        uow.commit()
    return window.id


def _check_regular_windows_per_year(uow: AdmissionUnitOfWork, window: IntakeWindow) -> None:
    """A region may cap its regular intake windows per calendar year; interim windows (for a product
    group short of supply) are outside the cap."""
    limit = region_rules()[window.region_code].regular_windows_per_year
    if window.kind is not WindowKind.REGULAR or limit is None:
        return
    year = window.opens_on.year
    opened = sum(1 for w in uow.windows.for_region(window.region_code)
                 if w.kind is WindowKind.REGULAR and w.opens_on.year == year)
    if opened >= limit:
        raise RuleViolation("regular-windows-per-year", f"Regio {window.region_code} opent ten hoogste {limit} "
                            f"regulier toetredingsmoment per jaar en heeft er voor {year} al {opened}; een "
                            "tussentijds moment voor een productgroep met te weinig aanbod kan wel.", field="opensOn")


def delete_window(uow_factory: UowFactory, principal: Principal, region_code: str, window_id: UUID) -> None:
    check_region_staff(principal, region_code)
    with uow_factory() as uow:
        window = next((w for w in uow.windows.for_region(region_code) if w.id == window_id), None)
        if window is None:
            raise NotFound("toetredingsmoment", window_id)
        if window.opens_on <= now().date():
            raise RuleViolation("window-already-opened", "Een toetredingsmoment dat al open is (geweest) hoort bij de "
                                "geschiedenis van aanvragen en kan niet meer worden verwijderd.")
        uow.windows.delete(window_id)
        uow.commit()


def close_group(uow_factory: UowFactory, principal: Principal, *, region_code: str, municipality_code: str,
                product_group: str, closed_on: date, reason: str, closed_id: UUID | None = None,
                idem: IdempotencyKey | None = None) -> UUID:
    check_region_staff(principal, region_code)
    _check_group(product_group)
    if municipality_code not in region_rules()[region_code].municipality_codes:
        raise RuleViolation("municipality-not-in-region", f"Gemeente {municipality_code} hoort niet bij regio "
                            f"{region_code}.", field="municipalityCode")
    closed = ClosedProductGroup(closed_id or uuid.uuid4(), region_code, municipality_code, product_group, closed_on,
                                reason)
    with uow_factory() as uow:
        if idem and (previous := idem.previous(uow.session)):
            return UUID(previous["id"])
        if any(c.municipality_code == municipality_code and c.product_group == product_group
               for c in uow.windows.closed_groups(region_code)):
            raise RuleViolation("already-closed", f"'{product_group}' is al dichtgezet in gemeente "
                                f"{municipality_code}.", field="productGroup", kind=Kind.CONFLICT)
        uow.windows.close_group(closed, actor_of(principal))
        if idem:
            idem.remember(uow.session, {"id": str(closed.id)})
        uow.commit()
    return closed.id


def reopen_group(uow_factory: UowFactory, principal: Principal, region_code: str, closed_id: UUID) -> None:
    check_region_staff(principal, region_code)
    with uow_factory() as uow:
        if closed_id not in {c.id for c in uow.windows.closed_groups(region_code)}:
            raise NotFound("dichtgezette productgroep", closed_id)
        uow.windows.reopen_group(closed_id)
        uow.commit()
