"""Alembic operations for the shared messaging tables. Each service's first migration calls
`create_messaging_tables()`, so their DDL is written once, in `tables.py`. A later change to
those tables comes with its own function here, called from a new migration in every service."""
from __future__ import annotations

from alembic import op

from zorgregio.messaging.tables import metadata


def create_messaging_tables() -> None:
    metadata.create_all(bind=op.get_bind())


def drop_messaging_tables() -> None:
    metadata.drop_all(bind=op.get_bind())
