"""The follow-up editor: what, who, by when, its status, and what it concerns."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QWidget

from delegations.enums import FollowUpStatus
from delegations.services import cities, followups, goals, trips
from delegations.services.dto import ContactRow, FollowUpRow
from delegations.storage.store import Store
from delegations.validation import FOLLOW_UP
from ui.after.checklist import CheckList
from ui.after.labels import name
from ui.after.ops import AfterOps, follow_up_values
from ui.common.dates import DateEdit
from ui.common.editor import Commit, EditorDialog
from ui.common.new_record import offer_new_contact
from ui.common.record_combos import contact_combo, trip_combo
from ui.common.search_combo import SearchCombo
from ui.context import AppContext
from ui.trip_window.pickers import goal_text

EMPTY: dict[str, Any] = {"action": "", "owner": "", "due": "", "status": FollowUpStatus.OPEN,
                         "city": None, "contact": None, "goals": [], "notes": ""}


def choice(parent: QWidget, items: Sequence[tuple[str, Any]], nothing: str) -> QComboBox:
    """A combo of (text, id) with 'nothing' (None) first."""
    combo = QComboBox(parent)
    combo.addItem(nothing, None)
    for text, value in items:
        combo.addItem(text, value)
    combo.setMinimumContentsLength(24)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


def goal_items(store: Store) -> list[tuple[int, str]]:
    """Goals named in the interface's language (the English name where there is one)."""
    return [(g.id, goal_text(g)) for g in goals.list_goals(store)]


class FollowUpEditor(EditorDialog):
    """Edits one follow-up; with `choose_trip` a new one may be given a trip."""

    def __init__(self, store: Store, commit: Commit, values: Mapping[str, Any] | None = None,
                 choose_trip: bool = False, parent: QWidget | None = None,
                 new: bool | None = None) -> None:
        super().__init__(FOLLOW_UP, commit, parent)
        new = values is None if new is None else new
        self.setWindowTitle(self.tr("New Follow-up") if new else self.tr("Edit Follow-up"))
        self._store = store
        self._add_fields(choose_trip)
        data = {**EMPTY, **(values or {})}
        self.load(data, new)
        if new and choose_trip and data.get("city") is None:
            self._city_of_trip(data.get("trip"))
        self.goals.set_ids(data["goals"])
        self.resize(620, 720)

    def _add_fields(self, choose_trip: bool) -> None:
        form, store = self.form, self._store
        if choose_trip:
            trip = trip_combo(form, store, self.tr("(no trip)"))
            form.add("trip", self.tr("&Trip:"), trip)
            trip.currentIndexChanged.connect(lambda *_: self._city_of_trip(trip.currentData()))
        form.add("action", self.tr("&Action:"), self.text_box(3))
        owner = QComboBox(form)
        owner.setEditable(True)
        owner.addItems(followups.owners(store))
        owner.setCurrentIndex(-1)
        # offer the owners known, never complete what is typed into a longer name
        hints = QCompleter(owner.model(), owner)
        hints.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        hints.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        owner.setCompleter(hints)
        form.add("owner", self.tr("&Owner:"), owner)
        form.add("due", self.tr("&Due:"), DateEdit(form, optional=True),
                 self.tr("Empty (Delete) for no due date; +7 is a week from today."))
        status = QComboBox(form)
        for value in FollowUpStatus:
            status.addItem(name(value), value)
        form.add("status", self.tr("&Status:"), status)
        form.add("city", self.tr("&City:"), choice(form, [
            (c.name, c.id) for c in cities.list_cities(store)], self.tr("(none)")))
        self.new_contact_button = self.new_button(self.tr("New contact…"))
        form.add("contact", self.tr("C&ontact:"), contact_combo(form, store, self.tr("(none)")),
                 beside=self.new_contact_button)
        self.goals = CheckList(self.tr("Goals"), 5, form)
        self.goals.set_items(goal_items(store))
        caption = QLabel(self.tr("&Goals:"), form)
        caption.setBuddy(self.goals)
        form.layout_.addRow(caption, self.goals)
        form.add("notes", self.tr("N&otes:"), self.text_box(3))

    def _city_of_trip(self, trip_id: int | None) -> None:
        """A follow-up of a trip concerns its first destination, unless a city is chosen."""
        city = self.form.fields["city"]
        assert isinstance(city, QComboBox)
        if trip_id is None or city.currentData() is not None:
            return
        destinations = trips.get_trip(self._store, trip_id).destinations
        if destinations:
            city.setCurrentIndex(max(city.findData(destinations[0].id), 0))

    def contact_created(self, contact: ContactRow) -> None:
        """A contact made with New contact… becomes the follow-up's contact."""
        combo = self.form.fields["contact"]
        assert isinstance(combo, SearchCombo)
        combo.choose(contact.id)

    def values(self) -> dict[str, Any]:
        values = super().values()
        values["goals"] = self.goals.ids()
        return values


def open_follow_up_editor(parent: QWidget, ctx: AppContext, commit: Callable[[dict], Any],
                          values: Mapping[str, Any] | None = None,
                          choose_trip: bool = False, new: bool | None = None) -> FollowUpEditor:
    """Open the editor window-modally (no nested event loop) and return it; a `new` one
    may come with `values` to start from. It offers New contact…"""
    editor = FollowUpEditor(ctx.store, commit, values, choose_trip, parent, new)
    offer_new_contact(ctx, editor, editor.new_contact_button, editor.contact_created)
    editor.setModal(True)
    editor.open()
    return editor


def edit_follow_up(parent: QWidget, ops: AfterOps,
                   rows: Sequence[FollowUpRow]) -> FollowUpEditor | None:
    """The editor for the one follow-up selected in a list (none for no or several rows);
    saving changes it undoably."""
    if len(rows) != 1:
        return None
    row, store = rows[0], ops.ctx.store
    editor = open_follow_up_editor(parent, ops.ctx,
                                   lambda values: ops.update_follow_up(row, values),
                                   follow_up_values(row))
    editor.watch(lambda: follow_up_values(followups.get_follow_up(store, row.id)))
    return editor
