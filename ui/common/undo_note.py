"""A quiet strip that says what was just done (deleted) and offers to undo it: a delete
without a word left the user wondering what had gone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from ui.common.colours import NOTE_HUE, note_style


class UndoNote(QFrame):
    """`tell(text)` shows the sentence with Undo; undoing (here or elsewhere) hides it."""

    def __init__(self, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo, self._step = undo, -1
        self.setObjectName("undoNote")
        self.setStyleSheet(note_style("#undoNote", NOTE_HUE, self.palette()))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.undo_button = QToolButton(self)
        self.undo_button.setText(self.tr("&Undo"))
        self.undo_button.clicked.connect(self._take_back)
        self.close_button = QToolButton(self)
        self.close_button.setText(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignVCenter)
        undo.indexChanged.connect(self._moved)
        self.hide()

    def tell(self, text: str) -> None:
        """Say what the last step did; Undo takes back that step."""
        self._step = self._undo.index()
        self.text.setText(text)
        self.setAccessibleName(text)
        self.show()

    def _take_back(self) -> None:
        if self._undo.index() == self._step and self._undo.canUndo():
            self._undo.undo()
        self.hide()

    def _moved(self, index: int) -> None:
        """Another step was done or this one undone: the sentence no longer holds."""
        if index != self._step:
            self.hide()
