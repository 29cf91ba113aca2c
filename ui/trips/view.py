"""The Trips page: filters above, the list below; Enter or a double-click opens a trip."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from delegations.errors import DelegationsError
from delegations.services import home, trips
from delegations.services.dto import TripFilter
from delegations.store import Store
from ui.sidebar import section_icon
from ui.trips.filters import TripFilterBar
from ui.trips.model import TripsTableModel
from ui.trips.overview import TripOverview
from ui.trips.table import TripsTable
from ui.widgets import EmptyState, page_title


class TripsPage(QWidget):
    """The list of trips; `summary_changed` tells the status bar how many are shown."""

    summary_changed = Signal(str)
    overview_opened = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._overviews: dict[int, TripOverview] = {}
        self.summary = ""  # what the status bar shows, e.g. "9 trips"
        self.setAccessibleName(self.tr("Trips"))
        self.filters = TripFilterBar(store, self)
        self.model = TripsTableModel(store, self)
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
        down.activated.connect(self._search_entered)
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
        layout.addWidget(page_title(self.tr("Trips"), self))
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
        """Read the store again (after an import, say), keeping the filters."""
        self.filters.reload_choices()
        self.apply_filter(self.filters.current_filter())

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
        return self.tr("1 trip") if shown == 1 else self.tr("%1 trips").replace("%1", str(shown))

    # ------------------------------------------------------------------ opening a trip

    def open_row(self, row: int) -> None:
        trip = self.model.trip_at(row)
        if trip is not None:
            self.open_trip(trip.id)

    def open_trip(self, trip_id: int) -> TripOverview | None:
        """Show the trip's overview (bringing it forward if it is already open)."""
        window = self._overviews.get(trip_id)
        if window is None:
            window = self._make_overview(trip_id)
            if window is None:
                return None
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _make_overview(self, trip_id: int) -> TripOverview | None:
        try:
            detail = trips.get_trip(self._store, trip_id)
            home_city = home.get_home(self._store)
        except DelegationsError as exc:
            QMessageBox.warning(self, self.tr("Trip not available"), str(exc))
            self.refresh()
            return None
        window = TripOverview(detail, home_city, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_: self._overviews.pop(trip_id, None))
        self._overviews[trip_id] = window
        self.overview_opened.emit(window)
        return window

    def overviews(self) -> list[TripOverview]:
        """The overview windows open now."""
        return list(self._overviews.values())
