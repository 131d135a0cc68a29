"""Handlers for providers: register and change (KvK number and AGB code checked)."""
from __future__ import annotations

import uuid
from uuid import UUID

from zorgregio.api.idempotency import IdempotencyKey
from zorgregio.security.principal import Principal, Role

from admission_service.domain.errors import Kind, NotFound, RuleViolation
from admission_service.domain.model import Provider
from admission_service.service_layer.common import (
    UowFactory,
    actor_of,
    check_provider,
    now,
)


def register_provider(uow_factory: UowFactory, principal: Principal, *, name: str, kvk_number: str,
                      agb_code: str, addresses: list[dict], contacts: list[dict], public_contact: dict,
                      main_contractor_id: UUID | None = None, provider_id: UUID | None = None,
                      idem: IdempotencyKey | None = None) -> UUID:
    """A provider registers itself (its id is the token's); region staff may register any."""
    if principal.role is Role.PROVIDER:
        provider_id = principal.provider_id
    provider = Provider(provider_id or uuid.uuid4(), name, kvk_number, agb_code, addresses, contacts,
                        public_contact, main_contractor_id)
    with uow_factory() as uow:
        if idem and (previous := idem.previous(uow.session)):
            return UUID(previous["id"])
        if uow.providers.get(provider.id) is not None:
            raise RuleViolation("provider-exists", f"Zorgaanbieder {provider.id} bestaat al.", field="id",
                                kind=Kind.CONFLICT)
        _check_unique_and_contractor(uow, provider)
        uow.providers.add(provider, actor_of(principal))
        if idem:
            idem.remember(uow.session, {"id": str(provider.id)})
        uow.commit()
    return provider.id


def update_provider(uow_factory: UowFactory, principal: Principal, provider_id: UUID, changes: dict) -> None:
    with uow_factory() as uow:
        provider = uow.providers.get(provider_id)
        if provider is None:
            raise NotFound("zorgaanbieder", provider_id)
        if principal.role is Role.PROVIDER:
            check_provider(principal, provider_id)
        updated = Provider(**{**vars(provider), **changes})  # validates again
        _check_unique_and_contractor(uow, updated)
        uow.providers.save(updated, actor_of(principal), now())
        uow.commit()


def _check_unique_and_contractor(uow, provider: Provider) -> None:
    if uow.providers.kvk_taken(provider.kvk_number, other_than=provider.id):
        raise RuleViolation("kvk-number-taken", f"KvK-nummer {provider.kvk_number} is al geregistreerd.",
                            field="kvkNumber", kind=Kind.CONFLICT)
    if provider.main_contractor_id is not None:
        main = uow.providers.get(provider.main_contractor_id)
        if main is None:
            raise RuleViolation("main-contractor-unknown", "De hoofdaannemer is niet geregistreerd.",
                                field="mainContractorId")
        if main.main_contractor_id is not None:
            raise RuleViolation("main-contractor-is-subcontractor", "Een onderaannemer kan geen hoofdaannemer zijn.",
                                field="mainContractorId")
