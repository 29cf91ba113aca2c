"""The follow-ups of one trip, inside its window: add, edit, change status."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from delegations.enums import FollowUpStatus
from delegations.errors import DelegationsError
from delegations.services import followups, trips
from delegations.services.dto import FollowUpRow
from ui.after.follow_up_editor import FollowUpEditor, goal_items, open_follow_up_editor
from ui.after.follow_up_model import TRIP, FollowUpModel
from ui.after.followups_page import make_table, set_widths, sorted_view
from ui.after.labels import name
from ui.after.ops import AfterOps, follow_up_values
from ui.after.table_model import ID_ROLE
from ui.common.editor import one
from ui.context import AppContext, Change

WATCHED = (Change.FOLLOW_UP, Change.TRIP, Change.CITY, Change.CONTACT, Change.GOAL)


class TripFollowUps(QWidget):
    def __init__(self, ctx: AppContext, trip_id: int, ops: AfterOps,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.trip_id, self.ops = ctx, trip_id, ops
        self.editor: FollowUpEditor | None = None
        self.model = FollowUpModel(self)
        self.proxy = sorted_view(self.model, self)
        self.table = make_table(self, multi=True)
        self.table.setModel(self.proxy)
        self.table.hideColumn(TRIP)
        self.new_button = QPushButton(self.tr("&New follow-up…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.status_button = QToolButton(self)
        self.status_button.setText(self.tr("Set &status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.status_button)
        for value in FollowUpStatus:
            menu.addAction(name(value), partial(self.set_status, value))
        self.status_button.setMenu(menu)
        self._lay_out()
        self.new_button.clicked.connect(lambda: self.new_follow_up())
        self.edit_button.clicked.connect(lambda: self.edit_current())
        self.table.doubleClicked.connect(lambda *_: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        ctx.changes.changed.connect(self._changed)
        self.refresh()
        set_widths(self.table, (30, 16, 14, 10, 0, 12, 16, 16), stretch=0)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("<b>What was promised on this trip</b>"), self), 1)
        for button in (self.new_button, self.edit_button, self.status_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        store = self.ctx.store
        self.model.set_context(followups.home_today(store), dict(goal_items(store)))
        try:
            self.model.set_rows(followups.list_follow_ups(store, trip_id=self.trip_id))
        except DelegationsError:
            self.model.set_rows([])
        self._enable()

    def _changed(self, kind: Change, _ident: object) -> None:
        if kind in WATCHED:
            self.refresh()

    def selected(self) -> list[FollowUpRow]:
        by_id = {r.id: r for r in self.model.rows}
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [by_id[self.proxy.index(r, 0).data(ID_ROLE)] for r in rows]

    def _enable(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(count == 1)
        self.status_button.setEnabled(count >= 1)

    def new_follow_up(self) -> FollowUpEditor:
        """A new follow-up concerns the trip's first destination unless changed."""
        destinations = trips.get_trip(self.ctx.store, self.trip_id).destinations
        start = {"city": destinations[0].id} if destinations else {}
        self.editor = open_follow_up_editor(
            self, self.ctx.store, lambda values: self.ops.add_follow_up(self.trip_id, values),
            start, new=True)
        return self.editor

    def edit_current(self) -> FollowUpEditor | None:
        rows = self.selected()
        if len(rows) != 1:
            return None
        row = rows[0]
        self.editor = open_follow_up_editor(
            self, self.ctx.store, lambda values: self.ops.update_follow_up(row, values),
            follow_up_values(row))
        store = self.ctx.store
        self.editor.watch(lambda: follow_up_values(
            one(followups.list_follow_ups(store, trip_id=row.trip_id), row.id)))
        return self.editor

    def set_status(self, status: FollowUpStatus) -> None:
        ids = [r.id for r in self.selected()]
        if ids:
            self.ops.set_status(ids, status)
