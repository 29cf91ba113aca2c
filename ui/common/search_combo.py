"""A choice among thousands of records (trips, contacts) that never loads them all.

The drop-down offers the first few records (the service's order: the newest trips, the
contacts by name); typing asks the service for those whose words begin with what was
typed and offers them in a popup (issue #16: a combo of 20,000 contacts took a quarter
of a second to fill, and nobody scrolls through it). The chosen record stays an entry,
so `currentData()` is the chosen id as on a plain combo; `choose(id)` picks any record,
offered or not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget
from shiboken6 import isValid

from ui.common.search_bar import SEARCH_DELAY_MS, refill

#: (text, id) of the records whose words begin with what was typed, at most `limit`.
Search = Callable[[str, int], list[tuple[str, Any]]]
#: The text of one record by id (None when it is gone).
Name = Callable[[Any], str | None]
OFFERED = 30
VALUE_ROLE = Qt.ItemDataRole.UserRole


class SearchCombo(QComboBox):
    """`nothing` (None) first, then the records `search("", OFFERED)` gives; typing looks
    the others up. `currentIndexChanged` tells a new choice, as on a plain combo."""

    def __init__(self, nothing: str, search: Search, name_of: Name,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._nothing, self._search, self._name_of = nothing, search, name_of
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        field = self.lineEdit()
        assert field is not None  # editable
        self.field = field
        field.setPlaceholderText(nothing)
        self.found = QStandardItemModel(self)
        self.finder = QCompleter(self.found, self)
        self.finder.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.finder.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        self.setCompleter(self.finder)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.look_up)
        field.textEdited.connect(lambda _text: self._timer.start())
        field.editingFinished.connect(self._settle)
        self.currentIndexChanged.connect(lambda _index: self._show_choice())
        self.reload()

    def reload(self) -> None:
        """Offer the first records again, keeping the choice (also when not among them)."""
        kept = self.currentData()
        items = self._search("", OFFERED)
        if kept is not None and all(value != kept for _text, value in items):
            text = self._name_of(kept)
            items = [(text, kept), *items] if text is not None else items
        refill(self, self._nothing, items)
        self._show_choice()

    def choose(self, value: Any) -> None:
        """Choose the record with that id (None or an unknown id: nothing)."""
        index = self.findData(value) if value is not None else 0
        if index < 0:
            text = self._name_of(value)
            if text is not None:
                self.addItem(text, value)
                index = self.count() - 1
        self.setCurrentIndex(max(index, 0))
        self._show_choice()

    def look_up(self) -> None:
        """Offer the records matching what was typed, in a popup under the field."""
        self._timer.stop()
        text = self.field.text().strip()
        self.found.clear()
        if not text or (self.currentIndex() > 0 and text == self.itemText(self.currentIndex())):
            return
        for label, value in self._search(text, OFFERED):
            item = QStandardItem(label)
            item.setData(value, VALUE_ROLE)
            self.found.appendRow(item)
        self.finder.complete()

    def _show_choice(self) -> None:
        """The field shows the chosen record's name; nothing chosen, the placeholder."""
        index = self.currentIndex()
        self.setEditText(self.itemText(index) if index > 0 else "")

    def _picked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self.choose(index.data(VALUE_ROLE))

    def _settle(self) -> None:
        """Leaving the field: an emptied field chooses nothing, anything else typed goes
        back to the choice's name (a choice is made from the list, never by a guess).
        The field also finishes editing while the window closes: nothing to do then."""
        if not (isValid(self) and isValid(self.field)):
            return
        popup = self.finder.popup()
        if popup is not None and popup.isVisible():
            return
        if not self.field.text().strip():
            self.setCurrentIndex(0)
        self._show_choice()
