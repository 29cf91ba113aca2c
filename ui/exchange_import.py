"""File ▸ Import Exchange File…: another office's file (EXCHANGE.md) into the store.

Before anything is written the core rehearses the import and the dialog says what it
would do. What the file does not mention stays; replacing it is an explicit choice that
first lists, by name, every record it would remove. The core takes a checked backup
before an import that changes or removes existing records, and the dialog names it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from delegations.progress import Progress
from ui.common import background
from ui.common.background import file_size
from ui.context import AppContext, Change

if TYPE_CHECKING:  # the exchange formats load when a file is imported
    from delegations.exchange import ImportSummary

translate = QCoreApplication.translate  # lupdate finds translate("Context", "…")

#: What an exchange import may change, for the open views to redraw.
CHANGED = tuple(Change)  # an exchange file may bring anything


def add_exchange_import(menu: QMenu, ctx: AppContext, parent: QWidget) -> None:
    action = menu.addAction(translate("ExchangeImport", "&Import Exchange File…"))
    action.setEnabled(not ctx.store.read_only)
    action.triggered.connect(lambda: ask_import(ctx, parent))


def ask_import(ctx: AppContext, parent: QWidget) -> None:
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("ExchangeImport", "Import Exchange File"), "",
        translate("ExchangeImport", "Exchange files (*.json)"))
    if path:
        open_import(ctx, Path(path), parent)


def open_import(ctx: AppContext, path: Path, parent: QWidget) -> ExchangeImportDialog | None:
    """Read and rehearse the import (nothing is written) and show the dialog; None, after
    saying why, if the file cannot be imported. A large file is read in the background
    behind a progress dialog: then None is returned and the dialog opens when it is read
    (kept as `parent.exchange_dialog`)."""
    store = ctx.store

    def rehearse(progress: Progress) -> tuple[Any, ImportSummary, ImportSummary]:
        from delegations.exchange import import_exchange, read_exchange

        document = read_exchange(path)
        keeping = import_exchange(store, document, rehearse=True, progress=progress)
        return document, keeping, import_exchange(store, document, replace=True,
                                                  rehearse=True, progress=progress)

    def show(read: tuple[Any, ImportSummary, ImportSummary]) -> None:
        dialog = ExchangeImportDialog(ctx, path, *read, parent)
        parent.exchange_dialog = dialog  # type: ignore[attr-defined]
        dialog.open()

    def refuse(text: str) -> None:
        QMessageBox.warning(parent, translate("ExchangeImport", "Cannot import"),
                            f"{path}: {text}")

    parent.exchange_dialog = None  # type: ignore[attr-defined]
    background.run(parent, store, translate("ExchangeImport", "Reading %1…").replace(
        "%1", path.name), rehearse, file_size(path), background.BACKGROUND_BYTES, show, refuse)
    return parent.exchange_dialog  # type: ignore[attr-defined]


def kind_label(kind: str) -> str:
    """The name of a kind of record the summary counts (its keys: EXCHANGE.md's lists)."""
    labels = {
        "home": translate("ExchangeImport", "home city"),
        "settings": translate("ExchangeImport", "settings"),
        "goals": translate("ExchangeImport", "goals"),
        "cities": translate("ExchangeImport", "cities"),
        "contacts": translate("ExchangeImport", "contacts"),
        "trips": translate("ExchangeImport", "trips"),
        "participants": translate("ExchangeImport", "participants"),
        "agenda": translate("ExchangeImport", "programme points"),
        "travel": translate("ExchangeImport", "travel legs"),
        "accommodation": translate("ExchangeImport", "accommodation"),
        "outcomes": translate("ExchangeImport", "outcomes"),
        "follow_ups": translate("ExchangeImport", "follow-ups"),
        "gifts": translate("ExchangeImport", "gifts"),
        "budget_lines": translate("ExchangeImport", "budget lines"),
        "vehicles": translate("ExchangeImport", "cars"),
    }
    return labels.get(kind, kind)


def _counts(summary: ImportSummary) -> str:
    lines = []
    for kind in summary.kinds():
        lines.append(translate("ExchangeImport", "%1: %2 new, %3 updated").replace(
            "%1", kind_label(kind)).replace(
            "%2", str(summary.created[kind])).replace("%3", str(summary.updated[kind])))
    return "\n".join(lines)


class ExchangeImportDialog(QDialog):
    """What the import would do; 'Replace' shows every removal before it can happen."""

    def __init__(self, ctx: AppContext, path: Path, document: Any, keeping: ImportSummary,
                 replacing: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.document = ctx, document
        self.result_summary: ImportSummary | None = None
        self.running: background.ProgressRun | None = None  # while the import writes
        self.name = path.name
        self.records = sum(keeping.created[kind] + keeping.updated[kind]  # as progressed
                           for kind in ("goals", "cities", "contacts", "trips"))
        self.setWindowTitle(translate("ExchangeImport", "Import %1").replace("%1", path.name))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_counts(keeping) or translate("ExchangeImport",
                                                              "Nothing to import."), self))
        self.replace = QCheckBox(translate(
            "ExchangeImport", "Replace what the file does not mention (removes: %1)").replace(
            "%1", str(len(replacing.removed_items))), self)
        self.replace.setEnabled(bool(replacing.removed_items))
        layout.addWidget(self.replace)
        self.removals = QListWidget(self)
        self.removals.addItems([f"{kind_label(kind)}: {name}"
                                for kind, name in replacing.removed_items])
        self.removals.setAccessibleName(translate("ExchangeImport", "Records to be removed"))
        self.removals.setVisible(False)
        layout.addWidget(self.removals)
        self.replace.toggled.connect(self.removals.setVisible)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(translate("ExchangeImport", "Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        self.note = QLabel(self)  # says that a stopped import saved nothing
        self.note.hide()
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def run(self) -> None:
        """Import for real (all or nothing; a large file in the background, where Cancel
        stops it and changes nothing); a failure is shown and the dialog stays."""
        if self.running is not None:
            return
        from delegations.exchange import import_exchange

        store, document, replace = self.ctx.store, self.document, self.replace.isChecked()
        self.import_button.setEnabled(False)
        self.running = background.run(
            self, store, translate("ExchangeImport", "Importing %1…").replace("%1", self.name),
            lambda progress: import_exchange(store, document, replace=replace,
                                             progress=progress),
            self.records, background.BACKGROUND_ROWS, self._done, self._refused, self._stopped)

    def _refused(self, text: str) -> None:
        self.running = None
        self.import_button.setEnabled(True)
        QMessageBox.warning(self, translate("ExchangeImport", "Cannot import"), text)

    def _stopped(self) -> None:
        self.running = None
        self.import_button.setEnabled(True)
        self.note.setText(translate("ExchangeImport", "The import was stopped; nothing was "
                                                      "saved."))
        self.note.show()

    def _done(self, summary: ImportSummary) -> None:
        self.running = None
        self.result_summary = summary
        self.ctx.undo.clear()  # the undo steps before the import no longer fit the data
        self.ctx.changes.announce(*CHANGED)
        if summary.backup is not None:
            QMessageBox.information(self, translate("ExchangeImport", "Imported"), translate(
                "ExchangeImport", "Imported. A backup of the data as it was before is kept "
                "at %1.").replace("%1", str(summary.backup)))
        self.accept()
