"""The Budget tab on a demo trip: lines with planned and actual cost, totals by category
and funding source, amounts as the interface's language writes them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from delegations.model import FundingSource
from delegations.services import budget, trips
from tests.ui.support import on_screen, typed
from ui.after.budget_models import ACTUAL, DIFFERENCE, PLANNED
from ui.after.budget_tab import BudgetTab
from ui.context import AppContext


def trip_id(store, ref="moshi-2019"):  # a trip without budget lines in the demo
    return next(t.id for t in trips.list_trips(store) if t.ref == ref)


@pytest.fixture
def tab(qtbot, app, demo_store):
    ident = trip_id(demo_store)
    add = budget.add_budget_line
    add(demo_store, ident, {"category": "travel", "funding": "city_budget",
                            "planned": "2400", "actual": "2612.35", "note": "Flüge FRA–SFO"})
    add(demo_store, ident, {"category": "gifts", "funding": "special_fund", "planned": 365})
    add(demo_store, ident, {"category": "interpreting", "funding": "partner", "actual": 800})
    return on_screen(qtbot, BudgetTab(AppContext.create(demo_store), ident), 1000, 640)


def test_models_pass_the_model_tester(tab, qtmodeltester):
    for model in (tab.model, tab.proxy, tab.by_category, tab.by_funding):
        qtmodeltester.check(model)


def test_lines_and_totals_in_english(tab):
    first = [tab.proxy.index(0, c).data() for c in (PLANNED, ACTUAL, DIFFERENCE)]
    assert first == ["€2,400.00", "€2,612.35", "+€212.35"]
    last = tab.by_funding.rowCount() - 1
    assert tab.by_funding.index(last, 0).data() == "Total"
    assert tab.by_funding.index(last, 1).data() == "€2,765.00"
    assert tab.by_funding.index(last, 2).data() == "€3,412.35"
    assert [tab.by_funding.index(r, 0).data() for r in range(last)] == [
        "City budget", "Special fund", "Partner"]
    assert tab.total_line.text() == "Planned €2,765.00 · actual €3,412.35 · difference +€647.35"


def test_amounts_in_german(qtbot, app, demo_store):
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        ident = trip_id(demo_store)
        budget.add_budget_line(demo_store, ident, {"category": "travel", "planned": "1234.5"})
        tab = BudgetTab(AppContext.create(demo_store), ident)
        qtbot.addWidget(tab)
        assert tab.proxy.index(0, PLANNED).data() == "1.234,50\xa0€"
        editor = tab.new_line()
        editor.form.fields["planned"].setText("2.000,75")
        editor.save()
        rows = budget.list_budget_lines(demo_store, ident)
        assert sorted(r.planned_cents for r in rows) == [123450, 200075]
    finally:
        QLocale.setDefault(before)


def test_add_edit_delete_with_undo(tab, demo_store):
    ident = tab.trip_id
    editor = tab.new_line()
    editor.form.fields["funding"].setCurrentIndex(
        editor.form.fields["funding"].findData(FundingSource.EU_PROGRAMME))
    typed(editor, planned="1,500.50", actual="lots")
    editor.save()
    assert editor.isVisible() and editor.form.message("actual")
    editor.form.fields["actual"].setText("")
    editor.save()
    assert not editor.isVisible()
    lines = budget.list_budget_lines(demo_store, ident)
    assert 150050 in [r.planned_cents for r in lines]
    tab.table.selectRow(0)
    editor = tab.edit_current()
    editor.form.fields["note"].setPlainText("Sammelbuchung")
    editor.save()
    assert budget.list_budget_lines(demo_store, ident)[0].note == "Sammelbuchung"
    tab.ctx.undo.undo()
    assert budget.list_budget_lines(demo_store, ident)[0].note == "Flüge FRA–SFO"
    tab.table.selectRow(0)
    tab.delete_current()
    next(b for b in tab.message_box.buttons() if b.text() == "Delete").click()
    assert len(budget.list_budget_lines(demo_store, ident)) == 3
    tab.ctx.undo.undo()
    assert len(budget.list_budget_lines(demo_store, ident)) == 4
    assert tab.model.rowCount() == 4


def test_renders_at_a_realistic_size(tab, tmp_path):
    assert tab.grab().save(str(tmp_path / "budget_tab.png"))
    assert (tmp_path / "budget_tab.png").stat().st_size > 10_000
