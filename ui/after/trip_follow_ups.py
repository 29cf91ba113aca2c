"""The follow-ups of one trip, inside its window: add, edit, change status."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from delegations.enums import FollowUpStatus
from delegations.errors import DelegationsError
from delegations.services import followups, trips
from delegations.services.dto import FollowUpRow
from ui.after.follow_up_editor import (
    FollowUpEditor,
    edit_follow_up,
    goal_items,
    open_follow_up_editor,
)
from ui.after.follow_up_model import TRIP, FollowUpModel
from ui.after.followups_page import set_widths
from ui.after.labels import name
from ui.after.ops import AfterOps
from ui.after.trip_rows import TripRows
from ui.common.menu_button import menu_button
from ui.context import AppContext, Change

WATCHED = (Change.FOLLOW_UP, Change.TRIP, Change.CITY, Change.CONTACT, Change.GOAL)


class TripFollowUps(TripRows[FollowUpRow]):
    watched = WATCHED
    model: FollowUpModel

    def __init__(self, ctx: AppContext, trip_id: int, ops: AfterOps,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, trip_id, parent)
        self.ops = ops
        self.editor: FollowUpEditor | None = None
        self._list(FollowUpModel(self), multi=True)
        self.table.hideColumn(TRIP)
        self._buttons(self.tr("&New follow-up…"), delete=False)
        self.status_button = menu_button(self, self.tr("Set &status"), [
            (name(value), partial(self.set_status, value)) for value in FollowUpStatus])
        self._lay_out()
        self._wire(self.new_follow_up, self.status_button)
        self.refresh()
        set_widths(self.table, (30, 16, 14, 10, 0, 12, 16, 16), stretch=0)

    def _lay_out(self) -> None:
        layout = self._header(QLabel(self.tr("<b>What was promised on this trip</b>"), self),
                              (self.new_button, self.edit_button, self.status_button))
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        store = self.ctx.store
        self.model.set_context(followups.home_today(store), dict(goal_items(store)))
        try:
            self.model.set_rows(followups.list_follow_ups(store, trip_id=self.trip_id))
        except DelegationsError:
            self.model.set_rows([])
        self.show_current()

    def new_follow_up(self) -> FollowUpEditor:
        """A new follow-up concerns the trip's first destination unless changed."""
        destinations = trips.get_trip(self.ctx.store, self.trip_id).destinations
        start = {"city": destinations[0].id} if destinations else {}
        self.editor = open_follow_up_editor(
            self, self.ctx, lambda values: self.ops.add_follow_up(self.trip_id, values),
            start, new=True)
        return self.editor

    def edit_current(self) -> FollowUpEditor | None:
        editor = edit_follow_up(self, self.ops, self.selected())
        self.editor = editor or self.editor
        return editor

    def set_status(self, status: FollowUpStatus) -> None:
        ids = [r.id for r in self.selected()]
        if ids:
            self.ops.set_status(ids, status)
