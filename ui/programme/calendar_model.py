"""The events of a calendar import preview as a table: what each one will become.

One line per event to write (new, or an update of an item imported before) followed by
one line per event left out, with the core's reason. Nothing here writes.
"""

from __future__ import annotations

from collections.abc import Sized
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from delegations.calendar import IcsPreview, IcsRow, Note
from ui.common.table_model import TitledTableModel
from ui.formatting import clock_range, short_date

Index = QModelIndex | QPersistentModelIndex
ACTION, LINE, TITLE, WHEN, ZONE, LOCATION, NOTES = range(7)
NEW, UPDATE, SKIP = "new", "update", "skip"
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Entry:
    """One line of the table, already in words."""

    action: str
    line: int
    title: str
    when: str = ""
    zone: str = ""
    location: str = ""
    notes: str = ""


def _when(row: IcsRow) -> str:
    start, end = row.data["start"], row.data["end"]
    text = f"{short_date(start.date())} {clock_range(start, end)}"
    return text if end.date() == start.date() else f"{text} ({short_date(end.date())})"


def _written(row: IcsRow) -> Entry:
    notes = "; ".join(note.message() for note in row.notes)
    return Entry(NEW if row.item_id is None else UPDATE, row.line, row.title, _when(row),
                 str(row.data["timezone"]), str(row.data.get("location", "")), notes)


def _skipped(note: Note) -> Entry:
    day = note.params.get("day")
    return Entry(SKIP, note.line, str(note.params.get("title", "")),
                 short_date(date.fromisoformat(day)) if day else "", notes=note.message())


class IcsPreviewModel(TitledTableModel):
    """Read-only lines of an IcsPreview: writes first (in time order), then what is left out."""

    def __init__(self, preview: IcsPreview, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.entries = [_written(r) for r in preview.rows] + [_skipped(n)
                                                             for n in preview.skipped]

    def counts(self) -> dict[str, int]:
        counts = {NEW: 0, UPDATE: 0, SKIP: 0}
        for entry in self.entries:
            counts[entry.action] += 1
        return counts

    def items(self) -> Sized:
        return self.entries

    def headers(self) -> list[str]:
        return [self.tr("Will be"), self.tr("Line"), self.tr("Title"),
                self.tr("Local date and time"), self.tr("Time zone"), self.tr("Location"),
                self.tr("Notes")]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(entry, index.column())
        if role == KEY_ROLE:
            return entry.action
        if role == Qt.ItemDataRole.ForegroundRole and entry.action == SKIP:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        return None

    def _text(self, entry: Entry, column: int) -> str:
        if column == ACTION:
            return {NEW: self.tr("New item"), UPDATE: self.tr("Update of an item"),
                    SKIP: self.tr("Left out")}[entry.action]
        if column == LINE:
            return str(entry.line)
        values = {TITLE: entry.title, WHEN: entry.when, ZONE: entry.zone,
                  LOCATION: entry.location, NOTES: entry.notes}
        return values.get(column, "")
