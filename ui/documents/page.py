"""The Documents section: any trip's papers, and the yearly report to the council."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.record_combos import trip_combo
from ui.common.section_page import SectionPage
from ui.context import AppContext, Change
from ui.documents.panel import DocumentPanel
from ui.widgets import page_title

REPORT = -1


class DocumentsPage(SectionPage):
    """A trip picker (the yearly report, then the newest trips; typing finds any other:
    an office keeps thousands, issue #16) above the document panel. "Open Trip" asks the
    main window for the chosen trip (`trip_requested`): a paper that lacks something is
    mended in the trip, and the papers stay here to preview again."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAccessibleName(self.tr("Documents"))
        self.subject = trip_combo(self, ctx.store, self.tr("Yearly report to the council"))
        self.subject.setAccessibleName(self.tr("Trip or report"))
        # long trip titles must not widen the window past a 1024 px screen
        self.subject.setMinimumContentsLength(40)
        self.subject.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        if self.subject.count() > 1:  # the newest trip's papers first
            self.subject.setCurrentIndex(1)
        self.open_button = QPushButton(self.tr("&Open Trip"), self)
        self.open_button.setToolTip(self.tr("Open the chosen trip in its window"))
        self.open_button.clicked.connect(self._open_trip)
        self.panel = DocumentPanel(ctx, self)
        self._lay_out()
        self.subject.currentIndexChanged.connect(self._subject_changed)
        ctx.changes.changed.connect(self._changed)
        self._subject_changed()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 8)
        layout.addWidget(page_title(self.tr("Documents"), self))
        form = QFormLayout()
        chooser = QHBoxLayout()
        chooser.addWidget(self.subject, 1)
        chooser.addWidget(self.open_button)
        label = QLabel(self.tr("&For:"), self)
        label.setBuddy(self.subject)  # a row of a layout gets no buddy by itself
        form.addRow(label, chooser)
        layout.addLayout(form)
        layout.addWidget(self.panel, 1)

    def fill(self) -> None:
        """The yearly report, then the newest trips (any other found by typing); the
        choice kept if it still exists."""
        self.subject.blockSignals(True)
        self.subject.reload()
        self.subject.blockSignals(False)

    def select_trip(self, trip_id: int | None) -> None:
        """Show the papers of that trip (None: the yearly report)."""
        self.subject.choose(trip_id)

    def trip_id(self) -> int | None:
        """The trip chosen; None for the yearly report."""
        value = self.subject.currentData()
        return None if value in (None, REPORT) else int(value)

    def _subject_changed(self) -> None:
        trip_id = self.trip_id()
        self.open_button.setEnabled(trip_id is not None)
        self.panel.set_trip(trip_id)

    def _open_trip(self) -> None:
        trip_id = self.trip_id()
        if trip_id is not None:
            self.trip_requested.emit(trip_id)

    def _changed(self, kind: Change, _ident: object) -> None:
        if kind == Change.TRIP:
            before = self.subject.currentData()
            self.fill()
            if self.subject.currentData() != before:
                self._subject_changed()
