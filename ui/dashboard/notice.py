"""A notice on the start page when personal data is past its retention period.

Anonymising is never done behind the office's back: the notice says how many delegation
members are due and opens the Personal Data dialog, where the run is previewed and started.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from delegations.privacy.retention import RetentionPending
from ui.common.colours import NOTICE_HUE, note_style


class RetentionNotice(QFrame):
    """Hidden while nothing is due; `review_requested()` when the user wants to act."""

    review_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(note_style("QFrame#retentionNotice", NOTICE_HUE, self.palette()))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.review = QPushButton(self.tr("Review…"), self)
        self.review.setAccessibleName(self.tr("Review personal data past its retention period"))
        self.review.clicked.connect(self.review_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.review)
        self.hide()

    def show_pending(self, pending: RetentionPending) -> None:
        """Say what is due, or hide."""
        if not pending.participants:
            self.hide()
            return
        people = self.tr("%n delegation member(s)", "", pending.participants)
        trips = self.tr("%n trip(s)", "", pending.trips)
        self.text.setText(self.tr("The retention period is over for the personal data of "
                                  "%1 of %2.").replace("%1", people).replace("%2", trips))
        self.setAccessibleName(self.text.text())
        self.show()
