"""Helpers for the trip window's tests: a context on the demo store, trips by ref."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from delegations.services import trips
from delegations.storage.store import Store
from tests.ui.support import on_screen
from ui.after.outcomes_tab import OutcomesTab
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


def trip_id(store: Store, ref: str = "sf-2026") -> int:
    """The id of the trip `ref` (by default the demo's San Francisco trip)."""
    return next(t.id for t in trips.list_trips(store) if t.ref == ref)


def outcomes_tab(qtbot, store: Store, monkeypatch, home: Path, size: tuple[int, int],
                 ) -> OutcomesTab:
    """The shown Outcomes tab of the demo's San Francisco trip, its files kept in `home`."""
    monkeypatch.setenv("DELEGATIONS_HOME", str(home))
    width, height = size
    return on_screen(qtbot, OutcomesTab(AppContext.create(store), trip_id(store)), width, height)
