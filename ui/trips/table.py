"""The trips table: sensible column widths, whole-row selection, Enter or double-click opens."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from delegations.enums import TripKind, TripStatus
from ui.formatting import short_date
from ui.labels import label
from ui.trips import model as columns

_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class TripsTable(QTableView):
    """Emits `open_requested(row)` when the user opens a trip."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSortIndicatorClearable(True)  # third click: list order
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.doubleClicked.connect(self._open_index)

    def size_columns(self) -> None:
        """Title takes the free width; the others fit their longest possible text."""
        header = self.horizontalHeader()
        header.setMinimumSectionSize(48)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(columns.TITLE, QHeaderView.ResizeMode.Stretch)
        widest_date = short_date(date(2026, 12, 28))
        samples = {
            columns.KIND: [label(k) for k in TripKind],
            columns.STATUS: [label(s) for s in TripStatus],
            columns.FROM: [widest_date],
            columns.TO: [widest_date],
            columns.DESTINATIONS: ["San Francisco, Tallinn"],
            columns.PARTICIPANTS: ["999"],
        }
        for column, texts in samples.items():
            self.setColumnWidth(column, self._fit(column, texts))

    def _fit(self, column: int, texts: list[str]) -> int:
        """Room for the widest of `texts` and the column's title (with its sort arrow)."""
        model = self.model()
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model else ""
        metrics = self.fontMetrics()
        content = max(metrics.horizontalAdvance(t) for t in texts) + 20
        return max(content, metrics.horizontalAdvance(title) + 36)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the current trip; everything else as usual."""
        if event.key() in _OPEN_KEYS and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.row())
