"""Menu entries every window of the app shares: Undo and Redo of the one edit history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from ui.context import AppContext


def add_edit_menu(bar: QMenuBar, ctx: AppContext, owner: QWidget) -> QMenu:
    """An Edit menu whose Undo/Redo name the action they would undo or redo."""
    menu = bar.addMenu(QCoreApplication.translate("Menus", "&Edit"))
    undo = ctx.undo.createUndoAction(owner, QCoreApplication.translate("Menus", "&Undo"))
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    redo = ctx.undo.createRedoAction(owner, QCoreApplication.translate("Menus", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for action in (undo, redo):
        action.setObjectName("undo" if action is undo else "redo")
        menu.addAction(action)
    return menu


def edit_action(owner: QWidget, name: str) -> QAction:
    """The window's Undo ('undo') or Redo ('redo') action."""
    found = owner.findChild(QAction, name)
    assert found is not None
    return found
