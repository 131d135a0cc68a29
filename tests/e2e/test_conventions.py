"""Every service of the running platform keeps the API conventions: OpenAPI at its base path,
API-Version on every answer, problem+json for unknown routes and for any write whose required body is empty,
/health, /ready and /metrics."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from zorgregio.catalog import SERVICES

ROOT = Path(__file__).resolve().parents[2]
DUMMY_ID = "00000000-0000-4000-8000-000000000001"
pytestmark = pytest.mark.parametrize("service", sorted(SERVICES))


def test_openapi_and_api_version(platform, http, service):
    response = http.get(f"{platform.api(service)}/openapi.json")
    assert response.status_code == 200 and response.json()["paths"]
    assert response.headers["api-version"]


def test_web_app_client_is_generated_from_the_current_document(platform, http, service):
    """frontend/openapi/ is what the web app's typed client is generated from (`make openapi`)."""
    committed = json.loads((ROOT / "frontend" / "openapi" / f"{service}.json").read_text())
    assert http.get(f"{platform.api(service)}/openapi.json").json() == committed, "run `make openapi`"


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


def test_every_write_with_an_empty_body_is_a_4xx_problem(platform, http, service):
    """Every POST, PUT and PATCH that requires a body, sent `{}` (path parameters filled with a
    dummy id), anonymously and as admin. An action without a body (e.g. rebuild) may succeed."""
    spec = http.get(f"{platform.api(service)}/openapi.json").json()
    writes = [(method, re.sub(r"\{[^}]+\}", DUMMY_ID, path)) for path, item in spec["paths"].items()
              for method, operation in item.items()
              if method in ("post", "put", "patch") and operation.get("requestBody", {}).get("required")]
    assert writes, "every service has writes that take a body"
    for method, path in writes:
        for headers in ({}, platform.headers("admin")):
            response = http.request(method.upper(), f"{platform.url(service)}{path}", json={}, headers=headers)
            assert 400 <= response.status_code < 500, (method, path, response.status_code, response.text[:300])
            assert response.headers["content-type"].startswith("application/problem+json"), path
            assert response.headers["api-version"], path
