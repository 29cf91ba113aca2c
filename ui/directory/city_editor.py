"""The city editor: name, country, relation, since, time zone (picked or typed), and notes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from delegations.enums import Relation
from delegations.validation import CITY
from ui.common.editor import Commit, EditorDialog
from ui.common.zone_combo import zone_combo
from ui.labels import label

EMPTY_CITY: dict[str, Any] = {"name": "", "country": "", "relation": Relation.PARTNER,
                              "since": "", "timezone": "", "languages": "", "topics": "",
                              "notes": ""}


class CityEditor(EditorDialog):
    """Edits one city; `commit(values)` saves (through the undo history)."""

    def __init__(self, commit: Commit, values: Mapping[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(CITY, commit, parent)
        new = values is None
        self.setWindowTitle(self.tr("New City") if new else self.tr("Edit City"))
        self._add_fields()
        self.load(values or EMPTY_CITY, new)
        self.resize(600, 700)

    def _add_fields(self) -> None:
        form = self.form
        form.add("name", self.tr("&Name:"), self.line(self.tr("e.g. Aarhus")))
        form.add("country", self.tr("&Country:"), self.line("DK", letters=4),
                 self.tr("Two-letter code (ISO 3166), e.g. DK, US, CN. Empty for networks."))
        relation = QComboBox(form)
        for value in Relation:
            relation.addItem(label(value), value)
        form.add("relation", self.tr("&Relation:"), relation)
        form.add("since", self.tr("&Since:"), self.line(self.tr("year"), letters=6),
                 self.tr("Year the partnership was founded."))
        form.add("timezone", self.tr("&Time zone:"), zone_combo(form),
                 self.tr("Times of programme points there are shown in this zone."))
        form.add("languages", self.tr("&Languages:"), self.line("da, en"))
        form.add("topics", self.tr("T&opics:"), self.text_box(2))
        form.add("notes", self.tr("N&otes:"), self.text_box(5))
