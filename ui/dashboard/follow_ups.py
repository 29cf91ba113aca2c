"""The "Follow-ups" card: how many are overdue and due this week, and the most urgent ones.

Overdue stands out by a warning sign, the word and bold weight as well as by colour.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from delegations.services.dashboard import FollowUpDigest
from delegations.services.dto import FollowUpRow
from ui.common.colours import error_colour
from ui.dashboard.card import Card, clear_layout, muted_label
from ui.formatting import short_date

WARNING = "⚠"


class Figure(QWidget):
    """A big number over its caption ('3' / 'overdue')."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.number = QLabel(self)
        self.caption = QLabel(self)
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * 2.1)
        font.setWeight(QFont.Weight.DemiBold)
        self.number.setFont(font)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(0)
        layout.addWidget(self.number, 0, 0)
        layout.addWidget(self.caption, 1, 0)

    def set_figure(self, number: str, caption: str, alarming: bool) -> None:
        self.number.setText(number)
        self.caption.setText(caption)
        colour = f"color: {error_colour().name()};" if alarming else ""
        weight = "font-weight: 600;" if alarming else ""
        self.number.setStyleSheet(colour)
        self.caption.setStyleSheet(colour + weight)
        self.setAccessibleName(f"{number} {caption}")


class FollowUpsCard(Card):
    """`follow_ups_requested()` when the user wants the whole list."""

    follow_ups_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Follow-ups"), parent)
        self.overdue = Figure(self)
        self.this_week = Figure(self)
        self.open_all = QPushButton(self.tr("Show all follow-ups"), self)
        self.open_all.clicked.connect(self.follow_ups_requested)
        figures = QHBoxLayout()
        figures.setSpacing(32)
        figures.addWidget(self.overdue)
        figures.addWidget(self.this_week)
        figures.addStretch(1)
        self.frame.insertLayout(1, figures)
        self.frame.addWidget(self.open_all, 0, Qt.AlignmentFlag.AlignLeft)
        self.items: list[QLabel] = []

    def show_digest(self, digest: FollowUpDigest) -> None:
        """The two counts, then the overdue items and those due this week."""
        self.overdue.set_figure(
            f"{WARNING} {digest.overdue}" if digest.overdue else "0",
            self.tr("overdue", "", digest.overdue), bool(digest.overdue))
        self.this_week.set_figure(str(digest.this_week),
                                  self.tr("due this week", "", digest.this_week), False)
        clear_layout(self.body)
        self.items = [self._item(r, True) for r in digest.overdue_items]
        self.items += [self._item(r, False) for r in digest.this_week_items]
        for item in self.items:
            self.body.addWidget(item)
        if not self.items:
            self.body.addWidget(muted_label(self._calm(digest.open), self))
        self.body.addStretch(1)

    def _calm(self, still_open: int) -> str:
        if not still_open:
            return self.tr("Nothing overdue, nothing due this week. No open follow-ups.")
        return self.tr("Nothing overdue, nothing due this week; %n follow-up(s) open later.",
                       "", still_open)

    def _item(self, row: FollowUpRow, overdue: bool) -> QLabel:
        """'⚠ 31 Oct 2026 · Action — San Francisco', the action elided by the label."""
        due = short_date(row.due) if row.due else ""
        where = row.city_name or row.trip_title
        text = " · ".join(x for x in (due, row.action) if x)
        if overdue:
            late = self.tr("overdue since %1").replace("%1", due)
            text = f"{WARNING} {late} · {row.action}"
        item = QLabel(self)
        item.setTextFormat(Qt.TextFormat.PlainText)
        item.setText(text + (f" — {where}" if where else ""))
        item.setToolTip(_tooltip(row, where))
        item.setWordWrap(True)
        if overdue:
            item.setStyleSheet(f"color: {error_colour().name()};")
        return item

    def item_texts(self) -> list[str]:
        return [i.text() for i in self.items]


def _tooltip(row: FollowUpRow, where: str) -> str:
    parts: Iterable[str] = (row.action, row.owner, row.trip_title, where)
    return "\n".join(dict.fromkeys(p for p in parts if p))
