"""The outbox relay: publishes committed outbox rows to Kafka in order and marks them.

One relay per service publishes at a time (a transaction-scoped advisory lock), so several
instances of a service can run a relay each without reordering. It wakes on NOTIFY from the
committing transaction and otherwise polls every `idle_seconds`. After a wake-up it lingers
`linger_seconds` so that the commits of a burst go out as one batch: one round of queries and
one produce request instead of one per event (that round, not the event, is what costs)."""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import psycopg
from kafka import KafkaProducer
from prometheus_client import Counter, Gauge
from sqlalchemy import BigInteger, Engine, Integer, Text, any_, bindparam, cast, func, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from tenacity import Retrying, stop_after_delay, wait_exponential

from zorgregio.db import DriverStatement
from zorgregio.messaging.tables import NOTIFY_CHANNEL, outbox
from zorgregio.urls import libpq_url

log = logging.getLogger(__name__)

RELAY_LOCK_ID = 0x5A6F7267  # "Zorg"
PUBLISHED = Counter("zorgregio_outbox_published_total", "Outbox events published to the broker", ["topic"])
PENDING = Gauge("zorgregio_outbox_pending", "Outbox events not yet published")


# Built once: the relay runs them for every batch. The event is read as the text PostgreSQL
# stores and sent as such (no parsing into Python objects and encoding again on the way through).
_LOCK = DriverStatement(select(func.pg_try_advisory_xact_lock(bindparam("lock_id", type_=BigInteger))))
_COLUMNS = (outbox.c.seq, outbox.c.topic, outbox.c.message_key, cast(outbox.c.event, Text))
_PENDING = DriverStatement(select(*_COLUMNS).where(outbox.c.published_at.is_(None)).order_by(outbox.c.seq)
                           .limit(bindparam("batch_size", type_=Integer)))
_COUNT_PENDING = DriverStatement(select(func.count()).select_from(outbox).where(outbox.c.published_at.is_(None)))
_AFTER = DriverStatement(select(*_COLUMNS).where(outbox.c.seq > bindparam("after", type_=BigInteger))
                         .order_by(outbox.c.seq).limit(bindparam("batch_size", type_=Integer)))
_MARK = DriverStatement(update(outbox).where(outbox.c.seq == any_(bindparam("seqs", type_=ARRAY(BigInteger))),
                                             outbox.c.published_at.is_(None)).values(published_at=func.now()))

Row = tuple[int, str, str, str]  # seq, topic, message key, event (JSON text)


class OutboxRelay:
    def __init__(self, engine: Engine, producer_factory: Callable[[], KafkaProducer], batch_size: int = 500,
                 idle_seconds: float = 1.0, linger_seconds: float = 0.0) -> None:
        self._engine = engine
        self._producer_factory = producer_factory
        self._producer: KafkaProducer | None = None
        self._batch_size = batch_size
        self._idle_seconds = idle_seconds
        self._linger_seconds = linger_seconds

    def publish_pending(self) -> int:
        """Publish one batch of unpublished rows; returns how many were published."""
        with self._engine.begin() as conn:
            if not _LOCK.execute(conn, {"lock_id": RELAY_LOCK_ID}).fetchone()[0]:
                return 0
            rows: list[Row] = _PENDING.execute(conn, {"batch_size": self._batch_size}).fetchall()
            if not rows:
                PENDING.set(0)
                return 0
            # a full batch may leave more behind: count them (a partial one left none)
            PENDING.set(_COUNT_PENDING.execute(conn, {}).fetchone()[0] if len(rows) == self._batch_size else len(rows))
            self._send(rows)
            _MARK.execute(conn, {"seqs": [seq for seq, *_ in rows]})
        PENDING.dec(len(rows))
        for _, topic, _, _ in rows:
            PUBLISHED.labels(topic).inc()
        return len(rows)

    def replay(self, give_up_after: float = 120.0) -> int:
        """Publish every outbox row again, in order: rebuilds a context's history in an empty broker.
        A batch the broker refuses (e.g. just after it started) is sent again with back-off; the
        copies it may already hold are skipped by the consumers' inboxes."""
        send = Retrying(stop=stop_after_delay(give_up_after), wait=wait_exponential(multiplier=0.2, max=5),
                        reraise=True, before_sleep=lambda state: log.warning(
                            "replay batch refused by the broker, retrying",
                            extra={"error": str(state.outcome.exception()), "attempt": state.attempt_number}))
        count, last_seq = 0, 0
        while True:
            with self._engine.begin() as conn:
                rows: list[Row] = _AFTER.execute(conn, {"after": last_seq, "batch_size": self._batch_size}).fetchall()
                if not rows:
                    return count
                send(self._send, rows)
                _MARK.execute(conn, {"seqs": [seq for seq, *_ in rows]})
            count += len(rows)
            last_seq = rows[-1][0]

    def _send(self, rows: list[Row]) -> None:
        if self._producer is None:
            self._producer = self._producer_factory()
        producer = self._producer
        futures = [producer.send(topic, key=key.encode(), value=event.encode()) for _, topic, key, event in rows]
        try:
            producer.flush()
            for future in futures:
                future.get(timeout=10)  # raises if the broker did not acknowledge (acks=all)
        except Exception:
            self.close()  # a fresh producer next time: this one may hold a dead connection
            raise

    def close(self) -> None:
        if self._producer is not None:
            self._producer.close(timeout=2)
            self._producer = None

    def run(self, stop: threading.Event) -> None:
        """Publish until `stop` is set; a broker or database failure is retried with back-off."""
        backoff = 0.1
        listener: psycopg.Connection | None = None
        try:
            while not stop.is_set():
                try:
                    if listener is None:
                        listener = psycopg.connect(libpq_url(self._engine.url.render_as_string(False)),
                                                   autocommit=True)
                        listener.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    while not stop.is_set() and self.publish_pending() == self._batch_size:
                        pass
                    backoff = 0.1
                    if any(listener.notifies(timeout=self._idle_seconds, stop_after=1)):
                        stop.wait(self._linger_seconds)  # the rest of the burst commits meanwhile
                        for _ in listener.notifies(timeout=0):  # their NOTIFYs: covered by the next batch
                            pass
                except Exception as exc:  # noqa: BLE001 - keep relaying whatever fails
                    log.warning("outbox relay failed, retrying", extra={"error": str(exc), "backoff": backoff})
                    if listener is not None:
                        listener.close()
                        listener = None
                    stop.wait(backoff)
                    backoff = min(backoff * 2, 5.0)
        finally:
            if listener is not None:
                listener.close()
            self.close()
