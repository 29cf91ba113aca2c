"""The rows of an import preview as a table, with the user's choice for each row.

A row with an error cannot be imported; a likely duplicate waits for a decision (skip,
import as new, or merge into the contact it resembles); a row with a known reference
updates that contact. Nothing here writes: `plan()` says what the user chose.
"""

from __future__ import annotations

from collections.abc import Mapping, Sized
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from delegations.exchange.preview import ImportPreview, PreviewRow
from ui.common.colours import ERROR_HUE, WARNING_HUE, tint
from ui.common.table_model import TitledTableModel

Index = QModelIndex | QPersistentModelIndex
CHOICE, LINE, NAME, ORGANISATION, CITY, EMAIL, REMARK = range(7)
_DETAILS = ("honorific", "title", "function", "phone", "languages", "address_form")
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2
NEW, SKIP, UPDATE, MERGE = "new", "skip", "update", "merge:"


@dataclass(frozen=True)
class Plan:
    """What to write: row indexes to include, and rows to merge into a contact (by id)."""

    include: tuple[int, ...]
    merges: dict[int, int]


class ImportPreviewModel(TitledTableModel):
    """One line per row or card; the first column is the user's choice (editable)."""

    def __init__(self, preview: ImportPreview, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self._choice = [self._choices(r)[0][0] for r in preview.rows]

    def set_preview(self, preview: ImportPreview) -> None:
        """A new reading of the file (the CSV columns were mapped differently)."""
        self.beginResetModel()
        self.preview = preview
        self._choice = [self._choices(r)[0][0] for r in preview.rows]
        self.endResetModel()

    def _choices(self, row: PreviewRow) -> list[tuple[str, str]]:
        """(key, text) of what can be done with a row; the first is the default."""
        if not row.ok:
            return [(SKIP, self.tr("Not imported"))]
        if row.existing_id is not None:
            return [(UPDATE, self.tr("Update existing")), (SKIP, self.tr("Skip"))]
        if row.duplicates:
            merges = [(f"{MERGE}{c.id}", self.tr("Merge into “%1”").replace("%1", c.name))
                      for c in row.duplicates]
            return [(SKIP, self.tr("Skip")), (NEW, self.tr("Import as new")), *merges]
        return [(NEW, self.tr("Import")), (SKIP, self.tr("Skip"))]

    def plan(self) -> Plan:
        include = [n for n, key in enumerate(self._choice) if key != SKIP]
        merges = {n: int(key[len(MERGE):]) for n, key in enumerate(self._choice)
                  if key.startswith(MERGE)}
        return Plan(tuple(self.preview.rows[n].index for n in include),
                    {self.preview.rows[n].index: ident for n, ident in merges.items()})

    def counts(self) -> dict[str, int]:
        """How many rows each kind of choice has, and how many rows have errors."""
        counts = {NEW: 0, SKIP: 0, UPDATE: 0, MERGE: 0, "error": 0}
        for row, key in zip(self.preview.rows, self._choice, strict=True):
            counts["error" if not row.ok else MERGE if key.startswith(MERGE) else key] += 1
        return counts

    def choose(self, row: int, key: str) -> bool:
        return self.setData(self.index(row, CHOICE), key, Qt.ItemDataRole.EditRole)

    # ------------------------------------------------------------------ Qt model

    def items(self) -> Sized:
        return self.preview.rows

    def headers(self) -> list[str]:
        return [self.tr("Import as"), self.tr("Line"), self.tr("Name"),
                self.tr("Organisation"), self.tr("City"), self.tr("E-mail"),
                self.tr("Remarks")]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (index.isValid() and index.column() == CHOICE
                and len(self._choices(self.preview.rows[index.row()])) > 1):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, remarks as tooltips, tints for errors and likely duplicates."""
        if not index.isValid() or index.parent().isValid() or index.row() >= self.rowCount():
            return None
        row, column = self.preview.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (_details(row) if column == NAME else self._text(index.row(), row, column)
                    ) or None
        if role == Qt.ItemDataRole.EditRole and column == CHOICE:
            return self._choice[index.row()]
        if role == CHOICES_ROLE and column == CHOICE:
            return self._choices(row)
        if role == Qt.ItemDataRole.BackgroundRole:
            return _tint(row)
        if role == Qt.ItemDataRole.ForegroundRole and row.ok and self._choice[index.row()] == SKIP:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != CHOICE or role != Qt.ItemDataRole.EditRole
                or value not in dict(self._choices(self.preview.rows[index.row()]))):
            return False
        self._choice[index.row()] = value
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), REMARK))
        return True

    def _text(self, n: int, row: PreviewRow, column: int) -> str:
        if column == CHOICE:
            return dict(self._choices(row))[self._choice[n]]
        if column == LINE:
            return str(row.line)
        if column == REMARK:
            return self._remark(row)
        if column == CITY:
            return row.city_hint
        field = {NAME: "name", ORGANISATION: "organisation", EMAIL: "email"}[column]
        return str(_fields(row).get(field) or "")

    def _remark(self, row: PreviewRow) -> str:
        if row.error is not None:
            return row.error.text()
        if row.existing_id is not None:
            return self.tr("Same reference as a contact in the directory: updates it.")
        notes = []
        if row.name_from:
            notes.append(self.tr("No name in the card: named after its organisation.")
                         if row.name_from == "organisation" else
                         self.tr("No name in the card: named after its e-mail address."))
        if row.duplicates:
            names = "; ".join(", ".join(x for x in (c.name, c.organisation or c.email) if x)
                              for c in row.duplicates)
            notes.append(self.tr("Likely already in the directory: %1").replace("%1", names))
        if row.city_hint and row.city_id is None:
            notes.append(self.tr("City “%1” is not in the directory; imported without a city.")
                         .replace("%1", row.city_hint))
        return " ".join(notes)


def _fields(row: PreviewRow) -> Mapping[str, Any]:
    return row.values if row.ok else row.data


def _details(row: PreviewRow) -> str:
    """The row's other fields, one a line, for the name's tooltip."""
    values = _fields(row)
    return "\n".join(str(values[k]) for k in ("name", *_DETAILS) if values.get(k))


def _tint(row: PreviewRow) -> QColor | None:
    if not row.ok:
        return tint(ERROR_HUE)
    return tint(WARNING_HUE) if row.duplicates and row.existing_id is None else None
