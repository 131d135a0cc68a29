"""Pytest fixtures for every service's tests (registered as a pytest plugin by the package).

Each test run gets its own Tansu broker and its own PostgreSQL databases (created on the
server in `ZORGREGIO_TEST_DATABASE_URL`, default the local one, and dropped afterwards), and a
development issuer whose tokens the services verify through its JWKS over HTTP."""
from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from zorgregio.security.dev_issuer import create_dev_issuer_app
from zorgregio.security.dev_keys import DevKeyStore, token_claims
from zorgregio.testing.processes import ServerThread, TansuBroker, free_port
from zorgregio.urls import database_url, libpq_url

AUDIENCE = "zorgregio"


class Issuer:
    def __init__(self, keys: DevKeyStore, server: ServerThread) -> None:
        self.keys = keys
        self.url = server.url
        self.jwks_url = f"{server.url}/jwks.json"

    def token(self, role: str, **claims: Any) -> str:
        """A signed token for `role`; keyword arguments as in `token_claims` (provider_id=…)."""
        return self.keys.sign(token_claims(issuer=self.url, audience=AUDIENCE, role=role, **claims))

    def headers(self, role: str, **claims: Any) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(role, **claims)}"}


class Databases:
    """Creates throw-away databases on one PostgreSQL server."""

    def __init__(self, server_url: str) -> None:
        self.server_url = libpq_url(server_url)
        self.created: list[str] = []

    def create(self, prefix: str) -> str:
        name = f"zt_{prefix}_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(self.server_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        self.created.append(name)
        return database_url(self.server_url, name)

    def drop_all(self) -> None:
        with psycopg.connect(self.server_url, autocommit=True) as conn:
            for name in self.created:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def kafka_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TansuBroker]:
    broker = TansuBroker(log_path=tmp_path_factory.mktemp("tansu") / "broker.log").start()
    yield broker
    broker.stop()


@pytest.fixture(scope="session")
def databases() -> Iterator[Databases]:
    dbs = Databases(os.environ.get("ZORGREGIO_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres"))
    yield dbs
    dbs.drop_all()


@pytest.fixture(scope="session")
def issuer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Issuer]:
    keys = DevKeyStore(Path(tmp_path_factory.mktemp("dev-keys")))
    port = free_port()
    server = ServerThread(create_dev_issuer_app(keys, issuer=f"http://127.0.0.1:{port}", audience=AUDIENCE),
                          port=port).start()
    yield Issuer(keys, server)
    server.stop()


@pytest.fixture(scope="session")
def service_env(kafka_broker: TansuBroker, issuer: Issuer) -> Callable[..., dict[str, Any]]:
    """Settings values for a service under test, pointing at the test broker and issuer."""

    def make(database_url: str, **overrides: Any) -> dict[str, Any]:
        return {
            "database_url": database_url,
            "kafka_bootstrap_servers": kafka_broker.bootstrap,
            "kafka_max_poll_interval_ms": 3000,
            "kafka_session_timeout_ms": 3000,
            "consumer_backoff_seconds": 0.05,
            "token_issuer": issuer.url,
            "jwks_url": issuer.jwks_url,
            "jwks_refresh_cooldown_seconds": 0,
            **overrides,
        }

    return make


@pytest.fixture(scope="session")
def start_service(databases: Databases, service_env: Callable[..., dict[str, Any]]):
    """`with start_service("contracting", http=True) as svc:` — a migrated, running service."""
    from zorgregio.testing.services import running_service

    def start(name: str, *, http: bool = False, database_url: str | None = None, **overrides: Any):
        url = database_url or databases.create(name)
        return running_service(name, service_env(url, **overrides), http=http)

    return start
