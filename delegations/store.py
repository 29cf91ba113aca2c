"""Opening the store: engine, SQLite pragmas, schema checks and migrations, transactions.

Every change runs in `Store.transaction()`, committed when the outermost block ends and
rolled back whole when it raises, so an import of many things is all or nothing while
each small edit from the window is committed at once.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from delegations import migrate
from delegations.errors import StoreError
from delegations.i18n import N_

SQLITE_MAGIC = b"SQLite format 3\x00"
#: `PRAGMA application_id` of our SQLite files ("DLGS"), so that other apps' files are known.
APPLICATION_ID = 0x444C4753
BUSY_TIMEOUT_MS = 5000


def to_url(path_or_url: str | Path) -> URL:
    """An SQLAlchemy URL from a file path or a URL string."""
    text = str(path_or_url)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))


def _set_sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def check_sqlite_file(path: Path) -> None:
    """Refuse, without touching it, a file that is not an SQLite database."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise StoreError(N_("{path} is a folder, not a database file"), path=str(path))
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    if head != SQLITE_MAGIC:
        raise StoreError(
            N_("{path} is not a Delegations database (not an SQLite file); it was left untouched"),
            path=str(path),
        )


def create_store_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Store:
    """An open, up-to-date store and the way to run transactions on it."""

    def __init__(self, engine: Engine, label: str) -> None:
        self.engine = engine
        self.label = label
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._active: ContextVar[Session | None] = ContextVar(f"session-{id(self)}", default=None)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        db = self.engine.url.database
        return Path(db) if self.is_sqlite and db and db != ":memory:" else None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session; the outermost block commits on success and rolls back on error."""
        current = self._active.get()
        if current is not None:
            yield current
            return
        session = self._sessions()
        token = self._active.set(session)
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            self._active.reset(token)
            session.close()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries (inside a transaction, that transaction's session)."""
        with self.transaction() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_store(path_or_url: str | Path, *, upgrade: bool = True) -> Store:
    """Open (creating or upgrading as needed) the store at a path or URL.

    A file that is not ours, or whose schema is newer than this program, raises
    StoreError and is left exactly as it was.
    """
    url = to_url(path_or_url)
    label = url.database or "" if url.get_backend_name() == "sqlite" else url.render_as_string()
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        db_path = Path(url.database)
        if not db_path.parent.exists():
            raise StoreError(N_("folder {path} does not exist"), path=str(db_path.parent))
        check_sqlite_file(db_path)
    engine = create_store_engine(url)
    try:
        _check_and_migrate(engine, upgrade=upgrade)
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise StoreError(
            N_("{path} cannot be opened as a database: {reason}"),
            path=label, reason=str(exc.orig) if exc.orig else str(exc),
        ) from None
    except BaseException:
        engine.dispose()
        raise
    return Store(engine, label)


def _check_and_migrate(engine: Engine, *, upgrade: bool) -> None:
    tables, app_id, revision = _look(engine)
    where = str(engine.url.database or engine.url)
    if tables and "alembic_version" not in tables:
        raise StoreError(
            N_("{path} is not a Delegations database (it holds other tables); it was left "
               "untouched"),
            path=where,
        )
    if app_id not in (None, 0, APPLICATION_ID):
        raise StoreError(
            N_("{path} belongs to another application; it was left untouched"), path=where
        )
    if revision is not None and not migrate.is_known(revision):
        raise StoreError(
            N_("{path} was written by a newer version of Delegations (schema {revision}); "
               "please update the program. The file was left untouched."),
            path=where, revision=revision,
        )
    if upgrade and revision != migrate.head():
        migrate.upgrade(engine)
        if engine.dialect.name == "sqlite":
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def _look_sqlite(path: Path) -> tuple[set[str], int | None, str | None]:
    raw = sqlite3.connect(f"file:{path.as_uri()[7:]}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        app_id = raw.execute("PRAGMA application_id").fetchone()[0]
        revision = None
        if "alembic_version" in tables:
            row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return tables, app_id, revision
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(None, None, exc) from exc
    finally:
        raw.close()


def _look(engine: Engine) -> tuple[set[str], int | None, str | None]:
    """Tables, SQLite application id and schema revision, read without changing anything."""
    db = engine.url.database
    if engine.dialect.name == "sqlite" and db and db != ":memory:":
        if not Path(db).exists():
            return set(), None, None
        return _look_sqlite(Path(db))
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    revision = migrate.current_revision(engine) if "alembic_version" in tables else None
    return tables, None, revision
