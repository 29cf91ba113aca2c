"""The row of filters above the follow-ups: search as you type, owner, city, trip, goal,
status and due window. The trip is found by typing (an office has thousands): the list
offers the newest trips that have follow-ups."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from delegations.enums import FollowUpStatus
from delegations.services import choices, cities, followups
from delegations.services.followups import OPEN, DueWindow, FollowUpFilter
from delegations.storage.store import Store
from ui.after.follow_up_editor import goal_items
from ui.after.labels import name
from ui.common.record_combos import trip_text
from ui.common.search_bar import SearchBar, refill
from ui.common.search_combo import SearchCombo

STILL_TO_DO = "to-do"


class FollowUpFilters(SearchBar):
    """Emits `changed` when the search pauses or a filter changes; `current()` is the
    FollowUpFilter for the services."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: Store | None = None
        self.search.setPlaceholderText(self.tr("Search follow-ups…"))
        self.search.setAccessibleName(self.tr("Search follow-ups"))
        self.owner = self._combo(self.tr("Owner"))
        self.city = self._combo(self.tr("City"))
        self.trip = self._trip_combo()
        self.goal = self._combo(self.tr("Goal"))
        self.status = self._combo(self.tr("Status"))
        self.status.setMinimumContentsLength(22)  # "Offen oder in Bearbeitung"
        self.due_window = self._combo(self.tr("Due"))
        self._fill_fixed()
        self._lay_out()

    def _combo(self, caption: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(caption)
        combo.setMinimumContentsLength(12)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def _trip_combo(self) -> SearchCombo:
        combo = SearchCombo(self.tr("All trips"), self._trips, self._trip_name, self)
        combo.setAccessibleName(self.tr("Trip"))
        combo.setMinimumContentsLength(16)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.field.setToolTip(self.tr("Type a word of the trip's title or destination"))
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def _trips(self, text: str, limit: int) -> list[tuple[str, Any]]:
        if self._store is None:
            return []
        return [(trip_text(title, start), ident) for ident, title, start in
                choices.trip_choices(self._store, text, limit, with_follow_ups=True)]

    def _trip_name(self, trip_id: Any) -> str | None:
        found = None if self._store is None else choices.trip_choice(self._store, trip_id)
        return None if found is None else trip_text(found[1], found[2])

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.addWidget(self.search, 0, 0, 1, 2)
        pairs = [(self.tr("&Status:"), self.status), (self.tr("D&ue:"), self.due_window),
                 (self.tr("O&wner:"), self.owner), (self.tr("Ci&ty:"), self.city),
                 (self.tr("T&rip:"), self.trip), (self.tr("&Goal:"), self.goal)]
        for n, (caption, combo) in enumerate(pairs):
            row, column = divmod(n, 2)
            label = QLabel(caption, self)
            label.setBuddy(combo)
            grid.addWidget(label, row, 2 + column * 2)
            grid.addWidget(combo, row, 3 + column * 2)
        grid.setColumnStretch(0, 1)

    def _fill_fixed(self) -> None:
        self.status.blockSignals(True)
        self.status.addItem(self.tr("Open or in progress"), STILL_TO_DO)
        self.status.addItem(self.tr("Any status"), None)
        for status in FollowUpStatus:
            self.status.addItem(name(status), status)
        self.status.blockSignals(False)
        self.due_window.blockSignals(True)
        for window in DueWindow:
            self.due_window.addItem(name(window), window)
        self.due_window.blockSignals(False)

    def reload(self, store: Store) -> None:
        """Refill the choices from the store, keeping what is chosen where it still exists."""
        refill(self.owner, self.tr("Anyone"), [(o, o) for o in followups.owners(store)])
        refill(self.city, self.tr("All cities"),
               [(c.name, c.id) for c in cities.list_cities(store)])
        self._store = store
        self.trip.blockSignals(True)
        self.trip.reload()
        self.trip.blockSignals(False)
        refill(self.goal, self.tr("All goals"), [(text, i) for i, text in goal_items(store)])

    def current(self) -> FollowUpFilter:
        status = self.status.currentData()
        statuses = (frozenset(OPEN) if status == STILL_TO_DO
                    else frozenset({status}) if status is not None else frozenset())
        return FollowUpFilter(
            owner=self.owner.currentData() or "", city_id=self.city.currentData(),
            trip_id=self.trip.currentData(), goal_id=self.goal.currentData(),
            statuses=statuses, window=self.due_window.currentData() or DueWindow.ANY,
            search=self.search.text())

    def is_default(self) -> bool:
        return self.current() == FollowUpFilter(statuses=frozenset(OPEN))

    def choose(self, combo: QComboBox, value: Any) -> None:
        """Pick the entry with that value (for the window's shortcuts and the tests)."""
        if isinstance(combo, SearchCombo):
            combo.choose(value)
        else:
            combo.setCurrentIndex(max(combo.findData(value), 0))

