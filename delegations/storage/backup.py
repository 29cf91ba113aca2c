"""Automatic and on-demand backups in a folder beside the store, rotated.

A backup is `<store name>-<UTC time>-<reason>.sqlite` in the backups folder (see
delegations.paths.backup_dir), made by delegations.storage.snapshot (online backup API, checked
before it is moved into place). Only after a new backup has passed its check are older
ones rotated out: the newest few always stay, then one per day, week and month for a
configurable number of each; backups from before a schema upgrade are kept apart.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from delegations.errors import StoreError
from delegations.paths import backup_dir
from delegations.storage import soundness
from delegations.storage.snapshot import copy_store

STAMP = "%Y%m%dT%H%M%SZ"
REASONS = ("manual", "startup", "upgrade", "import")
_HEADER = 100  # SQLite's file header (change counters) differs between equal copies


@dataclass(frozen=True)
class Rotation:
    """How many backups to keep: newest `recent`, then one per day, week and month."""

    recent: int = 3
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    upgrades: int = 5


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was taken (UTC) and why."""

    path: Path
    taken: datetime
    reason: str


def folder_for(db_path: Path, folder: Path | None = None) -> Path:
    return folder if folder is not None else backup_dir(db_path)


def _pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(re.escape(db_path.stem) + r"-(\d{8}T\d{6}Z)(?:-\d+)?-("
                      + "|".join(REASONS) + r")\.sqlite")


def list_backups(db_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """The store's backups, newest first."""
    where = folder_for(db_path, folder)
    if not where.is_dir():
        return []
    pattern = _pattern(db_path)
    found = []
    for path in where.iterdir():
        match = pattern.fullmatch(path.name)
        if match:
            taken = datetime.strptime(match[1], STAMP).replace(tzinfo=UTC)
            found.append(BackupInfo(path, taken, match[2]))
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def _target(db_path: Path, where: Path, taken: datetime, reason: str) -> Path:
    base = f"{db_path.stem}-{taken.strftime(STAMP)}"
    target, n = where / f"{base}-{reason}.sqlite", 1
    while target.exists():
        n += 1
        target = where / f"{base}-{n}-{reason}.sqlite"
    return target


def _take(db_path: Path, folder: Path | None, reason: str, now: datetime | None) -> BackupInfo:
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    taken = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    target = _target(db_path, folder_for(db_path, folder), taken, reason)
    copy_store(db_path, target)
    return BackupInfo(target, taken, reason)


def make_backup(db_path: Path, *, folder: Path | None = None, reason: str = "manual",
                now: datetime | None = None, rotation: Rotation | None = None) -> BackupInfo:
    """Back the store up into its backups folder, then rotate the older backups out."""
    info = _take(db_path, folder, reason, now)
    rotate(db_path, folder, rotation or Rotation())
    return info


def backup_if_changed(db_path: Path, *, folder: Path | None = None,
                      now: datetime | None = None,
                      rotation: Rotation | None = None) -> BackupInfo | None:
    """The start-up backup: made only if the store changed since the newest backup (a
    file known unchanged since that backup is not even copied: see soundness)."""
    previous = list_backups(db_path, folder)
    if previous and soundness.unchanged_since_backup(db_path, previous[0].path):
        return None
    before = soundness.backed_up_as(db_path)
    info = _take(db_path, folder, "startup", now)
    if previous and _same_content(previous[0].path, info.path):
        info.path.unlink()
        soundness.backed_up(db_path, before, previous[0].path)
        return None
    soundness.backed_up(db_path, before, info.path)
    rotate(db_path, folder, rotation or Rotation())
    return info


def _same_content(a: Path, b: Path) -> bool:
    with a.open("rb") as fa, b.open("rb") as fb:
        fa.seek(_HEADER)
        fb.seek(_HEADER)
        while True:
            chunk_a, chunk_b = fa.read(1 << 20), fb.read(1 << 20)
            if chunk_a != chunk_b:
                return False
            if not chunk_a:
                return True


def _newest_per(backups: list[BackupInfo], key: Callable[[date], Hashable],
                count: int) -> list[BackupInfo]:
    """The newest backup of each of the `count` most recent periods that have one."""
    chosen: dict[Hashable, BackupInfo] = {}
    for backup in backups:  # newest first
        period = key(backup.taken.date())
        if period not in chosen:
            if len(chosen) == count:
                break
            chosen[period] = backup
    return list(chosen.values())


def _week(day: date) -> tuple[int, int]:
    iso = day.isocalendar()
    return iso.year, iso.week


def plan_rotation(backups: list[BackupInfo], rotation: Rotation) -> list[BackupInfo]:
    """The backups to delete (the input newest first)."""
    upgrades = [b for b in backups if b.reason == "upgrade"]
    regular = [b for b in backups if b.reason != "upgrade"]
    keep = set(regular[:rotation.recent]) | set(upgrades[:rotation.upgrades])
    keep.update(_newest_per(regular, lambda d: d, rotation.daily))
    keep.update(_newest_per(regular, _week, rotation.weekly))
    keep.update(_newest_per(regular, lambda d: (d.year, d.month), rotation.monthly))
    return [b for b in backups if b not in keep]


def rotate(db_path: Path, folder: Path | None = None,
           rotation: Rotation | None = None) -> list[BackupInfo]:
    """Delete the backups the rotation does not keep; the ones deleted."""
    doomed = plan_rotation(list_backups(db_path, folder), rotation or Rotation())
    for backup in doomed:
        with contextlib.suppress(OSError):
            backup.path.unlink()
    return doomed


def newest_good_backup(db_path: Path, folder: Path | None = None) -> BackupInfo | None:
    """The newest backup that passes its check (quick_check, ours, a known schema)."""
    from delegations.storage.integrity import check_store_file

    for backup in list_backups(db_path, folder):
        try:
            check_store_file(backup.path)
        except StoreError:
            continue
        return backup
    return None
