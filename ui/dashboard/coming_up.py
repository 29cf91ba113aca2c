"""The "Coming up" card: the next trips, each a button that opens the trip's window."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QSizePolicy, QWidget

from delegations.services.dashboard import UpcomingTrip
from ui.dashboard.card import Card, clear_layout, muted_label
from ui.formatting import date_range
from ui.labels import label


class TripButton(QCommandLinkButton):
    """A trip to open: its title (elided when narrow, whole in the tooltip) over a line
    of dates, places, kind and status."""

    MARGINS = 40  # the arrow and the padding (Qt: icon + 7 + 6 left, 4 right)

    def __init__(self, title: str, description: str, parent: QWidget) -> None:
        super().__init__(title, description, parent)
        self.title = title
        self.setMinimumWidth(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setToolTip(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Elide the title to the width there is (the description wraps by itself)."""
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(9.0)  # as QCommandLinkButton draws its title outside Vista
        room = max(40, self.width() - self.MARGINS)
        self.setText(QFontMetrics(font).elidedText(self.title, Qt.TextElideMode.ElideRight,
                                                   room))
        super().resizeEvent(event)


class ComingUpCard(Card):
    """`trip_requested(id)` when a trip is clicked (or chosen with the keyboard)."""

    trip_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Coming up"), parent)
        self.buttons: list[TripButton] = []
        self.more = QLabel(self)

    def show_trips(self, trips: Sequence[UpcomingTrip], total: int) -> None:
        """One button per trip; a note of how many more there are; or a calm empty state."""
        clear_layout(self.body)
        self.buttons = [self._button(t) for t in trips]
        for button in self.buttons:
            self.body.addWidget(button)
        if not trips:
            self.body.addWidget(muted_label(self.tr(
                "No trips planned from today on. New trips are added in the Trips section."),
                self))
        elif total > len(trips):
            self.body.addWidget(muted_label(
                self.tr("%n more trip(s) planned: see the Trips section.", "",
                        total - len(trips)), self))
        self.body.addStretch(1)

    def _button(self, upcoming: UpcomingTrip) -> TripButton:
        trip = upcoming.trip
        button = TripButton(trip.title, self.describe(upcoming), self)
        button.clicked.connect(lambda _=False, ident=trip.id: self.trip_requested.emit(ident))
        return button

    def describe(self, upcoming: UpcomingTrip) -> str:
        """'5–6 Dec 2026 · Aarhus · Confirmed · in 12 days'."""
        trip = upcoming.trip
        parts = [date_range(trip.start, trip.end)]
        if trip.destinations:
            parts.append(", ".join(trip.destinations))
        parts += [label(trip.kind), label(trip.status), self.when(upcoming)]
        return " · ".join(parts)

    def when(self, upcoming: UpcomingTrip) -> str:
        if upcoming.under_way:
            return self.tr("under way")
        if upcoming.days_until == 0:
            return self.tr("today")
        if upcoming.days_until == 1:
            return self.tr("tomorrow")
        return self.tr("in %n day(s)", "", upcoming.days_until)
