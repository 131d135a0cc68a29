"""Handlers for enforcement: impose a measure on an admitted provider, lift it."""
from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from uuid import UUID

from zorgregio.events.admission import (
    ClientStopLifted,
    ClientStopStarted,
    ProviderExited,
    ProviderSuspended,
    SuspensionLifted,
)
from zorgregio.security.principal import Principal

from admission_service.domain.enforcement import Enforcement, EnforcementKind, impose
from admission_service.domain.errors import NotFound
from admission_service.service_layer.common import (
    UowFactory,
    actor_of,
    check_region_staff,
    now,
)


def impose_enforcement(uow_factory: UowFactory, principal: Principal, provider_id: UUID, *, region_code: str,
                       kind: EnforcementKind, starts_on: date, reason: str, ends_on: date | None = None,
                       amount: Decimal | None = None, municipality_codes: list[str] | None = None) -> UUID:
    check_region_staff(principal, region_code)
    with uow_factory() as uow:
        if uow.providers.get(provider_id) is None:
            raise NotFound("zorgaanbieder", provider_id)
        measure = impose(
            enforcement_id=uuid.uuid4(), provider_id=provider_id, region_code=region_code, kind=kind,
            starts_on=starts_on, reason=reason, ends_on=ends_on, amount=amount,
            municipality_codes=municipality_codes or [],
            admitted_municipalities=uow.applications.admitted_municipalities(provider_id, region_code),
            active=uow.enforcements.for_provider(provider_id, region_code), actor=actor_of(principal), at=now())
        uow.enforcements.save(measure)
        _emit_started(uow, measure)
        if kind is EnforcementKind.EXIT:
            uow.applications.end_admissions(provider_id, region_code, measure.municipality_codes, starts_on)
        uow.commit()
    return measure.id


def lift_enforcement(uow_factory: UowFactory, principal: Principal, enforcement_id: UUID, *, lifted_on: date,
                     reason: str) -> None:
    with uow_factory() as uow:
        measure = uow.enforcements.get(enforcement_id, lock=True)
        if measure is None:
            raise NotFound("maatregel", enforcement_id)
        check_region_staff(principal, measure.region_code)
        measure.lift(lifted_on, reason, actor_of(principal))
        uow.enforcements.save(measure)
        common = {"provider_id": measure.provider_id, "region_code": measure.region_code,
                  "enforcement_id": measure.id, "lifted_on": lifted_on}
        if measure.kind is EnforcementKind.CLIENT_STOP:
            uow.emit(ClientStopLifted(**common))
        elif measure.kind is EnforcementKind.SUSPENSION:
            uow.emit(SuspensionLifted(**common))
        uow.commit()


def _emit_started(uow, m: Enforcement) -> None:
    common = {"provider_id": m.provider_id, "region_code": m.region_code, "enforcement_id": m.id, "reason": m.reason}
    if m.kind is EnforcementKind.CLIENT_STOP:
        uow.emit(ClientStopStarted(starts_on=m.starts_on, **common))
    elif m.kind is EnforcementKind.SUSPENSION:
        uow.emit(ProviderSuspended(starts_on=m.starts_on, ends_on=m.ends_on, **common))
    elif m.kind is EnforcementKind.EXIT:
        uow.emit(ProviderExited(exit_on=m.starts_on, municipality_codes=m.municipality_codes, **common))
