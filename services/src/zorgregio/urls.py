"""Database URLs in the two spellings the platform needs."""
from __future__ import annotations

from sqlalchemy.engine import make_url


def sqlalchemy_url(url: str) -> str:
    """Plain `postgresql://` URLs (as libpq tools print them) use psycopg 3 in SQLAlchemy."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def libpq_url(url: str) -> str:
    """The URL without SQLAlchemy's driver suffix, for psycopg and libpq tools."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def database_url(server_url: str, database: str) -> str:
    """The URL of another database on the same server (keeps host, socket and options)."""
    return make_url(server_url).set(database=database).render_as_string(hide_password=False)
