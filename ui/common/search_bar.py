"""What the filter bars above the lists share: a search field that reports once typing
pauses (not at every key, which would query the store as often), and filter combos
refilled without losing the choice."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

SEARCH_DELAY_MS = 250


class SearchBar(QWidget):
    """Base of the filter bars: `self.search`, and `changed` once the search pauses (or at
    once from apply_now). Subclasses add their filters and call _emit when one changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(self._debounce.start)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def apply_now(self) -> None:
        """Emit at once if a search is still waiting for its pause."""
        if self._debounce.isActive():
            self._emit()

    def _emit(self) -> None:
        self._debounce.stop()
        self._report()

    def _report(self) -> None:
        self.changed.emit()


def refill(combo: QComboBox, everything: str, items: list[tuple[str, Any]]) -> None:
    """Replace a combo's entries ("all" first, with no data) without emitting changes; the
    choice stays where it still exists."""
    kept = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(kept), 0) if kept is not None else 0)
    combo.blockSignals(False)
