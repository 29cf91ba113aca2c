"""Is this file a sound store of ours? Read-only checks used on open, backup and restore."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from delegations.errors import StoreError
from delegations.i18n import N_
from delegations.storage import migrate
from delegations.storage.connection import open_raw

SQLITE_MAGIC = b"SQLite format 3\x00"
#: `PRAGMA application_id` of our SQLite files ("DLGS"), so that other apps' files are known.
APPLICATION_ID = 0x444C4753


class Damage(Exception):
    """SQLite found the file damaged; the text is SQLite's own finding."""


class DamagedStoreError(StoreError):
    """The store file is damaged; `backup` is the newest good backup, if there is one."""

    def __init__(self, path: Path, reason: str, backup: Path | None,
                 taken: datetime | None) -> None:
        if backup is None:
            template = N_("{path} is damaged ({reason}). There is no backup of it; the file "
                          "was left untouched.")
        else:
            template = N_("{path} is damaged ({reason}). The newest good backup is {backup} "
                          "from {taken}; the damaged file can be moved aside and that backup "
                          "restored.")
        when = taken.strftime("%Y-%m-%d %H:%M UTC") if taken else ""
        super().__init__(template, path=str(path), reason=reason, backup=str(backup), taken=when)
        self.path = path
        self.backup = backup


@dataclass(frozen=True)
class FileFacts:
    """What a store file says about itself."""

    tables: frozenset[str]
    application_id: int
    revision: str | None


#: SQLite's result codes that say the file could not be read now, not that it is damaged.
_NOT_DAMAGE = ("SQLITE_IOERR", "SQLITE_FULL", "SQLITE_CANTOPEN", "SQLITE_PERM",
               "SQLITE_READONLY", "SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_NOMEM",
               "SQLITE_INTERRUPT")


def _finding(path: Path, exc: sqlite3.DatabaseError) -> Exception:
    """Damage, or — when the disk is full, the drive gone or access refused — a StoreError
    that says so: calling a sound file damaged would send the user to restore a backup."""
    if str(getattr(exc, "sqlite_errorname", "")).startswith(_NOT_DAMAGE):
        return StoreError(N_("{path} could not be read ({reason}); that does not mean it is "
                             "damaged: check that the disk is not full and the drive is "
                             "reachable, then try again. The file was left untouched."),
                          path=str(path), reason=str(exc))
    return Damage(str(exc))


def has_sqlite_header(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def inspect_file(path: Path, *, check: bool = True,
                 opened: Callable[[sqlite3.Connection], object] | None = None) -> FileFacts:
    """Tables, application id and schema revision; with `check`, Damage if SQLite finds any.
    `opened` is given the connection first (another thread may interrupt() the check)."""
    try:
        conn = open_raw(path, read_only=True)
    except sqlite3.DatabaseError as exc:
        raise _finding(path, exc) from None
    try:
        if opened is not None:
            opened(conn)
        if check:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
            if problems != ["ok"]:
                raise Damage("; ".join(problems))
        tables = frozenset(r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"))
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return FileFacts(tables, app_id, revision)
    except sqlite3.DatabaseError as exc:
        raise _finding(path, exc) from None
    finally:
        conn.close()


def check_store_file(path: Path) -> FileFacts:
    """The facts of a sound store file of ours that this program can open, else StoreError."""
    if not path.is_file():
        raise StoreError(N_("{path} does not exist or is not a file"), path=str(path))
    if not has_sqlite_header(path):
        raise StoreError(N_("{path} is not a Delegations database (not an SQLite file)"),
                         path=str(path))
    try:
        facts = inspect_file(path)
    except Damage as exc:
        raise StoreError(N_("{path} is damaged ({reason})"), path=str(path),
                         reason=str(exc)) from None
    if facts.application_id not in (0, APPLICATION_ID) or facts.revision is None:
        # 0: a file from before the id was set, accepted on open just the same
        raise StoreError(N_("{path} is not a Delegations database"), path=str(path))
    if not migrate.is_known(facts.revision):
        raise StoreError(N_("{path} was written by a newer version of Delegations (schema "
                            "{revision}); please update the program"),
                         path=str(path), revision=facts.revision)
    return facts
