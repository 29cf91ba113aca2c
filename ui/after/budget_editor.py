"""The budget line editor: category, funding source, planned and actual amount, note."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from delegations.model import BudgetCategory, FundingSource
from delegations.services.budget import BUDGET_LINE, BudgetLineRow
from ui.after.labels import name
from ui.common.editor import Commit, EditorDialog
from ui.formatting import amount_text, parse_amount


def enum_combo(parent: QWidget, kind: Any) -> QComboBox:
    combo = QComboBox(parent)
    for value in kind:
        combo.addItem(name(value), value)
    return combo


class BudgetLineEditor(EditorDialog):
    """Edits one budget line; amounts are typed as the interface writes numbers."""

    def __init__(self, commit: Commit, row: BudgetLineRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(BUDGET_LINE, commit, parent)
        self.setWindowTitle(self.tr("New Budget Line") if row is None
                            else self.tr("Edit Budget Line"))
        form = self.form
        form.add("category", self.tr("&Category:"), enum_combo(form, BudgetCategory))
        form.add("funding", self.tr("&Funding source:"), enum_combo(form, FundingSource))
        example = amount_text(123450)
        form.add("planned", self.tr("&Planned:"), self.line(example, letters=14),
                 reader=parse_amount)
        form.add("actual", self.tr("&Actual:"), self.line(example, letters=14),
                 self.tr("Leave empty until the cost is known."), reader=parse_amount)
        form.add("note", self.tr("&Note:"), self.text_box(3))
        values: dict[str, Any] = {"category": BudgetCategory.TRAVEL,
                                  "funding": FundingSource.CITY_BUDGET,
                                  "planned": "", "actual": "", "note": ""}
        self.load(values if row is None else line_values(row), row is None)
        self.resize(520, 420)


def line_values(row: BudgetLineRow) -> dict[str, Any]:
    """A budget line as its editor shows it (amounts as text)."""
    return {"category": row.category, "funding": row.funding,
            "planned": amount_text(row.planned_cents),
            "actual": amount_text(row.actual_cents), "note": row.note}
