"""Small shared widgets and colours: page titles, the calm message of an empty list."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

TEXT_WIDTH = 520


def muted_color(palette: QPalette) -> QColor:
    """Secondary text: between the text and its background, still easy to read."""
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    mix = 0.58

    def blend(a: float, b: float) -> float:
        return a * mix + b * (1 - mix)

    return QColor.fromRgbF(blend(text.redF(), window.redF()),
                           blend(text.greenF(), window.greenF()),
                           blend(text.blueF(), window.blueF()))


def page_title(text: str, parent: QWidget) -> QLabel:
    """The heading at the top of a page."""
    title = QLabel(text, parent)
    font = QFont(title.font())
    font.setPointSizeF(font.pointSizeF() * 1.45)
    font.setWeight(QFont.Weight.DemiBold)
    title.setFont(font)
    title.setAccessibleName(text)
    return title


class EmptyState(QWidget):
    """An optional icon, a heading and a sentence or two, centred, in muted colours."""

    def __init__(self, parent: QWidget | None = None, icon: QIcon | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        self.heading = QLabel(self)
        self.text = QLabel(self)
        self._style(icon)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for label, space in ((self.icon, 10), (self.heading, 6), (self.text, 0)):
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            layout.addSpacing(space)
        layout.addStretch(3)

    def _style(self, icon: QIcon | None) -> None:
        if icon is not None:
            self.icon.setPixmap(icon.pixmap(QSize(40, 40)))
        self.icon.setVisible(icon is not None)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.text.setStyleSheet(f"color: {muted_color(self.palette()).name()};")
        self.text.setFixedWidth(TEXT_WIDTH)
        self.text.setWordWrap(True)
        for label in (self.heading, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def set_message(self, heading: str, text: str) -> None:
        """Heading and text (the text may hold simple rich text)."""
        self.heading.setText(heading)
        self.text.setText(text)
        # A centred, word-wrapped label is laid out by its size hint: reserve its real height.
        self.text.setMinimumHeight(self.text.heightForWidth(TEXT_WIDTH))
        self.setAccessibleName(heading)
        self.text.setAccessibleName(self.text.text())


def language_combo(parent: QWidget, system_item: str = "") -> QComboBox:
    """German / English, each named in its own language; with `system_item`, first the
    choice to follow the system."""
    combo = QComboBox(parent)
    if system_item:
        combo.addItem(system_item, "")
    combo.addItem("Deutsch", "de")
    combo.addItem("English", "en")
    return combo


def fitting_combo(parent: QWidget, letters: int) -> QComboBox:
    """A combo about `letters` wide that grows with the window but never widens it: a long
    hotel name or programme title is cut short in the box, whole in its list."""
    combo = QComboBox(parent)
    combo.setMinimumContentsLength(letters)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    combo.view().setTextElideMode(Qt.TextElideMode.ElideRight)
    return combo
