"""What one service instance runs: its database, its unit of work, the outbox relay, the
consumer of the events it reacts to, and periodic jobs — wired once, started and stopped
by the app's lifespan (or by the CLI for a worker-only process)."""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from zorgregio.config import ServiceSettings
from zorgregio.db import make_engine, make_session_factory
from zorgregio.messaging.consumer import ConsumerRunner, Handler
from zorgregio.messaging.kafka import ensure_topics, make_consumer, make_producer
from zorgregio.messaging.relay import OutboxRelay
from zorgregio.messaging.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)
Worker = Callable[[threading.Event], None]


@dataclass
class PeriodicJob:
    """A job run every `interval_seconds` in its own unit of work (stale detection, gaps…)."""

    name: str
    interval_seconds: float
    run_once: Callable[[], object]

    def __call__(self, stop: threading.Event) -> None:
        while not stop.wait(self.interval_seconds):
            try:
                self.run_once()
            except Exception:
                log.exception("periodic job failed", extra={"job": self.name})


@dataclass
class ServiceRuntime:
    settings: ServiceSettings
    uow_class: type[UnitOfWork] = UnitOfWork
    handlers: Mapping[str, Handler] = field(default_factory=dict)
    topics: list[str] = field(default_factory=list)
    jobs: list[PeriodicJob] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.engine: Engine = make_engine(self.settings)
        self.session_factory: sessionmaker[Session] = make_session_factory(self.engine)
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._producer = None
        self.consumer: ConsumerRunner | None = None

    def uow(self) -> UnitOfWork:
        return self.uow_class(self.session_factory, source=f"/zorgregio/{self.settings.service_name}")

    def relay(self) -> OutboxRelay:
        return OutboxRelay(self.engine, lambda: make_producer(self.settings),
                           linger_seconds=self.settings.relay_linger_ms / 1000)

    @property
    def producer(self):
        if self._producer is None:
            self._producer = make_producer(self.settings)
        return self._producer

    def start(self) -> None:
        """Start relay, consumer and jobs in background threads (each survives broker outages)."""
        self._stop.clear()
        workers: list[tuple[str, Worker]] = []
        if self.settings.relay_enabled:
            workers.append(("relay", self._run_relay))
        if self.settings.consumers_enabled and self.handlers:
            workers.append(("consumer", self._run_consumer))
        workers += [(job.name, job) for job in self.jobs]
        for name, worker in workers:
            thread = threading.Thread(target=worker, args=(self._stop,), name=f"{self.settings.service_name}-{name}",
                                      daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout)
        self._threads.clear()
        if self._producer is not None:
            self._producer.close(timeout=5)
            self._producer = None
        self.engine.dispose()

    def _run_relay(self, stop: threading.Event) -> None:
        self._wait_for_topics(stop)
        self.relay().run(stop)

    def _run_consumer(self, stop: threading.Event) -> None:
        self._wait_for_topics(stop)
        self.consumer = ConsumerRunner(
            consumer_factory=lambda: make_consumer(self.settings, self.topics, self.settings.service_name),
            producer=self.producer, uow_factory=self.uow, handlers=self.handlers,
            group_id=self.settings.service_name, max_attempts=self.settings.consumer_max_attempts,
            backoff_seconds=self.settings.consumer_backoff_seconds,
        )
        self.consumer.run(stop)

    def _wait_for_topics(self, stop: threading.Event) -> None:
        if not self.settings.kafka_create_topics:
            return
        delay = 0.2
        while not stop.is_set():
            try:
                ensure_topics(self.settings)
                return
            except Exception as exc:  # noqa: BLE001 - the broker may come up later
                log.warning("broker not reachable yet", extra={"error": str(exc)})
                stop.wait(delay)
                delay = min(delay * 2, 5.0)
