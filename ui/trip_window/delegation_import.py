"""Import participants from CSV: the file's rows, checked, before anything is saved.

Rows with an error are shown with the reason and stay out; the good rows are ticked and
can be unticked; the columns can be read differently (the directory's ColumnMap). Only
Import writes, the ticked rows in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence, Sized
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QWidget,
)

from delegations.enums import RegistrationStatus, Role
from delegations.exchange.preview import ImportPreview, ImportResult, PreviewRow
from ui.common.colours import ERROR_HUE, tint
from ui.common.preview_dialog import PreviewImportDialog, Reread
from ui.common.table_model import TitledTableModel
from ui.labels import label
from ui.undo import Pending

Index = QModelIndex | QPersistentModelIndex
Apply = Callable[[ImportPreview, Sequence[int]], Pending[ImportResult]]
# whether each person added in turn (by status) would wait: the core's waiting-list rule
Waiting = Callable[[Sequence[Any]], list[bool]]
TAKE, LINE, NAME, ORGANISATION, ROLE, STATUS, EMAIL, REMARK = range(8)


class ParticipantPreviewModel(TitledTableModel):
    """One line per row of the file; the first column ticks it for import."""

    def __init__(self, preview: ImportPreview, parent: Any = None,
                 waiting: Waiting | None = None) -> None:
        super().__init__(parent)
        self._waiting = waiting
        self._waits: set[int] = set()
        self.set_preview(preview)

    def set_preview(self, preview: ImportPreview) -> None:
        self.beginResetModel()
        self.preview = preview
        self._take = [row.ok for row in preview.rows]
        self._count_places()
        self.endResetModel()

    def _count_places(self) -> None:
        """Who of the new people ticked will be on the waiting list (a full trip)."""
        new = [n for n, row in enumerate(self.preview.rows)
               if row.ok and self._take[n] and row.existing_id is None]
        if self._waiting is None or not new:
            self._waits = set()
            return
        statuses = [self.preview.rows[n].values.get("status") for n in new]
        self._waits = {n for n, waits in zip(new, self._waiting(statuses), strict=True)
                       if waits}

    def waitlisted(self) -> int:
        return len(self._waits)

    def include(self) -> tuple[int, ...]:
        """The indexes of the rows to write."""
        return tuple(row.index for row, take in zip(self.preview.rows, self._take, strict=True)
                     if take and row.ok)

    def errors(self) -> int:
        return sum(not row.ok for row in self.preview.rows)

    def items(self) -> Sized:
        return self.preview.rows

    def headers(self) -> list[str]:
        return [self.tr("Import"), self.tr("Line"), self.tr("Name"), self.tr("Organisation"),
                self.tr("Role"), self.tr("Registration"), self.tr("E-mail"),
                self.tr("Remarks")]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == TAKE and self.preview.rows[index.row()].ok:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or index.row() >= self.rowCount():
            return None
        row, column = self.preview.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == TAKE:
            return (Qt.CheckState.Checked if self._take[index.row()] and row.ok
                    else Qt.CheckState.Unchecked)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(index.row(), row, column)
            return text if role == Qt.ItemDataRole.DisplayRole else (text or None)
        if role == Qt.ItemDataRole.BackgroundRole and not row.ok:
            return tint(ERROR_HUE)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != TAKE
                or role != Qt.ItemDataRole.CheckStateRole
                or not self.preview.rows[index.row()].ok):
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self._take[index.row()] = checked
        self._count_places()  # a place freed or taken moves the waiting list below
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(self.rowCount() - 1, REMARK))
        return True

    def _text(self, n: int, row: PreviewRow, column: int) -> str:
        if column == TAKE:
            return self._choice(n, row)
        if column == LINE:
            return str(row.line)
        if column == REMARK and n in self._waits:
            return self.tr("No place left: goes on the waiting list.")
        if column == REMARK:
            return self._remark(row)
        values = row.values if row.ok else row.data
        if column == ROLE:
            return _label(Role, values.get("role"))
        if column == STATUS and n in self._waits:
            return label(RegistrationStatus.WAITLISTED)
        if column == STATUS:
            return _label(RegistrationStatus, values.get("status"))
        field = {NAME: "name", ORGANISATION: "organisation", EMAIL: "email"}[column]
        return str(values.get(field) or "")

    def _choice(self, n: int, row: PreviewRow) -> str:
        if not row.ok:
            return self.tr("Not imported")
        if not self._take[n]:
            return self.tr("Skip")
        return self.tr("Update") if row.existing_id is not None else self.tr("New")

    def _remark(self, row: PreviewRow) -> str:
        if row.error is not None:
            return row.error.text()
        if row.existing_id is not None:
            return self.tr("Same reference as someone in the delegation: updates them.")
        return ""


def _label(kind: Any, value: Any) -> str:
    try:
        return label(kind(value)) if value not in (None, "") else ""
    except ValueError:
        return str(value)


class ParticipantImportDialog(PreviewImportDialog):
    """Shows an ImportPreview of participants; `apply(preview, include)` writes."""

    COLUMN_LETTERS = (16, 4, 20, 15, 11, 11, 19)

    def __init__(self, preview: ImportPreview, apply: Apply, reread: Reread | None = None,
                 parent: QWidget | None = None, waiting: Waiting | None = None) -> None:
        self._waiting = waiting  # read by _make_model, called from the base's __init__
        title = QCoreApplication.translate("ParticipantImportDialog",
                                           "Import Participants — %1")
        super().__init__(preview, apply, reread, title.replace("%1", Path(preview.file).name),
                         parent)

    def _make_model(self, preview: ImportPreview) -> ParticipantPreviewModel:
        return ParticipantPreviewModel(preview, self, self._waiting)

    def _chosen(self) -> tuple[int, ...]:
        return self.model.include()

    def _update(self) -> None:
        preview = self.model.preview
        self.intro.setText(self.tr(
            "%1 rows read from “%2” (%3). Nothing is saved until you choose Import; rows "
            "with an error are left out.").replace("%1", str(len(preview.rows)))
            .replace("%2", Path(preview.file).name).replace("%3", preview.encoding))
        chosen, errors = len(self.model.include()), self.model.errors()
        parts = [self.tr("%1 to import").replace("%1", str(chosen))]
        waiting = self.model.waitlisted()
        if waiting:
            parts.append(self.tr("%n on the waiting list", "", waiting))
        if errors:
            parts.append(self.tr("%1 with errors (left out)").replace("%1", str(errors)))
        self.status.setText(" · ".join(parts))
        if self.columns is not None:
            self.columns.show_missing(preview.missing)
        self._set_import_count(chosen, bool(preview.missing))
