"""Public search: no token, no personal data. Answers are rendered once and cached until
the data changes (see `adapters/search_cache.py`)."""
from __future__ import annotations

import json
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from prometheus_client import Counter

from availability_service.adapters.search_cache import SearchCache, cache_for
from availability_service.api.errors import PROBLEMS
from availability_service.api.fast_path import cache_key
from availability_service.api.schemas import SearchResponse
from availability_service.views import SearchQuery, search

router = APIRouter(tags=["search"])
CACHE_RESULTS = Counter("availability_search_cache_total", "Search answers served from the cache or rendered",
                        ["result"])
HIT, MISS = CACHE_RESULTS.labels("hit"), CACHE_RESULTS.labels("miss")


def _cache(request: Request) -> SearchCache | None:
    runtime = request.app.state.runtime
    if not runtime.settings.search_cache_enabled:
        return None
    return cache_for(str(runtime.engine.url))


def _render(request: Request, query: SearchQuery) -> bytes:
    cache = _cache(request)
    engine = request.app.state.runtime.engine
    with engine.connect() as conn:
        result = search(conn, query, cache, engine)
    return json.dumps(result, ensure_ascii=False, separators=(",", ":")).encode()


@router.get("/search", response_model=SearchResponse, summary="Find available care",
            responses={400: PROBLEMS[400]})
async def search_entries(
    request: Request,
    product_code: Annotated[str | None, Query(alias="productCode", pattern=r"^[0-9]{2}[A-Za-z0-9]{1,8}$")] = None,
    category: Annotated[str | None, Query(pattern=r"^[0-9]{2}$", description="iJw category")] = None,
    product_group: Annotated[str | None, Query(alias="productGroup", max_length=100)] = None,
    municipality: Annotated[str | None, Query(pattern=r"^[0-9]{4}$", description="CBS code")] = None,
    age: Annotated[int | None, Query(ge=0, le=23, description="The child's age")] = None,
    specialism: Annotated[str | None, Query(max_length=50)] = None,
    accepting_now: Annotated[bool | None, Query(alias="acceptingNow")] = None,
    q: Annotated[str | None, Query(max_length=100, description="Free text over provider and product names")] = None,
    sort: Annotated[Literal["wait", "name", "freshness"], Query()] = "wait",
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Response:
    query = SearchQuery(product_code, category, product_group, municipality, age, specialism, accepting_now,
                        (q or "").strip() or None, sort, limit, cursor)
    cache = _cache(request)
    if cache is None:
        return Response(await run_in_threadpool(_render, request, query), media_type="application/json")
    # Keyed on the query string as sent, so the fast path (api/fast_path.py) finds it again.
    key = cache_key(request.scope["query_string"])[0]
    version = cache.version(municipality, product_code)
    body = cache.get(key, version)
    if body is None:
        MISS.inc()
        body = await run_in_threadpool(_render, request, query)
        cache.put(key, version, body)
    else:
        HIT.inc()
    return Response(body, media_type="application/json")
