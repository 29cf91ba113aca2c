"""The New-trip dialog: the essentials of a trip; the rest is edited in its window."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from delegations.enums import TripKind
from delegations.services import cities, trips
from delegations.services.settings import DOCUMENT_LANGUAGE, office_value
from ui.common.new_record import offer_new_city
from ui.context import AppContext
from ui.trip_window.pickers import DestinationPicker
from ui.trip_window.trip_dialog import TripDialog, undoable_create

FIRST_DAYS_AHEAD = 30  # a new trip is usually a month or more away
LENGTH = 3


class NewTripDialog(TripDialog):
    """Creates a trip (undoably) when accepted; `created_id` is then its id."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New Trip"))
        self.setAccessibleName(self.tr("New trip"))
        f, rows = self.form, self.rows
        f.row(rows, "title", self.tr("&Title:"))  # first: typing starts with the title
        f.row(rows, "kind", self.tr("&Kind:"))
        f.row(rows, "start", self.tr("&From:"))
        f.row(rows, "end", self.tr("&Until:"))
        f.row(rows, "destinations", self.tr("&Destinations:"))
        f.row(rows, "purpose", self.tr("&Purpose:"))
        f.row(rows, "language", self.tr("Document &language:"))
        f.row(rows, "capacity", self.tr("Pl&aces:"),
              self.tr("Seats on a citizens' trip; empty means no limit."))
        f.row(rows, "ref", self.tr("&Reference:"),
              self.tr("Proposed from title and year; used on the command line."))
        picker = f.field("destinations", DestinationPicker)
        picker.set_cities(cities.list_cities(ctx.store))
        offer_new_city(ctx, picker, self)
        self._set_dates()
        f.set_value("language", office_value(ctx.store, DOCUMENT_LANGUAGE))
        f.field("kind", QComboBox).currentIndexChanged.connect(lambda *_: self._kind_changed())
        f.field("start", QDateEdit).dateChanged.connect(self._start_moved)
        self._kind_changed()
        self.follow_ref()
        self.propose_ref()
        self.resize(620, self.sizeHint().height())

    def _set_dates(self) -> None:
        start = date.today() + timedelta(days=FIRST_DAYS_AHEAD)
        self.form.set_value("start", start)
        self.form.set_value("end", start + timedelta(days=LENGTH - 1))
        self._start = start

    def _start_moved(self, day: QDate) -> None:
        """The end moves with the start, keeping the trip's length."""
        start = date(day.year(), day.month(), day.day())
        end = self.form.value("end")
        if end >= self._start:
            self.form.set_value("end", end + (start - self._start))
            self.form.check("end")
        self._start = start

    def _kind_changed(self) -> None:
        citizens = self.form.value("kind") == TripKind.CITIZENS.value
        capacity = self.form.fields["capacity"]
        capacity.setEnabled(citizens)
        if not citizens:
            self.form.set_value("capacity", "")
            self.form.check("capacity")

    def make_trip(self, values: dict[str, Any]) -> int:
        data = dict(values)
        if not data.get("capacity"):
            data.pop("capacity", None)
        text = self.tr("New trip “%1”").replace("%1", data["title"].strip())
        return undoable_create(self.ctx, text,
                               lambda: trips.create_trip(self.ctx.store, data).id)
