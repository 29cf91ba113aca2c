"""The trip window's Documents tab: the document panel fixed on one trip."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.context import AppContext
from ui.documents.panel import DocumentPanel


class DocumentsTab(QWidget):
    """Itinerary, briefing pack and follow-up brief of the trip `trip_id`."""

    def __init__(self, ctx: AppContext, trip_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trip_id = trip_id
        self.panel = DocumentPanel(ctx, self)
        self.panel.set_trip(trip_id)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
