"""Property-based tests of every endpoint from each service's OpenAPI document (Schemathesis):
generated requests, valid and invalid, as an admin and without a token, never get a 5xx;
every error is problem+json with API-Version; every success matches its documented schema."""
from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance
from zorgregio.catalog import SERVICES

EXAMPLES = int(os.environ.get("ZORGREGIO_FUZZ_EXAMPLES", "10"))


def operations(platform, service: str):
    schema = schemathesis.openapi.from_url(f"{platform.api(service)}/openapi.json")
    for result in schema.get_all_operations():
        yield result.ok()


def header(response, name: str) -> str:
    """Schemathesis keeps every header as a list of values."""
    values = {k.lower(): v for k, v in response.headers.items()}.get(name, [""])
    return values[0] if isinstance(values, list) else values


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_generated_requests_never_fail_the_server(platform, service):
    base_url = platform.url(service)
    failures: list[str] = []
    for operation in operations(platform, service):
        for headers in (platform.headers("admin"), {}):
            @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                      suppress_health_check=list(HealthCheck))
            @given(case=operation.as_strategy())
            def check(case) -> None:  # called right below, inside this iteration
                response = case.call(base_url=base_url, headers=headers, timeout=30)  # noqa: B023
                body = response.content[:200].decode("utf-8", "replace")
                label = f"{operation.label} -> {response.status_code}: {body}"  # noqa: B023
                assert response.status_code < 500, label
                assert header(response, "api-version"), label
                if response.status_code >= 400:
                    assert header(response, "content-type").startswith("application/problem+json"), label
                else:
                    case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])

            try:
                check()
            except Exception as exc:  # noqa: BLE001 - collect every operation's failure, then report all
                failures.append(f"{operation.label} ({'admin' if headers else 'anonymous'}): {exc}"[:1500])
    assert not failures, "\n\n".join(failures)
