"""A trip's outcomes as a table: date, kind, what came of it, and who and where."""

from __future__ import annotations

from datetime import date
from typing import Any

from delegations.services.outcomes import OutcomeDetail
from ui.after.labels import name
from ui.after.table_model import RowsModel
from ui.formatting import short_date

DATE, KIND, TEXT, INVOLVED, FILES = range(5)


class OutcomeModel(RowsModel[OutcomeDetail]):
    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Kind"), self.tr("What came of it"),
                self.tr("Who and where"), self.tr("Files")]

    def text(self, row: OutcomeDetail, column: int) -> str:
        if column == DATE:
            return short_date(row.date) if row.date else ""
        if column == KIND:
            return name(row.kind)
        if column == TEXT:
            return row.text
        if column == INVOLVED:
            return ", ".join((*row.contact_names, *row.city_names))
        return str(len(row.attachments)) if row.attachments else ""

    def sort_key(self, row: OutcomeDetail, column: int) -> Any:
        if column == DATE:
            return (row.date or date.min).toordinal()
        if column == FILES:
            return len(row.attachments)
        return super().sort_key(row, column)
