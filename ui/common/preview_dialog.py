"""The frame of every file import with a preview: the file's rows in a table, a CSV
file's columns open to remapping, and nothing written until Import.

Subclasses give the model, what the Import button writes (`_chosen`) and the texts
(`_update`); reading again with other columns, the layout and refusals live here once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from delegations.errors import DelegationsError
from delegations.exchange.preview import ImportPreview, ImportResult
from ui.common import background
from ui.common.colours import error_colour
from ui.common.column_map import ColumnMap
from ui.common.dialogs import Dialog
from ui.undo import Pending

translate = QCoreApplication.translate
Reread = Callable[[dict[int, str | None]], ImportPreview]
# What Import calls with the preview and the chosen rows: the writing, not yet run.
Apply = Callable[[ImportPreview, Any], Pending[ImportResult]]


def preview_layout(dialog: QWidget, intro: QLabel, above: QWidget | None, table: QWidget,
                   below: tuple[QLabel, QLabel, QWidget]) -> None:
    """An import preview from the top: what the file holds, `above` the table (the column
    mapping, if any), the table, then the status line, the error banner (hidden until
    there is an error) and the buttons."""
    status, banner, _buttons = below
    for label in (intro, status, banner):
        label.setWordWrap(True)
    banner.setStyleSheet(f"color: {error_colour().name()};")
    banner.hide()
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    if above is not None:
        layout.addWidget(above)
    layout.addWidget(table, 1)
    for widget in below:
        layout.addWidget(widget)


def preview_table(parent: QWidget, model: QAbstractItemModel, name: str,
                  letters: tuple[int, ...] = ()) -> QTableView:
    """A table of rows to look through before importing: one row selected at a time,
    columns about `letters` characters wide (the last one stretches)."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.setAccessibleName(name)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    unit = table.fontMetrics().averageCharWidth()
    for column, width in enumerate(letters):
        table.setColumnWidth(column, width * unit + 20)
    return table


class PreviewImportDialog(Dialog):
    """`apply(preview, chosen)` writes when the user says Import; `reread(mapping)` reads
    the file again with the user's columns."""

    COLUMN_LETTERS: tuple[int, ...] = ()

    def __init__(self, preview: ImportPreview, apply: Apply, reread: Reread | None,
                 title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._apply, self._reread = apply, reread
        self.result_value: ImportResult | None = None
        self.running: background.ProgressRun | None = None  # while Import writes
        self.setWindowTitle(title)
        self.model = self._make_model(preview)
        self.intro, self.status, self.banner = QLabel(self), QLabel(self), QLabel(self)
        self.columns = ColumnMap(preview, self) if preview.format == "csv" else None
        name = translate("PreviewImportDialog", "Rows to import")
        self.table = preview_table(self, self.model, name, self.COLUMN_LETTERS)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(translate("PreviewImportDialog", "&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self._lay_out()
        self._connect()
        self._update()
        self.resize(1100, 640)

    def default_button(self) -> QAbstractButton:
        return self.import_button

    # ------------------------------------------------------------------ for subclasses

    def _make_model(self, preview: ImportPreview) -> Any:
        raise NotImplementedError

    def _chosen(self) -> Any:
        """What Import writes (the model's plan, or the ticked rows)."""
        raise NotImplementedError

    def _update(self) -> None:
        """Say what the file holds and what Import would write."""
        raise NotImplementedError

    # ------------------------------------------------------------------ shared

    def _lay_out(self) -> None:
        preview_layout(self, self.intro, self.columns, self.table,
                       (self.status, self.banner, self.buttons))

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

    def _set_import_count(self, count: int, missing: bool) -> None:
        """Import says how many rows it writes, and is off while nothing would be."""
        self.import_button.setEnabled(count > 0 and not missing)
        text = (translate("PreviewImportDialog", "&Import %1").replace("%1", str(count))
                if count else translate("PreviewImportDialog", "&Import"))
        self.import_button.setText(text)

    def save(self) -> None:
        """Write the chosen rows, many of them in the background (Cancel in the progress
        dialog stops them); a refusal or a stop leaves the store and this dialog as they
        were."""
        if not self.import_button.isEnabled():
            return
        job = self._apply(self.model.preview, self._chosen())
        self.import_button.setEnabled(False)
        label = translate("PreviewImportDialog", "Importing %1 rows…").replace(  # ≥ 100
            "%1", str(job.size))
        stopped = translate("PreviewImportDialog", "The import was stopped; nothing was saved.")
        self.running = background.run(
            self, job.store, label, job.work, job.size, background.BACKGROUND_ROWS,
            lambda result: self._saved(job, result), self._refused,
            lambda: self._refused(stopped))

    def _saved(self, job: Pending[ImportResult], result: ImportResult) -> None:
        self.running = None
        job.record(result)
        self.result_value = result
        self.accept()

    def _refused(self, text: str) -> None:
        self.running = None
        self._show_banner(text)
        self._update()

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()
