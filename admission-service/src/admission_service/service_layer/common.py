"""What every handler needs: who acts, the clock, and the scope checks of the roles."""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from uuid import UUID

from zorgregio.security.principal import Principal, Role

from admission_service.domain.errors import NotAllowed
from admission_service.domain.model import Actor
from admission_service.service_layer.unit_of_work import AdmissionUnitOfWork

UowFactory = Callable[[], AdmissionUnitOfWork]
REGION_STAFF = frozenset({Role.REGION_ASSESSOR, Role.REGION_CONTRACT_MANAGER})


def now() -> datetime:
    return datetime.now(UTC)


def actor_of(principal: Principal) -> Actor:
    return Actor(principal.subject, principal.role.value)


def check_provider(principal: Principal, provider_id: UUID) -> None:
    if not principal.may_act_for_provider(provider_id):
        raise NotAllowed("Dit hoort bij een andere zorgaanbieder; u ziet en wijzigt alleen uw eigen gegevens.",
                         code="other-provider")


def check_region_staff(principal: Principal, region_code: str) -> None:
    if not (principal.is_admin or (principal.role in REGION_STAFF and principal.region_code == region_code)):
        raise NotAllowed(f"Alleen beoordelaars en contractmanagers van regio {region_code} mogen dit.",
                         code="other-region")


def check_reader(principal: Principal, provider_id: UUID, region_code: str) -> None:
    """The provider itself, or region staff (any region role) of the region."""
    if principal.may_act_for_provider(provider_id) or principal.may_act_for_region(region_code):
        return
    raise NotAllowed("Deze aanmelding is van een andere zorgaanbieder of een andere regio.", code="other-provider")
