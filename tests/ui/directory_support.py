"""Helpers for the directory's tests: a page over a real store, and finding things in it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from delegations.services import cities, contacts
from delegations.storage.store import Store
from tests.ui.support import on_screen
from ui.context import AppContext
from ui.directory.page import DirectoryPage


def make_page(qtbot, store: Store) -> DirectoryPage:
    """The page in a window of realistic size, shown (its lists are filled at once)."""
    return on_screen(qtbot, DirectoryPage(AppContext.create(store)), 1084, 780)


def contact_id(store: Store, name: str) -> int:
    return next(c.id for c in contacts.list_contacts(store, name) if c.name == name)


def city_id(store: Store, ref: str) -> int:
    return cities.get_city(store, ref).id


def message_box(widget: QWidget) -> QMessageBox:
    """The last message box the widget opened (ui.common.messages keeps it there)."""
    box = getattr(widget, "message_box", None)
    assert isinstance(box, QMessageBox), "no message box was shown"
    return box
