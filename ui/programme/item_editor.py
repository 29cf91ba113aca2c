"""The editor of one programme point: what, when (local time of the place), where, who."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QWidget

from delegations.enums import AgendaKind
from delegations.errors import DelegationsError
from delegations.services import participants
from delegations.services.dto import ContactRow
from delegations.validation import AGENDA, Field, span, timezone_name
from ui.common.contact_picker import ContactPicker
from ui.common.new_record import new_contact
from ui.common.zone_combo import zone_combo
from ui.context import AppContext
from ui.programme import checks
from ui.programme.dialog import CheckField, Commit, ProgrammeDialog
from ui.programme.fields import LocalDateTimeEdit, PeoplePicker
from ui.programme.form import field_message

SPEC = {**{k: v for k, v in AGENDA.items() if k != "ref"},
        "timezone": Field(timezone_name, required=True)}


def empty_item(day: date, zone: str) -> dict[str, Any]:
    """A new item: 09:00–10:00 on `day` in the trip's zone, for the whole delegation."""
    start = datetime.combine(day, time(9))
    return {"title": "", "kind": "meeting", "start": start, "end": start + timedelta(hours=1),
            "timezone": zone, "location": "", "address": "", "responsible": "",
            "dress_code": "", "objectives": "", "talking_points": "", "notes": "",
            "confidential": False, "contacts": [], "attendees": []}


def _time_rule(field: str) -> Any:
    def rule(values: Mapping[str, Any]) -> str:
        return field_message(lambda: span(values, "start", "end", "timezone", "timezone"),
                             field)
    return rule


class ItemEditor(ProgrammeDialog):
    """Edits one agenda item; `commit(values)` saves through the undo history."""

    def __init__(self, ctx: AppContext, trip_id: int, commit: Commit,
                 values: Mapping[str, Any], item_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(SPEC, commit, parent)
        self.ctx, self.trip_id, self.item_id = ctx, trip_id, item_id
        self.contact_editor: QDialog | None = None
        self.setWindowTitle(self.tr("New Programme Item") if item_id is None
                            else self.tr("Edit Programme Item"))
        self._add_fields()
        self.load(values, item_id is None)
        self._warn_later = QTimer(self)  # checked once typing pauses, not at every key
        self._warn_later.setSingleShot(True)
        self._warn_later.setInterval(250)
        self._warn_later.timeout.connect(self._warn)
        self.form.edited.connect(lambda _name: self._warn_later.start())
        self._warn()
        self.resize(680, 820)

    def _add_fields(self) -> None:
        form, line = self.form, self.line
        store = self.ctx.store
        form.add("title", self.tr("&Title:"), line(self.tr("e.g. Meeting with the Mayor")))
        form.add("kind", self.tr("&Kind:"), self.choice(list(AgendaKind)))
        form.add_widget("start", self.tr("&Starts:"), LocalDateTimeEdit(form), _time_rule("start"))
        form.add_widget("end", self.tr("&Ends:"), LocalDateTimeEdit(form), _time_rule("end"))
        form.add("timezone", self.tr("Time &zone:"), zone_combo(form))
        form.depends.update(start=("end",), end=("start",), timezone=("start", "end"))
        form.add("location", self.tr("&Location:"), line(self.tr("e.g. City Hall, Room 200")))
        form.add("address", self.tr("&Address:"), line())
        self.contacts = ContactPicker(store, self.new_contact, form)
        form.add_widget("contacts", self.tr("&Counterparts:"), self.contacts)
        people = participants.list_participants(store, self.trip_id)
        form.add_widget("attendees", self.tr("&Who attends:"),
                        PeoplePicker(people, self.tr("The whole delegation"), form))
        form.add("responsible", self.tr("&Responsible:"), line(self.tr("staff member")))
        form.add("dress_code", self.tr("&Dress code:"), line(self.tr("e.g. business"), 24))
        form.add("objectives", self.tr("&Objectives:"), self.text_box(3))
        form.add("talking_points", self.tr("Talking &points:"), self.text_box(4))
        form.add("notes", self.tr("&Notes:"), self.text_box(3))
        form.add_widget("confidential", "", CheckField(self.tr("C&onfidential (internal "
                                                               "documents only)"), form))

    def new_contact(self) -> None:
        """Create a counterpart in the directory without leaving the item."""
        self.contact_editor = new_contact(self.ctx, self, self._contact_created)

    def _contact_created(self, contact: ContactRow) -> None:
        self.contacts.add_contacts([contact], checked=True)

    def _warn(self, *_: object) -> None:
        """The trip's conflict checks for the item as typed (they do not stop saving)."""
        if not self.form.is_valid():
            self.show_warnings([])
            return
        try:
            found = checks.check_item(self.ctx.store, self.trip_id, self.values(), self.item_id)
        except DelegationsError:
            found = []
        self.show_warnings(found)
