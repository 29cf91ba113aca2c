"""Where a save dialog opens and what it proposes: the folder last used for that kind of
file (else the user's Documents folder) and a name from the trip and the document,
'2026-02 San Francisco – Reiseprogramm.pdf', safe on every file system."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from delegations.services.dto import TripDetail

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')  # what Windows refuses in a file name


def safe_name(name: str) -> str:
    """The name with characters no file system takes replaced, no trailing dot or space."""
    return _UNSAFE.sub("-", name).strip(" .") or "-"


def trip_file_name(trip: TripDetail, what: str, suffix: str) -> str:
    """'2026-02 San Francisco – Reiseprogramm.pdf': month, first destination (else the
    title), then what the file holds."""
    place = trip.destinations[0].name if trip.destinations else trip.title
    return safe_name(f"{trip.start:%Y-%m} {place} – {what}") + suffix


def _key(kind: str) -> str:
    return f"save_folder/{kind}"


def proposed_path(kind: str, name: str) -> str:
    """The folder last used to save a `kind` of file (if it still exists), else Documents."""
    folder = str(QSettings().value(_key(kind), "") or "")
    if not folder or not Path(folder).is_dir():
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder) / safe_name(name))


def remember_folder(kind: str, path: str | Path) -> None:
    """The folder of a file just saved: the next save of that kind opens there."""
    QSettings().setValue(_key(kind), str(Path(path).parent))


def ask_save_path(parent: QWidget, title: str, kind: str, name: str,
                  filters: str = "") -> tuple[str, str]:
    """The save dialog every export uses: it opens in the folder last used for `kind`
    (else Documents) proposing `name`, and remembers the folder chosen.
    (path, filter chosen); the path is '' if cancelled."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, proposed_path(kind, name),
                                               filters)
    if path:
        remember_folder(kind, path)
    return path, chosen
