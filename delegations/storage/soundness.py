"""Which store files are known sound, so that opening one need not read it whole.

SQLite's quick_check reads every page: on a large store it is the longest part of an
open (and grows with the data). A file found sound, or left by a clean close of ours, is
remembered by its size, modification time and file id; while the file is exactly so and
its last full check is younger than RECHECK_AFTER, the next open skips the check. A file
changed by anything else (a copy, another program, a crash that left a WAL behind) no
longer matches and is checked in full again. The window still reads a file opened so
in full, in the background right after it starts (ui.startup.check_after_start); the
command line relies on the weekly re-check.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from pathlib import Path

#: A remembered file is checked in full again after this long, even when it is unchanged
#: (damage that changes nothing the operating system reports: a failing disk).
RECHECK_AFTER = 7 * 24 * 3600


def _note(db_path: Path, kind: str = "") -> Path:
    from delegations.paths import data_dir

    key = hashlib.sha256(str(db_path.resolve()).encode("utf-8")).hexdigest()[:24]
    return data_dir() / "checked" / f"{key}{kind}.json"


def _fingerprint(db_path: Path) -> list[int] | None:
    """Size, modification time and file id, or None if SQLite may still hold pages of the
    file elsewhere (a write-ahead log with content)."""
    try:
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None
        facts = db_path.stat()
    except OSError:
        return None
    return [facts.st_size, facts.st_mtime_ns, facts.st_ino]


def last_check(db_path: Path) -> float | None:
    """When the file, exactly as it is now, was last found sound (epoch seconds); None
    when it must be checked (unknown, changed, or checked too long ago)."""
    try:
        note = json.loads(_note(db_path).read_text("utf-8"))
        checked = float(note["checked"])
        same = note["file"] == _fingerprint(db_path)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return checked if same and 0 <= time.time() - checked < RECHECK_AFTER else None


def remember(db_path: Path, checked: float | None = None) -> None:
    """The file as it is now is sound: found so now (`checked` None) or left by a clean
    close of a store whose file was found sound at `checked`. Best effort: a note that
    cannot be written only means a full check next time."""
    facts = _fingerprint(db_path)
    note = _note(db_path)
    if facts is None:
        with contextlib.suppress(OSError):
            note.unlink(missing_ok=True)
        return
    _write(note, {"file": facts, "checked": checked or time.time()})


def _write(note: Path, content: dict[str, object]) -> None:
    with contextlib.suppress(OSError):
        note.parent.mkdir(parents=True, exist_ok=True)
        temporary = note.with_name(f".{note.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps(content), "utf-8")
        os.replace(temporary, note)


def backed_up_as(db_path: Path) -> list[int] | None:
    """The store file as it is now (for backed_up), None when it cannot be vouched for."""
    return _fingerprint(db_path)


def backed_up(db_path: Path, before: list[int] | None, backup: Path) -> None:
    """`backup` holds the file as it was when `before` was taken (see unchanged_since)."""
    if before is not None and before == _fingerprint(db_path):
        _write(_note(db_path, "-backup"), {"file": before, "backup": str(backup),
                                           "copy": _fingerprint(backup)})


def unchanged_since_backup(db_path: Path, backup: Path) -> bool:
    """Whether `backup` (still as it was written) holds the file exactly as it is now, so
    that the start-up backup need not copy it again."""
    try:
        note = json.loads(_note(db_path, "-backup").read_text("utf-8"))
        return bool(note["backup"] == str(backup) and note["copy"] == _fingerprint(backup)
                    and note["file"] is not None and note["file"] == _fingerprint(db_path))
    except (OSError, ValueError, KeyError, TypeError):
        return False


def forget(db_path: Path) -> None:
    """The file must be checked in full on its next open."""
    with contextlib.suppress(OSError):
        _note(db_path).unlink(missing_ok=True)
