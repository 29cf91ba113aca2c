"""The bar above the trips list: search as you type, and year, status and city filters."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from delegations.enums import TripStatus
from delegations.services import cities, trips
from delegations.services.dto import TripFilter
from delegations.storage.store import Store
from ui.common.flow_layout import FlowLayout, pair
from ui.common.search_bar import SearchBar, refill
from ui.labels import label


class TripFilterBar(SearchBar):
    """Emits `changed` with the TripFilter the user has put together."""

    changed = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.search.setPlaceholderText(self.tr("Search title, reference or city…"))
        self.search.setAccessibleName(self.tr("Search trips"))
        self.search.setMinimumWidth(260)
        self.year = self._make_combo(self.tr("Year"))
        self.status = self._make_combo(self.tr("Status"))
        self.city = self._make_combo(self.tr("City"), letters=16)
        self._lay_out()
        self.reload_choices()

    def _make_combo(self, name: str, letters: int = 0) -> QComboBox:
        """A filter combo; with `letters`, it is that wide and its list opens wider."""
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        if letters:
            combo.setMinimumContentsLength(letters)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        else:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def _lay_out(self) -> None:
        layout = FlowLayout(self)  # wraps on a narrow screen rather than widening it
        layout.addWidget(self.search)
        for text, combo in ((self.tr("&Year:"), self.year), (self.tr("St&atus:"), self.status),
                            (self.tr("C&ity:"), self.city)):
            caption = QLabel(text, self)
            caption.setBuddy(combo)
            layout.addWidget(pair(caption, combo))

    def reload_choices(self) -> None:
        """Refill the combos from the store, keeping what is selected where it still exists."""
        refill(self.year, self.tr("All years"),
               [(str(y), y) for y in trips.trip_years(self._store)])
        refill(self.status, self.tr("All statuses"), [(label(s), s) for s in TripStatus])
        refill(self.city, self.tr("All cities"),
               [(c.name, c.id) for c in cities.list_cities(self._store)])
        self.city.view().setMinimumWidth(self.city.view().sizeHintForColumn(0) + 32)

    def current_filter(self) -> TripFilter:
        return TripFilter(year=self.year.currentData(), status=self.status.currentData(),
                          city_id=self.city.currentData(), search=self.search.text().strip())

    def _report(self) -> None:
        self.changed.emit(self.current_filter())
