"""SQLAlchemy 2 engine and sessions, one database per service."""
from __future__ import annotations

from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

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
