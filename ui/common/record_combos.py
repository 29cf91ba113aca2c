"""Choosers of one trip or one contact among thousands (SearchCombo over the services):
the first few are offered, the rest are found by typing (issue #16)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from delegations.errors import DelegationsError
from delegations.services import choices, contacts
from delegations.storage.store import Store
from ui.common.search_combo import SearchCombo
from ui.formatting import short_date


def trip_text(title: str, start: date) -> str:
    """A trip as a chooser names it: the title and when it began (titles repeat)."""
    return f"{title} ({short_date(start)})"


def trip_combo(parent: QWidget, store: Store, nothing: str,
               with_follow_ups: bool = False) -> SearchCombo:
    """A trip by typing a word of its title, ref or destination; the newest offered."""
    def search(text: str, limit: int) -> list[tuple[str, Any]]:
        return [(trip_text(title, start), ident) for ident, title, start in
                choices.trip_choices(store, text, limit, with_follow_ups)]

    def name_of(trip_id: Any) -> str | None:
        found = choices.trip_choice(store, trip_id)
        return None if found is None else trip_text(found[1], found[2])

    return _sized(SearchCombo(nothing, search, name_of, parent))


def contact_combo(parent: QWidget, store: Store, nothing: str) -> SearchCombo:
    """A contact by typing a word of their name, organisation, function, e-mail or city;
    the first by name offered."""
    def search(text: str, limit: int) -> list[tuple[str, Any]]:
        return [(c.name, c.id) for c in contacts.list_contacts(store, text, limit=limit)]

    def name_of(contact_id: Any) -> str | None:
        try:
            return contacts.get_contact(store, contact_id).name
        except DelegationsError:
            return None

    return _sized(SearchCombo(nothing, search, name_of, parent))


def _sized(combo: SearchCombo) -> SearchCombo:
    combo.setMinimumContentsLength(24)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo
