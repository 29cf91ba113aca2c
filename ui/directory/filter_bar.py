"""The bar above a directory list: search as you type, one filter combo, the list's buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from ui.common.flow_layout import FlowLayout, pair
from ui.common.search_bar import SearchBar, refill


class FilterBar(SearchBar):
    """Emits `changed` when the search pauses or the filter is changed."""

    def __init__(self, placeholder: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search.setPlaceholderText(placeholder)
        self.search.setAccessibleName(placeholder.rstrip("…"))
        self.search.setMinimumWidth(240)
        self.combo = QComboBox(self)
        self.combo.setMinimumContentsLength(14)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setAccessibleName(caption.replace("&", "").rstrip(":"))
        self.combo.currentIndexChanged.connect(self._emit)
        self._layout = FlowLayout(self)  # wraps on a narrow screen rather than widening it
        self._layout.addWidget(self.search)
        buddy = QLabel(caption, self)
        buddy.setBuddy(self.combo)
        self._layout.addWidget(pair(buddy, self.combo))

    def add_widget(self, widget: QWidget) -> None:
        """A button at the right end of the bar."""
        self._layout.addWidget(widget)

    @property
    def text(self) -> str:
        return self.search.text().strip()

    @property
    def value(self) -> Any:
        return self.combo.currentData()

    def is_default(self) -> bool:
        return not self.text and self.value is None

    def set_choices(self, everything: str, items: list[tuple[str, Any]]) -> None:
        """Refill the combo ("all" first), keeping the choice where it still exists."""
        refill(self.combo, everything, items)
        self.combo.view().setMinimumWidth(self.combo.view().sizeHintForColumn(0) + 32)
