"""A button that opens a menu at once (Set status ▾, Export ▾)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QMenu, QToolButton, QWidget


def menu_button(parent: QWidget, text: str,
                entries: Iterable[tuple[str, Callable[[], object]]]) -> QToolButton:
    """A button labelled `text` whose menu runs the callback of the entry chosen."""
    button = QToolButton(parent)
    button.setText(text)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    for caption, callback in entries:
        menu.addAction(caption, callback)
    button.setMenu(menu)
    return button
