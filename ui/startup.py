"""What happens before the window opens: the store is opened, a first start runs the wizard."""

from __future__ import annotations

import contextlib
import importlib.util
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from delegations.errors import DelegationsError, StoreError
from delegations.privacy.pending import finish_pending
from delegations.services import home
from delegations.storage.backup import backup_if_changed
from delegations.storage.integrity import DamagedStoreError
from delegations.storage.leftovers import MissingStoreError
from delegations.storage.location import location_warning
from delegations.storage.lock import StoreInUseError
from delegations.storage.restore import recover_from_backup
from delegations.storage.store import Store, check_in_full, open_store

translate = QCoreApplication.translate  # lupdate finds translate("Context", "…")


def open_store_or_explain(target: str, parent: QWidget | None = None) -> Store | None:
    """The opened store, or None after telling the user in plain words why it cannot be.

    A store open in another window can be opened read-only; a damaged one can be
    replaced by its newest good backup (the damaged file is kept aside).
    """
    store: Store | None
    try:
        store = open_store(target)
    except StoreInUseError as exc:
        store = _read_only_instead(target, exc, parent)
    except DamagedStoreError as exc:
        store = _recover(target, exc, parent)
    except (StoreError, OSError) as exc:
        QMessageBox.critical(parent, translate("Startup", "Cannot open the database"), str(exc))
        return None
    if store is not None:
        _after_opening(store, parent)
    return store


def _read_only_instead(target: str, exc: StoreInUseError, parent: QWidget | None) -> Store | None:
    answer = QMessageBox.question(
        parent,
        translate("Startup", "Database open elsewhere"),
        str(exc)
        + "\n\n"
        + translate(
            "Startup",
            "Open it read-only? You can look at everything and print, but not change anything.",
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return _open_or_say(lambda: open_store(target, read_only=True), parent)


def _recover(target: str, exc: DamagedStoreError, parent: QWidget | None) -> Store | None:
    """Offer the newest good backup for a damaged store, or for a missing or empty one with
    backups or kept copies beside it (never set up anew in silence)."""
    if not _restore_wanted(exc, parent):
        return None

    def restore_and_open() -> Store:
        recover_from_backup(Path(target))
        return open_store(target)

    return _open_or_say(restore_and_open, parent)


def _restore_wanted(exc: DamagedStoreError, parent: QWidget | None) -> bool:
    """Say what is wrong; True if the user wants the newest good backup restored."""
    title = (translate("Startup", "The database is missing or empty")
             if isinstance(exc, MissingStoreError)
             else translate("Startup", "The database is damaged"))
    if exc.backup is None:
        QMessageBox.critical(parent, title, str(exc))
        return False
    answer = QMessageBox.question(
        parent,
        title,
        str(exc) + "\n\n" + translate("Startup", "Restore the newest good backup now?"),
    )
    return answer == QMessageBox.StandardButton.Yes


class _FullCheck(QObject):
    """Carries the finding of the background check to the GUI thread (queued signal)."""

    found = Signal(object)

    def __init__(self, store: Store, window: QWidget) -> None:
        super().__init__(window)
        self.store = store
        self.window = window
        self.found.connect(self.report)
        self._reading: sqlite3.Connection | None = None
        self._stopped = threading.Event()

    def run(self) -> None:  # in the background thread
        if self._stopped.is_set():
            return
        try:
            damage = check_in_full(self.store, opened=self._keep)
        finally:
            self._reading = None  # closed by now
        if damage is not None and not self._stopped.is_set():
            self.found.emit(damage)

    def _keep(self, reading: sqlite3.Connection) -> None:
        self._reading = reading

    def stop(self) -> None:
        """The store closes: a check still reading is interrupted (the file stays as
        unchecked as it was; its soundness note is left alone)."""
        self._stopped.set()
        reading = self._reading
        if reading is not None:
            with contextlib.suppress(sqlite3.ProgrammingError):  # closed just now
                reading.interrupt()

    @Slot(object)
    def report(self, damage: DamagedStoreError) -> None:
        """The same message and offer as at opening; restoring closes the store, puts the
        backup in place and starts the app again (as Restore from Backup does)."""
        if self.store.closed or not _restore_wanted(damage, self.window):
            return
        from ui.backup_actions import restart

        path = damage.path
        self.store.close()
        with contextlib.suppress(StoreError, OSError):  # else the next start offers it again
            recover_from_backup(path)
        restart()


def check_after_start(store: Store, window: QWidget) -> threading.Thread | None:
    """Opening trusted a soundness note instead of reading the file whole (fast start): read
    it whole now, in the background, and report damage as opening would have."""
    if not store.check_deferred:
        return None
    checking = _FullCheck(store, window)
    thread = threading.Thread(target=checking.run, name="full-check", daemon=True)
    thread.start()

    def stop() -> None:
        checking.stop()
        thread.join()

    store.before_close(stop)
    return thread


def _open_or_say(opening: Callable[[], Store], parent: QWidget | None) -> Store | None:
    try:
        return opening()
    except (StoreError, OSError) as exc:
        QMessageBox.critical(parent, translate("Startup", "Cannot open the database"), str(exc))
        return None


def _after_opening(store: Store, parent: QWidget | None) -> None:
    """Warn about a risky place for the file; keep a backup if it changed since the last."""
    if store.path is None:
        return
    warning = location_warning(store.path)
    if warning:
        QMessageBox.warning(parent, translate("Startup", "Risky place for the database"), warning)
    if not store.read_only:
        finish_pending(store)  # an erasure's rewrite of the file that had to wait, first
        # Copying a large store takes a while: in the background, finished before the
        # store closes (Store.before_close), so the window comes up at once.
        copying = threading.Thread(target=_backup_quietly, args=(store.path,),
                                   name="startup-backup")
        copying.start()
        store.before_close(copying.join)


def _backup_quietly(path: Path) -> None:
    with contextlib.suppress(StoreError, OSError):  # a failed backup must not stop work
        backup_if_changed(path)


def is_first_start(store: Store) -> bool:
    """The office is not set up yet: the store has no home city."""
    return home.get_home(store) is None


def demo_available() -> bool:
    return importlib.util.find_spec("delegations.demo") is not None


def first_start(store: Store, parent: QWidget | None = None) -> bool:
    """Without a home city, run the first-start wizard; True if it was finished.

    Cancelled, the app opens on the store as it is, and the wizard comes again next time.
    """
    if not is_first_start(store):
        return False
    from ui.settings.wizard import FirstStartWizard  # the wizard imports this module

    wizard = FirstStartWizard(store, parent)
    return wizard.exec() == FirstStartWizard.DialogCode.Accepted


def load_demo(store: Store, parent: QWidget | None = None) -> bool:
    """Import the demo data set; False (after saying why) if it could not be loaded."""
    from delegations.demo import load_demo as load  # the importer loads on demand

    try:
        with busy():
            load(store)
    except DelegationsError as exc:
        QMessageBox.warning(parent, translate("Startup", "Demo data not loaded"), str(exc))
        return False
    return True


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """The wait cursor while something takes a moment."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
