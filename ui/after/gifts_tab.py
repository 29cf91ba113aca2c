"""The gift register of one trip: the gifts of this trip, and those already exchanged with
its counterparts on other occasions, so that nobody gets the same present twice."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from delegations.errors import DelegationsError
from delegations.services import gifts, trips
from delegations.services.dto import GiftRow
from ui.after.followups_page import make_table, set_widths, sorted_view
from ui.after.gift_editor import GiftEditor
from ui.after.gift_model import GiftModel
from ui.after.ops import AfterOps, gift_values
from ui.after.table_model import ID_ROLE
from ui.common.colours import error_colour
from ui.common.editor import one
from ui.common.messages import ask
from ui.context import AppContext, Change
from ui.formatting import amount_text

WATCHED = (Change.GIFT, Change.TRIP, Change.CONTACT, Change.CITY, Change.AGENDA,
           Change.PARTICIPANT, Change.OUTCOME, Change.FOLLOW_UP)


class GiftsTab(QWidget):
    def __init__(self, ctx: AppContext, trip_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.trip_id = ctx, trip_id
        self.ops = AfterOps(ctx, self)
        self.editor: GiftEditor | None = None
        self.model = GiftModel(with_trip=False, parent=self)
        self.proxy = sorted_view(self.model, self)
        self.table = make_table(self, multi=False)
        self.table.setModel(self.proxy)
        self.earlier = GiftModel(with_trip=True, parent=self)
        self.earlier_table = make_table(self, multi=False)
        self.earlier_table.setModel(sorted_view(self.earlier, self))
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {error_colour().name()};")
        self.new_button = QPushButton(self.tr("&New gift…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self._lay_out()
        self._connect()
        self.refresh()
        set_widths(self.table, (11, 30, 24, 14, 12, 12), stretch=1)
        set_widths(self.earlier_table, (11, 30, 24, 14, 12, 12, 20), stretch=1)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("<b>Gifts of this trip</b>"), self), 1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(buttons)
        layout.addWidget(self.warning)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("<b>Already exchanged with this trip's counterparts"
                                        "</b> (other trips and occasions)"), self))
        layout.addWidget(self.earlier_table, 1)

    def _connect(self) -> None:
        self.new_button.clicked.connect(lambda: self.new_gift())
        self.edit_button.clicked.connect(lambda: self.edit_current())
        self.delete_button.clicked.connect(self.delete_current)
        self.table.doubleClicked.connect(lambda *_: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.ctx.changes.changed.connect(self._changed)

    def refresh(self) -> None:
        store = self.ctx.store
        try:
            own = gifts.list_gifts(store, trip_id=self.trip_id)
            earlier = gifts.gifts_for_trip_counterparts(store, self.trip_id)
        except DelegationsError:  # the trip was deleted meanwhile
            own, earlier = [], []
        self.model.repeats = self._repeats(own)
        self.model.set_rows(own)
        self.earlier.set_rows(earlier)
        self.warning.setText("\n".join("⚠ " + why for why in self.model.repeats.values()))
        self.warning.setVisible(bool(self.model.repeats))
        self._enable()

    def _repeats(self, own: list[GiftRow]) -> dict[int, str]:
        """The gifts of this trip that repeat one given before, and why (in list order)."""
        repeats = gifts.trip_gift_repeats(self.ctx.store, self.trip_id)
        found = {}
        for gift in own:
            first = repeats.get(gift.id)
            if first is not None:
                found[gift.id] = (self.tr("“%1” was already given to %2 (%3).")
                                  .replace("%1", gift.description)
                                  .replace("%2", first.contact_name or first.counterpart)
                                  .replace("%3", first.trip_title or first.description))
        return found

    def _changed(self, kind: Change, _ident: object) -> None:
        if kind in WATCHED:
            self.refresh()

    def current_row(self) -> GiftRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        ident = self.proxy.index(rows[0].row(), 0).data(ID_ROLE)
        return next((r for r in self.model.rows if r.id == ident), None)

    def _enable(self) -> None:
        selected = self.current_row() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def new_gift(self) -> GiftEditor:
        def commit(values: dict[str, Any]) -> int:
            return self.ops.add_gift({**values, "trip": self.trip_id})

        trip = trips.get_trip(self.ctx.store, self.trip_id)
        start = {"date": trip.start.isoformat(),
                 "city": trip.destinations[0].id if trip.destinations else None}
        self.editor = GiftEditor(self.ctx.store, commit, start, None, self)
        self.editor.open()
        return self.editor

    def edit_current(self) -> GiftEditor | None:
        row = self.current_row()
        if row is None:
            return None
        values = {**gift_values(row), "value": amount_text(row.value_cents)}
        self.editor = GiftEditor(self.ctx.store,
                                 lambda new: self.ops.update_gift(row, new), values, row.id, self)
        store, trip_id = self.ctx.store, self.trip_id

        def reread() -> dict[str, Any]:
            gift = one(gifts.list_gifts(store, trip_id), row.id)
            return {**gift_values(gift), "value": amount_text(gift.value_cents)}

        self.editor.watch(reread)
        self.editor.open()
        return self.editor

    def delete_current(self) -> None:
        row = self.current_row()
        if row is not None:
            ask(self, self.tr("Delete"), self.tr("Delete the gift “%1”?")
                .replace("%1", row.description), self.tr("Delete"),
                lambda: self.ops.delete_gift(row))
