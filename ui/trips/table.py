"""The trips table: sensible column widths, whole-row selection, Enter or double-click opens."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from delegations.enums import TripKind, TripStatus
from ui.common.rows_table import OpeningTable
from ui.formatting import short_date
from ui.labels import label
from ui.trips import model as columns


class TripsTable(OpeningTable):
    """Emits `open_requested(row)` when the user opens a trip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(False, parent)

    def size_columns(self) -> None:
        """Title takes the free width; the others fit their longest possible text, or
        shrink alike on a small screen so that titles stay readable."""
        header = self.horizontalHeader()
        header.setMinimumSectionSize(48)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(columns.TITLE, QHeaderView.ResizeMode.Stretch)
        widest_date = short_date(date(2026, 12, 28))
        samples = {
            columns.KIND: [label(k) for k in TripKind],
            columns.STATUS: [label(s) for s in TripStatus],
            columns.FROM: [widest_date],
            columns.TO: [widest_date],
            columns.DESTINATIONS: ["San Francisco, Tallinn"],
            columns.PARTICIPANTS: ["999"],
        }
        self.set_fitted({column: self._fit(column, texts) for column, texts in samples.items()},
                        shrink=(columns.KIND, columns.DESTINATIONS))

    def _fit(self, column: int, texts: list[str]) -> int:
        """Room for the widest of `texts` and the column's title (with its sort arrow)."""
        model = self.model()
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model else ""
        metrics = self.fontMetrics()
        content = max(metrics.horizontalAdvance(t) for t in texts) + 20
        return max(content, metrics.horizontalAdvance(title) + 36)
