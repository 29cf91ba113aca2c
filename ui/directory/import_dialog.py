"""Import contacts: what the file holds, row by row, before anything is saved.

Errors are shown on their row and those rows stay out; likely duplicates wait for a
decision; a CSV file's columns can be read differently (guessed from the header). Only
Import writes, all chosen rows in one transaction (or none, if one fails).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from delegations.errors import DelegationsError
from delegations.exchange.preview import ImportPreview, ImportResult
from ui.directory.column_map import ColumnMap
from ui.directory.form import ERROR_COLOUR
from ui.directory.import_model import (
    CHOICE,
    CHOICES_ROLE,
    MERGE,
    NEW,
    UPDATE,
    ImportPreviewModel,
    Plan,
)

Apply = Callable[[ImportPreview, Plan], ImportResult]
Reread = Callable[[dict[int, str | None]], ImportPreview]


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


class ImportDialog(QDialog):
    """Shows an ImportPreview; `apply(preview, plan)` writes when the user says Import."""

    def __init__(self, preview: ImportPreview, apply: Apply, reread: Reread | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._apply, self._reread = apply, reread
        self.result_value: ImportResult | None = None
        self.setWindowTitle(self.tr("Import Contacts — %1").replace("%1", Path(preview.file).name))
        self.model = ImportPreviewModel(preview, self)
        self.intro, self.status, self.banner = QLabel(self), QLabel(self), QLabel(self)
        self.columns = ColumnMap(preview, self) if preview.format == "csv" else None
        self.table = self._make_table()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self._lay_out()
        self._connect()
        self._update()
        self.resize(1100, 640)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setItemDelegateForColumn(CHOICE, ChoiceDelegate(table))
        table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.setAccessibleName(self.tr("Rows to import"))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        unit = table.fontMetrics().averageCharWidth()
        for column, letters in enumerate((22, 5, 22, 26, 12, 24)):
            table.setColumnWidth(column, letters * unit + 20)
        return table

    def _lay_out(self) -> None:
        for label in (self.intro, self.status, self.banner):
            label.setWordWrap(True)
        self.banner.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.banner.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        if self.columns is not None:
            layout.addWidget(self.columns)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.model.dataChanged.connect(lambda *_: self._update())
        self.model.modelReset.connect(self._update)
        if self.columns is not None:
            self.columns.changed.connect(self._remap)

    def _remap(self, mapping: dict[int, str | None]) -> None:
        """Read the file again with the user's columns (nothing is written)."""
        if self._reread is None:
            return
        try:
            self.model.set_preview(self._reread(mapping))
        except DelegationsError as exc:
            self._show_banner(str(exc))

    def _update(self) -> None:
        preview, counts = self.model.preview, self.model.counts()
        self.intro.setText(self.tr(
            "%1 read from “%2” (%3). Nothing is saved until you choose Import; rows with an "
            "error are left out.").replace("%1", self._rows_text(len(preview.rows)))
            .replace("%2", Path(preview.file).name).replace("%3", preview.encoding))
        writes = counts[NEW] + counts[UPDATE] + counts[MERGE]
        self.status.setText(self._status_text(counts))
        missing = bool(self.columns is not None and preview.missing)
        if self.columns is not None:
            self.columns.show_missing(preview.missing)
        self.import_button.setEnabled(writes > 0 and not missing)
        self.import_button.setText(self.tr("&Import %1").replace("%1", str(writes))
                                   if writes else self.tr("&Import"))

    def _rows_text(self, n: int) -> str:
        return self.tr("1 contact") if n == 1 else self.tr("%1 contacts").replace("%1", str(n))

    def _status_text(self, counts: dict[str, int]) -> str:
        parts = [(NEW, self.tr("%1 new")), (UPDATE, self.tr("%1 updated")),
                 (MERGE, self.tr("%1 merged")), ("skip", self.tr("%1 skipped")),
                 ("error", self.tr("%1 with errors (left out)"))]
        return " · ".join(text.replace("%1", str(counts[key])) for key, text in parts
                          if counts[key])

    def save(self) -> None:
        """Write the chosen rows; a refusal leaves the store and this dialog as they were."""
        try:
            self.result_value = self._apply(self.model.preview, self.model.plan())
        except DelegationsError as exc:
            self._show_banner(str(exc))
            return
        self.accept()

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()
