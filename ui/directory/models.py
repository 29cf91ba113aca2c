"""The cities and contacts tables as Qt models over the directory services."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCollator, QLocale, Qt

from delegations.enums import Relation
from delegations.services import cities, contacts
from delegations.services.dto import CityRow, ContactRow
from delegations.storage.store import Store
from ui.labels import label
from ui.paged_model import PagedTableModel

C_NAME, C_COUNTRY, C_RELATION, C_SINCE, C_ZONE, C_LANGUAGES = range(6)
P_NAME, P_FUNCTION, P_ORGANISATION, P_CITY, P_EMAIL, P_PHONE = range(6)
_RELATION_ORDER = {relation: n for n, relation in enumerate(Relation)}
#: The service's sort column (contacts.SORTABLE) behind each header.
_CONTACT_SORTS = ("name", "function", "organisation", "city", "email", "phone")


class CitiesTableModel(PagedTableModel[CityRow]):
    """Cities matching a search and a relation; the service gives them all at once
    (an office keeps dozens), the pages only keep both tables alike."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._search = ""
        self._relation: Relation | None = None
        self._all: list[CityRow] = []
        self._shown: list[CityRow] = []
        self._collator = QCollator(QLocale())
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)

    def set_filter(self, search: str, relation: Relation | None) -> None:
        self._search, self._relation = search.strip(), relation
        self.reload()

    @property
    def filtered(self) -> bool:
        return bool(self._search or self._relation)

    def _count(self) -> int:
        self._all = cities.list_cities(self._store, self._search, self._relation)
        return len(self._all)

    def _fetch(self, offset: int, limit: int | None) -> list[CityRow]:
        if offset == 0:  # a reload or a new sort order
            self._shown = list(self._all)
            if self.sort_order is not None:
                column, order = self.sort_order
                self._shown.sort(key=lambda r: self._sort_key(r, column),
                                 reverse=order == Qt.SortOrder.DescendingOrder)
        return self._shown[offset:None if limit is None else offset + limit]

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Country"), self.tr("Relation"), self.tr("Since"),
                self.tr("Time zone"), self.tr("Languages")]

    def _text(self, row: CityRow, column: int) -> str:
        texts = (row.name, row.country, label(row.relation),
                 "" if row.since is None else str(row.since), row.timezone,
                 ", ".join(p.strip() for p in row.languages.split(",") if p.strip()))
        return texts[column]

    def _sort_key(self, row: CityRow, column: int) -> Any:
        """The few cities are all in memory: sorted here, in the language's collation."""
        if column == C_RELATION:
            return _RELATION_ORDER[row.relation]
        if column == C_SINCE:
            return (row.since is None, row.since or 0)
        return self._collator.sortKey(self._text(row, column))


class ContactsTableModel(PagedTableModel[ContactRow]):
    """Contacts matching a search and a city, fetched from the service a page at a time."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._search = ""
        self._city_id: int | None = None

    def set_filter(self, search: str, city_id: int | None) -> None:
        self._search, self._city_id = search.strip(), city_id
        self.reload()

    @property
    def filtered(self) -> bool:
        return bool(self._search or self._city_id is not None)

    def _count(self) -> int:
        return contacts.count_contacts(self._store, self._search, self._city_id)

    def _fetch(self, offset: int, limit: int | None) -> list[ContactRow]:
        sort, descending = self.service_sort(_CONTACT_SORTS)
        return contacts.list_contacts(self._store, self._search, self._city_id, limit=limit,
                                      offset=offset, sort=sort, descending=descending)

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Function"), self.tr("Organisation"), self.tr("City"),
                self.tr("E-mail"), self.tr("Phone")]

    def _text(self, row: ContactRow, column: int) -> str:
        texts = (row.name, row.function or row.title, row.organisation, row.city_name,
                 row.email, row.phone)
        return texts[column]
