"""Fixtures for the foundation's own tests: two small "services" (a producer and a consumer)
each with its own real database, on the session's real broker."""
from __future__ import annotations

import time
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, Text, create_engine, select
from zorgregio.config import ServiceSettings
from zorgregio.messaging.tables import metadata as messaging_metadata

effects_metadata = MetaData()
effects = Table("effects", effects_metadata, Column("event_id", Text, primary_key=True),
                Column("counter", Integer, nullable=False))


def make_database(databases, prefix: str) -> str:
    url = databases.create(prefix)
    engine = create_engine(ServiceSettings(service_name="x", base_path="/x", database_url=url).database_url)
    messaging_metadata.create_all(engine)
    effects_metadata.create_all(engine)
    engine.dispose()
    return url


@pytest.fixture
def settings_for(databases, service_env) -> Callable[..., ServiceSettings]:
    def make(name: str, **overrides) -> ServiceSettings:
        url = make_database(databases, name)
        values = service_env(url, **overrides)
        return ServiceSettings(service_name=f"{name}-{uuid.uuid4().hex[:6]}", base_path=f"/{name}/api/v1", **values)

    return make


def wait_until(condition: Callable[[], object], timeout: float = 20.0, interval: float = 0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s")


def effect_rows(runtime) -> dict[str, int]:
    with runtime.engine.connect() as conn:
        return {row.event_id: row.counter for row in conn.execute(select(effects))}
