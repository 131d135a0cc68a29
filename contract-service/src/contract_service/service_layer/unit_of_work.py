"""The contracting unit of work (repositories on the foundation's outbox-writing unit) and the
context handlers run in: the runtime, the client vault and a clock."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session
from zorgregio.db import DriverStatement, JsonText
from zorgregio.messaging.tables import NOTIFY_CHANNEL, outbox
from zorgregio.messaging.unit_of_work import UnitOfWork, topic_of
from zorgregio.runtime import ServiceRuntime

from contract_service.adapters.crypto import ClientVault
from contract_service.adapters.repository import Repository
from contract_service.config import Settings


class ContractingUnitOfWork(UnitOfWork):
    repo: Repository

    def open_repositories(self, session: Session) -> None:
        self.repo = Repository(session)

    def flush_outbox(self) -> None:
        """As the foundation's, but the outbox rows and the NOTIFY go in one statement (one round
        trip less on the allocation hot path); one event, the common case, with a statement built once."""
        if not self._pending:
            return
        if len(self._pending) == 1:
            event = self._pending[0]
            ONE_EVENT.execute(self.session, {
                "p_event_id": event.id, "p_topic": topic_of(event), "p_message_key": event.subject or event.id,
                "p_event_type": event.type, "p_event": JsonText(event.model_dump_json(exclude_none=True))})
        else:
            rows = [{"event_id": e.id, "topic": topic_of(e), "message_key": e.subject or e.id, "event_type": e.type,
                     "event": e.model_dump(mode="json", exclude_none=True)} for e in self._pending]
            written = insert(outbox).values(rows).returning(outbox.c.seq).cte("written")
            self.session.execute(select(func.pg_notify(NOTIFY_CHANNEL, "")).add_cte(written))
        self._pending = []


def _one_event_statement():
    columns = ("event_id", "topic", "message_key", "event_type", "event")
    written = insert(outbox).values({c: bindparam(f"p_{c}", type_=outbox.c[c].type) for c in columns}) \
        .returning(outbox.c.seq).cte("written")
    return DriverStatement(select(func.pg_notify(NOTIFY_CHANNEL, "")).add_cte(written))


ONE_EVENT = _one_event_statement()


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class Context:
    """What every command handler needs; built once in `bootstrap`."""

    runtime: ServiceRuntime
    vault: ClientVault
    clock: Callable[[], datetime] = field(default=utcnow)

    @property
    def settings(self) -> Settings:
        return self.runtime.settings  # type: ignore[return-value]

    def uow(self) -> ContractingUnitOfWork:
        return self.runtime.uow()  # type: ignore[return-value]

    def today(self) -> date:
        return self.clock().date()
