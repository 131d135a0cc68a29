"""Public reference for the search form and the provider page: vocabularies, provider detail, gaps."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from zorgregio.api.problems import NotFound

from availability_service.api.deps import ProviderIdPath, RuntimeDep
from availability_service.api.errors import PROBLEMS
from availability_service.api.schemas import GapList, ProviderPublic, Vocabularies
from availability_service.domain.vocabulary import region_settings
from availability_service.service_layer.gaps import current_gaps
from availability_service.views import provider_detail, vocabularies

router = APIRouter(tags=["search"])


@router.get("/vocabularies", response_model=Vocabularies, summary="Codes and labels for the search filters")
def get_vocabularies(runtime: RuntimeDep) -> dict:
    with runtime.engine.connect() as conn:
        return vocabularies(conn)


@router.get("/providers/{providerId}", response_model=ProviderPublic, summary="A provider: contact and all its products",
            responses={404: PROBLEMS[404]})
def get_provider(provider_id: ProviderIdPath, runtime: RuntimeDep) -> dict:
    with runtime.engine.connect() as conn:
        detail = provider_detail(conn, provider_id)
    if detail is None:
        raise NotFound("Deze zorgaanbieder is niet (meer) gecontracteerd.", code="provider-not-found")
    return detail


@router.get("/gaps", response_model=GapList, summary="Municipalities and products without supply within the norm",
            responses={400: PROBLEMS[400]})
def get_gaps(runtime: RuntimeDep,
             region: Annotated[str, Query(pattern=r"^[A-Z0-9]{2,10}$", description="Region code, e.g. ZOU")]) -> dict:
    with runtime.engine.connect() as conn:
        items = current_gaps(conn, region)
    return {"regionCode": region, "normWeeks": region_settings(region).gap_norm_weeks, "items": items}
