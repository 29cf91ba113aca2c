"""Opening the store: engine, schema checks and migrations, the write lock, transactions.

Every change runs in `Store.transaction()`, committed when the outermost block ends and
rolled back whole when it raises, so an import of many things is all or nothing while
each small edit from the window is committed at once. Writes begin with `BEGIN
IMMEDIATE` (see delegations.storage.connection); reads with a plain, deferred `BEGIN`.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import ConnectionPoolEntry

from delegations.errors import ConflictError, StoreError
from delegations.i18n import N_
from delegations.storage import leftovers, lock, migrate, soundness
from delegations.storage.connection import BEGIN, BUSY_TIMEOUT_MS, sqlite_engine
from delegations.storage.integrity import (
    APPLICATION_ID,
    SQLITE_MAGIC,
    Damage,
    DamagedStoreError,
    has_sqlite_header,
    inspect_file,
)

__all__ = ["APPLICATION_ID", "BUSY_TIMEOUT_MS", "SQLITE_MAGIC", "Store", "open_store"]

#: SQLite's result codes turned into messages for people (the store is left unchanged).
WRITE_FAILURES = {
    "SQLITE_FULL": N_("the disk is full: the change to {path} was not saved and the store is "
                      "unchanged; free some space and try again"),
    "SQLITE_IOERR": N_("{path} could not be written (input/output error): the change was not "
                       "saved; check the disk or network drive"),
    "SQLITE_READONLY": N_("{path} is open read-only: the change was not saved"),
    "SQLITE_BUSY": N_("{path} is busy (another program is writing to it): the change was not "
                      "saved; try again"),
}


ROLE_READS_ONLY = N_("{path}: the database role {role} may read the office's data but not "
                     "change it; the change was not saved")


#: Called with the write-session factory of every store opened; see watch_sessions.
_session_watchers: list[Callable[[sessionmaker[Session]], None]] = []


def watch_sessions(watcher: Callable[[sessionmaker[Session]], None]) -> None:
    """Have `watcher` see the write sessions of every store opened from now on.

    The hook by which the audit log (delegations.privacy.audit) follows every change
    without the storage layer importing the domain above it.
    """
    if watcher not in _session_watchers:
        _session_watchers.append(watcher)


def to_url(path_or_url: str | Path) -> URL:
    """An SQLAlchemy URL from a file path or a URL string."""
    text = str(path_or_url)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))


def check_sqlite_file(path: Path) -> None:
    """Refuse, without touching it, a file that is not an SQLite database."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise StoreError(N_("{path} is a folder, not a database file"), path=str(path))
    if not has_sqlite_header(path):
        raise StoreError(
            N_("{path} is not a Delegations database (not an SQLite file); it was left untouched"),
            path=str(path),
        )


def create_store_engine(url: URL, *, read_only: bool = False) -> Engine:
    """An engine for the store; read-only on a server: every transaction the server's
    own read-only kind (default_transaction_read_only), so nothing can be written."""
    if url.get_backend_name() == "sqlite":
        return sqlite_engine(url, read_only=read_only)
    options = {}
    if read_only and url.get_backend_name() == "postgresql":
        options["connect_args"] = {"options": "-c default_transaction_read_only=on"}
    return create_engine(url, pool_pre_ping=True, **options)


def _sqlite_code(exc: BaseException) -> str:
    """SQLite's primary result code name of a driver error ('' if not one)."""
    orig = getattr(exc, "orig", None) if isinstance(exc, DBAPIError) else None
    if getattr(orig, "sqlstate", None) in ("25006", "42501"):  # PostgreSQL: read-only
        return "SQLITE_READONLY"  # transaction, or a role without the right to write
    name = str(getattr(orig, "sqlite_errorname", ""))
    return next((code for code in WRITE_FAILURES if name.startswith(code)), "")


class Store:
    """An open, up-to-date store and the way to run transactions on it."""

    def __init__(self, engine: Engine, label: str, *, read_only: bool = False,
                 lock_key: Path | None = None, sound_since: float | None = None,
                 check_deferred: bool = False) -> None:
        self.engine = engine
        self._sound_since = sound_since  # when its file was last found sound (soundness)
        #: Opening trusted a soundness note instead of reading the file whole: the window
        #: reads it whole in the background (check_in_full) right after start.
        self.check_deferred = check_deferred
        self.label = label
        self.read_only = read_only
        self.reading_role = ""  # a server role that may only read (see open_store)
        self.closed = False  # pollers (live view, presence) stop asking once it is
        self._lock_key = lock_key
        deferred = engine.execution_options(**{BEGIN: "DEFERRED"})
        self._sessions = sessionmaker(deferred if read_only else engine,
                                      expire_on_commit=False)
        self._readers = sessionmaker(deferred, expire_on_commit=False)
        for watcher in _session_watchers:
            watcher(self._sessions)
        self._active: ContextVar[Session | None] = ContextVar(f"session-{id(self)}", default=None)
        self._before_close: list[Callable[[], object]] = []
        event.listen(engine, "checkin", self._checked_in)

    def _checked_in(self, dbapi_connection: object, record: ConnectionPoolEntry) -> None:
        """A connection handed back after the store closed is closed, not parked in the
        pool that closing let go of (where nobody would close it: the driver complains
        when it is collected, a server keeps the session until then)."""
        if self.closed and dbapi_connection is not None:
            record.invalidate()

    def before_close(self, finish: Callable[[], object]) -> None:
        """Have `finish` run when the store closes, before it lets go of the file (work
        started in the background on this store, such as the start-up backup, ends first)."""
        self._before_close.append(finish)

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
        with self._session(self._sessions) as session:
            yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries (inside a transaction, that transaction's session)."""
        with self._session(self._readers) as session:
            yield session

    @contextlib.contextmanager
    def _session(self, make: Callable[[], Session]) -> Iterator[Session]:
        current = self._active.get()
        if current is not None:
            yield current
            return
        session = make()
        token = self._active.set(session)
        try:
            if make is self._sessions and not self.is_sqlite and not self.read_only:
                self._check_schema(session)
            yield session
            session.commit()
        except BaseException as exc:
            session.rollback()
            if isinstance(exc, StaleDataError):
                raise ConflictError(N_("another planner changed the same record at the same "
                                       "moment; nothing was saved: open it again")) from exc
            code = _sqlite_code(exc)
            if code == "SQLITE_READONLY" and self.reading_role:
                raise StoreError(ROLE_READS_ONLY, path=self.label,
                                 role=self.reading_role) from exc
            if code:
                raise StoreError(WRITE_FAILURES[code], path=self.label) from exc
            raise
        finally:
            self._active.reset(token)
            session.close()

    def one_at_a_time(self, session: Session, what: str) -> None:
        """Writers of the same kind (`what`: "import") take turns on a server: the rest of
        `session`'s transaction waits for another client's to end, then reads what it
        wrote. (On an SQLite file the single writer already takes turns.)"""
        if self.engine.dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(CAST(:a AS integer), "
                                 "CAST(:b AS integer))"),
                            {"a": TURNS_LOCK, "b": zlib.crc32(what.encode()) & 0x7FFFFFFF})

    def _check_schema(self, session: Session) -> None:
        """Refuse to write to a server database another client has since upgraded (this
        program would write rows the newer schema does not expect)."""
        revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if revision != migrate.head():
            raise StoreError(N_("{path} has been upgraded to schema {revision} by a newer "
                                "version of Delegations; nothing was saved: please update "
                                "the program"), path=self.label, revision=str(revision))

    def close(self) -> None:
        self.closed = True
        while self._before_close:
            self._before_close.pop()()
        self.engine.dispose()
        if self._lock_key is not None:
            if self.path is not None and self._sound_since is not None:
                soundness.remember(self.path, self._sound_since)  # as we leave it
            lock.release(self._lock_key)
            self._lock_key = None


def open_store(path_or_url: str | Path, *, upgrade: bool = True, read_only: bool = False,
               backup_folder: Path | None = None) -> Store:
    """Open (creating or upgrading as needed) the store at a path or URL.

    A file that is not ours, or whose schema is newer than this program, raises
    StoreError and is left exactly as it was; a damaged one DamagedStoreError, naming
    the newest good backup. Only one process may open a file for writing (the others
    get lock.StoreInUseError); `read_only` opens it for reading, without the lock.
    Before a schema upgrade, a backup is made in `backup_folder` (default: beside it).
    """
    url = to_url(path_or_url)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        engine = create_store_engine(url, read_only=read_only)
        role = "" if read_only else _reading_role(engine)
        if role:  # a role that may read but not write (the mayor's office): read-only
            engine.dispose()
            engine = create_store_engine(url, read_only=True)
        store = _open_engine(engine, url, upgrade=upgrade and not read_only and not role,
                             read_only=read_only or bool(role))
        store.reading_role = role
        return store
    db_path = Path(str(url.database))
    if not db_path.parent.exists():
        raise StoreError(N_("folder {path} does not exist"), path=str(db_path.parent))
    check_sqlite_file(db_path)
    if read_only and not db_path.exists():
        raise StoreError(N_("{path} does not exist"), path=str(db_path))
    key = None if read_only else lock.acquire(db_path)
    try:
        if key is not None:  # a missing or empty store with evidence beside it: refused
            leftovers.check_missing(db_path, backup_folder)
        leftovers.begin_setup(db_path)  # a new file readable by its user only
        sound_since, deferred = _check_file(db_path, backup_folder)
        if key is not None:
            leftovers.remove_temporary(db_path, backup_folder)
        engine = create_store_engine(url, read_only=read_only)
        store = _open_engine(engine, url, upgrade=upgrade and not read_only,
                             read_only=read_only, lock_key=key, backup_folder=backup_folder,
                             sound_since=sound_since)
        store.check_deferred = deferred
        leftovers.end_setup(db_path)
        return store
    except BaseException:
        if key is not None:
            lock.release(key)
        raise


def _reading_role(engine: Engine) -> str:
    """The database role signed in, if it may read the office's data but not change it
    ('' if it may write, the database is new, or the question cannot be asked here)."""
    if engine.dialect.name != "postgresql":
        return ""
    try:
        with engine.connect() as conn:
            row = conn.execute(text(
                "SELECT current_user, CASE WHEN to_regclass('trip') IS NULL THEN false "
                "ELSE NOT has_table_privilege('trip', 'INSERT') END")).one()
    except DBAPIError:
        return ""  # opening says what is wrong
    return str(row[0]) if row[1] else ""


def _check_file(db_path: Path, backup_folder: Path | None) -> tuple[float, bool]:
    """DamagedStoreError, naming the newest good backup, if SQLite finds the file damaged;
    else when it was last found sound, and whether the full check was skipped (a file
    known sound and unchanged is not read again: see soundness)."""
    if db_path.stat().st_size == 0:
        return time.time(), False  # new: what it will hold, we write
    known = soundness.last_check(db_path)
    if known is not None:
        return known, True
    try:
        inspect_file(db_path)
        soundness.remember(db_path)
        return soundness.last_check(db_path) or time.time(), False
    except Damage as exc:
        raise _damaged(db_path, str(exc), backup_folder) from None


def _damaged(db_path: Path, reason: str, backup_folder: Path | None) -> DamagedStoreError:
    """The file must be checked in full next time; the error names the newest good backup."""
    soundness.forget(db_path)
    from delegations.storage.backup import newest_good_backup

    good = newest_good_backup(db_path, backup_folder)
    return DamagedStoreError(db_path, reason, good.path if good else None,
                             good.taken if good else None)


def check_in_full(store: Store, backup_folder: Path | None = None,
                  opened: Callable[[sqlite3.Connection], object] | None = None,
                  ) -> DamagedStoreError | None:
    """The full check that opening skipped (Store.check_deferred), on a read-only connection
    of its own (given to `opened`, so that closing may interrupt it) for a background
    thread while the store is in use: the damage found, as opening would have reported it
    (and the soundness note forgotten, so that neither the next open nor this store's close
    vouches for the file), else None. A file that could not be read just now is not called
    damaged (its next open checks it); an interrupted check leaves the note as it was."""
    path = store.path
    if path is None or not store.check_deferred:
        return None
    try:
        inspect_file(path, opened=opened)
    except Damage as exc:
        store._sound_since = None
        return _damaged(path, str(exc), backup_folder)
    except (StoreError, OSError) as exc:
        if "interrupt" not in str(exc):
            store._sound_since = None
            soundness.forget(path)
    return None


def _open_engine(engine: Engine, url: URL, *, upgrade: bool, read_only: bool,
                 lock_key: Path | None = None, backup_folder: Path | None = None,
                 sound_since: float | None = None) -> Store:
    label = url.database or "" if url.get_backend_name() == "sqlite" else url.render_as_string()
    try:
        with _migration_lock(engine, upgrade):
            _check_and_migrate(engine, upgrade=upgrade, read_only=read_only,
                               backup_folder=backup_folder)
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise StoreError(
            N_("{path} cannot be opened as a database: {reason}"),
            path=label, reason=str(exc.orig) if exc.orig else str(exc),
        ) from None
    except BaseException:
        engine.dispose()
        raise
    return Store(engine, label, read_only=read_only, lock_key=lock_key,
                 sound_since=sound_since)


#: The first key of the PostgreSQL advisory locks by which writers take turns ("TURN").
TURNS_LOCK = 0x5455524E

#: The PostgreSQL advisory lock held while a client checks and upgrades the schema.
MIGRATION_LOCK = 0x44454C45  # "DELE"


@contextlib.contextmanager
def _migration_lock(engine: Engine, upgrade: bool) -> Iterator[None]:
    """On a server, one client at a time looks at the schema and upgrades it: two first
    starts would otherwise both create the tables. The second waits, then finds the
    schema current. (An SQLite file is opened by one writer: see lock.acquire.)"""
    if engine.dialect.name != "postgresql" or not upgrade:
        yield
        return
    with engine.connect() as conn:
        conn.exec_driver_sql(f"SELECT pg_advisory_lock({MIGRATION_LOCK})")
        conn.commit()
        try:
            yield
        finally:
            conn.exec_driver_sql(f"SELECT pg_advisory_unlock({MIGRATION_LOCK})")
            conn.commit()


def _check_and_migrate(engine: Engine, *, upgrade: bool, read_only: bool,
                       backup_folder: Path | None) -> None:
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
    if read_only and revision != migrate.head():
        raise StoreError(N_("{path} needs an upgrade of its schema and cannot be opened "
                            "read-only"), path=where)
    if upgrade and revision != migrate.head():
        _upgrade(engine, revision, backup_folder)


def _upgrade(engine: Engine, revision: str | None, backup_folder: Path | None) -> None:
    """Migrate to head; an existing file is backed up first, and the backup is kept."""
    db = engine.url.database
    saved = None
    if engine.dialect.name == "sqlite" and revision is not None and db:
        from delegations.storage.backup import make_backup

        saved = make_backup(Path(db), folder=backup_folder, reason="upgrade").path
    try:
        migrate.upgrade(engine)
    except Exception as exc:
        if saved is None:
            raise
        raise StoreError(N_("upgrading {path} failed ({reason}); a backup from before the "
                            "upgrade is kept at {backup}"),
                         path=str(db), reason=str(exc), backup=str(saved)) from exc
    if engine.dialect.name == "sqlite":
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def _look(engine: Engine) -> tuple[set[str], int | None, str | None]:
    """Tables, SQLite application id and schema revision, read without changing anything."""
    db = engine.url.database
    if engine.dialect.name == "sqlite" and db and db != ":memory:":
        if not Path(db).exists() or Path(db).stat().st_size == 0:
            return set(), None, None
        facts = inspect_file(Path(db), check=False)
        return set(facts.tables), facts.application_id, facts.revision
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    revision = migrate.current_revision(engine) if "alembic_version" in tables else None
    return tables, None, revision
