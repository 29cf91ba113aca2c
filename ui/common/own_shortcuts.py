"""A widget whose actions' shortcuts win while the focus is inside it.

A section page or trip tab has shortcuts (New, Delete, Find…) that the main window uses
too; Qt would call such a key ambiguous and run neither. The widget claims its own keys
through ShortcutOverride, so Qt never sees two actions for one key, and runs them itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget


class OwnShortcuts(QWidget):
    """Base of widgets whose enabled actions (self.actions()) take their keys first."""

    def own_action(self, event: QKeyEvent) -> QAction | None:
        """The enabled action of this widget that the key pressed is a shortcut of."""
        keys = QKeySequence(event.keyCombination())
        return next((a for a in self.actions() if a.isEnabled() and keys in a.shortcuts()),
                    None)

    def event(self, event: QEvent) -> bool:
        """Claim the widget's own shortcuts while the focus is inside."""
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and self.own_action(event) is not None):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self.own_action(event)
        if action is not None:
            action.trigger()
            event.accept()
            return
        super().keyPressEvent(event)


Keys = QKeySequence | QKeySequence.StandardKey | str


def local_action(owner: QWidget, text: str, slot: Callable[[], object], *keys: Keys) -> QAction:
    """An action of `owner` whose keys work while the focus is inside it, so that a page's
    or tab's Insert and Delete act on what that page shows."""
    action = QAction(text, owner)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action
