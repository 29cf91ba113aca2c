"""Ticking several records (goals, contacts, cities) in a compact list."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

ID = Qt.ItemDataRole.UserRole


class CheckList(QListWidget):
    """Items with a tick box each; `ids()` are the ticked ones in list order."""

    changed = Signal()

    def __init__(self, name: str, rows: int = 5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFixedHeight(QFontMetrics(self.font()).lineSpacing() * rows + 16)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.itemChanged.connect(lambda *_: self.changed.emit())

    def set_items(self, items: Iterable[tuple[int, str]], ticked: Sequence[int] = ()) -> None:
        self.blockSignals(True)
        self.clear()
        for ident, text in items:
            item = QListWidgetItem(text, self)
            item.setToolTip(text)
            item.setData(ID, ident)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ident in ticked
                               else Qt.CheckState.Unchecked)
        self.blockSignals(False)

    def add_ticked(self, ident: int, text: str) -> None:
        """A record just created: offered, ticked and in view."""
        item = QListWidgetItem(text, self)
        item.setToolTip(text)
        item.setData(ID, ident)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.scrollToItem(item)

    def ids(self) -> list[int]:
        return [self.item(r).data(ID) for r in range(self.count())
                if self.item(r).checkState() == Qt.CheckState.Checked]

    def set_ids(self, ids: Sequence[int]) -> None:
        for r in range(self.count()):
            item = self.item(r)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID) in ids
                               else Qt.CheckState.Unchecked)
