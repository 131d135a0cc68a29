"""`DriverStatement`: a statement compiled once and run on the session's own psycopg connection
takes part in the session's transaction, binds its constants and passes JSON as JSON; a unit of
work's pipelined block sends such statements together and leaves the connection as it found it."""
from __future__ import annotations

import uuid

import pytest
from conftest import make_database
from psycopg.errors import UniqueViolation
from sqlalchemy import bindparam, create_engine, func, insert, select
from zorgregio.config import ServiceSettings
from zorgregio.db import DriverStatement, JsonText, make_session_factory
from zorgregio.messaging.tables import outbox
from zorgregio.messaging.unit_of_work import UnitOfWork

WRITE = DriverStatement(insert(outbox).values(
    event_id=bindparam("p_id", type_=outbox.c.event_id.type), topic="zorgregio.test",
    message_key=bindparam("p_key", type_=outbox.c.message_key.type), event_type="test.written",
    event=bindparam("p_event", type_=outbox.c.event.type)).returning(outbox.c.seq, outbox.c.topic))


def test_driver_statement_runs_in_the_sessions_transaction(databases):
    url = ServiceSettings(service_name="x", base_path="/x", database_url=make_database(databases, "driver")).database_url
    engine = create_engine(url)
    sessions = make_session_factory(engine)
    kept, discarded = str(uuid.uuid4()), str(uuid.uuid4())
    try:
        with sessions() as session:
            row = WRITE.first_mapping(session, {"p_id": kept, "p_key": "k", "p_event": {"a": [1, "twee"]}})
            assert row["topic"] == "zorgregio.test" and row["seq"] > 0  # the constant was bound
            session.commit()
        with sessions() as session:
            WRITE.execute(session, {"p_id": discarded, "p_key": "k", "p_event": {}})
            session.rollback()
        with engine.connect() as conn:
            stored = conn.execute(select(outbox.c.event_id, outbox.c.event)).all()
            assert [(r.event_id, r.event) for r in stored] == [(kept, {"a": [1, "twee"]})]  # JSON, not text
            assert conn.execute(select(func.count()).select_from(outbox)).scalar_one() == 1
    finally:
        engine.dispose()


def test_pipelined_block_writes_together_and_hands_back_a_plain_connection(databases):
    url = ServiceSettings(service_name="x", base_path="/x", database_url=make_database(databases, "pipe")).database_url
    engine = create_engine(url, pool_size=1, max_overflow=0)  # one connection: the next unit gets the same one
    uow = UnitOfWork(make_session_factory(engine), source="test")
    first, second = str(uuid.uuid4()), str(uuid.uuid4())
    try:
        with uow:
            with uow.pipelined():
                written = WRITE.execute(uow.session, {"p_id": first, "p_key": "k", "p_event": JsonText('{"a":1}')})
                WRITE.execute(uow.session, {"p_id": second, "p_key": "k", "p_event": {"b": 2}})
                with pytest.raises(RuntimeError):  # a commit would hand the connection back in pipeline mode
                    uow.commit()
            uow.commit()
        assert written.fetchone()[1] == "zorgregio.test"  # the answer arrived at the end of the block
        with uow:  # the same pooled connection, out of pipeline mode: an ordinary statement works
            with pytest.raises(UniqueViolation):  # and an error inside a block surfaces at its end at the latest
                with uow.pipelined():
                    WRITE.execute(uow.session, {"p_id": first, "p_key": "k", "p_event": {}})
            uow.rollback()
            assert uow.session.execute(select(func.count()).select_from(outbox)).scalar_one() == 2
        with engine.connect() as conn:
            stored = dict(conn.execute(select(outbox.c.event_id, outbox.c.event)).all())
            assert stored == {first: {"a": 1}, second: {"b": 2}}  # JSON text stored as JSON
    finally:
        engine.dispose()
