"""Helpers every UI test module may use: a widget shown at a realistic size, and a stand-in
for the system's viewer."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def on_screen(qtbot, widget: W, width: int, height: int) -> W:
    """`widget` resized, shown and exposed (lists that fill on showing are filled); qtbot
    closes it after the test."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


class Opened(QObject):
    """Stands in for the file manager or viewer (QDesktopServices.setUrlHandler):
    remembers what it was asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)
