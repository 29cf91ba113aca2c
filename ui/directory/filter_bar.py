"""The bar above a directory list: search as you type, one filter combo, the list's buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ui.common.flow_layout import FlowLayout, pair

SEARCH_DELAY_MS = 250


class FilterBar(QWidget):
    """Emits `changed` when the search pauses or the filter is changed."""

    changed = Signal()

    def __init__(self, placeholder: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(placeholder.rstrip("…"))
        self.search.setMinimumWidth(240)
        self.combo = QComboBox(self)
        self.combo.setMinimumContentsLength(14)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setAccessibleName(caption.replace("&", "").rstrip(":"))
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(self._debounce.start)
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
        kept = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(everything, None)
        for text, value in items:
            self.combo.addItem(text, value)
        found = self.combo.findData(kept) if kept is not None else 0
        self.combo.setCurrentIndex(max(found, 0))
        self.combo.blockSignals(False)
        self.combo.view().setMinimumWidth(self.combo.view().sizeHintForColumn(0) + 32)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def apply_now(self) -> None:
        """Emit at once if a search is still waiting for its pause."""
        if self._debounce.isActive():
            self._emit()

    def _emit(self) -> None:
        self._debounce.stop()
        self.changed.emit()
