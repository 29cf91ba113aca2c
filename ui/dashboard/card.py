"""A framed section of the start page: a heading, an optional control beside it, a body."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.widgets import muted_color

CARD_STYLE = """
QFrame#dashboardCard { background: palette(base); border: 1px solid palette(mid);
                       border-radius: 8px; }
"""


class Card(QFrame):
    """A calm box with a heading; the body is `self.body` (a vertical layout)."""

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardCard")
        self.setStyleSheet(CARD_STYLE)
        self.heading = QLabel(heading, self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.setAccessibleName(heading)
        self.top = QHBoxLayout()
        self.top.addWidget(self.heading, 1)
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        layout = self.frame = QVBoxLayout(self)  # heading row, body (subclasses may add)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(10)
        layout.addLayout(self.top)
        layout.addLayout(self.body, 1)


def muted_label(text: str, parent: QWidget) -> QLabel:
    """Secondary text that wraps: empty states and notes."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {muted_color(label.palette()).name()};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def clear_layout(layout: QVBoxLayout) -> None:
    """Remove and delete every widget of `layout` (before filling it again)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()
