"""The gift editor, warning as one types when a planned gift repeats one already given."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QWidget

from delegations.enums import GiftDirection
from delegations.errors import DelegationsError
from delegations.services import cities, gifts
from delegations.services.dto import ContactRow
from delegations.storage.store import Store
from delegations.validation import GIFT
from ui.after.budget_editor import enum_combo
from ui.after.follow_up_editor import choice
from ui.common.colours import error_colour
from ui.common.dates import DateEdit
from ui.common.editor import Commit, EditorDialog
from ui.common.record_combos import contact_combo
from ui.common.search_combo import SearchCombo
from ui.formatting import amount_text, parse_amount, short_date
from ui.protocol.gift_fields import add_register_fields, limit_warning

EMPTY: dict[str, Any] = {"direction": GiftDirection.GIVEN, "description": "", "contact": None,
                         "counterpart": "", "city": None, "date": "", "value": "",
                         "currency": "EUR", "notes": "", "our_person": "", "kept_at": "",
                         "decision": None}


class GiftEditor(EditorDialog):
    """Edits one gift; `warning` names earlier gifts to the same person that are alike."""

    def __init__(self, store: Store, commit: Commit, values: Mapping[str, Any] | None = None,
                 gift_id: int | None = None, parent: QWidget | None = None) -> None:
        """`values` of a gift being edited; a new one (no `gift_id`) may start from some."""
        super().__init__(GIFT, commit, parent)
        self._store, self._gift_id = store, gift_id
        self.setWindowTitle(self.tr("New Gift") if gift_id is None else self.tr("Edit Gift"))
        self.warning = self.warning_line(error_colour())
        self._add_fields()
        self.load({**EMPTY, **(values or {})}, gift_id is None)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.check_repeats)
        for key in ("description", "counterpart"):
            self.form.fields[key].textChanged.connect(self._timer.start)  # type: ignore[attr-defined]
        for key in ("value", "currency"):
            self.form.fields[key].textChanged.connect(self._timer.start)  # type: ignore[attr-defined]
        for key in ("contact", "city", "direction"):
            combo = self.form.fields[key]
            assert isinstance(combo, QComboBox)
            combo.currentIndexChanged.connect(self._timer.start)
        self.check_repeats()
        self.resize(600, 640)

    def _add_fields(self) -> None:
        form, store = self.form, self._store
        form.add("direction", self.tr("&Given or received:"), enum_combo(form, GiftDirection))
        form.add("description", self.tr("&Gift:"), self.text_box(2))
        self.new_contact_button = self.new_button(self.tr("New contact…"))
        form.add("contact", self.tr("&To or from:"),
                 contact_combo(form, store, self.tr("(no contact)")),
                 beside=self.new_contact_button)
        form.add("counterpart", self.tr("Or &counterpart:"), self.line(self.tr("e.g. the city "
                                                                               "council")))
        form.add("city", self.tr("C&ity:"), choice(form, [
            (c.name, c.id) for c in cities.list_cities(store)], self.tr("(none)")))
        form.add("date", self.tr("&Date:"), DateEdit(form, optional=True))
        form.add("value", self.tr("&Value:"), self.line(amount_text(12000), letters=12),
                 reader=parse_amount)
        form.add("currency", self.tr("C&urrency:"), self.line("EUR", letters=5))
        form.add("notes", self.tr("N&otes:"), self.text_box(3))
        add_register_fields(self)

    def contact_created(self, contact: ContactRow) -> None:
        """A contact made with New contact… becomes the one the gift goes to or came from."""
        combo = self.form.fields["contact"]
        assert isinstance(combo, SearchCombo)
        combo.choose(contact.id)

    def check_repeats(self) -> list[Any]:
        """Show which gifts this one repeats (only for gifts given)."""
        values = self.values()
        found: list[Any] = []
        if values.get("direction") == GiftDirection.GIVEN:
            try:
                found = gifts.gift_repeats(self._store, {**values, "id": self._gift_id})
            except DelegationsError:
                found = []
        if found:
            items = "; ".join(self._describe(g) for g in found[:3])
            self.warning.setText("⚠ " + self.tr("Already given to this person: %1")
                                 .replace("%1", items))
        limit = limit_warning(self, self._store, values)
        if limit:
            self.warning.setText("\n".join(x for x in (self.warning.text() if found else "",
                                                         limit) if x))
        self.warning.setVisible(bool(found) or bool(limit))
        return found

    def _describe(self, gift: Any) -> str:
        when = short_date(gift.date) if gift.date else ""
        return ", ".join(p for p in (gift.description, gift.trip_title, when) if p)
