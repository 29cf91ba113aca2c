"""Alembic, driven from code: the migrations ship inside the package and run on open.

Opening a store that is up to date only needs the names of the revisions, read from the
version files (`revisions`); Alembic itself, a large import, loads when a store is
created or upgraded.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.pool import NullPool

from delegations.storage.connection import sqlite_engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent.parent / "migrations"
_REVISION = re.compile(r"^(down_revision|revision)\b[^=]*=\s*['\"]([^'\"]+)['\"]", re.M)


def config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


@cache
def _chain() -> tuple[str, ...]:
    """The revisions in order, from the `revision` and `down_revision` of each file."""
    parent: dict[str | None, str] = {}
    for script in (MIGRATIONS / "versions").glob("*.py"):
        found = dict((name, value) for name, value in _REVISION.findall(script.read_text("utf-8")))
        if "revision" in found:
            below = found.get("down_revision")
            assert below not in parent, f"two revisions follow {below}: migrations must be a line"
            parent[below] = found["revision"]
    chain: list[str] = []
    while (after := parent.get(chain[-1] if chain else None)) is not None:
        chain.append(after)
    assert len(chain) == len(parent), "migrations must form one line from the first"
    return tuple(chain)


def head() -> str:
    return _chain()[-1]


def revisions() -> list[str]:
    """All revisions, oldest first."""
    return list(_chain())


def is_known(revision: str) -> bool:
    return revision in set(revisions())


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Upgrade to `target`; on SQLite with foreign keys off (batch mode rebuilds tables).

    On SQLite all steps run in one `BEGIN IMMEDIATE` transaction (the driver's own
    transaction handling is off, see delegations.storage.connection), so an upgrade that fails
    or is killed half-way leaves the file at its old revision.
    """
    from alembic import command

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
    from alembic import command

    with _migration_engine(engine) as migrating:
        command.downgrade(config(migrating), target)
