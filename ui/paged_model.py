"""A read-only table model over a service that lists rows page by page.

Holds the service's frozen rows (never database objects), asks for the next page when the
view scrolls (fetchMore), and sorts by asking the service again for the first page in the
header's order: the database sorts, so a list of thousands stays one page (issue #16).
"""

from __future__ import annotations

from collections.abc import Sequence, Sized
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

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

    # ------------------------------------------------------------------ for subclasses

    def _count(self) -> int:
        raise NotImplementedError

    def _fetch(self, offset: int, limit: int | None) -> list[R]:
        raise NotImplementedError

    def headers(self) -> list[str]:
        raise NotImplementedError

    def _text(self, row: R, column: int) -> str:
        raise NotImplementedError

    def _extra(self, row: R, column: int, role: int) -> Any:
        """Any other role of a cell (colour, icon, font); a tooltip given here replaces
        the text's."""
        return None

    @property
    def sort_order(self) -> tuple[int, Qt.SortOrder] | None:
        """The header's sort (column, order) that `_fetch` passes on, or None (the
        service's own order)."""
        return self._sort

    def service_sort(self, names: Sequence[str | None]) -> tuple[str | None, bool]:
        """The header's sort as a service takes it: the sort column's name among `names`
        (one per column; None: the service's own order) and whether it is descending."""
        if self._sort is None:
            return None, False
        column, order = self._sort
        return names[column], order == Qt.SortOrder.DescendingOrder

    # ------------------------------------------------------------------ own API

    @property
    def total(self) -> int:
        """How many rows match (loaded or not)."""
        return self._total

    def reload(self) -> None:
        """Ask the service again from the first page, keeping the sort order."""
        self.beginResetModel()
        self._total = self._count()
        self._rows = self._fetch(0, self.PAGE_SIZE)
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, ident: int) -> int:
        """The row of a loaded item by id, or -1."""
        return next((n for n, r in enumerate(self._rows) if r.id == ident), -1)  # type: ignore[attr-defined]

    def loaded(self) -> list[R]:
        """The rows fetched so far, in the order shown."""
        return list(self._rows)

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
        """Text and tooltip of a cell, what `_extra` adds; ID_ROLE gives the row's id."""
        if not index.isValid() or index.parent().isValid():
            return None
        item = self.row_at(index.row())
        if item is None or not 0 <= index.column() < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self._extra(item, index.column(), role)
                    or self._text(item, index.column()) or None)
        if role == ID_ROLE:
            return item.id  # type: ignore[attr-defined]
        return self._extra(item, index.column(), role)

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
        """Sort by a column in the database; -1 restores the service's order. As many rows
        as were loaded come again in the new order, selected rows keep their selection
        when they are among them."""
        wanted = (column, order) if 0 <= column < self.columnCount() else None
        if wanted == self._sort:
            return
        self._sort = wanted
        before = self._rows
        rows = self._fetch(0, max(self.PAGE_SIZE, len(before)))
        if len(rows) != len(before):  # the store changed under us: start afresh
            self.reload()
            return
        self.layoutAboutToBeChanged.emit()
        self._rows = rows
        self._move_persistent(before)
        self.layoutChanged.emit()

    def _move_persistent(self, before: list[R]) -> None:
        """Persistent indexes follow their row's id; rows no longer loaded lose theirs."""
        after = {row.id: n for n, row in enumerate(self._rows)}  # type: ignore[attr-defined]
        old = self.persistentIndexList()
        new = []
        for index in old:
            item = before[index.row()] if index.row() < len(before) else None
            row = None if item is None else after.get(item.id)  # type: ignore[attr-defined]
            new.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(old, new)
