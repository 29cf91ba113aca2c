"""The Cities & Contacts section: two lists with search, each record's page beside its list.

Its keyboard shortcuts (New, Delete, Find) work while the focus is inside the page and
take precedence there over the main window's own (New Trip, Search Trips): the page
claims them through ShortcutOverride (ui.common.own_shortcuts).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.common.own_shortcuts import OwnShortcuts, local_action
from ui.common.section_page import SectionPage
from ui.context import AppContext, Change
from ui.directory.cities_pane import CitiesPane
from ui.directory.contacts_pane import ContactsPane
from ui.directory.exchange_actions import ExchangeActions
from ui.directory.list_pane import ListPane
from ui.directory.ops import DirectoryOps
from ui.widgets import page_title

CITIES, CONTACTS = 0, 1
_REFRESH_KINDS = {Change.CITY, Change.CONTACT}
_DETAIL_KINDS = {Change.TRIP, Change.PARTICIPANT, Change.AGENDA, Change.FOLLOW_UP, Change.HOME}


class DirectoryPage(SectionPage, OwnShortcuts):
    """Cities and contacts, each a tab with its list and details."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAccessibleName(self.tr("Cities & Contacts"))
        self.ops = DirectoryOps(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.cities = CitiesPane(ctx, self.ops, self.tabs)
        self.contacts = ContactsPane(ctx, self.ops, self.tabs)
        self.tabs.addTab(self.cities, self.tr("&Cities"))
        self.tabs.addTab(self.contacts, self.tr("C&ontacts"))
        self.exchange = ExchangeActions(ctx, self.ops, self.contacts, self)
        self._make_actions()
        self._lay_out()
        self._connect()

    def _make_actions(self) -> None:
        def action(text: str, keys: QKeySequence, slot: Callable[[], object]) -> QAction:
            return local_action(self, text, slot, keys)

        # Ctrl+N stays New Trip everywhere; a new entry is Insert, as in the programme
        self.new_action = action(self.tr("&New…"), QKeySequence("Ins"), self.new)
        self.delete_action = action(self.tr("&Delete…"),
                                    QKeySequence(QKeySequence.StandardKey.Delete),
                                    lambda: self.current_pane().delete_selected())
        self.find_action = action(self.tr("&Find"), QKeySequence(QKeySequence.StandardKey.Find),
                                  self.focus_search)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 8)
        layout.setSpacing(6)
        layout.addWidget(page_title(self.tr("Cities & Contacts"), self))
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.ctx.changes.changed.connect(self._changed)
        self.tabs.currentChanged.connect(self._tab_changed)
        for pane in (self.cities, self.contacts):
            pane.summary_changed.connect(self._pane_summary)
            pane.link_activated.connect(self.follow_link)

    # ------------------------------------------------------------------ own API

    @property
    def summary(self) -> str:
        return self.current_pane().summary

    def current_pane(self) -> ListPane:
        return self.contacts if self.tabs.currentIndex() == CONTACTS else self.cities

    def menu_actions(self) -> list[QAction]:
        """Import vCard…, Import CSV…, Export…, Merge…: for the main window's File menu."""
        return self.exchange.actions()

    def focus_search(self) -> None:
        self.current_pane().focus_search()

    def new(self) -> None:
        self.current_pane().new()  # type: ignore[attr-defined]

    def refresh(self) -> None:
        """Read the store again (after a restore or another window's import, say)."""
        self.cities.refresh()
        self.contacts.refresh()

    def show_city(self, city_id: int) -> bool:
        return self._show(CITIES, self.cities, city_id)

    def show_contact(self, contact_id: int) -> bool:
        return self._show(CONTACTS, self.contacts, contact_id)

    def _show(self, tab: int, pane: ListPane, ident: int) -> bool:
        """Bring a record into view, clearing a search that hides it."""
        self.tabs.setCurrentIndex(tab)
        if pane.select(ident):
            return True
        pane.filters.search.clear()
        pane.filters.combo.setCurrentIndex(0)
        pane.apply_filter()
        return pane.select(ident)

    def follow_link(self, kind: str, ident: int) -> None:
        if kind == "trip":
            self.trip_requested.emit(ident)
        elif kind == "city":
            self.show_city(ident)
        elif kind == "contact":
            self.show_contact(ident)

    # ------------------------------------------------------------------ reacting

    def _changed(self, kind: Change, _ident: object) -> None:
        if kind in _REFRESH_KINDS:
            self.refresh()
        elif kind in _DETAIL_KINDS:
            self.cities.show_current()
            self.contacts.show_current()

    def _tab_changed(self, _index: int) -> None:
        self.summary_changed.emit(self.summary)

    def _pane_summary(self, text: str) -> None:
        if self.sender() is self.current_pane():
            self.summary_changed.emit(text)
