"""Help ▸ Keyboard Shortcuts: every shortcut of the window, read from its actions, so the
list can never disagree with what the keys do."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from delegations.folding import sort_key
from ui.common.dialogs import Dialog


def _plain(text: str) -> str:
    """A menu text without its mnemonic and dots ('&New Trip…' -> 'New Trip')."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _where(item: QObject) -> str:
    """The tab an action belongs to ('Programme: '), '' for the window's own."""
    page, part = None, item.parent()
    while part is not None:
        if isinstance(part, QTabWidget) and isinstance(page, QWidget):
            index = part.indexOf(page)
            return f"{_plain(part.tabText(index))}: " if index >= 0 else ""
        page, part = part, part.parent()
        if isinstance(part, QStackedWidget) and isinstance(part.parent(), QTabWidget):
            part = part.parent()
    return ""


def shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) for every action of `window` and its parts that has a shortcut, and
    every QShortcut that says what it does (its whatsThis)."""
    found: dict[tuple[str, str], None] = {}
    native = QKeySequence.SequenceFormat.NativeText
    for action in window.findChildren(QAction):
        keys = [k for k in (k.toString(native) for k in action.shortcuts()) if k]
        if keys and _plain(action.text()):
            found[_where(action) + _plain(action.text()), ", ".join(keys)] = None
    for shortcut in window.findChildren(QShortcut):
        key = shortcut.key().toString(native)
        if key and shortcut.whatsThis():
            found[_where(shortcut) + shortcut.whatsThis(), key] = None
    return sorted(found, key=lambda pair: sort_key(pair[0]))


class ShortcutsDialog(Dialog):
    """A table of the window's shortcuts."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = shortcuts(window)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for n, (what, keys) in enumerate(rows):
            for column, text in enumerate((what, keys)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(n, column, item)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(self.tr("Shortcuts of a list or tab work while it has the focus."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 520)
