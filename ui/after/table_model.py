"""A read-only table model over a list of service rows: subclasses say the columns."""

from __future__ import annotations

from collections.abc import Sequence, Sized
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from delegations.folding import fold
from ui.common.table_model import TitledTableModel

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


class RowsModel(TitledTableModel, Generic[R]):
    """Rows held as the services return them; `ID_ROLE` gives a row's id."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self.rows[row]

    def row_of(self, ident: int) -> int:
        ids = [r.id for r in self.rows]  # type: ignore[attr-defined]
        return ids.index(ident) if ident in ids else -1

    def items(self) -> Sized:
        return self.rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id  # type: ignore[attr-defined]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.extra(row, index.column(), role) or self.text(row, index.column())
        if role == SORT_ROLE:
            return self.sort_key(row, index.column())
        return self.extra(row, index.column(), role)

    # ------------------------------------------------------------------ for subclasses

    def headers(self) -> list[str]:
        raise NotImplementedError

    def text(self, row: R, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row: R, column: int) -> Any:
        return fold(self.text(row, column))

    def extra(self, row: R, column: int, role: int) -> Any:
        return None
