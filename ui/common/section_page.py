"""The base of a main-window section (Overview, Cities & Contacts, Goals, Documents).

The main window connects the same two signals of every section to its status bar and its
trip windows, so they are declared here once.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class SectionPage(QWidget):
    """`summary_changed(text)` for the status bar; `trip_requested(id)` when the user
    follows a link to a trip (the main window opens it)."""

    summary_changed = Signal(str)
    trip_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
