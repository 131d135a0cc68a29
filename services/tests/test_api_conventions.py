"""API conventions and token checks through a small app built with the service app factory:
problem+json for every client error, API-Version on every answer, 401 and 403 as they should."""
from __future__ import annotations

import time
import uuid
from typing import Annotated

import pytest
from conftest import make_database
from fastapi import APIRouter, Depends, Query
from fastapi.testclient import TestClient
from pydantic import Field
from sqlalchemy import create_engine, text
from zorgregio.api.app import create_service_app
from zorgregio.api.idempotency import IdempotencyKeyDep
from zorgregio.api.pagination import Page, decode_cursor, encode_cursor
from zorgregio.api.schemas import ApiModel
from zorgregio.config import ServiceSettings
from zorgregio.runtime import ServiceRuntime
from zorgregio.security.deps import require
from zorgregio.security.dev_keys import DevKeyStore, token_claims
from zorgregio.security.principal import Principal, Role

router = APIRouter()
MUNICIPALITY = "0355"


class ThingCreate(ApiModel):
    display_name: str = Field(min_length=1, max_length=40)
    amount: int = Field(ge=0, le=100)


class ThingPublic(ApiModel):
    id: str
    display_name: str


@router.post("/things", status_code=201, response_model=ThingPublic)
def create_thing(body: ThingCreate, idem: IdempotencyKeyDep,
                 principal: Annotated[Principal, Depends(require(Role.ACCESS_TEAM))]) -> ThingPublic:
    return ThingPublic(id=str(uuid.uuid4()), display_name=body.display_name)


@router.get("/municipalities/{code}/things", response_model=Page[ThingPublic])
def list_things(code: str, principal: Annotated[Principal, Depends(require(Role.ACCESS_TEAM, Role.BACKOFFICE))],
                limit: Annotated[int, Query(ge=1, le=100)] = 20, cursor: str | None = None) -> Page[ThingPublic]:
    from zorgregio.api.problems import Forbidden

    if not principal.may_act_for_municipality(code):
        raise Forbidden("Alleen gegevens van de eigen gemeente.")
    start = (decode_cursor(cursor) or [0])[0]
    items = [ThingPublic(id=str(i), display_name=f"ding {i}") for i in range(start, min(start + limit, 30))]
    return Page(items=items, next_cursor=encode_cursor([start + limit]) if start + limit < 30 else None)


engines = {}


@router.get("/numbers/{value}")
def echo_number(value: int) -> dict:
    """Deliberately unbounded: the database refuses what validation let through."""
    with engines["database"].connect() as conn:
        return {"value": conn.execute(text("SELECT CAST(:v AS integer)"), {"v": value}).scalar_one()}


@router.get("/unreachable")
def read_from_a_database_that_is_away() -> dict:
    with engines["away"].connect():
        return {}


@pytest.fixture(scope="module")
def client(databases, service_env):
    settings = ServiceSettings(service_name="demo", base_path="/demo/api/v1",
                               **service_env(make_database(databases, "api")))
    engines["database"] = create_engine(settings.database_url)
    engines["away"] = create_engine("postgresql+psycopg://postgres@127.0.0.1:1/away", connect_args={"connect_timeout": 2})
    app = create_service_app(ServiceRuntime(settings), [router], title="Demo", description="Demo",
                             start_workers=False)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.headers["api-version"] == "1.0.0"
    body = response.json()
    assert body["status"] == status and body["title"]
    return body


def test_valid_token_is_accepted_and_answer_has_api_version(client, issuer):
    response = client.post("/demo/api/v1/things", json={"displayName": "a", "amount": 3},
                           headers=issuer.headers("access_team", municipality_code=MUNICIPALITY))
    assert response.status_code == 201
    assert response.headers["api-version"] == "1.0.0"
    assert response.json()["displayName"] == "a"


def test_missing_token_is_401_problem(client):
    body = assert_problem(client.post("/demo/api/v1/things", json={"displayName": "a", "amount": 1}), 401)
    assert body["code"] == "token-missing"


def test_expired_token_is_401(client, issuer):
    claims = token_claims(issuer=issuer.url, audience="zorgregio", role="access_team",
                          municipality_code=MUNICIPALITY, issued_at=int(time.time()) - 7200, lifetime_seconds=60)
    response = client.post("/demo/api/v1/things", json={"displayName": "a", "amount": 1},
                           headers={"Authorization": f"Bearer {issuer.keys.sign(claims)}"})
    assert assert_problem(response, 401)["code"] == "token-expired"


def test_wrong_signature_is_401(client, issuer, tmp_path):
    other_keys = DevKeyStore(tmp_path / "other")
    forged = other_keys.sign(token_claims(issuer=issuer.url, audience="zorgregio", role="admin"))
    response = client.get(f"/demo/api/v1/municipalities/{MUNICIPALITY}/things",
                          headers={"Authorization": f"Bearer {forged}"})
    assert_problem(response, 401)


def test_wrong_audience_is_401(client, issuer):
    token = issuer.keys.sign(token_claims(issuer=issuer.url, audience="someone-else", role="admin"))
    response = client.get(f"/demo/api/v1/municipalities/{MUNICIPALITY}/things",
                          headers={"Authorization": f"Bearer {token}"})
    assert assert_problem(response, 401)["code"] == "token-audience"


def test_rotated_key_is_picked_up_without_restart(client, issuer):
    issuer.keys.rotate()
    response = client.get(f"/demo/api/v1/municipalities/{MUNICIPALITY}/things",
                          headers=issuer.headers("backoffice", municipality_code=MUNICIPALITY))
    assert response.status_code == 200


def test_missing_role_is_403(client, issuer):
    response = client.post("/demo/api/v1/things", json={"displayName": "a", "amount": 1},
                           headers=issuer.headers("referrer"))
    assert assert_problem(response, 403)["code"] == "role-missing"


def test_wrong_scope_is_403(client, issuer):
    response = client.get("/demo/api/v1/municipalities/0200/things",
                          headers=issuer.headers("backoffice", municipality_code=MUNICIPALITY))
    assert_problem(response, 403)


def test_role_without_its_scope_claim_is_403(client, issuer):
    response = client.get(f"/demo/api/v1/municipalities/{MUNICIPALITY}/things", headers=issuer.headers("backoffice"))
    assert assert_problem(response, 403)["code"] == "token-scope"


def test_validation_errors_list_each_invalid_parameter(client, issuer):
    response = client.post("/demo/api/v1/things", json={"displayName": "", "amount": 101},
                           headers=issuer.headers("access_team", municipality_code=MUNICIPALITY))
    body = assert_problem(response, 400)
    names = {p["name"] for p in body["invalidParams"]}
    assert names == {"displayName", "amount"}
    assert all(p["reason"] and p["code"] for p in body["invalidParams"])


def test_bad_query_parameter_and_bad_cursor_are_400(client, issuer):
    headers = issuer.headers("backoffice", municipality_code=MUNICIPALITY)
    body = assert_problem(client.get(f"/demo/api/v1/municipalities/{MUNICIPALITY}/things?limit=0", headers=headers), 400)
    assert body["invalidParams"][0]["name"] == "limit"
    body = assert_problem(client.get(f"/demo/api/v1/municipalities/{MUNICIPALITY}/things?cursor=%%%", headers=headers), 400)
    assert body["invalidParams"][0]["name"] == "cursor"


def test_value_the_database_refuses_is_400_not_500(client):
    body = assert_problem(client.get("/demo/api/v1/numbers/99999999999999"), 400)
    assert body["code"] == "invalid-value"


def test_database_away_is_503_with_retry_after(client):
    response = client.get("/demo/api/v1/unreachable")
    assert_problem(response, 503)
    assert response.headers["retry-after"]


def test_malformed_json_is_400(client, issuer):
    response = client.post("/demo/api/v1/things", content=b"{not json",
                           headers={**issuer.headers("access_team", municipality_code=MUNICIPALITY),
                                    "Content-Type": "application/json"})
    assert_problem(response, 400)


def test_cursor_pagination_walks_all_items(client, issuer):
    headers = issuer.headers("backoffice", municipality_code=MUNICIPALITY)
    seen, cursor = [], None
    while True:
        page = client.get(f"/demo/api/v1/municipalities/{MUNICIPALITY}/things",
                          params={"limit": 7, **({"cursor": cursor} if cursor else {})}, headers=headers).json()
        seen += [item["id"] for item in page["items"]]
        cursor = page["nextCursor"]
        if not cursor:
            break
    assert seen == [str(i) for i in range(30)]


def test_unknown_route_and_method_are_problems(client):
    assert_problem(client.get("/demo/api/v1/no-such-thing"), 404)
    assert_problem(client.get("/nowhere"), 404)
    assert_problem(client.delete("/demo/api/v1/things"), 405)


def test_openapi_health_and_metrics(client):
    spec = client.get("/demo/api/v1/openapi.json")
    assert spec.status_code == 200 and "/demo/api/v1/things" in spec.json()["paths"]
    assert spec.headers["api-version"] == "1.0.0"
    assert client.get("/health").json() == {"status": "ok"}
    assert client.get("/ready").json() == {"database": "ok", "broker": "ok"}
    metrics = client.get("/metrics")
    assert metrics.status_code == 200 and b"# TYPE zorgregio_http_requests_total" in metrics.content


def test_correlation_id_is_echoed(client):
    response = client.get("/health", headers={"X-Correlation-ID": "abc-123"})
    assert response.headers["x-correlation-id"] == "abc-123"
