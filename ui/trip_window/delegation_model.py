"""The delegation as a table: members in order of precedence, then the waiting list.

The model holds ParticipantRow dataclasses from the services, never live database rows.
Moving rows (drag and drop, or `moveRows`) does not change the model itself: it hands
the new order of all ids to `reorder`, which goes through the services and comes back
as a refresh.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence, Sized
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from delegations.enums import RegistrationStatus
from delegations.folding import fold, matches
from delegations.services.dto import ParticipantRow
from delegations.services.waitlist import waiting_list_last
from ui.common.table_model import TitledTableModel
from ui.labels import label

Index = QModelIndex | QPersistentModelIndex
RANK, NAME, FUNCTION, ORGANISATION, ROLE, STATUS, EMAIL, PHONE, NEEDS = range(9)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
MIME = "application/x-delegations-participant-ids"


def needs_text(p: ParticipantRow) -> str:
    """Diet and mobility in one cell."""
    return "; ".join(x for x in (p.diet.strip(), p.mobility.strip()) if x)


class DelegationModel(TitledTableModel):
    """Rows: those holding or without a place by precedence, then the waiting list."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantRow] = []
        self._main = 0  # rows before the waiting list
        self.reorder: Callable[[list[int]], Any] | None = None

    # ------------------------------------------------------------------ content

    def set_rows(self, rows: Sequence[ParticipantRow]) -> None:
        """Show the delegation as the services list it (in order of precedence)."""
        main, waiting = waiting_list_last(rows)
        self.beginResetModel()
        self._rows, self._main = main + waiting, len(main)
        self.endResetModel()

    def row_at(self, row: int) -> ParticipantRow:
        return self._rows[row]

    def row_of(self, participant_id: int) -> int:
        """The row showing `participant_id`, or -1."""
        return next((n for n, p in enumerate(self._rows) if p.id == participant_id), -1)

    def ids(self) -> list[int]:
        return [p.id for p in self._rows]

    def main_count(self) -> int:
        """How many rows come before the waiting list (they can be reordered)."""
        return self._main

    def is_waiting(self, row: int) -> bool:
        return row >= self._main

    def waiting_position(self, row: int) -> int:
        """1 for the first on the waiting list."""
        return row - self._main + 1

    # ------------------------------------------------------------------ reordering

    def order_moving(self, ids: Sequence[int], before_row: int) -> list[int] | None:
        """All ids with `ids` moved before row `before_row` of the precedence section;
        None when that changes nothing or names someone who cannot move."""
        main = [p.id for p in self._rows[:self._main]]
        moving = [i for i in main if i in set(ids)]
        if not moving or len(moving) != len(set(ids)):
            return None
        target = max(0, min(before_row, self._main))
        rest = [i for i in main if i not in moving]
        at = len([i for i in main[:target] if i not in moving])
        order = rest[:at] + moving + rest[at:]
        if order == main:
            return None
        return order + [p.id for p in self._rows[self._main:]]

    def _request(self, order: list[int] | None) -> bool:
        if order is None or self.reorder is None:
            return False
        self.reorder(order)
        return True

    def moveRows(self, sourceParent: Index, sourceRow: int, count: int,
                 destinationParent: Index, destinationChild: int) -> bool:
        """Move rows within the precedence section (through `reorder`)."""
        if sourceParent.isValid() or destinationParent.isValid() or count < 1:
            return False
        if sourceRow < 0 or sourceRow + count > self._main:
            return False
        ids = [p.id for p in self._rows[sourceRow:sourceRow + count]]
        return self._request(self.order_moving(ids, destinationChild))

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        text = ",".join(str(self._rows[r].id) for r in rows)
        data.setData(MIME, QByteArray(text.encode("ascii")))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                        column: int, parent: Index) -> bool:
        return action == Qt.DropAction.MoveAction and data.hasFormat(MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        """Dragged rows land before the row dropped on (or at the end of the section)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else self._main
        return self._request(self.order_moving(_decode(data), row))

    # ------------------------------------------------------------------ Qt model

    def items(self) -> Sized:
        return self._rows

    def headers(self) -> list[str]:
        return [self.tr("Rank"), self.tr("Name"), self.tr("Function"),
                self.tr("Organisation"), self.tr("Role"), self.tr("Registration"),
                self.tr("E-mail"), self.tr("Phone"), self.tr("Needs")]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.row() < self._main:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text; the waiting list greyed and in italics; ids and sort keys."""
        if not index.isValid() or index.parent().isValid() or index.row() >= len(self._rows):
            return None
        row, column = index.row(), index.column()
        person = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column) or None
        if role == ID_ROLE:
            return person.id
        if role == SORT_ROLE:
            return row if column == RANK else fold(self._text(row, column))
        if role == Qt.ItemDataRole.ForegroundRole and self._greyed(person):
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and self._greyed(person):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _greyed(self, person: ParticipantRow) -> bool:
        return person.status in (RegistrationStatus.WAITLISTED, RegistrationStatus.WITHDRAWN)

    def _text(self, row: int, column: int) -> str:
        p = self._rows[row]
        if column == RANK:
            return "" if self.is_waiting(row) else str(row + 1)
        if column == ROLE:
            return label(p.role)
        if column == STATUS:
            if self.is_waiting(row):
                return self.tr("Waiting list, no. %1").replace(
                    "%1", str(self.waiting_position(row)))
            return label(p.status)
        if column == NEEDS:
            return needs_text(p)
        field = {NAME: p.name, FUNCTION: p.function, ORGANISATION: p.organisation,
                 EMAIL: p.email, PHONE: p.phone}
        return field.get(column, "")

    def _tooltip(self, row: int, column: int) -> str:
        p = self._rows[row]
        if column == NEEDS:
            return "\n".join(x for x in (p.diet, p.mobility) if x)
        if column == NAME:
            return p.notes
        return self._text(row, column)

    def search_text(self, row: int) -> tuple[str, ...]:
        """What the search box looks through."""
        p = self._rows[row]
        return (*(self._text(row, c) for c in range(FUNCTION, NEEDS + 1)), p.name, p.notes)


def _decode(data: QMimeData) -> list[int]:
    text = bytes(data.data(MIME).data()).decode("ascii", "replace")
    return [int(x) for x in text.split(",") if x.strip().isdigit()]


class DelegationProxy(QSortFilterProxyModel):
    """Search as you type over every column; sorting by rank is the natural order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not self._needle or not isinstance(model, DelegationModel):
            return True
        return matches(self._needle, *model.search_text(source_row))

    def is_natural(self) -> bool:
        """Whether rows show in order of precedence (so that moving them makes sense)."""
        return self.sortColumn() in (-1, RANK) and (
            self.sortColumn() == -1 or self.sortOrder() == Qt.SortOrder.AscendingOrder)
