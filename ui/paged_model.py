"""A read-only table model over a service that lists rows page by page.

Holds the service's frozen rows (never database objects), asks for the next page when the
view scrolls (fetchMore), and sorts by loading every matching row first: sorting is a
deliberate request, scrolling through thousands of contacts is not.
"""

from __future__ import annotations

from collections.abc import Sized
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ui.common.table_model import TitledTableModel

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PagedTableModel(TitledTableModel, Generic[R]):
    """Subclasses say how to count and fetch rows and how a row reads per column."""

    PAGE_SIZE = 200

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._total = 0
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._collator = QCollator(QLocale())
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)

    # ------------------------------------------------------------------ for subclasses

    def _count(self) -> int:
        raise NotImplementedError

    def _fetch(self, offset: int, limit: int | None) -> list[R]:
        raise NotImplementedError

    def headers(self) -> list[str]:
        raise NotImplementedError

    def _text(self, row: R, column: int) -> str:
        raise NotImplementedError

    def _sort_key(self, row: R, column: int) -> Any:
        """Text in the language's collation order; subclasses refine (years, say)."""
        return self._collator.sortKey(self._text(row, column))

    # ------------------------------------------------------------------ own API

    @property
    def total(self) -> int:
        """How many rows match (loaded or not)."""
        return self._total

    def reload(self) -> None:
        """Ask the service again from the first page, keeping the sort order."""
        self.beginResetModel()
        self._total = self._count()
        self._rows = self._fetch(0, None if self._sort else self.PAGE_SIZE)
        self._sort_rows()
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, ident: int) -> int:
        """The row of a loaded item by id, or -1."""
        return next((n for n, r in enumerate(self._rows) if r.id == ident), -1)  # type: ignore[attr-defined]

    def load_until(self, ident: int) -> int:
        """Fetch pages until the item with that id is loaded; its row, or -1."""
        row = self.row_of(ident)
        while row < 0 and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
            row = self.row_of(ident)
        return row

    # ------------------------------------------------------------------ Qt model

    def items(self) -> Sized:
        return self._rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text and tooltip of a cell; ID_ROLE gives the row's id."""
        if not index.isValid() or index.parent().isValid():
            return None
        item = self.row_at(index.row())
        if item is None or not 0 <= index.column() < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(item, index.column()) or None
        if role == ID_ROLE:
            return item.id  # type: ignore[attr-defined]
        return None

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        """Load the next page from the service."""
        if parent.isValid() or len(self._rows) >= self._total:
            return
        more = self._fetch(len(self._rows), self.PAGE_SIZE)
        if not more:
            self._total = len(self._rows)  # the store shrank under us
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (every matching row is loaded); -1 restores the service's order."""
        if not 0 <= column < self.columnCount():
            if self._sort is not None:
                self._sort = None
                self.reload()
            return
        self._sort = (column, order)
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        self.layoutAboutToBeChanged.emit()
        before = [id(row) for row in self._rows]
        self._sort_rows()
        self._move_persistent(before)
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        self._rows.sort(key=lambda r: self._sort_key(r, column),
                        reverse=order == Qt.SortOrder.DescendingOrder)

    def _move_persistent(self, before: list[int]) -> None:
        after = {ident: n for n, ident in enumerate(id(row) for row in self._rows)}
        old = self.persistentIndexList()
        new = [self.index(after[before[i.row()]] if i.row() < len(before) else i.row(),
                          i.column()) for i in old]
        self.changePersistentIndexList(old, new)
