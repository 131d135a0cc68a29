"""`DriverStatement`: a statement compiled once and run on the session's own psycopg connection
takes part in the session's transaction, binds its constants and passes JSON as JSON."""
from __future__ import annotations

import uuid

from conftest import make_database
from sqlalchemy import bindparam, create_engine, func, insert, select
from zorgregio.config import ServiceSettings
from zorgregio.db import DriverStatement, make_session_factory
from zorgregio.messaging.tables import outbox

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
