"""A faster path through the foundation's consumer runner for a high-volume consumer.

The foundation handles a polled batch with a savepoint and an inbox insert per event (three
statements each). Here a batch first goes through one bulk inbox insert and the handlers
without savepoints — the monitoring handlers mostly buffer work that the unit of work writes
in bulk at commit. If anything in that fast path fails, the whole batch is rolled back and
handed to the foundation's per-event path, which isolates the failing event, retries it and
dead-letters it as usual; so the fast path changes speed, never the outcome."""
from __future__ import annotations

import logging
import threading
import time

from kafka.consumer.fetcher import ConsumerRecord
from sqlalchemy import text
from zorgregio.correlation import set_correlation_id
from zorgregio.events.envelope import CloudEvent
from zorgregio.messaging.consumer import (
    DUPLICATES,
    LAG_SECONDS,
    PROCESSED,
    ConsumerRunner,
)
from zorgregio.runtime import ServiceRuntime

log = logging.getLogger(__name__)


class BatchConsumerRunner(ConsumerRunner):
    def handle_batch(self, records: list[ConsumerRecord], stop: threading.Event | None = None) -> None:
        try:
            self._fast_batch(records)
        except Exception as exc:  # noqa: BLE001 - the per-event path sorts it out
            log.info("batch fast path failed; handling the events one by one", extra={"error": str(exc)})
            super().handle_batch(records, stop)

    def _fast_batch(self, records: list[ConsumerRecord]) -> None:
        parsed = [(record, CloudEvent.from_json_bytes(record.value)) for record in records]
        wanted = [(record, event) for record, event in parsed if event.type in self._handlers]
        if not wanted:
            return
        with self._uow_factory() as uow:
            types = {event.id: event.type for _, event in wanted}
            fresh = set(uow.session.execute(text(
                "INSERT INTO inbox (consumer, event_id, event_type) SELECT :consumer, * FROM "
                "unnest(CAST(:ids AS text[]), CAST(:types AS text[])) ON CONFLICT DO NOTHING RETURNING event_id"),
                {"consumer": self._group_id, "ids": list(types), "types": list(types.values())}).scalars())
            handled = []
            for record, event in wanted:
                if event.id not in fresh:
                    DUPLICATES.labels(record.topic).inc()
                    continue
                fresh.discard(event.id)  # a second copy in the same batch is a duplicate too
                handled.append((record, event))
                set_correlation_id(event.correlationid)
                try:
                    self._handlers[event.type](uow, event)
                finally:
                    set_correlation_id(None)
            uow.commit()
        now = time.time()
        for record, event in handled:
            PROCESSED.labels(record.topic, event.type).inc()
            LAG_SECONDS.observe(max(now - event.time.timestamp(), 0))


class MonitorRuntime(ServiceRuntime):
    """The service runtime with the batch consumer above."""

    def _run_consumer(self, stop: threading.Event) -> None:
        from zorgregio.messaging.kafka import make_consumer

        self._wait_for_topics(stop)
        self.consumer = BatchConsumerRunner(
            consumer_factory=lambda: make_consumer(self.settings, self.topics, self.settings.service_name),
            producer=self.producer, uow_factory=self.uow, handlers=self.handlers,
            group_id=self.settings.service_name, max_attempts=self.settings.consumer_max_attempts,
            backoff_seconds=self.settings.consumer_backoff_seconds,
        )
        self.consumer.run(stop)
