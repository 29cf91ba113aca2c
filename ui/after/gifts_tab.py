"""The gift register of one trip: the gifts of this trip, and those already exchanged with
its counterparts on other occasions, so that nobody gets the same present twice."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from delegations.errors import DelegationsError
from delegations.services import gifts, trips
from delegations.services.dto import GiftRow
from ui.after.followups_page import make_table, set_widths, sorted_view
from ui.after.gift_editor import GiftEditor
from ui.after.gift_model import GiftModel
from ui.after.ops import AfterOps, gift_values
from ui.after.trip_rows import TripRows
from ui.common.colours import error_colour
from ui.common.editor import one
from ui.common.messages import ask
from ui.common.new_record import offer_new_contact
from ui.context import AppContext, Change
from ui.formatting import amount_text

WATCHED = (Change.GIFT, Change.TRIP, Change.CONTACT, Change.CITY, Change.AGENDA,
           Change.PARTICIPANT, Change.OUTCOME, Change.FOLLOW_UP)


class GiftsTab(TripRows[GiftRow]):
    watched = WATCHED
    model: GiftModel

    def __init__(self, ctx: AppContext, trip_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, trip_id, parent)
        self.ops = AfterOps(ctx, self)
        self.editor: GiftEditor | None = None
        self._list(GiftModel(with_trip=False, parent=self))
        self.earlier = GiftModel(with_trip=True, parent=self)
        self.earlier_table = make_table(self, multi=False)
        self.earlier_table.setModel(sorted_view(self.earlier, self))
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {error_colour().name()};")
        self._buttons(self.tr("&New gift…"))
        self._lay_out()
        self._wire(self.new_gift, self.delete_button)
        self.refresh()
        set_widths(self.table, (11, 30, 24, 14, 12, 12), stretch=1)
        set_widths(self.earlier_table, (11, 30, 24, 14, 12, 12, 20), stretch=1)

    def _lay_out(self) -> None:
        layout = self._header(QLabel(self.tr("<b>Gifts of this trip</b>"), self),
                              (self.new_button, self.edit_button, self.delete_button))
        layout.addWidget(self.warning)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("<b>Already exchanged with this trip's counterparts"
                                        "</b> (other trips and occasions)"), self))
        layout.addWidget(self.earlier_table, 1)

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
        self.show_current()

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

    def new_gift(self) -> GiftEditor:
        def commit(values: dict[str, Any]) -> int:
            return self.ops.add_gift({**values, "trip": self.trip_id})

        trip = trips.get_trip(self.ctx.store, self.trip_id)
        start = {"date": trip.start.isoformat(),
                 "city": trip.destinations[0].id if trip.destinations else None}
        self.editor = GiftEditor(self.ctx.store, commit, start, None, self)
        self._offer_new_contact(self.editor)
        self.editor.open()
        return self.editor

    def edit_current(self) -> GiftEditor | None:
        row = self.current()
        if row is None:
            return None
        values = {**gift_values(row), "value": amount_text(row.value_cents)}
        self.editor = GiftEditor(self.ctx.store,
                                 lambda new: self.ops.update_gift(row, new), values, row.id, self)
        self._offer_new_contact(self.editor)
        store, trip_id = self.ctx.store, self.trip_id

        def reread() -> dict[str, Any]:
            gift = one(gifts.list_gifts(store, trip_id), row.id)
            return {**gift_values(gift), "value": amount_text(gift.value_cents)}

        self.editor.watch(reread)
        self.editor.open()
        return self.editor

    def _offer_new_contact(self, editor: GiftEditor) -> None:
        offer_new_contact(self.ctx, editor, editor.new_contact_button, editor.contact_created)

    def delete_current(self) -> None:
        row = self.current()
        if row is not None:
            ask(self, self.tr("Delete"), self.tr("Delete the gift “%1”?")
                .replace("%1", row.description), self.tr("Delete"),
                lambda: self.ops.delete_gift(row))
