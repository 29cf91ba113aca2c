"""What happens before the window opens: the store is opened, a first start offers the demo."""

from __future__ import annotations

import contextlib
import importlib.util
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from delegations.errors import DelegationsError, StoreError
from delegations.services import home, trips
from delegations.store import Store, open_store


def open_store_or_explain(target: str, parent: QWidget | None = None) -> Store | None:
    """The opened store, or None after telling the user in plain words why it cannot be."""
    try:
        return open_store(target)
    except (StoreError, OSError) as exc:
        QMessageBox.critical(
            parent, QCoreApplication.translate("Startup", "Cannot open the database"), str(exc))
        return None


def is_first_start(store: Store) -> bool:
    """An empty store: no trips and the home city not set up yet."""
    return home.get_home(store) is None and trips.count_trips(store) == 0


def demo_available() -> bool:
    return importlib.util.find_spec("delegations.demo") is not None


def offer_demo(store: Store, parent: QWidget | None = None) -> bool:
    """On a first start, ask whether to load Kiel's demo data; True if it was loaded."""
    if not is_first_start(store) or not demo_available():
        return False
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Startup", "Welcome to Delegations"),
        QCoreApplication.translate("Startup", "Load the demo data of Kiel?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return load_demo(store, parent)


def load_demo(store: Store, parent: QWidget | None = None) -> bool:
    """Import the demo data set; False (after saying why) if it could not be loaded."""
    from delegations.demo import load_demo as load  # the importer loads on demand

    try:
        with busy():
            load(store)
    except DelegationsError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Startup", "Demo data not loaded"), str(exc))
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
