"""The budget lines and their totals as tables; amounts in the interface's number style."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt

from delegations.services.budget import Amounts, BudgetLineRow, BudgetTotals
from ui.after.labels import name
from ui.after.table_model import RowsModel
from ui.formatting import money

CATEGORY, FUNDING, PLANNED, ACTUAL, DIFFERENCE, NOTE = range(6)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def signed(cents: int, currency: str) -> str:
    """A difference with its sign: '+12,00 €', '−3,50 €', '0,00 €'."""
    text = money(abs(cents), currency)
    return ("+" if cents > 0 else "−" if cents < 0 else "") + text


class BudgetLinesModel(RowsModel[BudgetLineRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.currency = "EUR"

    def headers(self) -> list[str]:
        return [self.tr("Category"), self.tr("Funding source"), self.tr("Planned"),
                self.tr("Actual"), self.tr("Difference"), self.tr("Note")]

    def text(self, row: BudgetLineRow, column: int) -> str:
        if column == CATEGORY:
            return name(row.category)
        if column == FUNDING:
            return name(row.funding)
        if column == PLANNED:
            return money(row.planned_cents, self.currency)
        if column == ACTUAL:
            return money(row.actual_cents, self.currency)
        if column == DIFFERENCE:
            if row.planned_cents is None or row.actual_cents is None:
                return ""
            return signed(row.actual_cents - row.planned_cents, self.currency)
        return row.note

    def sort_key(self, row: BudgetLineRow, column: int) -> Any:
        if column in (PLANNED, ACTUAL):
            value = row.planned_cents if column == PLANNED else row.actual_cents
            return -1 if value is None else value
        if column == DIFFERENCE:
            return (row.actual_cents or 0) - (row.planned_cents or 0)
        return super().sort_key(row, column)

    def extra(self, row: BudgetLineRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PLANNED, ACTUAL, DIFFERENCE):
            return _RIGHT
        return None


class TotalRow:
    """One line of a totals table: a category, a funding source, or the sum of all."""

    def __init__(self, ident: int, label: str, amounts: Amounts, bold: bool = False) -> None:
        self.id, self.label, self.amounts, self.bold = ident, label, amounts, bold


class TotalsModel(RowsModel[TotalRow]):
    """Planned, actual and difference per category or funding source, and the total."""

    def __init__(self, caption: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.currency = "EUR"

    def show_totals(self, groups: dict[Any, Amounts], totals: BudgetTotals,
                    total_label: str) -> None:
        rows = [TotalRow(n, name(key) if isinstance(key, StrEnum) else str(key), amounts)
                for n, (key, amounts) in enumerate(groups.items())]
        rows.append(TotalRow(len(rows), total_label, totals.total, bold=True))
        self.set_rows(rows)

    def headers(self) -> list[str]:
        return [self.caption, self.tr("Planned"), self.tr("Actual"), self.tr("Difference")]

    def text(self, row: TotalRow, column: int) -> str:
        a = row.amounts
        return (row.label, money(a.planned_cents, self.currency),
                money(a.actual_cents, self.currency),
                signed(a.difference_cents, self.currency))[column]

    def extra(self, row: TotalRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and row.bold:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None
