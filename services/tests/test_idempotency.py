"""`Idempotency-Key`: a retried write creates one resource; the key reused for another request
is refused. The key is stored in the same transaction as the change."""
from __future__ import annotations

import uuid
from typing import Annotated

import pytest
from conftest import effects, make_database
from fastapi import APIRouter, Depends, Request
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from zorgregio.api.app import create_service_app
from zorgregio.api.idempotency import IdempotencyKeyDep
from zorgregio.api.schemas import ApiModel
from zorgregio.config import ServiceSettings
from zorgregio.runtime import ServiceRuntime
from zorgregio.security.deps import require
from zorgregio.security.principal import Principal, Role

router = APIRouter()


class NoteCreate(ApiModel):
    text: str


@router.post("/notes", status_code=201)
def create_note(body: NoteCreate, request: Request, idem: IdempotencyKeyDep,
                principal: Annotated[Principal, Depends(require(Role.ACCESS_TEAM))]) -> dict:
    runtime: ServiceRuntime = request.app.state.runtime
    with runtime.uow() as uow:
        if idem and (previous := idem.previous(uow.session)):
            return previous
        note_id = str(uuid.uuid4())
        uow.session.execute(effects.insert().values(event_id=note_id, counter=1))
        if idem:
            idem.remember(uow.session, {"id": note_id})
        uow.commit()
    return {"id": note_id}


@pytest.fixture(scope="module")
def app_client(databases, service_env):
    settings = ServiceSettings(service_name="idem", base_path="/idem/api/v1",
                               **service_env(make_database(databases, "idem")))
    runtime = ServiceRuntime(settings)
    app = create_service_app(runtime, [router], title="Idem", description="Idem", start_workers=False)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client, runtime


def notes(runtime: ServiceRuntime) -> int:
    with runtime.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(effects)).scalar_one()


def test_same_key_twice_creates_one_resource(app_client, issuer):
    client, runtime = app_client
    headers = {**issuer.headers("access_team", municipality_code="0200", subject="medewerker-1"),
               "Idempotency-Key": "k-1"}
    before = notes(runtime)
    first = client.post("/idem/api/v1/notes", json={"text": "a"}, headers=headers)
    # a retry with a fresh token of the same user (the token was refreshed in between)
    headers["Authorization"] = issuer.headers("access_team", municipality_code="0200",
                                              subject="medewerker-1")["Authorization"]
    second = client.post("/idem/api/v1/notes", json={"text": "a"}, headers=headers)
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert notes(runtime) == before + 1


def test_key_reused_for_another_request_is_422(app_client, issuer):
    client, runtime = app_client
    headers = {**issuer.headers("access_team", municipality_code="0200", subject="medewerker-2"),
               "Idempotency-Key": "k-2"}
    assert client.post("/idem/api/v1/notes", json={"text": "a"}, headers=headers).status_code == 201
    before = notes(runtime)
    response = client.post("/idem/api/v1/notes", json={"text": "b"}, headers=headers)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["invalidParams"][0]["name"] == "Idempotency-Key"
    assert notes(runtime) == before


def test_keys_are_per_user(app_client, issuer):
    client, runtime = app_client
    before = notes(runtime)
    for subject in ("medewerker-3", "medewerker-4"):
        headers = {**issuer.headers("access_team", municipality_code="0200", subject=subject),
                   "Idempotency-Key": "same-key"}
        assert client.post("/idem/api/v1/notes", json={"text": "a"}, headers=headers).status_code == 201
    assert notes(runtime) == before + 2
