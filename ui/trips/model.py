"""TripsTableModel: the trips list as a Qt table, fetched page by page from the services."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from delegations.enums import TripStatus
from delegations.services import trips
from delegations.services.dto import TripFilter, TripRow
from delegations.storage.store import Store
from ui.formatting import short_date
from ui.labels import label
from ui.paged_model import PagedTableModel

Index = QModelIndex | QPersistentModelIndex

TITLE, KIND, STATUS, FROM, TO, DESTINATIONS, PARTICIPANTS = range(7)
#: The service's sort column (trips.SORTABLE) behind each header.
_SORTS = ("title", "kind", "status", "start", "end", "destinations", "participants")


class TripsTableModel(PagedTableModel[TripRow]):
    """Holds the TripRows loaded so far; more come when the view scrolls (fetchMore)."""

    PAGE_SIZE = 100

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = TripFilter()

    # ------------------------------------------------------------------ own API

    @property
    def trip_filter(self) -> TripFilter:
        return self._filter

    def set_filter(self, trip_filter: TripFilter) -> None:
        """Show the trips matching `trip_filter` (its limit and offset are ignored)."""
        self._filter = dataclasses.replace(trip_filter, limit=None, offset=0)
        self.reload()

    def trip_at(self, row: int) -> TripRow | None:
        return self.row_at(row)

    # ------------------------------------------------------------------ paging

    def _count(self) -> int:
        return trips.count_trips(self._store, self._filter)

    def _fetch(self, offset: int, limit: int | None) -> list[TripRow]:
        sort, descending = self.service_sort(_SORTS)
        page = dataclasses.replace(self._filter, offset=offset, limit=limit, sort=sort,
                                   descending=descending)
        return trips.list_trips(self._store, page)

    def headers(self) -> list[str]:
        return [self.tr("Title"), self.tr("Kind"), self.tr("Status"), self.tr("From"),
                self.tr("To"), self.tr("Destinations"), self.tr("Participants")]

    def _text(self, row: TripRow, column: int) -> str:
        texts: dict[int, Callable[[], str]] = {
            TITLE: lambda: row.title,
            KIND: lambda: label(row.kind),
            STATUS: lambda: label(row.status),
            FROM: lambda: short_date(row.start),
            TO: lambda: short_date(row.end),
            DESTINATIONS: lambda: ", ".join(row.destinations),
            PARTICIPANTS: lambda: str(row.participants),
        }
        return texts[column]()

    # ------------------------------------------------------------------ Qt model

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles, aligned as their cells; rows have no header."""
        if (role == Qt.ItemDataRole.TextAlignmentRole
                and orientation == Qt.Orientation.Horizontal and 0 <= section <= PARTICIPANTS):
            return self._alignment(section)
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, tooltip, alignment and colour of one cell."""
        trip = self.trip_at(index.row()) if index.isValid() else None
        if trip is None or index.parent().isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(trip, column) if column in (TITLE, DESTINATIONS) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole and trip.status == TripStatus.CANCELLED:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        return super().data(index, role)

    @staticmethod
    def _alignment(column: int) -> int:
        horizontal = (Qt.AlignmentFlag.AlignRight if column == PARTICIPANTS
                      else Qt.AlignmentFlag.AlignLeft)
        return int(horizontal | Qt.AlignmentFlag.AlignVCenter)

