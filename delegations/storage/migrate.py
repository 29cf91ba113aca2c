"""Alembic, driven from code: the migrations ship inside the package and run on open."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.pool import NullPool

from delegations.storage.connection import sqlite_engine

MIGRATIONS = Path(__file__).parent.parent / "migrations"


def config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


@cache
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def head() -> str:
    heads = _scripts().get_heads()
    assert len(heads) == 1, f"migrations must have one head, found {heads}"
    return heads[0]


def revisions() -> list[str]:
    """All revisions, oldest first."""
    return [s.revision for s in reversed(list(_scripts().walk_revisions()))]


def is_known(revision: str) -> bool:
    return revision in set(revisions())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Upgrade to `target`; on SQLite with foreign keys off (batch mode rebuilds tables).

    On SQLite all steps run in one `BEGIN IMMEDIATE` transaction (the driver's own
    transaction handling is off, see delegations.storage.connection), so an upgrade that fails
    or is killed half-way leaves the file at its old revision.
    """
    with _migration_engine(engine) as migrating:
        command.upgrade(config(migrating), target)
        _check_foreign_keys(migrating)


@contextlib.contextmanager
def _migration_engine(engine: Engine) -> Iterator[Engine]:
    if engine.dialect.name != "sqlite":
        yield engine
        return
    plain = sqlite_engine(engine.url, foreign_keys=False, poolclass=NullPool)
    try:
        yield plain
    finally:
        plain.dispose()


def _check_foreign_keys(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"migration left broken references: {broken[:5]}")


def downgrade(engine: Engine, target: str) -> None:
    with _migration_engine(engine) as migrating:
        command.downgrade(config(migrating), target)
