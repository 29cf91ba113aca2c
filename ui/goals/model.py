"""The goal taxonomy as a tree model over the services' rows, and a filter that keeps the
ancestors of every match visible (so a match is always seen in its place)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from delegations.i18n import current_language
from delegations.services.dto import GoalRow
from ui.labels import label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

def goal_label(goal: GoalRow) -> str:
    """Code and name in the interface's language (the stored name when no English one)."""
    return goal.label(current_language())


class GoalTreeModel(QAbstractItemModel):
    """Goals by parent and position; each index's internal id is the goal's id."""

    COLUMNS = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: dict[int, GoalRow] = {}
        self._children: dict[int | None, list[int]] = {None: []}

    def set_goals(self, goals: Sequence[GoalRow]) -> None:
        """Replace the whole taxonomy (rows in taxonomy order, as the service lists them)."""
        self.beginResetModel()
        self._rows = {g.id: g for g in goals}
        self._children = defaultdict(list)
        self._children[None] = []
        for goal in goals:
            parent = goal.parent_id if goal.parent_id in self._rows else None
            self._children[parent].append(goal.id)
        self.endResetModel()

    def goal(self, goal_id: int) -> GoalRow | None:
        return self._rows.get(goal_id)

    def parent_of(self, goal_id: int) -> int | None:
        parent = self._rows[goal_id].parent_id
        return parent if parent in self._rows else None

    def siblings(self, goal_id: int) -> list[int]:
        return self._children.get(self.parent_of(goal_id), [])

    def index_of(self, goal_id: int, column: int = 0) -> QModelIndex:
        """The index of a goal (invalid when it is not in the model)."""
        if goal_id not in self._rows:
            return QModelIndex()
        return self.createIndex(self.siblings(goal_id).index(goal_id), column, goal_id)

    # ------------------------------------------------------------------ Qt's interface

    def index(self, row: int, column: int,
              parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        key = parent.internalId() if parent.isValid() else None
        return self.createIndex(row, column, self._children[key][row])

    def parent(self, child: Index = QModelIndex()  # type: ignore[override]  # noqa: B008
               ) -> QModelIndex:
        if not child.isValid():
            return QModelIndex()
        parent = self.parent_of(child.internalId())
        return QModelIndex() if parent is None else self.index_of(parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        key = parent.internalId() if parent.isValid() else None
        return len(self._children.get(key, ()))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        goal = self._rows[index.internalId()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return goal_label(goal) if index.column() == 0 else label(goal.kind)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            other = goal.name_en if current_language() != "en" else goal.name
            text = goal_label(goal)
            return text if other in text or not other else f"{text}\n{other}"
        if role == ID_ROLE:
            return goal.id
        if role == SEARCH_ROLE:
            return " ".join((goal.ref, goal.code, goal.name, goal.name_en)).casefold()
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return QCoreApplication.translate("GoalTreeModel", "Goal")
        return QCoreApplication.translate("GoalTreeModel", "Level")


class GoalFilter(QSortFilterProxyModel):
    """Goals whose code, name (either language) or reference contain every typed word;
    the goals above a match stay visible."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setRecursiveFilteringEnabled(True)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._matches(str(index.data(SEARCH_ROLE) or ""))

    def matches(self, goal_id: int) -> bool:
        """Whether the goal itself matches the search (not only one below it)."""
        model = self.sourceModel()
        assert isinstance(model, GoalTreeModel)
        return self._matches(str(model.index_of(goal_id).data(SEARCH_ROLE) or ""))

    def _matches(self, haystack: str) -> bool:
        return all(word in haystack for word in self._words)
