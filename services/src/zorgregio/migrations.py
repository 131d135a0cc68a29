"""Alembic for every service: each keeps its versions in `<package>/migrations`, and its
`env.py` is two lines calling `run_env`. The URL comes from the Alembic config or, when
absent, from `DATABASE_URL`."""
from __future__ import annotations

import os

from alembic import command, context
from alembic.config import Config
from sqlalchemy import MetaData, create_engine, pool

from zorgregio.messaging.tables import metadata as messaging_metadata
from zorgregio.urls import sqlalchemy_url


def alembic_config(package: str, database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", f"{package}:migrations")
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


def upgrade(package: str, database_url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(package, sqlalchemy_url(database_url)), revision)



def run_env(target_metadata: MetaData) -> None:
    url = sqlalchemy_url(context.config.get_main_option("sqlalchemy.url") or os.environ["DATABASE_URL"])
    metadatas = [target_metadata, messaging_metadata]
    if context.is_offline_mode():
        context.configure(url=url, target_metadata=metadatas, literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=metadatas, compare_type=True)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()
