"""Questions and refusals as window-modal message boxes that do not block the event loop.

The box is kept on its parent as `message_box`, so a test (or the lead's code) can read
and answer it without a nested event loop.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _box(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str,
         buttons: QMessageBox.StandardButton) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.finished.connect(box.deleteLater)
    parent.message_box = box  # type: ignore[attr-defined]
    return box


def tell(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A refusal or a fact the user must see; they close it."""
    box = _box(parent, QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
    box.open()
    return box


def ask(parent: QWidget, title: str, text: str, yes: str,
        then: Callable[[], None]) -> QMessageBox:
    """A question with `yes` as the button that goes ahead; Cancel is the default."""
    box = _box(parent, QMessageBox.Icon.Question, title, text,
               QMessageBox.StandardButton.Cancel)
    go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.buttonClicked.connect(lambda button: then() if button is go else None)
    box.open()
    return box


def choose(parent: QWidget, title: str, text: str,
           choices: list[tuple[str, Callable[[], object]]]) -> QMessageBox:
    """A question answered by one of several buttons (the first is the default)."""
    box = _box(parent, QMessageBox.Icon.Question, title, text,
               QMessageBox.StandardButton.NoButton)
    actions = {}
    for number, (text_, then) in enumerate(choices):
        button = box.addButton(text_, QMessageBox.ButtonRole.AcceptRole)
        actions[button] = then
        if number == 0:
            box.setDefaultButton(button)
    box.buttonClicked.connect(lambda button: actions[button]() if button in actions else None)
    box.open()
    return box
