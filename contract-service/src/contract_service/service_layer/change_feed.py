"""Numbers committed allocation changes for the back offices' change feed.

A change sets `change_seq` to NULL; this job, one at a time across instances (advisory lock),
gives committed changes the next numbers in one transaction. A reader's cursor therefore never
skips a change committed late: it has no number until it is committed and numbered."""
from __future__ import annotations

from sqlalchemy import Engine, text

LOCK = "allocation-change-feed"


def number_changes(engine: Engine, batch: int = 5000) -> int:
    with engine.begin() as conn:
        if not conn.execute(text("SELECT pg_try_advisory_xact_lock(hashtext(:k))"), {"k": LOCK}).scalar():
            return 0
        # numbers follow the order of the changes (the inner ORDER BY feeds nextval in that order)
        result = conn.execute(text(
            "UPDATE allocations a SET change_seq = n.seq FROM ("
            " SELECT id, nextval('allocation_change_seq') AS seq FROM ("
            "  SELECT id FROM allocations WHERE change_seq IS NULL ORDER BY updated_at, id"
            "  LIMIT :batch FOR UPDATE SKIP LOCKED) pending) n"
            " WHERE a.id = n.id"), {"batch": batch})
        return result.rowcount
