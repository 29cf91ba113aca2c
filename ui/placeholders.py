"""The sections still being built say politely what they will hold."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.widgets import EmptyState

_PAGES = {
    "cities": (
        QT_TRANSLATE_NOOP("Placeholders", "Cities and contacts"),
        QT_TRANSLATE_NOOP("Placeholders",
                          "Partner and friendly cities, networks and the people the office works "
                          "with will be kept here, with the history of every meeting."),
        "",
    ),
    "follow-ups": (
        QT_TRANSLATE_NOOP("Placeholders", "Follow-ups"),
        QT_TRANSLATE_NOOP("Placeholders",
                          "What was agreed on a trip, who takes care of it and by when will be "
                          "tracked here, so that nothing promised is forgotten."),
        "",
    ),
    "documents": (
        QT_TRANSLATE_NOOP("Placeholders", "Documents"),
        QT_TRANSLATE_NOOP("Placeholders",
                          "Itineraries, briefing packs, follow-up briefs and the yearly activity "
                          "report will be printed from here. Until then the command line prints "
                          "them:"),
        "python -m delegations print --help",
    ),
}


class PlaceholderPage(QWidget):
    """A page with a heading and a sentence about what is coming."""

    def __init__(self, key: str, icon: QIcon | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading, text, command = _PAGES[key]
        heading = QCoreApplication.translate("Placeholders", str(heading))
        body = escape(QCoreApplication.translate("Placeholders", str(text)))
        if command:
            body += f"<br><br><code>{escape(str(command))}</code>"
        self.setAccessibleName(heading)
        self.message = EmptyState(self, icon)
        self.message.set_message(heading, body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
