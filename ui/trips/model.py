"""TripsTableModel: the trips list as a Qt table, fetched page by page from the services."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from delegations.enums import TripStatus
from delegations.services import trips
from delegations.services.dto import TripFilter, TripRow
from delegations.store import Store
from ui.formatting import short_date
from ui.labels import label

Index = QModelIndex | QPersistentModelIndex

TITLE, KIND, STATUS, FROM, TO, DESTINATIONS, PARTICIPANTS = range(7)
_STATUS_ORDER = {status: n for n, status in enumerate(TripStatus)}


class TripsTableModel(QAbstractTableModel):
    """Holds the TripRows loaded so far; more come when the view scrolls (fetchMore)."""

    PAGE_SIZE = 100

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = TripFilter()
        self._rows: list[TripRow] = []
        self._total = 0
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._collator = QCollator(QLocale())
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    # ------------------------------------------------------------------ own API

    @property
    def trip_filter(self) -> TripFilter:
        return self._filter

    @property
    def total(self) -> int:
        """How many trips match the filter (loaded or not)."""
        return self._total

    def set_filter(self, trip_filter: TripFilter) -> None:
        """Show the trips matching `trip_filter` (its limit and offset are ignored)."""
        self._filter = dataclasses.replace(trip_filter, limit=None, offset=0)
        self.reload()

    def reload(self) -> None:
        """Query again from the first page, keeping the sort order."""
        self.beginResetModel()
        self._total = trips.count_trips(self._store, self._filter)
        self._rows = self._query(0, self._page_limit())
        self._sort_rows()
        self.endResetModel()

    def trip_at(self, row: int) -> TripRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, trip_id: int) -> int:
        """The row of a loaded trip, or -1."""
        return next((n for n, r in enumerate(self._rows) if r.id == trip_id), -1)

    def _query(self, offset: int, limit: int | None) -> list[TripRow]:
        page = dataclasses.replace(self._filter, offset=offset, limit=limit)
        return trips.list_trips(self._store, page)

    def _page_limit(self) -> int | None:
        """Sorting needs every row; the service's own order can be paged."""
        return None if self._sort else self.PAGE_SIZE

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else PARTICIPANTS + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles; rows have no header."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= PARTICIPANTS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header_texts()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(section)
        return None

    def _header_texts(self) -> list[str]:
        return [self.tr("Title"), self.tr("Kind"), self.tr("Status"), self.tr("From"),
                self.tr("To"), self.tr("Destinations"), self.tr("Participants")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, tooltip, alignment and colour of one cell."""
        if not index.isValid() or index.parent().isValid():
            return None
        trip = self.trip_at(index.row())
        if trip is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(trip, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (TITLE, DESTINATIONS):
            return self._text(trip, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole and trip.status == TripStatus.CANCELLED:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        return None

    def _text(self, trip: TripRow, column: int) -> str:
        texts: dict[int, Callable[[], str]] = {
            TITLE: lambda: trip.title,
            KIND: lambda: label(trip.kind),
            STATUS: lambda: label(trip.status),
            FROM: lambda: short_date(trip.start),
            TO: lambda: short_date(trip.end),
            DESTINATIONS: lambda: ", ".join(trip.destinations),
            PARTICIPANTS: lambda: str(trip.participants),
        }
        return texts[column]()

    @staticmethod
    def _alignment(column: int) -> int:
        horizontal = (Qt.AlignmentFlag.AlignRight if column == PARTICIPANTS
                      else Qt.AlignmentFlag.AlignLeft)
        return int(horizontal | Qt.AlignmentFlag.AlignVCenter)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        """Load the next page of trips from the service."""
        if parent.isValid() or len(self._rows) >= self._total:
            return
        more = self._query(len(self._rows), self.PAGE_SIZE)
        if not more:
            self._total = len(self._rows)  # the store shrank under us
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (all matching trips are loaded); -1 restores the list's own order."""
        if column < 0 or column > PARTICIPANTS:
            if self._sort is not None:
                self._sort = None
                self.reload()
            return
        self._sort = (column, order)
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        self.layoutAboutToBeChanged.emit()
        before = {row.id: n for n, row in enumerate(self._rows)}
        self._sort_rows()
        self._move_persistent(before)
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        self._rows.sort(key=lambda r: _sort_value(r, column, self._collator),
                        reverse=order == Qt.SortOrder.DescendingOrder)

    def _move_persistent(self, before: dict[int, int]) -> None:
        after = {row.id: n for n, row in enumerate(self._rows)}
        old_to_new = {old: after[trip_id] for trip_id, old in before.items()}
        old = self.persistentIndexList()
        new = [self.index(old_to_new.get(i.row(), i.row()), i.column()) for i in old]
        self.changePersistentIndexList(old, new)


def _sort_value(trip: TripRow, column: int, collator: QCollator) -> Any:
    """A key that orders trips by a column as people expect (status in its life-cycle order)."""
    if column == TITLE:
        return collator.sortKey(trip.title)
    if column == KIND:
        return collator.sortKey(label(trip.kind))
    if column == STATUS:
        return _STATUS_ORDER[trip.status]
    if column in (FROM, TO):
        return (trip.start, trip.end) if column == FROM else (trip.end, trip.start)
    if column == DESTINATIONS:
        return collator.sortKey(", ".join(trip.destinations))
    return trip.participants
