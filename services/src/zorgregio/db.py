"""SQLAlchemy 2 engine and sessions, one database per service; `DriverStatement` for a hot path."""
from __future__ import annotations

from typing import Any

from psycopg.types.json import Jsonb
from sqlalchemy import JSON, Connection, Engine, create_engine
from sqlalchemy.dialects.postgresql import psycopg as psycopg_dialect
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.sql.expression import Executable

from zorgregio.config import ServiceSettings


def new_base() -> type[DeclarativeBase]:
    """A fresh declarative base with its own metadata, for one service's tables."""

    class ServiceBase(DeclarativeBase):
        pass

    return ServiceBase


def make_engine(settings: ServiceSettings) -> Engine:
    return create_engine(
        settings.database_url,
        pool_size=settings.database_pool_size,
        max_overflow=settings.database_pool_size,
        pool_pre_ping=True,
    )


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


class JsonText(str):
    """A JSON parameter of a `DriverStatement` already serialised (e.g. by pydantic-core)."""


class DriverStatement:
    """A SQLAlchemy statement compiled once to PostgreSQL's SQL and run on the session's own
    psycopg connection, inside the session's transaction.

    For the few statements on a request's hot path (issuing an allocation): there SQLAlchemy's
    per-call work (cache key, parameter processing, result wrapping) costs more CPU than the
    database does. Parameters are passed by their bind names; JSON ones as Python objects."""

    _dialect = psycopg_dialect.dialect()

    def __init__(self, statement: Executable) -> None:
        compiled = statement.compile(dialect=self._dialect)
        self.sql = compiled.string
        # values bound in the statement itself (e.g. a literal column value)
        self._constants = {name: bind.value for bind, name in compiled.bind_names.items() if bind.value is not None}
        self._json = frozenset(name for bind, name in compiled.bind_names.items() if isinstance(bind.type, JSON))

    def execute(self, session: Session | Connection, params: dict[str, Any]) -> Any:
        """Runs the statement; returns the DBAPI cursor (`fetchone()`, `fetchall()`)."""
        args = {**self._constants, **params}
        for name in self._json:
            value = args[name]
            args[name] = Jsonb(value, dumps=str) if isinstance(value, JsonText) else Jsonb(value)
        # a psycopg cursor on the connection the session (or Core connection) holds: inside its transaction
        connection = session.connection() if isinstance(session, Session) else session
        cursor = connection.connection.cursor()
        cursor.execute(self.sql, args)
        return cursor

    def first_mapping(self, session: Session, params: dict[str, Any]) -> dict[str, Any] | None:
        cursor = self.execute(session, params)
        row = cursor.fetchone()
        return None if row is None else dict(zip([column[0] for column in cursor.description], row, strict=True))
