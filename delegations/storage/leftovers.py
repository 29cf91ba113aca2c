"""What an interrupted restore, a vanished store or a killed copy leaves beside the store.

A store file that is missing while backups or kept copies of it lie beside it, or one that
is present but empty, is evidence that something went wrong (a restore killed between
moving the old store aside and moving the new one in, a sync service, a mistaken delete):
creating a fresh, empty store over it would hide that. So opening such a store refuses,
says what was found and names the newest good backup and the command that restores it.
A restore whose checked copy was complete finishes at the next start instead.
Temporary files of killed backups and restores (copies of personal data) are removed.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from pathlib import Path

from delegations.errors import StoreError
from delegations.i18n import N_
from delegations.storage.backup import list_backups, newest_good_backup
from delegations.storage.integrity import DamagedStoreError, check_store_file

#: A temporary file younger than this may belong to a copy still being made elsewhere.
TEMPORARY_AGE = 3600.0


class MissingStoreError(DamagedStoreError):
    """The store is missing or empty while evidence of it lies beside it; `backup` is the
    newest good backup (None if there is none). The window offers to restore it."""

    def __init__(self, path: Path, found: list[Path], backup: Path | None) -> None:
        state = N_("missing") if not path.exists() else N_("empty")
        if not found:
            template = N_("{path} is empty; it was not set up as a new store, in case its "
                          "data was lost. There is no backup of it; delete the empty file to "
                          "start a new store.")
        elif backup is None:
            template = N_("{path} is {state}, but {found} lie beside it; it was not created "
                          "anew. There is no good backup to restore.")
        else:
            template = N_("{path} is {state}, but {found} lie beside it; it was not created "
                          "anew. The newest good backup is {backup}; restore it with: "
                          "delegations --db \"{path}\" restore \"{backup}\"")
        names = ", ".join(p.name for p in found[:3]) + (" …" if len(found) > 3 else "")
        StoreError.__init__(self, template, path=str(path), state=state, found=names,
                            backup=str(backup))
        self.path = path
        self.backup = backup


def restore_files(db_path: Path) -> list[Path]:
    """Checked copies a restore had staged (`.<name>.restore-…`), newest first."""
    found = db_path.parent.glob(f".{db_path.name}.restore-*")
    staged = [p for p in found if not p.name.endswith((".tmp", "-journal", "-wal", "-shm"))]
    return sorted(staged, key=lambda p: p.stat().st_mtime, reverse=True)


def kept_copies(db_path: Path) -> list[Path]:
    """Stores moved aside by a restore or a recovery (`<name>.replaced-…`, `.damaged-…`)."""
    found = [*db_path.parent.glob(f"{db_path.name}.replaced-*"),
             *db_path.parent.glob(f"{db_path.name}.damaged-*")]
    return sorted(p for p in found if not p.name.endswith(("-wal", "-shm", "-journal")))


def setting_up(db_path: Path) -> Path:
    """The marker that says a new store is being set up here (removed once it is): an empty
    store beside it is this program's own, interrupted, and may be set up again."""
    return db_path.with_name(f".{db_path.name}.setting-up")


def begin_setup(db_path: Path) -> None:
    """Mark, then create, a new store file readable by its user only."""
    if db_path.exists():
        return
    os.close(os.open(setting_up(db_path), os.O_WRONLY | os.O_CREAT, 0o600))
    with contextlib.suppress(FileExistsError):
        os.close(os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def end_setup(db_path: Path) -> None:
    with contextlib.suppress(OSError):
        setting_up(db_path).unlink()


def delete_kept_copies(db_path: Path) -> list[Path]:
    """Delete the stores kept aside (with their -wal and -shm), as after an erasure the
    user may ask: they still hold the erased person's data. The files deleted."""
    deleted = []
    for copy in kept_copies(db_path):
        for path in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                deleted.append(path)
    return deleted


def check_missing(db_path: Path, backup_folder: Path | None = None) -> None:
    """Before a store is created: finish an interrupted restore, or refuse (see above)."""
    if db_path.exists() and (db_path.stat().st_size > 0 or setting_up(db_path).exists()
                             or _has_journal(db_path)):
        return
    if _finish_restore(db_path):
        return
    found = [*kept_copies(db_path), *(b.path for b in list_backups(db_path, backup_folder))]
    if not found and not db_path.exists():
        return  # a new store
    good = newest_good_backup(db_path, backup_folder)
    raise MissingStoreError(db_path, found, good.path if good else None)


def _has_journal(db_path: Path) -> bool:
    """Whether a write-ahead log with pages stands beside the file: a store written in WAL
    mode keeps an empty main file until the first checkpoint (it is not empty at all)."""
    wal = Path(f"{db_path}-wal")
    return wal.is_file() and wal.stat().st_size > 0


def _finish_restore(db_path: Path) -> bool:
    """Move a restore's complete, checked copy into place if the store is missing."""
    if db_path.exists():
        return False
    for staged in restore_files(db_path):
        try:
            check_store_file(staged)
        except StoreError:
            continue
        os.replace(staged, db_path)
        return True
    return False


def remove_temporary(db_path: Path, backup_folder: Path | None = None,
                     now: float | None = None) -> list[Path]:
    """Delete what killed copies left (`*.tmp` with their journals, a restore's staged
    copy once the store is back); the files removed."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return []
    from delegations.storage.backup import folder_for

    limit = (now if now is not None else time.time()) - TEMPORARY_AGE
    # a restore holds the write lock, which the caller has: any of its files is left over
    restores = [*db_path.parent.glob(f".{db_path.name}.restore-*"),
                *db_path.parent.glob(f"..{db_path.name}.restore-*")]
    copies = list(db_path.parent.glob(f".{db_path.name}.*.tmp*"))
    folder = folder_for(db_path, backup_folder)
    if folder.is_dir():  # a backup may be under way in another process: only old ones
        copies += folder.glob(f".{db_path.stem}-*.tmp*")
    removed = []
    for path in [*restores, *(p for p in copies if _abandoned(p, limit))]:
        with contextlib.suppress(OSError):
            if path.is_file():
                path.unlink()
                removed.append(path)
    return removed


_WRITER = re.compile(r"\.(\d+)-[0-9a-f]{8}\.tmp")


def _abandoned(path: Path, limit: float) -> bool:
    """A temporary copy whose writing process has ended (or, where that cannot be told,
    one older than TEMPORARY_AGE)."""
    match = _WRITER.search(path.name)
    if match and os.name == "posix":
        return not _alive(int(match[1]))
    try:
        return path.stat().st_mtime < limit
    except OSError:
        return False


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)  # POSIX only: signal 0 asks, it does not signal
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process
    return True
