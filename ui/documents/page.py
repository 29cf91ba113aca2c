"""The Documents section: any trip's papers, and the yearly report to the council."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QVBoxLayout, QWidget

from delegations.services import trips
from ui.common.section_page import SectionPage
from ui.context import AppContext, Change
from ui.documents.panel import DocumentPanel
from ui.formatting import date_range
from ui.widgets import page_title

REPORT = -1


class DocumentsPage(SectionPage):
    """A trip picker (newest first, and the yearly report) above the document panel."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAccessibleName(self.tr("Documents"))
        self.subject = QComboBox(self)
        self.subject.setAccessibleName(self.tr("Trip or report"))
        # long trip titles must not widen the window past a 1024 px screen
        self.subject.setMinimumContentsLength(40)
        self.subject.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.panel = DocumentPanel(ctx, self)
        self._lay_out()
        self.fill()
        self.subject.currentIndexChanged.connect(self._subject_changed)
        ctx.changes.changed.connect(self._changed)
        self._subject_changed()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 8)
        layout.addWidget(page_title(self.tr("Documents"), self))
        form = QFormLayout()
        form.addRow(self.tr("&For:"), self.subject)
        layout.addLayout(form)
        layout.addWidget(self.panel, 1)

    def fill(self) -> None:
        """The trips, newest first, then the yearly report; the choice kept if it exists."""
        current = self.subject.currentData()
        self.subject.blockSignals(True)
        self.subject.clear()
        rows = sorted(trips.list_trips(self.ctx.store), key=lambda r: r.start, reverse=True)
        for row in rows:
            self.subject.addItem(f"{row.title} ({date_range(row.start, row.end)})", row.id)
        self.subject.addItem(self.tr("Yearly report to the council"), REPORT)
        index = self.subject.findData(current) if current is not None else 0
        self.subject.setCurrentIndex(max(index, 0))
        self.subject.blockSignals(False)

    def select_trip(self, trip_id: int) -> None:
        self.subject.setCurrentIndex(max(self.subject.findData(trip_id), 0))

    def _subject_changed(self) -> None:
        value = self.subject.currentData()
        self.panel.set_trip(None if value in (None, REPORT) else int(value))

    def _changed(self, kind: Change, _ident: object) -> None:
        if kind == Change.TRIP:
            before = self.subject.currentData()
            self.fill()
            if self.subject.currentData() != before:
                self._subject_changed()
