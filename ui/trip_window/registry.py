"""The trip windows open now: one per trip, brought forward when opened again."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from delegations.errors import DelegationsError
from ui.context import AppContext
from ui.trip_window.window import TripWindow


class TripWindows(QObject):
    """Opens trip windows (children of `parent`, so they close with the main window)."""

    opened = Signal(object)
    contact_requested = Signal(int)
    new_trip_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx, self._parent = ctx, parent
        self._windows: dict[int, TripWindow] = {}

    def open(self, trip_id: int) -> TripWindow | None:
        """Show the trip's window (made if needed); None, after saying why, if it is gone."""
        window = self._windows.get(trip_id)
        if window is None:
            try:
                window = self._make(trip_id)
            except DelegationsError as exc:
                QMessageBox.warning(self._parent, self.tr("Trip not available"), str(exc))
                return None
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _make(self, trip_id: int) -> TripWindow:
        window = TripWindow(self._ctx, trip_id, self._parent)
        window.destroyed.connect(lambda *_: self._windows.pop(trip_id, None))
        window.contact_requested.connect(self.contact_requested.emit)
        window.trip_requested.connect(self.open)
        window.new_trip_requested.connect(self.new_trip_requested.emit)
        self._windows[trip_id] = window
        self.opened.emit(window)
        return window

    def windows(self) -> list[TripWindow]:
        """The trip windows open now."""
        return list(self._windows.values())

    def close_all(self) -> None:
        for window in self.windows():
            window.close()
