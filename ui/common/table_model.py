"""What every flat table model shares: as many rows as it has items, as many columns as
titles, and the titles as the horizontal header."""

from __future__ import annotations

from collections.abc import Sequence, Sized
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class TitledTableModel(QAbstractTableModel):
    """A flat table: subclasses give `items()` (one per row) and `headers()` (the column
    titles, translated), and their data()."""

    def items(self) -> Sized:
        raise NotImplementedError

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles; rows have no header."""
        headers = self.headers()
        if (orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole
                or not 0 <= section < len(headers)):
            return None
        return headers[section]
