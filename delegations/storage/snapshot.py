"""A consistent copy of a store file, made with SQLite's online backup API, never a file copy.

The copy is written to a temporary name beside the target, reopened and checked
(quick_check, our application id, a schema this program knows), flushed to disk and
only then moved into place: a full disk, an I/O error or a damaged source leave no
partial file and never replace a good one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sqlite3
from pathlib import Path

from delegations.errors import StoreError
from delegations.i18n import N_
from delegations.storage.connection import open_raw
from delegations.storage.integrity import FileFacts, check_store_file

DISK_FULL = N_("{target} could not be written: the disk is full; nothing was written and "
               "{source} is unchanged")
WRITE_FAILED = N_("{target} could not be written ({reason}); nothing was written and {source} "
                  "is unchanged")


def _open_target(path: Path) -> sqlite3.Connection:
    """The connection the copy is written through (a test may limit its size)."""
    return open_raw(path, read_only=False)


def _write_failed(exc: BaseException, target: Path, source: Path) -> StoreError:
    if getattr(exc, "sqlite_errorname", "") == "SQLITE_FULL" or (
            isinstance(exc, OSError) and exc.errno == errno.ENOSPC):
        return StoreError(DISK_FULL, target=str(target), source=str(source))
    reason = (exc.strerror or str(exc)) if isinstance(exc, OSError) else str(exc)
    return StoreError(WRITE_FAILED, target=str(target), reason=reason, source=str(source))


def _fsync(path: Path, *, folder: bool = False) -> None:
    if folder and os.name == "nt":
        return  # Windows cannot open a folder to flush it; its renames are journalled
    fd = os.open(path, os.O_RDONLY if folder else os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _discard(temporary: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(str(temporary) + suffix).unlink()


def _copy(source: Path, temporary: Path) -> None:
    src = open_raw(source, read_only=True)
    try:
        dst = _open_target(temporary)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dst.close()
    finally:
        src.close()


def copy_store(source: Path, target: Path) -> FileFacts:
    """Copy the store `source` (which may be in use) to `target`, checked; its facts.

    Raises StoreError, with nothing written, if the copy cannot be made or fails its check.
    """
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    # the process id in the name lets the next start tell a dead copy's leftovers
    temporary = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    try:
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        _copy(source, temporary)
        try:
            facts = check_store_file(temporary)
        except StoreError as exc:
            raise StoreError(N_("the copy of {source} did not pass its check ({reason}); "
                                "nothing was written"), source=str(source),
                             reason=str(exc).replace(str(temporary), str(target))) from None
        _fsync(temporary)
        os.replace(temporary, target)
        _fsync(target.parent, folder=True)
        return facts
    except (sqlite3.Error, OSError) as exc:
        _discard(temporary)
        if str(getattr(exc, "sqlite_errorname", "")).startswith(("SQLITE_CORRUPT",
                                                                  "SQLITE_NOTADB")):
            raise StoreError(N_("{source} is damaged ({reason}); no copy was made"),
                             source=str(source), reason=str(exc)) from None
        raise _write_failed(exc, target, source) from None
    except BaseException:
        _discard(temporary)
        raise
