"""Consumer runner: one consumer group per service, each event's effect and its inbox row in
one transaction, retries with back-off, then the dead-letter topic; offsets are committed
only after the effects of everything polled are committed.

A polled batch is first handled optimistically: one bulk inbox insert and every handler in one
transaction. If anything in it fails, that transaction is rolled back and the batch goes the
careful way: one transaction with a savepoint per event, so a failing event is isolated,
retried on its own with back-off and, when its attempts run out, sent to `<topic>.dlq` with
the error. The fast path changes speed, never the outcome.

An outage of the database is not the event's fault: such an error is never dead-lettered. It
aborts the batch uncommitted; the loop reconnects and polls the same events again until the
database is back (effects already committed are skipped by the inbox)."""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from kafka import KafkaConsumer, KafkaProducer
from kafka.consumer.fetcher import ConsumerRecord
from prometheus_client import Counter, Histogram
from sqlalchemy import exc as sa_exc

from zorgregio.correlation import set_correlation_id
from zorgregio.events.envelope import CloudEvent
from zorgregio.messaging.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

Handler = Callable[[UnitOfWork, CloudEvent], None]

PROCESSED = Counter("zorgregio_consumer_processed_total", "Events handled", ["topic", "type"])
DUPLICATES = Counter("zorgregio_consumer_duplicates_total", "Redelivered events skipped", ["topic"])
DEAD_LETTERED = Counter("zorgregio_consumer_dead_lettered_total", "Events sent to a dead-letter topic", ["topic"])
LAG_SECONDS = Histogram("zorgregio_consumer_event_age_seconds", "Age of an event when its effect committed",
                        buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 60))


def is_infrastructure_error(error: BaseException) -> bool:
    """True when the database (not the event) is at fault: unreachable, shutting down, a
    connection cut mid-transaction, the pool exhausted, a deadlock or serialization failure."""
    if isinstance(error, (sa_exc.OperationalError, sa_exc.InterfaceError, sa_exc.TimeoutError)):
        return True
    return isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated


@dataclass
class _Failure:
    record: ConsumerRecord
    event: CloudEvent | None
    error: str


class ConsumerRunner:
    def __init__(self, *, consumer_factory: Callable[[], KafkaConsumer], producer: KafkaProducer,
                 uow_factory: Callable[[], UnitOfWork], handlers: Mapping[str, Handler], group_id: str,
                 max_attempts: int = 4, backoff_seconds: float = 0.2) -> None:
        self._consumer_factory = consumer_factory
        self._producer = producer
        self._uow_factory = uow_factory
        self._handlers = handlers
        self._group_id = group_id
        self._max_attempts = max_attempts
        self._backoff = backoff_seconds
        self.ready = threading.Event()

    def run(self, stop: threading.Event) -> None:
        consumer: KafkaConsumer | None = None
        while not stop.is_set():
            try:
                if consumer is None:
                    consumer = self._consumer_factory()
                batch = consumer.poll(timeout_ms=200)
                self.ready.set()
                records = [record for records in batch.values() for record in records]
                if records:
                    self.handle_batch(records, stop)
                    consumer.commit()
            except Exception as exc:  # noqa: BLE001 - the loop survives broker and database outages
                log.warning("consumer loop failed, restarting", extra={"error": str(exc)})
                if consumer is not None:
                    _close_quietly(consumer)
                    consumer = None
                stop.wait(1.0)
        if consumer is not None:
            _close_quietly(consumer)

    def handle_batch(self, records: list[ConsumerRecord], stop: threading.Event | None = None) -> None:
        try:
            self._handle_batch_at_once(records)
        except Exception as exc:  # noqa: BLE001 - the careful path isolates the failing event
            log.info("batch failed as a whole; handling its events one by one", extra={"error": str(exc)})
            self._handle_batch_per_event(records, stop)

    def _handle_batch_at_once(self, records: list[ConsumerRecord]) -> None:
        wanted = [(record, event) for record in records
                  if (event := CloudEvent.from_json_bytes(record.value)).type in self._handlers]
        if not wanted:
            return
        handled = []
        with self._uow_factory() as uow:
            fresh = uow.record_inbox_many(self._group_id, [event for _, event in wanted])
            for record, event in wanted:
                if event.id not in fresh:
                    DUPLICATES.labels(record.topic).inc()
                    continue
                fresh.discard(event.id)  # a second copy in the same batch is a duplicate too
                set_correlation_id(event.correlationid)
                try:
                    self._handlers[event.type](uow, event)
                finally:
                    set_correlation_id(None)
                handled.append((record, event))
            uow.commit()
        now = time.time()
        for record, event in handled:
            PROCESSED.labels(record.topic, event.type).inc()
            LAG_SECONDS.observe(max(now - event.time.timestamp(), 0))

    def _handle_batch_per_event(self, records: list[ConsumerRecord], stop: threading.Event | None) -> None:
        failures: list[_Failure] = []
        with self._uow_factory() as uow:
            for record in records:
                failure = self._handle_in_savepoint(uow, record)
                if failure:
                    failures.append(failure)
            uow.commit()
        for failure in failures:
            self._retry_or_dead_letter(failure, stop)

    def _handle_in_savepoint(self, uow: UnitOfWork, record: ConsumerRecord) -> _Failure | None:
        try:
            event = CloudEvent.from_json_bytes(record.value)
        except ValueError as exc:
            return _Failure(record, None, f"not a CloudEvent: {exc}")
        handler = self._handlers.get(event.type)
        if handler is None:
            return None
        events_before = len(uow.pending_events)
        savepoint = uow.session.begin_nested()
        try:
            self._apply(uow, record, event, handler)
            savepoint.commit()
        except Exception as exc:  # noqa: BLE001 - handled by retry, then dead letter
            if is_infrastructure_error(exc):
                raise
            savepoint.rollback()
            uow.discard_events_after(events_before)
            return _Failure(record, event, f"{type(exc).__name__}: {exc}")
        return None

    def _apply(self, uow: UnitOfWork, record: ConsumerRecord, event: CloudEvent, handler: Handler) -> None:
        set_correlation_id(event.correlationid)
        try:
            if not uow.record_inbox(self._group_id, event):
                DUPLICATES.labels(record.topic).inc()
                return
            handler(uow, event)
            PROCESSED.labels(record.topic, event.type).inc()
            LAG_SECONDS.observe(max(time.time() - event.time.timestamp(), 0))
        finally:
            set_correlation_id(None)

    def _retry_or_dead_letter(self, failure: _Failure, stop: threading.Event | None) -> None:
        error = failure.error
        if failure.event is not None:
            handler = self._handlers[failure.event.type]
            for attempt in range(1, self._max_attempts):
                delay = self._backoff * 2 ** (attempt - 1)
                if stop is not None and stop.wait(delay):
                    raise InterruptedError("stopping before the retry; the offset stays uncommitted")
                if stop is None:
                    time.sleep(delay)
                try:
                    with self._uow_factory() as uow:
                        self._apply(uow, failure.record, failure.event, handler)
                        uow.commit()
                    return
                except Exception as exc:  # noqa: BLE001
                    if is_infrastructure_error(exc):
                        raise
                    error = f"{type(exc).__name__}: {exc}"
        self._dead_letter(failure.record, error)

    def _dead_letter(self, record: ConsumerRecord, error: str) -> None:
        log.error("event dead-lettered", extra={"topic": record.topic, "offset": record.offset, "error": error})
        headers = [
            ("error", error.encode()[:4000]),
            ("consumer-group", self._group_id.encode()),
            ("original-topic", record.topic.encode()),
            ("original-partition", str(record.partition).encode()),
            ("original-offset", str(record.offset).encode()),
            ("attempts", str(self._max_attempts).encode()),
        ]
        self._producer.send(f"{record.topic}.dlq", key=record.key, value=record.value, headers=headers)
        self._producer.flush()
        DEAD_LETTERED.labels(record.topic).inc()


def _close_quietly(consumer: KafkaConsumer) -> None:
    try:
        consumer.close(autocommit=False)
    except Exception:  # noqa: BLE001
        pass


def dead_letter_error(headers: list[tuple[str, bytes]]) -> str | None:
    """The error a dead-lettered message carries (for tools and tests)."""
    return dict(headers).get("error", b"").decode() or None


__all__ = ["ConsumerRunner", "Handler", "dead_letter_error", "is_infrastructure_error"]
