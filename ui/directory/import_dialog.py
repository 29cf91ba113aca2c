"""Import contacts: what the file holds, row by row, before anything is saved.

Errors are shown on their row and those rows stay out; likely duplicates wait for a
decision; a CSV file's columns can be read differently (guessed from the header). Only
Import writes, all chosen rows in one transaction (or none, if one fails).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from delegations.exchange.preview import ImportPreview, ImportResult
from ui.common.preview_dialog import PreviewImportDialog, Reread
from ui.directory.import_model import (
    CHOICE,
    CHOICES_ROLE,
    MERGE,
    NEW,
    UPDATE,
    ImportPreviewModel,
    Plan,
)
from ui.undo import Pending

Apply = Callable[[ImportPreview, Plan], Pending[ImportResult]]


class ChoiceDelegate(QStyledItemDelegate):
    """A combo with the row's choices; the choice is taken as soon as it is picked."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for key, text in index.data(CHOICES_ROLE) or []:
            combo.addItem(text, key)
        combo.activated.connect(lambda _n: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ImportDialog(PreviewImportDialog):
    """Shows an ImportPreview; `apply(preview, plan)` writes when the user says Import."""

    COLUMN_LETTERS = (22, 5, 22, 26, 12, 24)

    def __init__(self, preview: ImportPreview, apply: Apply, reread: Reread | None = None,
                 parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("ImportDialog", "Import Contacts — %1")
        super().__init__(preview, apply, reread, title.replace("%1", Path(preview.file).name),
                         parent)
        self.table.setItemDelegateForColumn(CHOICE, ChoiceDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)

    def _make_model(self, preview: ImportPreview) -> ImportPreviewModel:
        return ImportPreviewModel(preview, self)

    def _chosen(self) -> Plan:
        return self.model.plan()

    def _update(self) -> None:
        preview, counts = self.model.preview, self.model.counts()
        self.intro.setText(self.tr(
            "%1 read from “%2” (%3). Nothing is saved until you choose Import; rows with an "
            "error are left out.").replace("%1", self._rows_text(len(preview.rows)))
            .replace("%2", Path(preview.file).name).replace("%3", preview.encoding))
        self.status.setText(self._status_text(counts))
        if self.columns is not None:
            self.columns.show_missing(preview.missing)
        self._set_import_count(counts[NEW] + counts[UPDATE] + counts[MERGE],
                               bool(self.columns is not None and preview.missing))

    def _rows_text(self, n: int) -> str:
        return self.tr("%n contact(s)", "", n)

    def _status_text(self, counts: dict[str, int]) -> str:
        parts = [(NEW, self.tr("%1 new")), (UPDATE, self.tr("%1 updated")),
                 (MERGE, self.tr("%1 merged")), ("skip", self.tr("%1 skipped")),
                 ("error", self.tr("%1 with errors (left out)"))]
        return " · ".join(text.replace("%1", str(counts[key])) for key, text in parts
                          if counts[key])
