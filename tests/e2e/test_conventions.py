"""Every service of the running platform keeps the API conventions: OpenAPI at its base path,
API-Version on every answer, problem+json for unknown routes and for any POST with an empty
body, /health, /ready and /metrics."""
from __future__ import annotations

import pytest

from zorgregio.catalog import SERVICES

pytestmark = pytest.mark.parametrize("service", sorted(SERVICES))


def test_openapi_and_api_version(platform, http, service):
    response = http.get(f"{platform.api(service)}/openapi.json")
    assert response.status_code == 200 and response.json()["paths"]
    assert response.headers["api-version"]


def test_unknown_route_is_problem(platform, http, service):
    response = http.get(f"{platform.api(service)}/no-such-resource")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.headers["api-version"]


def test_operations_endpoints(platform, http, service):
    assert http.get(f"{platform.url(service)}/health").status_code == 200
    assert http.get(f"{platform.url(service)}/ready").status_code == 200
    metrics = http.get(f"{platform.url(service)}/metrics")
    assert metrics.status_code == 200 and "# TYPE" in metrics.text


def test_every_post_with_empty_body_is_a_4xx_problem(platform, http, service):
    spec = http.get(f"{platform.api(service)}/openapi.json").json()
    posts = [path for path, item in spec["paths"].items() if "post" in item and "{" not in path]
    for path in posts:
        for headers in ({}, platform.headers("admin")):
            response = http.post(f"{platform.url(service)}{path}", json={}, headers=headers)
            assert 400 <= response.status_code < 500, (path, response.status_code, response.text[:300])
            assert response.headers["content-type"].startswith("application/problem+json"), path
            assert response.headers["api-version"], path
