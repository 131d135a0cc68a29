"""`Annotated` dependency aliases of the availability API."""
from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Path, Request
from zorgregio.api.problems import Forbidden
from zorgregio.runtime import ServiceRuntime
from zorgregio.security.deps import require
from zorgregio.security.principal import Principal, Role

from availability_service.service_layer.unit_of_work import AvailabilityUnitOfWork


def _runtime(request: Request) -> ServiceRuntime:
    return request.app.state.runtime


RuntimeDep = Annotated[ServiceRuntime, Depends(_runtime)]
UowFactory = Callable[[], AvailabilityUnitOfWork]
ProviderIdPath = Annotated[uuid.UUID, Path(alias="providerId", description="The provider's id")]
AdminUser = Annotated[Principal, Depends(require(Role.ADMIN))]


def _own_provider(provider_id: ProviderIdPath,
                  principal: Annotated[Principal, Depends(require(Role.PROVIDER))]) -> uuid.UUID:
    """The provider in the path, when the caller may act for it (the provider itself or admin)."""
    if not principal.may_act_for_provider(provider_id):
        raise Forbidden("U kunt alleen de gegevens van uw eigen organisatie wijzigen.", code="not-own-provider")
    return provider_id


OwnProviderId = Annotated[uuid.UUID, Depends(_own_provider)]
