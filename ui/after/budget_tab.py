"""The trip window's Budget tab: the cost lines, planned and actual, with their totals by
category and by funding source."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTableView,
    QWidget,
)

from delegations.errors import DelegationsError
from delegations.services import budget, trips
from ui.after.budget_editor import BudgetLineEditor, line_values
from ui.after.budget_models import BudgetLinesModel, TotalsModel, signed
from ui.after.followups_page import make_table, set_widths
from ui.after.ops import AfterOps
from ui.after.trip_rows import TripRows
from ui.common.messages import ask
from ui.context import AppContext, Change
from ui.formatting import money

WATCHED = (Change.BUDGET, Change.TRIP)


class BudgetTab(TripRows[budget.BudgetLineRow]):
    watched = WATCHED
    model: BudgetLinesModel

    def __init__(self, ctx: AppContext, trip_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, trip_id, parent)
        self.setAccessibleName(self.tr("Budget"))
        self.ops = AfterOps(ctx, self)
        self.editor: BudgetLineEditor | None = None
        self._list(BudgetLinesModel(self))
        self.by_category = TotalsModel(self.tr("Category"), self)
        self.by_funding = TotalsModel(self.tr("Funding source"), self)
        self.total_line = QLabel(self)
        self._buttons(self.tr("&New line…"))
        self._lay_out()
        self._wire(self.new_line, self.delete_button)
        self.refresh()
        set_widths(self.table, (16, 16, 14, 14, 14))

    def _totals_table(self, model: TotalsModel) -> QTableView:
        table = make_table(self, multi=False)
        table.setSortingEnabled(False)
        table.setModel(model)
        table.setAlternatingRowColors(False)
        set_widths(table, (18, 13, 13))
        return table

    def _lay_out(self) -> None:
        totals = QHBoxLayout()
        totals.addWidget(self._totals_table(self.by_category))
        totals.addWidget(self._totals_table(self.by_funding))
        layout = self._header(self.total_line,
                              (self.new_button, self.edit_button, self.delete_button))
        layout.addWidget(self.table, 3)
        layout.addWidget(QLabel(self.tr("<b>Totals</b>"), self))
        layout.addLayout(totals, 2)

    def refresh(self) -> None:
        try:
            currency = trips.get_trip(self.ctx.store, self.trip_id).currency or "EUR"
            lines = budget.list_budget_lines(self.ctx.store, self.trip_id)
        except DelegationsError:  # the trip was deleted meanwhile
            lines, currency = [], "EUR"
        for model in (self.model, self.by_category, self.by_funding):
            model.currency = currency
        self.model.set_rows(lines)
        totals = budget.totals(lines)
        everything = self.tr("Total")
        self.by_category.show_totals(dict(totals.by_category), totals, everything)
        self.by_funding.show_totals(dict(totals.by_funding), totals, everything)
        t = totals.total
        self.total_line.setText(self.tr("Planned %1 · actual %2 · difference %3")
                                .replace("%1", money(t.planned_cents, currency))
                                .replace("%2", money(t.actual_cents, currency))
                                .replace("%3", signed(t.difference_cents, currency)))
        self.show_current()

    def new_line(self) -> BudgetLineEditor:
        self.editor = BudgetLineEditor(
            lambda values: self.ops.add_budget_line(self.trip_id, values), None, self)
        self.editor.open()
        return self.editor

    def edit_current(self) -> BudgetLineEditor | None:
        row = self.current()
        if row is None:
            return None
        self.editor = BudgetLineEditor(lambda values: self.ops.update_budget_line(row, values),
                                       row, self)
        store = self.ctx.store
        self.editor.watch(lambda: line_values(budget.get_budget_line(store, row.id)))
        self.editor.open()
        return self.editor

    def delete_current(self) -> None:
        row = self.current()
        if row is not None:
            ask(self, self.tr("Delete"), self.tr("Delete this budget line?"), self.tr("Delete"),
                lambda: self.ops.delete_budget_line(row))
