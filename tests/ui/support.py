"""Helpers every UI test module may use: a widget shown at a realistic size or inside a
main window with shortcuts of its own, and a stand-in for the system's viewer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QPlainTextEdit, QWidget

W = TypeVar("W", bound=QWidget)


def shown(qtbot, widget: W) -> W:
    """`widget` shown at its own size; qtbot closes it after the test."""
    qtbot.addWidget(widget)
    widget.show()
    return widget


def typed(editor: QWidget, **texts: str) -> None:
    """Type `texts` into the editor's form fields by name (plain-text boxes too), as a user
    would before pressing Save."""
    fields = editor.form.fields  # type: ignore[attr-defined]
    for name, text in texts.items():
        field = fields[name]
        if isinstance(field, QPlainTextEdit):
            field.setPlainText(text)
        else:
            field.setText(text)


def on_screen(qtbot, widget: W, width: int, height: int) -> W:
    """`widget` resized, shown and exposed (lists that fill on showing are filled); qtbot
    closes it after the test."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def in_main_window(qtbot, page: QWidget, keys: Sequence[str]) -> list[str]:
    """`page` as the central widget of a shown main window whose own actions have the
    shortcuts `keys`; the list returned records each key whose main-window action ran."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(page)
    hits: list[str] = []
    for key in keys:
        action = QAction(key, window)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _=False, k=key: hits.append(k))
        window.addAction(action)
    window.show()
    qtbot.waitExposed(window)
    page.test_window = window  # type: ignore[attr-defined]  # qtbot keeps a weak reference
    return hits


class Opened(QObject):
    """Stands in for the file manager or viewer (QDesktopServices.setUrlHandler):
    remembers what it was asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)
