# ruff: noqa: E501  (the table keeps one operation per line)
"""Authorization matrix: every operation of every service × every role, in one table-driven test.

`EXPECTED` is the expectation, written from the routes' dependencies (`require(...)`, and for
the few routes that take any token, the role checks in their views) and checked against the
design: (service, METHOD, path as in the OpenAPI document without the base path) → the roles
allowed, `ANY` (every signed-in role) or `PUBLIC` (no token needed).

The test first asserts that the table covers exactly the operations of the services' OpenAPI
documents, then calls each operation once anonymously and once with a token of each role
(scoped claims: the fixed provider id, municipality 0355, region ZOU; that provider id in
provider paths, dummy ids elsewhere, an empty JSON body) and asserts:
- anonymous on a non-public operation → 401 problem+json;
- a role outside the set → 403 problem+json with code `role-missing` (every service answers a
  role refusal that way; a route that hides a resource outside the caller's scope answers 404
  instead, see `HIDDEN_BY_SCOPE`);
- a role in the set (and anonymous on a public operation) → neither 401 nor a role refusal,
  and never a 5xx (400/403-scope/404/409/422 are fine: the request is dummy).

`DEVIATIONS` lists (operation, role) pairs where a service allows a role that the design says
it should not; the test asserts that these still deviate (so it fails, like a strict xfail,
once the service is fixed, and the pair must then be taken out of `DEVIATIONS`).
"""
from __future__ import annotations

import re

from zorgregio.catalog import SERVICES

ANY = "any"
PUBLIC = "public"
ROLES = ("referrer", "provider", "access_team", "backoffice", "region_assessor", "region_contract_manager",
         "region_analyst", "admin")
PROVIDER_ID = "5a1d0c3e-7b52-4c4e-9a51-6f0d3b2c1a00"
MUNICIPALITY, REGION = "0355", "ZOU"
CLAIMS = {"provider": {"provider_id": PROVIDER_ID}, "access_team": {"municipality_code": MUNICIPALITY},
          "backoffice": {"municipality_code": MUNICIPALITY}, "region_assessor": {"region_code": REGION},
          "region_contract_manager": {"region_code": REGION}, "region_analyst": {"region_code": REGION}}
PATH_VALUES = {"provider_id": PROVIDER_ID, "providerId": PROVIDER_ID, "region_code": REGION, "code": "45A48",
               "aggregate": "inflow"}
DUMMY_ID = "00000000-0000-4000-8000-000000000001"

EXPECTED: dict[tuple[str, str, str], set[str] | str] = {
    ('admission', 'DELETE', '/closed-product-groups/{closed_id}'): {'region_assessor', 'region_contract_manager', 'admin'},
    ('admission', 'DELETE', '/intake-windows/{window_id}'): {'region_assessor', 'region_contract_manager', 'admin'},
    ('admission', 'GET', '/applications'): {'provider', 'region_assessor', 'region_contract_manager', 'region_analyst', 'admin'},
    ('admission', 'GET', '/applications/{application_id}'): {'provider', 'region_assessor', 'region_contract_manager', 'region_analyst', 'admin'},
    ('admission', 'GET', '/applications/{application_id}/evidence/{evidence_id}/content'): {'provider', 'region_assessor', 'region_contract_manager', 'region_analyst', 'admin'},
    ('admission', 'GET', '/closed-product-groups'): ANY,
    ('admission', 'GET', '/enforcements'): {'region_assessor', 'region_contract_manager', 'region_analyst', 'admin'},
    ('admission', 'GET', '/intake-windows'): ANY,
    ('admission', 'GET', '/providers'): {'provider', 'region_assessor', 'region_contract_manager', 'region_analyst', 'admin'},
    ('admission', 'GET', '/providers/{provider_id}'): {'provider', 'region_assessor', 'region_contract_manager', 'region_analyst', 'admin'},
    ('admission', 'GET', '/providers/{provider_id}/enforcements'): {'provider', 'region_assessor', 'region_contract_manager', 'region_analyst', 'admin'},
    ('admission', 'GET', '/regions/{region_code}/admission-rules'): ANY,
    ('admission', 'GET', '/requirements'): ANY,
    ('admission', 'GET', '/requirements/{requirement_id}'): ANY,
    ('admission', 'GET', '/work-queue'): {'region_assessor', 'region_contract_manager', 'region_analyst', 'admin'},
    ('admission', 'PATCH', '/providers/{provider_id}'): {'provider', 'region_assessor', 'region_contract_manager', 'admin'},
    ('admission', 'PATCH', '/requirements/{requirement_id}'): {'region_assessor', 'region_contract_manager', 'admin'},
    ('admission', 'POST', '/applications'): {'provider', 'admin'},
    ('admission', 'POST', '/applications/{application_id}/admission'): {'region_assessor', 'region_contract_manager', 'admin'},
    ('admission', 'POST', '/applications/{application_id}/dialogue'): {'region_assessor', 'region_contract_manager', 'admin'},
    ('admission', 'POST', '/applications/{application_id}/dialogue-sessions'): {'region_assessor', 'region_contract_manager', 'admin'},
    ('admission', 'POST', '/applications/{application_id}/evidence'): {'provider', 'admin'},
    ('admission', 'POST', '/applications/{application_id}/evidence-requests'): {'region_assessor', 'region_contract_manager', 'admin'},
    ('admission', 'POST', '/applications/{application_id}/rejection'): {'region_assessor', 'region_contract_manager', 'admin'},
    ('admission', 'POST', '/applications/{application_id}/screening'): {'region_assessor', 'region_contract_manager', 'admin'},
    ('admission', 'POST', '/applications/{application_id}/verdicts'): {'region_assessor', 'region_contract_manager', 'admin'},
    ('admission', 'POST', '/applications/{application_id}/withdraw'): {'provider', 'admin'},
    ('admission', 'POST', '/closed-product-groups'): {'region_assessor', 'region_contract_manager', 'admin'},
    ('admission', 'POST', '/enforcements/{enforcement_id}/lift'): {'region_assessor', 'region_contract_manager', 'admin'},
    ('admission', 'POST', '/intake-windows'): {'region_assessor', 'region_contract_manager', 'admin'},
    ('admission', 'POST', '/providers'): {'provider', 'region_assessor', 'region_contract_manager', 'admin'},
    ('admission', 'POST', '/providers/{provider_id}/enforcements'): {'region_assessor', 'region_contract_manager', 'admin'},
    ('admission', 'POST', '/requirements'): {'region_assessor', 'region_contract_manager', 'admin'},
    ('availability', 'GET', '/gaps'): PUBLIC,
    ('availability', 'GET', '/providers/{providerId}'): PUBLIC,
    ('availability', 'GET', '/providers/{providerId}/entries'): {'provider', 'admin'},
    ('availability', 'GET', '/search'): PUBLIC,
    ('availability', 'GET', '/vocabularies'): PUBLIC,
    ('availability', 'PATCH', '/providers/{providerId}/entries'): {'provider', 'admin'},
    ('availability', 'POST', '/admin/rebuild'): {'admin'},
    ('availability', 'POST', '/providers/{providerId}/confirm'): {'provider', 'admin'},
    ('availability', 'POST', '/providers/{providerId}/entries'): {'provider', 'admin'},
    ('availability', 'POST', '/providers/{providerId}/entries/{entryId}/confirm'): {'provider', 'admin'},
    ('availability', 'PUT', '/providers/{providerId}/entries/{entryId}'): {'provider', 'admin'},
    ('contracting', 'GET', '/allocations'): {'provider', 'access_team', 'backoffice', 'region_assessor', 'region_contract_manager', 'region_analyst', 'admin'},
    ('contracting', 'GET', '/allocations/{allocation_id}'): {'provider', 'access_team', 'backoffice', 'region_assessor', 'region_contract_manager', 'region_analyst', 'admin'},
    ('contracting', 'GET', '/allocations/{allocation_id}/history'): {'provider', 'access_team', 'backoffice', 'region_assessor', 'region_contract_manager', 'region_analyst', 'admin'},
    ('contracting', 'GET', '/allocations/{allocation_id}/jw301'): {'provider', 'access_team', 'backoffice'},
    ('contracting', 'GET', '/audit-log'): {'admin'},
    ('contracting', 'GET', '/budget-ceilings'): {'access_team', 'backoffice', 'region_assessor', 'region_contract_manager', 'region_analyst', 'admin'},
    ('contracting', 'GET', '/catalogue/products'): PUBLIC,
    ('contracting', 'GET', '/catalogue/products/{code}'): PUBLIC,
    ('contracting', 'GET', '/catalogue/products/{code}/history'): PUBLIC,
    ('contracting', 'GET', '/catalogue/versions'): PUBLIC,
    ('contracting', 'GET', '/contracts'): {'provider', 'region_assessor', 'region_contract_manager', 'region_analyst', 'admin'},
    ('contracting', 'GET', '/contracts/{contract_id}'): {'provider', 'region_assessor', 'region_contract_manager', 'region_analyst', 'admin'},
    ('contracting', 'GET', '/providers/{provider_id}/status'): ANY,
    ('contracting', 'GET', '/tariffs'): PUBLIC,
    ('contracting', 'PATCH', '/catalogue/products/{code}'): {'region_contract_manager', 'admin'},
    ('contracting', 'POST', '/allocations'): {'access_team', 'admin'},
    ('contracting', 'POST', '/allocations/searches'): {'provider', 'access_team', 'backoffice'},
    ('contracting', 'POST', '/allocations/{allocation_id}/acceptance'): {'provider', 'admin'},
    ('contracting', 'POST', '/allocations/{allocation_id}/amendments'): {'access_team', 'admin'},
    ('contracting', 'POST', '/allocations/{allocation_id}/care-start'): {'provider', 'admin'},
    ('contracting', 'POST', '/allocations/{allocation_id}/care-stop'): {'provider', 'admin'},
    ('contracting', 'POST', '/allocations/{allocation_id}/ending'): {'access_team', 'admin'},
    ('contracting', 'POST', '/allocations/{allocation_id}/refusal'): {'provider', 'admin'},
    ('contracting', 'POST', '/allocations/{allocation_id}/withdrawal'): {'access_team', 'admin'},
    ('contracting', 'POST', '/catalogue/merges'): {'region_contract_manager', 'admin'},
    ('contracting', 'POST', '/catalogue/products'): {'region_contract_manager', 'admin'},
    ('contracting', 'POST', '/catalogue/products/{code}/end'): {'region_contract_manager', 'admin'},
    ('contracting', 'POST', '/catalogue/products/{code}/opt-outs'): {'region_contract_manager', 'admin'},
    ('contracting', 'POST', '/catalogue/products/{code}/replacement'): {'region_contract_manager', 'admin'},
    ('contracting', 'POST', '/catalogue/versions'): {'region_contract_manager', 'admin'},
    ('contracting', 'POST', '/contracts'): {'region_contract_manager', 'admin'},
    ('contracting', 'POST', '/contracts/{contract_id}/amendments'): {'region_contract_manager', 'admin'},
    ('contracting', 'POST', '/contracts/{contract_id}/extensions'): {'region_contract_manager', 'admin'},
    ('contracting', 'POST', '/contracts/{contract_id}/signature'): {'region_contract_manager', 'admin'},
    ('contracting', 'POST', '/contracts/{contract_id}/termination'): {'region_contract_manager', 'admin'},
    ('contracting', 'POST', '/tariffs'): {'region_contract_manager', 'admin'},
    ('contracting', 'POST', '/tariffs/indexations'): {'region_contract_manager', 'admin'},
    ('contracting', 'PUT', '/budget-ceilings'): {'backoffice', 'region_contract_manager', 'admin'},
    ('monitoring', 'DELETE', '/subscriptions/{subscription_id}'): {'backoffice', 'admin'},
    ('monitoring', 'GET', '/figures/{aggregate}'): {'access_team', 'backoffice', 'region_assessor', 'region_contract_manager', 'region_analyst', 'admin'},
    ('monitoring', 'GET', '/reports/quarterly'): {'access_team', 'backoffice', 'region_assessor', 'region_contract_manager', 'region_analyst', 'admin'},
    ('monitoring', 'GET', '/signals'): {'access_team', 'backoffice', 'region_assessor', 'region_contract_manager', 'region_analyst', 'admin'},
    ('monitoring', 'GET', '/subscriptions'): {'backoffice', 'admin'},
    ('monitoring', 'GET', '/subscriptions/{subscription_id}'): {'backoffice', 'admin'},
    ('monitoring', 'GET', '/subscriptions/{subscription_id}/deliveries'): {'backoffice', 'admin'},
    ('monitoring', 'POST', '/signals/{signal_id}/acknowledge'): {'region_assessor', 'region_contract_manager', 'region_analyst', 'admin'},
    ('monitoring', 'POST', '/signals/{signal_id}/resolve'): {'region_assessor', 'region_contract_manager', 'region_analyst', 'admin'},
    ('monitoring', 'POST', '/subscriptions'): {'backoffice', 'admin'},
    ('monitoring', 'POST', '/subscriptions/{subscription_id}/replay'): {'backoffice', 'admin'},
    ('monitoring', 'POST', '/subscriptions/{subscription_id}/resume'): {'backoffice', 'admin'},
    ('admission', 'GET', '/health'): PUBLIC,
    ('admission', 'GET', '/metrics'): PUBLIC,
    ('admission', 'GET', '/ready'): PUBLIC,
    ('availability', 'GET', '/health'): PUBLIC,
    ('availability', 'GET', '/metrics'): PUBLIC,
    ('availability', 'GET', '/ready'): PUBLIC,
    ('contracting', 'GET', '/health'): PUBLIC,
    ('contracting', 'GET', '/metrics'): PUBLIC,
    ('contracting', 'GET', '/ready'): PUBLIC,
    ('monitoring', 'GET', '/health'): PUBLIC,
    ('monitoring', 'GET', '/metrics'): PUBLIC,
    ('monitoring', 'GET', '/ready'): PUBLIC,
}

# GET /contracts/{id} looks the contract up within the caller's scope first: whoever may not
# see it (any role outside the region and the provider) gets 404, also for an existing contract.
HIDDEN_BY_SCOPE = {("contracting", "GET", "/contracts/{contract_id}")}

DEVIATIONS: dict[tuple[str, str, str, str], str] = {}


def openapi_operations(platform, http) -> set[tuple[str, str, str]]:
    found = set()
    for service, info in SERVICES.items():
        document = http.get(f"{platform.api(service)}/openapi.json").json()
        for path, item in document["paths"].items():
            for method in item:
                if method in {"get", "post", "put", "patch", "delete"}:
                    found.add((service, method.upper(), path.removeprefix(info.base_path)))
    return found


def url_of(platform, service: str, path: str) -> str:
    concrete = re.sub(r"\{(\w+)\}", lambda m: PATH_VALUES.get(m.group(1), DUMMY_ID), path)
    if path in {"/health", "/ready", "/metrics"}:
        return platform.url(service) + concrete
    return platform.api(service) + concrete


def is_problem(response) -> bool:
    return response.headers.get("content-type", "").startswith("application/problem+json")


def role_refused(response) -> bool:
    return response.status_code == 403 and is_problem(response) and response.json().get("code") == "role-missing"


def call(platform, http, service: str, method: str, path: str, role: str | None, tokens: dict):
    if role and role not in tokens:
        tokens[role] = platform.headers(role, **CLAIMS.get(role, {}))
    headers = tokens[role] if role else {}
    kwargs = {"json": {}} if method in {"POST", "PUT", "PATCH"} else {}
    return http.request(method, url_of(platform, service, path), headers=headers, **kwargs)


def test_table_covers_exactly_the_openapi_operations(platform, http):
    documented = openapi_operations(platform, http)
    assert not documented - EXPECTED.keys(), f"operations missing from the table: {sorted(documented - EXPECTED.keys())}"
    assert not EXPECTED.keys() - documented, f"table rows without an operation: {sorted(EXPECTED.keys() - documented)}"


def test_openapi_documents_state_the_same_roles_as_the_table(platform, http):
    """Each operation's `x-roles` (`*`: any signed-in role; absent: public) is what the table says."""
    differences = []
    for service, info in SERVICES.items():
        document = http.get(f"{platform.api(service)}/openapi.json").json()
        for path, item in document["paths"].items():
            for method, operation in item.items():
                key = (service, method.upper(), path.removeprefix(info.base_path))
                if key not in EXPECTED:
                    continue  # the coverage test reports it
                stated = operation.get("x-roles")
                stated = PUBLIC if stated is None else ANY if stated == ["*"] else set(stated)
                if stated != EXPECTED[key]:
                    differences.append(f"{key}: document {stated}, table {EXPECTED[key]}")
    assert not differences, "\n".join(differences)


def test_authorization_matrix(platform, http):
    assert openapi_operations(platform, http) == EXPECTED.keys(), "the table must cover exactly the OpenAPI operations"
    failures: list[str] = []
    tokens: dict[str, dict[str, str]] = {}
    for (service, method, path), allowed in sorted(EXPECTED.items()):
        operation = f"{service} {method} {path}"
        for role in (None, *ROLES):
            response = call(platform, http, service, method, path, role, tokens)
            got = f"{response.status_code} {response.text[:160]}"
            who = role or "anonymous"
            if response.status_code >= 500:
                failures.append(f"{operation} as {who}: server error {got}")
            elif role is None:
                if allowed == PUBLIC and response.status_code == 401:
                    failures.append(f"{operation} is public but anonymous got {got}")
                if allowed != PUBLIC and not (response.status_code == 401 and is_problem(response)):
                    failures.append(f"{operation} anonymous: expected 401 problem+json, got {got}")
            elif allowed in (PUBLIC, ANY) or role in allowed:
                deviation = DEVIATIONS.get((service, method, path, role))
                if response.status_code == 401 or role_refused(response):
                    failures.append(f"{operation} as {who}: allowed, but refused: {got}"
                                    + (f" (deviation fixed? take it out of DEVIATIONS: {deviation})" if deviation else ""))
            else:
                deviation = DEVIATIONS.get((service, method, path, role))
                if deviation:
                    if role_refused(response):
                        failures.append(f"{operation} as {who}: the deviation is fixed, take it out of DEVIATIONS")
                elif (service, method, path) in HIDDEN_BY_SCOPE:
                    if response.status_code not in (403, 404) or not is_problem(response):
                        failures.append(f"{operation} as {who}: expected 403/404 problem+json, got {got}")
                elif not role_refused(response):
                    failures.append(f"{operation} as {who}: expected 403 role-missing, got {got}")
    assert not failures, f"{len(failures)} authorization failures:\n" + "\n".join(failures)
