"""The sections still being built say politely what they will hold."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from html import escape
from typing import Any

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
    # The tabs of a trip window that other parts of the app will fill.
    "delegation": (
        QT_TRANSLATE_NOOP("Placeholders", "Delegation"),
        QT_TRANSLATE_NOOP("Placeholders",
                          "The people travelling, their roles, order of precedence and needs "
                          "will be listed here."),
        "",
    ),
    "programme": (
        QT_TRANSLATE_NOOP("Placeholders", "Programme"),
        QT_TRANSLATE_NOOP("Placeholders",
                          "The trip's programme, travel and hotels will be planned here, "
                          "day by day in local time."),
        "",
    ),
    "budget": (
        QT_TRANSLATE_NOOP("Placeholders", "Budget"),
        QT_TRANSLATE_NOOP("Placeholders",
                          "Planned and actual costs of the trip will be kept here."),
        "",
    ),
    "outcomes": (
        QT_TRANSLATE_NOOP("Placeholders", "Outcomes"),
        QT_TRANSLATE_NOOP("Placeholders",
                          "What the trip achieved, the gifts exchanged and the follow-ups "
                          "agreed will be recorded here."),
        "",
    ),
    "trip-documents": (
        QT_TRANSLATE_NOOP("Placeholders", "Documents"),
        QT_TRANSLATE_NOOP("Placeholders",
                          "The trip's itinerary and briefing pack will be printed from here. "
                          "Until then the command line prints them:"),
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


def optional_function(module: str, name: str) -> Callable[..., Any] | None:
    """`module.name` when that part of the app is built yet, else None (the caller falls
    back to a placeholder). Only a missing module counts: an error inside one surfaces."""
    try:
        found = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name is None or not module.startswith(exc.name):
            raise
        return None
    return getattr(found, name, None)


def optional_widget(module: str, name: str, *args: Any) -> QWidget | None:
    """`module.name(*args)` when that widget class is built yet, else None."""
    widget_class = optional_function(module, name)
    return None if widget_class is None else widget_class(*args)
