"""A read-only window with everything about one trip: delegation, programme, travel, hotels."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from delegations.services.dto import HomeRow, TripDetail
from ui.common.dialogs import Dialog
from ui.trips.overview_html import STYLE, OverviewWriter
from ui.widgets import muted_color


class TripOverview(Dialog):
    """Shows one TripDetail; it does not change anything."""

    def __init__(self, trip: TripDetail, home: HomeRow | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trip = trip
        self.setWindowTitle(self.tr("%1 — Trip overview").replace("%1", trip.title))
        self.setAccessibleName(self.tr("Trip overview"))
        self.browser = self._make_browser()
        self.browser.setHtml(OverviewWriter(home, self).write(trip))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.setSpacing(12)
        layout.addWidget(self.browser)
        footer = QHBoxLayout()
        footer.setContentsMargins(12, 0, 12, 0)
        footer.addWidget(buttons)
        layout.addLayout(footer)
        self.resize(880, 760)

    def _make_browser(self) -> QTextBrowser:
        browser = QTextBrowser(self)
        browser.setAccessibleName(self.tr("Trip details"))
        browser.setOpenLinks(False)
        browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        browser.document().setDocumentMargin(24)
        muted = muted_color(self.palette())
        browser.document().setDefaultStyleSheet(STYLE % {"muted": muted.name()})
        browser.setStyleSheet("QTextBrowser { background: palette(base); }")
        return browser

    def text(self) -> str:
        """The overview as plain text (what a reader of the window sees)."""
        return self.browser.toPlainText()
