"""The whole platform for end-to-end tests: a Tansu broker, the development issuer and the
four services as separate processes on free ports, each with a fresh database on the test
PostgreSQL server. Tests talk to it only through the public REST APIs."""
from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterator
from typing import TypeVar

import httpx
import pytest
from zorgregio.stack import PlatformStack

T = TypeVar("T")


@pytest.fixture(scope="session")
def platform(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PlatformStack]:
    stack = PlatformStack(os.environ.get("ZORGREGIO_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres"),
                          tmp_path_factory.mktemp("platform"), database_prefix=f"zt_e2e_{uuid.uuid4().hex[:8]}_")
    try:
        yield stack.start()
    finally:
        stack.stop()
        stack.drop_databases()


@pytest.fixture(scope="session")
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=30) as client:
        yield client


def eventually(probe: Callable[[], T | None], timeout: float = 30.0, interval: float = 0.2) -> T:
    """Poll until `probe` returns something truthy (events take a moment to flow)."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = probe()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError(f"not reached within {timeout}s (last: {last!r})")
