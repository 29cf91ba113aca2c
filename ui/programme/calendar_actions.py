"""Export to Calendar… and Import Host's Programme…: the Programme tab's .ics actions.

Reading and writing calendars is the core's (delegations.calendar); this module asks
for the choices and the file, shows the preview and records the import for undo. The
file dialogs only pick a path: `export_to` and `import_file` do the work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from delegations.calendar import IcsPreview, IcsResult, Options, read_ics, write_ics
from delegations.errors import DelegationsError
from delegations.services import trips
from ui.common import background
from ui.common.background import file_size
from ui.common.messages import tell
from ui.common.ops import IdMap
from ui.common.save_place import proposed_path, remember_folder
from ui.context import AppContext
from ui.programme.calendar_export_dialog import CalendarExportDialog
from ui.programme.calendar_import_dialog import CalendarImportDialog
from ui.programme.calendar_ops import import_calendar
from ui.undo import Pending


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")
    return str(exc)


class CalendarActions(QObject):
    """Owns the two actions; the open dialog is kept as `dialog`, the last status
    message as `message`."""

    def __init__(self, ctx: AppContext, trip_id: int, ids: IdMap, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.trip_id, self.ids, self._parent = ctx, trip_id, ids, parent
        self.dialog: CalendarExportDialog | CalendarImportDialog | None = None
        self.message = ""
        self.export_action = QAction(self.tr("Export to Calendar…"), parent)
        self.export_action.setToolTip(self.tr("Write the programme and travel as an .ics "
                                              "file for Outlook, Thunderbird or Google"))
        self.import_action = QAction(self.tr("Import Host's Programme…"), parent)
        self.import_action.setToolTip(self.tr("Read a host's .ics calendar into this trip, "
                                              "with a preview before anything is saved"))
        self.export_action.triggered.connect(self.ask_export)
        self.import_action.triggered.connect(self.ask_import)

    def actions(self) -> list[QAction]:
        return [self.export_action, self.import_action]

    def _say(self, text: str) -> None:
        """A status message in the window's status bar, when it has one."""
        self.message = text
        window = self._parent.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)

    # ------------------------------------------------------------------ export

    def ask_export(self) -> CalendarExportDialog | None:
        """Ask whose programme, then (on Export…) for the file."""
        try:
            trip = trips.get_trip(self.ctx.store, self.trip_id)
        except DelegationsError as exc:
            tell(self._parent, self.tr("Calendar not exported"), str(exc))
            return None
        dialog = CalendarExportDialog(trip, self._parent)
        dialog.accepted.connect(lambda: self._ask_file(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _ask_file(self, dialog: CalendarExportDialog) -> None:
        path, _ = QFileDialog.getSaveFileName(self._parent, self.tr("Export to Calendar"),
                                              proposed_path("ics", dialog.file_name()),
                                              self.tr("iCalendar files (*.ics)"))
        if path:
            remember_folder("ics", path)
            self.export_to(path, dialog.options())

    def export_to(self, path: str | Path, options: Options | None = None) -> int:
        """Write the calendar to `path`; the number of events (0 and a message if it failed)."""
        try:
            count = write_ics(self.ctx.store, self.trip_id, path, options)
        except (DelegationsError, OSError) as exc:
            tell(self._parent, self.tr("Calendar not exported"), _reason(exc))
            return 0
        events = self.tr("%n event(s)", "", count)
        self._say(self.tr("Exported %1 to “%2”.").replace("%1", events)
                  .replace("%2", Path(path).name))
        return count

    # ------------------------------------------------------------------ import

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._parent, self.tr("Import Host's Programme"), "",
            self.tr("iCalendar files (*.ics *.ical *.ifb)") + ";;" + self.tr("All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str | Path) -> CalendarImportDialog | None:
        """Read the file (nothing is written) and open the preview (a large file is read
        in the background, behind a progress dialog: then None is returned and the
        preview opens when it is read, as `dialog`); None if unreadable."""
        self.dialog = None
        store, trip_id = self.ctx.store, self.trip_id
        background.run(self._parent, store, self.tr("Reading “%1”…").replace(
            "%1", Path(path).name), lambda progress: read_ics(path, store, trip_id, progress),
            file_size(path), background.BACKGROUND_BYTES, self._show_preview,
            lambda text: tell(self._parent, self.tr("Calendar not imported"), text))
        return self.dialog if isinstance(self.dialog, CalendarImportDialog) else None

    def _show_preview(self, preview: IcsPreview) -> None:
        dialog = CalendarImportDialog(preview, self._apply, self._parent)
        dialog.accepted.connect(lambda: self._imported(dialog))
        self.dialog = dialog
        dialog.open()

    def _apply(self, preview: IcsPreview) -> Pending[IcsResult]:
        text = self.tr("Import “%1”").replace("%1", Path(preview.file).name)
        return import_calendar(self.ctx, self.ids, preview, text)

    def _imported(self, dialog: CalendarImportDialog) -> None:
        done = dialog.result_value
        if done is not None:
            self._say(self.tr("Imported “%1”: %2 new, %3 updated.")
                      .replace("%1", Path(dialog.model.preview.file).name)
                      .replace("%2", str(done.created)).replace("%3", str(done.updated)))
