"""Alembic environment: runs on the engine handed over by delegations.storage.migrate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from delegations.model import Base

target_metadata = Base.metadata


def run() -> None:
    engine = context.config.attributes.get("engine")
    if engine is None:  # plain `alembic` command line, for writing new revisions
        engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as connection:
        is_sqlite = connection.dialect.name == "sqlite"
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=is_sqlite,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


run()
