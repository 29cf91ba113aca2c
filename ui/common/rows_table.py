"""Tables of whole rows as the sections show them: read-only, sortable by their headers
(a third click gives back the list's own order), one or many rows selectable; and the
table that opens a row on Enter or a double-click."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
#: The share of a narrow table kept for its stretching columns (a trip's title, a city's
#: name): on a 1024 px screen the fitted columns once left the title 90 px.
MAIN_SHARE = 0.3


def rows_table(table: QTableView, multi: bool) -> QTableView:
    """Make `table` a read-only list of whole rows, sortable by its headers."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSortIndicatorClearable(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    return table


class OpeningTable(QTableView):
    """A rows_table that emits `open_requested(row)` on Enter or a double-click; Tab
    leaves it (moving between cells means nothing in a list of rows)."""

    open_requested = Signal(int)

    def __init__(self, multi: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rows_table(self, multi)
        self.setTabKeyNavigation(False)
        self.doubleClicked.connect(self._open_index)
        self._fitted: dict[int, int] = {}
        self._shrink: tuple[int, ...] = ()

    def set_fitted(self, widths: dict[int, int], shrink: tuple[int, ...] = ()) -> None:
        """Give these columns these widths where there is room; on a narrow table the
        `shrink` ones (long words, never dates or numbers) narrow alike so that the
        stretching columns keep MAIN_SHARE of the width."""
        self._fitted, self._shrink = dict(widths), shrink
        self._share_width()

    def _share_width(self) -> None:
        fixed = sum(self._fitted.values())
        narrowing = sum(w for c, w in self._fitted.items() if c in self._shrink)
        if not narrowing:
            return
        room = self.viewport().width()
        spare = room - int(room * MAIN_SHARE) - (fixed - narrowing)
        scale = min(1.0, max(0.0, spare / narrowing))
        least = self.horizontalHeader().minimumSectionSize()
        for column, width in self._fitted.items():
            self.setColumnWidth(column, max(least, int(width * scale))
                                if column in self._shrink else width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_width()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the current row; everything else as usual."""
        if event.key() in _OPEN_KEYS and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.row())
