"""The taxonomy's side of the Goals section: search-as-you-type above the tree, the
actions (new goal, new subgoal, edit, delete, move up and down) below it.

The actions' keys (Insert, Shift+Insert, F2, Delete, Alt+Up, Alt+Down) work while the
tree has the focus, so that Delete in the search field still deletes a letter.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from delegations.services.dto import GoalRow
from ui.goals.model import ID_ROLE, GoalFilter, GoalTreeModel


class GoalTreePane(QWidget):
    """`current_changed(id or None)` when another goal is selected."""

    current_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = GoalTreeModel(self)
        self.proxy = GoalFilter(self)
        self.proxy.setSourceModel(self.model)
        self._collapsed: set[int] = set()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search goals…"))
        self.search.setAccessibleName(self.tr("Search goals"))
        self.search.setClearButtonEnabled(True)
        self.tree = self._make_tree()
        self._make_actions()
        self._lay_out()
        self.search.textChanged.connect(self._filter)

    def _make_tree(self) -> QTreeView:
        tree = QTreeView(self)
        tree.setModel(self.proxy)
        tree.setAccessibleName(self.tr("Goal taxonomy"))
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        tree.selectionModel().currentChanged.connect(
            lambda *_: self.current_changed.emit(self.current_id()))
        tree.collapsed.connect(lambda i: self._collapsed.add(i.data(ID_ROLE)))
        tree.expanded.connect(lambda i: self._collapsed.discard(i.data(ID_ROLE)))
        return tree

    def _make_actions(self) -> None:
        def action(text: str, keys: str, tip: str) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            native = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{tip} ({native})")
            self.tree.addAction(act)
            return act

        self.new_action = action(self.tr("&New Goal…"), "Ins",
                                 self.tr("A new goal at the level of the selected one"))
        self.child_action = action(self.tr("New &Subgoal…"), "Shift+Ins",
                                   self.tr("A new goal below the selected one"))
        self.edit_action = action(self.tr("&Edit…"), "F2", self.tr("Edit the selected goal"))
        self.delete_action = action(self.tr("&Delete…"), "Del",
                                    self.tr("Delete the selected goal"))
        self.up_action = action(self.tr("Move &Up"), "Alt+Up",
                                self.tr("Move the goal up among its siblings"))
        self.down_action = action(self.tr("Move Do&wn"), "Alt+Down",
                                  self.tr("Move the goal down among its siblings"))

    def actions_(self) -> list[QAction]:
        return [self.new_action, self.child_action, self.edit_action, self.delete_action,
                self.up_action, self.down_action]

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for act in self.actions_():
            button = QToolButton(self)
            button.setDefaultAction(act)
            button.setAccessibleName(act.text().replace("&", "").rstrip("…"))
            if act in (self.up_action, self.down_action):  # arrows: the row fits in German
                button.setArrowType(Qt.ArrowType.UpArrow if act is self.up_action
                                    else Qt.ArrowType.DownArrow)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            else:
                buttons.addWidget(button)
                continue
            if act is self.up_action:
                buttons.addStretch(1)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

    # ------------------------------------------------------------------ own API

    def set_goals(self, goals: Sequence[GoalRow]) -> None:
        """Show the taxonomy again, keeping what was collapsed and selected."""
        current = self.current_id()
        self.model.set_goals(goals)
        self._expand()
        if current is not None:
            self.select(current)

    def current_id(self) -> int | None:
        index = self.tree.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, goal_id: int | None) -> bool:
        """Make a goal current (False when it is unknown or hidden by the search)."""
        index = (self.proxy.mapFromSource(self.model.index_of(goal_id))
                 if goal_id is not None else QModelIndex())
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.selectionModel().setCurrentIndex(index, flags)
        if index.isValid():
            self.tree.scrollTo(index)
        return index.isValid()

    def visible_ids(self, parent: QModelIndex | None = None) -> list[int]:
        """The goals shown, depth first (matches of a search and the goals above them)."""
        parent = parent or QModelIndex()
        out: list[int] = []
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            out.append(index.data(ID_ROLE))
            out.extend(self.visible_ids(index))
        return out

    def match_count(self) -> int:
        """How many goals the search itself matches (not counting the goals above them)."""
        return sum(1 for goal_id in self.visible_ids() if self.proxy.matches(goal_id))

    # ------------------------------------------------------------------ reacting

    def _filter(self, text: str) -> None:
        current = self.current_id()
        self.proxy.set_text(text)
        self._expand(everything=bool(text.strip()))
        if current is not None and not self.select(current):
            self.current_changed.emit(self.current_id())

    def _expand(self, everything: bool = False) -> None:
        """Open every branch (with a search: all, so that each match is seen)."""
        self.tree.expandAll()
        if everything:
            return
        for goal_id in list(self._collapsed):
            index = self.proxy.mapFromSource(self.model.index_of(goal_id))
            if index.isValid():
                self.tree.collapse(index)
