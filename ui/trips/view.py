"""The Trips page: filters above, the list below; Enter or a double-click opens a trip in
its own window, Delete deletes it after asking, New Trip… (Ctrl+N) makes one."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from delegations.services import trips
from delegations.services.dto import TripFilter
from ui.context import AppContext, Change
from ui.sidebar import section_icon
from ui.trip_window import trip_actions
from ui.trip_window.registry import TripWindows
from ui.trip_window.window import TripWindow
from ui.trips.filters import TripFilterBar
from ui.trips.model import TripsTableModel
from ui.trips.new_trip_dialog import NewTripDialog
from ui.trips.table import TripsTable
from ui.widgets import EmptyState, page_title

_REFRESH_KINDS = {Change.TRIP, Change.PARTICIPANT, Change.CITY}


class TripsPage(QWidget):
    """The list of trips; `summary_changed` tells the status bar how many are shown."""

    summary_changed = Signal(str)
    trip_opened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._store = ctx.store
        self.windows = TripWindows(ctx, self)
        self.windows.opened.connect(self.trip_opened.emit)
        self.windows.new_trip_requested.connect(self.new_trip)
        self.summary = ""  # what the status bar shows, e.g. "9 trips"
        self.setAccessibleName(self.tr("Trips"))
        self.filters = TripFilterBar(ctx.store, self)
        self.model = TripsTableModel(ctx.store, self)
        self.new_button = QPushButton(self.tr("New Trip…"), self)
        self.new_button.setAccessibleName(self.tr("New trip"))
        self.new_button.setToolTip(self.tr("New trip (%1)").replace(
            "%1", QKeySequence(QKeySequence.StandardKey.New).toString(
                QKeySequence.SequenceFormat.NativeText)))
        self.new_button.clicked.connect(self.new_trip)
        self.table = self._make_table()
        self.empty = EmptyState(self, section_icon("trips"))
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty)
        self._lay_out()
        self.filters.changed.connect(self.apply_filter)
        self.filters.search.returnPressed.connect(self._search_entered)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.filters.search,
                         context=Qt.ShortcutContext.WidgetShortcut)
        down.setWhatsThis(self.tr("Trips: from the search to the list"))
        down.activated.connect(self._search_entered)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table,
                           context=Qt.ShortcutContext.WidgetShortcut)
        delete.setWhatsThis(self.tr("Trips: delete the trip chosen"))
        delete.activated.connect(self.delete_current)
        ctx.changes.changed.connect(self._changed)
        self.apply_filter(self.filters.current_filter())

    def _make_table(self) -> TripsTable:
        table = TripsTable(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Trips list"))
        table.size_columns()
        table.open_requested.connect(self.open_row)
        return table

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 8)
        layout.setSpacing(10)
        header = QHBoxLayout()
        header.addWidget(page_title(self.tr("Trips"), self), 1)
        header.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(header)
        layout.addWidget(self.filters)
        layout.addWidget(self._stack, 1)

    def focus_search(self) -> None:
        self.filters.focus_search()

    def _search_entered(self) -> None:
        """Enter or Down in the search field: show the results now and move into the list."""
        self.filters.apply_now()
        if self.model.rowCount():
            self.table.selectRow(max(self.table.currentIndex().row(), 0))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Read the store again (after an edit or an import), keeping filters and place."""
        current = self.current_trip_id()
        self.filters.reload_choices()
        self.apply_filter(self.filters.current_filter())
        if current is not None:
            self.select_trip(current)

    def _changed(self, kind: Change, _ident: object) -> None:
        if kind in _REFRESH_KINDS:
            self.refresh()

    def current_trip_id(self) -> int | None:
        index = self.table.currentIndex()
        trip = self.model.trip_at(index.row()) if index.isValid() else None
        return None if trip is None else trip.id

    def select_trip(self, trip_id: int) -> bool:
        """Make a trip the current row if it is listed (loaded) now."""
        for row in range(self.model.rowCount()):
            trip = self.model.trip_at(row)
            if trip is not None and trip.id == trip_id:
                self.table.selectRow(row)
                return True
        return False

    def apply_filter(self, trip_filter: TripFilter) -> None:
        self.model.set_filter(trip_filter)
        self.table.selectionModel().setCurrentIndex(
            self.model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        self._show_state(trip_filter)

    def _show_state(self, trip_filter: TripFilter) -> None:
        total = self.model.total
        self.filters.setEnabled(bool(total) or trip_filter != TripFilter())
        if total:
            self._stack.setCurrentWidget(self.table)
        elif trip_filter == TripFilter():
            self.empty.set_message(self.tr("No trips yet"), self.tr(
                "Trips, visits and exchanges will be listed here once they are planned."))
            self._stack.setCurrentWidget(self.empty)
        else:
            self.empty.set_message(self.tr("No trips match"), self.tr(
                "Try a shorter search, or set the filters back to “All”."))
            self._stack.setCurrentWidget(self.empty)
        self.summary = self._summary(trip_filter, total)
        self.summary_changed.emit(self.summary)

    def _summary(self, trip_filter: TripFilter, shown: int) -> str:
        if trip_filter != TripFilter():
            everything = trips.count_trips(self._store, TripFilter())
            return self.tr("%1 of %2 trips").replace("%1", str(shown)).replace(
                "%2", str(everything))
        return self.tr("%n trip(s)", "", shown)

    # ------------------------------------------------------------------ trips

    def open_row(self, row: int) -> None:
        trip = self.model.trip_at(row)
        if trip is not None:
            self.open_trip(trip.id)

    def open_trip(self, trip_id: int) -> TripWindow | None:
        """Show the trip's window (bringing it forward if it is already open)."""
        window = self.windows.open(trip_id)
        if window is None:
            self.refresh()  # it was gone
        return window

    def new_trip(self) -> NewTripDialog:
        """Ask for the essentials; the new trip opens in its window."""
        dialog = NewTripDialog(self.ctx, self.window())
        dialog.accepted.connect(lambda: self._created(dialog.created_id))
        dialog.finished.connect(dialog.deleteLater)
        self.new_trip_dialog = dialog
        dialog.open()
        return dialog

    def _created(self, trip_id: int | None) -> None:
        if trip_id is not None:
            self.select_trip(trip_id)
            self.open_trip(trip_id)

    def delete_current(self) -> None:
        """Delete the current trip after asking (the question names it)."""
        index = self.table.currentIndex()
        trip = self.model.trip_at(index.row()) if index.isValid() else None
        if trip is not None:
            trip_actions.confirm_delete(self.ctx, trip.id, trip.title, self)
