"""A directory table: whole rows, sortable headers, Enter or a double-click opens the editor."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.paged_model import ID_ROLE

_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class DirectoryTable(QTableView):
    """Emits `open_requested(row)`; `selected_ids()` for actions on the selection."""

    open_requested = Signal(int)

    def __init__(self, multi: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                              else QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicatorClearable(True)  # third click: the list's own order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setMinimumSectionSize(48)
        header.setStretchLastSection(True)
        self.setSortingEnabled(True)
        self.doubleClicked.connect(self._open_index)

    def set_widths(self, letters: dict[int, int]) -> None:
        """Short columns get a width in average letters; the others share what is left."""
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        unit = self.fontMetrics().averageCharWidth()
        for column, count in letters.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, count * unit + 24)

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows, in the order shown."""
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        model = self.model()
        return [model.index(row, 0).data(ID_ROLE) for row in rows]

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

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
