"""Import a host's programme: every event of the calendar file and what it will become,
before anything is saved. Only Import writes, all events in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QWidget,
)

from delegations.calendar import IcsPreview, IcsResult
from ui.common import background
from ui.common.dialogs import Dialog
from ui.common.preview_dialog import preview_layout, preview_table
from ui.programme.calendar_model import NEW, SKIP, UPDATE, IcsPreviewModel
from ui.undo import Pending

Apply = Callable[[IcsPreview], Pending[IcsResult]]


class CalendarImportDialog(Dialog):
    """Shows an IcsPreview; `apply(preview)` writes when the user chooses Import."""

    def __init__(self, preview: IcsPreview, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._apply = apply
        self.result_value: IcsResult | None = None
        self.running: background.ProgressRun | None = None  # while Import writes
        name = Path(preview.file).name
        self.setWindowTitle(self.tr("Import Host's Programme — %1").replace("%1", name))
        self.model = IcsPreviewModel(preview, self)
        self.intro, self.status, self.banner = QLabel(self), QLabel(self), QLabel(self)
        self.table = self._make_table()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self._lay_out()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._describe(name)
        self.resize(1200, 520)

    def _make_table(self) -> QTableView:
        table = preview_table(self, self.model, self.tr("Events in the calendar file"))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.resizeColumnsToContents()  # then capped: the tooltip has a long text whole
        unit = table.fontMetrics().averageCharWidth()
        for column, letters in enumerate((18, 6, 34, 30, 22, 28)):
            table.setColumnWidth(column, min(table.columnWidth(column), letters * unit + 16))
        return table

    def _lay_out(self) -> None:
        preview_layout(self, self.intro, None, self.table,
                       (self.status, self.banner, self.buttons))

    def _describe(self, name: str) -> None:
        counts = self.model.counts()
        writes = counts[NEW] + counts[UPDATE]
        events = len(self.model.entries)
        read = self.tr("%n event(s)", "", events)
        self.intro.setText(self.tr(
            "%1 read from “%2”, in the local time of each event. Nothing is saved until you "
            "choose Import; events imported before are updated, not doubled.")
            .replace("%1", read).replace("%2", name))
        parts = [(NEW, self.tr("%1 new")), (UPDATE, self.tr("%1 updated")),
                 (SKIP, self.tr("%1 left out"))]
        summary = " · ".join(text.replace("%1", str(counts[key])) for key, text in parts
                             if counts[key])
        if writes:
            summary += "  —  " + self.tr("Edit ▸ Undo takes the import back.")
        else:
            summary = (summary + "  —  " if summary else "") + self.tr(
                "Nothing in this file can be imported into this trip.")
        self.status.setText(summary)
        self.import_button.setEnabled(writes > 0)
        if writes:
            self.import_button.setText(self.tr("&Import %1").replace("%1", str(writes)))

    def save(self) -> None:
        """Write the events, many of them in the background (Cancel in the progress
        dialog stops them); a refusal or a stop leaves the store and this dialog as they
        were."""
        if not self.import_button.isEnabled():
            return
        job = self._apply(self.model.preview)
        self.import_button.setEnabled(False)
        self.running = background.run(
            self, job.store, self.tr("Importing %1 events…").replace("%1", str(job.size)), job.work,
            job.size, background.BACKGROUND_ROWS, lambda result: self._saved(job, result),
            self._refused,
            lambda: self._refused(self.tr("The import was stopped; nothing was saved.")))

    def _saved(self, job: Pending[IcsResult], result: IcsResult) -> None:
        self.running = None
        job.record(result)
        self.result_value = result
        self.accept()

    def _refused(self, text: str) -> None:
        self.running = None
        self.banner.setText(text)
        self.banner.show()
        self._describe(Path(self.model.preview.file).name)
