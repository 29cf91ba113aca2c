"""Replacing the store from a backup, and recovering a damaged store from its newest good one.

Nothing is replaced before the backup has passed its check and been copied beside the
store. The old file is then moved aside (timestamped) together with its `-wal` and
`-shm`, the WAL first, so that a store is never paired with a WAL that is not its own.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from delegations.errors import StoreError
from delegations.i18n import N_
from delegations.storage import lock
from delegations.storage.backup import STAMP, BackupInfo, newest_good_backup
from delegations.storage.connection import open_raw
from delegations.storage.integrity import check_store_file
from delegations.storage.snapshot import copy_store

SIDECARS = ("-wal", "-shm")


@dataclass(frozen=True)
class Restored:
    """What a restore did: the file restored from, and where the old store was moved."""

    source: Path
    aside: Path | None


def _sidecar(path: Path, suffix: str) -> Path:
    return Path(str(path) + suffix)


def _aside_name(db_path: Path, label: str, now: datetime) -> Path:
    base = f"{db_path.name}.{label}-{now.astimezone(UTC).strftime(STAMP)}"
    aside, n = db_path.with_name(base), 1
    while any(_sidecar(aside, s).exists() for s in ("", *SIDECARS)):
        n += 1
        aside = db_path.with_name(f"{base}-{n}")
    return aside


def move_aside(db_path: Path, label: str, now: datetime | None = None) -> Path | None:
    """Move the store and its -wal/-shm to `<name>.<label>-<time>`; the new name (or None)."""
    aside = _aside_name(db_path, label, now or datetime.now(UTC))
    for suffix in SIDECARS:  # the WAL first: a store never meets a WAL that is not its own
        if _sidecar(db_path, suffix).exists():
            os.replace(_sidecar(db_path, suffix), _sidecar(aside, suffix))
    if not db_path.exists():
        return None
    os.replace(db_path, aside)
    return aside


def _checkpoint(db_path: Path) -> None:
    """Fold a sound store's WAL into the file, so the copy moved aside is one whole file."""
    if not db_path.exists():
        return
    with contextlib.suppress(sqlite3.Error):
        conn = open_raw(db_path, read_only=False)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()


def _replace(db_path: Path, source: Path, label: str, now: datetime | None) -> Restored:
    if lock.held_here(db_path):
        raise StoreError(N_("{path} is open in this program; close it before restoring"),
                         path=str(db_path))
    key = lock.acquire(db_path)  # StoreInUseError if another program has it open
    staged = db_path.with_name(f".{db_path.name}.restore-{secrets.token_hex(4)}")
    try:
        copy_store(source, staged)
        if label == "replaced":
            _checkpoint(db_path)
        aside = move_aside(db_path, label, now)
        if any(_sidecar(db_path, s).exists() for s in SIDECARS):
            raise StoreError(N_("{path} is in use; it was not replaced"), path=str(db_path))
        os.replace(staged, db_path)
        return Restored(source, aside)
    finally:
        with contextlib.suppress(OSError):
            staged.unlink()
        lock.release(key)


def restore_store(db_path: Path, source: Path, *, now: datetime | None = None) -> Restored:
    """Replace the store at `db_path` from the backup `source`, after checking it.

    The backup must pass quick_check, be ours and have a schema this program knows (an
    older one is upgraded on the next open). The old store is kept beside it, renamed.
    """
    check_store_file(source)
    return _replace(db_path, source, "replaced", now)


def recover_from_backup(db_path: Path, *, folder: Path | None = None,
                        now: datetime | None = None) -> BackupInfo:
    """Move a damaged store aside (with its WAL) and restore the newest good backup."""
    good = newest_good_backup(db_path, folder)
    if good is None:
        raise StoreError(N_("there is no good backup of {path}; the file was left untouched"),
                         path=str(db_path))
    _replace(db_path, good.path, "damaged", now)
    return good
