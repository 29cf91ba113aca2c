"""Gifts as a table: given or received, what, to or from whom, where, when, worth."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from delegations.services.dto import GiftRow
from ui.after.labels import name
from ui.after.table_model import RowsModel
from ui.formatting import money, short_date

DIRECTION, DESCRIPTION, PERSON, CITY, DATE, VALUE, TRIP = range(7)


class GiftModel(RowsModel[GiftRow]):
    """`with_trip` adds the trip column (for gifts of other trips); `repeats` marks rows."""

    def __init__(self, with_trip: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.with_trip = with_trip
        self.repeats: dict[int, str] = {}  # gift id → why it is marked

    def headers(self) -> list[str]:
        names = [self.tr("Given/received"), self.tr("Gift"), self.tr("To or from"),
                 self.tr("City"), self.tr("Date"), self.tr("Value")]
        return [*names, self.tr("Trip")] if self.with_trip else names

    def text(self, row: GiftRow, column: int) -> str:
        person = row.contact_name or row.counterpart
        if row.contact_name and row.counterpart:
            person = f"{row.contact_name} ({row.counterpart})"
        texts = (name(row.direction), row.description, person, row.city_name,
                 short_date(row.date) if row.date else "",
                 money(row.value_cents, row.currency), row.trip_title)
        return texts[column]

    def sort_key(self, row: GiftRow, column: int) -> Any:
        if column == DATE:
            return (row.date or date.min).toordinal()
        if column == VALUE:
            return -1 if row.value_cents is None else row.value_cents
        return super().sort_key(row, column)

    def extra(self, row: GiftRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if row.id not in self.repeats or column != DESCRIPTION:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            from PySide6.QtWidgets import QApplication, QStyle

            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.repeats[row.id]
        return None

