"""Annotated dependency aliases of the admission API."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated
from uuid import UUID

from fastapi import Depends, Query, Request
from fastapi.routing import APIRoute
from sqlalchemy.orm import Session
from zorgregio.api.pagination import decode_cursor
from zorgregio.api.problems import ProblemError
from zorgregio.security.deps import Authenticated, require
from zorgregio.security.principal import Principal, Role

from admission_service.config import Settings
from admission_service.service_layer.common import UowFactory


def _uow_factory(request: Request) -> UowFactory:
    return request.app.state.runtime.uow


def _session(request: Request) -> Iterator[Session]:
    with request.app.state.runtime.session_factory() as session:
        yield session


def _settings(request: Request) -> Settings:
    return request.app.state.runtime.settings


UowDep = Annotated[UowFactory, Depends(_uow_factory)]
SessionDep = Annotated[Session, Depends(_session)]
SettingsDep = Annotated[Settings, Depends(_settings)]
AnyUser = Authenticated
RegionStaff = Annotated[Principal, Depends(require(Role.REGION_ASSESSOR, Role.REGION_CONTRACT_MANAGER))]
RegionReader = Annotated[Principal, Depends(require(Role.REGION_ASSESSOR, Role.REGION_CONTRACT_MANAGER,
                                                    Role.REGION_ANALYST))]
ProviderUser = Annotated[Principal, Depends(require(Role.PROVIDER))]
ProviderOrStaff = Annotated[Principal, Depends(require(Role.PROVIDER, Role.REGION_ASSESSOR,
                                                       Role.REGION_CONTRACT_MANAGER))]
ProviderOrRegion = Annotated[Principal, Depends(require(Role.PROVIDER, Role.REGION_ASSESSOR,
                                                        Role.REGION_CONTRACT_MANAGER, Role.REGION_ANALYST))]


def _problem(description: str) -> dict:
    return {"description": description, "content": {"application/problem+json": {}}}


def problems(*statuses: int) -> dict[int | str, dict]:
    """The error answers a route declares (every one is problem+json)."""
    texts = {400: "Invalid input; the field is named", 401: "No valid token", 403: "Wrong role or not yours",
             404: "Not found", 409: "Not possible in the current status (named)", 413: "File too large",
             415: "File type not accepted (checked by content)", 422: "Breaks an admission rule (named)"}
    return {status: _problem(texts[status]) for status in (400, 401, 403, *statuses)}


RegionQuery = Annotated[str | None, Query(alias="regionCode", pattern=r"^[A-Z]{2,10}$")]
RequiredRegionQuery = Annotated[str, Query(alias="regionCode", pattern=r"^[A-Z]{2,10}$")]
ProviderQuery = Annotated[UUID | None, Query(alias="providerId")]


def operation_id(route: APIRoute) -> str:
    """Readable operation ids for the generated TypeScript client: `create_provider` → `createProvider`."""
    head, *rest = route.name.split("_")
    return head + "".join(part.title() for part in rest)


def cursor_values(cursor: str | None, *types: type) -> list | None:
    """The keyset values of a cursor, converted; a cursor of another shape is refused (400)."""
    values = decode_cursor(cursor)
    if values is None:
        return None
    try:
        if len(values) != len(types):
            raise ValueError("wrong length")
        return [kind.fromisoformat(v) if hasattr(kind, "fromisoformat") else kind(v)
                for kind, v in zip(types, values, strict=False)]
    except (AttributeError, TypeError, ValueError):
        raise ProblemError.for_field("cursor", "invalid-cursor", "De cursor is ongeldig of verlopen.") from None
