"""One writing process per store file: an OS lock on a sidecar `<file>.lock`.

The operating system releases the lock when the process ends, however it ends, so a
crashed program never blocks the next start: what it leaves is only its name in the
lock file, which the next holder recognises as stale and overwrites. Within one process
the lock is shared (counted), so several Store objects on one file work as before.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import stat
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from delegations.errors import StoreError
from delegations.i18n import N_

_FAR = 0x7FFFFFF0  # Windows locks a byte range: lock one far away, so the owner stays readable


class StoreInUseError(StoreError):
    """Another process has the store open for writing."""

    def __init__(self, path: Path, owner: str) -> None:
        super().__init__(N_("{path} is open elsewhere (by {owner}); close it there first, or "
                            "open it read-only"), path=str(path), owner=owner or "?")
        self.path = path
        self.owner = owner


@dataclass
class _Held:
    pid: int
    fd: int
    count: int
    stale_owner: str


_held: dict[Path, _Held] = {}
_guard = threading.Lock()


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def owner_text() -> str:
    """Who holds the lock, as others will read it: host and process id (no user name)."""
    return f"{socket.gethostname()}, process {os.getpid()}"


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _FAR, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _FAR, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _read(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, 200).decode("utf-8", "replace").strip()


def _write(fd: int, text: str) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, text.encode("utf-8"))


def _owner(fd: int) -> str:
    """The holder's name; a holder that has only just taken the lock gets a moment to sign."""
    for _attempt in range(50):
        owner = _read(fd)
        if owner:
            return owner
        time.sleep(0.01)
    return ""


class UnsafeLockFile(StoreError):
    """The lock file is a link, not a plain file, or belongs to someone else."""

    def __init__(self, path: Path) -> None:
        super().__init__(N_("{path} is not a plain file of yours (a link, or another user's "
                            "file); it was left untouched. Remove it and try again"),
                         path=str(path))


_LINKS = getattr(stat, "FILE_ATTRIBUTE_REPARSE_POINT", 0x400)


def _refused(info: os.stat_result) -> bool:
    """A link (or Windows reparse point), not a plain file, or another user's file."""
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISREG(info.st_mode):
        return True
    if getattr(info, "st_file_attributes", 0) & _LINKS:
        return True
    return hasattr(os, "getuid") and info.st_uid != os.getuid()


def _open_lock_file(path: Path) -> int:
    """The lock file, opened without following a link: writing to it through a link would
    truncate whatever file the link points at."""
    with contextlib.suppress(FileNotFoundError):
        if _refused(os.lstat(path)):
            raise UnsafeLockFile(path)
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags, 0o600)
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise UnsafeLockFile(path) from None
        raise
    if _refused(os.fstat(fd)):
        os.close(fd)
        raise UnsafeLockFile(path)
    return fd


def acquire(db_path: Path) -> Path:
    """Take the write lock for `db_path` (StoreInUseError if another process has it)."""
    key = db_path.resolve()
    with _guard:
        held = _held.get(key)
        if held is not None and held.pid == os.getpid():
            held.count += 1
            return key
        fd = _open_lock_file(lock_path(key))
        if not _try_lock(fd):
            owner = _owner(fd)
            os.close(fd)
            raise StoreInUseError(key, owner)
        stale = _read(fd)  # a clean release empties the file: text here is from a crash
        _write(fd, owner_text())
        _held[key] = _Held(os.getpid(), fd, 1, stale)
        return key


def release(key: Path) -> None:
    """Give back one hold on the lock; the last one unlocks and empties the lock file."""
    with _guard:
        held = _held.get(key)
        if held is None or held.pid != os.getpid():
            return
        held.count -= 1
        if held.count > 0:
            return
        del _held[key]
        with contextlib.suppress(OSError):
            _write(held.fd, "")
            _unlock(held.fd)
        os.close(held.fd)


def held_here(db_path: Path) -> bool:
    """True if this process has the store open for writing."""
    held = _held.get(db_path.resolve())
    return held is not None and held.pid == os.getpid()


def stale_owner(db_path: Path) -> str:
    """The owner a crashed process left in the lock file when we took it over ('' if none)."""
    held = _held.get(db_path.resolve())
    return held.stale_owner if held is not None else ""
