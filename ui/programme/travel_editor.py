"""The editors of a travel leg (each end in its own zone) and of a hotel stay."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any

from PySide6.QtWidgets import QWidget

from delegations.enums import TravelMode
from delegations.services import participants
from delegations.storage.store import Store
from delegations.validation import STAY, TRAVEL, Field, check_dates, span, timezone_name
from ui.common.zone_combo import zone_combo
from ui.programme.dialog import Commit, ProgrammeDialog
from ui.programme.fields import DateField, LocalDateTimeEdit, PeoplePicker
from ui.programme.form import field_message

LEG_SPEC = {**{k: v for k, v in TRAVEL.items() if k != "ref"},
            "depart_timezone": Field(timezone_name, required=True),
            "arrive_timezone": Field(timezone_name, required=True)}
STAY_SPEC = {k: v for k, v in STAY.items() if k not in ("ref", "check_in", "check_out")}


def empty_leg(day: date, home_zone: str, trip_zone: str) -> dict[str, Any]:
    """A new flight on `day`, from home to the destination."""
    return {"mode": "flight", "carrier": "", "number": "", "booking_ref": "", "from": "",
            "to": "", "depart": datetime.combine(day, time(10)),
            "arrive": datetime.combine(day, time(14)), "depart_timezone": home_zone,
            "arrive_timezone": trip_zone, "travellers": [], "notes": ""}


def empty_stay(check_in: date, check_out: date) -> dict[str, Any]:
    return {"name": "", "address": "", "phone": "", "check_in": check_in.isoformat(),
            "check_out": check_out.isoformat(), "booking_ref": "", "guests": [], "notes": ""}


def _leg_rule(field: str) -> Any:
    def rule(values: Mapping[str, Any]) -> str:
        return field_message(lambda: span(values, "depart", "arrive", "depart_timezone",
                                          "arrive_timezone"), field)
    return rule


def _dates_rule(values: Mapping[str, Any]) -> str:
    return field_message(lambda: check_dates(date.fromisoformat(values["check_in"]),
                                             date.fromisoformat(values["check_out"]),
                                             "check_in", "check_out"), "check_out")


class LegEditor(ProgrammeDialog):
    """Edits one leg: departure and arrival each in the local time of its own place."""

    def __init__(self, store: Store, trip_id: int, commit: Commit, values: Mapping[str, Any],
                 new: bool, parent: QWidget | None = None) -> None:
        super().__init__(LEG_SPEC, commit, parent)
        self.setWindowTitle(self.tr("New Travel Leg") if new else self.tr("Edit Travel Leg"))
        self._add_fields(store, trip_id)
        self.load(values, new)
        self.resize(640, 760)

    def _add_fields(self, store: Store, trip_id: int) -> None:
        form, line = self.form, self.line
        form.add("mode", self.tr("&Mode:"), self.choice(list(TravelMode)))
        form.add("carrier", self.tr("&Carrier:"), line(self.tr("e.g. LH, DB, Kielius"), 20))
        form.add("number", self.tr("N&umber:"), line(self.tr("e.g. 454"), 12))
        form.add("booking_ref", self.tr("&Booking reference:"), line("", 16))
        form.add("from", self.tr("&From:"), line(self.tr("e.g. Frankfurt (FRA)")))
        form.add_widget("depart", self.tr("&Departs:"), LocalDateTimeEdit(form),
                        _leg_rule("depart"))
        form.add("depart_timezone", self.tr("Departure &zone:"), zone_combo(form))
        form.add("to", self.tr("&To:"), line(self.tr("e.g. San Francisco (SFO)")))
        form.add_widget("arrive", self.tr("&Arrives:"), LocalDateTimeEdit(form),
                        _leg_rule("arrive"))
        form.add("arrive_timezone", self.tr("Arri&val zone:"), zone_combo(form))
        form.depends.update(depart=("arrive",), arrive=("depart",),
                            depart_timezone=("depart", "arrive"),
                            arrive_timezone=("depart", "arrive"))
        people = participants.list_participants(store, trip_id)
        form.add_widget("travellers", self.tr("T&ravellers:"),
                        PeoplePicker(people, self.tr("The whole delegation"), form))
        form.add("notes", self.tr("N&otes:"), self.text_box(3))


class StayEditor(ProgrammeDialog):
    """Edits one hotel stay: dates of check-in and check-out, and its guests."""

    def __init__(self, store: Store, trip_id: int, commit: Commit, values: Mapping[str, Any],
                 new: bool, parent: QWidget | None = None) -> None:
        super().__init__(STAY_SPEC, commit, parent)
        self.setWindowTitle(self.tr("New Hotel Stay") if new else self.tr("Edit Hotel Stay"))
        form, line = self.form, self.line
        form.add("name", self.tr("&Hotel:"), line())
        form.add("address", self.tr("&Address:"), line())
        form.add("phone", self.tr("&Phone:"), line("+1 415 555 0190", 20))
        form.add_widget("check_in", self.tr("Check-&in:"), DateField(form))
        form.add_widget("check_out", self.tr("Check-&out:"), DateField(form), _dates_rule)
        form.depends.update(check_in=("check_out",))
        form.add("booking_ref", self.tr("&Booking reference:"), line("", 16))
        people = participants.list_participants(store, trip_id)
        form.add_widget("guests", self.tr("&Guests:"),
                        PeoplePicker(people, self.tr("The whole delegation"), form))
        form.add("notes", self.tr("N&otes:"), self.text_box(3))
        self.load(values, new)
        self.resize(600, 640)
