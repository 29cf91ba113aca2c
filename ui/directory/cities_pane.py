"""The Cities half: partner, friendly and network cities, each with its contacts and trips."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from delegations.enums import Relation
from delegations.errors import DelegationsError
from delegations.services import cities, contacts, trips
from delegations.services.dto import TripFilter
from ui.common.messages import ask, tell
from ui.context import AppContext
from ui.directory.city_editor import CityEditor
from ui.directory.detail_html import DetailWriter
from ui.directory.filter_bar import FilterBar
from ui.directory.list_pane import ListPane
from ui.directory.models import (
    C_COUNTRY,
    C_LANGUAGES,
    C_RELATION,
    C_SINCE,
    C_ZONE,
    CitiesTableModel,
)
from ui.directory.ops import DirectoryOps, city_values
from ui.labels import label


class CitiesPane(ListPane):
    """Lists cities; the selected city's page shows its contacts and the trips to it."""

    def __init__(self, ctx: AppContext, ops: DirectoryOps, parent: QWidget | None = None) -> None:
        super().__init__(ctx, ops, False, parent)
        bar = self.filters
        self.setAccessibleName(self.tr("Cities"))
        self.table.setAccessibleName(self.tr("Cities list"))
        self.new_button = QPushButton(self.tr("New City…"), self)
        self.new_button.clicked.connect(self.new)
        bar.add_widget(self.new_button)
        self.table.set_widths({C_COUNTRY: 6, C_RELATION: 12, C_SINCE: 5, C_ZONE: 18,
                               C_LANGUAGES: 8}, shrink=(C_RELATION, C_ZONE, C_LANGUAGES))
        bar.set_choices(self.tr("All relations"), [(label(r), r) for r in Relation])
        self.apply_filter()

    model: CitiesTableModel  # made by _make_model

    def _make_model(self) -> CitiesTableModel:
        return CitiesTableModel(self.ctx.store, self)

    def _make_bar(self) -> FilterBar:
        return FilterBar(self.tr("Search name or country…"), self.tr("&Relation:"), self)

    def _set_model_filter(self) -> None:
        self.model.set_filter(self.filters.text, self.filters.value)

    def _page_html(self, ident: int) -> str:
        store = self.ctx.store
        city = cities.get_city(store, ident)
        return DetailWriter(self).city(city, contacts.list_contacts(store, city_id=ident),
                                       trips.list_trips(store, TripFilter(city_id=ident)))

    def _nothing_selected(self) -> str:
        return self.tr("Select a city to see its contacts and the trips to it.")

    def _empty_texts(self, filtered: bool) -> tuple[str, str]:
        if filtered:
            return self.tr("No cities match"), self.tr(
                "Try a shorter search, or set the relation back to “All relations”.")
        return self.tr("No cities yet"), self.tr(
            "Partner and friendly cities and networks will be listed here. "
            "Add one with “New City…”.")

    def _summary(self, shown: int, filtered: bool) -> str:
        if filtered:
            everything = len(cities.list_cities(self.ctx.store))
            return self.tr("%1 of %2 cities").replace("%1", str(shown)).replace(
                "%2", str(everything))
        return self.tr("%n city(s)", "", shown)

    # ------------------------------------------------------------------ actions

    def new(self) -> CityEditor:
        """Open the editor for a new city; saving selects it."""
        editor = CityEditor(self.ops.create_city, None, self)
        return self._open(editor)

    def edit_current(self) -> None:
        ident = self.table.current_id()
        if ident is None:
            return
        try:
            old = city_values(cities.get_city(self.ctx.store, ident))
        except DelegationsError as exc:
            tell(self, self.tr("City not available"), str(exc))
            return
        commit = self._updater(ident, old, self.ops.update_city)
        store = self.ctx.store
        self._open(CityEditor(commit, old, self)).watch(
            lambda: city_values(cities.get_city(store, ident)))

    def delete_selected(self) -> None:
        ident = self.table.current_id()
        if ident is None or not self.table.selectionModel().hasSelection():
            return
        name = cities.get_city(self.ctx.store, ident).name
        ask(self, self.tr("Delete City"),
            self.tr("Delete “%1”? You can undo this with Edit ▸ Undo.").replace("%1", name),
            self.tr("Delete"), lambda: self._delete(ident))

    def _delete(self, ident: int) -> None:
        try:
            self.ops.delete_city(ident)
        except DelegationsError as exc:  # InUseError: trips or contacts still use it
            tell(self, self.tr("City not deleted"), str(exc))
