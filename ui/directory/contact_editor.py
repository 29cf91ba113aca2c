"""The contact editor: how to address them, where they work, how to reach them, who they are."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from delegations.services.dto import CityRow
from delegations.validation import CONTACT
from ui.common.editor import Commit, EditorDialog
from ui.protocol.address_box import ProposingEditor

EMPTY_CONTACT: dict[str, Any] = {
    "honorific": "", "title": "", "name": "", "function": "", "organisation": "",
    "city": None, "email": "", "phone": "", "languages": "", "address_form": "", "bio": "",
    "notes": "",
}


class ContactEditor(ProposingEditor, EditorDialog):
    """Edits one contact; `cities` fill the city choice, `commit(values)` saves;
    `propose(values)` gives the forms of address the office's rules propose."""

    def __init__(self, commit: Commit, cities: Sequence[CityRow],
                 values: Mapping[str, Any] | None = None, parent: QWidget | None = None,
                 propose: Any = None) -> None:
        super().__init__(CONTACT, commit, parent)
        self._propose = propose
        new = values is None
        self.setWindowTitle(self.tr("New Contact") if new else self.tr("Edit Contact"))
        self._add_fields(cities)
        self.load({**EMPTY_CONTACT, **(values or {})}, new)
        self.resize(620, 760)

    def _city_combo(self, cities: Sequence[CityRow]) -> QComboBox:
        combo = QComboBox(self.form)
        combo.setMinimumContentsLength(30)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.addItem(self.tr("— none (home city or unknown) —"), None)
        for city in cities:
            combo.addItem(city.name, city.id)
        return combo

    def _add_fields(self, cities: Sequence[CityRow]) -> None:
        form, line = self.form, self.line
        form.add("honorific", self.tr("&Honorific:"), line(self.tr("e.g. Frau, Mr, госпожа"), 16))
        form.add("title", self.tr("&Title:"), line(self.tr("e.g. Dr., Mayor")))
        form.add("name", self.tr("&Name:"), line(self.tr("as the person writes it")))
        form.add("function", self.tr("&Function:"), line())
        form.add("organisation", self.tr("&Organisation:"), line())
        form.add("city", self.tr("C&ity:"), self._city_combo(cities))
        form.add("email", self.tr("&E-mail:"), line("name@example.org"))
        form.add("phone", self.tr("&Phone:"), line("+49 431 901-0"))
        form.add("languages", self.tr("&Languages:"), line("de, en"))
        form.add("address_form", self.tr("Form of &address:"),
                 line(self.tr("e.g. Sehr geehrte Frau Bürgermeisterin")))
        form.add("bio", self.tr("Short &biography:"), self.text_box(4))
        form.add("notes", self.tr("N&otes:"), self.text_box(3))
        self.add_address_box(form, self._propose)

    def load(self, values: Mapping[str, Any], new: bool) -> None:
        super().load(values, new)
        self.load_forms(values, new)

    def values(self) -> dict[str, Any]:
        return self.with_address_forms(super().values())
