"""Import vCard…, Import CSV…, Export… and Merge…: the contacts' exchange with other programs.

Reading and writing the files is the core's (delegations.exchange); this module asks for
the file, shows the preview and hands the user's choices to the undoable operations.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QWidget

from delegations.errors import DelegationsError
from delegations.progress import QUIET, Progress
from delegations.services import contacts
from ui.common import background
from ui.common.background import file_size
from ui.common.messages import tell
from ui.common.save_place import ask_save_path
from ui.context import AppContext
from ui.directory.contacts_pane import ContactsPane
from ui.directory.ops import DirectoryOps

VCARD, CSV = "vcard", "csv"

if TYPE_CHECKING:  # the readers, writers and dialogs load when first used
    from delegations.exchange.preview import ImportPreview
    from ui.directory.import_dialog import ImportDialog
    from ui.directory.merge_dialog import MergeDialog


class ExchangeActions(QObject):
    """Owns the actions and opens their dialogs (kept as `dialog` while open)."""

    def __init__(self, ctx: AppContext, ops: DirectoryOps, pane: ContactsPane,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.ops, self.pane, self._parent = ctx, ops, pane, parent
        self.dialog: ImportDialog | MergeDialog | None = None
        self.import_vcard = QAction(self.tr("Import &vCard…"), parent)
        self.import_csv = QAction(self.tr("Import &CSV…"), parent)
        self.export = QAction(self.tr("&Export Contacts…"), parent)
        self.merge = QAction(self.tr("&Merge Contacts…"), parent)
        self.merge.setEnabled(False)
        self.import_vcard.triggered.connect(lambda: self.ask_import(VCARD))
        self.import_csv.triggered.connect(lambda: self.ask_import(CSV))
        self.export.triggered.connect(self.ask_export)
        self.merge.triggered.connect(self.merge_selected)
        pane.selection_count_changed.connect(lambda n: self.merge.setEnabled(n == 2))
        self._add_buttons()

    def actions(self) -> list[QAction]:
        return [self.import_vcard, self.import_csv, self.export, self.merge]

    def _add_buttons(self) -> None:
        imports = QPushButton(self.tr("Import"), self.pane)
        menu = QMenu(imports)
        menu.addActions([self.import_vcard, self.import_csv])
        imports.setMenu(menu)
        imports.setAccessibleName(self.tr("Import contacts"))
        self.pane.filters.add_widget(imports)
        for action, text in ((self.export, self.tr("Export…")), (self.merge, self.tr("Merge…"))):
            button = QPushButton(text, self.pane)
            button.clicked.connect(action.trigger)
            button.setEnabled(action.isEnabled())
            action.enabledChanged.connect(button.setEnabled)
            self.pane.filters.add_widget(button)

    # ------------------------------------------------------------------ import

    def ask_import(self, kind: str) -> None:
        caption, pattern = ((self.tr("Import vCard"), self.tr("vCard files (*.vcf *.vcard)"))
                            if kind == VCARD else
                            (self.tr("Import CSV"), self.tr("CSV files (*.csv *.txt)")))
        path, _ = QFileDialog.getOpenFileName(self._parent, caption, "",
                                              pattern + ";;" + self.tr("All files (*)"))
        if path:
            self.import_file(path, kind)

    def import_file(self, path: str | Path, kind: str) -> ImportDialog | None:
        """Read the file (nothing is written) and open the preview (a large file is read
        in the background, behind a progress dialog: then None is returned and the
        preview opens when it is read, as `dialog`); None if unreadable."""
        from ui.directory.import_dialog import ImportDialog

        self.dialog = None
        background.run(
            self._parent, self.ctx.store, self.tr("Reading “%1”…").replace(
                "%1", Path(path).name),
            lambda progress: self._read(path, kind, None, progress), file_size(path),
            background.BACKGROUND_BYTES, lambda preview: self._show_preview(path, kind, preview),
            lambda text: tell(self._parent, self.tr("File not imported"), text))
        return self.dialog if isinstance(self.dialog, ImportDialog) else None

    def _show_preview(self, path: str | Path, kind: str, preview: ImportPreview) -> None:
        reread = (lambda mapping: self._read(path, kind, mapping)) if kind == CSV else None
        from ui.directory.import_dialog import ImportDialog

        dialog = ImportDialog(preview, self.ops.import_contacts, reread, self._parent)
        dialog.accepted.connect(lambda: self._imported(dialog))
        self.dialog = dialog
        dialog.open()

    def _read(self, path: str | Path, kind: str, mapping: dict | None,
              progress: Progress = QUIET) -> ImportPreview:
        if kind == VCARD:
            from delegations.exchange.vcard import read_vcards

            return read_vcards(path, self.ctx.store, progress)
        from delegations.exchange.csvfile import read_csv

        return read_csv(path, self.ctx.store, mapping=mapping, progress=progress)

    def _imported(self, dialog: ImportDialog) -> None:
        result = dialog.result_value
        if result is not None and (result.created or result.updated):
            self.pane.select((result.created or result.updated)[0])

    # ------------------------------------------------------------------ export

    def ask_export(self) -> None:
        vcard, csv = self.tr("vCard (*.vcf)"), self.tr("CSV for spreadsheets (*.csv)")
        path, chosen = ask_save_path(self._parent, self.tr("Export Contacts"), "contacts",
                                     self.tr("contacts.vcf"), f"{vcard};;{csv}")
        if path:
            kind = CSV if chosen == csv or path.lower().endswith(".csv") else VCARD
            self.export_to(path, kind)

    def export_to(self, path: str | Path, kind: str) -> int:
        """Write every contact to `path`; how many (0 and a message if it failed)."""
        try:
            if kind == VCARD:
                from delegations.exchange.vcard import write_vcards

                return write_vcards(self.ctx.store, path)
            from delegations.exchange.csvfile import write_contacts_csv

            return write_contacts_csv(self.ctx.store, path)
        except (DelegationsError, OSError) as exc:
            tell(self._parent, self.tr("Contacts not exported"), _reason(exc))
            return 0

    # ------------------------------------------------------------------ merge

    def merge_selected(self) -> MergeDialog | None:
        ids = self.pane.table.selected_ids()
        if len(ids) != 2:
            return None
        try:
            people = [contacts.get_contact(self.ctx.store, ident) for ident in ids]
        except DelegationsError as exc:
            tell(self._parent, self.tr("Contacts not merged"), str(exc))
            return None
        from ui.directory.merge_dialog import MergeDialog

        dialog = MergeDialog(people[0], people[1], self.ops.merge_contacts, self._parent)
        dialog.accepted.connect(lambda: self.pane.select(dialog.choices()[0]))
        self.dialog = dialog
        dialog.open()
        return dialog


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")
    return str(exc)
