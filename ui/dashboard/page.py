"""The start page: what is coming up, which follow-ups are due or overdue, and the year
with the partner cities, at a glance. It redraws when trips, follow-ups, outcomes or
cities change (once per burst of changes, and only when it is shown)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from delegations.services import dashboard
from delegations.services.followups import home_today
from ui.common.section_page import SectionPage
from ui.context import AppContext, Change
from ui.dashboard.activity import ActivityCard
from ui.dashboard.coming_up import ComingUpCard
from ui.dashboard.follow_ups import WARNING, FollowUpsCard
from ui.dashboard.notice import RetentionNotice
from ui.formatting import long_date
from ui.widgets import muted_color, page_title

WATCHED = (Change.TRIP, Change.FOLLOW_UP, Change.OUTCOME, Change.CITY, Change.HOME,
           Change.PARTICIPANT)


class DashboardPage(SectionPage):
    """`trip_requested(id)` opens a trip, `follow_ups_requested()` the Follow-ups section;
    `today` gives the date in the home city (tests pass a fixed one)."""

    follow_ups_requested = Signal()
    privacy_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: Callable[[], date] | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = today or (lambda: home_today(ctx.store))
        self.summary = ""
        self.year: int | None = None  # None: the default year (this one, or the last busy)
        self.setAccessibleName(self.tr("Overview"))
        self.date_line = QLabel(self)
        self.date_line.setStyleSheet(f"color: {muted_color(self.palette()).name()};")
        self.coming_up = ComingUpCard(self)
        self.follow_ups = FollowUpsCard(self)
        self.activity = ActivityCard(self)
        self.retention = RetentionNotice(self)
        self._lay_out()
        self._stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self._connect()
        self.refresh()

    def _lay_out(self) -> None:
        content = QWidget(self)
        cards = QHBoxLayout()
        cards.setSpacing(16)
        cards.addWidget(self.coming_up, 3)
        cards.addWidget(self.follow_ups, 2)
        column = QVBoxLayout(content)
        column.setContentsMargins(16, 12, 16, 16)
        column.setSpacing(14)
        column.addWidget(page_title(self.tr("Overview"), content))
        column.addWidget(self.date_line)
        column.addWidget(self.retention)
        column.addLayout(cards)
        column.addWidget(self.activity)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _connect(self) -> None:
        self.coming_up.trip_requested.connect(self.trip_requested)
        self.follow_ups.follow_ups_requested.connect(self.follow_ups_requested)
        self.retention.review_requested.connect(self.privacy_requested)
        self.activity.year_changed.connect(self.show_year)
        self.ctx.changes.changed.connect(self._changed)

    def refresh(self) -> None:
        """Read the store again (a handful of queries, whatever its size)."""
        self._stale = False
        board = dashboard.dashboard(self.ctx.store, self.today(), self.year)
        self.date_line.setText(long_date(board.today))
        self.coming_up.show_trips(board.upcoming, board.upcoming_total)
        self.follow_ups.show_digest(board.follow_ups)
        self.activity.set_years(board.years, board.year)
        self.activity.show_year(board.year, board.activity)
        self.retention.show_pending(board.retention)
        self._set_summary(board)

    def show_year(self, year: int) -> None:
        """Chart another year (kept when the page redraws)."""
        self.year = year
        self.activity.set_years([int(self.activity.year_box.itemData(i))
                                 for i in range(self.activity.year_box.count())], year)
        self.activity.show_year(year, dashboard.year_activity(self.ctx.store, year))

    def _set_summary(self, board: dashboard.Dashboard) -> None:
        parts = [self.tr("%n trip(s) coming up", "", board.upcoming_total)]
        if board.follow_ups.overdue:
            parts.append(f"{WARNING} " + self.tr("%n follow-up(s) overdue", "",
                                                 board.follow_ups.overdue))
        parts.append(self.tr("%n due this week", "", board.follow_ups.this_week))
        self.summary = " · ".join(parts)
        self.summary_changed.emit(self.summary)

    def _changed(self, kind: Change, _ident: object) -> None:
        if kind not in WATCHED:
            return
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up on changes made while hidden, and on a new day."""
        super().showEvent(event)
        if self._stale or self.date_line.text() != long_date(self.today()):
            self._timer.start()
