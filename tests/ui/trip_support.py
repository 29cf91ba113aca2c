"""Helpers for the trip window's tests: a context on the demo store, trips by ref."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from delegations.services import trips
from delegations.storage.store import Store
from ui.context import AppContext
from ui.trip_window.window import TripWindow


def open_window(qtbot, ctx: AppContext, ref: str) -> TripWindow:
    """A trip window, owned (as in the app) by a widget that the test closes.

    The test keeps the owner alive (pytest-qt holds it only weakly), never the window:
    a window closed during the test is deleted by Qt, and if its Python side held the
    last reference to its owner, the owner would go with it and delete the window a
    second time, in the middle of its own deletion (a segfault)."""
    owner = QWidget()
    qtbot.addWidget(owner)
    qtbot.trip_window_owners = [*getattr(qtbot, "trip_window_owners", []), owner]
    window = TripWindow(ctx, trips.find_trip(ctx.store, ref), owner)
    window.show()
    qtbot.waitExposed(window)
    return window


def answer(parent: QWidget, text: str) -> str:
    """Click the button `text` of the question asked on `parent`; the question's text."""
    box: QMessageBox = parent.message_box
    assert box.isVisible()
    question = box.text()
    button = next(b for b in box.buttons() if b.text() == text)
    assert isinstance(button, QAbstractButton)
    button.click()
    return question


def trip_of(store: Store, ref: str):
    return trips.get_trip(store, trips.find_trip(store, ref))
