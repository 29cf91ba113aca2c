"""The bar above the trips list: search as you type, and year, status and city filters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from delegations.enums import TripStatus
from delegations.services import cities, trips
from delegations.services.dto import TripFilter
from delegations.storage.store import Store
from ui.common.flow_layout import FlowLayout, pair
from ui.labels import label

SEARCH_DELAY_MS = 250


class TripFilterBar(QWidget):
    """Emits `changed` with the TripFilter the user has put together."""

    changed = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.search = self._make_search()
        self.year = self._make_combo(self.tr("Year"))
        self.status = self._make_combo(self.tr("Status"))
        self.city = self._make_combo(self.tr("City"), letters=16)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(self._debounce.start)
        self._lay_out()
        self.reload_choices()

    def _make_search(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(self.tr("Search title, reference or city…"))
        edit.setClearButtonEnabled(True)
        edit.setAccessibleName(self.tr("Search trips"))
        edit.setMinimumWidth(260)
        return edit

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
        _refill(self.year, self.tr("All years"),
                [(str(y), y) for y in trips.trip_years(self._store)])
        _refill(self.status, self.tr("All statuses"), [(label(s), s) for s in TripStatus])
        _refill(self.city, self.tr("All cities"),
                [(c.name, c.id) for c in cities.list_cities(self._store)])
        self.city.view().setMinimumWidth(self.city.view().sizeHintForColumn(0) + 32)

    def current_filter(self) -> TripFilter:
        return TripFilter(year=self.year.currentData(), status=self.status.currentData(),
                          city_id=self.city.currentData(), search=self.search.text().strip())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def apply_now(self) -> None:
        """Emit the filter at once if a search is still waiting for its pause."""
        if self._debounce.isActive():
            self._emit()

    def _emit(self) -> None:
        self._debounce.stop()
        self.changed.emit(self.current_filter())


def _refill(combo: QComboBox, everything: str, items: list[tuple[str, Any]]) -> None:
    """Replace a combo's entries ("all" first, with no data) without emitting changes."""
    kept = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for text, value in items:
        combo.addItem(text, value)
    found = combo.findData(kept) if kept is not None else 0
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)
