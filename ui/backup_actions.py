"""Back up and restore from the File menu: the core checks every copy; the window only
asks where, confirms, and restarts the app on the restored file."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from delegations.errors import DelegationsError
from delegations.storage.integrity import check_store_file
from delegations.storage.restore import restore_store
from delegations.storage.snapshot import copy_store
from ui.context import AppContext

translate = QCoreApplication.translate  # lupdate finds translate("Context", "…")

FILTER = "Delegations (*.sqlite *.db);;*"


def add_backup_actions(menu: QMenu, ctx: AppContext, parent: QWidget) -> None:
    """'Back Up…' and 'Restore…' (only for a store in a file)."""
    if ctx.store.path is None:
        return
    menu.addAction(translate("BackupActions", "&Back Up…")).triggered.connect(
        lambda: ask_back_up(ctx, parent)
    )
    restore = menu.addAction(translate("BackupActions", "&Restore from Backup…"))
    restore.setEnabled(not ctx.store.read_only)
    restore.triggered.connect(lambda: ask_restore(ctx, parent))


def ask_back_up(ctx: AppContext, parent: QWidget) -> None:
    assert ctx.store.path is not None
    name = f"delegations-{datetime.now():%Y-%m-%d}.sqlite"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, translate("BackupActions", "Back Up"), str(ctx.store.path.parent / name), FILTER
    )
    if chosen:
        back_up(ctx, Path(chosen), parent)


def back_up(ctx: AppContext, target: Path, parent: QWidget) -> bool:
    """A checked copy of the open store at `target`; a failure is shown, not raised."""
    assert ctx.store.path is not None
    try:
        copy_store(ctx.store.path, target)
    except (DelegationsError, OSError) as err:
        QMessageBox.warning(parent, translate("BackupActions", "No backup made"), _text(err))
        return False
    QMessageBox.information(
        parent,
        translate("BackupActions", "Backup made"),
        translate("BackupActions", "The backup was written to %1 and checked.").replace(
            "%1", str(target)
        ),
    )
    return True


def ask_restore(ctx: AppContext, parent: QWidget) -> None:
    assert ctx.store.path is not None
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("BackupActions", "Restore from Backup"),
        str(ctx.store.path.parent),
        FILTER,
    )
    if not chosen:
        return
    answer = QMessageBox.question(
        parent,
        translate("BackupActions", "Restore from Backup"),
        translate(
            "BackupActions",
            "Replace the open database with %1? The current file is kept beside it, and "
            "Delegations starts again on the restored data.",
        ).replace("%1", chosen),
    )
    if answer == QMessageBox.StandardButton.Yes and restore(ctx, Path(chosen), parent):
        restart()


def restore(ctx: AppContext, source: Path, parent: QWidget | None) -> bool:
    """Replace the store by `source`; True when the app must start again.

    The backup is checked before the open store is closed, so a bad file changes nothing.
    """
    path = ctx.store.path
    assert path is not None
    try:
        check_store_file(source)
    except DelegationsError as err:
        QMessageBox.warning(parent, translate("BackupActions", "Not restored"), _text(err))
        return False
    ctx.store.close()
    try:
        restore_store(path, source)
    except (DelegationsError, OSError) as err:  # the old file is still in place
        QMessageBox.warning(parent, translate("BackupActions", "Not restored"), _text(err))
    return True


def restart() -> None:
    """Start the app afresh on the (restored) file, then quit this one."""
    QProcess.startDetached(sys.executable, sys.argv)
    QCoreApplication.quit()


def _text(err: Exception) -> str:
    if isinstance(err, OSError):
        return f"{err.filename or ''}: {err.strerror or err}".strip(": ")
    return str(err)
