"""The outcome editor: kind, date, text, and the goals, contacts and cities involved."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from delegations.enums import OutcomeKind
from delegations.services import cities
from delegations.services.dto import ContactRow
from delegations.storage.store import Store
from delegations.validation import OUTCOME
from ui.after.budget_editor import enum_combo
from ui.after.checklist import CheckList
from ui.after.follow_up_editor import goal_items
from ui.common.contact_picker import ContactPicker
from ui.common.dates import DateEdit
from ui.common.editor import Commit, EditorDialog

EMPTY: dict[str, Any] = {"kind": OutcomeKind.RESULT, "date": "", "text": "", "notes": "",
                         "goals": [], "contacts": [], "cities": []}


class OutcomeEditor(EditorDialog):
    """Edits one outcome; the lists tick goals, contacts and cities."""

    def __init__(self, store: Store, commit: Commit, values: Mapping[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(OUTCOME, commit, parent)
        self.setWindowTitle(self.tr("New Outcome") if values is None
                            else self.tr("Edit Outcome"))
        form = self.form
        form.add("kind", self.tr("&Kind:"), enum_combo(form, OutcomeKind))
        form.add("date", self.tr("&Date:"), DateEdit(form, optional=True))
        form.add("text", self.tr("&What came of it:"), self.text_box(4))
        self.lists = {"goals": self._list(self.tr("&Goals:"), goal_items(store))}
        self.contacts = ContactPicker(store, None, form, (self.tr("Contacts"),
                                                          self.tr("Search contacts")))
        self.new_contact_button = self.contacts.new_button
        label = QLabel(self.tr("C&ontacts:"), form)
        label.setBuddy(self.contacts)
        form.layout_.addRow(label, self.contacts)
        self.lists["cities"] = self._list(self.tr("C&ities:"), [
            (c.id, c.name) for c in cities.list_cities(store)])
        form.add("notes", self.tr("N&otes:"), self.text_box(3))
        data = {**EMPTY, **(values or {})}
        self.load(data, values is None)
        for key, checklist in self.lists.items():
            checklist.set_ids(data[key])
        self.contacts.set_value(data["contacts"])
        self.resize(640, 760)

    def _list(self, caption: str, items: list[tuple[int, str]]) -> CheckList:
        checklist = CheckList(caption.replace("&", "").rstrip(":"), 4, self.form)
        checklist.set_items(items)
        label = QLabel(caption, self.form)
        label.setBuddy(checklist)
        self.form.layout_.addRow(label, checklist)
        return checklist

    def contact_created(self, contact: ContactRow) -> None:
        """A contact made with New contact… is offered and ticked."""
        self.contacts.add_contacts([contact], checked=True)

    def values(self) -> dict[str, Any]:
        values = super().values()
        values.update({key: checklist.ids() for key, checklist in self.lists.items()})
        values["contacts"] = self.contacts.value()
        return values
