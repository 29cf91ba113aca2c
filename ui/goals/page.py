"""The Goals section: the city's goal taxonomy beside the selected goal's page.

Every change goes through GoalOps (undoable, announced as "goal"); the page redraws
when goals, trips, outcomes or follow-ups change anywhere in the application. Find
(Ctrl+F) moves to the search while the focus is inside the page, taking precedence over
the main window's own Find there (the page claims it through ShortcutOverride).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from delegations.errors import DelegationsError
from delegations.services import goals
from ui.common.html import beside, detail_browser
from ui.common.messages import ask, tell
from ui.common.own_shortcuts import local_action
from ui.common.section_page import SectionPage
from ui.context import AppContext, Change
from ui.goals.detail import GoalWriter
from ui.goals.editor import GoalEditor
from ui.goals.model import goal_label
from ui.goals.ops import GoalOps
from ui.goals.tree_pane import GoalTreePane
from ui.widgets import page_title

_TREE_KINDS = {Change.GOAL}
_DETAIL_KINDS = {Change.TRIP, Change.OUTCOME, Change.FOLLOW_UP, Change.HOME}


class GoalsPage(SectionPage):
    """The goal tree beside what serves the goal chosen."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAccessibleName(self.tr("Goals"))
        self.ops = GoalOps(ctx, self)
        self.writer = GoalWriter(self)
        self.editor: GoalEditor | None = None
        self.pane = GoalTreePane(self)
        self.detail = self._make_browser()
        self.with_children = QCheckBox(self.tr("&Include the goals below"), self)
        self.find_action = local_action(self, self.tr("&Find"), self.focus_search,
                                        QKeySequence.StandardKey.Find)
        self._lay_out()
        self._connect()
        self.refresh()

    def _make_browser(self) -> QTextBrowser:
        browser = detail_browser(self)
        browser.setAccessibleName(self.tr("Selected goal"))
        return browser

    def _lay_out(self) -> None:
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(self.with_children)
        column.addWidget(self.detail, 1)
        splitter = beside(self, self.pane, side, (5, 4))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 8)
        layout.setSpacing(6)
        layout.addWidget(page_title(self.tr("Goals"), self))
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        pane = self.pane
        pane.new_action.triggered.connect(lambda: self.new(below=False))
        pane.child_action.triggered.connect(lambda: self.new(below=True))
        pane.edit_action.triggered.connect(self.edit_current)
        pane.delete_action.triggered.connect(self.delete_current)
        pane.up_action.triggered.connect(lambda: self.move_current(-1))
        pane.down_action.triggered.connect(lambda: self.move_current(1))
        pane.current_changed.connect(self._current_changed)
        pane.search.textChanged.connect(lambda _text: self._announce_summary())
        pane.tree.doubleClicked.connect(lambda _index: self.edit_current())
        self.with_children.toggled.connect(lambda _on: self.show_current())
        self.detail.anchorClicked.connect(self._follow)
        self.ctx.changes.changed.connect(self._changed)

    # ------------------------------------------------------------------ own API

    @property
    def summary(self) -> str:
        total = len(self._all)
        if self.pane.search.text().strip():
            return self.tr("%n of %1 goal(s) match", "", self.pane.match_count()).replace(
                "%1", str(total))
        return self.tr("%n goal(s)", "", total)

    def refresh(self) -> None:
        """Read the taxonomy again, keeping the selection."""
        self._all = goals.list_goals(self.ctx.store)
        self.pane.set_goals(self._all)
        self._update_actions()
        self.show_current()
        self._announce_summary()

    def focus_search(self) -> None:
        self.pane.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.pane.search.selectAll()

    def show_goal(self, goal_id: int) -> bool:
        """Bring a goal into view, clearing a search that hides it."""
        if self.pane.select(goal_id):
            return True
        self.pane.search.clear()
        return self.pane.select(goal_id)

    def show_current(self) -> None:
        """Write the selected goal's page."""
        goal_id = self.pane.current_id()
        if goal_id is None:
            hint = self.tr("Select a goal to see the trips, outcomes and follow-up actions "
                           "that serve it.")
            self.detail.setHtml(f"<p class='muted'>{hint}</p>")
            return
        try:
            goal = goals.get_goal(self.ctx.store, goal_id)
            usage = goals.goal_usage(self.ctx.store, goal_id, self.with_children.isChecked())
        except DelegationsError as exc:
            self.detail.setHtml(f"<p class='muted'>{exc}</p>")
            return
        parent_id = self.pane.model.parent_of(goal_id) if self.pane.model.goal(goal_id) else None
        parent = self.pane.model.goal(parent_id) if parent_id is not None else None
        self.detail.setHtml(self.writer.page(goal, parent, usage))

    # ------------------------------------------------------------------ actions

    def new(self, below: bool = False) -> GoalEditor:
        """The editor for a new goal: below the selected one, or beside it."""
        current = self.pane.current_id()
        parent_id = current if below else (
            self.pane.model.parent_of(current) if current is not None else None)
        parent = self.pane.model.goal(parent_id) if parent_id is not None else None
        where = (self.tr("Will be placed below “%1”.").replace("%1", goal_label(parent))
                 if parent else self.tr("Will be placed at the top level."))
        return self._open(GoalEditor(lambda values: self.ops.create(values, parent_id),
                                     None, where, self))

    def edit_current(self) -> GoalEditor | None:
        goal_id = self.pane.current_id()
        if goal_id is None:
            return None
        try:
            values = goals.goal_values(self.ctx.store, goal_id)
        except DelegationsError as exc:
            tell(self, self.tr("Goal not available"), str(exc))
            return None

        def commit(new: dict) -> int:
            self.ops.update(goal_id, new)
            return goal_id

        editor = self._open(GoalEditor(commit, values, "", self))
        editor.watch(lambda: goals.goal_values(self.ctx.store, goal_id))
        return editor

    def _open(self, editor: GoalEditor) -> GoalEditor:
        self.editor = editor
        editor.accepted.connect(lambda: self.pane.select(editor.result_value))
        editor.open()
        return editor

    def delete_current(self) -> None:
        """Ask first, saying which links go and where the subgoals move; undoable."""
        goal_id = self.pane.current_id()
        if goal_id is None:
            return
        ask(self, self.tr("Delete Goal"), self._delete_question(goal_id), self.tr("Delete"),
            lambda: self._delete(goal_id))

    def _delete_question(self, goal_id: int) -> str:
        goal = self.pane.model.goal(goal_id)
        assert goal is not None
        usage = goals.goal_usage(self.ctx.store, goal_id)
        parts = [self.tr("Delete “%1”?").replace("%1", goal_label(goal))]
        if usage.count:
            parts.append(self.tr("It is linked to %1, %2 and %3; these links will be removed.")
                         .replace("%1", self.tr("%n trip(s)", "", len(usage.trips)))
                         .replace("%2", self.tr("%n outcome(s)", "", len(usage.outcomes)))
                         .replace("%3", self.tr("%n follow-up action(s)", "",
                                                len(usage.follow_ups))))
        children = sum(1 for g in self._all if g.parent_id == goal_id)
        if children:
            parts.append(self.tr("Its %n subgoal(s) move up one level.", "", children))
        parts.append(self.tr("You can undo this with Edit ▸ Undo."))
        return " ".join(parts)

    def _delete(self, goal_id: int) -> None:
        try:
            self.ops.delete(goal_id)
        except DelegationsError as exc:
            tell(self, self.tr("Goal not deleted"), str(exc))

    def move_current(self, offset: int) -> None:
        goal_id = self.pane.current_id()
        if goal_id is None or not self._can_move(goal_id, offset):
            return
        try:
            self.ops.move(goal_id, offset)
        except DelegationsError as exc:
            tell(self, self.tr("Goal not moved"), str(exc))

    def _can_move(self, goal_id: int, offset: int) -> bool:
        siblings = self.pane.model.siblings(goal_id)
        return 0 <= siblings.index(goal_id) + offset < len(siblings)

    # ------------------------------------------------------------------ reacting

    def _current_changed(self, _goal_id: object) -> None:
        self._update_actions()
        self.show_current()

    def _update_actions(self) -> None:
        goal_id = self.pane.current_id()
        selected = goal_id is not None
        for act in (self.pane.child_action, self.pane.edit_action, self.pane.delete_action):
            act.setEnabled(selected)
        self.pane.up_action.setEnabled(goal_id is not None and self._can_move(goal_id, -1))
        self.pane.down_action.setEnabled(goal_id is not None and self._can_move(goal_id, 1))

    def _changed(self, kind: Change, _ident: object) -> None:
        if kind in _TREE_KINDS:
            self.refresh()
        elif kind in _DETAIL_KINDS:
            self.show_current()

    def _follow(self, url: QUrl) -> None:
        kind, _, ident = url.toString().partition(":")
        if kind == "trip" and ident.isdigit():
            self.trip_requested.emit(int(ident))

    def _announce_summary(self) -> None:
        self.summary_changed.emit(self.summary)

    # ------------------------------------------------------------------ shortcuts

    def event(self, event: QEvent) -> bool:
        """Claim Find while the focus is inside (see the module doc)."""
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and self._is_find(event)):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._is_find(event):
            self.focus_search()
            event.accept()
            return
        super().keyPressEvent(event)

    def _is_find(self, event: QKeyEvent) -> bool:
        return QKeySequence(event.keyCombination()) in self.find_action.shortcuts()
