"""Unit of work: the only place a transaction commits. Events recorded during the unit are
written to the outbox in the same transaction as the business change, and the relay is
woken with NOTIFY, which PostgreSQL delivers only when that transaction commits."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Self

from sqlalchemy import insert, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from zorgregio.correlation import get_correlation_id
from zorgregio.db import DriverStatement
from zorgregio.events.envelope import CloudEvent, EventData
from zorgregio.messaging.tables import NOTIFY_CHANNEL, inbox, outbox


class UnitOfWork:
    def __init__(self, session_factory: Callable[[], Session], source: str) -> None:
        self._session_factory = session_factory
        self.source = source
        self._pending: list[CloudEvent] = []
        self._pipelined = False

    def __enter__(self) -> Self:
        self.session = self._session_factory()
        self._pending = []
        self.open_repositories(self.session)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.rollback()
        self.session.close()

    def open_repositories(self, session: Session) -> None:
        """Subclasses attach their repositories to the session here."""

    @contextmanager
    def pipelined(self) -> Iterator[None]:
        """Send the block's statements, and the outbox rows of the events it emits, without
        waiting for each one's answer (psycopg's pipeline mode): they run together at the end of
        the block, one round trip, where the first error surfaces and aborts the transaction.
        Only driver statements inside (SQLAlchemy's ORM reads a result before it has arrived).
        Commit after the block: a commit releases the session's connection to the pool, and
        another request must not get it while it is still in pipeline mode."""
        self._pipelined = True
        try:
            with self.session.connection().connection.dbapi_connection.pipeline():
                yield
                self.flush_outbox()
        finally:
            self._pipelined = False

    def emit(self, data: EventData) -> CloudEvent:
        event = CloudEvent.wrap(data, source=self.source, correlation_id=get_correlation_id())
        self._pending.append(event)
        return event

    @property
    def pending_events(self) -> list[CloudEvent]:
        return list(self._pending)

    def discard_events_after(self, count: int) -> None:
        """Forget events recorded after the first `count` (used when a savepoint rolls back)."""
        del self._pending[count:]

    def record_inbox(self, consumer: str, event: CloudEvent) -> bool:
        """Record that `consumer` handles `event`; False if it already had (a redelivery)."""
        stmt = (
            pg_insert(inbox)
            .values(consumer=consumer, event_id=event.id, event_type=event.type)
            .on_conflict_do_nothing()
            .returning(inbox.c.event_id)
        )
        return self.session.execute(stmt).first() is not None

    def record_inbox_many(self, consumer: str, events: list[CloudEvent]) -> set[str]:
        """Record several events at once; returns the ids not handled before."""
        cursor = RECORD_INBOX_MANY.execute(self.session, {"consumer": consumer, "ids": [e.id for e in events],
                                                          "types": [e.type for e in events]})
        return {event_id for (event_id,) in cursor.fetchall()}

    def flush_outbox(self) -> None:
        if not self._pending:
            return
        self.session.execute(
            insert(outbox),
            [
                {
                    "event_id": event.id,
                    "topic": topic_of(event),
                    "message_key": event.subject or event.id,
                    "event_type": event.type,
                    "event": event.model_dump(mode="json", exclude_none=True),
                }
                for event in self._pending
            ],
        )
        self.session.execute(select(text(f"pg_notify('{NOTIFY_CHANNEL}', '')")))
        self._pending = []

    def commit(self) -> None:
        if self._pipelined:
            raise RuntimeError("commit after the pipelined block: a commit hands the connection back to the pool")
        self.flush_outbox()
        self.session.commit()

    def rollback(self) -> None:
        self._pending = []
        self.session.rollback()


# One statement whatever the batch's size (a multi-row VALUES would be compiled anew per size).
RECORD_INBOX_MANY = DriverStatement(text(
    f"INSERT INTO {inbox.name} (consumer, event_id, event_type)"
    " SELECT :consumer, e.id, e.type FROM unnest(CAST(:ids AS text[]), CAST(:types AS text[])) AS e(id, type)"
    " ON CONFLICT DO NOTHING RETURNING event_id"))


def topic_of(event: CloudEvent) -> str:
    from zorgregio.events.registry import event_class

    return event_class(event.type).topic.value
