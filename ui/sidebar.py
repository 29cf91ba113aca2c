"""The navigation on the left: one entry per section, with an icon."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListWidget, QListWidgetItem, QWidget

from delegations.paths import resource

WIDTH = 196


def section_icon(name: str, fallback: QIcon | None = None) -> QIcon:
    """The section's icon from resources/icons, or `fallback` (if any) when it is missing."""
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() or fallback is None else fallback


class Sidebar(QListWidget):
    """A quiet list of sections; the current row is the section shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setIconSize(QSize(20, 20))
        self.setFixedWidth(WIDTH)
        self.setSpacing(2)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setObjectName("sidebar")

    def add_section(self, icon: QIcon, text: str) -> QListWidgetItem:
        item = QListWidgetItem(icon, text, self)
        item.setSizeHint(QSize(WIDTH - 16, 38))
        item.setToolTip(text)
        return item
