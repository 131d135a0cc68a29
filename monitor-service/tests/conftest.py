"""Fixtures of the monitoring service's tests; the shared ones (broker, databases, issuer,
start_service) come from the zorgregio pytest plugin."""
from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections.abc import Callable, Iterable

import pytest
from kafka import KafkaProducer
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from zorgregio.events.envelope import CloudEvent
from zorgregio.events.registry import event_class
from zorgregio.testing.processes import ServerThread


def wait_until(check: Callable[[], object], timeout: float = 30.0, interval: float = 0.1):
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout}s")
        time.sleep(interval)


class Receiver:
    """A back office's webhook endpoint over real HTTP; records what it got."""

    def __init__(self, status: int = 204) -> None:
        self.status = status
        self.received: list[tuple[dict, bytes, dict[str, str]]] = []
        self._lock = threading.Lock()

        async def hook(request: Request) -> Response:
            body = await request.body()
            with self._lock:
                self.received.append((json.loads(body), body, dict(request.headers)))
            return Response(status_code=self.status)

        self.server = ServerThread(Starlette(routes=[Route("/hook", hook, methods=["POST"])])).start()
        self.url = f"{self.server.url}/hook"

    @staticmethod
    def signed_correctly(secret: str, body: bytes, headers: dict[str, str]) -> bool:
        expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, headers.get("x-zorgregio-signature", ""))


@pytest.fixture(scope="session")
def publish(kafka_broker):
    producer = KafkaProducer(bootstrap_servers=kafka_broker.bootstrap, acks="all")

    def send(events: Iterable[CloudEvent]) -> None:
        for event in events:
            topic = event_class(event.type).topic.value
            producer.send(topic, key=(event.subject or event.id).encode(), value=event.to_json_bytes())
        producer.flush()

    yield send
    producer.close()
